package web

import (
	"net/http"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// viewFilter is the filters the cross-document views share.
type viewFilter struct {
	Party, Issue, Type, Status, Since, Until string
}

func viewFilterOf(r *http.Request) (viewFilter, error) {
	q := r.URL.Query()
	f := viewFilter{q.Get("party"), q.Get("issue"), q.Get("type"), q.Get("status"), q.Get("since"), q.Get("until")}
	for _, d := range []string{f.Since, f.Until} {
		if d != "" && !validPrefixDate(d) {
			return f, truce.Errorf(truce.EINVALID, "dates are YYYY, YYYY-MM or YYYY-MM-DD, not %q", d)
		}
	}
	return f, nil
}

// validPrefixDate accepts YYYY, YYYY-MM and YYYY-MM-DD.
func validPrefixDate(s string) bool {
	switch len(s) {
	case 4:
		return validDate(s + "-01-01")
	case 7:
		return validDate(s + "-01")
	}
	return validDate(s)
}

// inRange compares dates as strings, which orders YYYY-MM-DD prefixes.
func (f viewFilter) inRange(date string) bool {
	if f.Since != "" && (date == "" || date < f.Since) {
		return false
	}
	if f.Until != "" && (date == "" || date[:min(len(date), len(f.Until))] > f.Until) {
		return false
	}
	return true
}

func (f viewFilter) event(e eventRef) bool {
	if f.Type != "" && e.Type != f.Type || f.Status != "" && e.Status != f.Status {
		return false
	}
	if f.Party != "" && !containsFold(e.Participants, f.Party) {
		return false
	}
	return f.inRange(eventDate(e))
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// timeline is the events the filter keeps, oldest first.
func timeline(ix *factIndex, f viewFilter) []eventRef {
	out := []eventRef{}
	for _, e := range ix.events {
		if f.event(e) {
			out = append(out, e)
		}
	}
	return out
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	ix, f, p, err := s.viewInput(r)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, slice(timeline(ix, f), p))
}

// viewInput reads what every view handler needs.
func (s *Server) viewInput(r *http.Request) (*factIndex, viewFilter, page, error) {
	f, err := viewFilterOf(r)
	if err != nil {
		return nil, f, page{}, err
	}
	p, err := pageOf(r)
	if err != nil {
		return nil, f, p, err
	}
	ix, err := s.index(r.Context())
	return ix, f, p, err
}

// figureGroup is every reported value of one measure of one subject.
type figureGroup struct {
	Subject string      `json:"subject"`
	Measure string      `json:"measure"`
	Unit    string      `json:"unit"`
	Values  []figureRef `json:"values"`
}

// figureGroups groups figures by subject, measure and unit, the groups with
// most reports first.
func figureGroups(ix *factIndex, f viewFilter) []figureGroup {
	byKey := map[[3]string]*figureGroup{}
	var keys [][3]string
	for _, x := range ix.figures {
		if f.Party != "" && !strings.EqualFold(x.Subject, f.Party) || !f.inRange(x.Evidence.Doc.Published) {
			continue
		}
		k := [3]string{x.Subject, x.Measure, x.Unit}
		g := byKey[k]
		if g == nil {
			g = &figureGroup{Subject: k[0], Measure: k[1], Unit: k[2]}
			byKey[k] = g
			keys = append(keys, k)
		}
		g.Values = append(g.Values, x)
	}
	out := make([]figureGroup, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Values) != len(out[j].Values) {
			return len(out[i].Values) > len(out[j].Values)
		}
		return strings.Join(keys0(out[i]), "\x00") < strings.Join(keys0(out[j]), "\x00")
	})
	return out
}

func keys0(g figureGroup) []string { return []string{g.Subject, g.Measure, g.Unit} }

func (s *Server) apiFigures(w http.ResponseWriter, r *http.Request) {
	ix, f, p, err := s.viewInput(r)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, slice(figureGroups(ix, f), p))
}

// positionCell is one party's record on one issue.
type positionCell struct {
	Party   string        `json:"party"`
	Issue   string        `json:"issue"`
	Latest  string        `json:"latest_stance"`
	History []positionRef `json:"history"` // oldest first
}

// positionMatrix is the party × issue grid of stances.
type positionMatrix struct {
	Parties []string       `json:"parties"`
	Issues  []string       `json:"issues"`
	Cells   []positionCell `json:"cells"`
}

func positions(ix *factIndex, f viewFilter) positionMatrix {
	byKey := map[[2]string]*positionCell{}
	m := positionMatrix{Parties: []string{}, Issues: []string{}, Cells: []positionCell{}}
	for _, p := range ix.positions {
		if f.Party != "" && p.Party != f.Party || f.Issue != "" && p.Issue != f.Issue || !f.inRange(p.Evidence.Doc.Published) {
			continue
		}
		k := [2]string{p.Party, p.Issue}
		c := byKey[k]
		if c == nil {
			c = &positionCell{Party: p.Party, Issue: p.Issue}
			byKey[k] = c
			m.Parties = appendNew(m.Parties, p.Party)
			m.Issues = appendNew(m.Issues, p.Issue)
		}
		c.History = append(c.History, p)
		c.Latest = p.Stance
	}
	sort.Strings(m.Parties)
	sort.Strings(m.Issues)
	for _, party := range m.Parties {
		for _, issue := range m.Issues {
			if c := byKey[[2]string{party, issue}]; c != nil {
				m.Cells = append(m.Cells, *c)
			}
		}
	}
	return m
}

func (s *Server) apiPositions(w http.ResponseWriter, r *http.Request) {
	ix, f, _, err := s.viewInput(r)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, positions(ix, f))
}

// claims lists reported statements, newest report last, with the chain
// they reached the reader through.
func claims(ix *factIndex, f viewFilter) []statementRef {
	out := []statementRef{}
	for _, st := range ix.statements {
		if f.Party != "" && !strings.EqualFold(st.Speaker, f.Party) && st.SpeakerID != f.Party || !f.inRange(st.Evidence.Doc.Published) {
			continue
		}
		out = append(out, st)
	}
	return out
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	ix, f, p, err := s.viewInput(r)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, slice(claims(ix, f), p))
}
