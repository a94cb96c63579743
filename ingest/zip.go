package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"baocao"
)

// ZipLimits bound what OpenZip and Zip.Read accept. OOXML and ODF files are
// ZIP archives of XML; a hostile one can declare gigabytes that deflate from
// a few kilobytes (a zip bomb), or hold millions of entries.
type ZipLimits struct {
	MaxEntries   int     // entries in the archive
	MaxEntrySize int64   // uncompressed bytes of one entry
	MaxTotal     int64   // uncompressed bytes read from the archive in all
	MaxRatio     float64 // uncompressed/compressed, checked for entries above ratioFloor
}

// DefaultZipLimits are generous for real reports (a 2,000-page docx has a
// document.xml of some 30 MiB) and far below what a bomb expands to. XML
// rarely deflates better than 100:1; bombs do 1000:1.
var DefaultZipLimits = ZipLimits{
	MaxEntries:   20000,
	MaxEntrySize: 128 << 20,
	MaxTotal:     512 << 20,
	MaxRatio:     300,
}

// ratioFloor is the entry size under which the ratio is not checked: a
// small, very repetitive part is harmless whatever its ratio.
const ratioFloor = 1 << 20

// Zip is a ZIP archive opened under limits. Entry names are matched without
// regard to case or a leading slash, as OPC part names are. Not safe for
// concurrent use (it counts the bytes read).
type Zip struct {
	files map[string]*zip.File
	names []string
	lim   ZipLimits
	total int64
}

// OpenZip opens data as a ZIP archive. It returns an error wrapping
// baocao.ErrCorrupt when data is not a readable archive and
// baocao.ErrTooLarge when the central directory already declares more than
// lim allows.
func OpenZip(data []byte, lim ZipLimits) (*Zip, error) {
	if bytes.HasPrefix(data, oleMagic) {
		// A password-protected docx/xlsx is an OLE2 file holding the
		// encrypted package; otherwise an Office 97 file was misnamed.
		if bytes.Contains(data, utf16le("EncryptedPackage")) {
			return nil, fmt.Errorf("zip: office file protected by a password: %w", baocao.ErrEncrypted)
		}
		return nil, fmt.Errorf("zip: an OLE2 (Office 97-2003) file, not a ZIP package: %w", baocao.ErrCorrupt)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("zip: %v: %w", err, baocao.ErrCorrupt)
	}
	if lim.MaxEntries > 0 && len(zr.File) > lim.MaxEntries {
		return nil, fmt.Errorf("zip: %d entries, limit %d: %w", len(zr.File), lim.MaxEntries, baocao.ErrTooLarge)
	}
	z := &Zip{files: make(map[string]*zip.File, len(zr.File)), lim: lim}
	var declared uint64
	for _, f := range zr.File {
		if err := z.checkDeclared(f); err != nil {
			return nil, err
		}
		declared += f.UncompressedSize64
		key := partKey(f.Name)
		if _, dup := z.files[key]; !dup {
			z.files[key] = f
			z.names = append(z.names, f.Name)
		}
	}
	if lim.MaxTotal > 0 && declared > uint64(lim.MaxTotal) {
		return nil, fmt.Errorf("zip: entries declare %d bytes uncompressed, limit %d: %w", declared, lim.MaxTotal, baocao.ErrTooLarge)
	}
	return z, nil
}

func (z *Zip) checkDeclared(f *zip.File) error {
	if z.lim.MaxEntrySize > 0 && f.UncompressedSize64 > uint64(z.lim.MaxEntrySize) {
		return fmt.Errorf("zip: entry %q declares %d bytes, limit %d: %w", f.Name, f.UncompressedSize64, z.lim.MaxEntrySize, baocao.ErrTooLarge)
	}
	if z.lim.MaxRatio > 0 && f.UncompressedSize64 > ratioFloor {
		ratio := float64(f.UncompressedSize64) / float64(max(f.CompressedSize64, 1))
		if ratio > z.lim.MaxRatio {
			return fmt.Errorf("zip: entry %q compresses %.0f:1, limit %.0f:1 (zip bomb?): %w", f.Name, ratio, z.lim.MaxRatio, baocao.ErrTooLarge)
		}
	}
	return nil
}

func partKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, "\\", "/"), "/"))
}

// Names lists the entry names in archive order.
func (z *Zip) Names() []string { return z.names }

// Has reports whether the archive holds the entry.
func (z *Zip) Has(name string) bool { _, ok := z.files[partKey(name)]; return ok }

// Read returns the uncompressed bytes of an entry. It returns an error
// wrapping baocao.ErrNotFound when there is no such entry, baocao.ErrTooLarge
// when the entry inflates past the limits whatever its header declared, and
// baocao.ErrCorrupt when it does not inflate.
func (z *Zip) Read(name string) ([]byte, error) {
	f, ok := z.files[partKey(name)]
	if !ok {
		return nil, fmt.Errorf("zip: no entry %q: %w", name, baocao.ErrNotFound)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("zip: open %q: %v: %w", name, err, baocao.ErrCorrupt)
	}
	defer rc.Close()
	// Headers can lie, so the limit applies to the bytes actually inflated.
	limit := int64(1 << 62)
	if z.lim.MaxEntrySize > 0 {
		limit = z.lim.MaxEntrySize
	}
	if z.lim.MaxTotal > 0 {
		limit = min(limit, z.lim.MaxTotal-z.total)
	}
	if z.lim.MaxRatio > 0 {
		limit = min(limit, max(ratioFloor, int64(z.lim.MaxRatio*float64(f.CompressedSize64))))
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(f.UncompressedSize64, uint64(limit), 64<<20)))
	n, err := io.Copy(buf, io.LimitReader(rc, limit+1))
	z.total += n
	if n > limit {
		return nil, fmt.Errorf("zip: entry %q inflates past %d bytes (declared %d; zip bomb?): %w", name, limit, f.UncompressedSize64, baocao.ErrTooLarge)
	}
	if err != nil {
		return nil, fmt.Errorf("zip: read %q: %v: %w", name, err, baocao.ErrCorrupt)
	}
	return buf.Bytes(), nil
}
