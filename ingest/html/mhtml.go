package html

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
)

// IsMHTML reports whether data is a MIME web archive (.mht, .mhtml, or a
// ".doc" that Word saved as "Single File Web Page"): MIME headers with a
// multipart/related body.
func IsMHTML(data []byte) bool {
	head := data[:min(len(data), 4096)]
	if bytes.Contains(head, []byte("\u0130")) || bytes.Contains(head, []byte("\u212a")) {
		// letters that bytes.ToLower turns into ASCII i and k
		head = bytes.ToLower(head)
	}
	return containsFold(head, "mime-version:") && containsFold(head, "multipart/related")
}

// containsFold reports whether b contains the lower-case ASCII word in any
// ASCII case.
func containsFold(b []byte, word string) bool {
outer:
	for i := 0; i+len(word) <= len(b); i++ {
		for j := 0; j < len(word); j++ {
			if lower(b[i+j]) != word[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// maxPart bounds the HTML part of a web archive.
const maxPart = 256 << 20

// fromMHTML returns the first text/html part of a web archive, decoded
// from its transfer encoding, and the charset its header names.
func fromMHTML(data []byte) (page []byte, charset string, err error) {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(data)))
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && len(hdr) == 0 {
		return nil, "", fmt.Errorf("web archive header: %v", err)
	}
	mt, params, err := mime.ParseMediaType(hdr.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return nil, "", errors.New("web archive without a multipart body")
	}
	mr := multipart.NewReader(tp.R, params["boundary"])
	for {
		p, err := mr.NextRawPart() // raw: the transfer encoding is decoded below
		if err == io.EOF {
			return nil, "", errors.New("web archive without an HTML part")
		}
		if err != nil {
			return nil, "", fmt.Errorf("web archive: %v", err)
		}
		pt, pp, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if pt != "text/html" {
			continue
		}
		var r io.Reader = p
		switch strings.ToLower(strings.TrimSpace(p.Header.Get("Content-Transfer-Encoding"))) {
		case "quoted-printable":
			r = quotedprintable.NewReader(p)
		case "base64":
			r = base64.NewDecoder(base64.StdEncoding, skipSpace{p})
		}
		page, err := io.ReadAll(io.LimitReader(r, maxPart+1))
		if err != nil && len(page) == 0 {
			return nil, "", fmt.Errorf("web archive HTML part: %v", err)
		}
		if len(page) > maxPart {
			return nil, "", errors.New("web archive HTML part too large")
		}
		return page, strings.ToLower(pp["charset"]), nil
	}
}

// skipSpace drops the line breaks of base64 text.
type skipSpace struct{ r io.Reader }

func (s skipSpace) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	k := 0
	for _, c := range p[:n] {
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			p[k] = c
			k++
		}
	}
	return k, err
}
