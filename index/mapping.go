package index

import (
	"fmt"
	"strconv"

	"baocao"
	"baocao/vntext"

	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of the index; doc.go describes each.
const (
	fieldDoc         = "doc"
	fieldTitle       = "title"
	fieldTitleFolded = "title_folded"
	fieldFile        = "file"
	fieldProvince    = "province"
	fieldProvinceKey = "province_key"
	fieldYear        = "year"
	fieldDate        = "date"
	fieldType        = "type"
	fieldFormat      = "format"
	fieldEncoding    = "encoding"
	fieldText        = "text"
	fieldTextFolded  = "text_folded"
	fieldTextPairs   = "text_pairs"
	fieldBody        = "body"
	fieldTypeKey     = "type_key"
	fieldFacets      = "facets"
	fieldIndicators  = "indicators"
	fieldStamp       = "stamp"
)

// buildMapping returns the mapping of a new index (documented in doc.go).
func buildMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	for name, cfg := range analyzerConfigs {
		if err := im.AddCustomAnalyzer(name, cfg); err != nil {
			return nil, fmt.Errorf("index: analyzer %s: %w", name, err)
		}
	}
	im.DefaultAnalyzer = exactAnalyzerName
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	dm := mapping.NewDocumentStaticMapping()
	text := func(analyzer string, store, vectors bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	keyword := func(store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues // facets read doc values
		return f
	}
	titleStored := text(exactAnalyzerName, true, false)
	titleStored.Index = false // the text fields index the title
	body := text(exactAnalyzerName, true, false)
	body.Index = false // stored for fragments only
	year := mapping.NewNumericFieldMapping()
	year.IncludeInAll = false
	year.DocValues = false

	fields := map[string]*mapping.FieldMapping{
		fieldDoc:         keyword(false, false),
		fieldTitle:       titleStored,
		fieldTitleFolded: text(foldedAnalyzerName, false, false),
		fieldFile:        keyword(true, false),
		fieldProvince:    keyword(true, false),
		fieldProvinceKey: keyword(false, false),
		fieldYear:        year,

		fieldDate:       keyword(true, true), // doc values to sort by
		fieldType:       keyword(false, false),
		fieldTypeKey:    keyword(false, false),
		fieldFormat:     keyword(false, false),
		fieldEncoding:   keyword(false, false),
		fieldFacets:     keyword(false, true),
		fieldText:       text(exactAnalyzerName, false, false),
		fieldTextFolded: text(foldedAnalyzerName, false, false),
		fieldTextPairs:  text(pairsAnalyzerName, false, false),
		fieldBody:       body,
		fieldIndicators: keyword(false, false),
		fieldStamp:      keyword(true, false),
	}
	for name, f := range fields {
		dm.AddFieldMappingsAt(name, f)
	}
	im.DefaultMapping = dm
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	return im, nil
}

// Stamp identifies the version of a stored document the index holds: its
// content hash, its file and when it was imported. verify compares it with
// the store to find stale entries.
func Stamp(d *baocao.Document) string { return d.Hash + " " + d.Imported + " " + d.File }

// fieldsOf is what the index gets for one document: the mapped fields, with
// empty values left out so facets do not count "".
// The text itself is stored (body) only when storeText.
func fieldsOf(d *baocao.Document, indicators []string, storeText bool) map[string]any {
	// The text fields hold the title too, so that one term per word
	// matches a document, title or text; title_folded only ranks.
	text := []string{d.Text}
	if d.Title != "" {
		text = []string{d.Title, d.Text}
	}
	m := map[string]any{
		fieldDoc:        d.ID,
		fieldFile:       d.File,
		fieldText:       text,
		fieldTextFolded: text,
		fieldTextPairs:  text,
		fieldStamp:      Stamp(d),
	}
	if storeText {
		m[fieldBody] = d.Text
	}
	put := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	put(fieldTitle, d.Title)
	put(fieldTitleFolded, d.Title)
	put(fieldProvince, d.Province)
	put(fieldProvinceKey, vntext.Fold(d.Province))
	put(fieldDate, d.Date)
	put(fieldType, d.Type)
	put(fieldTypeKey, vntext.Fold(d.Type))
	put(fieldFormat, d.Format)
	put(fieldEncoding, d.Encoding)
	var fv []string
	for _, f := range []struct{ name, v string }{
		{"province", d.Province}, {"type", d.Type}, {"format", d.Format}, {"encoding", d.Encoding},
	} {
		if f.v != "" {
			fv = append(fv, facetValue(f.name, f.v))
		}
	}
	if d.Year != 0 {
		m[fieldYear] = float64(d.Year)
		fv = append(fv, facetValue("year", strconv.Itoa(d.Year)))
	}
	if len(fv) > 0 {
		m[fieldFacets] = fv
	}
	if len(indicators) > 0 {
		m[fieldIndicators] = indicators
	}
	return m
}
