package attribution

import "github.com/truce-project/truce"

// This file reads phrases that hand the sentence to a speaker the way
// "according to" does: "in his words", "in the words of X", "in her view",
// "as X put it".

// inWords reads "in his words" / "in the words of X" / "in her view" with
// the noun at toks[k].
func (x *extractor) inWords(k int) (cand, bool) {
	if !x.word(k-2, "in") || x.word(k, "put") {
		return cand{}, false
	}
	lo := k - 2
	if x.word(k-1, "his") || x.word(k-1, "her") || x.word(k-1, "their") {
		if x.word(k+1, "of") || !x.sep(min(k+1, len(x.toks)-1)) && !atClauseEnd(x, k+1) {
			return cand{}, false
		}
		sp, ok := x.possessor(k - 1)
		if !ok {
			return cand{}, false
		}
		return cand{lo: lo, hi: k + 1, cue: x.spanOf(lo, k+1), sp: sp, accord: true, before: x.atEnd(k + 1)}, true
	}
	if !x.word(k-1, "the") || !x.word(k, "words") || !x.word(k+1, "of") {
		return cand{}, false
	}
	end := k + 2
	for end < len(x.toks) && end < k+14 && x.toks[end].kind == tWord {
		end++
	}
	sp, ok := x.interpret(k+2, end, "")
	if !ok {
		return cand{}, false
	}
	return cand{lo: lo, hi: end, cue: x.spanOf(lo, k+2), sp: sp, accord: true, before: x.atEnd(end)}, true
}

// learnedFrom reads "it is learned from diplomatic sources that …", with
// the participle at toks[k]: the sources are the speaker.
func (x *extractor) learnedFrom(k int) (cand, bool) {
	if !x.word(k-2, "it") || !x.toks[k-1].is(fBe) || !x.word(k+1, "from") {
		return cand{}, false
	}
	that := x.find(k+2, min(len(x.toks), k+14), "that")
	if that < 0 {
		return cand{}, false
	}
	sp, ok := x.interpret(k+2, that, "")
	if !ok {
		return cand{}, false
	}
	return cand{lo: k - 2, hi: that + 1, cue: x.spanOf(k-2, k+1), sp: sp}, true
}

// atClauseEnd: toks[p] ends the sentence or the clause ("…, in his words.").
func atClauseEnd(x *extractor, p int) bool {
	return p >= len(x.toks) || x.toks[p].kind == tPunct
}

// putIt reads "as X put it" with "put" at toks[k]: X is the speaker of the
// sentence.
func (x *extractor) putIt(k int) (cand, bool) {
	if !x.word(k+1, "it") {
		return cand{}, false
	}
	as := -1
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if x.word(i, "as") {
			as = i
			break
		}
		if x.toks[i].kind != tWord {
			return cand{}, false
		}
	}
	if as < 0 || as+1 >= k {
		return cand{}, false
	}
	sp, ok := x.interpret(as+1, k, "")
	if !ok {
		return cand{}, false
	}
	return cand{lo: as, hi: k + 2, cue: x.spanOf(k, k+2), sp: sp, accord: true, before: x.atEnd(k + 2)}, true
}

// possessor resolves "his", "her" and "their" before "words" or "view": the
// last speaker when it fits, else the nearest person ("his", "her").
func (x *extractor) possessor(p int) (speaker, bool) {
	at := x.toks[p].Span
	l := x.last
	recent := l != nil && x.si-l.si <= window
	if x.word(p, "their") {
		if recent && !l.sp.person {
			return x.ref(l.sp, at), true
		}
		return speaker{}, false
	}
	mi := x.nearest(at.Start, truce.Person)
	if recent && l.sp.person && (mi < 0 || x.fromMention(mi).name == l.sp.name || x.d.Mentions[mi].Start < l.sp.span.Start) {
		return x.ref(l.sp, at), true
	}
	if mi >= 0 {
		return x.ref(x.fromMention(mi), at), true // a person named since the last statement
	}
	return speaker{}, false
}

// putAt reads "the Financial Times put the offer at $100 billion": an
// estimate is its subject's statement.
func (x *extractor) putAt(k int) (cand, bool) {
	at := -1
	for i := k + 1; i < len(x.toks) && i < k+8 && x.toks[i].kind == tWord; i++ {
		if x.word(i, "at") {
			at = i
			break
		}
	}
	if at < k+2 || at+1 >= len(x.toks) {
		return cand{}, false
	}
	n := x.toks[at+1]
	if n.kind == tPunct && n.r != '$' && n.r != '€' && n.r != '£' || n.kind == tWord && !isDigitByte(x.d.Text[n.Start]) &&
		!x.word(at+1, "about") && !x.word(at+1, "around") && !x.word(at+1, "some") && !x.word(at+1, "more") {
		return cand{}, false // "put the blame at the door of …"
	}
	j := x.skipBack(k - 1)
	if j < 0 || x.notStatement(j, k) {
		return cand{}, false
	}
	if x.toks[j].kind != tWord {
		if j < 1 || x.toks[j].r != ',' {
			return cand{}, false
		}
		return x.appositive(k, k+1, j) // "the Financial Times, citing a document, put …"
	}
	return x.forward(k, k+1, j)
}
