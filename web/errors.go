package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/truce-project/truce"
)

// Codes the web layer adds to truce's own.
const (
	EUNAUTHORIZED = "unauthorized"
	ETIMEOUT      = "timeout"
)

// statusOf is the one table from error codes to HTTP statuses.
var statusOf = map[string]int{
	truce.EINVALID:  http.StatusBadRequest,
	truce.ENOTFOUND: http.StatusNotFound,
	truce.ECONFLICT: http.StatusConflict,
	truce.ETOOLARGE: http.StatusRequestEntityTooLarge,
	truce.EINTERNAL: http.StatusInternalServerError,
	EUNAUTHORIZED:   http.StatusUnauthorized,
	ETIMEOUT:        http.StatusServiceUnavailable,
}

// status returns the HTTP status for an error code, 500 for unknown ones.
func status(code string) int {
	if st, ok := statusOf[code]; ok {
		return st
	}
	return http.StatusInternalServerError
}

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeError answers with {"error":{"code","message"}}. Internal errors are
// logged here, at the edge, and reach the client only as a generic text.
func writeError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	var body errorBody
	body.Error.Code = truce.ErrorCode(err)
	body.Error.Message = truce.ErrorMessage(err)
	if body.Error.Code == truce.EINTERNAL {
		log.Error("http: internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	data, _ := json.Marshal(body)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status(body.Error.Code))
	w.Write(append(data, '\n'))
}

// writeJSON answers with v as JSON, tagged with an ETag of the body so that
// a client holding the same version gets 304 Not Modified.
func writeJSON(w http.ResponseWriter, r *http.Request, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		writeError(w, r, slog.Default(), err)
		return
	}
	writeTagged(w, r, "application/json; charset=utf-8", append(data, '\n'))
}

// writeTagged writes body with its ETag, or 304 when the client has it.
func writeTagged(w http.ResponseWriter, r *http.Request, contentType string, body []byte) {
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	if etagMatch(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatch reports whether an If-None-Match header names etag (weak
// comparison, lists and * allowed).
func etagMatch(header, etag string) bool {
	for _, part := range bytes.Split([]byte(header), []byte(",")) {
		t := string(bytes.TrimSpace(part))
		if t == "*" || t == etag || t == "W/"+etag {
			return true
		}
	}
	return false
}

func jsonMarshal(v any) ([]byte, error) {
	data, err := json.Marshal(v)
	return append(data, '\n'), err
}

func itoa(n int) string { return strconv.Itoa(n) }
