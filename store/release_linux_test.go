package store

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"baocao"

	bolt "go.etcd.io/bbolt"
)

// rssFile reads the file-backed part of this process's resident set, in kB.
func rssFile(t *testing.T) int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "RssFile:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

func TestReleaseMemory(t *testing.T) {
	s := MustOpen(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var b Batch
	for i := range 16 {
		raw := make([]byte, 128<<10)
		for j := range raw {
			raw[j] = byte(rng.Uint32())
		}
		b.Put(&baocao.Document{ID: fmt.Sprintf("d%02d", i), File: fmt.Sprintf("f%02d.txt", i), Text: hex.EncodeToString(raw)}, nil, nil)
	}
	mustCommit(t, s, &b)
	// touch every text page inside a bare transaction
	touched := 0
	s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTexts).ForEach(func(_, v []byte) error {
			for _, c := range v {
				touched += int(c) & 1
			}
			return nil
		})
	})
	before := rssFile(t)
	s.releaseMemory()
	after := rssFile(t)
	// 4 MB of hex text is some 2 MB of pages, all touched above.
	if before-after < 1<<10 {
		t.Errorf("RssFile %d kB → %d kB after releaseMemory (%d odd bytes), want at least 1 MB less", before, after, touched)
	}
	// ForEach reads every text and lets the pages go itself
	before = rssFile(t)
	n := 0
	if err := s.ForEach(func(d *baocao.Document) error { n += len(d.Text); return nil }); err != nil || n != 16*256<<10 {
		t.Errorf("ForEach after releaseMemory read %d bytes, %v", n, err)
	}
	if after := rssFile(t); after-before > 512 {
		t.Errorf("RssFile %d kB → %d kB after ForEach, want the text pages dropped", before, after)
	}
}
