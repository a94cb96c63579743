package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// uploadsDir is the folder under the data folder that keeps uploaded files:
// one subfolder per import request. The files stay, so each document's File
// names a file that exists.
const uploadsDir = "uploads"

func (s *Server) apiImport(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if r.ContentLength > s.cfg.MaxUpload {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("upload over %d bytes", s.cfg.MaxUpload))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	mr, err := r.MultipartReader()
	if err != nil {
		writeError(w, http.StatusBadRequest, "want a multipart/form-data body with files: "+err.Error())
		return
	}
	if !s.importMu.TryLock() {
		writeError(w, http.StatusConflict, "another import is running; try again when it is done")
		return
	}
	defer s.importMu.Unlock()

	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.ImportTimeout)
	defer cancel()
	dir, names, err := s.saveUploads(mr)
	if err != nil {
		if dir != "" {
			os.RemoveAll(dir)
		}
		writeError(w, statusOf(err), err.Error())
		return
	}
	if len(names) == 0 {
		os.RemoveAll(dir)
		writeError(w, http.StatusBadRequest, "no files in the upload")
		return
	}
	paths := make([]string, 0, len(names))
	for p := range names {
		paths = append(paths, p)
	}
	results, err := s.cfg.Import(ctx, paths)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "import: "+err.Error())
		return
	}
	// answer with the names as uploaded, not where they were saved
	for i := range results {
		if n, ok := names[results[i].File]; ok {
			results[i].File = n
		}
	}
	if results == nil {
		results = []ImportResult{}
	}
	writeJSON(w, http.StatusOK, results)
}

// authorized answers 403 when the server takes no imports or the token is
// wrong, 401 when the request has none.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.cfg.Token == "" || s.cfg.Import == nil {
		writeError(w, http.StatusForbidden, "this server is read-only (start it with --token to allow imports)")
		return false
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if auth == "" || !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="baocao"`)
		writeError(w, http.StatusUnauthorized, "missing Authorization: Bearer token")
		return false
	}
	if subtle.ConstantTimeCompare([]byte(tok), []byte(s.cfg.Token)) != 1 {
		writeError(w, http.StatusForbidden, "wrong token")
		return false
	}
	return true
}

// saveUploads streams every file part into a new folder under
// DATA/uploads and returns the folder and saved path → uploaded name.
func (s *Server) saveUploads(mr *multipart.Reader) (string, map[string]string, error) {
	root := filepath.Join(s.cfg.DataDir, uploadsDir)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", nil, fmt.Errorf("uploads folder: %w", err)
	}
	dir, err := os.MkdirTemp(root, time.Now().UTC().Format("20060102-150405-"))
	if err != nil {
		return "", nil, fmt.Errorf("uploads folder: %w", err)
	}
	names := map[string]string{}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return dir, names, nil
		}
		if err != nil {
			return dir, nil, fmt.Errorf("read upload: %w", err)
		}
		if part.FileName() == "" {
			part.Close()
			continue
		}
		if len(names) == maxUploadFiles {
			return dir, nil, fmt.Errorf("%w: more than %d files in one upload", errBadRequest, maxUploadFiles)
		}
		p, err := saveFile(dir, part.FileName(), part)
		part.Close()
		if err != nil {
			return dir, nil, err
		}
		names[p] = part.FileName()
	}
}

// saveFile writes one part to a new file in dir named after name, never
// outside dir and never over another file.
func saveFile(dir, name string, r io.Reader) (string, error) {
	base := safeName(name)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	for i := 0; ; i++ {
		n := base
		if i > 0 {
			n = fmt.Sprintf("%s-%d%s", stem, i, ext)
		}
		p := filepath.Join(dir, n)
		if filepath.Dir(p) != filepath.Clean(dir) {
			return "", fmt.Errorf("%w: file name %q", errBadRequest, name)
		}
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, os.ErrExist) && i < 100 {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("save upload: %w", err)
		}
		_, err = io.Copy(f, r)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return "", fmt.Errorf("save upload %q: %w", name, err)
		}
		return p, nil
	}
}

// maxNameBytes keeps saved names well under file system limits.
const maxNameBytes = 150

// safeName reduces an uploaded file name to one harmless path element: the
// last element of either slash style, without control characters, leading
// dots or separators; "upload" when nothing is left.
func safeName(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '/' || r == ':' || r == utf8.RuneError {
			return -1
		}
		return r
	}, name)
	name = strings.TrimLeft(strings.TrimSpace(name), ".")
	if len(name) > maxNameBytes {
		// cut the stem, keep the extension the readers look at
		ext := path.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		stem := strings.TrimSuffix(name, ext)
		for len(stem)+len(ext) > maxNameBytes {
			_, size := utf8.DecodeLastRuneInString(stem)
			stem = stem[:len(stem)-size]
		}
		name = stem + ext
	}
	if name == "" {
		return "upload"
	}
	return name
}
