package doc

import (
	"encoding/binary"
	"unicode/utf16"
)

// readFonts parses the SttbfFfn: the font names, indexed by ftc.
func readFonts(b []byte) []string {
	if len(b) < 4 {
		return nil
	}
	n := int(binary.LittleEndian.Uint16(b))
	var names []string
	i := 4 // cData, then cbExtra (always 0)
	for k := 0; k < n && i < len(b); k++ {
		cb := int(b[i]) // cbFfnM1: the FFN's size minus one
		ffn := b[i+1 : min(len(b), i+1+cb)]
		i += 1 + cb
		const head = 39 // ffid, wWeight, chs, ixchSzAlt, panose, fs
		name := ""
		if len(ffn) > head {
			var u []uint16
			for j := head; j+1 < len(ffn); j += 2 {
				c := binary.LittleEndian.Uint16(ffn[j:])
				if c == 0 {
					break
				}
				u = append(u, c)
			}
			name = string(utf16.Decode(u))
		}
		names = append(names, name)
	}
	return names
}

// styleFont is the font a style gives its text, after its base styles.
type styleFont struct{ ftc0, ftc2 int }

// stylesheet holds what the STSH says about fonts: the document default
// and each style's resolved font.
type stylesheet struct {
	def    styleFont
	styles []styleFont
}

// maxStyles bounds the styles read; Word itself stops at 4095.
const maxStyles = 4096

// readStyles parses the STSH: the STSHI's default fonts, then each STD's
// character formatting, then resolves every style through its base chain.
func readStyles(b []byte) stylesheet {
	ss := stylesheet{def: styleFont{noFont, noFont}}
	if len(b) < 2 {
		return ss
	}
	cbStshi := int(binary.LittleEndian.Uint16(b))
	if 2+cbStshi > len(b) || cbStshi < 18 {
		return ss
	}
	sh := b[2 : 2+cbStshi]
	cstd := min(int(binary.LittleEndian.Uint16(sh)), maxStyles)
	cbBase := int(binary.LittleEndian.Uint16(sh[2:]))
	ss.def = styleFont{int(binary.LittleEndian.Uint16(sh[12:])), int(binary.LittleEndian.Uint16(sh[16:]))}

	type std struct {
		base int
		chp  chp
	}
	stds := make([]std, cstd)
	i := 2 + cbStshi
	for k := 0; k < cstd && i+2 <= len(b); k++ {
		cb := int(binary.LittleEndian.Uint16(b[i:]))
		d := b[i+2 : min(len(b), i+2+cb)]
		i += 2 + cb
		stds[k] = std{base: 0xFFF, chp: chp{ftc0: noFont, ftc2: noFont, istd: -1}}
		if cb == 0 || len(d) < 10 || cbBase > len(d) {
			continue
		}
		stk := int(binary.LittleEndian.Uint16(d[2:]) & 0xF)
		stds[k].base = int(binary.LittleEndian.Uint16(d[2:]) >> 4)
		cupx := int(binary.LittleEndian.Uint16(d[4:]) & 0xF)
		j := cbBase
		if j+2 > len(d) {
			continue
		}
		cch := int(binary.LittleEndian.Uint16(d[j:]))
		j += 2 + 2*cch + 2
		for u := 0; u < cupx && j+2 <= len(d); u++ {
			n := int(binary.LittleEndian.Uint16(d[j:]))
			upx := d[j+2 : min(len(d), j+2+n)]
			j += 2 + n + n%2
			// A paragraph style's UPXs are its PAPX then its CHPX; a
			// character style has only a CHPX.
			if (stk == 1 && u == 1) || (stk == 2 && u == 0) {
				applyCHPX(&stds[k].chp, upx)
			}
		}
	}
	ss.styles = make([]styleFont, cstd)
	for k := range stds {
		f := styleFont{noFont, noFont}
		// Walk up the base chain; the step bound stops cycles.
		for s, steps := k, 0; s < cstd && steps < 16 && (f.ftc0 == noFont || f.ftc2 == noFont); s, steps = stds[s].base, steps+1 {
			if f.ftc0 == noFont {
				f.ftc0 = stds[s].chp.ftc0
			}
			if f.ftc2 == noFont {
				f.ftc2 = stds[s].chp.ftc2
			}
		}
		ss.styles[k] = f
	}
	return ss
}

// font returns style istd's font, or noFont values when it sets none.
func (ss stylesheet) font(istd int) styleFont {
	if istd >= 0 && istd < len(ss.styles) {
		return ss.styles[istd]
	}
	return styleFont{noFont, noFont}
}
