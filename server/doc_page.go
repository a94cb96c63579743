package server

import (
	"html/template"
	"net/http"

	"baocao"
)

type docPage struct {
	base
	Doc                                                                       *baocao.Document
	DocTitle                                                                  string
	Text                                                                      template.HTML
	Records                                                                   []recordView
	Checks                                                                    []checkView
	Mismatches                                                                int
	RecordsCSV, RecordsXLSX, RecordsJSONL, ChecksCSV, ChecksXLSX, ChecksJSONL string
}

// recordView is one record as the pages show it, its percent as stated
// beside the percent its value and target give.
type recordView struct {
	baocao.Record
	Value, Target, Stated, Computed string
	DocURL, DocTitle                string
	Mismatch                        bool   // a mismatch check covers it
	CheckURL                        string // that check's evidence
	IndicatorURL                    string // the indicator page
}

func newRecordView(b base, r baocao.Record) recordView {
	v := recordView{Record: r, Value: b.Num(r.Value), Target: b.Opt(r.Target), Stated: b.Opt(r.Percent),
		DocURL: docURL(r.Doc, "")}
	ind := r.IndicatorID
	if ind == "" {
		ind = r.Indicator
	}
	v.IndicatorURL = withParams("/indicator", nil, map[string]string{"indicator": ind})
	if r.PercentText != "" {
		v.Stated = r.PercentText
	}
	if r.Target != nil && *r.Target != 0 {
		pct := r.Value / *r.Target * 100
		v.Computed = b.Round(&pct)
	}
	return v
}

// flagMismatch marks v when a mismatching check's span overlaps its own.
func flagMismatch(v *recordView, checks []baocao.Check) {
	for _, c := range checks {
		if c.Status == baocao.StatusMismatch && c.Start < v.End && v.Start < c.End {
			v.Mismatch, v.CheckURL = true, docURL(c.Doc, evidenceID(c))
			return
		}
	}
}

func (s *Server) pageDoc(w http.ResponseWriter, r *http.Request) {
	d, err := s.loadDoc(r.PathValue("doc"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := docPage{base: newBase(w, r, ""), Doc: d.Document, DocTitle: title(d.Document)}
	p.Title = p.DocTitle
	p.Text = markText(p.Lang, d.Text, d.Records, d.Checks, d.PageStarts)
	for _, rec := range d.Records {
		v := newRecordView(p.base, rec)
		flagMismatch(&v, d.Checks)
		p.Records = append(p.Records, v)
	}
	for i, c := range d.Checks {
		cv := newCheckView(p.base, i+1, c)
		cv.DocURL = "#" + cv.EvidenceID
		p.Checks = append(p.Checks, cv)
		if c.Status == baocao.StatusMismatch {
			p.Mismatches++
		}
	}
	id := map[string]string{"doc": d.ID}
	p.RecordsCSV = withParams("/api/records", nil, with(id, "format", "csv"))
	p.RecordsXLSX = withParams("/api/records", nil, with(id, "format", "xlsx"))
	p.RecordsJSONL = withParams("/api/records", nil, with(id, "format", "jsonl"))
	p.ChecksJSONL = withParams("/api/checks", nil, with(id, "format", "jsonl"))
	p.ChecksCSV = withParams("/api/checks", nil, with(id, "format", "csv"))
	p.ChecksXLSX = withParams("/api/checks", nil, with(id, "format", "xlsx"))
	s.render(w, http.StatusOK, "doc", p)
}

// with returns a copy of m with k set to v.
func with(m map[string]string, k, v string) map[string]string {
	c := map[string]string{k: v}
	for a, b := range m {
		c[a] = b
	}
	return c
}
