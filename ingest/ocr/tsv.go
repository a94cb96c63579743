package ocr

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"baocao"
)

// word is one row of tesseract's TSV output at word level (level 5): where
// the word sits in tesseract's page/block/paragraph/line hierarchy, its box
// in pixels and its confidence (0..100).
type word struct {
	Page, Block, Par, Line   int
	Left, Top, Width, Height int
	Conf                     float64
	Text                     string
}

// TSV columns, as tesseract 4 and 5 write them.
const (
	colLevel = iota
	colPage
	colBlock
	colPar
	colLine
	colWord
	colLeft
	colTop
	colWidth
	colHeight
	colConf
	colText
	nCols
)

const tsvHeader = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

// maxTSVLine bounds one TSV row: a word longer than this is not text.
const maxTSVLine = 64 << 10

// parseTSV reads tesseract's TSV output and returns its words in output
// order (tesseract writes them in reading order). Rows above word level
// carry only boxes and are skipped; words whose text is blank are dropped.
// Errors wrap baocao.ErrCorrupt.
func parseTSV(data []byte) ([]word, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxTSVLine)
	var words []word
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 && strings.HasPrefix(line, "level\t") {
			continue
		}
		if line == "" {
			continue
		}
		f := strings.SplitN(line, "\t", nCols)
		if len(f) < nCols-1 {
			return nil, fmt.Errorf("tsv line %d: %d columns: %w", n, len(f), baocao.ErrCorrupt)
		}
		var nums [colText]int
		var conf float64
		for i := colLevel; i < colText; i++ {
			var err error
			if i == colConf {
				conf, err = strconv.ParseFloat(f[i], 64)
			} else {
				nums[i], err = strconv.Atoi(f[i])
			}
			if err != nil {
				return nil, fmt.Errorf("tsv line %d column %d: %w", n, i+1, baocao.ErrCorrupt)
			}
		}
		if nums[colLevel] != 5 {
			continue
		}
		text := ""
		if len(f) == nCols {
			text = strings.TrimSpace(f[colText])
		}
		if text == "" {
			continue
		}
		words = append(words, word{
			Page: nums[colPage], Block: nums[colBlock], Par: nums[colPar], Line: nums[colLine],
			Left: nums[colLeft], Top: nums[colTop], Width: nums[colWidth], Height: nums[colHeight],
			Conf: conf, Text: text,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tsv line %d: %v: %w", n+1, err, baocao.ErrCorrupt)
	}
	return words, nil
}
