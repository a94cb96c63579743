package server

import (
	"net/http"
	"net/url"
	"slices"

	"baocao"
	"baocao/store"
)

// maxCheckRows bounds the checks page; the downloads have every check.
const maxCheckRows = 500

type checksPage struct {
	base
	Status, Kind, Province string
	Statuses               []string
	Kinds                  []string
	Checks                 []checkView
	Total                  int
	CSV, XLSX, JSONL       string
}

// pageChecks lists checks (mismatches unless asked otherwise), each with
// its evidence and a link to it in the document page.
func (s *Server) pageChecks(w http.ResponseWriter, r *http.Request) {
	p := checksPage{base: newBase(w, r, "checks"),
		Statuses: []string{baocao.StatusMismatch, baocao.StatusOK, baocao.StatusUnverifiable}}
	p.Title = p.L["checks"]
	v := r.URL.Query()
	p.Status, p.Kind, p.Province = baocao.StatusMismatch, v.Get("kind"), v.Get("province")
	if st, ok := v["status"]; ok {
		p.Status = st[0] // "" (all) is a choice too
	}
	// one scan without the kind filter gives the kinds to choose from
	all, err := s.cfg.Store.Checks(store.Filter{Status: p.Status, Province: p.Province})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	titles := map[string]string{}
	pos := map[string]int{} // document → checks seen, for the 1-based number
	for _, c := range all {
		if !slices.Contains(p.Kinds, c.Kind) {
			p.Kinds = append(p.Kinds, c.Kind)
		}
		if p.Kind != "" && c.Kind != p.Kind {
			continue
		}
		p.Total++
		if len(p.Checks) == maxCheckRows {
			continue
		}
		if _, ok := titles[c.Doc]; !ok {
			titles[c.Doc] = c.File
			if d, err := s.cfg.Store.Document(c.Doc); err == nil {
				titles[c.Doc] = title(d)
			}
		}
		pos[c.Doc]++
		cv := newCheckView(p.base, pos[c.Doc], c)
		cv.DocTitle = titles[c.Doc]
		p.Checks = append(p.Checks, cv)
	}
	slices.Sort(p.Kinds)
	q := url.Values{"status": {p.Status}}
	for k, val := range map[string]string{"kind": p.Kind, "province": p.Province} {
		if val != "" {
			q.Set(k, val)
		}
	}
	p.CSV = withParams("/api/checks", q, map[string]string{"format": "csv"})
	p.XLSX = withParams("/api/checks", q, map[string]string{"format": "xlsx"})
	p.JSONL = withParams("/api/checks", q, map[string]string{"format": "jsonl"})
	s.render(w, http.StatusOK, "checks", p)
}
