package indicator

import (
	"fmt"
	"testing"

	"baocao/extract"
	"baocao/gen"
)

// evidenceKeyRef is evidenceKey as it stood before its copy loop used
// keyStop and its runs phraseDigitBits: the reference the faster one must
// reproduce.
func evidenceKeyRef(buf []byte, ev, unit string) ([]byte, bool) {
	if !evidenceMemoSafe || len(ev) > maxKey || len(unit) > maxKey {
		return buf, false
	}
	buf = append(buf, byte(len(unit)))
	buf = append(buf, unit...)
	var runs [32]string // the renamed runs so far, by their number
	n := 0
	for i := 0; i < len(ev); {
		c := ev[i]
		if c == runMark {
			return buf, false
		}
		if !isASCIIDigit(c) {
			// copy up to the next digit or mark at once
			j := i + 1
			for j < len(ev) && !isASCIIDigit(ev[j]) && ev[j] != runMark {
				j++
			}
			buf = append(buf, ev[i:j]...)
			i = j
			continue
		}
		j := i
		for j < len(ev) && isASCIIDigit(ev[j]) {
			j++
		}
		if foldsAway(ev, i, j) {
			return buf, false
		}
		run := ev[i:j]
		if isPhraseDigitsSlow(run) {
			buf = append(buf, run...)
			i = j
			continue
		}
		id := 0
		for id < n && runs[id] != run {
			id++
		}
		if id == n {
			if n == len(runs) {
				return buf, false
			}
			runs[n] = run
			n++
		}
		buf = append(buf, runMark, byte(id), byte(len(run)))
		i = j
	}
	return buf, true
}

// TestIsPhraseDigits compares the bit look-up with the comparisons for
// every run of one to five digits.
func TestIsPhraseDigits(t *testing.T) {
	for n := 1; n <= 5; n++ {
		lim := 1
		for range n {
			lim *= 10
		}
		for v := range lim {
			run := fmt.Sprintf("%0*d", n, v)
			if got, want := isPhraseDigits(run), isPhraseDigitsSlow(run); got != want {
				t.Fatalf("isPhraseDigits(%q) = %v, want %v", run, got, want)
			}
		}
	}
}

// TestEvidenceKeyRef compares evidenceKey with its reference on the
// evidences of generated reports and on the evidence tests.
func TestEvidenceKeyRef(t *testing.T) {
	var evs []string
	for _, tt := range evidenceTests {
		evs = append(evs, tt.a, tt.b, tt.a+"\x01"+tt.b)
	}
	for _, seed := range []uint64{1, 2, 3, 7, 4242} {
		for _, s := range gen.Texts(60, seed) {
			for _, r := range extract.Records(s) {
				evs = append(evs, s[r.Start:r.End+len(tail(s[r.End:]))])
			}
		}
	}
	for _, ev := range evs {
		for _, unit := range []string{"người", "", "%"} {
			got, gok := evidenceKey(nil, ev, unit)
			want, wok := evidenceKeyRef(nil, ev, unit)
			if string(got) != string(want) || gok != wok {
				t.Fatalf("evidenceKey(%q, %q) = %q, %v; reference %q, %v", ev, unit, got, gok, want, wok)
			}
		}
	}
}

func FuzzEvidenceKey(f *testing.F) {
	for _, tt := range evidenceTests {
		f.Add(tt.a, "người")
	}
	f.Add("Nghị quyết 68 cho 0068 người 2020, 202 1\x01", "")
	f.Fuzz(func(t *testing.T, ev, unit string) {
		got, gok := evidenceKey(nil, ev, unit)
		want, wok := evidenceKeyRef(nil, ev, unit)
		if string(got) != string(want) || gok != wok {
			t.Fatalf("evidenceKey(%q, %q) = %q, %v; reference %q, %v", ev, unit, got, gok, want, wok)
		}
	})
}

// BenchmarkEvidenceKey times evidenceKey and its reference side by side
// on the evidences of generated reports:
// go test ./indicator -run XXX -bench EvidenceKey -cpu 1
func BenchmarkEvidenceKey(b *testing.B) {
	var evs, units []string
	for _, s := range gen.Texts(100, 1) {
		for _, r := range extract.Records(s) {
			evs = append(evs, s[r.Start:r.End+len(tail(s[r.End:]))])
			units = append(units, r.Unit)
		}
	}
	var kb [2*maxKey + 64]byte
	for _, f := range []struct {
		name string
		key  func([]byte, string, string) ([]byte, bool)
	}{{"ref", evidenceKeyRef}, {"new", evidenceKey}, {"ref", evidenceKeyRef}, {"new", evidenceKey}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				for i, ev := range evs {
					f.key(kb[:0], ev, units[i])
				}
			}
		})
	}
}
