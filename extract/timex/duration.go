package timex

import "time"

// Durations ("three years", "nearly two years", "a 30-day ceasefire") and
// the dates they make with ago/later/earlier/from now.

// quantity reads a count at i: 24, two, twenty-four, a, a few, several, a
// couple of. vague is set for an unknown count.
func (s *scanner) quantity(i int) (n int, vague bool, next int, ok bool) {
	t := s.tok(i)
	switch t.kind {
	case kNum:
		if s.inGroup(i) {
			n, next, ok := s.grouped(i)
			return n, false, next, ok
		}
		if t.ndig() > 4 {
			return 0, false, i, false
		}
		return t.num, false, i + 1, true
	case kWord:
	default:
		return 0, false, i, false
	}
	switch t.w {
	case "a", "an":
		if s.is(i+1, "few") {
			return 0, true, i + 2, true
		}
		if s.is(i+1, "couple") && s.is(i+2, "of") {
			return 2, false, i + 3, true
		}
		return 1, false, i + 1, true
	case "few", "several", "many":
		return 0, true, i + 1, true
	}
	wi := s.info(i, cNumber)
	if wi == nil {
		return 0, false, i, false
	}
	n, next = wi.num, i+1
	if n >= 20 && n%10 == 0 && n < 100 {
		k := next
		if s.gluedPunct(k, "-") {
			k++
		}
		if u := s.info(k, cNumber); u != nil && u.num > 0 && u.num < 10 {
			n, next = n+u.num, k+1
		}
	}
	return n, false, next, true
}

// skipApprox steps over "nearly", "more than", "at least", "up to".
func (s *scanner) skipApprox(i int) int {
	for n := 0; n < 2; n++ {
		switch w := s.word(i); {
		case s.info(i, cApprox) != nil:
			i++
		case (w == "more" || w == "less" || w == "fewer") && s.is(i+1, "than"),
			w == "at" && (s.is(i+1, "least") || s.is(i+1, "most")),
			w == "up" && s.is(i+1, "to"):
			i += 2
		default:
			return i
		}
	}
	return i
}

// durationAt reads a count and a unit, with modifiers before and
// ago/later/earlier/from now after.
func (s *scanner) durationAt(i int) (match, bool) {
	j := s.skipApprox(i)
	n, vague, k, ok := s.quantity(j)
	if !ok {
		return match{}, false
	}
	half := false
	if s.is(k, "and") && s.is(k+1, "a") && s.is(k+2, "half") && !vague {
		half, k = true, k+3 // "two and a half hours"
	}
	hyphen := false
	if s.gluedPunct(k, "-") && s.tok(k+1).glued {
		k++
		hyphen = true
	}
	wi := s.info(k, cUnit)
	if wi == nil || (vague && !wi.plural) {
		return match{}, false
	}
	if wi.unit == uSecond && !wi.plural && s.tok(j).kind != kNum {
		return match{}, false // "a second round"
	}
	if hyphen && s.gluedPunct(k+1, "-") && s.is(k+2, "old") {
		return match{}, false // an age: "a 45-year-old man"
	}
	if !half && s.is(k+1, "and") && s.is(k+2, "a") && s.is(k+3, "half") && !vague && !wi.plural {
		half, k = true, k+3 // "an hour and a half"
	}
	if half {
		return match{from: i, to: k + 1, typ: "duration", val: halfValue(durValue(n, false, wi.unit))}, true
	}
	if m, ok := s.shiftAt(i, k+1, n, vague, wi.unit); ok {
		return m, true
	}
	if j == i && s.is(i, "a") && !wi.plural && !s.is(k+1, "before") && !s.is(k+1, "after") && s.rate(i) {
		return match{from: i, to: k + 1, typ: "set", val: durValue(1, false, wi.unit)}, true
	}
	return match{from: i, to: k + 1, typ: "duration", val: durValue(n, vague, wi.unit)}, true
}

// halfValue turns P2Y into P2.5Y.
func halfValue(v string) string {
	return v[:len(v)-1] + ".5" + v[len(v)-1:]
}

// rate reports whether "a day" at i is a rate ("3.1 million barrels a day",
// "400 drones a week"): it follows a number or a plural noun, not a verb or
// a preposition ("for a day", "lasted a day").
func (s *scanner) rate(i int) bool {
	p := s.tok(i - 1)
	if p.kind == kNum {
		return true
	}
	if p.kind != kWord || p.caps {
		return false
	}
	if rateNoun[p.w] {
		return true
	}
	if len(p.w) < 4 {
		return false
	}
	w := p.w
	return w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && !notRateNoun[w]
}

// rateNoun are mass nouns that take a rate: "oil a day".
var rateNoun = map[string]bool{"oil": true, "gas": true, "grain": true, "fuel": true,
	"ammunition": true, "electricity": true, "water": true, "food": true, "aid": true}

// notRateNoun are words in -s before "a day" that are verbs or adverbs.
var notRateNoun = map[string]bool{"lasts": true, "takes": true, "needs": true, "spends": true,
	"requires": true, "remains": true, "was": true, "has": true, "is": true, "does": true,
	"gets": true, "gives": true, "wants": true, "asks": true, "always": true, "sometimes": true,
	"perhaps": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"this": true, "its": true, "his": true, "ukraine's": true}

// shiftAt reads what turns a duration ending at end into a date: "two days
// ago" (from the anchor), "a week later" (from the last day named).
func (s *scanner) shiftAt(from, end, n int, vague bool, u unit) (match, bool) {
	var base time.Time
	var known bool
	sign, to := 0, end+1
	switch s.word(end) {
	case "ago":
		if vague {
			return s.vague(from, to, "PAST_REF"), true
		}
		sign, base, known = -1, s.anchor, s.hasAnchor
	case "from":
		if !s.is(end+1, "now") || vague {
			return match{}, false
		}
		sign, base, known, to = 1, s.anchor, s.hasAnchor, end+2
	case "later", "earlier":
		if vague {
			if s.word(end) == "earlier" {
				return s.vague(from, to, "PAST_REF"), true
			}
			return match{}, false
		}
		sign = 1
		if s.word(end) == "earlier" {
			sign = -1
		}
		base, known = s.refDay()
	default:
		return match{}, false
	}
	if !known {
		return match{from: from, to: to, typ: "date", val: unknownAt(u)}, true
	}
	return s.unitMatch(from, to, base, sign*n, u), true
}
