package ingest

import (
	"bytes"
	"testing"
)

// looksHTMLRef and looksMHTMLRef are the sniffers as they were, lowering
// with bytes.ToLower: the faster ones must decide every input the same.
func looksHTMLRef(data []byte) bool {
	s := bytes.ToLower(data[:min(len(data), 4096)])
	s = bytes.TrimPrefix(s, []byte("\xef\xbb\xbf"))
	if UTF16Order(s) != "" || bytes.HasPrefix(s, []byte{0xff, 0xfe}) || bytes.HasPrefix(s, []byte{0xfe, 0xff}) {
		s = bytes.ReplaceAll(s, []byte{0}, nil)
		s = bytes.TrimLeft(s, "\xff\xfe")
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if i := bytes.Index(s, []byte(tag)); i >= 0 && onlyPrologBefore(s[:i]) {
			return true
		}
	}
	return false
}

func looksMHTMLRef(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	return bytes.Contains(head, []byte("mime-version:")) && bytes.Contains(head, []byte("multipart/related"))
}

var sniffLowerCases = []string{
	"<!DOCTYPE HTML><p>Báo cáo</p>", "\xef\xbb\xbf  <HTML><BODY>Hà Nội", "<!-- c --><?xml version=\"1.0\"?><Html>",
	"Báo cáo <sup>1</sup> năm 2020", "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", "\xff\xfe<html>", "\xfe\xff\x00<\x00h\x00t\x00m\x00l",
	"\xc7<html>", "\u212a<body>", "\u0130<head>", "MIME-Version: 1.0\nContent-Type: Multipart/Related; boundary=x",
	"mime-version:\x00multipart/related", "MİME-VERSION: multipart/related", "", "<", "<HEAD",
}

func TestSniffLowerSame(t *testing.T) {
	for _, c := range sniffLowerCases {
		d := []byte(c)
		if got, want := looksHTML(d), looksHTMLRef(d); got != want {
			t.Errorf("looksHTML(%q) = %v, was %v", c, got, want)
		}
		if got, want := looksMHTML(d), looksMHTMLRef(d); got != want {
			t.Errorf("looksMHTML(%q) = %v, was %v", c, got, want)
		}
	}
}

func FuzzSniffLower(f *testing.F) {
	for _, c := range sniffLowerCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, d []byte) {
		if looksHTML(d) != looksHTMLRef(d) || looksMHTML(d) != looksMHTMLRef(d) {
			t.Errorf("sniffers differ on %q: html %v/%v, mhtml %v/%v", d, looksHTML(d), looksHTMLRef(d), looksMHTML(d), looksMHTMLRef(d))
		}
	})
}
