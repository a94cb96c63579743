package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"baocao"
)

// fixture builds a document read from file with the given text, with n
// records and one check per record; its id and hash come from the text, as
// the import pipeline derives them from the source bytes.
func fixture(file, text string, n int) (*baocao.Document, []baocao.Record, []baocao.Check) {
	sum := sha256.Sum256([]byte(text))
	hash := hex.EncodeToString(sum[:])
	d := &baocao.Document{
		ID: hash[:16], File: file, Hash: hash, Text: text,
		Title: "Báo cáo " + file, Province: "Lạng Sơn", Year: 2021, Format: "txt",
		Encoding: "utf-8", Chars: len([]rune(text)),
	}
	var recs []baocao.Record
	var checks []baocao.Check
	clause := text
	if r := []rune(clause); len(r) > 40 {
		clause = string(r[:40]) // a clause, as the extractor gives
	}
	for i := range n {
		target := float64(1000 * (i + 1))
		recs = append(recs, baocao.Record{
			Doc: d.ID, File: file, Indicator: fmt.Sprintf("Giải quyết việc làm %d", i),
			IndicatorID: fmt.Sprintf("viec_lam_%d", i%3), Unit: "lao động",
			Value: float64(900 * (i + 1)), Target: &target, Year: 2021, Kind: "ratio",
			Text: clause, Start: 0, End: len(clause),
		})
		status := baocao.StatusOK
		if i%2 == 1 {
			status = baocao.StatusMismatch
		}
		checks = append(checks, baocao.Check{Doc: d.ID, File: file, Kind: "percent", Status: status, Stated: 90, Text: clause})
	}
	return d, recs, checks
}

func putOne(t *testing.T, s *Store, file, text string, n int) (*baocao.Document, Result) {
	t.Helper()
	d, recs, checks := fixture(file, text, n)
	var b Batch
	b.Put(d, recs, checks)
	return d, mustCommit(t, s, &b)[0]
}

func TestPutAndRead(t *testing.T) {
	s := MustOpen(t)
	text := "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%.\n"
	d, r := putOne(t, s, "a/bc.txt", text, 3)
	if r.Status != Imported || r.Doc != d.ID || len(r.Removed) != 0 {
		t.Fatalf("Put = %+v, want imported %s", r, d.ID)
	}
	got, err := s.Document(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *d
	want.Text = ""
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("Document = %+v, want %+v", *got, want)
	}
	if txt, err := s.Text(d.ID); err != nil || txt != text {
		t.Errorf("Text = %q, %v; want %q", txt, err, text)
	}
	for _, lookup := range []func() (*baocao.Document, error){
		func() (*baocao.Document, error) { return s.DocByPath("a/bc.txt") },
		func() (*baocao.Document, error) { return s.DocumentByHash(d.Hash) },
	} {
		if got, err := lookup(); err != nil || got.ID != d.ID {
			t.Errorf("lookup = %v, %v; want %s", got, err, d.ID)
		}
	}
	recs, err := s.Records(Filter{Doc: d.ID})
	if _, wantRecs, wantChecks := fixture("a/bc.txt", text, 3); err != nil || !reflect.DeepEqual(recs, wantRecs) {
		t.Errorf("Records = %+v, %v; want %+v", recs, err, wantRecs)
	} else if checks, err := s.Checks(Filter{Doc: d.ID}); err != nil || !reflect.DeepEqual(checks, wantChecks) {
		t.Errorf("Checks = %+v, %v; want %+v", checks, err, wantChecks)
	}
	for _, err := range []error{
		func() error { _, err := s.Document("nope"); return err }(),
		func() error { _, err := s.Text("nope"); return err }(),
		func() error { _, err := s.DocByPath("nope"); return err }(),
		func() error { _, err := s.DocumentByHash("nope"); return err }(),
		s.Delete("nope"),
	} {
		if !errors.Is(err, baocao.ErrNotFound) {
			t.Errorf("lookup of missing = %v, want ErrNotFound", err)
		}
	}
}

func TestPutUnchanged(t *testing.T) {
	s := MustOpen(t)
	text := "Tỷ lệ hộ nghèo giảm còn 3,2%."
	d, _ := putOne(t, s, "x.txt", text, 2)
	before, _ := s.Stats()
	beforeLen := fileLen(t, s)
	_, r := putOne(t, s, "x.txt", text, 2)
	if r.Status != Unchanged || r.Doc != d.ID {
		t.Fatalf("second Put = %+v, want unchanged", r)
	}
	after, _ := s.Stats()
	if before != after {
		t.Errorf("Stats after unchanged Put = %+v, want %+v", after, before)
	}
	if l := fileLen(t, s); l != beforeLen {
		t.Errorf("file grew from %d to %d bytes on an unchanged Put", beforeLen, l)
	}
}

func fileLen(t *testing.T, s *Store) int64 {
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return st.FileBytes
}

func TestPutReplacesChangedFile(t *testing.T) {
	s := MustOpen(t)
	old, _ := putOne(t, s, "bc.txt", "bản cũ: đạt 90%", 4)
	putOne(t, s, "other.txt", "một tài liệu khác", 1)
	nu, r := putOne(t, s, "bc.txt", "bản mới: đạt 95%", 2)
	if r.Status != Imported || !slices.Equal(r.Removed, []string{old.ID}) {
		t.Fatalf("Put(changed) = %+v, want imported, removed [%s]", r, old.ID)
	}
	if _, err := s.Document(old.ID); !errors.Is(err, baocao.ErrNotFound) {
		t.Errorf("old Document = %v, want ErrNotFound", err)
	}
	if recs, _ := s.Records(Filter{Doc: old.ID}); len(recs) != 0 {
		t.Errorf("old document kept %d records", len(recs))
	}
	if checks, _ := s.Checks(Filter{Doc: old.ID}); len(checks) != 0 {
		t.Errorf("old document kept %d checks", len(checks))
	}
	if got, err := s.DocByPath("bc.txt"); err != nil || got.ID != nu.ID {
		t.Errorf("DocByPath = %v, %v; want %s", got, err, nu.ID)
	}
	st, _ := s.Stats()
	want := Stats{Documents: 2, Records: 3, Checks: 3, Paths: 2, Texts: 2}
	if st.Documents != want.Documents || st.Records != want.Records || st.Checks != want.Checks ||
		st.Paths != want.Paths || st.Texts != want.Texts {
		t.Errorf("Stats = %+v, want counts %+v", st, want)
	}
}

func TestPutDuplicateAndMove(t *testing.T) {
	s := MustOpen(t)
	text := "cùng một nội dung"
	d, _ := putOne(t, s, "a.txt", text, 2)
	_, r := putOne(t, s, "copy/a.txt", text, 2)
	if r.Status != Duplicate {
		t.Fatalf("Put(same content, other path) = %+v, want duplicate", r)
	}
	got, _ := s.Document(d.ID)
	if got.File != "a.txt" || !slices.Equal(got.Paths, []string{"copy/a.txt"}) {
		t.Errorf("after duplicate: File %q Paths %q, want a.txt [copy/a.txt]", got.File, got.Paths)
	}
	if recs, _ := s.Records(Filter{}); len(recs) != 2 {
		t.Errorf("duplicate Put stored records again: %d, want 2", len(recs))
	}

	// a.txt now holds other content: the document lives on under its copy.
	_, r = putOne(t, s, "a.txt", "nội dung mới", 1)
	if len(r.Removed) != 0 || !slices.Equal(r.Moved, []string{d.ID}) {
		t.Fatalf("Put(a.txt changed) = %+v, want moved [%s]", r, d.ID)
	}
	got, _ = s.Document(d.ID)
	if got.File != "copy/a.txt" || len(got.Paths) != 0 {
		t.Errorf("after move: File %q Paths %q, want copy/a.txt []", got.File, got.Paths)
	}
	recs, _ := s.Records(Filter{Doc: d.ID})
	for _, rec := range recs {
		if rec.File != "copy/a.txt" {
			t.Errorf("moved record has File %q, want copy/a.txt", rec.File)
		}
	}
	checks, _ := s.Checks(Filter{Doc: d.ID})
	if len(checks) != 2 || checks[0].File != "copy/a.txt" {
		t.Errorf("moved checks = %+v, want 2 with File copy/a.txt", checks)
	}
}

func TestSharedText(t *testing.T) {
	s := MustOpen(t)
	text := "văn bản giống hệt nhau từ hai định dạng"
	a, ra, ca := fixture("a.doc", text, 1)
	b, rb, cb := fixture("a.pdf", text, 1)
	b.ID, b.Hash = "pdf-version", "other-hash"
	var batch Batch
	batch.Put(a, ra, ca)
	batch.Put(b, rb, cb)
	mustCommit(t, s, &batch)
	if st, _ := s.Stats(); st.Texts != 1 || st.Documents != 2 {
		t.Fatalf("Stats = %+v, want 2 documents sharing 1 text", st)
	}
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if txt, err := s.Text(b.ID); err != nil || txt != text {
		t.Fatalf("Text of the sharer after Delete = %q, %v", txt, err)
	}
	if err := s.Delete(b.ID); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(); st != (Stats{Schema: st.Schema, CreatedUTC: st.CreatedUTC, FileBytes: st.FileBytes, Buckets: st.Buckets, FreeBytes: st.FreeBytes}) {
		t.Errorf("Stats after deleting all = %+v, want empty", st)
	}
}

func TestCommitIsAtomic(t *testing.T) {
	s := MustOpen(t)
	good, gr, gc := fixture("good.txt", "tốt", 2)
	bad, _, _ := fixture("bad.txt", "xấu", 0)
	bad.ID = ""
	var b Batch
	b.Put(good, gr, gc)
	b.Log(LedgerEntry{Path: "good.txt", Status: LedgerImported})
	b.Put(bad, nil, nil)
	if _, err := s.Commit(&b); err == nil {
		t.Fatal("Commit with an empty id succeeded")
	}
	if st, _ := s.Stats(); st.Documents+st.Records+st.Ledger != 0 {
		t.Errorf("failed Commit left %+v", st)
	}
}

func TestReplace(t *testing.T) {
	s := MustOpen(t)
	d, recs, checks := fixture("r.txt", "nội dung", 3)
	var b Batch
	b.Put(d, recs, checks)
	mustCommit(t, s, &b)
	d.Title = "Tiêu đề mới"
	b.Reset()
	b.Replace(d, recs[:1], nil)
	if r := mustCommit(t, s, &b); r[0].Status != Imported {
		t.Fatalf("Replace = %+v, want imported", r[0])
	}
	got, _ := s.Document(d.ID)
	gotRecs, _ := s.Records(Filter{})
	gotChecks, _ := s.Checks(Filter{})
	if got.Title != d.Title || len(gotRecs) != 1 || len(gotChecks) != 0 {
		t.Errorf("after Replace: title %q, %d records, %d checks; want %q, 1, 0", got.Title, len(gotRecs), len(gotChecks), d.Title)
	}
	if txt, err := s.Text(d.ID); err != nil || txt != d.Text {
		t.Errorf("Text after Replace = %q, %v", txt, err)
	}
}

func TestForEach(t *testing.T) {
	s := MustOpen(t)
	var b Batch
	const n = forEachChunk*2 + 5
	for i := range n {
		d, r, c := fixture(fmt.Sprintf("f%03d.txt", i), fmt.Sprintf("văn bản số %d", i), 1)
		b.Put(d, r, c)
	}
	mustCommit(t, s, &b)
	seen := map[string]bool{}
	err := s.ForEach(func(d *baocao.Document) error {
		if seen[d.ID] {
			t.Errorf("ForEach visited %s twice", d.ID)
		}
		seen[d.ID] = true
		if d.Text == "" {
			t.Errorf("ForEach gave %s without text", d.ID)
		}
		return nil
	})
	if err != nil || len(seen) != n {
		t.Errorf("ForEach visited %d documents, %v; want %d", len(seen), err, n)
	}
	stop := errors.New("stop")
	if err := s.ForEach(func(*baocao.Document) error { return stop }); err != stop {
		t.Errorf("ForEach returned %v, want the callback's error", err)
	}
	docs, err := s.Documents()
	if err != nil || len(docs) != n {
		t.Errorf("Documents() = %d, %v; want %d", len(docs), err, n)
	}
}
