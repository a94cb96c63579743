package server

import (
	"cmp"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"baocao"
	"baocao/store"
)

// maxIndicatorRows bounds the table of one indicator; the downloads have
// every row.
const maxIndicatorRows = 500

type indicatorPage struct {
	base
	Indicator        string
	Province         string
	Year             string
	Rows             []recordView
	Total            int
	Chart            template.HTML
	ChartUnit        string // the unit of the charted rows, the most frequent one
	Common           []indicatorCount
	CSV, XLSX, JSONL string
}

type indicatorCount struct {
	Name  string
	Count int
	URL   string
}

// pageIndicator shows one indicator (by id or by a name it contains,
// compared without diacritics) across provinces and years: a table with
// stated and computed percents, and a bar chart. Without one it lists the
// most frequent indicators.
func (s *Server) pageIndicator(w http.ResponseWriter, r *http.Request) {
	p := indicatorPage{base: newBase(w, r, "indicator")}
	p.Title = p.L["indicators"]
	v := r.URL.Query()
	p.Indicator, p.Province = v.Get("indicator"), v.Get("province")
	if p.Indicator == "" {
		common, err := s.commonIndicators(30)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		p.Common = common
		s.render(w, http.StatusOK, "indicator", p)
		return
	}
	p.Title = p.Indicator
	year, err := intParam(r, "year", 0, 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	recs, err := s.records(store.Filter{Indicator: p.Indicator, Province: p.Province, Year: year})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	slices.SortStableFunc(recs, func(a, b baocao.Record) int {
		return cmp.Or(cmp.Compare(a.Province, b.Province), cmp.Compare(a.Year, b.Year))
	})
	p.Total = len(recs)
	checks := map[string][]baocao.Check{}
	titles := map[string]string{}
	var chart []chartRow
	p.ChartUnit = dominantUnit(recs[:min(len(recs), maxIndicatorRows)])
	for _, rec := range recs[:min(len(recs), maxIndicatorRows)] {
		if _, ok := checks[rec.Doc]; !ok {
			checks[rec.Doc], _ = s.cfg.Store.Checks(store.Filter{Doc: rec.Doc})
			if d, err := s.cfg.Store.Document(rec.Doc); err == nil {
				titles[rec.Doc] = title(d)
				if rec.Province == "" {
					rec.Province = d.Province
				}
			}
		}
		rv := newRecordView(p.base, rec)
		rv.DocTitle = titles[rec.Doc]
		rv.DocURL = docURL(rec.Doc, "")
		flagMismatch(&rv, checks[rec.Doc])
		p.Rows = append(p.Rows, rv)
		label := rec.Province
		if rec.Year > 0 {
			label += " " + strconv.Itoa(rec.Year)
		}
		if rec.Unit != p.ChartUnit {
			continue // one scale per chart: 91,6% beside 21.078 people means nothing
		}
		chart = append(chart, chartRow{Label: label + " · " + rec.Indicator, Value: rec.Value, Target: rec.Target})
	}
	p.Chart = barChart(p.Lang, chart)
	q := url.Values{"indicator": {p.Indicator}}
	if p.Province != "" {
		q.Set("province", p.Province)
	}
	if year > 0 {
		q.Set("year", strconv.Itoa(year))
		p.Year = strconv.Itoa(year)
	}
	p.CSV = withParams("/api/records", q, map[string]string{"format": "csv"})
	p.XLSX = withParams("/api/records", q, map[string]string{"format": "xlsx"})
	p.JSONL = withParams("/api/records", q, map[string]string{"format": "jsonl"})
	s.render(w, http.StatusOK, "indicator", p)
}

// commonIndicators counts records by indicator name. It scans every
// record: fine for thousands of documents, to be replaced by the taxonomy's
// indicator ids when every record has one.
func (s *Server) commonIndicators(n int) ([]indicatorCount, error) {
	recs, err := s.cfg.Store.Records(store.Filter{})
	if err != nil {
		return nil, err
	}
	count := map[string]int{}
	for _, r := range recs {
		count[r.Indicator]++
	}
	var out []indicatorCount
	for name, c := range count {
		if name != "" {
			out = append(out, indicatorCount{Name: name, Count: c,
				URL: withParams("/indicator", nil, map[string]string{"indicator": name})})
		}
	}
	slices.SortFunc(out, func(a, b indicatorCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	})
	return out[:min(n, len(out))], nil
}

// dominantUnit is the unit most records have (the first such on a tie).
func dominantUnit(recs []baocao.Record) string {
	n := map[string]int{}
	best := ""
	for _, r := range recs {
		n[r.Unit]++
		if n[r.Unit] > n[best] {
			best = r.Unit
		}
	}
	return best
}
