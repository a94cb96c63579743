package store

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"baocao"
)

func TestLedger(t *testing.T) {
	s := MustOpen(t)
	var b Batch
	// b.txt sorts after a.txt but a.txt/x would sort between: prefixes must
	// not leak into each other.
	for i := range ledgerKeep + 3 {
		b.Log(LedgerEntry{Path: "a.txt", Size: int64(i), Status: LedgerUnchanged, Duration: time.Millisecond})
	}
	b.Log(LedgerEntry{Path: "a.txt/x", Status: LedgerFailed, Reason: "corrupt file"})
	b.Log(LedgerEntry{Path: "b.txt", Status: LedgerFailed, Reason: "encrypted"})
	b.Log(LedgerEntry{Path: "b.txt", Status: LedgerImported, Doc: "d1"})
	b.Log(LedgerEntry{Path: "c.txt", Status: LedgerFailed, Reason: "encrypted"})
	mustCommit(t, s, &b)

	got, err := s.Ledger("a.txt")
	if err != nil || len(got) != ledgerKeep {
		t.Fatalf("Ledger(a.txt) = %d entries, %v; want %d", len(got), err, ledgerKeep)
	}
	if first := got[0].Size; first != 3 {
		t.Errorf("oldest kept entry has size %d, want 3 (the first 3 dropped)", first)
	}
	if got[0].Time.IsZero() {
		t.Error("ledger entry without a time")
	}
	last, err := s.LastAttempt("a.txt")
	if err != nil || last.Size != ledgerKeep+2 {
		t.Errorf("LastAttempt(a.txt) = %+v, %v; want size %d", last, err, ledgerKeep+2)
	}
	if last, err := s.LastAttempt("b.txt"); err != nil || last.Status != LedgerImported {
		t.Errorf("LastAttempt(b.txt) = %+v, %v; want imported", last, err)
	}
	if last, err := s.LastAttempt("c.txt"); err != nil || last.Reason != "encrypted" {
		t.Errorf("LastAttempt(c.txt) = %+v, %v; want the last key of the bucket", last, err)
	}
	for _, p := range []string{"a", "a.tx", "zzz", ""} {
		if _, err := s.LastAttempt(p); !errors.Is(err, baocao.ErrNotFound) {
			t.Errorf("LastAttempt(%q) = %v, want ErrNotFound", p, err)
		}
	}
	all, _ := s.Ledger("")
	if len(all) != ledgerKeep+4 {
		t.Errorf("Ledger(\"\") = %d entries, want %d", len(all), ledgerKeep+4)
	}

	lc, err := s.CountLedger()
	if err != nil {
		t.Fatal(err)
	}
	want := LedgerCounts{
		Paths:    4,
		ByStatus: map[string]int{LedgerUnchanged: 1, LedgerFailed: 2, LedgerImported: 1},
		ByReason: map[string]int{"corrupt file": 1, "encrypted": 1},
	}
	if fmt.Sprint(lc) != fmt.Sprint(want) {
		t.Errorf("CountLedger() = %v, want %v", lc, want)
	}
	if err := s.Log(LedgerEntry{}); err == nil {
		t.Error("Log(entry without path) succeeded")
	}
}

// TestLedgerSameOutcome checks that re-running an import that finds a file
// as it was does not grow the ledger: the newest entry takes the new time.
func TestLedgerSameOutcome(t *testing.T) {
	s := MustOpen(t)
	mtime := time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)
	imported := LedgerEntry{Path: "a.txt", Size: 10, ModTime: mtime, Hash: "h1", Status: LedgerImported, Doc: "d1"}
	unchanged := imported
	unchanged.Status = LedgerUnchanged
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, e := range []LedgerEntry{imported, unchanged, unchanged, unchanged} {
		e.Time = t0.Add(time.Duration(i) * time.Hour)
		if err := s.Log(e); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Ledger("a.txt")
	if err != nil || len(got) != 2 {
		t.Fatalf("Ledger after imported + 3 unchanged = %+v, %v; want 2 entries", got, err)
	}
	if got[0].Status != LedgerImported || got[1].Status != LedgerUnchanged || got[1].Path != "a.txt" {
		t.Errorf("Ledger = %+v, want imported then unchanged at a.txt", got)
	}
	if want := t0.Add(3 * time.Hour); !got[1].Time.Equal(want) {
		t.Errorf("newest entry has time %v, want the last attempt's %v", got[1].Time, want)
	}
	changed := unchanged
	changed.Size = 11
	if err := s.Log(changed); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Ledger("a.txt"); len(got) != 3 {
		t.Errorf("Ledger after a changed size = %d entries, want 3", len(got))
	}
}
