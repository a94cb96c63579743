package readertest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

// Dump is a development aid for a reader's tests: it reads every file
// matching pattern with r and writes what the reader sees (blocks joined
// by their breaks) to dir/NAME.txt, for a person to compare with the
// corpus transcripts (`baocao normalize` gives the repaired text to score).
func Dump(t *testing.T, r baocao.Reader, pattern, dir string) {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, err := r.Read(context.Background(), baocao.Source{Name: filepath.Base(p), Data: data})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		var sb strings.Builder
		for _, b := range c.Blocks {
			sb.WriteString(b.Text)
			sb.WriteString([]string{"", "\t", "\n", "\n\n", "\f"}[b.Break])
		}
		name := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)) + ".txt"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
