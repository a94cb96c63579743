package store

import (
	stdflate "compress/flate"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"baocao/internal/cpu"

	"github.com/klauspost/compress/flate"
)

// BenchmarkCommit puts documents of about 20 kB of text with 50 records and
// 20 checks each, 1 or 100 per transaction, with and without fsync, encoded
// by the commit (Put) or ahead of it (Prepare, PutPrepared). µs/doc is the
// whole cost; commit-µs/doc is what the import's single writer pays (cpu-: in
// CPU time of the process, steadier on a busy machine).
func BenchmarkCommit(b *testing.B) {
	for _, sync := range []bool{false, true} {
		for _, perBatch := range []int{1, 100} {
			for _, prepared := range []bool{false, true} {
				b.Run(fmt.Sprintf("sync=%v/docs=%d/prepared=%v", sync, perBatch, prepared), func(b *testing.B) {
					benchCommit(b, sync, perBatch, prepared)
				})
			}
		}
	}
}

func benchCommit(b *testing.B, sync bool, perBatch int, prepared bool) {
	s, err := Open(filepath.Join(b.TempDir(), "baocao.db"), &Options{NoSync: !sync})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	base := benchText(20000)
	n := 0
	var commit, commitCPU time.Duration
	cpu0 := cpu.Time()
	for b.Loop() {
		var batch Batch
		for range perBatch {
			d, recs, checks := fixture(fmt.Sprintf("f%d.txt", n), fmt.Sprintf("%d %s", n, base), 50)
			if prepared {
				p, err := Prepare(d, recs, checks[:20])
				if err != nil {
					b.Fatal(err)
				}
				batch.PutPrepared(p)
			} else {
				batch.Put(d, recs, checks[:20])
			}
			n++
		}
		start, startCPU := time.Now(), cpu.Time()
		if _, err := s.Commit(&batch); err != nil {
			b.Fatal(err)
		}
		commit += time.Since(start)
		commitCPU += cpu.Time() - startCPU
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n), "µs/doc")
	b.ReportMetric(float64(commit.Microseconds())/float64(n), "commit-µs/doc")
	b.ReportMetric(float64((cpu.Time()-cpu0).Microseconds())/float64(n), "cpu-µs/doc")
	b.ReportMetric(float64(commitCPU.Microseconds())/float64(n), "commit-cpu-µs/doc")
}

// BenchmarkRecordPerTx is the anti-pattern batching avoids: 50 records, one
// fsynced transaction each. Compare its µs/record with BenchmarkCommit's
// sync=true/docs=100 µs/doc for 50 records.
func BenchmarkRecordPerTx(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "baocao.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	d, recs, _ := fixture("one.txt", "văn bản", 50)
	n := 0
	for b.Loop() {
		for i := range recs {
			var batch Batch
			batch.Replace(d, recs[i:i+1], nil)
			if _, err := s.Commit(&batch); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n), "µs/record")
}

func BenchmarkRecordsScan(b *testing.B) {
	s := MustOpen(b)
	var batch Batch
	for i := range 200 {
		d, recs, checks := fixture(fmt.Sprintf("f%d.txt", i), fmt.Sprintf("văn bản %d", i), 50)
		batch.Put(d, recs, checks)
	}
	if _, err := s.Commit(&batch); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		recs, err := s.Records(Filter{Province: "lang son", Indicator: "viec lam 7"})
		if err != nil || len(recs) != 200 {
			b.Fatalf("Records = %d, %v", len(recs), err)
		}
	}
}

// BenchmarkCompress compares deflate writers and levels on the seed
// reports: the standard library's and klauspost/compress's, which the store
// uses (the same deflate format, so either reads what the other wrote).
func BenchmarkCompress(b *testing.B) {
	texts := seeds(b)
	libs := []struct {
		name string
		new  func(level int) resetWriter
	}{
		{"std", func(level int) resetWriter { w, _ := stdflate.NewWriter(nil, level); return w }},
		{"klauspost", func(level int) resetWriter { w, _ := flate.NewWriter(nil, level); return w }},
	}
	for _, lib := range libs {
		for _, level := range []int{1, 5, 9} {
			b.Run(fmt.Sprintf("lib=%s/level=%d", lib.name, level), func(b *testing.B) {
				w := lib.new(level)
				var raw, out int64
				for b.Loop() {
					raw, out = 0, 0
					for _, t := range texts {
						cw := &countWriter{}
						w.Reset(cw)
						io.WriteString(w, t)
						w.Close()
						raw += int64(len(t))
						out += cw.n
					}
				}
				b.SetBytes(raw)
				b.ReportMetric(100*float64(out)/float64(raw), "%stored")
			})
		}
	}
}

type resetWriter interface {
	io.WriteCloser
	Reset(io.Writer)
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func benchText(n int) string {
	const para = "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95% kế hoạch năm. Tỷ lệ hộ nghèo giảm còn 3,2%. "
	b := make([]byte, 0, n+len(para))
	for i := 0; len(b) < n; i++ {
		b = append(b, fmt.Sprintf("%d. ", i)...)
		b = append(b, para...)
	}
	return string(b)
}
