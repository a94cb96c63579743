package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"baocao"

	"github.com/klauspost/compress/s2"
)

const itemsText = "Giải quyết việc làm cho 28.101/38.000 lao động, đạt 73,95%. Tỷ lệ hộ nghèo giảm còn 3,2%."

// Offsets into itemsText on character boundaries.
var (
	clauseEnd = strings.Index(itemsText, " Tỷ")    // end of the first sentence
	ratioAt   = strings.Index(itemsText, "28.101") // start of the ratio
)

func pct(v float64) *float64 { return &v }

// itemRecords covers what encodeItems leaves out and what it must keep:
// evidence that is a slice of the text, evidence that is not, offsets past
// the text, a File or Doc of its own, and no evidence at all.
var itemRecords = []baocao.Record{
	{Doc: "d1", File: "a.txt", Indicator: "Giải quyết việc làm", Value: 28101, Target: pct(38000), Percent: pct(73.95),
		Text: itemsText[:clauseEnd], Start: 0, End: clauseEnd, ValueText: "28.101"},
	{Doc: "d1", File: "a.txt", Indicator: "Tỷ lệ hộ nghèo", Value: 3.2, Unit: "%",
		Text: "hộ nghèo giảm", Start: 0, End: 5}, // not the slice at its offsets
	{Doc: "d1", File: "a.txt", Indicator: "ngoài văn bản", Text: "xa", Start: 500, End: 502},
	{Doc: "d1", File: "other.txt", Indicator: "tệp khác", Text: itemsText[:5], Start: 0, End: 5},
	{Doc: "d9", File: "a.txt", Indicator: "tài liệu khác", Start: 3, End: 3},
	{Doc: "d1", File: "a.txt", Indicator: "không có bằng chứng"},
}

var itemChecks = []baocao.Check{
	{Doc: "d1", File: "a.txt", Kind: "percent", Status: baocao.StatusOK, Stated: 73.95, Computed: pct(73.95),
		Text: itemsText[ratioAt:clauseEnd], Start: ratioAt, End: clauseEnd, Reason: "28.101/38.000"},
	{Doc: "d1", File: "a.txt", Kind: "sum", Status: baocao.StatusMismatch, Text: "tổng", Start: 1, End: 2},
}

func TestItemsRoundTrip(t *testing.T) {
	for _, text := range []string{itemsText, ""} {
		v, err := encodeItems("d1", "a.txt", text, itemRecords)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := itemCount(v); n != len(itemRecords) || err != nil {
			t.Errorf("itemCount = %d, %v; want %d", n, err, len(itemRecords))
		}
		got, err := decodeItems[baocao.Record](v, "d1", "a.txt", func() (string, error) { return text, nil })
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, itemRecords) {
			t.Errorf("records round trip with text %q:\n got %+v\nwant %+v", text, got, itemRecords)
		}
		cv, err := encodeItems("d1", "a.txt", text, itemChecks)
		if err != nil {
			t.Fatal(err)
		}
		checks, err := decodeItems[baocao.Check](cv, "d1", "a.txt", func() (string, error) { return text, nil })
		if err != nil || !reflect.DeepEqual(checks, itemChecks) {
			t.Errorf("checks round trip = %+v, %v; want %+v", checks, err, itemChecks)
		}
	}
}

// TestItemsLeaveOut checks that evidence taken from the text is not stored
// twice: the value must be smaller than with the evidence kept.
func TestItemsLeaveOut(t *testing.T) {
	recs := make([]baocao.Record, 0, 64)
	for i := range 64 {
		recs = append(recs, baocao.Record{Doc: "d1", File: "a.txt", Indicator: "việc làm", Value: float64(i),
			Text: itemsText[:clauseEnd], Start: 0, End: clauseEnd})
	}
	with, _ := encodeItems("d1", "a.txt", "", recs)
	without, _ := encodeItems("d1", "a.txt", itemsText, recs)
	if len(without) >= len(with) {
		t.Errorf("evidence from the text: %d bytes, kept: %d bytes; want fewer", len(without), len(with))
	}
	var raw int
	for i := range recs {
		b, _ := json.Marshal(&recs[i])
		raw += len(b)
	}
	if len(without)*8 > raw {
		t.Errorf("64 similar records take %d bytes, JSON %d: want under an eighth", len(without), raw)
	}
}

// corruptItems are stored values that must fail with ErrCorrupt, not panic.
var corruptItems = [][]byte{
	{},
	{7, 1},
	{itemsRaw},
	{itemsRaw, 1},
	{itemsRaw, 1, 0, 200},
	{itemsRaw, 1, 0, 2, '{', '}', 9},
	{itemsRaw, 1, 0, 3, 'n', 'o', '!'},
	{itemsRaw, 1, flagTextSlice, 18, '{', '"', 's', 't', 'a', 'r', 't', '"', ':', '9', ',', '"', 'e', 'n', 'd', '"', ':', '9', '}'},
	{itemsFlate, 1, 0xff, 0xff},
	{itemsSnappy, 1, 0xff, 0xff},
	{itemsSnappy, 1, 0xff, 0xff, 0xff, 0xff, 0x0f, 0}, // claims 4 GB
	{itemsSnappy + 1, 1},
	binary.AppendUvarint([]byte{itemsRaw}, 1<<40),
}

// TestItemsDeflated reads items as files before schema 3 hold them, the
// frames deflated, and checks they decode as the S2 values written now.
func TestItemsDeflated(t *testing.T) {
	v, err := encodeItems("d1", "a.txt", itemsText, itemRecords)
	if err != nil {
		t.Fatal(err)
	}
	if v[0] != itemsSnappy {
		t.Fatalf("encodeItems codec = %d, want %d", v[0], itemsSnappy)
	}
	n, k := binary.Uvarint(v[1:])
	frames, err := s2.Decode(nil, v[1+k:])
	if err != nil {
		t.Fatal(err)
	}
	var old bytes.Buffer
	old.Write(binary.AppendUvarint([]byte{itemsFlate}, n))
	w, _ := flate.NewWriter(&old, flate.BestSpeed)
	w.Write(frames)
	w.Close()
	text := func() (string, error) { return itemsText, nil }
	got, err := decodeItems[baocao.Record](old.Bytes(), "d1", "a.txt", text)
	if err != nil || !reflect.DeepEqual(got, itemRecords) {
		t.Errorf("deflated records = %+v, %v; want %+v", got, err, itemRecords)
	}
}

func TestItemsCorrupt(t *testing.T) {
	for _, v := range corruptItems {
		_, err := decodeItems[baocao.Record](v, "d", "f", func() (string, error) { return "abc", nil })
		if !errors.Is(err, baocao.ErrCorrupt) {
			t.Errorf("decodeItems(%q) = %v, want ErrCorrupt", v, err)
		}
	}
}

func FuzzItems(f *testing.F) {
	for _, v := range corruptItems {
		f.Add(v)
	}
	v, _ := encodeItems("d1", "a.txt", itemsText, itemRecords)
	f.Add(v)
	f.Fuzz(func(t *testing.T, v []byte) {
		recs, err := decodeItems[baocao.Record](v, "d1", "a.txt", func() (string, error) { return itemsText, nil })
		if err != nil {
			if !errors.Is(err, baocao.ErrCorrupt) {
				t.Fatalf("decodeItems error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		again, err := encodeItems("d1", "a.txt", itemsText, recs)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decodeItems[baocao.Record](again, "d1", "a.txt", func() (string, error) { return itemsText, nil })
		if err != nil || !reflect.DeepEqual(back, recs) {
			t.Fatalf("re-encoded records differ: %+v, %v; want %+v", back, err, recs)
		}
	})
}
