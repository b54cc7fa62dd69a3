package attribution

import (
	"strings"

	"github.com/truce-project/truce"
)

// This file reads statements that a colon introduces after a bare name, as
// headlines, transcripts and live blogs print them ("Zelensky: Ukraine will
// not recognise the occupation"; "Lavrov: “The West wants …”").

// maxColonName is how many words the name before a headline colon may have
// ("Kremlin spokesman Dmitry Peskov").
const maxColonName = 6

// colonStatement reads a sentence that opens with a person's name and a
// colon and has no cue of its own. It reports whether it made one.
func (x *extractor) colonStatement(s truce.Span) bool {
	c, dash := -1, false
	for i := x.lead; i < len(x.toks) && i <= x.lead+maxColonLead; i++ {
		if x.toks[i].kind == tPunct && x.toks[i].r == ':' {
			c = i
			break
		}
		if x.toks[i].kind == tPunct && (x.toks[i].r == '–' || x.toks[i].r == '—') && i > x.lead+2 {
			c, dash = i, true // "Putin set conditions – above all …": only a list of conditions
			break
		}
		if x.toks[i].kind != tWord && x.toks[i].r != ',' || x.toks[i].quoted {
			return false
		}
	}
	para := s.End
	if x.wordsAfter(c+1) < 3 {
		para = x.paragraphEnd(s.End) // "Kuleba: No. Russia wanted …": a transcript's answer
	}
	if c < x.lead+1 || c+1 >= len(x.toks) || x.wordsAfter(c+1) < 3 && para == s.End {
		return false
	}
	lo := x.lead
	sp, ok := speaker{}, false
	if !dash {
		sp, ok = x.headlineName(c)
	}
	if !ok && !dash {
		para = s.End
		sp, ok = x.colonLead(c)
	}
	if !ok {
		para = s.End
		lo, sp, ok = x.listedColon(c)
	}
	if !ok || x.wordsAfter(c+1) < 3 && para == s.End {
		return false
	}
	x.maskFrames(nil)
	for i := 0; i <= c; i++ {
		x.mask[i] = true
	}
	cue := cand{lo: lo, hi: c + 1, cue: x.toks[c].Span, sp: sp}
	content, ok := x.content(cue, x.lead, len(x.toks), s)
	if !ok && para == s.End {
		return false
	}
	if !ok {
		content = truce.Span{Start: x.toks[c+1].Start, End: s.End}
	}
	if para > s.End {
		content.End = max(content.End, para) // a transcript's answer runs to the end of its paragraph
		x.skipUntil = max(x.skipUntil, para)
	}
	x.emit(cue, nil, content, x.hedged(nil), x.region(x.lead, len(x.toks)))
	return true
}

// maxColonLead is how many words may lead up to a colon that opens a
// statement ("The Kremlin's response came within the hour:", "In Kyiv on
// Friday Zelensky listed his conditions for a ceasefire:").
const maxColonLead = 18

// headlineName: the words before the colon at c are a person's name, with
// titles ("Kremlin spokesman Dmitry Peskov:").
func (x *extractor) headlineName(c int) (speaker, bool) {
	if t := x.topicStart(c); t > 0 {
		c = t // "Peskov on the Istanbul talks:", "Lavrov to Rubio:"
	}
	if c-x.lead > maxColonName || x.toks[c-1].ment < 0 || x.toks[c-1].poss {
		return speaker{}, false
	}
	for i := x.lead; i < c; i++ {
		if !x.toks[i].cap && !x.toks[i].is(fRole) {
			return speaker{}, false
		}
	}
	m := x.d.Mentions[x.toks[c-1].ment]
	speaks := m.Type == truce.Person || m.Type == truce.Organization && !outletKinds[m.Kind]
	if !speaks || m.Entity < 0 {
		return speaker{}, false
	}
	return x.named(x.lead, c-1), true
}

// topicStart returns the "on" or "to" that follows a name at the start of
// a headline and leads to its colon at c, or 0.
func (x *extractor) topicStart(c int) int {
	for i := x.lead + 1; i < c && i <= x.lead+maxColonName; i++ {
		if x.word(i, "on") || x.word(i, "to") || x.word(i, "about") {
			if x.toks[i-1].ment >= 0 && c-i <= 6 {
				return i
			}
			return 0
		}
		if !x.toks[i].cap {
			return 0
		}
	}
	return 0
}

// colonLead reads "Zelensky's answer was clear:", "The Kremlin's reaction
// came quickly:" and "Peskov was blunt:": a speaker, then either their
// answer or a short judgement of how they spoke.
func (x *extractor) colonLead(c int) (speaker, bool) {
	i := x.lead
	if x.word(i, "the") {
		i++
	}
	mi := x.toks[i].ment
	if mi < 0 || x.d.Mentions[mi].Entity < 0 && x.d.Mentions[mi].Party == "" {
		return speaker{}, false
	}
	e := x.mentionEnd(i)
	if x.sep(e) && !x.toks[e-1].poss {
		e = x.afterAside(e, c) // "Erdogan, speaking in Ankara, was categorical:"
	}
	lim := c
	if x.word(e+2, "on") || x.word(e+2, "in") {
		lim = e + 3 // "on Italian television": a name may follow the preposition
	}
	for k := e; k < c; k++ {
		if k < lim && (x.toks[k].ment >= 0 || x.toks[k].cap) || x.toks[k].is(fCue|fBound) {
			return speaker{}, false
		}
	}
	switch {
	case x.toks[e-1].poss && e < c && x.toks[e].is(fReply) && c-e <= 6:
	case !x.toks[e-1].poss && x.toks[e].is(fBe) && c-e >= 2 && x.d.Mentions[mi].Type == truce.Person &&
		(c-e <= 3 || c-e <= 6 && (x.word(e+2, "on") || x.word(e+2, "in"))): // "was blunter on Italian television:"
	default:
		return speaker{}, false
	}
	return x.named(i, i), true
}

// afterAside returns the token after the comma that closes an aside opened
// by the comma at e, before the colon at c, or e when there is none.
func (x *extractor) afterAside(e, c int) int {
	for i := e + 1; i < c && i < e+10; i++ {
		if x.toks[i].kind == tPunct {
			if x.toks[i].r == ',' && i+1 < c {
				return i + 1
			}
			return e
		}
	}
	return e
}

// maxAnswer bounds how far a transcript's answer is followed.
const maxAnswer = 4000

// paragraphEnd is the end of the paragraph that goes on after end: the next
// line break, without trailing spaces; end itself when the line ends there
// or runs on too far.
func (x *extractor) paragraphEnd(end int) int {
	t := x.d.Text
	lim := min(len(t), end+maxAnswer)
	i := strings.IndexByte(t[end:lim], '\n')
	if i < 0 {
		if lim < len(t) {
			return end
		}
		i = lim - end
	}
	p := end + i
	for p > end && (t[p-1] == ' ' || t[p-1] == '\r' || t[p-1] == '\t') {
		p--
	}
	return p
}

func (x *extractor) wordsAfter(p int) int {
	n := 0
	for ; p < len(x.toks); p++ {
		if x.toks[p].kind == tWord {
			n++
		}
	}
	return n
}

// spokesmanOf reads "Putin's spokesman": the spokesperson of the same party
// the article names, else the phrase as written.
func (x *extractor) spokesmanOf(lo, hi int) (speaker, bool) {
	p := -1
	for i := lo; i < hi; i++ {
		if x.toks[i].poss && x.toks[i].ment >= 0 {
			p = i
			break
		}
	}
	if p < 0 || p+1 >= hi || hi-p > 3 || !x.spokesWord(hi-1) {
		return speaker{}, false
	}
	for i := p + 1; i < hi-1; i++ {
		if x.toks[i].kind != tWord || x.toks[i].ment >= 0 || x.toks[i].cap {
			return speaker{}, false
		}
	}
	owner := x.d.Mentions[x.toks[p].ment]
	if owner.Type != truce.Person || owner.Entity < 0 {
		return speaker{}, false
	}
	at := x.spanOf(lo, hi)
	if mi := x.spokesperson(owner.Party, at.Start); mi >= 0 {
		sp := x.fromMention(mi)
		sp.span, sp.hasSpan, sp.cont = at, true, contRef
		return sp, true
	}
	name := owner.Name + "'s " + strings.ToLower(x.d.Text[x.toks[p+1].Start:x.toks[hi-1].End])
	return speaker{name: name, span: at, hasSpan: true, person: true, party: owner.Party}, true
}

func (x *extractor) spokesWord(i int) bool {
	return x.word(i, "spokesman") || x.word(i, "spokeswoman") || x.word(i, "spokesperson") ||
		x.word(i, "secretary") && x.word(i-1, "press")
}

// maxSpokesScan bounds the search for a spokesperson around one phrase.
const maxSpokesScan = 256

// spokesperson returns the mention of a spokesperson of party nearest to
// pos, looking a bounded number of mentions either way, or -1.
func (x *extractor) spokesperson(party string, pos int) int {
	if party == "" {
		return -1
	}
	ms := x.d.Mentions
	lo, hi := 0, len(ms)
	for lo < hi {
		mid := (lo + hi) / 2
		if ms[mid].Start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	best, dist := -1, 0
	for i := max(0, lo-maxSpokesScan); i < len(ms) && i < lo+maxSpokesScan; i++ {
		m := ms[i]
		if m.Type != truce.Person || m.Kind != "spokesperson" || m.Party != party || m.Entity < 0 {
			continue
		}
		d := m.Start - pos
		if d < 0 {
			d = -d
		}
		if best < 0 || d < dist {
			best, dist = i, d
		}
	}
	return best
}

// listVerbs and listNouns make "he listed his conditions for any talks: …"
// and "the Kremlin set out its demands: …" a statement of the subject: the
// colon opens what the conditions are.
var (
	listVerbs = map[string]bool{"listed": true, "outlined": true, "set": true, "laid": true, "spelled": true,
		"spelt": true, "enumerated": true, "detailed": true, "named": true, "summed": true, "presented": true}
	listNouns = map[string]bool{"conditions": true, "demands": true, "terms": true, "priorities": true,
		"requirements": true, "preconditions": true, "position": true, "proposals": true, "points": true,
		"goals": true, "objectives": true, "aims": true}
)

// listedColon reads the speaker of "<subject> listed <his> conditions …:"
// before the colon at c: the start of the subject and who it is.
func (x *extractor) listedColon(c int) (int, speaker, bool) {
	v := x.lead + 1
	for v < c && !listVerbs[strings.ToLower(x.d.Text[x.toks[v].Start:x.toks[v].End])] {
		v++
	}
	n := v + 1
	if x.word(n, "out") || x.word(n, "up") {
		n++
	}
	if v >= c {
		return 0, speaker{}, false
	}
	if x.word(n, "his") || x.word(n, "her") || x.word(n, "its") || x.word(n, "their") {
		n++
	} else if n >= c || !listNouns[x.lower(n)] {
		return 0, speaker{}, false // "set conditions" needs no possessive
	}
	if n+1 < c && !listNouns[strings.ToLower(x.d.Text[x.toks[n].Start:x.toks[n].End])] {
		n++ // "his main conditions"
	}
	if n >= c || !listNouns[strings.ToLower(x.d.Text[x.toks[n].Start:x.toks[n].End])] || c-n > 6 {
		return 0, speaker{}, false
	}
	lo := v - 1
	if m := x.toks[lo].ment; m >= 0 {
		for lo > x.lead && x.toks[lo-1].ment == m {
			lo-- // the whole name
		}
	} else if !x.toks[lo].is(fHe | fThey) {
		return 0, speaker{}, false
	}
	sp, ok := x.interpret(lo, v, "")
	if !ok || sp.anon {
		return 0, speaker{}, false
	}
	return lo, sp, true
}
