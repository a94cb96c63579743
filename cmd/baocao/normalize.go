package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"baocao"
	"baocao/importer"
)

func runNormalize(ctx context.Context, e *env, args []string) error {
	fs, _ := newFlags(e, "normalize", "[--from ENC] FILE")
	from := fs.String("from", "", "force the legacy `encoding` of the text ("+encodingNames()+"); default: detect")
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
	cfg := config(*from)
	_, t, err := importer.Read(ctx, cfg, src)
	if err != nil {
		return fmt.Errorf("normalize %s: %w", fs.Arg(0), err)
	}
	_, err = io.WriteString(e.stdout, t.Text)
	return err
}

// readSource reads a file, or standard input for "-", into a Source.
func readSource(e *env, name string) (baocao.Source, error) {
	if name == "-" {
		data, err := io.ReadAll(e.stdin)
		if err != nil {
			return baocao.Source{}, fmt.Errorf("read stdin: %w", err)
		}
		return baocao.Source{Path: "-", Name: "stdin.txt", Data: data}, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return baocao.Source{}, err
	}
	return baocao.Source{Path: name, Name: filepath.Base(name), Data: data}, nil
}
