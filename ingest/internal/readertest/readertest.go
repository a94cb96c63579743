// Package readertest holds what the format readers' tests share: a
// deterministic rendering of baocao.Content for golden files, the golden
// file comparison, and the invariants every reader's output must keep.
package readertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao"
)

var breakNames = [...]string{"none", "cell", "line", "para", "page"}

// Render prints c as plain text, one block per line:
//
//	format: docx
//	title: ...
//	[para] VNI-Times | Boä Taøi chiùnh
//
// Raw blocks print as hex. Line breaks inside a block print as \n.
func Render(c *baocao.Content) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format: %s\nreader: %s\nencoding: %s\ntitle: %s\npages: %d\n", c.Format, c.Reader, c.Encoding, c.Title, c.Pages)
	for _, w := range c.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	b.WriteString("--\n")
	for _, bl := range c.Blocks {
		name := "?"
		if int(bl.Break) < len(breakNames) {
			name = breakNames[bl.Break]
		}
		page := ""
		if bl.Page > 0 {
			page = fmt.Sprintf(" p%d", bl.Page)
		}
		text := strings.NewReplacer("\n", `\n`, "\t", `\t`).Replace(bl.Text)
		if bl.Raw != nil {
			text = fmt.Sprintf("raw %x", bl.Raw)
		}
		fmt.Fprintf(&b, "[%s%s] %s | %s\n", name, page, bl.Font, text)
	}
	return b.String()
}

// Golden compares got with testdata/NAME.golden, or rewrites that file
// when update is set.
func Golden(t testing.TB, path string, got string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", filepath.Base(path), got, want)
	}
}

// Inputs lists testdata/*.input (or another pattern) with their names.
func Inputs(t testing.TB, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test inputs %s: %v", pattern, err)
	}
	return files
}

// Check reports a violation of what every reader promises: Text blocks
// are valid UTF-8 with exactly one of Text and Raw set (empty blocks
// allowed), breaks are known, the format is named.
func Check(c *baocao.Content) error {
	if c == nil {
		return errors.New("nil content without an error")
	}
	if c.Format == "" {
		return errors.New("no Content.Format")
	}
	for i, bl := range c.Blocks {
		if bl.Raw != nil && bl.Text != "" {
			return fmt.Errorf("block %d has both Text and Raw", i)
		}
		if !utf8.ValidString(bl.Text) || !utf8.ValidString(bl.Font) || !utf8.ValidString(c.Title) {
			return fmt.Errorf("block %d: invalid UTF-8 %q", i, bl.Text)
		}
		if bl.Break > baocao.BreakPage {
			return fmt.Errorf("block %d: unknown break %d", i, bl.Break)
		}
	}
	return nil
}

// Fuzz runs r on data and fails on a panic or a broken invariant; an
// error must wrap one of the baocao sentinels.
func Fuzz(t *testing.T, r baocao.Reader, name string, data []byte) {
	c, err := r.Read(context.Background(), baocao.Source{Name: name, Data: data})
	if err != nil {
		if baocao.Reason(err) == err.Error() {
			t.Fatalf("Read error %q wraps no baocao sentinel", err)
		}
		return
	}
	if err := Check(c); err != nil {
		t.Fatal(err)
	}
}

// Shared returns the path of a file under /work/shared (../shared seen
// from the repository root) or skips the test when it is absent. rel is
// relative to the shared folder.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	for _, up := range []string{"../..", "../../..", "../../../.."} {
		p := filepath.Join(up, "..", "shared", rel)
		if _, err := os.Stat(p); err == nil {
			if _, err := os.Stat(filepath.Join(up, "go.mod")); err == nil {
				return p
			}
		}
	}
	t.Skipf("shared data %s not present", rel)
	return ""
}
