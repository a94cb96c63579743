package importer

import (
	"baocao"
	"baocao/check"
	"baocao/extract"
	"baocao/indicator"
	"baocao/meta"
)

// describe fills doc's metadata from its text and the title the file's
// own properties gave (titleHint, may be "").
func describe(doc *baocao.Document, titleHint string) {
	m := meta.Read(doc.Text, titleHint)
	doc.Title = m.Title
	doc.Number = m.Number
	doc.Date = m.Date
	doc.Year = m.Year
	doc.Province = m.Province
	doc.Agency = m.Agency
	doc.Type = m.Type
}

// figures extracts doc's records and checks, and fills what they inherit
// from the document: its id, its year when the text around a figure names
// none, and the page each evidence span starts on.
func figures(doc *baocao.Document) ([]baocao.Record, []baocao.Check) {
	recs := extract.Records(doc.Text)
	indicator.Assign(doc.Text, recs)
	checks := check.Run(doc.Text, recs)
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
