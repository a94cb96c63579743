package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"strconv"

	"baocao"
)

// writeJSON answers v as JSON. HTML characters stay escaped (\u003c) so a
// response is harmless even if a browser were to render it.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// writeError answers {"error": msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// statusOf maps an error from the store or index to an HTTP status.
func statusOf(err error) int {
	var mb *http.MaxBytesError
	switch {
	case errors.Is(err, baocao.ErrNotFound):
		return http.StatusNotFound
	case errors.As(err, &mb):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errBadRequest):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

var errBadRequest = errors.New("bad request")

// docIDPattern is what a document id may look like. Ids are looked up as
// bbolt keys and never used as paths, but refusing anything else early means
// "../../etc/passwd" is a plain 404 whatever a handler does with it.
var docIDPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

func validDocID(id string) bool { return docIDPattern.MatchString(id) }

// intParam reads a non-negative integer query parameter, def when absent.
func intParam(r *http.Request, name string, def, max int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, &paramError{name, v, "a non-negative integer"}
	}
	if max > 0 && n > max {
		n = max
	}
	return n, nil
}

type paramError struct{ name, value, want string }

func (e *paramError) Error() string {
	return "bad " + e.name + " " + strconv.Quote(e.value) + ": want " + e.want
}

func (e *paramError) Unwrap() error { return errBadRequest }
