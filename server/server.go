package server

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"sync"
	"time"

	"baocao/index"
	"baocao/store"
)

//go:embed assets
var assets embed.FS

// Defaults for the zero fields of Config.
const (
	DefaultTimeout       = 30 * time.Second
	DefaultImportTimeout = 30 * time.Minute
	DefaultMaxBody       = 1 << 20   // 1 MiB: no read endpoint takes a body
	DefaultMaxUpload     = 256 << 20 // 256 MiB per import request
	maxUploadFiles       = 1000
)

// ImportResult is what happened to one uploaded file, the fields of
// `baocao import --format jsonl`.
type ImportResult struct {
	File   string `json:"file"`
	Doc    string `json:"doc,omitempty"`
	Status string `json:"status"` // "imported", "unchanged" or "failed"
	Reason string `json:"reason,omitempty"`
}

// ImportFunc imports files already saved on disk and reports one result per
// file, File being the path it was given. It returns an error only when the
// import could not run at all; a file that fails is a result. The command
// layer provides it (it owns the import pipeline and the readers), writing
// to the same store and index the Server reads.
type ImportFunc func(ctx context.Context, paths []string) ([]ImportResult, error)

// Config is what a Server serves and how.
type Config struct {
	Store *store.Store // required
	Index *index.Index // required
	// DataDir is the data folder; uploads are saved under DataDir/uploads.
	DataDir string
	// Token enables POST /api/import for requests carrying
	// "Authorization: Bearer Token". Empty: the server is read-only.
	Token string
	// Import runs an import; nil disables POST /api/import.
	Import ImportFunc

	Timeout       time.Duration // per read request; 0: DefaultTimeout
	ImportTimeout time.Duration // per import request; 0: DefaultImportTimeout
	MaxBody       int64         // bytes of a read request's body; 0: DefaultMaxBody
	MaxUpload     int64         // bytes of an import request's body; 0: DefaultMaxUpload
}

// Server is the HTTP API and web UI over one data folder. It is an
// http.Handler, safe for concurrent use; imports run one at a time.
type Server struct {
	cfg      Config
	mux      *http.ServeMux
	handler  http.Handler
	pages    map[string]*template.Template
	importMu sync.Mutex
}

// New checks cfg and builds the Server.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Index == nil {
		return nil, errors.New("server: a store and an index are required")
	}
	if cfg.Import != nil && cfg.DataDir == "" {
		return nil, errors.New("server: import needs the data folder")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.ImportTimeout <= 0 {
		cfg.ImportTimeout = DefaultImportTimeout
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux()}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, fmt.Errorf("server: templates: %w", err)
	}
	static, err := fs.Sub(assets, "assets/static")
	if err != nil {
		return nil, fmt.Errorf("server: static: %w", err)
	}
	s.routes(http.FileServerFS(static))
	s.handler = secure(s.mux)
	return s, nil
}

func (s *Server) routes(static http.Handler) {
	read := func(h http.HandlerFunc) http.Handler {
		// TimeoutHandler buffers the response and answers 503 when the
		// handler runs too long; its context is cancelled, so a search stops.
		return http.TimeoutHandler(s.limitBody(h, s.cfg.MaxBody), s.cfg.Timeout, `{"error":"request timed out"}`)
	}
	s.mux.Handle("GET /api/search", read(s.apiSearch))
	s.mux.Handle("GET /api/docs", read(s.apiDocs))
	s.mux.Handle("GET /api/docs/{doc}", read(s.apiDoc))
	s.mux.Handle("GET /api/records", read(s.apiRecords))
	s.mux.Handle("GET /api/checks", read(s.apiChecks))
	s.mux.Handle("POST /api/import", http.HandlerFunc(s.apiImport))
	s.mux.Handle("/api/", read(s.apiNotFound))

	s.mux.Handle("GET /{$}", read(s.pageSearch))
	s.mux.Handle("GET /search", read(s.pageSearch))
	s.mux.Handle("GET /doc/{doc}", read(s.pageDoc))
	s.mux.Handle("GET /indicator", read(s.pageIndicator))
	s.mux.Handle("GET /checks", read(s.pageChecks))
	s.mux.Handle("GET /records", read(s.pageRecords))
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(static, time.Hour)))
}

// apiNotFound answers what no API route takes: 405 when the path exists for
// GET (the catch-all hides the mux's own 405), else 404, both as JSON.
func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		g := r.Clone(r.Context())
		g.Method = http.MethodGet
		if _, pattern := s.mux.Handler(g); pattern != "/api/" {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, r.Method+" not allowed on "+r.URL.Path)
			return
		}
	}
	writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
}

// ServeHTTP serves the API and the UI.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// contentSecurityPolicy allows nothing inline and nothing from elsewhere:
// the pages need no script, styles come from /static, charts are inline SVG
// drawn with presentation attributes (not style attributes).
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; " +
	"script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the security headers of every response.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// limitBody refuses bodies over n bytes with 413 before the handler runs
// when the length is announced, and caps the reader otherwise.
func (s *Server) limitBody(h http.Handler, n int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", n))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, n)
		h.ServeHTTP(w, r)
	})
}

func cacheFor(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}
