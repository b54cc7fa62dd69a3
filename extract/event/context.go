package event

import (
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract/event/clause"
)

// The words around a trigger that say whether it tells a new event, one
// told before, or one held open: "not ruled out", "expected to",
// "we also talked about", "of the talks".

// notRuledOut reports whether the words after the trigger at i keep it
// open: "a meeting between the presidents was not ruled out", "… cannot be
// excluded". An event held open is a proposal.
func (x *extractor) notRuledOut(c clause.Clause, i int) bool {
	neg := false
	for j := i + 1; j < c.To && j <= i+12; j++ {
		w := x.toks[j].Lower
		switch {
		case clause.IsNegation(x.toks[j]):
			neg = true
		case neg && w == "ruled" && x.word(c, j+1) == "out", neg && w == "excluded":
			return true
		case x.toks[j].Punct:
			return false
		}
	}
	return false
}

// farPlanned catches a future cue further back than the modality window,
// with no comma between: "the leaders are expected to return to St
// Petersburg for the Russia–Africa summit".
func (x *extractor) farPlanned(c clause.Clause, i int) bool {
	for j := i - 1; j >= c.From && j >= i-16; j-- {
		w := x.toks[j].Lower
		if w == "," {
			return false
		}
		if j < i-window && (w == "expected" || w == "scheduled" || w == "due") && x.word(c, j+1) == "to" {
			return true
		}
	}
	return false
}

// keptOpen words after a negation hold an event open rather than deny it:
// "did not rule out a summit", "has not excluded a meeting".
func keptOpen(w string) bool {
	switch w {
	case "rule", "ruled", "rules", "exclude", "excluded", "excludes":
		return true
	}
	return false
}

// weRecount reports whether a participant tells, in the first person, what
// was discussed at an event already told: "We also talked about a
// ceasefire" after the news of the meeting is that meeting again.
func (x *extractor) weRecount(c clause.Clause, tr trigger) bool {
	if tr.typ != Talks || len(x.events) == 0 {
		return false
	}
	switch x.toks[tr.tok].Lower {
	case "talked", "discussed":
	default:
		return false
	}
	for j := tr.tok - 1; j >= c.From && j >= tr.tok-3; j-- {
		switch x.toks[j].Lower {
		case "we":
			return true
		case "also", "then", "have", "had", "only", "briefly", "again":
			continue
		}
		return false
	}
	return false
}

// backReference reports whether a definite noun after a preposition, in a
// report that told an event already, names that event: "settled only in
// the final hour of the talks" after the summit was told. A place or a
// day after it makes it new ("at the talks in Istanbul on May 16").
func (x *extractor) backReference(c clause.Clause, tr trigger) bool {
	if tr.det != detDefinite || len(x.events) == 0 || x.placeNear(c, tr.tok) {
		return false
	}
	j := tr.tok - 1
	for j > c.From && x.toks[j].Lower != "the" && tr.tok-j < 4 {
		j-- // "the final round of talks", "the Istanbul talks"
	}
	switch x.word(c, j-1) {
	case "of", "during", "at", "after", "since", "from", "throughout":
	default:
		return false
	}
	end := x.toks[min(c.To, tr.tok+5)-1].End
	_, dated := x.timexIn(truce.Span{Start: x.toks[tr.tok].End, End: end})
	return !dated
}

// dayAfter reports whether a date opens within the two words after token
// i: "due in March", "due on Monday".
func (x *extractor) dayAfter(c clause.Clause, i int) bool {
	for k := i + 1; k < c.To && k <= i+2; k++ {
		if n := x.firstTimex(x.toks[k].Start); n < len(x.timexes) && x.timexes[n].Start < x.toks[k].End {
			return true
		}
	}
	return false
}

// agreedTo before "to" make the infinitive a commitment: what the sides
// agreed to do is planned.
var agreedTo = map[string]bool{"agreed": true, "agree": true, "agrees": true, "pledged": true, "promised": true}

// anchored reports whether a definite noun is pinned to one occasion by
// the day or the building right after it: "the meeting on August 5-6",
// "the meeting at the Élysée Palace". Such a noun names an
// event in its own right, even in a report that told one of the same kind;
// "the Budapest meeting" alone points back.
func (x *extractor) anchored(c clause.Clause, tr trigger) bool {
	if tr.det != detDefinite || tr.tok+2 >= c.To {
		return false
	}
	switch x.word(c, tr.tok+1) {
	case "at":
		// "the meeting at the Élysée Palace": a named building, known to
		// the knowledge base or not.
		k := tr.tok + 2
		if x.toks[k].Lower == "the" && k+1 < c.To {
			k++
		}
		return !x.toks[k].Punct && x.capitalised(x.toks[k].Start)
	case "on":
	default:
		return false
	}
	// The day may be told with its "on" or without.
	n := x.firstTimex(x.toks[tr.tok+1].Start)
	return n < len(x.timexes) && x.timexes[n].Start < x.toks[tr.tok+2].End
}
