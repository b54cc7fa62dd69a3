package analyze

import (
	"github.com/truce-project/truce"
)

// eventRow is one reported event as stored, keyed by its type's family.
type eventRow struct {
	Type         string   `json:"type"`
	Status       string   `json:"status"`
	Participants []string `json:"participants"`
	Parties      []string `json:"parties,omitempty"`
	Place        string   `json:"place,omitempty"`
	Date         string   `json:"date,omitempty"`
	Issues       []string `json:"issues,omitempty"`
	Evidence     Evidence `json:"evidence"`
}

func (a *Analyzer) events(rec *truce.Record) []eventRow {
	var out []eventRow
	for _, e := range rec.Events {
		if !validSpan(rec.Text, e.Span) {
			continue
		}
		r := eventRow{Type: e.Type, Status: e.Status, Participants: sortedSet(append([]string(nil), e.Participants...)),
			Place: e.Place, Date: e.Date, Issues: a.issues.find(rec.Text[e.Start:e.End]), Evidence: a.evidence(rec, e.Span)}
		for _, p := range e.Participants {
			if party := a.PartyOf("", p); party != "" {
				r.Parties = append(r.Parties, party)
			}
		}
		r.Parties = sortedSet(r.Parties)
		out = append(out, r)
	}
	return out
}

// family groups event types that can be reports of one occasion: a summit
// announced as a meeting, held as talks, called off as a cancellation.
func family(typ string) string {
	switch typ {
	case "talks", "meeting", "summit", "cancellation":
		return "meeting"
	}
	return typ
}
