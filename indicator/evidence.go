package indicator

import (
	"sync"
	"unicode/utf8"

	"baocao/vntext"
)

// A record's evidence ("Trong năm có 10.371 lao động làm việc trong nước
// và") is rarely written twice, but its words are: reports repeat a
// sentence with other figures. What forEvidence finds in an evidence does
// not depend on the figures in it, as long as none of them is one the
// phrasings hold ("Nghị quyết 68", "mức độ 3"): best compares words only
// with each other (a word written twice counts once) and with phrasing
// words, and no phrasing word a typo may stand for holds a digit. So the
// memo below keys an evidence by its text with every run of digits that no
// phrasing holds replaced by which run it is: its length and the first
// run written the same, so that two words equal in one evidence are equal
// in every evidence with its key, and two words that differ differ.

// evidenceMemo maps an evidence key (see evidenceKey) to the taxonomy
// index forEvidence found, or none. It is bounded like the other memos.
var evidenceMemo = struct {
	mu sync.RWMutex
	m  map[string]int32
}{m: make(map[string]int32)}

const maxEvidenceMemo = 1 << 14

// runMark starts a renamed run of digits in a key; an evidence holding it
// gets no key, so a key reads one way only.
const runMark = '\x01'

// phraseDigits holds the runs of digits in phrasing words ("68", "2021",
// "3"): an evidence keeps them as written in its key. They are a dozen,
// fewer to compare than a map lookup costs.
var phraseDigits = func() []string {
	m := map[string]bool{}
	for _, rs := range rules {
		for _, r := range rs {
			for _, w := range r.words {
				for i := 0; i < len(w); {
					if !isASCIIDigit(w[i]) {
						i++
						continue
					}
					j := i
					for j < len(w) && isASCIIDigit(w[j]) {
						j++
					}
					m[w[i:j]] = true
					i = j
				}
			}
		}
	}
	var out []string
	for d := range m {
		out = append(out, d)
	}
	return out
}()

// isPhraseDigits reports whether run is one of phraseDigits: for a run of
// up to four digits a bit of phraseDigitBits, as most are; else compared.
func isPhraseDigits(run string) bool {
	if len(run) == 0 || len(run) > len(phraseDigitBits) {
		return isPhraseDigitsSlow(run)
	}
	v := 0
	for i := 0; i < len(run); i++ {
		v = v*10 + int(run[i]-'0')
	}
	return phraseDigitBits[len(run)-1][v>>6]&(1<<(v&63)) != 0
}

func isPhraseDigitsSlow(run string) bool {
	for _, d := range phraseDigits {
		if d == run {
			return true
		}
	}
	return false
}

// phraseDigitBits[n-1] has bit v set when the n digits of v (leading
// zeros kept: "03" and "3" differ) are one of phraseDigits: a run of a
// report's figure is looked up with no string comparison.
var phraseDigitBits = func() (t [4][10000/64 + 1]uint64) {
	for _, d := range phraseDigits {
		if len(d) == 0 || len(d) > len(t) {
			continue
		}
		v := 0
		for i := 0; i < len(d); i++ {
			v = v*10 + int(d[i]-'0')
		}
		t[len(d)-1][v>>6] |= 1 << (v & 63)
	}
	return t
}()

// evidenceMemoSafe tells whether the reasoning above holds for the
// phrasings: no word of five letters or more (which matchAt may match
// with a typo) holds a digit. A test makes sure it does.
var evidenceMemoSafe = func() bool {
	for _, rs := range rules {
		for _, r := range rs {
			for _, w := range r.words {
				if len(w) < 5 {
					continue
				}
				for i := 0; i < len(w); i++ {
					if isASCIIDigit(w[i]) {
						return false
					}
				}
			}
		}
	}
	return true
}()

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// keyStop marks the bytes evidenceKey stops copying at: digits and
// runMark, one look-up a byte rather than three comparisons.
var keyStop = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t[runMark] = true
	return t
}()

// evidenceKey appends the memo key of evidence ev with unit to buf, and
// false when ev gets none: too long, holding a runMark, or a run of digits
// next to a character Fold drops (a combining mark would join two runs
// into one word).
func evidenceKey(buf []byte, ev, unit string) ([]byte, bool) {
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
			for j < len(ev) && !keyStop[ev[j]] {
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
		if isPhraseDigits(run) {
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

// foldsAway reports whether the rune before ev[i] or after ev[j-1] is not
// ASCII and folds to nothing.
func foldsAway(ev string, i, j int) bool {
	if i > 0 && ev[i-1] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeLastRuneInString(ev[:i]); vntext.FoldRune(r) == "" {
			return true
		}
	}
	if j < len(ev) && ev[j] >= utf8.RuneSelf {
		if r, _ := vntext.DecodeLatin(ev, j); vntext.FoldRune(r) == "" {
			return true
		}
	}
	return false
}

func getEvidence(key []byte) (int32, bool) {
	evidenceMemo.mu.RLock()
	i, ok := evidenceMemo.m[string(key)]
	evidenceMemo.mu.RUnlock()
	return i, ok
}

func putEvidence(key []byte, i int32) {
	evidenceMemo.mu.Lock()
	if len(evidenceMemo.m) < maxEvidenceMemo {
		evidenceMemo.m[string(key)] = i
	}
	evidenceMemo.mu.Unlock()
}
