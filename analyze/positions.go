package analyze

import (
	"cmp"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// positionRow is one stance as stored, keyed by party and issue.
type positionRow struct {
	Party    string   `json:"party"`
	Issue    string   `json:"issue"`
	Stance   string   `json:"stance"`
	Summary  string   `json:"summary,omitempty"`
	Evidence Evidence `json:"evidence"`
}

func (a *Analyzer) positions(rec *truce.Record) []positionRow {
	var out []positionRow
	for _, p := range rec.Positions {
		if p.Party == "" || p.Issue == "" || !validSpan(rec.Text, p.Span) {
			continue
		}
		out = append(out, positionRow{Party: p.Party, Issue: p.Issue, Stance: p.Stance, Summary: p.Summary,
			Evidence: a.evidence(rec, p.Span)})
	}
	return out
}

// firmness orders stances from yielding to unyielding; a move up is
// hardening, a move down softening.
var firmness = map[string]int{"accept": 0, "offer": 1, "consider": 2, "demand": 3, "reject": 4}

// PositionCell is one party's stance on one issue.
type PositionCell struct {
	Party    string          `json:"party"`
	Issue    string          `json:"issue"`
	Stance   string          `json:"stance"`   // the latest
	Since    string          `json:"since"`    // when the latest stance was first reported
	Evidence Evidence        `json:"evidence"` // the latest report of the stance
	History  []PositionEntry `json:"history"`
	Changes  []Change        `json:"changes"`
}

// PositionEntry is one reported stance.
type PositionEntry struct {
	Stance   string   `json:"stance"`
	Summary  string   `json:"summary"`
	Evidence Evidence `json:"evidence"`
}

// Change is a move in a party's position, dated by the report that shows it.
type Change struct {
	Date     string   `json:"date"`
	Kind     string   `json:"kind"` // new|hardening|softening|dropped
	From     string   `json:"from"`
	To       string   `json:"to"`
	Evidence Evidence `json:"evidence"`
}

// BuildLedger builds the party × issue ledger as of f.AsOf (all dates when
// empty), filtered by f.Party and f.Issue; cells by party, then issue.
func BuildLedger(rows []truce.AnalysisRow, f Filter) []PositionCell {
	ps := decode[positionRow](rows, nil)
	cells := map[string][]positionRow{}
	var keys []string
	for _, p := range ps {
		if f.AsOf != "" && (p.Evidence.Published == "" || p.Evidence.Published > f.AsOf) {
			continue
		}
		if !matchParty(f.Party, []string{p.Party}) || f.Issue != "" && f.Issue != p.Issue {
			continue
		}
		k := p.Party + "\x00" + p.Issue
		if _, ok := cells[k]; !ok {
			keys = append(keys, k)
		}
		cells[k] = append(cells[k], p)
	}
	sort.Strings(keys)
	out := make([]PositionCell, 0, len(keys))
	for _, k := range keys {
		out = append(out, buildCell(cells[k]))
	}
	return out
}

func buildCell(ps []positionRow) PositionCell {
	sort.SliceStable(ps, func(i, j int) bool {
		return cmp.Or(ps[i].Evidence.compare(ps[j].Evidence), strings.Compare(ps[i].Stance, ps[j].Stance)) < 0
	})
	c := PositionCell{Party: ps[0].Party, Issue: ps[0].Issue, Changes: []Change{}}
	for _, p := range ps {
		c.History = append(c.History, PositionEntry{Stance: p.Stance, Summary: p.Summary, Evidence: p.Evidence})
	}
	prev := ""
	for _, p := range reportStances(ps) {
		c.Evidence = p.Evidence
		if p.Stance == prev {
			continue
		}
		c.Changes = append(c.Changes, Change{Date: p.Evidence.Published, Kind: changeKind(prev, p.Stance),
			From: prev, To: p.Stance, Evidence: p.Evidence})
		c.Stance, c.Since, prev = p.Stance, p.Evidence.Published, p.Stance
	}
	return c
}

// reportStances gives one stance per report: a position moves between
// reports, and two stances in one article ("ready to accept … if …") are
// one position. The report's stance is its most frequent, the last on a tie.
func reportStances(ps []positionRow) []positionRow {
	var out []positionRow
	for i := 0; i < len(ps); {
		j := i
		count := map[string]int{}
		best := i
		for ; j < len(ps) && ps[j].Evidence.DocID == ps[i].Evidence.DocID; j++ {
			count[ps[j].Stance]++
			if count[ps[j].Stance] >= count[ps[best].Stance] {
				best = j
			}
		}
		out = append(out, ps[best])
		i = j
	}
	return out
}

// changeKind names a move from one stance to the next: a first stance is
// new; giving up a demand (to offer or accept) drops it; otherwise firmness
// decides.
func changeKind(from, to string) string {
	switch {
	case from == "":
		return "new"
	case from == "demand" && (to == "accept" || to == "offer"):
		return "dropped"
	case firmness[to] > firmness[from]:
		return "hardening"
	}
	return "softening"
}
