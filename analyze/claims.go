package analyze

import (
	"cmp"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// claimRow is one reported statement as stored: who said it, through whom,
// and the content words that identify it across reports.
type claimRow struct {
	SpeakerKey string   `json:"speaker_key"`
	Speaker    string   `json:"speaker"`
	Anonymous  bool     `json:"anonymous,omitempty"`
	Party      string   `json:"party,omitempty"`
	Cue        string   `json:"cue"`
	Via        []string `json:"via,omitempty"`
	Origin     string   `json:"origin"`
	Deny       bool     `json:"deny,omitempty"`    // a denying cue: denied, rejected, dismissed
	Negated    bool     `json:"negated,omitempty"` // the content says something is not so
	Keywords   []string `json:"keywords"`
	Parties    []string `json:"parties,omitempty"` // parties named in the content
	Issues     []string `json:"issues,omitempty"`
	Text       string   `json:"text"` // the content
	Evidence   Evidence `json:"evidence"`
}

func (a *Analyzer) claims(rec *truce.Record) []claimRow {
	var out []claimRow
	for _, at := range rec.Attributions {
		if !validSpan(rec.Text, at.Content) || !validSpan(rec.Text, at.Span) {
			continue
		}
		content := rec.Text[at.Content.Start:at.Content.End]
		c := claimRow{
			Speaker: at.Speaker, Anonymous: at.Anonymous, Party: a.PartyOf(at.SpeakerID, at.Speaker),
			Cue: at.Cue, Via: at.Via, Origin: origin(at, &rec.Document),
			Deny: isDenyCue(at.Cue), Negated: negated(content), Keywords: keywords(content),
			Parties: a.partiesIn(rec, at.Content), Issues: a.issues.find(content),
			Text: quote(rec.Text, span{at.Content.Start, at.Content.End}), Evidence: a.evidence(rec, at.Span),
		}
		c.SpeakerKey = speakerKey(at)
		out = append(out, c)
	}
	return out
}

func speakerKey(at truce.Attribution) string {
	switch {
	case at.SpeakerID != "":
		return at.SpeakerID
	case at.Anonymous:
		return "anonymous:" + normName(at.Speaker)
	}
	return normName(at.Speaker)
}

// origin is where a reported statement comes from: a named speaker (a
// minister, or Axios "according to") is its own origin however many outlets
// relay it; an anonymous source is vouched for by whoever first published
// it, the far end of the via chain (officials → Hersh → Substack → the
// site: Hersh), else the outlet that heard it.
func origin(at truce.Attribution, d *truce.Document) string {
	switch {
	case !at.Anonymous && at.Speaker != "":
		return normName(at.Speaker)
	case len(at.Via) > 0:
		return normName(at.Via[len(at.Via)-1])
	}
	return normName(outletOf(d))
}

// Claim is one statement, however many outlets reported it.
type Claim struct {
	ID        string        `json:"id"` // doc id and offset of its first report
	Speaker   string        `json:"speaker"`
	Anonymous bool          `json:"anonymous"`
	Party     string        `json:"party"`
	Text      string        `json:"text"`
	Status    string        `json:"status"` // single-source|corroborated|denied|contradicted
	First     string        `json:"first_reported"`
	Origins   []string      `json:"origins"` // independent origins
	Issues    []string      `json:"issues"`
	Reports   []ClaimReport `json:"reports"`
	Denials   []ClaimLink   `json:"denials"` // later statements denying or contradicting it
	Denies    []string      `json:"denies"`  // ids of the claims this statement denies
}

// ClaimReport is one report of a claim.
type ClaimReport struct {
	Evidence
	Speaker string   `json:"speaker"`
	Cue     string   `json:"cue"`
	Via     []string `json:"via"`
	Origin  string   `json:"origin"`
}

// ClaimLink ties a claim to the statement that denies or contradicts it.
type ClaimLink struct {
	Claim    string   `json:"claim"`
	Kind     string   `json:"kind"` // denied|contradicted
	Speaker  string   `json:"speaker"`
	Text     string   `json:"text"`
	Evidence Evidence `json:"evidence"`
}

// Claim statuses.
const (
	SingleSource = "single-source"
	Corroborated = "corroborated"
	Denied       = "denied"
	Contradicted = "contradicted"
)

// BuildClaims groups claim rows into claims, counts their independent
// origins and links denials. docRows, the doc rows of the reports' documents
// (or nil), let a near-duplicate article (wire copy) count as the origin it
// copies. f.Type filters on status.
func BuildClaims(rows, docRows []truce.AnalysisRow, f Filter) []Claim {
	reps := decode[claimRow](rows, nil)
	sigs := map[string][]uint32{}
	for _, d := range decode[docInfo](docRows, func(d *docInfo, r truce.AnalysisRow) { d.ID = r.DocID }) {
		sigs[d.ID] = d.Dup
	}
	sort.SliceStable(reps, func(i, j int) bool { return reps[i].compare(&reps[j]) < 0 })
	groups := groupClaims(reps)
	claims := make([]*claimGroup, len(groups)) // in order of their first report
	ids := map[string]int{}
	for i, g := range groups {
		claims[i] = newClaimGroup(reps, g)
		if n := ids[claims[i].id]; n > 0 { // two statements in one span
			ids[claims[i].id], claims[i].id = n+1, claims[i].id+"#"+itoa(n+1)
		} else {
			ids[claims[i].id] = 1
		}
	}
	linkDenials(claims)
	var out []Claim
	for _, g := range claims {
		c := g.claim(sigs)
		if (f.Type == "" || f.Type == c.Status) && (f.Issue == "" || contains(c.Issues, f.Issue)) &&
			matchParty(f.Party, []string{c.Speaker, c.Party}, g.parties) {
			out = append(out, c)
		}
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// groupClaims clusters reports of the same statement: same polarity, most
// content words shared, and speakers that can be the same source.
func groupClaims(reps []claimRow) [][]int {
	uf := newUnionFind(len(reps))
	idx := newWordIndex()
	for i := range reps {
		for _, j := range idx.candidates(reps[i].Keywords, 2) {
			if sameClaim(&reps[i], &reps[j]) {
				uf.union(i, j)
			}
		}
		idx.add(i, reps[i].Keywords)
	}
	return uf.groups()
}

func sameClaim(a, b *claimRow) bool {
	if a.Deny != b.Deny || a.Negated != b.Negated {
		return false
	}
	n := overlap(a.Keywords, b.Keywords)
	small, total := min(len(a.Keywords), len(b.Keywords)), len(a.Keywords)+len(b.Keywords)
	if n < 3 || float64(n) < 0.6*float64(small) || float64(2*n) < 0.45*float64(total) ||
		!sameNumbers(a.Keywords, b.Keywords) {
		return false
	}
	return a.SpeakerKey == b.SpeakerKey || a.Anonymous || b.Anonymous || a.Origin == b.Origin ||
		normName(a.Speaker) == b.Origin || normName(b.Speaker) == a.Origin
}

// sameNumbers reports whether two statements that both give numbers share
// one: "7,000 killed" and "80,000 killed" are different claims.
func sameNumbers(a, b []string) bool {
	na, nb := numbers(a), numbers(b)
	return len(na) == 0 || len(nb) == 0 || overlap(na, nb) > 0
}

func numbers(ws []string) []string {
	var out []string
	for _, w := range ws {
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			out = append(out, w)
		}
	}
	return out
}

// compare orders reports by evidence, then by who said what.
func (r *claimRow) compare(o *claimRow) int {
	return cmp.Or(r.Evidence.compare(o.Evidence), strings.Compare(r.SpeakerKey, o.SpeakerKey),
		strings.Compare(r.Text, o.Text), strings.Compare(r.Cue, o.Cue))
}
