package vntext

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Most blocks office readers hand over are plain Unicode Vietnamese, and
// per-word detection (analyse, choose, render) would only confirm it. A
// block qualifies for the short cut when, with no font hint or a Unicode
// font's, every word with a non-ASCII letter reads as a Vietnamese
// syllable as it stands or holds a character CP1252 has no byte for
// (footnote marks aside), and, without a hint, one of the syllables at
// least holds such a character ("việc", "được": no legacy decoder can
// have produced it).
//
// Why detection would decide the same. Such a witness word is -1 under
// TCVN3 and VNI (decodeMixedWord finds no legacy byte in it) and +1 as
// Unicode: strong evidence for the identity, whose score (every word +1)
// beats the others by two per witness, so choose returns the identity
// and sure; with a Unicode hint and no evidence choose returns the hint,
// sure. A word with a character CP1252 lacks that is no syllable
// ("SLĐTBXH", "Nguyễnn") is -1 under TCVN3 and VNI too and 0 or less as
// Unicode: it lowers every score alike, or the legacy ones only, and
// singles out no candidate, so the identity still wins. Under the
// identity, choices keeps every word in it: labels are the identity or
// ambiguous (every other non-ASCII word reads as Unicode), the only
// strong label is the identity, so neighbour returns it too; a word
// nothing reads stays in the identity, since no other candidate reads
// it as an abbreviation either. render
// then writes the text as it is (no TCVN3 word, so settleCase changes
// nothing) and composes it, and counts every non-ASCII word for the
// identity. TestPlainBlocks checks this against the full path.

// plainDetect enables the short cut; tests turn it off to compare.
var plainDetect = true

// plainUnicode reports whether block text s takes the short cut, and how
// many of its words hold non-ASCII letters (what render would count).
// needWitness is set when the block has no font hint. stable reports
// that s is NFC with no combining mark (every rune ASCII or in
// stableTable), so composeNFC would return it as it is and candLabel
// would call it UTF-8; clean that Clean would return it as it is, too
// (isClean).
//
// Only words with a non-ASCII letter matter, so the scan jumps from one
// non-ASCII byte to the next and backs up over the ASCII letters that
// start its word. A word with a letter CP1252 lacks ("SLĐTBXH", "ưu")
// is debris under TCVN3 and VNI whatever it is as Unicode, so it moves
// no candidate ahead of the identity and leaves every choice as it is:
// once a witness is found it needs no look-up at all.
func plainUnicode(s string, needWitness bool) (words int, stable, clean, ok bool) {
	props := runeProps()
	witness := !needWitness
	stable, dirty := true, false
	for pos := 0; ; {
		j := nextStop(s, pos)
		if j >= len(s) {
			break
		}
		if s[j] < utf8.RuneSelf { // a control character: no letter
			dirty = true
			pos = j + 1
			continue
		}
		r, n := DecodeLatin(s, j)
		p := runeProp(props, r)
		stable = stable && p&propStable != 0
		if p&propWord == 0 {
			pos = j + n
			continue
		}
		start := j
		for start > pos && asciiLetter(s[start-1]) {
			start--
		}
		legacyFree := p&propCP1252 == 0
		e := j + n
		for e < len(s) {
			if c := s[e]; c < utf8.RuneSelf {
				if !asciiLetter(c) {
					break
				}
				e++
				continue
			}
			r, n := DecodeLatin(s, e)
			p := runeProp(props, r)
			if p&propWord == 0 {
				break // the next round looks at it
			}
			stable = stable && p&propStable != 0
			legacyFree = legacyFree && p&propCP1252 == 0
			e += n
		}
		words++
		if w := s[start:e]; !(legacyFree && witness) && !footnoteMark(w) {
			switch {
			case identClass(w) > 0:
				witness = witness || legacyFree
			case !legacyFree:
				return 0, false, false, false
			}
		}
		pos = e
	}
	return words, stable, stable && !dirty, witness
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// nextStop returns the index of the first byte of s from i on that is
// not ASCII or that Clean would change (asciiDirty), or len(s); eight
// bytes a step through the ASCII runs.
func nextStop(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if stopByte[s[i]]|stopByte[s[i+1]]|stopByte[s[i+2]]|stopByte[s[i+3]]|
			stopByte[s[i+4]]|stopByte[s[i+5]]|stopByte[s[i+6]]|stopByte[s[i+7]] != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if stopByte[s[i]] != 0 {
			return i
		}
	}
	return i
}

// stopByte is 1 for the bytes nextStop stops at.
var stopByte = func() (t [256]uint8) {
	for c := range t {
		if c >= utf8.RuneSelf || asciiDirty[c] {
			t[c] = 1
		}
	}
	return t
}()

// Rune properties plainUnicode reads, one table lookup a rune below
// propLimit: isWordRune, cp1252Byte giving a byte of 0x80 or more (a
// character a legacy decoder reinterprets), and stableTable.
const (
	propWord uint8 = 1 << iota
	propCP1252
	propStable
	propLetter   // unicode.IsLetter, for Canonical
	propInCP1252 // cp1252Byte gives a byte at all, for isCP1252
)

// propLimit covers Latin, the combining marks, Latin Extended Additional
// and the general punctuation: all of Vietnamese text.
const propLimit = 0x2100

var runeProps = sync.OnceValue(func() *[propLimit]uint8 {
	var t [propLimit]uint8
	st := stableTable()
	for r := range rune(propLimit) {
		t[r] = computeProp(r)
		if r >= utf8.RuneSelf && r < stableLimit && st[r>>6]&(1<<(r&63)) != 0 {
			t[r] |= propStable
		}
	}
	return &t
})

func computeProp(r rune) uint8 {
	var p uint8
	if isWordRune(r) {
		p |= propWord
	}
	if unicode.IsLetter(r) {
		p |= propLetter
	}
	if b, ok := cp1252Byte(r); ok {
		p |= propInCP1252
		if b >= 0x80 {
			p |= propCP1252
		}
	}
	return p
}

// runeProp returns the properties of r, computing them beyond the table
// (never propStable there: the caller then takes the general path).
func runeProp(t *[propLimit]uint8, r rune) uint8 {
	if r < propLimit {
		return t[r]
	}
	return computeProp(r)
}

// identClass is wordClass of w read as Unicode, as analyse computes it
// for the identity candidate of a block without a legacy font, from a
// cache shared by all calls: a report repeats a few thousand syllables,
// and blocks are often a paragraph, too short for analyse's own cache.
func identClass(w string) int8 {
	slot := &classCache[fnv32(w)&(classSlots-1)]
	if e := slot.Load(); e != nil && e.word == w {
		return e.class
	}
	k := wordClass(w, true)
	if len(w) <= 64 {
		slot.Store(&classEntry{word: strings.Clone(w), class: k}) // not a piece of the block
	}
	return k
}

// legacyClasses returns the classes analyse gives word w under TCVN3 and
// VNI, through a cache like identClass's: a legacy document's blocks are
// paragraphs, too short for analyse's own cache to pay.
func legacyClasses(w string) (tcvn3, vni int8) {
	slot := &legacyCache[fnv32(w)&(classSlots-1)]
	if e := slot.Load(); e != nil && e.word == w {
		return e.tcvn3, e.vni
	}
	tcvn3 = wordClass(decodeWord(candTCVN3, false, w))
	vni = wordClass(decodeWord(candVNI, false, w))
	if vni > 0 && vniOrphans(w) {
		vni = -1
	}
	if len(w) <= 64 {
		slot.Store(&legacyEntry{word: strings.Clone(w), tcvn3: tcvn3, vni: vni})
	}
	return tcvn3, vni
}

type legacyEntry struct {
	word       string
	tcvn3, vni int8
}

var legacyCache [classSlots]atomic.Pointer[legacyEntry]

// decodeCached is what render makes of a word or separator s under a
// legacy candidate c: its decoding (s itself when c cannot have produced
// it) and, for TCVN3, the case its bytes were typed in. A document repeats
// its words and separators from block to block; the cache keeps each
// decoding once.
func decodeCached(c cand, caps bool, s string) (string, wordCase) {
	h := fnv32(s) ^ uint32(c)<<1 ^ b2u(caps)
	slot := &decodeCache[h&(classSlots-1)]
	if e := slot.Load(); e != nil && e.s == s && e.c == c && e.caps == caps {
		return e.d, e.kind
	}
	d, ok := decodeWord(c, caps, s)
	if !ok {
		d = s
	}
	kind := caseOther
	if c == candTCVN3 {
		b, _ := cp1252Bytes(s)
		kind = tcvn3Case(b)
	}
	if len(s) <= 64 {
		if !ok {
			d = strings.Clone(d)
		}
		slot.Store(&decodeEntry{s: strings.Clone(s), c: c, caps: caps, d: d, kind: kind})
	}
	return d, kind
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

type decodeEntry struct {
	s, d string
	c    cand
	caps bool
	kind wordCase
}

var decodeCache [classSlots]atomic.Pointer[decodeEntry]

// validSyllableCached is ValidSyllable through a cache like identClass's:
// detection scores every word of a file under four encodings.
func validSyllableCached(w string) bool {
	slot := &syllableCache[fnv32(w)&(classSlots-1)]
	if e := slot.Load(); e != nil && e.word == w {
		return e.class > 0
	}
	ok := ValidSyllable(w)
	if len(w) <= 64 {
		k := int8(0)
		if ok {
			k = 1
		}
		slot.Store(&classEntry{word: strings.Clone(w), class: k})
	}
	return ok
}

var syllableCache [classSlots]atomic.Pointer[classEntry]

// fnv32 is the FNV-1a hash of w: words are short, and this is cheaper
// than maphash for them.
func fnv32(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// classSlots is the size of the word class cache (a power of two): a
// report's vocabulary with room to spare, a few hundred KB at most.
const classSlots = 1 << 13

type classEntry struct {
	word  string
	class int8
}

var classCache [classSlots]atomic.Pointer[classEntry]
