package xls

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao"
)

var dumpDir = flag.String("dump", "", "write each corpus file's text (blocks joined by their breaks) to this folder")

// TestDump is a development aid: with -dump DIR it writes what the reader
// sees in every corpus .doc, with fonts, for a person to compare.
func TestDump(t *testing.T) {
	if *dumpDir == "" {
		t.Skip("no -dump")
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "files", "*.xls"))
	for _, p := range files {
		data, _ := os.ReadFile(p)
		c, err := new(Reader).Read(context.Background(), baocao.Source{Name: filepath.Base(p), Data: data})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		var sb strings.Builder
		fonts := map[string]int{}
		for _, b := range c.Blocks {
			sb.WriteString(b.Text)
			fonts[b.Font] += len(b.Text)
			sb.WriteString([]string{"", "\t", "\n", "\n\n", "\f"}[b.Break])
		}
		name := strings.TrimSuffix(filepath.Base(p), ".xls")
		os.WriteFile(filepath.Join(*dumpDir, name+".txt"), []byte(sb.String()), 0o644)
		fmt.Printf("%s blocks=%d title=%q fonts=%v\n", name, len(c.Blocks), c.Title, fonts)
	}
}
