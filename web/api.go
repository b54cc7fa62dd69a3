package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// Page sizes: a default that fits a screen, a cap that bounds a request.
const (
	defaultLimit = 20
	maxLimit     = 200
)

// page is the limit/offset window a list request asks for.
type page struct{ Limit, Offset int }

// pageOf reads limit and offset, rejecting values that are not numbers.
func pageOf(r *http.Request) (page, error) {
	p := page{Limit: defaultLimit}
	for _, f := range []struct {
		name string
		dst  *int
	}{{"limit", &p.Limit}, {"offset", &p.Offset}} {
		v := r.URL.Query().Get(f.name)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, truce.Errorf(truce.EINVALID, "%s must be a non-negative integer", f.name)
		}
		*f.dst = n
	}
	if p.Limit == 0 || p.Limit > maxLimit {
		p.Limit = min(max(p.Limit, defaultLimit), maxLimit)
	}
	return p, nil
}

// list is the envelope of every paginated answer. NextOffset is null on the
// last page.
type list[T any] struct {
	Items      []T  `json:"items"`
	Limit      int  `json:"limit"`
	Offset     int  `json:"offset"`
	NextOffset *int `json:"next_offset"`
}

// window cuts the page p out of items fetched with one extra row, which
// tells whether a next page exists.
func window[T any](items []T, p page) list[T] {
	l := list[T]{Items: items, Limit: p.Limit, Offset: p.Offset}
	if len(items) > p.Limit {
		l.Items = items[:p.Limit]
		next := p.Offset + p.Limit
		l.NextOffset = &next
	}
	if l.Items == nil {
		l.Items = []T{}
	}
	return l
}

// slice pages through an in-memory list.
func slice[T any](items []T, p page) list[T] {
	lo := min(p.Offset, len(items))
	hi := min(lo+p.Limit+1, len(items))
	return window(items[lo:hi], p)
}

// docJSON is a document in lists: everything but its text.
type docJSON struct {
	ID        string    `json:"id"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	Published string    `json:"published"`
	Outlet    string    `json:"outlet"`
	Author    string    `json:"author"`
	URL       string    `json:"url"`
	Language  string    `json:"language"`
	Words     int       `json:"words"`
	Ingested  time.Time `json:"ingested"`
}

func docOf(d *truce.Document) docJSON {
	return docJSON{d.ID, d.Source, d.Title, d.Published, d.Outlet, d.Author, d.URL, d.Language,
		len(strings.Fields(d.Text)), d.Ingested}
}

// docFilter reads the document filters shared by the list page and API.
func docFilter(r *http.Request, p page) (truce.DocFilter, error) {
	q := r.URL.Query()
	f := truce.DocFilter{Since: q.Get("since"), Until: q.Get("until"), Outlet: q.Get("outlet"),
		Limit: p.Limit + 1, Offset: p.Offset}
	for _, d := range []string{f.Since, f.Until} {
		if d != "" && !validDate(d) {
			return f, truce.Errorf(truce.EINVALID, "dates are YYYY-MM-DD, not %q", d)
		}
	}
	return f, nil
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	docs, p, err := s.documents(r)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	out := make([]docJSON, len(docs))
	for i := range docs {
		out[i] = docOf(&docs[i])
	}
	writeJSON(w, r, window(out, p))
}

// documents runs the document list a request asks for, one row extra.
func (s *Server) documents(r *http.Request) ([]truce.Document, page, error) {
	p, err := pageOf(r)
	if err != nil {
		return nil, p, err
	}
	f, err := docFilter(r, p)
	if err != nil {
		return nil, p, err
	}
	docs, err := s.cfg.Store.Documents(r.Context(), f)
	return docs, p, err
}

// apiDocument answers with one record in the record format.
func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	rec, err := s.cfg.Store.Record(r.Context(), r.PathValue("id"))
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	data, err := truce.MarshalRecord(rec)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeTagged(w, r, "application/json; charset=utf-8", append(data, '\n'))
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.stats(r.Context())
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, st)
}

func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, r, s.log, truce.Errorf(truce.ENOTFOUND, "no such API route: %s %s", r.Method, r.URL.Path))
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	data, err := assets.ReadFile("openapi.json")
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeTagged(w, r, "application/json; charset=utf-8", data)
}
