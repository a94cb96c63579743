package ppt

import (
	"encoding/binary"
	"unicode/utf16"

	"baocao/ingest/ole/oletest"
)

var le = binary.LittleEndian

// rec encodes one record; a container when ver is 0xF.
func rec(ver uint8, inst uint16, typ uint16, body []byte) []byte {
	b := le.AppendUint16(nil, uint16(ver)|inst<<4)
	b = le.AppendUint16(b, typ)
	b = le.AppendUint32(b, uint32(len(body)))
	return append(b, body...)
}

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

func fontEntity(name string) []byte {
	b := make([]byte, 68)
	for i, c := range utf16.Encode([]rune(name)) {
		le.PutUint16(b[2*i:], c)
	}
	return rec(0, 0, rtFontEntityAtom, b)
}

func chars(s string) []byte {
	var b []byte
	for _, c := range utf16.Encode([]rune(s)) {
		b = le.AppendUint16(b, c)
	}
	return rec(0, 0, rtTextCharsAtom, b)
}

func bytesAtom(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return rec(0, 0, rtTextBytesAtom, b)
}

func textHeader(typ uint32) []byte { return rec(0, 0, rtTextHeaderAtom, le.AppendUint32(nil, typ)) }

// style is a StyleTextPropAtom with one plain paragraph run over n+1
// characters and character runs of the given lengths and font refs
// (a ref below 0 sets no font).
func style(n int, runs ...[2]int) []byte {
	b := le.AppendUint32(nil, uint32(n+1))
	b = append(b, 0, 0)         // indentLevel
	b = le.AppendUint32(b, 0x8) // bulletHasSize: only bulletFlags follows
	b = append(b, 0, 0)
	for _, r := range runs {
		b = le.AppendUint32(b, uint32(r[0]))
		if r[1] < 0 {
			b = le.AppendUint32(b, 1) // bold: only fontStyle follows
			b = append(b, 1, 0)
			continue
		}
		b = le.AppendUint32(b, 1|1<<16|1<<17) // bold, fontRef, fontSize
		b = append(b, 1, 0)
		b = le.AppendUint16(b, uint16(r[1]))
		b = append(b, 24, 0)
	}
	return rec(0, 0, rtStyleTextPropAtom, b)
}

// masterStyle is a TextMasterStyleAtom for text type typ whose first
// level uses font ref.
func masterStyle(typ uint16, ref int) []byte {
	b := le.AppendUint16(nil, 1)
	if typ >= textCenterBody {
		b = append(b, 0, 0)
	}
	b = le.AppendUint32(b, 1<<15) // defaultTabSize
	b = append(b, 0x40, 0x02)
	b = le.AppendUint32(b, 1<<16)
	b = le.AppendUint16(b, uint16(ref))
	return rec(0, typ, rtTextMasterStyleAtom, b)
}

// presentation builds a deck: a font collection, a master whose prompt
// text must not appear and whose body style names the second font, the
// slide list with a title and a two-paragraph body, a notes master whose
// placeholder must not appear either, a slide with a free text box in
// 8-bit characters, and that slide's notes.
func presentation(encrypted bool) []byte {
	fonts := rec(0xF, 0, rtFontCollection, cat(fontEntity("Arial"), fontEntity("VNI-Times"), fontEntity(".VnTime")))
	env := rec(0xF, 0, rtEnvironment, fonts)
	title := "Ba\u00f9o ca\u00f9o"
	body := "Ch\u00f6\u00f4ng 1\rMu\u00efc ti\u00eau"
	slideList := rec(0xF, 0, rtSlideListWithText, cat(
		textHeader(textTitle), chars(title), style(len(title), [2]int{len(title) + 1, 0}),
		textHeader(textBody), chars(body), style(len(body), [2]int{8, -1}, [2]int{len(body) - 7, 2}),
	))
	doc := rec(0xF, 0, 0x03E8, cat(env, slideList))
	master := rec(0xF, 0, rtMainMaster, cat(masterStyle(textBody, 1), masterStyle(textTitle, 0), textHeader(textBody), chars("Click to edit")))
	box := rec(0xF, 0, 0xF00D, cat(textHeader(textOther), bytesAtom("Ghi ch\u00fa\u0093")))
	slide := rec(0xF, 0, rtSlide, box)
	notesMaster := rec(0xF, 0, rtNotes, cat(rec(0, 0, rtNotesAtom, make([]byte, 8)), chars("*")))
	notes := rec(0xF, 0, rtNotes, cat(rec(0, 0, rtNotesAtom, le.AppendUint32(nil, 256)), textHeader(2), chars("Ghi nh\u00f5")))
	stream := cat(doc, master, notesMaster, slide, notes)
	if encrypted {
		stream = append(stream, rec(0xF, 0, rtCryptSession, nil)...)
	}
	return oletest.Build(map[string][]byte{"PowerPoint Document": stream})
}
