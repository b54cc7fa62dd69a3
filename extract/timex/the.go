package timex

import "strings"

// Expressions that start with "the", and modified periods ("early March",
// "the end of the year").

// theAt tries the rules that start with "the".
func (s *scanner) theAt(i int) (match, bool) {
	if m, ok := s.decadeAt(i, i+1); ok {
		return m, true
	}
	if m, ok := s.dayMonthAt(i, i+1); ok {
		return m, true
	}
	if w := s.word(i + 2); w == "half" || w == "quarter" {
		return s.partOfYear(i)
	}
	switch w := s.word(i + 1); w {
	case "past", "last", "next", "coming", "previous", "following", "same":
		if m, ok := s.relAt(i, i+1, true); ok {
			return m, true
		}
		if w == "past" && s.is(i-1, "in") {
			return s.vague(i, i+2, "PAST_REF"), true
		}
	case "day":
		return s.dayBefore(i, "")
	case "end", "beginning", "start", "middle", "rest", "remainder":
		return s.modAt(i, i+1)
	case "moment":
		if s.is(i-1, "at") {
			return s.vague(i, i+2, "PRESENT_REF"), true
		}
	case "future":
		if s.is(i-1, "in") {
			return s.vague(i, i+2, "FUTURE_REF"), true
		}
	case "near":
		if s.is(i+2, "future") {
			return s.vague(i, i+3, "FUTURE_REF"), true
		}
	case "weekend":
		return s.weekend(i, i+2, "the"), true
	}
	if wi := s.info(i+1, cPart); wi != nil {
		if s.is(i+2, "of") {
			return s.partOf(i, wi.code)
		}
		return s.dayBefore(i, wi.code)
	}
	if s.info(i+1, cSeason) != nil {
		return s.seasonYear(i, i+1)
	}
	if wi := s.info(i+1, cUnit); wi != nil && wi.plural && s.is(i+2, "to") && s.is(i+3, "come") {
		return s.vague(i, i+4, "FUTURE_REF"), true // "in the days to come"
	}
	return match{}, false
}

// dayBefore reads "the day before", "the day after", "the night before",
// "the day before yesterday", "the day after tomorrow"; code is the part of
// the day, "" for "day".
func (s *scanner) dayBefore(i int, code string) (match, bool) {
	n := 0
	switch s.word(i + 2) {
	case "before", "earlier":
		n = -1
	case "after":
		n = 1
	default:
		return match{}, false
	}
	switch w := s.word(i + 3); w {
	case "yesterday", "tomorrow":
		if code == "" && (w == "yesterday" && n < 0 || w == "tomorrow" && n > 0) {
			if !s.hasAnchor {
				return match{from: i, to: i + 4, typ: "date", val: "XXXX-XX-XX"}, true
			}
			return s.unitMatch(i, i+4, s.anchor, 2*n, uDay), true
		}
	case "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those":
		return match{}, false // "the day before the talks": relative to an event
	}
	base, ok := s.refDay()
	if !ok {
		return withPart(match{from: i, to: i + 3, typ: "date", val: "XXXX-XX-XX"}, code), true
	}
	return withPart(s.unitMatch(i, i+3, base, n, uDay), code), true
}

// partOf reads "the morning of March 29": a part of a named day.
func (s *scanner) partOf(i int, code string) (match, bool) {
	j := i + 3
	var m match
	var ok bool
	switch t := s.tok(j); {
	case t.kind == kNum:
		m, ok = s.dayMonthAt(i, j)
	case t.info != nil && t.info.class&cMonth != 0:
		m, ok = s.monthAt(i, j)
	case t.info != nil && t.info.class&cWeekday != 0:
		m, ok = s.weekdayAt(i, j)
	}
	if !ok || m.typ != "date" || len(m.val) != 10 {
		return match{}, false
	}
	return withPart(m, code), true
}

// modAt reads early/mid/late or the end/beginning/start/middle of, followed
// by a period; the value is the period's (TIMEX3 would add a mod).
func (s *scanner) modAt(from, i int) (match, bool) {
	j := i + 1
	switch s.word(i) {
	case "early", "late", "mid":
		if s.punctIs(j, "-") {
			j++
		}
	default:
		if !s.is(j, "of") {
			return match{}, false
		}
		j++
	}
	m, ok := s.periodAt(j)
	if !ok {
		return match{}, false
	}
	m.from = from
	return m, true
}

// periodAt reads what a modifier can modify: a year, a month, a weekday, a
// relative date, or "the year/month/week" (the anchor's).
func (s *scanner) periodAt(j int) (match, bool) {
	if wi := s.info(j+1, cUnit); s.is(j, "the") && wi != nil && !wi.plural && wi.unit > uDay {
		if !s.hasAnchor {
			return match{from: j, to: j + 2, typ: "date", val: unknownAt(wi.unit)}, true
		}
		return s.unitMatch(j, j+2, s.anchor, 0, wi.unit), true
	}
	var m match
	var ok bool
	switch t := s.tok(j); {
	case t.kind == kNum:
		m, ok = s.yearAt(j, j)
		if !ok {
			m, ok = s.decadeAt(j, j)
		}
	case t.info != nil && t.info.class&cMonth != 0:
		m, ok = s.monthAt(j, j)
	case t.info != nil && t.info.class&cWeekday != 0:
		m, ok = s.weekdayAt(j, j)
	case t.w == "this" || t.w == "last" || t.w == "next" || t.w == "coming":
		m, ok = s.relAt(j, j, false)
	case t.w == "today" || t.w == "yesterday" || t.w == "tomorrow":
		m, ok = s.deicticAt(j, j)
	case t.w == "the":
		m, ok = s.decadeAt(j, j+1)
	}
	if !ok || m.typ != "date" && m.typ != "time" || strings.HasSuffix(m.val, "_REF") {
		return match{}, false
	}
	return m, true
}

// partOfYear reads "the first half of 2024" (2024-H1) and "the third quarter
// of this year" (2023-Q3).
func (s *scanner) partOfYear(i int) (match, bool) {
	n := ordinals[s.word(i+1)]
	code := "Q"
	if s.word(i+2) == "half" {
		code = "H"
		if n > 2 {
			n = 2
		}
	}
	if n == 0 || !s.is(i+3, "of") {
		return match{}, false
	}
	m, ok := s.periodAt(i + 4)
	if !ok || len(m.val) != 4 || !digits(m.val) && m.val != "XXXX" {
		return match{}, false
	}
	m.from, m.val = i, m.val+"-"+code+string(rune('0'+n))
	return m, true
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}
