package attribution

import "strings"

// This file reads speakers that are several parties at once: "US and
// Ukraine said", "Zelensky, Macron and Scholz said", "the US and Ukrainian
// delegations", "the foreign ministers of France, Germany and Poland".

// joint reads "US and Ukraine said", "Umerov and Witkoff said", "Zelensky,
// Macron and Scholz said": named entities listed with commas and a last
// "and" speak together.
func (x *extractor) joint(lo, hi int) (speaker, bool) {
	side := hi > lo+2 && x.toks[hi-1].is(fSide) && x.toks[hi-1].ment < 0
	if side {
		hi-- // "the US and Ukrainian delegations": the parties of the adjectives
	}
	a := x.firstEntity(lo, hi, side)
	if a < 0 {
		return speaker{}, false
	}
	first := x.fromMention(int(x.toks[a].ment))
	names, person, e := []string{first.name}, first.person, x.mentionEnd(a)
	for e+1 < hi && (x.word(e, "and") || x.toks[e].r == ',' && x.toks[e].kind == tPunct) {
		and := x.word(e, "and")
		b := e + 1
		if x.word(b, "the") {
			b++
		}
		if b >= hi || !x.nounMention(b) && !(side && x.partyAdjective(b)) {
			return speaker{}, false
		}
		next := x.fromMention(int(x.toks[b].ment))
		names, person, e = append(names, next.name), person && next.person, x.mentionEnd(b)
		if and {
			break
		}
	}
	if len(names) < 2 || e != hi || !x.word(x.mentionStartBefore(e), "and") {
		return speaker{}, false
	}
	if side {
		hi++
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return speaker{name: name, span: x.spanOf(a, hi), hasSpan: true, person: person}, true
}

// rolesOf reads "the foreign ministers of France, Germany and Poland": a
// description of several parties' representatives, named as written.
func (x *extractor) rolesOf(lo, hi int) (speaker, bool) {
	for lo < hi && (x.word(lo, "the") || x.word(lo, "a")) {
		lo++
	}
	of := x.find(lo, min(hi, lo+5), "of")
	if of <= lo || of+2 >= hi {
		return speaker{}, false
	}
	for i := lo; i < of; i++ {
		if t := x.toks[i]; t.kind != tWord || t.cap || t.ment >= 0 {
			return speaker{}, false
		}
	}
	if _, ok := x.joint(of+1, hi); !ok {
		return speaker{}, false
	}
	at := x.spanOf(lo, hi)
	return speaker{name: x.d.Text[at.Start:at.End], span: at, hasSpan: true}, true
}

// partyAdjective: toks[i] is a nationality adjective of a known party.
func (x *extractor) partyAdjective(i int) bool {
	m := x.toks[i].ment
	return m >= 0 && !x.toks[i].poss && x.d.Mentions[m].Entity < 0 && x.d.Mentions[m].Party != ""
}

// mentionStartBefore is the token before the mention that ends at e.
func (x *extractor) mentionStartBefore(e int) int {
	b := e - 1
	for b > 0 && x.toks[b-1].ment == x.toks[e-1].ment {
		b--
	}
	if x.word(b-1, "the") {
		b--
	}
	return b - 1
}

// nounMention: toks[i] starts an entity mention, or an acronym the
// recogniser took for an adjective ("US and Ukraine say").
func (x *extractor) nounMention(i int) bool {
	m := x.toks[i].ment
	if m < 0 || x.toks[i].poss {
		return false
	}
	if x.d.Mentions[m].Entity >= 0 {
		return true
	}
	w := x.d.Text[x.toks[i].Start:x.toks[i].End]
	return len(w) <= 3 && strings.ToUpper(w) == w
}

func (x *extractor) firstEntity(lo, hi int, adjective bool) int {
	for i := lo; i < hi; i++ {
		if x.toks[i].ment >= 0 && (x.nounMention(i) || adjective && x.partyAdjective(i)) {
			return i
		}
		if x.toks[i].kind != tWord || !x.toks[i].is(fDet) && x.toks[i].ment < 0 {
			return -1
		}
	}
	return -1
}
