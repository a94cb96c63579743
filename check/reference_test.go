package check

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"baocao/extract"
	"baocao/gen"
)

// writeReference rewrites testdata/reference.digest. It is apart from
// -update on purpose: the digests are the output of the rules as they stood
// before the performance work of session 5 (commit 2f61ee0), the reference
// every faster version must reproduce byte for byte; rewrite them only for a
// change meant to alter the output.
var writeReference = flag.Bool("write-reference", false, "rewrite testdata/reference.digest")

// referenceSets are the generated corpora the digests cover: gen.Texts(n,
// seed) for each seed, with the shared seeds and the testdata inputs.
var referenceSets = func() (s []uint64) {
	for seed := uint64(1); seed <= 200; seed++ {
		s = append(s, seed)
	}
	return append(s, 101, 1001, 4242, 99991)
}()

const referenceTexts = 20 // texts per seed

// referenceDigest is the SHA-256 of every check of the texts, all fields
// in JSON (Computed and Stated as float64 bits through JSON's shortest
// form), one line per text.
func referenceDigest(t testing.TB, texts []string) string {
	h := sha256.New()
	for _, s := range texts {
		recs, nums := extract.RecordsNumbers(s)
		b, err := json.Marshal(RunNumbers(s, nums, recs))
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
		h.Write([]byte{'\n'})
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestReference compares the checks of many generated reports, the shared
// seeds and the testdata inputs with the digests of the reference output.
func TestReference(t *testing.T) {
	got := map[string]string{}
	for _, seed := range referenceSets {
		got[fmt.Sprintf("gen-%d", seed)] = referenceDigest(t, gen.Texts(referenceTexts, seed))
	}
	for name, text := range inputs(t) {
		got[name] = referenceDigest(t, []string{text})
	}
	path := filepath.Join("testdata", "reference.digest")
	if *writeReference {
		var b strings.Builder
		keys := make([]string, 0, len(got))
		for k := range got {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s %s\n", k, got[k])
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -write-reference on the reference code)", err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), " "); ok {
			want[k] = v
		}
	}
	for k, g := range got {
		w, ok := want[k]
		switch {
		case !ok:
			t.Logf("%s: no reference digest (input absent when it was written)", k)
		case g != w:
			t.Errorf("checks of %s: digest %s, reference %s", k, g, w)
		}
	}
	for _, seed := range referenceSets {
		if _, ok := want[fmt.Sprintf("gen-%d", seed)]; !ok {
			t.Errorf("gen-%d: no reference digest", seed)
		}
	}
}
