package vntext

// Repair returns text from an office format (Word, RTF, Excel, PowerPoint,
// .docx) in Unicode NFC, with the encoding it was found in. font is the
// name of the font the text is set in, a hint only: text in a .Vn* font
// arrives as the CP1252 characters of its TCVN3 bytes, text in a VNI-* font
// as the Latin-1 characters of its VNI bytes, and the words decide when the
// font name is wrong. Words no candidate reads as Vietnamese are left as
// they are. A capitals font (.VnTimeH) does not change case: see
// Options.CapsFonts. The result is not Cleaned. Repair is safe for concurrent use.
func Repair(text, font string) (string, Encoding) {
	hint, _, hasHint := fontHint(font)
	legacy := hasHint && hint != candIdent
	if u, ok := unMojibake(text); ok && mojibakeWins(text, u) {
		return composeNFC(u), Mojibake
	}
	p := analyse(text, false, legacy)
	main, _ := p.choose(hint, hasHint)
	var counts [nCand]int
	out := p.render(main, false, &counts, false)
	return out, blockLabel(counts, main, text)
}

// mojibakeWins reports whether u, the text with one CP1252 mis-decoding
// undone, reads better than the text itself.
func mojibakeWins(text, u string) bool {
	pu, nu := scoreUnicode(composeNFC(u))
	pt, nt := scoreUnicode(composeNFC(text))
	return pu > 0 && pu-nu > pt-nt
}

// blockLabel names what a block was in from how many of its words each
// candidate decoded.
func blockLabel(counts [nCand]int, main cand, src string) Encoding {
	var t tally
	for c, n := range counts {
		t.add(candLabel(cand(c), src), n)
	}
	if e := t.result(); e != "" {
		return e
	}
	return candLabel(main, src)
}

func candLabel(c cand, src string) Encoding {
	if c == candIdent {
		if hasCombining(src) {
			return NFD
		}
		return UTF8
	}
	return candEnc[c]
}

// tally counts decoded words per encoding to name a document's encoding.
// The counts are kept in the order of Encodings, which result walks; an
// array, since a document adds to it once a block.
type tally struct {
	n     [nTally]int // by tallyIndex
	total int
}

// nTally is the number of Encodings, and a slot for "".
const nTally = 10

// tallyIndex is e's place in Encodings ("" last), -1 for any other name.
func tallyIndex(e Encoding) int {
	switch e {
	case UTF8:
		return 0
	case NFD:
		return 1
	case TCVN3:
		return 2
	case TCVN3H:
		return 3
	case VNI:
		return 4
	case VISCII:
		return 5
	case CP1258:
		return 6
	case VIQR:
		return 7
	case Mojibake:
		return 8
	case "":
		return 9
	}
	return -1
}

func (t *tally) add(e Encoding, n int) {
	if n == 0 {
		return
	}
	if e == TCVN3H {
		e = TCVN3
	}
	if k := tallyIndex(e); k >= 0 {
		t.n[k] += n
	}
	t.total += n
}

// result is the encoding most words came in, or Mixed when a second one
// holds at least 5% of them (and three words); "" when nothing was counted.
func (t *tally) result() Encoding {
	const none = nTally - 1 // the slot of ""
	best, second := none, none
	for k := range nTally - 1 {
		if t.n[k] > t.n[best] {
			best, second = k, best
		} else if t.n[k] > t.n[second] {
			second = k
		}
	}
	if best == none || t.n[best] == 0 {
		return ""
	}
	if n := t.n[second]; second != none && n >= 3 && n*20 >= t.total {
		return Mixed
	}
	return tallyEncodings[best]
}

// tallyEncodings is Encodings by tallyIndex.
var tallyEncodings = [nTally - 1]Encoding{UTF8, NFD, TCVN3, TCVN3H, VNI, VISCII, CP1258, VIQR, Mojibake}
