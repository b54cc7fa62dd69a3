package web

import (
	"net/http"

	"github.com/truce-project/truce/analyze"
)

// Filter choices for the view forms.
var (
	eventTypes    = []string{"talks", "meeting", "summit", "proposal", "ceasefire", "prisoner_exchange", "agreement", "statement", "cancellation", "vote", "other"}
	claimStatuses = []string{analyze.SingleSource, analyze.Corroborated, analyze.Denied, analyze.Contradicted}
	stances       = []string{"demand", "offer", "accept", "reject", "consider"}
)

// viewPage renders a page of a view with its filter, choices and pager.
func (s *Server) viewPage(w http.ResponseWriter, r *http.Request, name, title string, f analyze.Filter, data map[string]any) {
	data["Filter"] = f
	labels := map[string]string{}
	if s.cfg.KB != nil {
		data["Issues"] = s.cfg.KB.Issues()
		for _, is := range s.cfg.KB.Issues() {
			labels[is.ID] = is.Label
		}
	}
	data["IssueLabel"] = labels
	s.render(w, r, http.StatusOK, name, pageData{Title: title, Nav: name, Data: data})
}

// pager adds Prev and Next links for an in-memory page.
func pager[T any](r *http.Request, l list[T], data map[string]any) map[string]any {
	if l.NextOffset != nil {
		data["Next"] = withOffset(r, *l.NextOffset)
	}
	if l.Offset > 0 {
		data["Prev"] = withOffset(r, max(l.Offset-l.Limit, 0))
	}
	return data
}

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	events, f, _, err := view(s, r, analyze.Timeline)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.viewPage(w, r, "timeline", "Timeline", f, map[string]any{
		"Events": events, "Chart": timelineChart(events), "Types": eventTypes})
}

func (s *Server) pageFigures(w http.ResponseWriter, r *http.Request) {
	groups, f, p, err := view(s, r, analyze.Figures)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	groups = contestedOnly(r, groups)
	l := slice(groups, page{Limit: min(p.Limit, 50), Offset: p.Offset})
	views := make([]figureView, len(l.Items))
	for i, g := range l.Items {
		views[i] = figureViewOf(g)
	}
	s.viewPage(w, r, "figures", "Figures", f, pager(r, l, map[string]any{
		"Groups": views, "Contested": r.URL.Query().Get("contested") == "true"}))
}

func (s *Server) pagePositions(w http.ResponseWriter, r *http.Request) {
	f, err := filterOf(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	as, err := s.analysis(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The matrix shows every cell; party and issue pick the one whose
	// history is open.
	cells, err := analyze.Positions(r.Context(), as, analyze.Filter{Since: f.Since, Until: f.Until, AsOf: f.AsOf})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	m := matrixOf(cells, f.AsOf)
	var sel *analyze.PositionCell
	for i := range m.Cells {
		if m.Cells[i].Party == f.Party && m.Cells[i].Issue == f.Issue {
			sel = &m.Cells[i]
		}
	}
	s.viewPage(w, r, "positions", "Positions", f, map[string]any{
		"Matrix": m, "Rows": matrixRows(m), "Selected": sel, "Stances": stances})
}

// matrixRow is one party's row of the matrix, a cell per issue (nil if none).
type matrixRow struct {
	Party string
	Cells []*analyze.PositionCell
}

func matrixRows(m positionMatrix) []matrixRow {
	at := map[[2]string]*analyze.PositionCell{}
	for i := range m.Cells {
		at[[2]string{m.Cells[i].Party, m.Cells[i].Issue}] = &m.Cells[i]
	}
	var rows []matrixRow
	for _, p := range m.Parties {
		row := matrixRow{Party: p}
		for _, is := range m.Issues {
			row.Cells = append(row.Cells, at[[2]string{p, is}])
		}
		rows = append(rows, row)
	}
	return rows
}

func (s *Server) pageClaims(w http.ResponseWriter, r *http.Request) {
	claims, f, p, err := view(s, r, analyze.Claims)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	l := slice(claims, p)
	s.viewPage(w, r, "claims", "Claims", f, pager(r, l, map[string]any{"Claims": l.Items, "Statuses": claimStatuses}))
}

func (s *Server) pageStories(w http.ResponseWriter, r *http.Request) {
	stories, f, p, err := view(s, r, analyze.Stories)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	l := slice(multiReport(r, stories), p)
	s.viewPage(w, r, "stories", "Stories", f, pager(r, l, map[string]any{"Stories": l.Items, "All": r.URL.Query().Get("all") == "true"}))
}
