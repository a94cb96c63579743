package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Stamps returns the stamp (see Stamp) of every indexed document, by id, so
// a caller can compare the index with the store: ids missing here are
// missing from the index, ids here and not in the store are orphans, and a
// different stamp is a stale entry.
func (ix *Index) Stamps(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	const page = 1000
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), page, 0, false)
		req.Fields = []string{fieldStamp}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("index: stamps: %w", err)
		}
		for _, h := range res.Hits {
			s, _ := h.Fields[fieldStamp].(string)
			out[h.ID] = s
		}
		if len(res.Hits) < page {
			return out, nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}
