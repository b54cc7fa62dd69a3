package web

import (
	"html/template"
	"net/http"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// searchWindow is how many ranked hits a search looks at: facets count
// them, filters narrow them, pages cut them.
const searchWindow = 500

// hitJSON is one search result; Matches are byte ranges of the matched
// terms in Snippet.
type hitJSON struct {
	Document docJSON  `json:"document"`
	Snippet  string   `json:"snippet"`
	Matches  [][2]int `json:"matches"`
	Rank     float64  `json:"rank"`
}

// facet is one value of a facet with the number of hits that have it.
type facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

type searchResult struct {
	Query   string             `json:"query"`
	Filters map[string]string  `json:"filters"`
	Facets  map[string][]facet `json:"facets"`
	Total   int                `json:"total"` // hits after filters, within the window
	list[hitJSON]
}

// facetNames are the filters a search accepts, in display order.
var facetNames = []string{"outlet", "month", "party", "issue"}

func (s *Server) search(r *http.Request) (*searchResult, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		return nil, truce.Errorf(truce.EINVALID, "give a query: ?q=words")
	}
	p, err := pageOf(r)
	if err != nil {
		return nil, err
	}
	hits, err := s.cfg.Store.Search(r.Context(), truce.SearchQuery{Query: q, Limit: searchWindow})
	if err != nil {
		return nil, err
	}
	ix := s.cachedIndex() // nil until built: no party or issue facets yet
	res := &searchResult{Query: q, Filters: map[string]string{}, Facets: map[string][]facet{}}
	for _, name := range facetNames {
		if v := r.URL.Query().Get(name); v != "" {
			res.Filters[name] = v
		}
	}
	counts := map[string]map[string]int{}
	var kept []hitJSON
	for i := range hits {
		values := facetValues(&hits[i].Document, ix)
		for name, vs := range values {
			for _, v := range vs {
				if counts[name] == nil {
					counts[name] = map[string]int{}
				}
				counts[name][v]++
			}
		}
		if matches(values, res.Filters) {
			kept = append(kept, hitOf(&hits[i]))
		}
	}
	for name, c := range counts {
		res.Facets[name] = sortFacets(c)
	}
	res.Total = len(kept)
	res.list = slice(kept, p)
	return res, nil
}

// facetValues lists the facet values of one hit.
func facetValues(d *truce.Document, ix *factIndex) map[string][]string {
	v := map[string][]string{}
	if ix != nil {
		v["party"], v["issue"] = ix.parties[d.ID], ix.issues[d.ID]
	}
	if d.Outlet != "" {
		v["outlet"] = []string{d.Outlet}
	}
	if len(d.Published) >= 7 {
		v["month"] = []string{d.Published[:7]}
	}
	return v
}

func matches(values map[string][]string, filters map[string]string) bool {
	for name, want := range filters {
		found := false
		for _, v := range values[name] {
			found = found || v == want
		}
		if !found {
			return false
		}
	}
	return true
}

// sortFacets orders by count, then value, so the output is stable.
func sortFacets(c map[string]int) []facet {
	out := make([]facet, 0, len(c))
	for v, n := range c {
		out = append(out, facet{v, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// hitOf strips the store's markers from the snippet and keeps where they were.
func hitOf(h *truce.Hit) hitJSON {
	out := hitJSON{Document: docOf(&h.Document), Rank: h.Rank, Matches: [][2]int{}}
	var b strings.Builder
	start := -1
	for _, c := range h.Snippet {
		switch string(c) {
		case truce.Mark:
			start = b.Len()
		case truce.EndMark:
			if start >= 0 {
				out.Matches = append(out.Matches, [2]int{start, b.Len()})
			}
			start = -1
		default:
			b.WriteRune(c)
		}
	}
	out.Snippet = b.String()
	return out
}

// snippetHTML renders a snippet with its matches in <mark>, escaped.
func snippetHTML(h hitJSON) template.HTML {
	var b strings.Builder
	pos := 0
	for _, m := range h.Matches {
		if m[0] < pos || m[1] > len(h.Snippet) {
			continue
		}
		b.WriteString(template.HTMLEscapeString(h.Snippet[pos:m[0]]))
		b.WriteString("<mark>")
		b.WriteString(template.HTMLEscapeString(h.Snippet[m[0]:m[1]]))
		b.WriteString("</mark>")
		pos = m[1]
	}
	b.WriteString(template.HTMLEscapeString(h.Snippet[pos:]))
	return template.HTML(b.String())
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	res, err := s.search(r)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, res)
}

// searchPage is the search page's data.
type searchPage struct {
	Res    *searchResult
	Hits   []searchHit
	Groups []facetGroup
	Prev   string
	Next   string
	Error  string
}

type searchHit struct {
	hitJSON
	HTML template.HTML
}

type facetGroup struct {
	Name   string
	Values []facetLink
}

type facetLink struct {
	facet
	URL    string
	Active bool
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.render(w, r, http.StatusOK, "search", pageData{Title: "Search", Data: searchPage{}})
		return
	}
	res, err := s.search(r)
	if err != nil {
		if truce.ErrorCode(err) == truce.EINVALID {
			s.render(w, r, http.StatusBadRequest, "search", pageData{Title: "Search", Query: q,
				Data: searchPage{Res: &searchResult{Query: q}, Error: truce.ErrorMessage(err)}})
			return
		}
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "search", pageData{Title: "Search: " + q, Query: q, Data: searchPageOf(r, res)})
}

func searchPageOf(r *http.Request, res *searchResult) searchPage {
	sp := searchPage{Res: res}
	for _, h := range res.Items {
		sp.Hits = append(sp.Hits, searchHit{h, snippetHTML(h)})
	}
	for _, name := range facetNames {
		g := facetGroup{Name: name}
		for i, f := range res.Facets[name] {
			if i == 12 {
				break
			}
			active := res.Filters[name] == f.Value
			g.Values = append(g.Values, facetLink{f, withParam(r, name, f.Value, active), active})
		}
		if len(g.Values) > 0 {
			sp.Groups = append(sp.Groups, g)
		}
	}
	if res.Offset > 0 {
		sp.Prev = withOffset(r, max(res.Offset-res.Limit, 0))
	}
	if res.NextOffset != nil {
		sp.Next = withOffset(r, *res.NextOffset)
	}
	return sp
}

// withParam toggles one filter in the request's query, back to page one.
func withParam(r *http.Request, name, value string, remove bool) string {
	q := r.URL.Query()
	q.Del("offset")
	if remove {
		q.Del(name)
	} else {
		q.Set(name, value)
	}
	return r.URL.Path + "?" + q.Encode()
}

func withOffset(r *http.Request, off int) string {
	q := r.URL.Query()
	q.Set("offset", itoa(off))
	return r.URL.Path + "?" + q.Encode()
}
