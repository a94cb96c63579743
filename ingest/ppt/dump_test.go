package ppt

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

var dumpDir = flag.String("dump", "", "write each corpus file's raw text (blocks joined by their breaks) to this folder")

// TestDump is a development aid: with -dump DIR it writes what the reader
// sees in every corpus file, for a person to compare with the transcripts
// (cmd/baocao normalize gives the repaired text to score).
func TestDump(t *testing.T) {
	if *dumpDir == "" {
		t.Skip("no -dump")
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "files", "*"+ext))
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: filepath.Base(p), Data: data})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		var sb strings.Builder
		for _, b := range c.Blocks {
			sb.WriteString(b.Text)
			sb.WriteString([]string{"", "\t", "\n", "\n\n", "\f"}[b.Break])
		}
		name := strings.TrimSuffix(filepath.Base(p), ext) + ".txt"
		if err := os.WriteFile(filepath.Join(*dumpDir, name), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
