package attribution

import "strings"

// This file decides when a strict cue (insist, warn, dismiss …) reports a
// statement without "that", a colon or a quotation after it.

// strictObject: a strict cue whose object is the statement: "speak of
// 19,500 children", "suggested creating three working groups".
func (x *extractor) strictObject(k, p int) bool {
	if p >= len(x.toks) || x.toks[p].kind != tWord {
		return false
	}
	w := strings.ToLower(x.d.Text[x.toks[k].Start:x.toks[k].End])
	switch {
	case strings.HasPrefix(w, "sp") && x.word(p, "of"):
		for q := p + 1; q < len(x.toks) && q < p+4; q++ {
			if t := x.toks[q]; t.kind == tWord && isDigitByte(x.d.Text[t.Start]) {
				return true
			}
		}
	case strings.HasPrefix(w, "reject") && (x.word(p, "this") || x.word(p, "that") || x.word(p, "it")) &&
		(p+1 >= len(x.toks) || x.toks[p+1].kind == tPunct || x.word(p+1, "and") || x.word(p+1, "as")):
		return true // "Kyiv rejected this and spoke of a provocation"
	case strings.HasPrefix(w, "dismiss") || strings.HasPrefix(w, "denounc") || strings.HasPrefix(w, "reject"):
		for q := p + 1; q < len(x.toks) && q < p+7 && x.toks[q].kind == tWord; q++ {
			if x.word(q, "as") {
				return true // "dismissed the report as fake"; "dismissed the general" is no statement
			}
		}
		for q := p; q < len(x.toks) && q < p+3 && x.toks[q].kind == tWord; q++ {
			if dismissable[strings.ToLower(x.d.Text[x.toks[q].Start:x.toks[q].End])] {
				return true // "has dismissed this account", "dismissed the allegations"
			}
		}
		return false
	case strings.HasPrefix(w, "show") || strings.HasPrefix(w, "express"):
		return x.wishObject(p) || x.clauseFollows(p) // "has shown his desire to …"; "figures show 44 percent went …"
	case strings.HasPrefix(w, "warn"):
		for q := p; q+1 < len(x.toks) && q < p+8 && x.toks[q].kind == tWord; q++ {
			if x.word(q, "not") && x.word(q+1, "to") || x.word(q, "against") {
				return true // "warned Kyiv and the European capitals not to “torpedo” …"
			}
		}
		return x.clauseFollows(p)
	case strings.HasPrefix(w, "accus"):
		for q := p + 1; q < len(x.toks) && q < p+7 && x.toks[q].kind == tWord; q++ {
			if x.word(q, "of") {
				return true // "accused Kyiv of shelling the plant"
			}
		}
		return false
	case strings.HasPrefix(w, "suggest") || strings.HasPrefix(w, "propos"):
		t := x.toks[p]
		return !t.cap && t.End-t.Start > 4 && strings.HasSuffix(x.d.Text[t.Start:t.End], "ing")
	}
	return x.clauseFollows(p)
}

// clauseFollows: a clause without "that" starts at toks[p] ("insists its
// work is humanitarian", "warned the city would fall"): a short subject,
// then a finite be, have or modal.
func (x *extractor) clauseFollows(p int) bool {
	if t := x.toks[p]; t.is(fPrep|fCue|fBound|fBe|fModal) || x.word(p, "to") || x.word(p, "as") {
		return false
	}
	for q := p + 1; q < len(x.toks) && q <= p+4; q++ {
		t := x.toks[q]
		if t.kind != tWord || t.is(fBound|fPrep) || x.word(q, "to") {
			return false
		}
		if t.is(fBe|fModal) && !x.word(q, "be") && !x.word(q, "been") && !x.word(q, "being") ||
			x.word(q, "has") || x.word(q, "have") || x.word(q, "had") {
			return true
		}
	}
	return false
}

// dismissedAnd: "dismissed the offer as an “ultimatum” and said …" is one
// statement, which the coordinated cue reports.
func (x *extractor) dismissedAnd(k, p int) bool {
	w := strings.ToLower(x.d.Text[x.toks[k].Start:x.toks[k].End])
	if !strings.HasPrefix(w, "dismiss") && !strings.HasPrefix(w, "denounc") {
		return false
	}
	for q := p; q < len(x.toks) && q < p+7 && x.toks[q].kind == tWord; q++ {
		if x.word(q, "as") {
			return x.andCue(q)
		}
	}
	return false
}

// andCue: the clause after toks[q] goes on with "and said …", which then
// reports the whole ("dismissed the offer as an ultimatum and said …").
func (x *extractor) andCue(q int) bool {
	for r := q + 1; r+1 < len(x.toks) && r < q+16 && x.toks[r].kind != tPunct; r++ {
		if x.word(r, "and") && x.toks[x.skipForward(r+1)].is(fCue) {
			return true
		}
	}
	return false
}

// skipForward steps over adverbs and auxiliaries from toks[i] to the verb.
func (x *extractor) skipForward(i int) int {
	for i+1 < len(x.toks) && x.toks[i].kind == tWord && (x.toks[i].is(fAux) || x.toks[i].ly) {
		i++
	}
	return i
}

// relativeDenial: "…, which Kyiv denied", "…, a claim Moscow rejects": a
// denial in a relative clause whose subject starts at toks[lo] and whose
// object is the clause before; the cue at toks[k] ends the clause.
func (x *extractor) relativeDenial(lo, k int) bool {
	w := x.lower(k)
	if !strings.HasPrefix(w, "den") && !strings.HasPrefix(w, "reject") && !strings.HasPrefix(w, "disput") {
		return false
	}
	if e := k + 1; e < len(x.toks) && x.toks[e].kind == tWord && !x.toks[e].is(fPrep|fAux) && !x.word(e, "as") {
		return false // "which Kyiv denied the report": an object of its own
	}
	switch {
	case x.word(lo-1, "which"):
		return lo >= 2 && x.sep(lo-2)
	case lo >= 3 && x.toks[lo-2].is(fDeterminer) && x.sep(lo-3):
		return claimNouns[x.lower(lo-1)]
	}
	return false
}

// skipRelative steps back from the subject at toks[lo] of a relative
// denial over "which" or "a claim".
func (x *extractor) skipRelative(lo int) int {
	if x.word(lo-1, "which") {
		return lo - 1
	}
	return lo - 2
}

// showCue: "show" reports a statement only of figures ("UN figures show
// that …") or of a wish ("Macron has shown his desire to …"); the
// subject ends at toks[j], the object starts at toks[p].
func (x *extractor) showCue(k, j, p int) (cue, ok bool) {
	if !strings.HasPrefix(x.lower(k), "show") {
		return false, true
	}
	return true, j >= 0 && dataNouns[x.lower(j)] || x.wishObject(p)
}

// wishObject: "his desire to", "their readiness to" at toks[p].
func (x *extractor) wishObject(p int) bool {
	return p+2 < len(x.toks) && x.toks[p].is(fDeterminer) && wishNouns[x.lower(p+1)] && x.word(p+2, "to")
}

var (
	wishNouns = map[string]bool{"desire": true, "wish": true, "readiness": true, "willingness": true,
		"intention": true, "determination": true, "openness": true}
	dataNouns = map[string]bool{"data": true, "figures": true, "estimates": true, "statistics": true,
		"numbers": true, "records": true, "tallies": true}
)

// claimNouns head "…, a claim Kyiv rejects".
var claimNouns = map[string]bool{"claim": true, "claims": true, "accusation": true, "accusations": true,
	"allegation": true, "allegations": true, "charge": true, "charges": true, "demand": true, "demands": true,
	"version": true, "assertion": true, "account": true, "narrative": true}

// dismissable are the objects whose dismissal is itself a statement.
var dismissable = map[string]bool{"account": true, "claim": true, "claims": true, "report": true, "reports": true,
	"allegation": true, "allegations": true, "accusation": true, "accusations": true, "suggestion": true,
	"speculation": true, "rumours": true, "rumors": true}
