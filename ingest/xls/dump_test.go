package xls

import (
	"flag"
	"path/filepath"
	"testing"

	"baocao/ingest/internal/readertest"
)

var dumpDir = flag.String("dump", "", "write each corpus file's raw text (blocks joined by their breaks) to this folder")

// TestDump is a development aid: go test -run TestDump -dump DIR.
func TestDump(t *testing.T) {
	if *dumpDir == "" {
		t.Skip("no -dump")
	}
	readertest.Dump(t, new(Reader), filepath.Join(corpus, "files", "*"+ext), *dumpDir)
}
