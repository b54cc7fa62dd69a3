package web

import (
	"bytes"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
)

// pageSet holds one template per page, each joined with the shared layout.
type pageSet struct {
	byName map[string]*template.Template
}

var funcs = template.FuncMap{
	"num":         formatNumber,
	"dash":        orDash,
	"join":        strings.Join,
	"via":         viaChain,
	"evidenceURL": evidenceURL,
	"plural":      func(n int, one, many string) string { return map[bool]string{true: one, false: many}[n == 1] },
}

func mustParsePages() *pageSet {
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/filters.html"))
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		panic(err)
	}
	ps := &pageSet{byName: map[string]*template.Template{}}
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" || base == "filters.html" {
			continue
		}
		t := template.Must(template.Must(layout.Clone()).ParseFS(assets, n))
		ps.byName[strings.TrimSuffix(base, ".html")] = t
	}
	return ps
}

// pageData is what the layout reads; Data is the page's own.
type pageData struct {
	Title string
	Nav   string
	Query string
	Data  any
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, pd pageData) {
	var buf bytes.Buffer
	if err := s.pages.byName[name].ExecuteTemplate(&buf, "layout.html", pd); err != nil {
		s.log.Error("http: render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if code == http.StatusOK {
		writeTagged(w, r, "text/html; charset=utf-8", buf.Bytes())
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// pageError shows an error as a page with the status its code maps to.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code := truce.ErrorCode(err)
	if code == truce.EINTERNAL {
		s.log.Error("http: internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.render(w, r, status(code), "error", pageData{Title: "Error", Data: map[string]string{
		"Code": code, "Message": truce.ErrorMessage(err)}})
}

func (s *Server) pageNotFound(w http.ResponseWriter, r *http.Request) {
	s.pageError(w, r, truce.Errorf(truce.ENOTFOUND, "no page at %s", r.URL.Path))
}

// indexData is the home page: what the store holds and the latest reports.
type indexData struct {
	Stats      *truce.Stats
	Docs       []truce.Document
	Offset     int
	NextOffset *int
	PrevOffset *int
	Outlet     string
}

func (s *Server) pageIndex(w http.ResponseWriter, r *http.Request) {
	st, err := s.stats(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	docs, p, err := s.documents(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	l := window(docs, p)
	d := indexData{Stats: st, Docs: l.Items, Offset: p.Offset, NextOffset: l.NextOffset, Outlet: r.URL.Query().Get("outlet")}
	if p.Offset > 0 {
		prev := max(p.Offset-p.Limit, 0)
		d.PrevOffset = &prev
	}
	s.render(w, r, http.StatusOK, "index", pageData{Title: "Reports", Nav: "home", Data: d})
}

// documentData is the document page.
type documentData struct {
	Rec    *truce.Record
	Body   template.HTML
	Facts  []factView
	Legend []legendItem
}

type legendItem struct {
	Name, Label string
	Count       int
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	rec, err := s.cfg.Store.Record(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ms, facts := marks(rec), factViews(rec)
	if sp, ok := evidenceSpan(r, rec.Text); ok {
		ms = append(ms, mark{sp, "evidence", "ev", true})
		facts = append([]factView{{ID: "ev", Kind: "evidence", Title: "The evidence you followed",
			Fields: []field{{"Bytes", itoa(sp.Start) + "–" + itoa(sp.End), ""}}, Quote: quote(rec.Text, sp)}}, facts...)
	}
	d := documentData{Rec: rec, Body: highlight(rec.Text, ms), Facts: facts}
	counts := map[string]int{}
	for _, f := range d.Facts {
		counts[f.Kind]++
	}
	for _, k := range kinds {
		d.Legend = append(d.Legend, legendItem{k.Name, k.Label, counts[k.Name]})
	}
	title := rec.Title
	if title == "" {
		title = rec.ID
	}
	s.render(w, r, http.StatusOK, "document", pageData{Title: title, Data: d})
}

// evidenceSpan reads ?hl=START-END, the bytes a link from a view points
// at; a malformed or out-of-range value is ignored.
func evidenceSpan(r *http.Request, text string) (truce.Span, bool) {
	a, b, ok := strings.Cut(r.URL.Query().Get("hl"), "-")
	if !ok {
		return truce.Span{}, false
	}
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return truce.Span{}, false
	}
	sp, ok := fixSpan(truce.Span{Start: start, End: end}, text)
	return sp, ok && sp.Start == start
}
