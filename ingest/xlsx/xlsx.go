package xlsx

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"baocao"
	"baocao/ingest"
)

// Reader reads xlsx files. The zero value uses ingest.DefaultZipLimits.
// Safe for concurrent use.
type Reader struct {
	Limits *ingest.ZipLimits
}

var _ baocao.Reader = (*Reader)(nil)

// Formats lists the Excel 2007+ extensions.
func (*Reader) Formats() []string { return []string{"xlsx", "xlsm", "xltx", "xltm"} }

// SheetPrefix starts the line naming each sheet.
const SheetPrefix = "## Sheet: "

// Read extracts the cells of every sheet. Errors wrap baocao.ErrCorrupt,
// baocao.ErrTooLarge or baocao.ErrEmpty.
func (r *Reader) Read(ctx context.Context, src baocao.Source) (c *baocao.Content, err error) {
	defer ingest.Recover(&err, "xlsx")
	if len(src.Data) == 0 {
		return nil, fmt.Errorf("xlsx: %w", baocao.ErrEmpty)
	}
	lim := ingest.DefaultZipLimits
	if r.Limits != nil {
		lim = *r.Limits
	}
	z, err := ingest.OpenZip(src.Data, lim)
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	wbPart := z.RelTarget("", "/officeDocument")
	if wbPart == "" || !z.Has(wbPart) {
		wbPart = "xl/workbook.xml"
	}
	wb, err := z.Read(wbPart)
	if err != nil {
		return nil, fmt.Errorf("xlsx: workbook: %w", wrapMissing(err))
	}
	sheets, err := parseWorkbook(wb)
	if err != nil {
		return nil, fmt.Errorf("xlsx: workbook: %v: %w", err, baocao.ErrCorrupt)
	}
	rels, err := z.Rels(wbPart)
	if err != nil {
		return nil, fmt.Errorf("xlsx: workbook relationships: %v: %w", err, baocao.ErrCorrupt)
	}
	c = &baocao.Content{Format: "xlsx", Reader: "xlsx", Title: z.Title("docProps/core.xml")}
	var sst []sharedString
	var fonts []string
	for _, rel := range rels {
		switch {
		case rel.External:
		case strings.HasSuffix(rel.Type, "/sharedStrings"):
			if data, err := z.Read(rel.Target); err == nil {
				if sst, err = parseShared(data); err != nil {
					return nil, fmt.Errorf("xlsx: shared strings: %v: %w", err, baocao.ErrCorrupt)
				}
			} else if !errors.Is(err, baocao.ErrNotFound) {
				return nil, fmt.Errorf("xlsx: shared strings: %w", err)
			}
		case strings.HasSuffix(rel.Type, "/styles"):
			if data, err := z.Read(rel.Target); err == nil {
				if fonts, err = parseStyles(data); err != nil {
					c.Warnings = append(c.Warnings, fmt.Sprintf("xlsx: styles ignored: %v", err))
				}
			}
		}
	}
	byID := map[string]string{}
	for _, rel := range rels {
		byID[rel.ID] = rel.Target
	}
	for i, sh := range sheets {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		target := byID[sh.rid]
		if target == "" {
			target = fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
		}
		data, err := z.Read(target)
		if err != nil {
			if errors.Is(err, baocao.ErrTooLarge) {
				return nil, fmt.Errorf("xlsx: sheet %q: %w", sh.name, err)
			}
			c.Warnings = append(c.Warnings, fmt.Sprintf("xlsx: sheet %q skipped: %v", sh.name, err))
			continue
		}
		c.Blocks = append(c.Blocks, baocao.Block{Text: SheetPrefix + sh.name, Break: baocao.BreakPara})
		blocks, err := readSheet(ctx, data, sst, fonts, maxBlocks-len(c.Blocks))
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			c.Warnings = append(c.Warnings, fmt.Sprintf("xlsx: sheet %q cut short: %v", sh.name, err))
		}
		c.Blocks = append(c.Blocks, blocks...)
	}
	if len(sheets) == 0 {
		return nil, fmt.Errorf("xlsx: workbook lists no sheets: %w", baocao.ErrCorrupt)
	}
	return c, nil
}

func wrapMissing(err error) error {
	if errors.Is(err, baocao.ErrNotFound) {
		return fmt.Errorf("%v: %w", err, baocao.ErrCorrupt)
	}
	return err
}

type sheet struct{ name, rid string }

func parseWorkbook(data []byte) ([]sheet, error) {
	var out []sheet
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "sheet" {
			var sh sheet
			for _, a := range se.Attr {
				switch {
				case a.Name.Local == "name":
					sh.name = a.Value
				case a.Name.Local == "id" && a.Name.Space != "":
					sh.rid = a.Value
				}
			}
			out = append(out, sh)
		}
	}
}

// sharedString is one entry of the shared-strings table.
type sharedString struct {
	text, font string // font: of the first rich-text run that names one
}

func parseShared(data []byte) ([]sharedString, error) {
	var out []sharedString
	d := xml.NewDecoder(bytes.NewReader(data))
	var cur strings.Builder
	var font string
	inT, inSI, skip := false, false, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case skip > 0:
				skip++
			case t.Name.Local == "rPh" || t.Name.Local == "phoneticPr":
				skip = 1 // phonetic guides are not the cell's text
			case t.Name.Local == "si":
				inSI, font = true, ""
				cur.Reset()
			case t.Name.Local == "t":
				inT = true
			case t.Name.Local == "rFont" && font == "":
				font = attrVal(t)
			}
		case xml.EndElement:
			switch {
			case skip > 0:
				skip--
			case t.Name.Local == "t":
				inT = false
			case t.Name.Local == "si" && inSI:
				out = append(out, sharedString{text: cur.String(), font: font})
				inSI = false
			}
		case xml.CharData:
			if inT && skip == 0 {
				cur.Write(t)
			}
		}
	}
}

// parseStyles returns, for each cellXfs index, the name of its font.
func parseStyles(data []byte) ([]string, error) {
	var fonts, xfs []string
	var fontIDs []int
	d := xml.NewDecoder(bytes.NewReader(data))
	section := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "fonts", "cellXfs", "cellStyleXfs", "dxfs":
				section = t.Name.Local
			case "font":
				if section == "fonts" {
					fonts = append(fonts, "")
				}
			case "name":
				if section == "fonts" && len(fonts) > 0 {
					fonts[len(fonts)-1] = attrVal(t)
				}
			case "xf":
				if section == "cellXfs" {
					id, _ := strconv.Atoi(attr(t, "fontId"))
					fontIDs = append(fontIDs, id)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "fonts", "cellXfs", "cellStyleXfs", "dxfs":
				section = ""
			}
		}
	}
	for _, id := range fontIDs {
		f := ""
		if id >= 0 && id < len(fonts) {
			f = fonts[id]
		}
		xfs = append(xfs, f)
	}
	return xfs, nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func attrVal(se xml.StartElement) string { return attr(se, "val") }
