package attribution

import (
	"github.com/truce-project/truce"
)

// docNouns are documents that speak as themselves when no one is named as
// their author: "A joint statement issued after the meeting said …", "A
// joint communique afterwards spoke of …".
var docNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true,
	"conclusions": true, "text": true, "draft": true, "document": true, "memorandum": true}

// document reads a speaker phrase whose head is a document: an indefinite
// one ("a joint US-Ukrainian statement") names itself without its article;
// a definite one is the last such document with the same head ("the joint
// statement"). Any other definite document is left to the last speaker who
// issued one (see continued): its name in the gold is a description drawn
// from far back ("the April 15 draft treaty"), which a wrong guess would
// only miss. One with an author ("a statement from the ministry") is the
// author's.
func (x *extractor) document(lo, hi int) (speaker, bool) {
	if lo+1 < hi && !x.toks[lo].is(fDet|fDeterminer) && x.toks[lo+1].is(fDet|fDeterminer) {
		lo++ // "Yet the joint statement said"
	}
	h := -1
	for i := lo + 1; i < hi && i < lo+6; i++ {
		t := &x.toks[i]
		if t.kind == tWord && docNouns[x.lower(i)] {
			h = i
			break
		}
		if t.kind != tWord && t.r != '-' || t.is(fCue|fBe|fBound|fPrep|fAux) || t.ment >= 0 && x.d.Mentions[t.ment].Type != truce.Place {
			return speaker{}, false // "the Kremlin statement" belongs to the Kremlin
		}
	}
	if h < 0 || h+1 < hi && !x.toks[h+1].is(fPrep) && !x.issuedDoc(h+1) ||
		x.word(h+1, "from") || x.word(h+1, "by") || x.word(h+1, "of") {
		return speaker{}, false // "a statement from the Foreign Ministry" is the ministry's
	}
	head := x.lower(h)
	sp := speaker{doc: true, head: head, span: x.spanOf(lo, hi), hasSpan: true}
	switch {
	case x.word(lo, "a") || x.word(lo, "an"):
	case x.definite(lo, h):
		if d := x.lastDoc; d != nil && d.head == head {
			return x.ref(*d, sp.span), true
		}
		return speaker{}, false
	default:
		return speaker{}, false
	}
	sp.name = x.d.Text[x.toks[lo+1].Start:x.toks[h].End]
	return sp, true
}

// lower is token i in lower case, cut from the document's lowered text
// without allocating.
func (x *extractor) lower(i int) string {
	return x.low[x.toks[i].Start:x.toks[i].End]
}

// issuedDoc: toks[w] is "issued" after a document ("a joint statement
// issued after the meeting said"), which ends the subject.
func (x *extractor) issuedDoc(w int) bool {
	return (x.word(w, "issued") || x.word(w, "released") || x.word(w, "published") || x.word(w, "adopted")) &&
		w > 0 && docNouns[x.lower(w-1)]
}

// statementOf reads "in a statement of the US government" at toks[p] after
// "it said": the body the statement is from speaks.
func (x *extractor) statementOf(p int) (speaker, bool) {
	if p+4 >= len(x.toks) || !x.word(p, "in") || !x.toks[p+1].is(fDeterminer) || !x.toks[p+2].is(fMessage) {
		return speaker{}, false
	}
	q := p + 3
	if !x.word(q, "of") && !x.word(q, "from") && !x.word(q, "by") {
		return speaker{}, false
	}
	q++
	if x.word(q, "the") {
		q++
	}
	end := q
	for end < len(x.toks) && end < q+6 && x.toks[end].kind == tWord && !x.toks[end].is(fBound) {
		end++
	}
	if end == q {
		return speaker{}, false
	}
	return x.interpret(q, end, "")
}
