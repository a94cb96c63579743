package bench

import (
	"testing"

	"baocao/check"
	"baocao/extract"
	"baocao/gen"
	"baocao/indicator"
	"baocao/meta"
	"baocao/refs"
	"baocao/vntext"
)

// BenchmarkStages splits per-document analysis into its stages on generated
// plain-text reports, to show where extraction time goes:
// go test ./bench -run XXX -bench Stages
func BenchmarkStages(b *testing.B) {
	texts := gen.Texts(100, 1)
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	stages := []struct {
		name string
		f    func(string)
	}{
		{"clean", func(s string) { vntext.Clean(s) }},
		{"meta", func(s string) { meta.Read(s, "") }},
		{"refs", func(s string) { refs.Find(s) }},
		{"records", func(s string) { extract.Records(s) }},
		{"records+numbers", func(s string) { extract.RecordsNumbers(s) }},
		{"records+indicator", func(s string) { indicator.Assign(s, extract.Records(s)) }},
		{"records+checks", func(s string) { r, n := extract.RecordsNumbers(s); check.RunNumbers(s, n, r) }},
		{"all", func(s string) {
			s = vntext.Clean(s)
			meta.Read(s, "")
			refs.Find(s)
			r, n := extract.RecordsNumbers(s)
			indicator.Assign(s, r)
			check.RunNumbers(s, n, r)
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			for b.Loop() {
				for _, s := range texts {
					st.f(s)
				}
			}
		})
	}
}
