package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// Word numbers list paragraphs itself: "1.", "a)", "II." and the "-" of a
// bulleted list are not in the text but computed from numbering.xml. Reports
// lean on them (section numbers, "- " list items), so the reader computes
// the labels and writes them before the paragraph's text, followed by a
// space.

type level struct {
	start     int
	fmt, text string
}

type numbering struct {
	abstract map[string]*[9]level // abstractNumId → levels
	nums     map[string]string    // numId → abstractNumId
	override map[string]map[int]int
	counters map[string]*[9]int // numId → current value per level
}

func parseNumbering(data []byte) (*numbering, error) {
	n := &numbering{abstract: map[string]*[9]level{}, nums: map[string]string{}, override: map[string]map[int]int{}, counters: map[string]*[9]int{}}
	d := xml.NewDecoder(bytes.NewReader(data))
	var abs *[9]level
	var numID string
	lvl, ovLvl := -1, -1
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "abstractNum":
				abs = &[9]level{}
				for i := range abs {
					abs[i].start = 1
				}
				n.abstract[attr(t, "abstractNumId")] = abs
			case "lvl":
				lvl = -1
				if i, err := strconv.Atoi(attr(t, "ilvl")); err == nil && i >= 0 && i < 9 {
					lvl = i
				}
			case "start":
				if abs != nil && lvl >= 0 {
					if v, err := strconv.Atoi(attr(t, "val")); err == nil {
						abs[lvl].start = v
					}
				}
			case "numFmt":
				if abs != nil && lvl >= 0 {
					abs[lvl].fmt = attr(t, "val")
				}
			case "lvlText":
				if abs != nil && lvl >= 0 {
					abs[lvl].text = attr(t, "val")
				}
			case "num":
				numID = attr(t, "numId")
			case "abstractNumId":
				if numID != "" {
					n.nums[numID] = attr(t, "val")
				}
			case "lvlOverride":
				ovLvl = -1
				if i, err := strconv.Atoi(attr(t, "ilvl")); err == nil && i >= 0 && i < 9 {
					ovLvl = i
				}
			case "startOverride":
				if v, err := strconv.Atoi(attr(t, "val")); err == nil && numID != "" && ovLvl >= 0 {
					if n.override[numID] == nil {
						n.override[numID] = map[int]int{}
					}
					n.override[numID][ovLvl] = v
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "abstractNum":
				abs = nil
			case "lvl":
				lvl = -1
			case "num":
				numID = ""
			}
		}
	}
}

// label advances the counter of numId at ilvl and returns the paragraph's
// label, "" when there is none.
func (n *numbering) label(numID string, ilvl int) string {
	if n == nil || numID == "" || numID == "0" || ilvl < 0 || ilvl > 8 {
		return ""
	}
	abs := n.abstract[n.nums[numID]]
	if abs == nil {
		return ""
	}
	c := n.counters[numID]
	if c == nil {
		c = &[9]int{}
		for i := range c {
			c[i] = n.start(numID, abs, i) - 1
		}
		n.counters[numID] = c
	}
	c[ilvl]++
	for i := ilvl + 1; i < 9; i++ {
		c[i] = n.start(numID, abs, i) - 1
	}
	lv := abs[ilvl]
	if lv.fmt == "bullet" {
		return bullet(lv.text)
	}
	if lv.fmt == "none" {
		return ""
	}
	out := lv.text
	for i := 0; i <= ilvl; i++ {
		out = strings.ReplaceAll(out, "%"+strconv.Itoa(i+1), format(abs[i].fmt, max(c[i], 0)))
	}
	return out
}

func (n *numbering) start(numID string, abs *[9]level, i int) int {
	if v, ok := n.override[numID][i]; ok {
		return v
	}
	return abs[i].start
}

// bullet maps a bullet's character to text: dashes and pluses as written,
// symbol-font glyphs (private-use code points) as "•".
func bullet(s string) string {
	switch s {
	case "-", "–", "—", "+", "*", "•", "o", "·":
		return s
	case "":
		return ""
	}
	return "•"
}

func format(f string, v int) string {
	switch f {
	case "upperRoman":
		return roman(v)
	case "lowerRoman":
		return strings.ToLower(roman(v))
	case "upperLetter":
		return letters(v, 'A')
	case "lowerLetter":
		return letters(v, 'a')
	case "decimalZero":
		if v < 10 {
			return "0" + strconv.Itoa(v)
		}
	}
	return strconv.Itoa(v)
}

func roman(v int) string {
	if v <= 0 || v >= 4000 {
		return strconv.Itoa(v)
	}
	var b strings.Builder
	for _, p := range []struct {
		n int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= p.n {
			b.WriteString(p.s)
			v -= p.n
		}
	}
	return b.String()
}

// letters counts a, b, ..., z, aa, bb, ... as Word does.
func letters(v int, base rune) string {
	if v <= 0 {
		return strconv.Itoa(v)
	}
	return strings.Repeat(string(base+rune((v-1)%26)), (v-1)/26+1)
}

// save copies the list counters, for restore: a part read again from the
// start must number its lists from where they stood.
func (n *numbering) save() map[string][9]int {
	if n == nil || len(n.counters) == 0 {
		return nil
	}
	out := make(map[string][9]int, len(n.counters))
	for id, c := range n.counters {
		out[id] = *c
	}
	return out
}

func (n *numbering) restore(saved map[string][9]int) {
	if n == nil {
		return
	}
	clear(n.counters)
	for id, c := range saved {
		v := c
		n.counters[id] = &v
	}
}
