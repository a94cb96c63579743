package ppt

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
	"baocao/vntext"
)

var (
	dumpDir  = flag.String("dump", "", "write each corpus file's raw text (blocks joined by their breaks) to this folder")
	scoreDir = flag.String("score", "", "write each corpus file's text, repaired by vntext.Assemble, to this folder")
)

// TestDump is a development aid: with -dump DIR or -score DIR it writes
// what the reader sees in every corpus file, for a person or
// score_diacritics.py to compare with the transcripts.
func TestDump(t *testing.T) {
	if *dumpDir == "" && *scoreDir == "" {
		t.Skip("no -dump or -score")
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
		name := strings.TrimSuffix(filepath.Base(p), ext) + ".txt"
		if *dumpDir != "" {
			var sb strings.Builder
			for _, b := range c.Blocks {
				sb.WriteString(b.Text)
				sb.WriteString([]string{"", "\t", "\n", "\n\n", "\f"}[b.Break])
			}
			if err := os.WriteFile(filepath.Join(*dumpDir, name), []byte(sb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if *scoreDir != "" {
			txt, err := vntext.Assemble(c, vntext.Options{})
			if err != nil {
				t.Errorf("%s: assemble: %v", p, err)
				continue
			}
			if err := os.WriteFile(filepath.Join(*scoreDir, name), []byte(txt.Text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
