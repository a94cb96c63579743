package server

import (
	"net/http"
	"net/url"
	"strconv"

	"baocao"
	"baocao/store"
)

// recordKinds are the values of baocao.Record.Kind the filter offers.
var recordKinds = []string{"count", "money", "percent", "ratio"}

type recordsPage struct {
	base
	Indicator, Province, Year, Kind string
	Kinds                           []string
	Rows                            []recordView
	Total                           int
	CSV, XLSX, JSONL                string
}

// pageRecords lists the records a filter selects (the first
// maxIndicatorRows; the downloads have them all), each linked to its
// document and flagged when a mismatching check covers it.
func (s *Server) pageRecords(w http.ResponseWriter, r *http.Request) {
	p := recordsPage{base: newBase(w, r, "records"), Kinds: recordKinds}
	p.Title = p.L["records"]
	f, err := filter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f.Status, f.Doc, f.IndicatorID = "", "", ""
	p.Indicator, p.Province, p.Kind = f.Indicator, f.Province, f.Kind
	if f.Year > 0 {
		p.Year = strconv.Itoa(f.Year)
	}
	recs, err := s.records(f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Total = len(recs)
	checks := map[string][]baocao.Check{}
	titles := map[string]string{}
	for _, rec := range recs[:min(len(recs), maxIndicatorRows)] {
		if _, ok := checks[rec.Doc]; !ok {
			checks[rec.Doc], _ = s.cfg.Store.Checks(store.Filter{Doc: rec.Doc})
			if d, err := s.cfg.Store.Document(rec.Doc); err == nil {
				titles[rec.Doc] = title(d)
			}
		}
		rv := newRecordView(p.base, rec)
		rv.DocTitle = titles[rec.Doc]
		flagMismatch(&rv, checks[rec.Doc])
		p.Rows = append(p.Rows, rv)
	}
	q := url.Values{}
	for k, v := range map[string]string{"indicator": p.Indicator, "province": p.Province, "year": p.Year, "kind": p.Kind} {
		if v != "" {
			q.Set(k, v)
		}
	}
	p.CSV = withParams("/api/records", q, map[string]string{"format": "csv"})
	p.XLSX = withParams("/api/records", q, map[string]string{"format": "xlsx"})
	p.JSONL = withParams("/api/records", q, map[string]string{"format": "jsonl"})
	s.render(w, http.StatusOK, "records_page", p)
}
