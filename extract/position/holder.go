package position

import (
	"sort"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// bothParties is the agent that stands for both belligerents.
const bothParties = "\x00both"

// belligerents are the parties "both sides" and "the parties" stand for.
var belligerents = []string{"Russia", "Ukraine"}

// bothSides are the phrases for them.
var bothSides = [][]string{
	{"the", "parties"}, {"both", "parties"}, {"both", "sides"}, {"the", "two", "sides"},
	{"the", "sides"}, {"two", "sides"}, {"the", "warring", "parties"},
	{"the", "two", "parties"}, {"the", "two", "delegations"}, {"both", "delegations"},
	{"the", "delegations"},
}

// holders returns the parties that hold the stance of stretch s.
func (x *extractor) holders(c clause.Clause, ms []extract.Mention, s stretch, from int) []string {
	x.subjectAt = -1
	if s.passive {
		if p := x.agent(c, ms, s); p == bothParties {
			return belligerents
		} else if p != "" {
			return []string{p} // "was rejected by Moscow"
		}
		if s.both || len(x.ctx.holders) == 0 && x.toks[s.cue].Lower == "agreed" {
			return belligerents // "a new exchange of prisoners was agreed"
		}
		return x.ctx.holders
	}
	if s.atRequest {
		if x.hasBothSides(s.after, min(s.to, s.after+4)) {
			return belligerents
		}
		if p := x.firstParty(ms, x.toks[s.after].Start, x.toks[min(s.to, s.after+4)-1].End); p != "" {
			return []string{p}
		}
		return nil
	}
	if x.hasBothSides(from, s.cue) {
		return belligerents
	}
	if p := x.possessiveBefore(c, ms, s.cue); p != "" {
		return []string{p} // "over Moscow's demand that …", "Kyiv's priority is …"
	}
	if s.cue > c.From && possessivePronoun(x.toks[s.cue-1].Lower) {
		if p, _ := x.subject(c, ms, max(c.From, s.cue-reach), s.cue, true); p != "" {
			return []string{p} // "Moscow sent Washington a message restating its demand"
		}
	}
	p, pos := x.subject(c, ms, from, s.cue, false)
	if j := x.pronounBefore(from, s.cue); j >= 0 && x.toks[j].Start > pos {
		return x.pronounHolder(x.toks[j])
	}
	if p != "" {
		x.subjectAt = pos
		return x.coordinated(ms, pos, p)
	}
	if j := x.pronounSubject(c, from, s.cue); j >= 0 {
		return x.pronounHolder(x.toks[j]) // "Its twelve points call for …"
	}
	if s.noun {
		if p := x.possessiveAfter(c, ms, s); p != "" {
			return []string{p} // "the conditions include Russia's …"
		}
	}
	if sp := x.speakerParty(x.toks[s.cue].Span); sp != "" {
		return []string{sp}
	}
	if x.planSubject(from, s.cue) {
		return x.ctx.holders // "Russia handed over a memorandum. The first option demands …"
	}
	if x.locative != "" {
		return []string{x.locative} // "In Kyiv, officials said the country was ready to …"
	}
	return nil
}

// planSubject reports whether a document of a party's stances is the
// subject before the cue: "the first option demands", "the draft calls for".
func (x *extractor) planSubject(from, cue int) bool {
	for j := max(from, cue-4); j < cue; j++ {
		if planNouns[x.toks[j].Lower] {
			return true
		}
	}
	return false
}

// subject returns the party of the nearest (or, with first, the first)
// mention before the cue that is neither the object of a preposition nor in
// a relative clause ("Lukashenko, whose forces attacked Kyiv, promised"),
// and where it starts (-1 when none).
func (x *extractor) subject(c clause.Clause, ms []extract.Mention, from, cue int, first bool) (string, int) {
	lo, hi := x.toks[from].Start, x.toks[cue].Start
	rel := x.relatives(from, cue)
	best, at := "", -1
	in := within(ms, lo, hi)
	for k := len(in) - 1; k >= 0; k-- {
		m := in[k]
		if m.End > hi || x.object(m.Start) || inRanges(rel, m.Start) || x.modifier(m) || x.objectList(in, k) {
			continue
		}
		if p := x.party(m); p != "" {
			best, at = p, m.Start
			if !first {
				break
			}
		}
	}
	return best, at
}

// object reports whether the mention at pos is the object of a
// preposition, except "the leaders of France" and the like, whose country
// speaks.
func (x *extractor) object(pos int) bool {
	w := wordBefore(x.lower, pos)
	if w == "the" {
		w = wordBefore(x.lower, pos-4)
	}
	if objectVerbs[w] {
		return true // "gave the Russians a list", "told Putin the war …"
	}
	if !prepositions[w] {
		return false
	}
	if w == "of" {
		at := strings.LastIndex(x.lower[:pos], "of")
		return !speakerNouns[wordBefore(x.lower, at)]
	}
	if w == "by" {
		// "Delegations led by Medinsky and Umerov agree …": the leaders
		// speak for their delegations.
		at := strings.LastIndex(x.lower[:pos], "by")
		return !leadVerbs[wordBefore(x.lower, at)]
	}
	return true
}

// speakerNouns before "of" let the country after it hold the stance.
var speakerNouns = map[string]bool{
	"leaders": true, "leader": true, "representatives": true, "government": true,
	"governments": true, "president": true, "delegation": true, "delegations": true,
	"authorities": true, "ministry": true, "minister": true, "officials": true, "side": true,
	"head": true, "heads": true, "prime": true, "parliament": true,
}

// within returns the mentions of ms (sorted by Start) that start in
// [lo, hi).
func within(ms []extract.Mention, lo, hi int) []extract.Mention {
	a := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= lo })
	b := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= hi })
	if b < a {
		b = a
	}
	return ms[a:b]
}

// coordinated adds the party named before "and" to the subject at pos:
// "Russia and Ukraine agreed …".
func (x *extractor) coordinated(ms []extract.Mention, pos int, p string) []string {
	out := []string{p}
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	for k > 0 && k < len(ms) && ms[k-1].End <= ms[k].Start && listGap(x.lower[ms[k-1].End:ms[k].Start]) {
		k--
		if q := x.party(ms[k]); q != "" {
			out = addString(out, q)
		}
	}
	if len(out) > 1 {
		// In text order: "France, Germany and Poland".
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out
}

// listGap reports whether the text between two mentions joins them in a
// list: ", ", " and ", ", the ", ", and the ".
func listGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "and", ", and", ", the", "and the", ", and the", "or":
		return true
	}
	return false
}

func addString(list []string, s string) []string {
	for _, t := range list {
		if t == s {
			return list
		}
	}
	return append(list, s)
}

// relatives returns the byte ranges of ", who/whose/which …," between
// tokens from and cue: "Lukashenko, whose forces attacked Kyiv, promised".
func (x *extractor) relatives(from, cue int) [][2]int {
	var out [][2]int
	open := -1
	for j := from; j < cue; j++ {
		switch w := x.toks[j].Lower; {
		case w == "," && j+1 < cue && (relatives[x.toks[j+1].Lower] || participle(x.toks[j+1].Lower)):
			open = x.toks[j].End
		case w == "," && open >= 0:
			out = append(out, [2]int{open, x.toks[j].Start})
			open = -1
		}
	}
	return out
}

func inRanges(rs [][2]int, pos int) bool {
	for _, r := range rs {
		if pos >= r[0] && pos < r[1] {
			return true
		}
	}
	return false
}

var relatives = map[string]bool{"who": true, "whose": true, "which": true, "where": true, "whom": true}

// participle reports whether w opens an apposition: ", visiting Kyiv,".
func participle(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

func possessivePronoun(w string) bool {
	return w == "its" || w == "his" || w == "her" || w == "their"
}

// pronounBefore returns the token index of the last subject pronoun between
// from and the cue, or -1.
func (x *extractor) pronounBefore(from, cue int) int {
	for j := cue - 1; j >= from; j-- {
		if pronouns[x.toks[j].Lower] && (j == from || !prepositions[x.toks[j-1].Lower]) {
			return j
		}
	}
	return -1
}

// pronounHolder resolves a subject pronoun: the speaker whose words it is
// in, for "he"/"she" the first person named in this or the previous
// sentence, else the holder of the stance told last.
func (x *extractor) pronounHolder(t clause.Token) []string {
	if sp := x.speakerParty(t.Span); sp != "" {
		return []string{sp}
	}
	if t.Lower == "he" || t.Lower == "she" {
		if x.person.party != "" && x.person.start < t.Start {
			return []string{x.person.party}
		}
		if x.prevPerson != "" {
			return []string{x.prevPerson}
		}
	}
	if len(x.ctx.holders) == 0 && x.prevSubject != "" && t.Lower != "we" && t.Lower != "i" {
		return []string{x.prevSubject} // "China published a plan. It calls for …"
	}
	return x.ctx.holders
}

func (x *extractor) hasBothSides(from, cue int) bool {
	for j := from; j < cue; j++ {
		for _, p := range bothSides {
			if hasPhrase(x.toks[:cue], j, p) {
				return true
			}
		}
	}
	return false
}

func hasPhrase(toks []clause.Token, i int, p []string) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[i+k].Lower != w {
			return false
		}
	}
	return true
}

// agent returns the party after "by" following a passive cue.
func (x *extractor) agent(c clause.Clause, ms []extract.Mention, s stretch) string {
	if x.word(c, s.after) != "by" {
		return ""
	}
	if x.hasBothSides(s.after+1, min(s.to, s.after+4)) {
		return bothParties // "agreed by the delegations"
	}
	return x.firstParty(ms, x.toks[s.after].End, x.toks[min(s.to, s.after+5)-1].End)
}

// possessiveAfter returns the party of a possessive shortly after a noun
// cue ("include Russia's continued control").
func (x *extractor) possessiveAfter(c clause.Clause, ms []extract.Mention, s stretch) string {
	for j := s.after; j < s.to && j < s.after+6; j++ {
		if clause.IsPossessive(x.toks[j]) && j > s.after {
			return x.firstParty(ms, x.toks[j-1].Start, x.toks[j-1].End)
		}
	}
	return ""
}

func (x *extractor) firstParty(ms []extract.Mention, lo, hi int) string {
	for _, m := range within(ms, lo, hi) {
		if m.End <= hi {
			if p := x.party(m); p != "" {
				return p
			}
		}
	}
	return ""
}

// speakerParty returns the party of the speaker whose reported words
// contain at.
func (x *extractor) speakerParty(at truce.Span) string {
	for _, a := range x.d.Attributions {
		if a.SpeakerSpan == nil || at.Start < a.Content.Start || at.End > a.Content.End {
			continue
		}
		for _, m := range x.d.MentionsIn(*a.SpeakerSpan) {
			if p := x.party(m); p != "" {
				return p
			}
		}
	}
	return ""
}

// party returns the party mention m speaks for: a nationality adjective's
// or a person's party, a country, a capital used for its government, a
// body's party or, for international bodies, the body itself.
func (x *extractor) party(m extract.Mention) string {
	switch {
	case m.Kind == "outlet" || m.Kind == "wire" || m.Kind == "journalist":
		return ""
	case m.Entity < 0, m.Type == truce.Person:
		return m.Party
	case m.Type == truce.Place && m.Kind == "country":
		return m.Name
	case m.Type == truce.Place && (m.Kind == "city" || m.Kind == "capital"):
		return m.Party
	case m.Type == truce.Organization && m.Party != "":
		return m.Party
	case m.Type == truce.Organization && m.Kind == "international":
		return m.Name
	}
	return ""
}

// wordBefore returns the lower-case word that ends before byte at.
func wordBefore(lower string, at int) string {
	j := at
	for j > 0 && (lower[j-1] == ' ' || lower[j-1] == '\t' || lower[j-1] == '\n') {
		j--
	}
	i := j
	for i > 0 && ('a' <= lower[i-1] && lower[i-1] <= 'z' || '0' <= lower[i-1] && lower[i-1] <= '9') {
		i--
	}
	return lower[i:j]
}

// holderNouns after a nationality adjective make it speak for its party:
// "the Russian side", "Ukrainian officials", "the Russian memorandum".
var holderNouns = map[string]bool{
	"side": true, "sides": true, "delegation": true, "delegations": true, "government": true,
	"president": true, "presidency": true, "prime": true, "foreign": true, "defence": true,
	"defense": true, "officials": true, "official": true, "authorities": true, "leadership": true,
	"leader": true, "leaders": true, "negotiator": true, "negotiators": true, "team": true,
	"minister": true, "ministry": true, "diplomats": true, "diplomat": true, "envoy": true,
	"parliament": true, "spokesman": true, "spokeswoman": true, "representatives": true,
	"representative": true, "counterpart": true, "counterparts": true, "head": true,
	"chief": true, "security": true, "national": true, "deputy": true, "ambassador": true,
	"embassy": true, "lawmakers": true, "proposal": true, "proposals": true, "memorandum": true,
	"plan": true, "draft": true, "position": true, "demands": true, "conditions": true,
	"terms": true, "military": true, "command": true, "general": true, "state": true,
	"administration": true, "cabinet": true, "premier": true, "chancellor": true, "mps": true,
}

// modifier reports whether m is a nationality adjective qualifying a noun
// that speaks for no one: "hand over the bodies of 3,000 more Ukrainian
// soldiers and proposed …" is Russia's proposal, not Ukraine's.
func (x *extractor) modifier(m extract.Mention) bool {
	if m.Kind != "adjective" || m.End >= len(x.d.Text) || x.d.Text[m.End-1] == 's' {
		return false // "Ukrainians reject …": the people themselves
	}
	rest := x.d.Text[m.End:]
	if len(rest) > 1 && rest[0] == '-' && rest[1] >= 'A' && rest[1] <= 'Z' {
		return true // "the first direct Russian-Ukrainian talks"
	}
	if len(rest) < 2 || rest[0] != ' ' || rest[1] < 'a' || rest[1] > 'z' {
		return false // a name or punctuation follows
	}
	w := wordAfter(x.lower, m.End)
	return !holderNouns[w] && cues[w].stance == "" && !auxiliary(w)
}

func wordAfter(lower string, at int) string {
	i := at
	for i < len(lower) && lower[i] == ' ' {
		i++
	}
	j := i
	for j < len(lower) && ('a' <= lower[j] && lower[j] <= 'z') {
		j++
	}
	return lower[i:j]
}

func auxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "will", "would", "has", "have", "had", "said", "says",
		"also", "do", "does", "did", "can", "could", "must", "should", "may", "might", "and", "or":
		return true
	}
	return false
}
