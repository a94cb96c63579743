package indicator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/extract"
	"baocao/gen"
	"baocao/vntext"
)

// BenchmarkAssignGenerated names the records of generated reports, read
// once by extract: go test ./indicator -run XXX -bench AssignGenerated
func BenchmarkAssignGenerated(b *testing.B) {
	dir := b.TempDir()
	if _, err := gen.Generate(gen.Options{Dir: dir, N: 50, Seed: 1, Formats: map[string]int{"txt": 1}}); err != nil {
		b.Fatal(err)
	}
	var texts []string
	var recs [][]baocao.Record
	total := 0
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".txt") && info.Size() > 0 {
			data, _ := os.ReadFile(p)
			s := vntext.Clean(string(data))
			texts = append(texts, s)
			recs = append(recs, extract.Records(s))
			total += len(s)
		}
		return nil
	})
	b.SetBytes(int64(total))
	for b.Loop() {
		for i, s := range texts {
			for k := range recs[i] {
				recs[i][k].IndicatorID = ""
			}
			Assign(s, recs[i])
		}
	}
}
