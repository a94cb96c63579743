package importer

import (
	"baocao"
	"baocao/check"
	"baocao/extract"
	"baocao/indicator"
	"baocao/meta"
	"baocao/refs"
)

// describe fills doc's metadata from its text and the title the file's
// own properties gave (titleHint, may be "").
func describe(doc *baocao.Document, titleHint string) {
	defer func() {
		// As extract and check do: a document without metadata or citations
		// rather than an import that stops. The fuzz targets of meta and
		// refs are there to find what would get here.
		recover()
	}()
	m := meta.Read(doc.Text, titleHint)
	doc.Title = m.Title
	doc.Number = m.Number
	doc.Date = m.Date
	doc.Year = m.Year
	doc.Province = m.Province
	doc.Agency = m.Agency
	doc.Type = m.Type
	for _, r := range refs.Find(doc.Text) {
		doc.Cites = append(doc.Cites, baocao.Citation{Type: r.Type, Number: r.Number, Name: r.Name,
			Issuer: r.Issuer, Date: r.Date, Key: refs.Key(r), Start: r.Start, End: r.End})
	}
}

// Key is the citation key of doc itself, so documents citing it can be
// found; "" when it has no number.
func Key(doc *baocao.Document) string {
	if doc.Number == "" || doc.Type == "" {
		return ""
	}
	return refs.Key(refs.Ref{Type: doc.Type, Number: doc.Number})
}

// figures extracts doc's records and checks, and fills what they inherit
// from the document: its id, its year when the text around a figure names
// none, and the page each evidence span starts on.
func figures(doc *baocao.Document) ([]baocao.Record, []baocao.Check) {
	recs, nums := extract.RecordsNumbers(doc.Text) // one scan of the figures for both
	indicator.Assign(doc.Text, recs)
	checks := check.RunNumbers(doc.Text, nums, recs)
	for i := range recs {
		r := &recs[i]
		r.Doc = doc.ID
		if r.Year == 0 {
			r.Year = doc.Year
		}
		if r.Province == "" {
			r.Province = doc.Province
		}
		r.Page = doc.Page(r.Start)
	}
	for i := range checks {
		c := &checks[i]
		c.Doc = doc.ID
		c.Page = doc.Page(c.Start)
	}
	return recs, checks
}
