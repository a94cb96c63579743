package main

import (
	"context"
	"fmt"

	"baocao"

	"baocao/importer"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs, _ := newFlags(e, "extract", "[--format jsonl] FILE|-")
	format := fs.String("format", "", "output `format`: jsonl, or empty for people")
	from := fs.String("from", "", "force the legacy `encoding` of the text; default: detect")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	src, err := readSource(e, fs.Arg(0))
	if err != nil {
		return err
	}
	an, err := importer.Analyze(ctx, config(*from), src)
	if err != nil {
		return fmt.Errorf("extract %s: %w", fs.Arg(0), err)
	}
	an.Doc.File = fs.Arg(0)
	for i := range an.Records {
		an.Records[i].File = an.Doc.File
	}
	for i := range an.Checks {
		an.Checks[i].File = an.Doc.File
	}
	switch *format {
	case "jsonl":
		// one object per line, records then checks, each with its "type"
		type recordLine struct {
			Type string `json:"type"`
			*baocao.Record
		}
		type checkLine struct {
			Type string `json:"type"`
			*baocao.Check
		}
		lines := make([]any, 0, len(an.Records)+len(an.Checks))
		for i := range an.Records {
			lines = append(lines, recordLine{"record", &an.Records[i]})
		}
		for i := range an.Checks {
			lines = append(lines, checkLine{"check", &an.Checks[i]})
		}
		return writeJSONL(e.stdout, lines)
	case "":
		fmt.Fprintf(e.stdout, "%s\n\n", describeDoc(an.Doc))
		if err := printRecords(e.stdout, an.Records); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout)
		return printChecks(e.stdout, an.Checks)
	default:
		return fmt.Errorf("extract: unknown format %q", *format)
	}
}
