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
	fieldYearKey     = "year_key"
	fieldDate        = "date"
	fieldType        = "type"
	fieldFormat      = "format"
	fieldEncoding    = "encoding"
	fieldText        = "text"
	fieldTextFolded  = "text_folded"
	fieldTextPairs   = "text_pairs"
	fieldBody        = "body"
	fieldTypeKey     = "type_key"
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
	body := text(exactAnalyzerName, true, false)
	body.Index = false // stored for fragments only
	year := mapping.NewNumericFieldMapping()
	year.IncludeInAll = false
	year.DocValues = false

	fields := map[string]*mapping.FieldMapping{
		fieldDoc:         keyword(false, false),
		fieldTitle:       text(exactAnalyzerName, true, false),
		fieldTitleFolded: text(foldedAnalyzerName, false, true), // positions for phrases in titles
		fieldFile:        keyword(true, false),
		fieldProvince:    keyword(true, true),
		fieldProvinceKey: keyword(false, false),
		fieldYear:        year,
		fieldYearKey:     keyword(false, true),
		fieldDate:        keyword(true, true), // doc values to sort by
		fieldType:        keyword(false, true),
		fieldTypeKey:     keyword(false, false),
		fieldFormat:      keyword(false, true),
		fieldEncoding:    keyword(false, true),
		fieldText:        text(exactAnalyzerName, false, false),
		fieldTextFolded:  text(foldedAnalyzerName, false, false),
		fieldTextPairs:   text(pairsAnalyzerName, false, false),
		fieldBody:        body,
		fieldIndicators:  keyword(false, true),
		fieldStamp:       keyword(true, false),
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
	m := map[string]any{
		fieldDoc:        d.ID,
		fieldFile:       d.File,
		fieldText:       d.Text,
		fieldTextFolded: d.Text,
		fieldTextPairs:  d.Text,
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
	if d.Year != 0 {
		m[fieldYear] = float64(d.Year)
		m[fieldYearKey] = strconv.Itoa(d.Year)
	}
	if len(indicators) > 0 {
		m[fieldIndicators] = indicators
	}
	return m
}
