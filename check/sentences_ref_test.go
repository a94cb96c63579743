package check

import (
	"slices"

	"baocao/extract"
)

// figureSentencesRef is figureSentences as it stood before it went from
// figure to figure, walking every break: the reference it must agree with.
// It sets the sentences of the text that hold a figure
// (appendSentences' spans, in order) and the figures of each (within of
// each span): no rule looks at a sentence without one, and most sentences
// have none. The figures are walked once beside the breaks, and a
// sentence no figure starts in is passed over before it is trimmed.
func (d *doc) figureSentencesRef(nums []extract.Number) {
	sens := d.sentences[:0]
	ends := d.senEnd[:0]
	all := slices.Grow(d.all[:0], len(nums)) // the sentences do not overlap: one array holds all their figures
	text, i, start := d.text, 0, 0
	for k := 0; k <= len(d.ends) && i < len(nums); k++ {
		e := len(text)
		if k < len(d.ends) {
			if e = d.ends[k]; text[e] == ';' {
				continue
			}
		}
		from := start
		start = e + 1
		for i < len(nums) && nums[i].Start < from {
			i++
		}
		if i == len(nums) || nums[i].Start >= e {
			continue // the trimmed span is within [from, e): no figure in it
		}
		sen := trimSpan(text, extract.Span{Start: from, End: e})
		if sen.End <= sen.Start {
			continue
		}
		for i < len(nums) && nums[i].Start < sen.Start {
			i++
		}
		n0 := len(all)
		for ; i < len(nums) && nums[i].Start < sen.End; i++ {
			if n := &nums[i]; n.QStart >= sen.Start && n.End <= sen.End {
				all = append(all, i)
			}
		}
		if len(all) > n0 {
			sens = append(sens, sen)
			ends = append(ends, int32(len(all)))
		}
	}
	d.sentences, d.senEnd, d.all = sens, ends, all
}
