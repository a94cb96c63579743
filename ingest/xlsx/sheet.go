package xlsx

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"baocao"
)

// maxGap caps the empty cells inserted to keep columns aligned: a hostile
// reference such as XFD1 must not produce sixteen thousand blocks.
const maxGap = 64

// maxBlocks bounds the cells of one workbook (a million); past it the rest
// is dropped with a warning, so a sheet of empty-cell references cannot
// inflate into gigabytes of blocks.
const maxBlocks = 1 << 20

var errTruncated = errors.New("more than a million cells; the rest is left out")

type cell struct {
	col        int // 1-based, 0 when the cell has no reference
	typ, style string
	v          strings.Builder
	is         strings.Builder
	hasIs      bool
}

// readSheet turns one worksheet into blocks.
func readSheet(ctx context.Context, data []byte, sst []sharedString, fonts []string, budget int) ([]baocao.Block, error) {
	var out, row []baocao.Block
	d := xml.NewDecoder(bytes.NewReader(data))
	var c *cell
	lastCol := 0
	inV, inIsT, skip := false, false, 0
	endRow := func() {
		// drop trailing empty cells; skip empty rows
		for len(row) > 0 && row[len(row)-1].Text == "" {
			row = row[:len(row)-1]
		}
		if len(row) > 0 {
			row[len(row)-1].Break = baocao.BreakLine
			out = append(out, row...)
		}
		row, lastCol = nil, 0
	}
	for n := 0; ; n++ {
		if n%8192 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if len(out)+len(row) > budget {
			endRow()
			return finish(out), errTruncated
		}
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			endRow()
			return finish(out), err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			switch t.Name.Local {
			case "row":
				endRow()
			case "c":
				c = &cell{typ: attr(t, "t"), style: attr(t, "s"), col: colIndex(attr(t, "r"))}
			case "v":
				inV = c != nil
			case "is":
				if c != nil {
					c.hasIs = true
				}
			case "t":
				inIsT = c != nil && c.hasIs
			case "rPh":
				skip = 1
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch t.Name.Local {
			case "v":
				inV = false
			case "t":
				inIsT = false
			case "c":
				if c != nil {
					row, lastCol = addCell(row, lastCol, c, sst, fonts)
					c = nil
				}
			case "row", "sheetData":
				endRow()
			}
		case xml.CharData:
			switch {
			case skip > 0 || c == nil:
			case inV:
				c.v.Write(t)
			case inIsT:
				c.is.Write(t)
			}
		}
	}
	endRow()
	return finish(out), nil
}

func finish(out []baocao.Block) []baocao.Block {
	if len(out) > 0 {
		out[len(out)-1].Break = baocao.BreakPara
	}
	return out
}

// cellSpace turns the line breaks (Alt+Enter) and tabs inside a cell into
// spaces, so each row stays one line with its cells separated.
var cellSpace = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func addCell(row []baocao.Block, lastCol int, c *cell, sst []sharedString, fonts []string) ([]baocao.Block, int) {
	text, font := value(c, sst)
	if strings.ContainsAny(text, "\r\n\t") {
		text = cellSpace.Replace(text)
	}
	if font == "" {
		if i, err := strconv.Atoi(c.style); err == nil && i >= 0 && i < len(fonts) {
			font = fonts[i]
		} else if c.style == "" && len(fonts) > 0 {
			font = fonts[0]
		}
	}
	col := c.col
	if col == 0 {
		col = lastCol + 1
	}
	if col <= lastCol {
		col = lastCol + 1 // out of order or repeated reference: keep the value
	}
	for gap := col - lastCol - 1; gap > 0 && gap <= maxGap; gap-- {
		row = append(row, baocao.Block{Break: baocao.BreakCell})
	}
	if text == "" && font != "" {
		font = "" // an empty cell's font tells nothing
	}
	row = append(row, baocao.Block{Text: text, Font: font, Break: baocao.BreakCell})
	return row, col
}

// value returns a cell's text as stored, and the font of a rich shared
// string when it names one.
func value(c *cell, sst []sharedString) (string, string) {
	v := c.v.String()
	switch c.typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(sst) {
			return "", ""
		}
		return sst[i].text, sst[i].font
	case "inlineStr":
		return c.is.String(), ""
	case "b":
		switch strings.TrimSpace(v) {
		case "1":
			return "TRUE", ""
		case "0":
			return "FALSE", ""
		}
	}
	if c.hasIs && v == "" {
		return c.is.String(), ""
	}
	return v, ""
}

// colIndex returns the 1-based column of a reference such as "C7", or 0.
func colIndex(ref string) int {
	n := 0
	for i := 0; i < len(ref); i++ {
		ch := ref[i]
		switch {
		case ch >= 'A' && ch <= 'Z':
			n = n*26 + int(ch-'A'+1)
		case ch >= 'a' && ch <= 'z':
			n = n*26 + int(ch-'a'+1)
		default:
			return n
		}
		if n > 1<<20 {
			return 0
		}
	}
	return n
}
