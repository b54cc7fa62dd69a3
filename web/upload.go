package web

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ingest"
)

// uploadItem says what happened to one document of an upload.
type uploadItem struct {
	Source string `json:"source"`
	ID     string `json:"id,omitempty"`
	Result string `json:"result"` // inserted|unchanged|replaced|failed
	Reason string `json:"reason,omitempty"`
}

type uploadResult struct {
	Documents []uploadItem `json:"documents"`
	Failed    int          `json:"failed"`
}

// extByType maps an upload's Content-Type to the extension ingest reads
// its format from.
var extByType = map[string]string{
	"text/plain":            ".txt",
	"text/markdown":         ".md",
	"text/html":             ".html",
	"application/xhtml+xml": ".html",
	"application/json":      ".jsonl",
	"application/jsonl":     ".jsonl",
	"application/x-ndjson":  ".jsonl",
}

// apiUpload ingests the request body: text, HTML or JSON lines. The source
// name is ?source= if given (a later upload under the same name replaces
// the document), else one derived from the content.
func (s *Server) apiUpload(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, r, s.log, truce.Errorf(truce.ETOOLARGE, "the upload exceeds %d bytes", s.cfg.MaxUpload))
		return
	case err != nil:
		writeError(w, r, s.log, truce.Errorf(truce.EINVALID, "could not read the upload"))
		return
	case len(strings.TrimSpace(string(data))) == 0:
		writeError(w, r, s.log, truce.Errorf(truce.EINVALID, "the upload is empty"))
		return
	}
	source, err := uploadSource(r, data)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	res := s.ingest(r, source, data)
	s.invalidate()
	code := http.StatusCreated
	if res.Failed == len(res.Documents) {
		code = http.StatusUnprocessableEntity
	}
	body, _ := jsonMarshal(res)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(body)
}

// uploadSource names the upload so that ingest picks the right format.
func uploadSource(r *http.Request, data []byte) (string, error) {
	ext := ""
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return "", truce.Errorf(truce.EINVALID, "bad Content-Type %q", ct)
		}
		ext = extByType[mt]
	}
	if src := r.URL.Query().Get("source"); src != "" {
		if ext != "" && path.Ext(src) == "" {
			src += ext
		}
		return "upload:" + src, nil
	}
	sum := sha256.Sum256(data)
	return "upload:" + hex.EncodeToString(sum[:8]) + ext, nil
}

// ingest parses, extracts and stores each document of an upload. A bad
// document is reported and the rest go on; store errors are logged, not
// shown.
func (s *Server) ingest(r *http.Request, source string, data []byte) uploadResult {
	res := uploadResult{Documents: []uploadItem{}}
	for _, it := range ingest.Parse(source, data) {
		item := uploadItem{Source: it.Source, Result: "failed"}
		if it.Err != nil {
			item.Reason = it.Err.Error()
		} else if put, err := s.put(r, it.Doc); err != nil {
			s.log.Error("http: upload: store", "source", it.Source, "err", err)
			item.Reason = "could not store the document"
		} else {
			item.ID, item.Result = it.Doc.ID, put.String()
		}
		if item.Result == "failed" {
			res.Failed++
		}
		res.Documents = append(res.Documents, item)
	}
	return res
}

// put extracts a document's facts and stores them; a panic in extraction is
// an error for this document only.
func (s *Server) put(r *http.Request, doc *truce.Document) (res truce.PutResult, err error) {
	rec := &truce.Record{Document: *doc}
	rec.Ingested = time.Now().UTC()
	if s.cfg.Extractor != nil {
		func() {
			defer func() {
				if v := recover(); v != nil {
					err = fmt.Errorf("extract: panic: %v", v)
				}
			}()
			rec.Facts = s.cfg.Extractor.Extract(&rec.Document)
		}()
		if err != nil {
			return 0, err
		}
	}
	return s.cfg.Store.Put(r.Context(), rec)
}
