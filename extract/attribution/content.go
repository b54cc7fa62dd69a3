package attribution

import (
	"sort"

	"github.com/truce-project/truce"
)

// content finds what c reports: the longest stretch of the sentence, between
// lo and hi, that no cue phrase covers, on the side the cue points to.
func (x *extractor) content(c cand, lo, hi int, s truce.Span) (truce.Span, bool) {
	a, b := x.longestRun(c.hi, hi)
	if (c.before || a == b) && !c.second { // a participle reports what follows it
		if pa, pb := x.longestRun(lo, c.lo); pb > pa && (c.before || a == b) {
			a, b = pa, pb
		}
	}
	if a == b || x.word(a, "nothing") && !c.before {
		return truce.Span{}, false // "said nothing new" reports no statement
	}
	a = x.afterColon(a, b)
	a = x.colonQuote(a, b)
	a = x.afterThat(a, b)
	sp := truce.Span{Start: x.toks[a].Start, End: x.toks[b-1].End}
	if x.toks[a].kind == tOpen {
		if q, ok := x.quoteOpenAt(sp.Start); ok && q.span().End > sp.End {
			sp.End = q.span().End // the quotation runs on into the next sentences
			x.skipUntil = max(x.skipUntil, sp.End)
		}
	}
	if x.toks[b-1].kind == tClose {
		if q, ok := x.quoteCloseAt(x.toks[b-1].Start); ok && q.open < sp.Start {
			sp.Start = q.open
		}
	}
	if q, ok := x.quoteOpenAt(sp.Start); ok && q.span().End == sp.End {
		return q.inner(), q.inner().Len() > 0
	}
	return sp, b-a >= 2 // "Kyiv says no" is a headline, not a statement
}

// afterThat drops an adverbial before "that" ("in a statement that …",
// "on Monday that …"): what was said starts after it.
func (x *extractor) afterThat(a, b int) int {
	if !x.toks[a].is(fPrep) && !x.toks[a].is(fCalendar) {
		return a
	}
	for i := a + 1; i < b && i < a+7; i++ {
		if x.word(i, "that") && i+1 < b {
			return i + 1
		}
		if x.toks[i].kind != tWord || x.toks[i].is(fCue) {
			break
		}
	}
	return a
}

// colonQuote starts the content at a quotation that a colon introduces
// near the start of the run ("said on Telegram: “…"), also when the
// quotation runs on past the sentence.
func (x *extractor) colonQuote(a, b int) int {
	for i := a; i+1 < b && i < a+10; i++ {
		if x.toks[i].kind == tOpen || x.toks[i].kind == tWord && x.toks[i].is(fCue) {
			return a
		}
		if x.toks[i].kind == tPunct && x.toks[i].r == ':' {
			if x.toks[i+1].kind == tOpen {
				return i + 1
			}
			return a
		}
	}
	return a
}

// afterColon drops a preface from a run that ends in a quotation introduced
// by a colon ("he was even told: “…”"): the quotation is what was said.
func (x *extractor) afterColon(a, b int) int {
	if x.toks[b-1].kind != tClose {
		return a
	}
	q, ok := x.quoteCloseAt(x.toks[b-1].Start)
	if !ok {
		return a
	}
	for i := b - 2; i > a; i-- {
		if x.toks[i].Start == q.open {
			if x.toks[i-1].r == ':' {
				return i
			}
			break
		}
	}
	return a
}

// longestRun returns the longest run of unmasked tokens in [lo, hi), trimmed
// of punctuation and of a leading "that".
func (x *extractor) longestRun(lo, hi int) (int, int) {
	ba, bb, best := 0, 0, 0
	for i := max(lo, 0); i < hi && i < len(x.toks); {
		if x.mask[i] {
			i++
			continue
		}
		j := i
		for j < hi && j < len(x.toks) && !x.mask[j] {
			j++
		}
		a, b := x.trimRun(i, j)
		if b > a {
			if n := x.toks[b-1].End - x.toks[a].Start; n > best {
				ba, bb, best = a, b, n
			}
		}
		i = j
	}
	return ba, bb
}

func (x *extractor) trimRun(a, b int) (int, int) {
	for a < b && (x.toks[a].kind == tPunct || x.toks[a].kind == tClose ||
		x.word(a, "that") || x.word(a, "and") || x.word(a, "but")) {
		a++
	}
	for b > a && (x.toks[b-1].kind == tPunct || x.toks[b-1].kind == tOpen ||
		x.word(b-1, "while") || x.word(b-1, "and") || x.word(b-1, "but") || x.word(b-1, "whereas") ||
		x.word(b-1, "which") || b-a > 1 && x.toks[b-2].kind != tWord && x.toks[b-1].is(fAux)) {
		b--
	}
	return a, b
}

// hedged: the sentence doubts its own report (allegedly, reportedly, may,
// would have, cannot be verified, it is reported).
func (x *extractor) hedged(cs []cand) bool {
	for _, c := range cs {
		if c.hedge || c.sp.generic {
			return true
		}
	}
	for i := range x.toks {
		t := &x.toks[i]
		if t.kind != tWord || t.quoted {
			continue
		}
		switch {
		case t.is(fHedge) && !(t.cap && x.word(i, "may") && i > 0): // "on May 2" is a date
			return true
		case x.word(i, "would") && x.word(i+1, "have"):
			return true
		case (x.word(i, "verified") || x.word(i, "confirmed")) && x.negatedBefore(i):
			return true
		}
	}
	return false
}

func (x *extractor) negatedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if x.word(k, "not") || x.word(k, "cannot") || x.word(k, "never") || x.word(k, "can't") {
			return true
		}
	}
	return false
}

// quoteOnly remembers a sentence that is nothing but a quotation: its
// speaker is given by the next sentence. A quotation that only goes on
// after a statement of the same paragraph ("“…,” X said. “…”") has no cue
// of its own and is no statement of its own.
func (x *extractor) quoteOnly(s truce.Span) {
	if x.toks[0].kind != tOpen {
		return
	}
	q, ok := x.quoteOpenAt(x.toks[0].Start)
	if !ok || q.span().End < s.End-2 || q.span().End > s.End {
		return
	}
	x.pending = &pending{q: q, si: x.si}
	x.skipUntil = max(x.skipUntil, q.span().End)
}

// resolvePending gives a waiting quotation the speaker of the attribution
// just made at out[first], if it came from the very next sentence.
func (x *extractor) resolvePending(first int) {
	p := x.pending
	if p == nil {
		return
	}
	x.pending = nil
	if first < len(x.out) && p.si == x.si-1 {
		x.addQuote(p.q, x.out[first])
	}
}

func (x *extractor) flushPending() {
	if p := x.pending; p != nil && p.si < x.si {
		x.pending = nil
	}
}

// addQuote records quotation q as said by the speaker of a; the speaker and
// cue spans still point at where the text names them.
func (x *extractor) addQuote(q quote, a truce.Attribution) {
	if q.inner().Len() == 0 {
		return // an empty pair of marks says nothing
	}
	a.Content = q.inner()
	a.Span = q.span()
	a.Direct = true
	a.Via = append([]string{}, a.Via...)
	x.out = append(x.out, a)
}

func (x *extractor) quoteOpenAt(pos int) (quote, bool) {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].open >= pos })
	if i < len(x.quotes) && x.quotes[i].open == pos {
		return x.quotes[i], true
	}
	return quote{}, false
}

func (x *extractor) quoteCloseAt(pos int) (quote, bool) {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].close >= pos })
	if i < len(x.quotes) && x.quotes[i].close == pos {
		return x.quotes[i], true
	}
	return quote{}, false
}

// quotedBytes counts the bytes of sp inside quotation marks.
func (x *extractor) quotedBytes(sp truce.Span) int {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].close+x.quotes[i].closeLen > sp.Start })
	n := 0
	for ; i < len(x.quotes) && x.quotes[i].open < sp.End; i++ {
		in := x.quotes[i].inner()
		if lo, hi := max(in.Start, sp.Start), min(in.End, sp.End); hi > lo {
			n += hi - lo
		}
	}
	return n
}

// quoteAround returns the quotation that opened before pos and closes after
// it: a quotation the sentence splitter cut in two ("“We are ready. We
// have always been ready,” Lavrov said").
func (x *extractor) quoteAround(pos int) (quote, bool) {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].close >= pos })
	if i < len(x.quotes) && x.quotes[i].open < pos && pos < x.quotes[i].close {
		return x.quotes[i], true
	}
	return quote{}, false
}
