package attribution

import "github.com/truce-project/truce"

// This file reads a second cue verb that shares the subject of the first
// ("Medinsky came out and called the talks “constructive”", "… but said").

// coordinated reads the second verb of "Medinsky called the talks
// “constructive” and said …": it shares the subject of the cue before.
func (x *extractor) coordinated(k int, out []cand) (cand, bool) {
	j := x.skipBack(k - 1)
	if !x.word(j, "and") && !x.word(j, "but") {
		return cand{}, false
	}
	if len(out) == 0 {
		return x.sharedSubject(k, j)
	}
	p := out[len(out)-1]
	if p.inverted || p.hedge || p.framing || p.before || p.accord || p.hi > j {
		return cand{}, false
	}
	if x.toks[k].is(fStrict) && !x.opensContent(k+1) && !x.strictObject(k, k+1) || x.notStatement(j, k) {
		return cand{}, false
	}
	c := cand{lo: j, hi: k + 1, cue: x.spanOf(k, k+1), sp: p.sp, via: p.via, brk: true}
	x.addressee(&c, k)
	return c, true
}

// sharedSubject reads "Zelensky dismissed the offer as an “ultimatum” and
// said …": the sentence's subject, when one clause without commas leads to
// the "and" at j.
func (x *extractor) sharedSubject(k, j int) (cand, bool) {
	s := x.introEnd(j)
	e := s
	for e < j && x.toks[e].kind == tWord && (x.toks[e].cap || x.toks[e].ment >= 0 || x.toks[e].is(fDet|fRole)) {
		e++
	}
	e = x.titleEnd(s, e, j)
	r := x.appositionEnd(e, j)
	if a, n := x.nameAfterTitle(e, j); n > e {
		s, e, r = a, n, n+1 // "Russia's chief negotiator, Vladimir Medinsky, came out and called …"
	}
	if e == s || r >= j || x.toks[r].kind != tWord || x.toks[r].is(fBe|fBound) || x.toks[r].is(fCue) && !x.toks[r].is(fStrict) {
		return cand{}, false
	}
	for i := r; i < j; i++ {
		if i == j-1 && x.word(j, "but") && x.toks[i].r == ',' {
			continue // "…, but said"
		}
		if x.sep(i) || x.toks[i].r == ';' || x.toks[i].is(fBound) && !x.word(i, "as") {
			return cand{}, false
		}
	}
	sp, ok := x.interpret(s, e, "")
	if !ok || sp.cont != contNone || x.toks[k].is(fStrict) && !x.opensContent(k+1) || x.notStatement(j, k) {
		return cand{}, false
	}
	c := cand{lo: j, hi: k + 1, cue: x.spanOf(k, k+1), sp: sp, brk: true}
	x.addressee(&c, k)
	return c, true
}

// nameAfterTitle returns the tokens of the person in ", <person>," after a
// title that ends at e or a few lower-case words later, or e, e.
func (x *extractor) nameAfterTitle(e, j int) (int, int) {
	c := e
	for c < j && c < e+4 && x.toks[c].kind == tWord && !x.toks[c].cap && !x.toks[c].is(fCue|fBe|fBound|fPrep|fAux) {
		c++ // "Ukraine's foreign minister, …"
	}
	if c < 1 || c+2 >= j || x.toks[c].r != ',' || x.toks[c].kind != tPunct || x.toks[c-1].kind != tWord ||
		x.toks[c+1].ment < 0 || x.d.Mentions[x.toks[c+1].ment].Type != truce.Person {
		return e, e
	}
	n := x.mentionEnd(c + 1)
	if n >= j || x.toks[n].r != ',' || x.toks[n].kind != tPunct {
		return e, e
	}
	return c + 1, n
}

// titleEnd steps from e over the lower-case rest of a title to the person
// it names ("National security adviser Mike Waltz"), when the subject
// started at s is capitalised only for opening the sentence.
func (x *extractor) titleEnd(s, e, j int) int {
	if e != s+1 || x.toks[s].ment >= 0 {
		return e
	}
	for q := e; q < j && q < e+4; q++ {
		t := &x.toks[q]
		if t.ment >= 0 && x.d.Mentions[t.ment].Type == truce.Person {
			return x.mentionEnd(q)
		}
		if t.kind != tWord || t.cap || t.is(fCue|fBe|fBound|fPrep|fDeterminer|fAux) {
			return e
		}
	}
	return e
}
