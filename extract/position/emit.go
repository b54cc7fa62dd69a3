package position

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// clause adds the positions of clause c of sentence si.
func (x *extractor) clause(si int, c clause.Clause, ms []extract.Mention) {
	var buf [4]stretch
	ss := x.stretches(buf[:0], c, ms)
	if len(ss) == 0 {
		if s, ok := x.enumerated(si, c); ok {
			x.emit(si, c, s, x.ctx.holders, false)
		} else {
			x.heading(si, c, ms)
		}
		return
	}
	from := c.From
	var last []string
	for _, s := range ss {
		if x.doubted(from, s.cue) {
			from = s.after
			continue
		}
		var holders []string
		switch {
		case s.must:
			holders = x.obliger(c, ms, s)
		default:
			holders = x.holders(c, ms, s, from)
		}
		if s.cont {
			holders = last // "demanded a truce and threatened new sanctions"
		}
		x.emit(si, c, s, holders, true)
		if s.won > 0 {
			x.persuaded(si, c, ms, s)
		}
		x.judged(si, c, s, holders)
		from, last = s.after, holders
	}
}

// doubted reports whether the stance is in doubt: "whether the Russian
// side will accept", "it is unclear how …".
func (x *extractor) doubted(from, cue int) bool {
	for j := from; j < cue; j++ {
		if doubtWords[x.toks[j].Lower] {
			return true
		}
	}
	return false
}

// emit adds one position per holder and issue of stretch s, and makes s the
// context of what follows. Without issue terms of its own, a stretch that
// points back ("these conditions") takes the issues of the context.
func (x *extractor) emit(si int, c clause.Clause, s stretch, holders []string, cued bool) {
	x.hits = x.st.matcher.find(x.hits[:0], x.toks, s.after, x.beforeReturn(s))
	if len(x.hits) == 0 && (s.passive || x.theirReturn(s)) {
		x.hits = x.st.matcher.find(x.hits, x.toks, x.lastComma(c, s.cue), s.cue) // "the status of Crimea is rejected"
	}
	if len(x.hits) == 0 && s.back {
		// "registered hundreds of prisoners of war coming from the site, at
		// the demand of the two parties"
		x.hits = x.st.matcher.find(x.hits, x.toks, max(c.From, s.cue-14), s.cue)
	}
	var issues []int
	loc := -1 // the last hit skipped as a place
	for k, h := range x.hits {
		if k > 0 && (x.locates(h) || x.sameLocation(loc, h)) || x.ground(h, k > 0) {
			loc = h.tok
			continue // "the nuclear power plant in Zaporizhzhia": where, not what
		}
		if h.tok >= 2 && x.toks[h.tok-1].Lower == "-" && x.toks[h.tok-2].Lower == "non" {
			continue // "a neutral, non-nuclear status" is no stance on nuclear safety
		}
		if s.threat && x.st.issues[h.issue].ID != "sanctions" {
			continue // a threat of anything else is no stance
		}
		if x.handover(h, x.hits[k+1:]) || len(x.hits) > 1 && x.framed(h) {
			continue
		}
		issues = addInt(issues, x.reading(h))
	}
	fromContext := false
	if len(issues) == 0 && cued && (x.pointsBack(s) || x.bare(s)) {
		issues, fromContext = x.ctx.issues, true
	}
	if len(issues) == 0 && cued && x.subjectAt >= 0 {
		// "freezing the war along the front line, an idea Kyiv has
		// rejected": the object is the noun before the holder.
		issues = x.antecedent(c, s)
	}
	if len(holders) > 0 {
		x.remember(si, holders, s.stance, issues, fromContext)
	}
	for _, p := range holders {
		for _, is := range issues {
			x.add(si, truce.Position{
				Span: c.Span, Party: p, Issue: x.st.issues[is].ID, Stance: s.stance,
				Summary: x.summary(p, c, s, is, fromContext),
			})
		}
	}
	x.price(si, c, s, holders)
}

// price adds what a party asks for a concession: "Kyiv offers neutrality
// in exchange for guarantees" demands the guarantees. A refusal's price is
// the other side's offer ("refuses to cede land in exchange for a truce"),
// so only offers and acceptances have one.
func (x *extractor) price(si int, c clause.Clause, s stretch, holders []string) {
	if len(holders) == 0 || s.stance == Reject || s.stance == Demand {
		return
	}
	p := stretch{cue: x.beforeReturn(s), to: s.to, stance: Demand}
	p.after = p.cue + 3
	if p.cue >= s.to {
		// "would not join NATO, and in exchange the guarantors would
		// promise to defend it": the rest of the clause is the price.
		p.cue = x.inExchange(s.to, c.To)
		p.after, p.to = p.cue+2, c.To
	}
	if p.cue >= c.To {
		return
	}
	x.hits = x.st.matcher.find(x.hits[:0], x.toks, p.after, p.to)
	var issues []int
	for _, h := range x.hits {
		issues = addInt(issues, h.issue)
	}
	for _, party := range holders {
		for _, is := range issues {
			x.add(si, truce.Position{
				Span: c.Span, Party: party, Issue: x.st.issues[is].ID, Stance: Demand,
				Summary: x.summary(party, c, p, is, false),
			})
		}
	}
}

// remember makes a stance the context of what follows. The items of one
// list ("three preconditions: …; …; …") add up; a stance that took its
// issues from the context leaves them there.
func (x *extractor) remember(si int, holders []string, stance string, issues []int, fromContext bool) {
	ctx := context{holders: holders, stance: stance, issues: x.ctx.issues, sentence: si}
	switch {
	case fromContext:
	case x.ctx.sentence == si && sameHolders(x.ctx.holders, holders):
		ctx.issues = mergeInts(x.ctx.issues, issues)
	default:
		ctx.issues = issues
	}
	x.ctx = ctx
}

// pointsBack reports whether the stretch's object refers to a stance told
// before: "these conditions", "such terms", "them".
func (x *extractor) pointsBack(s stretch) bool {
	for j := s.after; j < s.to && j < s.after+4; j++ {
		switch x.toks[j].Lower {
		case "them", "it":
			return true
		case "these", "this", "those", "such", "its", "their":
			// "these conditions", "its demands"; not "reduce its army".
			for k := j + 1; k < s.to && k <= j+2; k++ {
				if stanceNouns[x.toks[k].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// lastComma is the token after the last comma before the cue, or the
// clause start: "the lists, which had been agreed" agreed no list named
// before the comma.
func (x *extractor) lastComma(c clause.Clause, cue int) int {
	for j := cue - 2; j > c.From && j > cue-reach; j-- {
		if x.toks[j].Lower == "," && !digitComma(x.toks, j) {
			return j + 1 // not the comma of ", agreed by the delegations"
		}
	}
	return c.From
}

// digitComma reports whether the comma at j groups digits: "1,000".
func digitComma(toks []clause.Token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start &&
		isDigit(toks[j-1].Lower) && isDigit(toks[j+1].Lower)
}

func isDigit(w string) bool {
	return w != "" && '0' <= w[0] && w[0] <= '9'
}

// theirReturn reports whether the stretch's object is the return of
// people named before the cue: "a list of 339 deported children and asked
// for their return".
func (x *extractor) theirReturn(s stretch) bool {
	return s.after+1 < s.to && possessivePronoun(x.toks[s.after].Lower) && returnNouns[x.toks[s.after+1].Lower]
}

var returnNouns = map[string]bool{
	"return": true, "release": true, "exchange": true, "repatriation": true, "liberation": true,
	"swap": true, "handover": true, "transfer": true,
}

// bare reports whether the cue has no object at all: "Moscow later
// attaches conditions.", "Kyiv refused."
func (x *extractor) bare(s stretch) bool {
	return s.after >= s.to || s.after+1 == s.to && x.toks[s.after].Punct
}

// antecedent returns the issues named before an object relative clause
// whose subject holds the stance: "…, an idea Kyiv has rejected",
// "…, a plan that Moscow rejects".
func (x *extractor) antecedent(c clause.Clause, s stretch) []int {
	j := max(c.From, s.cue-reach) // bounded: a clause of many cues stays linear
	for j < s.cue && x.toks[j].End <= x.subjectAt {
		j++
	}
	// j is the holder's first token; the word before must be a stance
	// noun, or "that"/"which" after one.
	k := j - 1
	if k > c.From && (x.toks[k].Lower == "that" || x.toks[k].Lower == "which") {
		k--
	}
	if k <= c.From || !stanceNouns[x.toks[k].Lower] {
		return nil
	}
	var out []int
	x.hits = x.st.matcher.find(x.hits[:0], x.toks, max(c.From, k-reach), k)
	for n, h := range x.hits {
		if n > 0 && x.locates(h) || x.ground(h, n > 0) {
			continue
		}
		out = addInt(out, h.issue)
	}
	return out
}

// stanceNouns name a stance told before: "these conditions", "such terms".
var stanceNouns = map[string]bool{
	"conditions": true, "condition": true, "demands": true, "demand": true, "terms": true,
	"proposal": true, "proposals": true, "plan": true, "idea": true, "ideas": true, "offer": true,
	"position": true, "positions": true, "approach": true, "formula": true, "deal": true,
	"ultimatum": true, "requirements": true, "points": true, "option": true, "options": true,
	"initiative": true, "scenario": true, "solution": true, "preconditions": true,
	"requests": true, "request": true, "claims": true, "stance": true, "memorandum": true,
}

// beforeReturn is where the stance's object ends: what comes "in exchange
// for" or "in return for" it is the price asked, not the object ("refuses
// to cede the Donbas in exchange for a ceasefire" rejects no ceasefire).
func (x *extractor) beforeReturn(s stretch) int {
	for j := s.after; j+2 < s.to; j++ {
		if x.toks[j].Lower == "in" && (x.toks[j+1].Lower == "exchange" || x.toks[j+1].Lower == "return") && x.toks[j+2].Lower == "for" {
			return j
		}
	}
	return s.to
}

// inExchange returns where a bare "in exchange" or "in return" (no "for")
// starts in toks[from:to], or to.
func (x *extractor) inExchange(from, to int) int {
	for j := from; j+2 < to && j < from+reach; j++ {
		if x.toks[j].Lower == "in" && (x.toks[j+1].Lower == "exchange" || x.toks[j+1].Lower == "return") && x.toks[j+2].Lower != "for" {
			return j
		}
	}
	return to
}

// reach bounds how far a rule looks back or ahead from a cue, so that a
// clause with many cues stays linear.
const reach = 30

// add appends p unless the sentence already holds the same stance.
func (x *extractor) add(si int, p truce.Position) {
	for k := len(x.out) - 1; k >= 0 && k >= len(x.out)-32; k-- {
		q := x.out[k]
		if q.End <= x.d.Sentences[si].Start {
			break
		}
		if q.Party == p.Party && q.Issue == p.Issue && q.Stance == p.Stance {
			return
		}
	}
	x.out = append(x.out, p)
}

// summary words a position in one line from the text: "Russia demands
// Ukraine remain neutral after the war and not join NATO".
func (x *extractor) summary(party string, c clause.Clause, s stretch, issue int, fromContext bool) string {
	var object, sep string
	switch {
	case s.passive || s.noun || s.after >= s.to:
		object, sep = x.d.Text[c.Start:c.End], ": "
	case (s.modal || s.flipped) && x.subjectAt >= 0 && x.subjectAt < x.toks[s.cue].Start:
		object, sep = x.d.Text[x.subjectAt:x.toks[s.to-1].End], ": " // "Kyiv would not give up territory"
	case s.modal && s.cue > c.From:
		object, sep = x.d.Text[x.toks[s.cue-1].Start:x.toks[s.to-1].End], ": "
	default:
		object, sep = x.d.Text[x.toks[s.after].Start:x.toks[s.to-1].End], " "
	}
	// A whole clause can be very long: look at its head only, so that a
	// summary costs the same for every position.
	object = strings.TrimLeft(oneLine(head(object, 600)), " ,:;")
	for _, lead := range leads {
		if len(object) > len(lead) && strings.EqualFold(object[:len(lead)], lead) {
			object = object[len(lead):]
		}
	}
	if i := strings.LastIndex(object, ", "); i > 0 && saying(object[i:]) {
		object = object[:i] // "…, Zelensky told reporters"
	}
	if i := strings.Index(object, ", and "); i > 0 {
		object = object[:i] // "these conditions, and Zelensky …"
	}
	object = cut(strings.TrimRight(object, " ,;.:"), 120)
	out := party + " " + stanceVerbs[s.stance] + sep + object
	if fromContext || object == "" {
		out += " (" + x.st.issues[issue].Label + ")"
	}
	return strings.TrimSpace(out)
}

// leads are words that open a clause or a complement and say nothing.
var leads = []string{"first, ", "secondly, ", "second, ", "thirdly, ", "third, ", "finally, ", "but ", "and ", "however, ", "that ", "on ", "to ", "with "}

// saying reports whether tail is a reporting clause: ", Lavrov said".
func saying(tail string) bool {
	for _, w := range strings.Fields(tail) {
		switch strings.Trim(w, ".,;:\"”") {
		case "said", "says", "told", "added", "noted", "stated", "reported", "claimed":
			return true
		}
	}
	return false
}

// head returns at most the first n bytes of s, cut on a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// oneLine folds line breaks and runs of spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// cut shortens s to at most n bytes at a space, marking the cut.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := strings.LastIndexByte(s[:n], ' ')
	if i <= 0 {
		i = n
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
	}
	return s[:i] + "…"
}

func addInt(list []int, v int) []int {
	for _, w := range list {
		if w == v {
			return list
		}
	}
	return append(list, v)
}

func mergeInts(a, b []int) []int {
	out := append([]int(nil), a...)
	for _, v := range b {
		out = addInt(out, v)
	}
	return out
}

func sameHolders(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// reading returns the issue a hit stands for where its words mislead:
// troops that "must leave all of Ukraine's territory" withdraw (ceasefire),
// guarantees "similar to Article 5" are security guarantees, not NATO.
func (x *extractor) reading(h hit) int {
	id, w := x.st.issues[h.issue].ID, x.toks[h.tok].Lower
	switch {
	case id == "territory" && (w == "territory" || w == "territories" || w == "land" || w == "soil"):
		j := h.tok - 1
		for j >= 0 && j >= h.tok-4 && (groundWords[x.toks[j].Lower] || clause.IsPossessive(x.toks[j]) || x.toks[j].Lower == "ukraine") {
			j--
		}
		if j >= 0 && leaveWords[x.toks[j].Lower] {
			return x.issueIndex("ceasefire", h.issue)
		}
	case id == "nato_neutrality" && w == "article" && h.tok >= 2:
		if p := x.toks[h.tok-1].Lower; p == "like" || p == "to" && x.toks[h.tok-2].Lower == "similar" {
			return x.issueIndex("security_guarantees", h.issue)
		}
	}
	return h.issue
}

var leaveWords = map[string]bool{"leave": true, "leaves": true, "leaving": true, "left": true, "vacate": true}

// issueIndex returns the index of the issue with the given ID, or def.
func (x *extractor) issueIndex(id string, def int) int {
	for i, is := range x.st.issues {
		if is.ID == id {
			return i
		}
	}
	return def
}

// framed reports whether hit h is the subject an embedded demand is put
// on: "insisted that any ceasefire must come with security guarantees"
// demands the guarantees, not the ceasefire.
func (x *extractor) framed(h hit) bool {
	if h.tok == 0 || x.toks[h.tok-1].Lower != "any" {
		return false
	}
	for j := h.tok + 1; j < len(x.toks) && j <= h.tok+2; j++ {
		switch x.toks[j].Lower {
		case "must", "should", "would", "will", "has", "have", "needs", "cannot":
			return true
		}
	}
	return false
}

// handover reports whether withdrawal hit h is one from named regions
// ("withdraw its troops from the Donetsk and Luhansk regions"): a handing
// over of territory, not a ceasefire term (as the gold sets annotate it).
func (x *extractor) handover(h hit, later []hit) bool {
	if x.st.issues[h.issue].ID != "ceasefire" || !strings.HasPrefix(x.toks[h.tok].Lower, "withdr") {
		return false
	}
	from := -1
	for j := h.tok + 1; j < len(x.toks) && j <= h.tok+8; j++ {
		if x.toks[j].Lower == "from" {
			from = j
			break
		}
	}
	if from < 0 {
		return false
	}
	for _, m := range later {
		if m.tok > from+6 { // "from the parts of four regions"
			break
		}
		if m.tok > from && x.st.issues[m.issue].ID == "territory" {
			// Named regions or "four regions", not "the territory of
			// Ukraine" or "the front line".
			switch x.toks[m.tok].Lower {
			case "territory", "territories", "land", "lands", "soil", "occupied", "front", "frontline", "line", "contact":
				return false
			}
			return true
		}
	}
	return false
}

// ground reports whether a plain "territory", "land" or "soil" only says
// where: "missiles on Belarusian territory", and after another issue
// "the withdrawal of troops from the territory of Ukraine". "A compromise
// on territory" is about it.
func (x *extractor) ground(h hit, after bool) bool {
	switch x.toks[h.tok].Lower {
	case "territory", "territories", "land", "lands", "soil", "occupied":
	default:
		return false
	}
	j, skipped, whose := h.tok-1, 0, false
	for ; j >= 0 && skipped < 4; j, skipped = j-1, skipped+1 {
		t := x.toks[j]
		if groundWords[t.Lower] || clause.IsPossessive(t) {
			whose = whose || possessivePronoun(t.Lower) || t.Lower == "our"
			continue
		}
		if r, _ := utf8.DecodeRuneInString(x.d.Text[t.Start:]); !whose && !t.Punct && unicode.IsUpper(r) {
			whose = true // "Belarusian", "Ukraine('s)"
			continue
		}
		break
	}
	if j < 0 {
		return false
	}
	switch x.toks[j].Lower {
	case "from":
		return after
	case "on", "onto":
		return whose // not "concessions on the land issue"
	}
	return false
}

// groundWords stand between a preposition and the ground it names.
var groundWords = map[string]bool{
	"the": true, "all": true, "of": true, "its": true, "their": true, "our": true, "his": true,
	"'s": true, "’s": true, "occupied": true,
}

// locates reports whether territory hit h is only a place name after "in",
// "near" or "at", locating an issue named before it.
func (x *extractor) locates(h hit) bool {
	if x.st.issues[h.issue].ID != "territory" || h.tok == 0 {
		return false
	}
	for j := h.tok - 1; j >= 0 && j >= h.tok-3; j-- {
		if w := x.toks[j].Lower; w == "along" {
			return true // "disengage forces along the (current) front line"
		} else if w != "the" && w != "current" && w != "entire" && w != "whole" {
			break
		}
	}
	switch x.toks[h.tok-1].Lower {
	case "in", "near", "at", "around":
	case "the":
		// "freeze the front in the regions of Kherson and Zaporizhzhia"
		w := x.toks[h.tok].Lower
		return h.tok >= 2 && x.toks[h.tok-2].Lower == "in" && (w == "regions" || w == "region" || w == "oblast" || w == "oblasts")
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.d.Text[x.toks[h.tok].Start:])
	return unicode.IsUpper(r)
}

// sameLocation reports whether territory hit h continues the place skipped
// at token loc: "in the regions of Kherson and Zaporizhzhia".
func (x *extractor) sameLocation(loc int, h hit) bool {
	if loc < 0 || h.tok <= loc || h.tok-loc > 4 || x.st.issues[h.issue].ID != "territory" {
		return false
	}
	for j := loc + 1; j < h.tok; j++ {
		switch x.toks[j].Lower {
		case "of", "and", ",", "the":
		default:
			return false
		}
	}
	return true
}
