package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"baocao"
	"baocao/export"
	"baocao/index"
	"baocao/store"
)

// Limits of the JSON list endpoints; downloads (format=csv|xlsx|jsonl) are
// capped at maxExport rows.
const (
	defaultListLimit = 1000
	maxListLimit     = 10000
	maxExport        = 200000
)

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r)
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	q.Facets = true
	res, err := s.cfg.Index.Search(r.Context(), q)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "search: "+err.Error())
		return
	}
	if res.Hits == nil {
		res.Hits = []index.Hit{}
	}
	writeJSON(w, http.StatusOK, res)
}

// searchQuery reads the search parameters shared by the API and the page.
func searchQuery(r *http.Request) (index.Query, error) {
	v := r.URL.Query()
	q := index.Query{Text: v.Get("q"), Province: v.Get("province"), Type: v.Get("type"),
		Format: v.Get("format"), Encoding: v.Get("encoding"), Indicator: v.Get("indicator")}
	switch sort := v.Get("sort"); sort {
	case "", index.SortRelevance, index.SortDate:
		q.Sort = sort
	default:
		return q, &paramError{"sort", sort, `"relevance" or "date"`}
	}
	var err error
	if q.Year, err = intParam(r, "year", 0, 0); err != nil {
		return q, err
	}
	if q.YearFrom, err = intParam(r, "year_from", 0, 0); err != nil {
		return q, err
	}
	if q.YearTo, err = intParam(r, "year_to", 0, 0); err != nil {
		return q, err
	}
	if q.Limit, err = intParam(r, "limit", index.DefaultLimit, index.MaxLimit); err != nil {
		return q, err
	}
	if q.Offset, err = intParam(r, "offset", 0, 0); err != nil {
		return q, err
	}
	return q, nil
}

func (s *Server) apiDocs(w http.ResponseWriter, r *http.Request) {
	docs, err := s.cfg.Store.Documents()
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	if docs == nil {
		docs = []baocao.Document{}
	}
	writeJSON(w, http.StatusOK, docs)
}

// docJSON is GET /api/docs/{doc}: the document's fields with its text,
// records and checks.
type docJSON struct {
	*baocao.Document
	Text    string          `json:"text"`
	Records []baocao.Record `json:"records"`
	Checks  []baocao.Check  `json:"checks"`
}

func (s *Server) apiDoc(w http.ResponseWriter, r *http.Request) {
	d, err := s.loadDoc(r.PathValue("doc"))
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// loadDoc reads one document with everything about it.
func (s *Server) loadDoc(id string) (*docJSON, error) {
	if !validDocID(id) {
		return nil, fmt.Errorf("document %q: %w", id, baocao.ErrNotFound)
	}
	doc, err := s.cfg.Store.Document(id)
	if err != nil {
		return nil, err
	}
	d := &docJSON{Document: doc, Records: []baocao.Record{}, Checks: []baocao.Check{}}
	if d.Text, err = s.cfg.Store.Text(id); err != nil {
		return nil, err
	}
	recs, err := s.cfg.Store.Records(store.Filter{Doc: id})
	if err != nil {
		return nil, err
	}
	checks, err := s.cfg.Store.Checks(store.Filter{Doc: id})
	if err != nil {
		return nil, err
	}
	d.Records = append(d.Records, recs...)
	d.Checks = append(d.Checks, checks...)
	return d, nil
}

// filter reads the record and check filters from the query string.
func filter(r *http.Request) (store.Filter, error) {
	v := r.URL.Query()
	f := store.Filter{Indicator: v.Get("indicator"), IndicatorID: v.Get("indicator_id"),
		Province: v.Get("province"), Status: v.Get("status"), Kind: v.Get("kind"), Doc: v.Get("doc")}
	var err error
	if f.Year, err = intParam(r, "year", 0, 0); err != nil {
		return f, err
	}
	for _, b := range []struct {
		name string
		end  **float64
	}{{"value_min", &f.Value.Min}, {"value_max", &f.Value.Max}, {"percent_min", &f.Percent.Min}, {"percent_max", &f.Percent.Max}} {
		if s := v.Get(b.name); s != "" {
			x, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return f, &paramError{b.name, s, "a number"}
			}
			*b.end = &x
		}
	}
	return f, nil
}

// records applies f; an indicator that names an indicator id selects by id
// (as `baocao records --indicator` does).
func (s *Server) records(f store.Filter) ([]baocao.Record, error) {
	if f.Indicator != "" && f.IndicatorID == "" {
		byID := f
		byID.IndicatorID, byID.Indicator = f.Indicator, ""
		recs, err := s.cfg.Store.Records(byID)
		if err != nil || len(recs) > 0 {
			return recs, err
		}
	}
	return s.cfg.Store.Records(f)
}

func (s *Server) apiRecords(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r)
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	format := r.URL.Query().Get("format")
	off, limit, err := paging(r, format)
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	f.Limit = off + limit
	recs, err := s.records(f)
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	serveList(w, format, "records", page(recs, off, limit), export.Records)
}

func (s *Server) apiChecks(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r)
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	format := r.URL.Query().Get("format")
	off, limit, err := paging(r, format)
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	f.Limit = off + limit
	checks, err := s.cfg.Store.Checks(f)
	if err != nil {
		writeError(w, statusOf(err), err.Error())
		return
	}
	serveList(w, format, "checks", page(checks, off, limit), export.Checks)
}

// paging reads offset and limit; a download has a larger default.
func paging(r *http.Request, format string) (off, limit int, err error) {
	def, max := defaultListLimit, maxListLimit
	if format != "" && format != "json" {
		def, max = maxExport, maxExport
	}
	if off, err = intParam(r, "offset", 0, 0); err != nil {
		return 0, 0, err
	}
	if limit, err = intParam(r, "limit", def, max); err != nil {
		return 0, 0, err
	}
	return off, limit, nil
}

func page[T any](items []T, off, limit int) []T {
	if off >= len(items) {
		return []T{}
	}
	items = items[off:]
	if len(items) > limit {
		items = items[:limit]
	}
	return items
}

// serveList answers items as JSON (format "" or "json") or as a download.
func serveList[T any](w http.ResponseWriter, format, name string, items []T,
	write func(w io.Writer, format string, items []T) error) {
	if format == "" || format == "json" {
		writeJSON(w, http.StatusOK, items)
		return
	}
	ct := export.ContentType(format)
	if ct == "" {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown format %q: want json, jsonl, csv or xlsx", format))
		return
	}
	// the response is buffered anyway (TimeoutHandler), so build it first
	// and answer a JSON error if writing fails
	var b bytes.Buffer
	if err := write(&b, format, items); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="baocao-%s.%s"`, name, format))
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	b.WriteTo(w)
}
