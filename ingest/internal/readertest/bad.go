package readertest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"baocao"
)

// Bad is a malformed input and the sentinel error a reader must give it.
type Bad struct {
	Name string
	Data []byte
	Want error
}

// ZipBomb returns a small zip whose entry part inflates to 20 MiB of
// zeros, past the zip guard's per-entry ratio.
func ZipBomb(part string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	f, _ := zw.Create(part) // writing to a Buffer cannot fail
	zero := make([]byte, 1<<20)
	for range 20 {
		f.Write(zero)
	}
	zw.Close()
	return b.Bytes()
}

// Refuses reads each bad input with r (named NAME.ext) and checks that it
// fails with the wanted error, quickly.
func Refuses(t *testing.T, r baocao.Reader, ext string, cases []Bad) {
	t.Helper()
	for _, tt := range cases {
		start := time.Now()
		_, err := r.Read(context.Background(), baocao.Source{Name: tt.Name + "." + ext, Data: tt.Data})
		if !errors.Is(err, tt.Want) {
			t.Errorf("Read(%s) = %v, want %v", tt.Name, err, tt.Want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Read(%s) took %v", tt.Name, d)
		}
	}
}
