package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"time"

	"baocao/importer"
	"baocao/server"
)

// runServe serves the HTTP API and web UI. The data folder is opened once:
// read-only without a token, read-write with one (imports come over HTTP,
// through the same pipeline as `baocao import`).
func runServe(ctx context.Context, e *env, args []string) error {
	fs, dataDir := newFlags(e, "serve", "[--addr HOST:PORT] [--token T]")
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on")
	token := fs.String("token", os.Getenv("BAOCAO_TOKEN"), "allow POST /api/import with this bearer `token` (default $BAOCAO_TOKEN); without one the server is read-only")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if os.Getenv("GOGC") == "" {
		// A search allocates a few MB (hit texts decompressed for
		// fragments, bleve's postings iterators) over a small live heap:
		// at the default GOGC=100 the collector ran every query or two
		// and took a third of the CPU of a search at 20,000 reports. A
		// server can spare the memory (about 60 MB more there).
		debug.SetGCPercent(400)
	}
	mode := readStore | useIndex
	if *token != "" {
		mode = writeStore | useIndex
	}
	d, err := openData(*dataDir, mode)
	if err != nil {
		return err
	}
	closed := false
	defer func() {
		if !closed {
			d.close()
		}
	}()

	cfg := server.Config{Store: d.st, Index: d.ix, DataDir: *dataDir, Token: *token}
	if *token != "" {
		cfg.Import = func(ctx context.Context, paths []string) ([]server.ImportResult, error) {
			var out []server.ImportResult
			opt := importer.Options{Config: config(""), Progress: func(r importer.Result) {
				out = append(out, server.ImportResult{File: r.File, Doc: r.Doc, Status: r.Status, Reason: r.Reason})
			}}
			_, err := importer.Run(ctx, paths, d.st, d.ix, opt)
			if err != nil && !errors.Is(err, importer.ErrSomeFailed) {
				return out, err
			}
			return out, nil
		}
	}
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		// bounds a trickling upload; read requests are cut sooner by the
		// server package's per-request timeout
		ReadTimeout:    server.DefaultImportTimeout,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		BaseContext:    func(net.Listener) context.Context { return ctx },
	}
	how := "read-only"
	if *token != "" {
		how = "imports allowed with the token"
	}
	fmt.Fprintf(e.stderr, "baocao: serving %s on http://%s/ (%s)\n", *dataDir, ln.Addr(), how)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	closed = true
	return d.close()
}
