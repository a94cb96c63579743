package check

import (
	"slices"
	"sort"
	"sync"

	"baocao"
	"baocao/extract"
)

// doc is a text with its numbers, which the text-based rules share.
type doc struct {
	breaks    // where its clauses and sentences end
	text      string
	ns        []extract.Number
	sentences []extract.Span // the sentences that hold a figure: see figureSentences
	senEnd    []int32        // all[senEnd[k-1]:senEnd[k]] is within(sentences[k]): see inSen
	all       []int          // the figures of each sentence in turn
	checks    []baocao.Check // the array run collects checks in
	figs      []fig          // what was read of ns[i] this run
	vals      []figVal       // vals[i] is ns[i] converted, when figs[i].ok is set
	strs                     // where the checks' strings are built
	spanIdx   []int          // the array within returns
	parts     []int          // the array partsBefore returns
	gom       []int          // the array includes finds " gồm " in
	tdo       []int          // where "trong đó" is in the text, once tdoOK: see trongDoIn
	tdoOK     bool
	order     []uint64         // the array run sorts the checks' starts and indexes in
	ratios    []int            // the array attainments sorts the ratios in
	low       [lowSlots][]byte // the arrays lower builds in
}

// docs keep the arrays of finished docs for the next text: a doc's
// breaks, sentences and figure lists are most of what a run would
// allocate besides its checks.
var docs = sync.Pool{New: func() any { return new(doc) }}

// newDoc returns the doc of text; release gives it back when the run is
// over.
func newDoc(text string, nums []extract.Number) *doc {
	d := docs.Get().(*doc)
	d.text, d.ns, d.tdoOK = text, nums, false
	d.breaks.reset(text)
	d.figureSentences(nums)
	d.figs = slices.Grow(d.figs[:0], len(nums))[:len(nums)]
	clear(d.figs) // no pointers: a plain memory clear
	if len(d.vals) < len(nums) {
		d.vals = make([]figVal, len(nums)+len(nums)/4)
	}
	return d
}

// figureSentences sets the sentences of the text that hold a figure
// (appendSentences' spans, in order) and the figures of each (within of
// each span): no rule looks at a sentence without one, and most sentences
// have none. It goes from figure to figure, finding the sentence each
// starts in from the index of the breaks, rather than walking every
// break: most breaks end a line or a sentence with no figure.
func (d *doc) figureSentences(nums []extract.Number) {
	sens := d.sentences[:0]
	ends := d.senEnd[:0]
	all := slices.Grow(d.all[:0], len(nums)) // the sentences do not overlap: one array holds all their figures
	text := d.text
	for i := 0; i < len(nums); {
		off := nums[i].Start
		if off < 0 || off >= len(text) {
			i++ // in no sentence (never from extract.Numbers of the text)
			continue
		}
		// the sentence off is in runs from the break before it to the
		// break after it, semicolons aside
		k0 := d.search(off + 1) // the first break after off
		e := len(text)
		for k := k0; k < len(d.ends); k++ {
			if text[d.ends[k]] != ';' {
				e = d.ends[k]
				break
			}
		}
		from := 0 // past the last break at or before off: a figure at a break is in no sentence
		for j := k0 - 1; j >= 0; j-- {
			if text[d.ends[j]] != ';' {
				from = d.ends[j] + 1
				break
			}
		}
		sen := trimSpan(text, extract.Span{Start: from, End: e})
		for i < len(nums) && nums[i].Start < sen.Start {
			i++
		}
		n0 := len(all)
		for ; i < len(nums) && nums[i].Start < sen.End; i++ {
			if n := &nums[i]; n.QStart >= sen.Start && n.End <= sen.End {
				all = append(all, i)
			}
		}
		for i < len(nums) && nums[i].Start < e {
			i++ // after the trimmed end: in this sentence's span all the same
		}
		if len(all) > n0 {
			sens = append(sens, sen)
			ends = append(ends, int32(len(all)))
		}
	}
	d.sentences, d.senEnd, d.all = sens, ends, all
}

// release returns d to docs; nothing of it may be used after. The arrays
// of a very long text are dropped rather than kept.
func (d *doc) release() {
	if cap(d.all) > 1<<16 || cap(d.figs) > 1<<16 || cap(d.ends) > 1<<16 || cap(d.checks) > 1<<12 {
		return
	}
	// The checks collected and the vals are not cleared: clearing arrays of
	// pointers costs write barriers while the garbage collector runs, and
	// what they hold (the caller's checks, some big.Rats) is kept only as
	// long as the pool keeps the doc, at most two collections.
	d.text, d.ns, d.breaks.text = "", nil, ""
	docs.Put(d)
}

// within returns the indexes of the numbers inside sp, in an array the
// next call reuses.
func (d *doc) within(sp extract.Span) []int {
	out := d.spanIdx[:0]
	first := sort.Search(len(d.ns), func(i int) bool { return d.ns[i].Start >= sp.Start })
	for i := first; i < len(d.ns) && d.ns[i].Start < sp.End; i++ {
		if n := &d.ns[i]; n.QStart >= sp.Start && n.End <= sp.End {
			out = append(out, i)
		}
	}
	d.spanIdx = out
	if len(out) == 0 {
		return nil
	}
	return out
}

// inSen is within(sentences[k]), which most rules read; nil when it
// holds no figure. The lists are kept as ends in one array rather than as
// slices, which the garbage collector would have to trace.
func (d *doc) inSen(k int) []int {
	from := int32(0)
	if k > 0 {
		from = d.senEnd[k-1]
	}
	if from == d.senEnd[k] {
		return nil
	}
	return d.all[from:d.senEnd[k]:d.senEnd[k]]
}

// inSentence is within(sen) for a sentence of the text, as sentenceAt
// gives it: the list newDoc made.
func (d *doc) inSentence(sen extract.Span) []int {
	k := sort.Search(len(d.sentences), func(k int) bool { return d.sentences[k].End >= sen.End })
	if k < len(d.sentences) && d.sentences[k] == sen {
		return d.inSen(k)
	}
	return slices.Clone(d.within(sen))
}

// fig is what a run has read of a figure so far: flags and small values
// only, with no pointer, so that newDoc clears the array for the next
// text without the write barriers a clear of pointers costs while the
// garbage collector runs. What a flag says was read is kept in vals.
type fig struct {
	ok       bool  // vals[i] holds the value and bounds
	phraseOK bool  // vals[i].phrase is phrase(i)
	target   uint8 // isTarget(i): 0 not yet read, 1 false, 2 true
}

// figVal is a figure's value and interval as fracs: the rules compare the
// same figures many times (a share looks back over every earlier figure),
// and reading a big.Rat costs a trip to memory each time. The array is
// never cleared: an entry is read only when its fig says it was written
// this run, and what a stale one holds lives no longer than the pooled doc.
type figVal struct {
	value, lo, hi frac
	open          bool
	phrase        string // phrase(i), when phraseOK
}

// figOf is ns[i] converted, on first use.
func (d *doc) figOf(i int) *figVal {
	f := &d.vals[i]
	if fl := &d.figs[i]; !fl.ok {
		fl.ok = true
		n := &d.ns[i]
		f.value, f.open = fracOf(n.Value), false
		// An exact figure's bounds are often its value itself: read once.
		switch {
		case n.Lo == nil:
			f.lo = intFrac(0)
		case n.Lo == n.Value:
			f.lo = f.value
		default:
			f.lo = fracOf(n.Lo)
		}
		switch {
		case n.Hi == nil:
			f.hi, f.open = frac{}, true
		case n.Hi == n.Value:
			f.hi = f.value
		case n.Hi == n.Lo:
			f.hi = f.lo
		default:
			f.hi = fracOf(n.Hi)
		}
	}
	return f
}

// quote is quoteOf(ns[i]) from the figure's fracs, converted once: the
// operand fromExtract gives is the one figOf keeps (a nil Lo as 0, a nil
// Hi open with a zero hi).
func (d *doc) quote(i int) quote {
	n, f := &d.ns[i], d.figOf(i)
	return quote{qualifier: n.Qualifier, text: n.Text, decimals: n.Decimals, scaleExp: n.ScaleExp,
		value: f.value, operand: interval{lo: f.lo, hi: f.hi, open: f.open}}
}

// value, operand and bounds are fracOf(Value), operand and bounds of
// ns[i].
func (d *doc) value(i int) frac { return d.figOf(i).value }

func (d *doc) operand(i int) interval {
	f := d.figOf(i)
	return interval{lo: f.lo, hi: f.hi, open: f.open}
}

func (d *doc) bounds(i int) interval {
	if n := &d.ns[i]; n.Rounded() {
		return widen(d.operand(i), halfUnitExp(n.ScaleExp-n.Decimals))
	}
	return d.operand(i)
}
