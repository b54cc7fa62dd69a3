package attribution

import (
	"strings"

	"github.com/truce-project/truce"
)

// This file reads the relays around a cue: the addressee ("told Axios"),
// the medium ("writes on Substack"), "citing Y", interviews and "we read in".

// weRead reads "we read in Il Fatto Quotidiano": a frame naming the medium.
func (x *extractor) weRead(k int) (cand, bool) {
	name, end := x.medium(k + 1)
	if name == "" {
		return cand{}, false
	}
	sp := speaker{name: name, outlet: true}
	return cand{lo: k - 1, hi: end, cue: x.spanOf(k, k+1), sp: sp, framing: true}, true
}

func (x *extractor) isInterview(k int) bool {
	return x.word(k, "interview") || x.word(k, "speaking") || x.word(k, "comments") || x.word(k, "remarks")
}

// interview reads "in an interview with CNN", "speaking to the BBC", "in
// comments to Reuters": a frame naming the outlet.
func (x *extractor) interview(k int) (cand, bool) {
	p := k + 1
	if !x.word(p, "with") && !x.word(p, "to") {
		return cand{}, false
	}
	p++
	if x.word(p, "the") {
		p++
	}
	if p >= len(x.toks) || !x.toks[p].cap {
		return cand{}, false
	}
	e := x.capRun(p, min(len(x.toks), p+6))
	sp := x.nameAt(p, p, e)
	sp.outlet = true
	lo := k
	for lo > 0 && lo > k-3 && x.toks[lo-1].is(fDet|fPrep) {
		lo-- // "in an"
	}
	return cand{lo: lo, hi: e, cue: x.spanOf(k, k+1), sp: sp, framing: true}, true
}

// addressee consumes "told Axios", "confirmed to Axios", "reports to Hersh",
// "writes on Substack" after the cue; outlets and journalists become via. It
// returns the addressee's name.
func (x *extractor) addressee(c *cand, k int) string {
	p := c.hi
	if x.toks[k].is(fTell) && p < len(x.toks) && x.toks[p].ment >= 0 {
		return x.takeMention(c, p)
	}
	if x.toks[k].is(fTell) && x.word(p, "the") && p+1 < len(x.toks) && x.toks[p+1].ment >= 0 {
		return x.takeMention(c, p+1) // "told the BBC"
	}
	if x.toks[k].is(fTell) || x.word(p, "to") {
		q := p
		if x.word(q, "to") {
			q++
		}
		if x.word(q, "the") || x.word(q, "a") {
			q++
		}
		if q < len(x.toks) && x.toks[q].kind == tWord && x.toks[q].is(fListener) {
			c.hi = q + 1 // "told reporters", "said to the newspaper"
			return ""
		}
	}
	if x.word(p, "to") && p+1 < len(x.toks) && x.toks[p+1].ment >= 0 {
		return x.takeMention(c, p+1)
	}
	q, to := p, x.word(p, "to")
	if to {
		q++
	}
	if x.word(q, "the") && q+1 < len(x.toks) && x.toks[q+1].cap {
		q++ // "told the BBC"
	}
	if (to || x.toks[k].is(fTell)) && q < len(x.toks) && x.toks[q].cap && x.toks[q].ment < 0 && !x.toks[q].is(fDet) {
		e := q
		for e < len(x.toks) && e < q+4 && x.toks[e].kind == tWord && x.toks[e].cap {
			e++
		}
		if e < len(x.toks) && x.toks[e].kind == tWord && x.toks[e].is(fSide|fRole|fAnon|fListener) {
			return "" // "told the Turkish side": an adjective, not an outlet
		}
		name := x.d.Text[x.toks[q].Start:x.toks[e-1].End]
		c.via, c.hi = appendName(c.via, name), e // an outlet the knowledge base lacks
		return name
	}
	if x.word(p, "in") && (x.word(p+1, "a") || x.word(p+1, "an")) && x.platform(p+2) && p+3 < len(x.toks) &&
		x.toks[p+3].is(fMessage) {
		t := x.toks[p+2] // "said in a Telegram post"
		name := x.d.Text[t.Start:t.End]
		if t.ment >= 0 {
			name = x.d.Mentions[t.ment].Name
		}
		c.via, c.hi = appendName(c.via, name), p+4
		return ""
	}
	if x.toks[k].is(fWrite) || x.word(p, "on") && x.platform(p+1) {
		if name, e := x.medium(p); name != "" {
			c.via, c.hi = appendName(c.via, name), e
		}
	}
	return ""
}

func (x *extractor) takeMention(c *cand, p int) string {
	mi := x.toks[p].ment
	for c.hi = p; c.hi < len(x.toks) && x.toks[c.hi].ment == mi; c.hi++ {
	}
	m := x.d.Mentions[mi]
	// Reporting to someone makes them the relay: "the official reports to Hersh".
	relay := m.Type == truce.Person && strings.HasPrefix(strings.ToLower(x.d.Text[c.cue.Start:c.cue.End]), "report")
	if outletKinds[m.Kind] || relay {
		c.via = appendName(c.via, m.Name)
	}
	return m.Name
}

// medium reads "on Substack", "in Il Fatto Quotidiano" at toks[p]: a mention
// or a run of capitalised words.
func (x *extractor) medium(p int) (string, int) {
	if !x.word(p, "on") && !x.word(p, "in") {
		return "", p
	}
	p++
	if x.word(p, "his") || x.word(p, "her") || x.word(p, "its") || x.word(p, "their") {
		p++ // "wrote on his Truth Social platform"
	}
	if p < len(x.toks) && x.toks[p].ment >= 0 {
		mi := x.toks[p].ment
		e := p
		for e < len(x.toks) && x.toks[e].ment == mi {
			e++
		}
		return x.d.Mentions[mi].Name, x.channelWord(e)
	}
	e := p
	for e < len(x.toks) && e < p+5 && x.toks[e].kind == tWord && x.toks[e].cap {
		e++
	}
	if e == p {
		return "", p
	}
	return x.d.Text[x.toks[p].Start:x.toks[e-1].End], x.channelWord(e)
}

// channelWord steps over "channel", "platform" … after a medium's name.
func (x *extractor) channelWord(e int) int {
	if e < len(x.toks) && x.toks[e].kind == tWord && channelWords[x.lower(e)] {
		return e + 1
	}
	return e
}

var channelWords = map[string]bool{"channel": true, "platform": true, "account": true, "page": true,
	"blog": true, "feed": true, "newsletter": true, "profile": true}

// platforms are social networks: "said on Telegram" names its medium as
// "wrote on Telegram" does.
var platforms = map[string]bool{"telegram": true, "x": true, "twitter": true, "facebook": true,
	"instagram": true, "youtube": true, "truth": true, "vkontakte": true, "vk": true, "substack": true,
	"linkedin": true, "threads": true, "bluesky": true, "tiktok": true}

func (x *extractor) platform(p int) bool {
	if p >= len(x.toks) || x.toks[p].kind != tWord || !x.toks[p].cap {
		return false
	}
	t := x.toks[p]
	return t.End-t.Start <= 9 && platforms[strings.ToLower(x.d.Text[t.Start:t.End])]
}

// citing reads "X reports, citing Y": Y is the speaker, X its via.
func (x *extractor) citing(c *cand) {
	p := c.hi
	for p < len(x.toks) && p < c.hi+5 && !x.word(p, "citing") && !x.word(p, "that") {
		p++ // "reported on Tuesday, citing"
	}
	if x.word(p, "citing") {
		x.citingAt(c, p)
	}
}

// citingAt reads the source named after the citing word at toks[p].
func (x *extractor) citingAt(c *cand, p int) {
	outer, outerVia, ok := x.continued(c.sp, c.sp.via)
	if !ok {
		return
	}
	end := p + 1
	for end < len(x.toks) && end < p+14 && x.toks[end].kind == tWord {
		end++
	}
	y, ok := x.interpret(p+1, end, "")
	if !ok {
		return
	}
	y.via = append(append(append([]string{}, outerVia...), outer.name), y.via...)
	c.sp, c.hi = y, end
}

// skipBack steps back over adverbs, auxiliaries, "**" and short

// quotesAs reads "A Rome daily quotes a Vatican source as saying …": the
// object of quotes or cites is the speaker, its subject the intermediary.
func (x *extractor) quotesAs(k int) (cand, bool) {
	if !(x.word(k, "quotes") || x.word(k, "quoted") || x.word(k, "cites") || x.word(k, "cited")) || x.word(k+1, "as") || x.word(k+1, "by") {
		return cand{}, false
	}
	p := k + 1
	for p < len(x.toks) && p < k+12 && x.toks[p].kind == tWord && !x.word(p, "as") {
		p++
	}
	if p == k+1 || !x.word(p, "as") || !x.word(p+1, "saying") {
		return cand{}, false
	}
	y, ok := x.interpret(k+1, p, "")
	j := k - 1
	for j >= 0 && x.toks[j].kind == tWord && x.toks[j].is(fAux) {
		j-- // not skipBack: "a Rome daily" ends in -ly but is no adverb
	}
	if !ok || j < 0 || x.toks[j].kind != tWord || x.notStatement(j, k) {
		return cand{}, false
	}
	lo := x.subjectStart(j)
	via := x.d.Text[x.toks[lo].Start:x.toks[j].End]
	if o, ok := x.interpret(lo, j+1, ""); ok && (o.outlet || o.cont == contNone && x.firstFlag(lo, j+1, fReport) < 0) {
		via = o.name
		y.via = append(append([]string{}, o.via...), y.via...)
	}
	y.via = append([]string{via}, y.via...)
	return cand{lo: lo, hi: p + 2, cue: x.spanOf(k, k+1), sp: y}, true
}

// ownAccords marks the "according to X" of a sentence with a verb cue that
// report statements of their own rather than frame the verb's: one in a
// part of the sentence of its own ("According to two diplomats, …;
// officials denied …"), and one that opens a clause inside the verb's
// content ("X said …, where, according to the council, 1,200 died"),
// unless an outlet relays it.
func (x *extractor) ownAccords(cs []cand) []cand {
	n := 0
	for _, c := range cs {
		if c.accord {
			n++
		}
	}
	if n == 0 {
		return cs
	}
	seg := make([]int, len(cs)) // which part between semicolons each cue is in
	part, j := 0, 0
	for i := range x.toks {
		for j < len(cs) && cs[j].lo <= i {
			seg[j] = part
			j++
		}
		if x.toks[i].kind == tPunct && x.toks[i].r == ';' {
			part++
		}
	}
	firstEnd := make([]int, part+1) // per part, the earliest end of a verb cue, or -1
	for i := range firstEnd {
		firstEnd[i] = -1
	}
	verb := false
	for k, v := range cs {
		if !v.accord && !v.hedge && !v.framing {
			verb = true
			if f := &firstEnd[seg[k]]; *f < 0 || v.hi < *f {
				*f = v.hi
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		if !c.accord {
			continue
		}
		f := firstEnd[seg[i]]
		verbIn, verbBefore := f >= 0, f >= 0 && f <= c.lo
		inner := verbBefore && !c.sp.outlet && c.sp.cont == contNone && !c.sp.anon && c.lo > 0 && x.sep(c.lo-1) &&
			c.hi+1 < len(x.toks) && x.sep(c.hi) && x.toks[c.hi+1].kind == tWord
		c.own = verb && !verbIn || inner
		c.brk = c.brk || c.own
	}
	return cs
}

// afterSemicolon is the token after the last semicolon in toks[lo:hi], else
// lo: a statement does not reach back over a semicolon into the one before.
func (x *extractor) afterSemicolon(lo, hi int) int {
	for i := hi - 1; i >= lo; i-- {
		if x.toks[i].kind == tPunct && x.toks[i].r == ';' {
			return i + 1
		}
	}
	return lo
}

// citingLead reads "Citing two people familiar with the matter, Reuters
// reported that …": the people speak, through the subject of c.
func (x *extractor) citingLead(c *cand) {
	s := x.introEnd(c.lo)
	if !x.word(s, "citing") || s+2 >= c.lo {
		return
	}
	end := s + 1
	for end < c.lo && x.toks[end].kind == tWord {
		end++
	}
	if end+1 != c.lo || x.toks[end].r != ',' {
		return
	}
	y, ok := x.interpret(s+1, end, "")
	if !ok {
		return
	}
	outer, outerVia, ok := x.continued(c.sp, c.sp.via)
	if !ok {
		return
	}
	y.via = append(append(append([]string{}, outerVia...), outer.name), y.via...)
	c.sp, c.lo = y, s
}

// asReportedBy reads "As reported by TASS, …" and "…, as confirmed by the
// ministry": the agent after "by" is the source, as in "according to".
func (x *extractor) asReportedBy(k int) (cand, bool) {
	end := k + 2
	for end < len(x.toks) && end < k+14 && x.toks[end].kind == tWord {
		end++
	}
	if end == k+2 {
		return cand{}, false
	}
	sp, ok := x.interpret(k+2, end, "")
	if !ok || sp.cont == contReport {
		return cand{}, false
	}
	c := cand{lo: k - 1, hi: end, cue: x.spanOf(k, k+1), sp: sp, accord: true}
	c.before = k > 1 && x.atEnd(c.hi)
	return c, true
}

// perSource reads "Per Ukrainian officials, …" and "…, per the Kremlin":
// "per" before a source at the edge of a clause is "according to".
func (x *extractor) perSource(k int) (cand, bool) {
	if k > x.lead && !x.sep(k-1) && x.toks[k-1].r != ';' {
		return cand{}, false
	}
	end := k + 1
	for end < len(x.toks) && end < k+12 && x.toks[end].kind == tWord {
		end++
	}
	if end == k+1 || end < len(x.toks) && x.toks[end].r != ',' && x.toks[end].r != '.' && x.toks[end].r != ';' {
		return cand{}, false
	}
	sp, ok := x.interpret(k+1, end, "")
	if !ok || sp.cont == contReport || sp.span.Start != x.toks[k+1].Start && !x.word(k+1, "the") {
		return cand{}, false // "per day": no source
	}
	c := cand{lo: k, hi: end, cue: x.toks[k].Span, sp: sp, accord: true}
	c.before = k > 0 && x.atEnd(c.hi)
	return c, true
}
