package check

import (
	"unicode/utf8"
	"unsafe"

	"baocao/vntext"
)

// The rules lower case short stretches of the text again and again (the
// words before a figure, the gap between two) only to compare them with
// their key words. doc.lower does so in arrays of its own, one per use,
// so the lower cased copy costs no allocation: what it returns is valid
// until the next lower of the same slot, and must not be kept.
const (
	lowWords  = iota // wordsBefore
	lowWindow        // a rule's window of text
	lowGap           // isTarget
	lowAfter         // a second window, while the first is in use
	lowSlots
)

// lower is vntext.Lower(s) (strings.ToLower, invalid bytes as U+FFFD),
// built in the slot's array unless s has no capital.
func (d *doc) lower(slot int, s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := vntext.AppendLower(append(d.low[slot][:0], s[:i]...), s[i:])
	d.low[slot] = b
	return unsafe.String(unsafe.SliceData(b), len(b))
}
