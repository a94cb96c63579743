package index

// TextSource returns the text of document id, as it was added. The record
// store keeps every text already (store.Store.Text), so an index given one
// does not keep a second copy: it stores no text, which makes it about half
// the size, and asks the source for the texts of the hits it returns (one
// page of them), to cut fragments. An error or a missing document leaves
// that hit without fragments. Search calls it from several goroutines at
// once.
type TextSource func(id string) (string, error)

// SetTextSource makes ix read hit texts from src instead of from the index,
// and stop storing the text of documents added from now on. Call it right
// after Open, before any Add or Search; nil restores the default (texts
// stored in the index). Documents added before keep their stored text,
// which the index then ignores.
func (ix *Index) SetTextSource(src TextSource) { ix.text = src }

// hitText returns the text of hit id: from the source when ix has one, else
// the stored body.
func (ix *Index) hitText(id string, fields map[string]any) string {
	if ix.text != nil {
		t, err := ix.text(id)
		if err != nil {
			return ""
		}
		return t
	}
	t, _ := fields[fieldBody].(string)
	return t
}
