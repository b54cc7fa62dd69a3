package web

import (
	"context"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

// The cross-report views (timeline, figures, positions, claims, stories)
// come from package analyze, over the analysis rows the store keeps.

// syncEvery bounds how often a view looks for documents stored without
// analysis rows (copied in, or ingested by an older truce).
const syncEvery = 30 * time.Second

// analysis returns the store's analysis side with its rows brought up to
// date, or ENOTFOUND when the backend keeps none.
func (s *Server) analysis(ctx context.Context) (analyze.Store, error) {
	as, ok := s.cfg.Store.(analyze.Store)
	if !ok {
		return nil, truce.Errorf(truce.ENOTFOUND, "this database backend keeps no cross-report analysis")
	}
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	if time.Since(s.synced) < syncEvery {
		return as, nil
	}
	an, err := s.analyzer()
	if err != nil {
		return nil, err
	}
	if _, err := analyze.Sync(ctx, as, an); err != nil {
		return nil, err
	}
	s.synced = time.Now()
	return as, nil
}

func (s *Server) analyzer() (*analyze.Analyzer, error) {
	if s.cfg.Analyzer != nil {
		return s.cfg.Analyzer, nil
	}
	return analyze.Default()
}

// filterOf reads the filters the views share.
func filterOf(r *http.Request) (analyze.Filter, error) {
	q := r.URL.Query()
	f := analyze.Filter{Since: q.Get("since"), Until: q.Get("until"), Party: q.Get("party"),
		Issue: q.Get("issue"), Type: q.Get("type"), AsOf: q.Get("as_of")}
	for _, d := range []string{f.Since, f.Until, f.AsOf} {
		if d != "" && !validDate(d) {
			return f, truce.Errorf(truce.EINVALID, "dates are YYYY-MM-DD, not %q", d)
		}
	}
	return f, nil
}

// view reads a request's filter and page and runs fn on the synced store.
func view[T any](s *Server, r *http.Request, fn func(context.Context, truce.AnalysisStore, analyze.Filter) ([]T, error)) ([]T, analyze.Filter, page, error) {
	f, err := filterOf(r)
	if err != nil {
		return nil, f, page{}, err
	}
	p, err := pageOf(r)
	if err != nil {
		return nil, f, p, err
	}
	as, err := s.analysis(r.Context())
	if err != nil {
		return nil, f, p, err
	}
	items, err := fn(r.Context(), as, f)
	return items, f, p, err
}

// apiList answers with one page of a view.
func apiList[T any](s *Server, fn func(context.Context, truce.AnalysisStore, analyze.Filter) ([]T, error), keep func(*http.Request, []T) []T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		items, _, p, err := view(s, r, fn)
		if err != nil {
			writeError(w, r, s.log, err)
			return
		}
		if keep != nil {
			items = keep(r, items)
		}
		writeJSON(w, r, slice(nonNil(items), p))
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// multiReport keeps stories of more than one report unless ?all=true.
func multiReport(r *http.Request, stories []analyze.Story) []analyze.Story {
	if r.URL.Query().Get("all") == "true" {
		return stories
	}
	var out []analyze.Story
	for _, st := range stories {
		if len(st.Documents) > 1 {
			out = append(out, st)
		}
	}
	return out
}

// contestedOnly keeps contested figure groups when ?contested=true.
func contestedOnly(r *http.Request, groups []analyze.FigureGroup) []analyze.FigureGroup {
	if r.URL.Query().Get("contested") != "true" {
		return groups
	}
	var out []analyze.FigureGroup
	for _, g := range groups {
		if g.Contested {
			out = append(out, g)
		}
	}
	return out
}

// positionMatrix is the party × issue grid of the ledger.
type positionMatrix struct {
	AsOf    string                 `json:"as_of"`
	Parties []string               `json:"parties"`
	Issues  []string               `json:"issues"`
	Cells   []analyze.PositionCell `json:"cells"`
}

func matrixOf(cells []analyze.PositionCell, asOf string) positionMatrix {
	m := positionMatrix{AsOf: asOf, Parties: []string{}, Issues: []string{}, Cells: nonNil(cells)}
	for _, c := range cells {
		m.Parties = appendNew(m.Parties, c.Party)
		m.Issues = appendNew(m.Issues, c.Issue)
	}
	sort.Strings(m.Parties)
	sort.Strings(m.Issues)
	return m
}

func (s *Server) apiPositions(w http.ResponseWriter, r *http.Request) {
	cells, f, _, err := view(s, r, analyze.Positions)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, matrixOf(cells, f.AsOf))
}

// evidenceURL opens a document at the bytes that support an item.
func evidenceURL(e analyze.Evidence) string {
	return "/documents/" + e.DocID + "?hl=" + strconv.Itoa(e.Start) + "-" + strconv.Itoa(e.End) + "#hl-ev"
}
