package web

import "net/http"

// Filter choices for the timeline form.
var (
	eventTypes    = []string{"talks", "meeting", "summit", "proposal", "ceasefire", "prisoner_exchange", "agreement", "statement", "cancellation", "vote", "other"}
	eventStatuses = []string{"held", "planned", "cancelled", "proposed", "reported"}
	stances       = []string{"demand", "offer", "accept", "reject", "consider"}
)

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	ix, f, _, err := s.viewInput(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	events := timeline(ix, f)
	s.render(w, r, http.StatusOK, "timeline", pageData{Title: "Timeline", Nav: "timeline", Data: map[string]any{
		"Filter": f, "Events": events, "Chart": timelineChart(events), "Types": eventTypes, "Statuses": eventStatuses,
	}})
}

func (s *Server) pageFigures(w http.ResponseWriter, r *http.Request) {
	ix, f, _, err := s.viewInput(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	type groupView struct {
		figureGroup
		Chart hchart
	}
	var groups []groupView
	for _, g := range figureGroups(ix, f) {
		groups = append(groups, groupView{g, figureChart(g)})
	}
	s.render(w, r, http.StatusOK, "figures", pageData{Title: "Figures", Nav: "figures", Data: map[string]any{
		"Filter": f, "Groups": groups}})
}

func (s *Server) pagePositions(w http.ResponseWriter, r *http.Request) {
	ix, f, _, err := s.viewInput(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	all := positions(ix, viewFilter{Since: f.Since, Until: f.Until})
	var sel *positionCell
	if f.Party != "" && f.Issue != "" {
		for i := range all.Cells {
			if all.Cells[i].Party == f.Party && all.Cells[i].Issue == f.Issue {
				sel = &all.Cells[i]
			}
		}
	}
	s.render(w, r, http.StatusOK, "positions", pageData{Title: "Positions", Nav: "positions", Data: map[string]any{
		"Filter": f, "Matrix": all, "Rows": matrixRows(all), "Selected": sel, "Stances": stances}})
}

// matrixRow is one party's row of the matrix, a cell per issue (nil if none).
type matrixRow struct {
	Party string
	Cells []*positionCell
}

func matrixRows(m positionMatrix) []matrixRow {
	at := map[[2]string]*positionCell{}
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
	ix, f, p, err := s.viewInput(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	l := slice(claims(ix, f), p)
	d := map[string]any{"Filter": f, "Claims": l.Items}
	if l.NextOffset != nil {
		d["Next"] = withOffset(r, *l.NextOffset)
	}
	if p.Offset > 0 {
		d["Prev"] = withOffset(r, max(p.Offset-p.Limit, 0))
	}
	s.render(w, r, http.StatusOK, "claims", pageData{Title: "Claims", Nav: "claims", Data: d})
}
