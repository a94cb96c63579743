package index

import "context"

// docFreq returns a docFreq reading the index's current snapshot; nil when
// the snapshot cannot be read (queries then keep every clause).
func (ix *Index) docFreq(ctx context.Context) docFreq {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil
	}
	return func(field, term string) uint64 {
		r, err := adv.Reader()
		if err != nil {
			return 0
		}
		defer r.Close()
		tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
		if err != nil {
			return 0
		}
		defer tfr.Close()
		return tfr.Count()
	}
}
