package server

import (
	"html/template"
	"net/http"
	"strconv"

	"baocao/index"
)

// facetNames are the search facets in the order the page shows them; each
// is also the query parameter that filters on it.
var facetNames = []string{"province", "year", "type", "format", "encoding"}

type searchPage struct {
	base
	Q       string
	Active  []activeFilter
	Total   uint64
	From    int
	To      int
	Hits    []hitView
	Facets  []facetView
	PrevURL string
	NextURL string
}

type activeFilter struct {
	Name, Label, Value, RemoveURL string
}

type hitView struct {
	URL       string
	Title     string
	File      string
	Province  string
	Date      string
	Fragments []template.HTML
}

type facetView struct {
	Name, Label string
	Values      []facetValue
}

type facetValue struct {
	Value  string
	Count  int
	URL    string
	Active bool
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	p := searchPage{base: newBase(w, r, "search")}
	p.Title = p.L["search"]
	q, err := searchQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q.Facets = true
	res, err := s.cfg.Index.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := r.URL.Query()
	p.Q = q.Text
	p.Total = res.Total
	if len(res.Hits) > 0 {
		p.From, p.To = q.Offset+1, q.Offset+len(res.Hits)
	}
	for _, h := range res.Hits {
		p.Hits = append(p.Hits, s.hitView(h))
	}
	for _, name := range facetNames {
		if val := v.Get(name); val != "" {
			p.Active = append(p.Active, activeFilter{name, p.L[name], val,
				withParams("/search", v, map[string]string{name: "", "offset": ""})})
		}
		fv := facetView{Name: name, Label: p.L[name]}
		for _, c := range res.Facets[name] {
			fv.Values = append(fv.Values, facetValue{Value: c.Value, Count: c.Count, Active: v.Get(name) == c.Value,
				URL: withParams("/search", v, map[string]string{name: c.Value, "offset": ""})})
		}
		if len(fv.Values) > 0 {
			p.Facets = append(p.Facets, fv)
		}
	}
	if q.Offset > 0 {
		p.PrevURL = withParams("/search", v, map[string]string{"offset": strconv.Itoa(max(0, q.Offset-q.Limit))})
	}
	if uint64(q.Offset+len(res.Hits)) < res.Total {
		p.NextURL = withParams("/search", v, map[string]string{"offset": strconv.Itoa(q.Offset + q.Limit)})
	}
	s.render(w, http.StatusOK, "search", p)
}

// hitView adds the document's province and date to a hit; fragments are
// escaped by index.HTMLFragment, which keeps only its own <mark> tags.
func (s *Server) hitView(h index.Hit) hitView {
	hv := hitView{URL: docURL(h.Doc, ""), Title: h.Title, File: h.File}
	if d, err := s.cfg.Store.Document(h.Doc); err == nil {
		hv.Province, hv.Date = d.Province, d.Date
		if hv.Date == "" && d.Year > 0 {
			hv.Date = strconv.Itoa(d.Year)
		}
		hv.Title = title(d)
	}
	for _, f := range h.Fragments {
		hv.Fragments = append(hv.Fragments, template.HTML(index.HTMLFragment(f)))
	}
	return hv
}
