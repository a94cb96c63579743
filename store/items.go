package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"

	"baocao"
)

// Item codecs: the first byte of a value in the records and checks buckets.
// Both hold a frame stream (see doc.go): raw, or compressed with deflate
// (files written before schema 3) or S2 (snappy.go).
const (
	itemsRaw    = 0
	itemsFlate  = 1
	itemsSnappy = 2
)

// Frame flags.
const (
	// flagTextSlice: the item's Text was the document's text[Start:End] and
	// is rebuilt from it on read instead of being stored.
	flagTextSlice = 1 << iota
)

// maxFrame bounds one encoded item, so a corrupt length cannot make a read
// allocate without limit. An item is a few hundred bytes; evidence text that
// is not a slice of the document is stored and can be longer.
const maxFrame = 16 << 20

// itemFields exposes what the store derives from the document rather than
// storing with every item.
type itemFields struct {
	doc, file, text *string
	start, end      int
}

func recordFields(r *baocao.Record) itemFields {
	return itemFields{&r.Doc, &r.File, &r.Text, r.Start, r.End}
}

func checkFields(c *baocao.Check) itemFields {
	return itemFields{&c.Doc, &c.File, &c.Text, c.Start, c.End}
}

// fieldsOf picks the accessor for the item type; records and checks are the
// only items stored.
func fieldsOf[T any](item *T) itemFields {
	switch v := any(item).(type) {
	case *baocao.Record:
		return recordFields(v)
	case *baocao.Check:
		return checkFields(v)
	}
	panic(fmt.Sprintf("store: no item fields for %T", item))
}

// appendItem appends the JSON of a record or a check (itemjson.go); false
// for anything it does not write.
func appendItem[T any](b []byte, item *T) ([]byte, bool) {
	switch v := any(item).(type) {
	case *baocao.Record:
		return appendRecord(b, v)
	case *baocao.Check:
		return appendCheck(b, v)
	}
	return b, false
}

// encodeItems returns the stored form of one document's items: a codec byte,
// the item count (uvarint), then the frames, compressed when that saves at
// least an eighth. Doc and File are left out when they are the document's id
// and File, Text when it is text[Start:End].
func encodeItems[T any](id, file, text string, items []T) ([]byte, error) {
	var frames bytes.Buffer
	var hdr [2 * binary.MaxVarintLen64]byte
	var scratch []byte
	for i := range items {
		it := items[i]
		f := fieldsOf(&it)
		var flags uint64
		if *f.doc == id {
			*f.doc = ""
		}
		if *f.file == file {
			*f.file = ""
		}
		if *f.text != "" && 0 <= f.start && f.start <= f.end && f.end <= len(text) && text[f.start:f.end] == *f.text {
			*f.text = ""
			flags |= flagTextSlice
		}
		v, ok := appendItem(scratch[:0], &it)
		if ok {
			scratch = v
		} else {
			var err error
			if v, err = json.Marshal(&it); err != nil {
				return nil, fmt.Errorf("item #%d: %w", i, err)
			}
		}
		n := binary.PutUvarint(hdr[:], flags)
		n += binary.PutUvarint(hdr[n:], uint64(len(v)))
		frames.Write(hdr[:n])
		frames.Write(v)
	}
	head := binary.AppendUvarint([]byte{itemsSnappy}, uint64(len(items)))
	if out, ok := appendSnappy(head, frames.Bytes()); ok {
		return out, nil
	}
	raw := binary.AppendUvarint([]byte{itemsRaw}, uint64(len(items)))
	return append(raw, frames.Bytes()...), nil
}

// itemCount reads the item count of a stored value without decoding it.
func itemCount(v []byte) (int, error) {
	if len(v) == 0 || v[0] > itemsSnappy {
		return 0, fmt.Errorf("bad items value: %w", baocao.ErrCorrupt)
	}
	n, k := binary.Uvarint(v[1:])
	if k <= 0 || n > uint64(len(v))*8 {
		return 0, fmt.Errorf("bad item count: %w", baocao.ErrCorrupt)
	}
	return int(n), nil
}

// itemReader streams the items of one stored value. v may be memory of a
// bbolt transaction: use the reader inside it, and close it.
type itemReader struct {
	r     byteReader
	close func()
	left  int // items not yet read
	n     int // items in the value
	buf   []byte
}

type byteReader interface {
	io.Reader
	io.ByteReader
}

// newItemReader reads v; compressed frames are inflated at once into a
// pooled buffer (a document's items are some kilobytes) that close returns.
func newItemReader(v []byte) (*itemReader, error) {
	n, err := itemCount(v)
	if err != nil {
		return nil, err
	}
	_, k := binary.Uvarint(v[1:])
	body := v[1+k:]
	ir := &itemReader{left: n, n: n, close: func() {}}
	switch v[0] {
	case itemsFlate:
		in, frames, err := inflatePooled(body)
		if err != nil {
			return nil, fmt.Errorf("items: %w", err)
		}
		ir.r, ir.close = bytes.NewReader(frames), in.release
	case itemsSnappy:
		frames, release, err := unsnappyPooled(body)
		if err != nil {
			return nil, fmt.Errorf("items: %w", err)
		}
		ir.r, ir.close = bytes.NewReader(frames), release
	default:
		ir.r = bytes.NewReader(body)
	}
	return ir, nil
}

// next decodes the next item into item and returns its flags; io.EOF after
// the last.
func (ir *itemReader) next(item any) (uint64, error) {
	if ir.left == 0 {
		return 0, io.EOF
	}
	ir.left--
	flags, err := binary.ReadUvarint(ir.r)
	if err != nil {
		return 0, fmt.Errorf("item flags: %v: %w", err, baocao.ErrCorrupt)
	}
	size, err := binary.ReadUvarint(ir.r)
	if err != nil || size > maxFrame {
		return 0, fmt.Errorf("item size: %v: %w", err, baocao.ErrCorrupt)
	}
	if cap(ir.buf) < int(size) {
		ir.buf = make([]byte, size)
	}
	ir.buf = ir.buf[:size]
	if _, err := io.ReadFull(ir.r, ir.buf); err != nil {
		return 0, fmt.Errorf("item: %v: %w", err, baocao.ErrCorrupt)
	}
	if err := json.Unmarshal(ir.buf, item); err != nil {
		return 0, fmt.Errorf("item: %v: %w", err, baocao.ErrCorrupt)
	}
	if ir.left == 0 {
		// the count must match the frames: read to the end of the stream
		if _, err := ir.r.ReadByte(); err != io.EOF {
			return 0, fmt.Errorf("items: data after the last of %d: %v: %w", ir.n, err, baocao.ErrCorrupt)
		}
	}
	return flags, nil
}

// fill puts back what encodeItems left out. text is called only when an
// item's Text is a slice of the document's text.
func fill[T any](item *T, flags uint64, id, file string, text func() (string, error)) error {
	fillKeys(item, id, file)
	return fillText(item, flags, id, text)
}

// fillKeys puts back the document id and File.
func fillKeys[T any](item *T, id, file string) {
	f := fieldsOf(item)
	if *f.doc == "" {
		*f.doc = id
	}
	if *f.file == "" {
		*f.file = file
	}
}

// fillText puts back Text when it is a slice of the document's text.
func fillText[T any](item *T, flags uint64, id string, text func() (string, error)) error {
	if flags&flagTextSlice == 0 {
		return nil
	}
	f := fieldsOf(item)
	t, err := text()
	if err != nil {
		return err
	}
	if f.start < 0 || f.start > f.end || f.end > len(t) {
		return fmt.Errorf("evidence %d:%d outside the text of %s (%d bytes): %w", f.start, f.end, id, len(t), baocao.ErrCorrupt)
	}
	*f.text = t[f.start:f.end]
	return nil
}

// decodeItems decodes every item of a stored value, filled as fill does.
func decodeItems[T any](v []byte, id, file string, text func() (string, error)) ([]T, error) {
	ir, err := newItemReader(v)
	if err != nil {
		return nil, err
	}
	defer ir.close()
	items := make([]T, 0, min(ir.left, 1<<16))
	for {
		var it T
		flags, err := ir.next(&it)
		if err == io.EOF {
			return items, nil
		}
		if err == nil {
			err = fill(&it, flags, id, file, text)
		}
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
}
