// Command baocao imports Vietnamese government reports, extracts and checks
// their indicator figures, and searches them. See doc.go for the manual.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"baocao/ingest/pdf"
)

// Exit statuses (shared/docs/CONTRACT.md).
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitPartial = 3 // finished, but some files failed
)

// errPartial is returned by import when it finished but some files failed.
var errPartial = errors.New("some files failed")

// errUsage marks a command-line mistake; its message has been printed.
var errUsage = errors.New("usage")

// errHelp ends a command whose usage was asked for with -h: exit 0.
var errHelp = errors.New("help")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil, errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errPartial):
		return exitPartial
	case errors.Is(err, errUsage):
		return exitUsage
	}
	fmt.Fprintln(stderr, "baocao:", err)
	return exitError
}

// command is one subcommand: its name, a one-line summary and its body.
type command struct {
	name, summary string
	run           func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets: its streams and the data folder flag.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"import", "import files and folders", runImport},
		{"normalize", "print a file's text as baocao reads it", runNormalize},
		{"extract", "print a file's records and checks without storing", runExtract},
		{"docs", "list stored documents", runDocs},
		{"records", "list stored indicator records", runRecords},
		{"checks", "list stored cross-check results", runChecks},
		{"search", "full-text search", runSearch},
		{"reindex", "rebuild the full-text index from the store", runReindex},
		{"verify", "compare the index with the store; --repair fixes it", runVerify},
		{"compact", "give the store's free pages back to the file system", runCompact},
		{"serve", "HTTP API and web UI over the same data", runServe},
		{"refs", "list the legal documents the stored reports cite, and who cites what", runRefs},
		{"status", "list the import ledger: failures and counts by reason", runStatus},
		{"gen", "generate a corpus of realistic reports with ground truth", runGen},
		{"score", "score an imported generated corpus against its ground truth", runScore},
		{"bench", "measure throughput, memory, search latency and sizes; update BENCHMARKS.md", runBench},
	}
}

// run is the whole program behind main, callable from tests.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, manual)
		return nil
	}
	if args[0] == pdf.ChildCommand {
		return runPDFChild(ctx, e, args[1:])
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "baocao: unknown command %q\n\n%s", args[0], manual)
	return errUsage
}
