package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
	"unicode/utf8"

	"baocao"
	"baocao/ingest"
	"baocao/store"
	"baocao/vntext"
)

// Config says how one file is read and analysed.
type Config struct {
	Readers       []baocao.Reader // the format readers, in the order Select tries them
	From          string          // forced legacy encoding for every block, "" to detect
	ingest.Limits                 // per-file size and time bounds
}

// Analysis is everything import stores for one file.
type Analysis struct {
	Doc     *baocao.Document // with Text set
	Records []baocao.Record
	Checks  []baocao.Check

	// stored is the analysis encoded for the store (store.Prepare) by the
	// worker, so that the sink, the single writer, only writes it; nil
	// until prepare, or when encoding failed: the sink's plain Put then
	// fails the commit the way it always did.
	stored *store.Prepared
}

// prepare encodes the analysis for the store: compressing the text and
// encoding the records were a tenth of an import's CPU, all of it on the
// sink. Call it once the File fields are final.
func (a *Analysis) prepare() {
	a.stored, _ = store.Prepare(a.Doc, a.Records, a.Checks)
}

// Read reads src with the reader its content calls for and returns the
// document's stored text (encoding repaired, UTF-8 NFC) and what the reader
// reported.
func Read(ctx context.Context, cfg Config, src baocao.Source) (*baocao.Content, vntext.Text, error) {
	r, err := ingest.Select(cfg.Readers, src)
	if err != nil {
		return nil, vntext.Text{}, err
	}
	c, err := ingest.Safe(r, cfg.Limits).Read(ctx, src)
	if err != nil {
		return nil, vntext.Text{}, err
	}
	t, err := vntext.Assemble(c, vntext.Options{From: cfg.From})
	if err != nil {
		return c, t, fmt.Errorf("decode %s: %w", src.Name, err)
	}
	return c, t, nil
}

// Analyze reads src and extracts its metadata, records and checks. The
// document id is derived from the content hash, so the same bytes always get
// the same id; File fields are left for the caller.
func Analyze(ctx context.Context, cfg Config, src baocao.Source) (*Analysis, error) {
	sum := sha256.Sum256(src.Data)
	return analyze(ctx, cfg, src, hex.EncodeToString(sum[:]))
}

// analyze is Analyze for a caller that has hashed src.Data already.
func analyze(ctx context.Context, cfg Config, src baocao.Source, hash string) (*Analysis, error) {
	c, t, err := Read(ctx, cfg, src)
	if err != nil {
		return nil, err
	}
	if len(t.Text) == 0 || isBlank(t.Text) {
		return nil, fmt.Errorf("%s: no text: %w", src.Name, baocao.ErrEmpty)
	}
	doc := &baocao.Document{
		ID:         DocID(hash),
		File:       src.Path,
		Format:     c.Format,
		Encoding:   t.Encoding,
		Pages:      c.Pages,
		Chars:      utf8.RuneCountInString(t.Text),
		Hash:       hash,
		Size:       int64(len(src.Data)),
		Reader:     c.Reader,
		OCR:        c.OCR,
		Confidence: c.Confidence,
		PageStarts: t.PageStarts,
		Imported:   time.Now().UTC().Format(time.RFC3339),
		Text:       t.Text,
	}
	// a legacy file's own title (OLE summary) is in the same legacy
	// encoding as its body
	titleHint := c.Title
	if titleHint != "" && t.Encoding != "utf-8" {
		titleHint, _ = vntext.Repair(titleHint, "")
	}
	titleHint = vntext.Clean(titleHint)
	an := &Analysis{Doc: doc}
	describe(doc, titleHint)
	an.Records, an.Checks = figures(doc)
	return an, nil
}

// Indicators returns the indicator ids of the analysis's records, for the
// index's facets.
func (a *Analysis) Indicators() []string { return indicatorIDs(a.Records) }

func indicatorIDs(recs []baocao.Record) []string {
	var ids []string
	for _, r := range recs {
		if r.IndicatorID != "" {
			ids = append(ids, r.IndicatorID)
		}
	}
	return ids
}

// DocID is the stable document id of content with this sha256 (hex): its
// first 16 hex digits.
func DocID(hash string) string {
	if len(hash) > 16 {
		return hash[:16]
	}
	return hash
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\t' {
			return false
		}
	}
	return true
}
