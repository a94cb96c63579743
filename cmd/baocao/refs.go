package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"baocao"
	"baocao/importer"
)

// citeLine is one citation as "refs --format jsonl" prints it.
type citeLine struct {
	Doc  string `json:"doc"`
	File string `json:"file"`
	baocao.Citation
	Stored string `json:"stored,omitempty"` // id of the cited document when the archive holds it
}

func runRefs(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "refs", "[--format jsonl] [--doc D] [--key K]")
	format := fs.String("format", "", "output `format`: jsonl, or empty for people")
	doc := fs.String("doc", "", "citations of this document id")
	key := fs.String("key", "", "documents citing this act (a citation key such as quyetdinh:382a/qd/ubnd, or a number)")
	if err := parse(fs, args); err != nil {
		return err
	}
	d, err := openData(*dataDir, readStore)
	if err != nil {
		return err
	}
	defer d.close()
	docs, err := d.st.Documents()
	if err != nil {
		return err
	}
	own := map[string]string{} // citation key of a stored document → its id
	for i := range docs {
		if k := importer.Key(&docs[i]); k != "" {
			own[k] = docs[i].ID
		}
	}
	var lines []citeLine
	for _, x := range docs {
		if *doc != "" && x.ID != *doc {
			continue
		}
		for _, c := range x.Cites {
			if *key != "" && c.Key != *key && !strings.EqualFold(c.Number, *key) {
				continue
			}
			lines = append(lines, citeLine{Doc: x.ID, File: x.File, Citation: c, Stored: own[c.Key]})
		}
	}
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, lines)
	case "":
	default:
		return fmt.Errorf("refs: unknown format %q", *format)
	}
	// for people: each cited act once, with the documents citing it
	type act struct {
		c      baocao.Citation
		stored string
		by     []string
	}
	acts := map[string]*act{}
	for _, l := range lines {
		a := acts[l.Key]
		if a == nil {
			a = &act{c: l.Citation, stored: l.Stored}
			acts[l.Key] = a
		}
		if len(a.by) == 0 || a.by[len(a.by)-1] != l.Doc {
			a.by = append(a.by, l.Doc)
		}
	}
	keys := make([]string, 0, len(acts))
	for k := range acts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(acts[keys[i]].by) != len(acts[keys[j]].by) {
			return len(acts[keys[i]].by) > len(acts[keys[j]].by)
		}
		return keys[i] < keys[j]
	})
	t := newTable(e.stdout, "TYPE", "NUMBER", "ISSUER", "DATE", "CITED BY", "IN ARCHIVE")
	for _, k := range keys {
		a := acts[k]
		num := a.c.Number
		if num == "" {
			num = a.c.Name
		}
		t.row(a.c.Type, num, clip(a.c.Issuer, 40), a.c.Date, clip(strings.Join(a.by, " "), 60), a.stored)
	}
	return t.flush()
}
