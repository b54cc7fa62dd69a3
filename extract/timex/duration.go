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
		if t.ndig > 4 {
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
	if m, ok := s.shiftAt(i, k+1, n, vague, wi.unit); ok {
		return m, true
	}
	return match{from: i, to: k + 1, typ: "duration", val: durValue(n, vague, wi.unit)}, true
}

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
