package vntext_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/gen"
	"baocao/internal/cpu"
	"baocao/vntext"
)

// checkIsClean compares isClean with its reference on s, on pieces of s
// cut at random byte offsets (so runs end mid-rune and at every distance
// from the eight-byte boundary) and with a dirty byte put in.
func checkIsClean(t *testing.T, rng *rand.Rand, name, s string) {
	t.Helper()
	try := func(x string) {
		if got, want := vntext.IsClean(x), vntext.IsCleanOld(x); got != want {
			t.Fatalf("%s: isClean(%.80q...) = %v, want %v", name, x, got, want)
		}
	}
	try(s)
	if len(s) == 0 {
		return
	}
	for range 40 {
		i := rng.IntN(len(s))
		j := i + rng.IntN(min(len(s)-i, 200)+1)
		try(s[i:j])
		dirty := []string{"\r", "\x00", "\x7f", "\u00a0", "\u0301", "\xff", "\xe1", "\u4e00", "\x1f", "\u200b"}
		try(s[i:j] + dirty[rng.IntN(len(dirty))] + s[j:min(len(s), j+20)])
	}
}

// TestIsCleanGenerated compares isClean with the byte loop it replaced on
// generated reports over many seeds.
func TestIsCleanGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	seeds := 40
	if testing.Short() {
		seeds = 5
	}
	for seed := range uint64(seeds) {
		for _, s := range gen.Texts(20, seed+1) {
			checkIsClean(t, rng, "generated", s)
		}
	}
}

// TestIsCleanFiles does the same on the shared seeds and the legacy
// transcripts and raw files (these mostly dirty).
func TestIsCleanFiles(t *testing.T) {
	var files []string
	for _, g := range []string{"seeds/*.txt", "corpus/legacy/truth/*", "corpus/legacy/files/*"} {
		m, _ := filepath.Glob(filepath.Join("..", "..", "shared", g))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no shared files")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkIsClean(t, rng, f, string(b))
		for l := range strings.SplitSeq(string(b), "\n") {
			checkIsClean(t, rng, f, l)
		}
	}
}

// FuzzIsClean compares isClean with its reference on arbitrary bytes.
func FuzzIsClean(f *testing.F) {
	for _, s := range gen.Texts(5, 1) {
		f.Add(s[:min(len(s), 400)])
	}
	f.Add("Giải quyết việc làm\r\ncho 28.101 lao động\u00a0đạt 73,95%")
	f.Add("abcdefgh\x7fijklmnop\tqrstuvwx\xe0\xa4\x95\xe2\x80\x93\xe0\x80\x80")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := vntext.IsClean(s), vntext.IsCleanOld(s); got != want {
			t.Fatalf("isClean(%q) = %v, want %v", s, got, want)
		}
		if vntext.IsClean(s) && vntext.Clean(s) != s {
			t.Fatalf("isClean(%q) = true, but Clean changes it", s)
		}
	})
}

// BenchmarkIsClean runs the fast-path test and its reference side by side
// on generated reports (all clean, so both scan every byte).
func BenchmarkIsClean(b *testing.B) {
	texts := gen.Texts(100, 1)
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	for _, f := range []struct {
		name string
		f    func(string) bool
	}{{"new", vntext.IsClean}, {"old", vntext.IsCleanOld}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			for b.Loop() {
				for _, s := range texts {
					if !f.f(s) {
						b.Fatal("generated text not clean")
					}
				}
			}
		})
	}
}

// BenchmarkIsCleanRatio times isClean and its reference text by text,
// alternately, and reports the sum over the texts of the fastest old time
// over the fastest new one: on a shared machine the minima are what the
// code costs, without the other jobs' share.
func BenchmarkIsCleanRatio(b *testing.B) {
	b.Run("new", func(b *testing.B) { ratio(b, vntext.IsClean, vntext.IsCleanOld) })
}

func ratio(b *testing.B, cand, ref func(string) bool) {
	cpu.MinRatio(b, gen.Texts(100, 1), func(s string) { cand(s) }, func(s string) { ref(s) })
}
