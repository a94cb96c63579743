package ocr

import (
	"encoding/binary"
	"fmt"

	"baocao"
)

// MaxTIFFPages bounds the pages of a multi-page TIFF.
const MaxTIFFPages = 3000

// tiffPages counts the pages (image file directories) of a classic TIFF by
// walking the IFD chain, so that a multi-page file gets time for each page.
// A chain that loops, leaves the file or is too long is refused.
func tiffPages(b []byte) (int, error) {
	if len(b) < 8 {
		return 0, fmt.Errorf("tiff: short header: %w", baocao.ErrCorrupt)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if b[0] == 'M' {
		bo = binary.BigEndian
	}
	off := int64(bo.Uint32(b[4:8]))
	seen := map[int64]bool{}
	n := 0
	for off != 0 {
		if seen[off] {
			return 0, fmt.Errorf("tiff: directory chain loops: %w", baocao.ErrCorrupt)
		}
		seen[off] = true
		if off < 8 || off+2 > int64(len(b)) {
			return 0, fmt.Errorf("tiff: directory at %d outside the file: %w", off, baocao.ErrCorrupt)
		}
		entries := int64(bo.Uint16(b[off:]))
		next := off + 2 + 12*entries
		if next+4 > int64(len(b)) {
			return 0, fmt.Errorf("tiff: directory at %d runs past the end: %w", off, baocao.ErrCorrupt)
		}
		n++
		if n > MaxTIFFPages {
			return 0, fmt.Errorf("tiff: over %d pages: %w", MaxTIFFPages, baocao.ErrTooLarge)
		}
		off = int64(bo.Uint32(b[next:]))
	}
	if n == 0 {
		return 0, fmt.Errorf("tiff: no image: %w", baocao.ErrCorrupt)
	}
	return n, nil
}
