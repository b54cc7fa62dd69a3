package analyze

import (
	"cmp"
	"sort"
	"strings"
)

// claimGroup is a claim being built: its reports and what denial linking needs.
type claimGroup struct {
	id       string
	reps     []*claimRow
	keywords []string
	parties  []string // parties of the claim: named in it or speaking it
	deny     bool
	negated  bool
	denials  []ClaimLink
	denies   []string
}

func newClaimGroup(reps []claimRow, members []int) *claimGroup {
	g := &claimGroup{}
	for _, i := range members {
		r := &reps[i]
		g.reps = append(g.reps, r)
		g.keywords = append(g.keywords, r.Keywords...)
		g.parties = append(g.parties, r.Parties...)
		if r.Party != "" {
			g.parties = append(g.parties, r.Party)
		}
		g.deny = g.deny || r.Deny
		g.negated = g.negated || r.Negated
	}
	g.keywords, g.parties = sortedSet(g.keywords), sortedSet(g.parties)
	first := g.reps[0].Evidence
	g.id = claimID(first)
	return g
}

// claimID names a claim or event by the span of its first report.
func claimID(e Evidence) string { return e.DocID + ":" + itoa(e.Start) + "-" + itoa(e.End) }

func (g *claimGroup) first() Evidence { return g.reps[0].Evidence }

// linkDenials links each denying statement to the earlier claims it denies:
// an explicit denial (denied, rejected, dismissed) sharing the claim's
// words, or a statement saying the opposite by a party of the claim.
func linkDenials(claims []*claimGroup) {
	idx := newWordIndex() // claims come in date order: the index holds the earlier ones
	for j, d := range claims {
		if d.deny || d.negated {
			linkDenial(claims, idx, d)
		}
		idx.add(j, d.keywords)
	}
}

func linkDenial(claims []*claimGroup, idx *wordIndex, d *claimGroup) {
	for _, i := range idx.candidates(d.keywords, 2) {
		c := claims[i]
		if c.deny || c.negated || !notLater(c.first(), d.first()) {
			continue
		}
		if kind := denialKind(c, d); kind != "" {
			r := d.reps[0]
			c.denials = append(c.denials, ClaimLink{Claim: d.id, Kind: kind, Speaker: r.Speaker, Text: r.Text, Evidence: r.Evidence})
			d.denies = append(d.denies, c.id)
		}
	}
}

// denialKind says how statement d answers claim c: Denied when d uses a
// denying verb on most of c's words; Contradicted when d says the opposite
// and its speaker is a party the claim is about but did not make it; ""
// when d does not answer c.
func denialKind(c, d *claimGroup) string {
	n := float64(overlap(c.keywords, d.keywords))
	by, claimant := d.reps[0], c.reps[0]
	switch {
	case by.SpeakerKey == claimant.SpeakerKey || strongOverlap(c.keywords, d.keywords) == 0:
		return "" // a speaker changing their mind is a position change
	case d.deny && n >= 0.4*float64(len(d.keywords)):
		return Denied
	case n >= 3 && n >= 0.5*float64(len(d.keywords)) && sharesParty(by.Party, c.parties) && by.Party != claimant.Party &&
		withinDays(c.first().Published, d.first().Published, contradictionDays):
		return Contradicted
	}
	return ""
}

// contradictionDays bounds how late a statement saying the opposite still
// answers a claim; an explicit denial may come any time.
const contradictionDays = 90

// withinDays reports whether both dates are known and b is at most n days after a.
func withinDays(a, b string, n int) bool {
	da, db := dayNumber(a), dayNumber(b)
	return da >= 0 && db >= 0 && db-da <= n
}

// notLater reports whether a was published no later than b; undated
// reports cannot be ordered and pass.
func notLater(a, b Evidence) bool {
	return a.Published == "" || b.Published == "" || a.Published <= b.Published
}

func sharesParty(p string, parties []string) bool { return p != "" && contains(parties, p) }

// claim turns the group into the view's Claim.
func (g *claimGroup) claim(sigs map[string][]uint32) Claim {
	first := g.reps[0]
	c := Claim{ID: g.id, Speaker: first.Speaker, Anonymous: first.Anonymous, Party: first.Party, Text: first.Text,
		First: first.Evidence.Published, Denials: nonNil(g.denials), Denies: nonNil(sortedSet(g.denies))}
	seen := map[string]bool{}
	for _, r := range g.reps {
		k := r.Evidence.DocID + "\x00" + r.Text
		if seen[k] {
			continue // one statement the extractor attributed twice
		}
		seen[k] = true
		c.Reports = append(c.Reports, ClaimReport{Evidence: r.Evidence, Speaker: r.Speaker, Cue: r.Cue,
			Via: nonNil(r.Via), Origin: r.Origin})
		c.Issues = append(c.Issues, r.Issues...)
	}
	c.Origins, c.Issues = origins(g.reps, sigs), nonNil(sortedSet(c.Issues))
	sort.SliceStable(c.Denials, func(i, j int) bool {
		return cmp.Or(c.Denials[i].Evidence.compare(c.Denials[j].Evidence), strings.Compare(c.Denials[i].Claim, c.Denials[j].Claim)) < 0
	})
	c.Status = status(c)
	return c
}

func status(c Claim) string {
	kinds := map[string]bool{}
	for _, d := range c.Denials {
		kinds[d.Kind] = true
	}
	switch {
	case kinds[Denied]:
		return Denied
	case kinds[Contradicted]:
		return Contradicted
	case len(c.Origins) >= 2:
		return Corroborated
	}
	return SingleSource
}

// origins lists the independent origins of a claim's reports. Two
// attributions of one statement inside one article (the extractor's
// doubles, or "Trump said … he wrote on Truth Social") are one origin, and
// so is an article that nearly copies an earlier one (sigs: documents'
// shingle signatures).
func origins(reps []*claimRow, sigs map[string][]uint32) []string {
	seen := map[string]bool{}
	var out []string
	var docs []string // documents whose reports counted
	for _, r := range reps {
		doc := r.Evidence.DocID
		bySpeaker, byText := doc+"\x00"+r.SpeakerKey, doc+"\x01"+r.Text
		if !seen[bySpeaker] && !seen[byText] && !copies(doc, docs, sigs) {
			out = append(out, r.Origin)
			docs = append(docs, doc)
		}
		seen[bySpeaker], seen[byText] = true, true
	}
	return sortedSet(out)
}

// copies reports whether doc nearly duplicates one of the earlier docs.
func copies(doc string, earlier []string, sigs map[string][]uint32) bool {
	sig, ok := sigs[doc]
	if !ok {
		return false
	}
	for _, e := range earlier {
		if e != doc && similarity(sig, sigs[e]) >= dupSimilarity {
			return true
		}
	}
	return false
}
