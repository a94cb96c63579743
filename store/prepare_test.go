package store

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// prepareSteps are Puts that take every branch of put: new, duplicate
// content under another path, other content at a path (moving the first
// document), unchanged, a text shared by two ids, no text, no items.
var prepareSteps = []struct {
	file, text, id string
	items          int
}{
	{"a.txt", "Báo cáo một. " + strings.Repeat("Giải quyết việc làm cho 28.101 lao động. ", 40), "", 5},
	{"b.txt", "Báo cáo một. " + strings.Repeat("Giải quyết việc làm cho 28.101 lao động. ", 40), "", 5},
	{"a.txt", "Báo cáo hai, đạt 73,95%.", "", 3},
	{"c.txt", "Báo cáo hai, đạt 73,95%.", "other-id", 2},
	{"a.txt", "Báo cáo hai, đạt 73,95%.", "", 3},
	{"d.txt", "", "", 0},
	{"e.txt", "Không có chỉ tiêu.", "", 0},
}

// TestPrepareStoresTheSame puts the same documents with Put and with
// Prepare and PutPrepared, one commit per step and all in one commit, and
// compares the results and every stored byte.
func TestPrepareStoresTheSame(t *testing.T) {
	for _, oneCommit := range []bool{false, true} {
		plain, prepared := MustOpen(t), MustOpen(t)
		var pb, qb Batch
		var pres, qres []Result
		for i, st := range prepareSteps {
			d, recs, checks := fixture(st.file, st.text, st.items)
			if st.id != "" {
				d.ID = st.id
				for j := range recs {
					recs[j].Doc = st.id
				}
			}
			pb.Put(d, recs, checks)
			p, err := Prepare(d, recs, checks)
			if err != nil {
				t.Fatalf("Prepare(step %d) = %v", i, err)
			}
			qb.PutPrepared(p)
			if !oneCommit || i == len(prepareSteps)-1 {
				pres = append(pres, mustCommit(t, plain, &pb)...)
				qres = append(qres, mustCommit(t, prepared, &qb)...)
				pb.Reset()
				qb.Reset()
			}
		}
		if !reflect.DeepEqual(pres, qres) {
			t.Errorf("one commit %v: PutPrepared results %+v, want %+v", oneCommit, qres, pres)
		}
		if got, want := dumpStore(t, prepared), dumpStore(t, plain); got != want {
			t.Errorf("one commit %v: PutPrepared stored\n%s\nwant\n%s", oneCommit, got, want)
		}
	}
}

// dumpStore lists every key and value of every bucket but meta.
func dumpStore(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	err := s.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if string(name) == string(bucketMeta) {
				continue
			}
			tx.Bucket(name).ForEach(func(k, v []byte) error {
				fmt.Fprintf(&b, "%s %x %x\n", name, k, v)
				return nil
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
