package timex

import "time"

// Dates relative to the publication date or to the last day named: today,
// on Thursday, last month, the day before, early next year.

// deicticAt reads today, yesterday, tomorrow, tonight, with an optional part
// of the day ("yesterday morning").
func (s *scanner) deicticAt(from, i int) (match, bool) {
	n, code := 0, ""
	switch s.word(i) {
	case "yesterday":
		n = -1
	case "tomorrow":
		n = 1
	case "tonight":
		code = "TNI"
	}
	end := i + 1
	if wi := s.info(end, cPart); wi != nil && code == "" {
		code, end = wi.code, end+1
	}
	if !s.hasAnchor {
		return withPart(match{from: from, to: end, typ: "date", val: "XXXX-XX-XX"}, code), true
	}
	d := s.anchor.AddDate(0, 0, n)
	return withPart(match{from: from, to: end, typ: "date", val: fmtDay(d), day: d, isDay: true}, code), true
}

// withPart adds a part of the day (TMO, TNI) to a day, making it a time.
func withPart(m match, code string) match {
	if code != "" {
		m.typ, m.val = "time", m.val+code
	}
	return m
}

// weekdayAt reads "Thursday", "Thursday morning", "Thursday, March 3".
func (s *scanner) weekdayAt(from, i int) (match, bool) {
	j := i + 1
	if s.punctIs(j, ",") {
		j++
	}
	if m, ok := s.monthAt(from, j); ok && m.dom > 0 {
		return m, true
	}
	if m, ok := s.dayMonthAt(from, j); ok {
		return m, true
	}
	return s.weekdayMatch(from, i, s.weekdayDir(i)), true
}

// weekdayDir is the way a bare weekday at i points: forwards in a future
// clause, backwards otherwise.
func (s *scanner) weekdayDir(i int) int {
	if s.tenseAt(i) == Future {
		return 1
	}
	return -1
}

// weekdayMatch values the weekday at i in direction dir (see weekdayDate).
func (s *scanner) weekdayMatch(from, i, dir int) match {
	val, d, ok := s.weekdayDate(s.tok(i).info.weekday, dir)
	m := match{from: from, to: i + 1, typ: "date", val: val, day: d, isDay: ok}
	if wi := s.info(i+1, cPart); wi != nil {
		m.to++
		m = withPart(m, wi.code)
	}
	return m
}

// relAt reads this/last/next/past/coming/previous/following/that + a unit,
// weekday, month, season or part of the day. the says "the" came first.
func (s *scanner) relAt(from, i int, the bool) (match, bool) {
	w := s.word(i)
	if m, ok := s.relQuantity(from, i, w); ok {
		return m, true
	}
	if wi := s.info(i+1, cUnit); wi != nil {
		return s.relUnit(from, i, w, wi, the)
	}
	if wi := s.info(i+1, cWeekday); wi != nil {
		if d, ok := weekdayDir[w]; ok {
			if w == "this" {
				d = s.weekdayDir(i + 1)
			}
			return s.weekdayMatch(from, i+1, d), true
		}
		return match{}, false
	}
	if m, k, ok := s.monthName(i + 1); ok {
		if d, ok := yearDir[w]; ok {
			return match{from: from, to: k, typ: "date", val: s.monthBound(m, d)}, true
		}
		return match{}, false
	}
	if wi := s.info(i+1, cSeason); wi != nil {
		if n, ok := yearDir[w]; ok {
			return match{from: from, to: i + 2, typ: "date", val: s.season(wi.code, n)}, true
		}
		return match{}, false
	}
	if s.is(i+1, "weekend") {
		return s.weekend(from, i+2, w), true
	}
	if wi := s.info(i+1, cPart); wi != nil {
		switch {
		case w == "this":
			return s.shiftDay(match{from: from, to: i + 2}, 0, wi.code), true
		case w == "last" && wi.code == "TNI":
			return s.shiftDay(match{from: from, to: i + 2}, -1, wi.code), true
		}
	}
	return match{}, false
}

// verbBefore are words after which "last" is a verb.
var verbBefore = map[string]bool{"will": true, "would": true, "could": true, "can": true,
	"may": true, "might": true, "should": true, "must": true, "to": true, "did": true,
	"does": true, "not": true, "shall": true, "ll": true}

// weekdayDir and yearDir say which way this/last/next point (see
// weekdayDate and monthBound).
var (
	weekdayDir = map[string]int{"this": 0, "last": -2, "past": -2, "next": 2, "coming": 2}
	yearDir    = map[string]int{"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}
	refDir     = map[string]int{"next": 1, "following": 1, "previous": -1, "that": 0, "same": 0}
)

// season values "this summer" (n 0), "last winter" (-1), "next spring"
// (+1): the last one that has ended, the next one that has not begun. A
// winter takes the year it begins in.
func (s *scanner) season(code string, n int) string {
	if !s.hasAnchor {
		return "XXXX-" + code
	}
	y, m := s.anchor.Year(), int(s.anchor.Month())
	first := 12
	switch code {
	case "SP":
		first = 3
	case "SU":
		first = 6
	case "FA":
		first = 9
	}
	if code == "WI" && m <= 2 {
		y-- // January is in the winter that began the December before
		m += 12
	}
	switch {
	case n < 0 && m <= first+2:
		y--
	case n > 0 && m >= first:
		y++
	}
	return fmtYear(y) + "-" + code
}

// shiftDay turns a deictic match into the anchor's day plus n with a part
// of the day.
func (s *scanner) shiftDay(m match, n int, code string) match {
	m.typ, m.val, m.isDay = "date", "XXXX-XX-XX", false
	if s.hasAnchor {
		m.day = s.anchor.AddDate(0, 0, n)
		m.val, m.isDay = fmtDay(m.day), true
	}
	return withPart(m, code)
}

// relQuantity reads "past two weeks", "next few months": durations.
func (s *scanner) relQuantity(from, i int, w string) (match, bool) {
	switch w {
	case "past", "last", "next", "coming", "previous", "following":
	default:
		return match{}, false
	}
	if w == "last" && verbBefore[s.word(i-1)] {
		return match{}, false // "would last 30 days": the verb
	}
	n, vague, k, ok := s.quantity(i + 1)
	if !ok || k == i+2 && (s.is(i+1, "a") || s.is(i+1, "an")) {
		return match{}, false
	}
	wi := s.info(k, cUnit)
	if wi == nil || (!wi.plural && n != 1) {
		return match{}, false
	}
	return match{from: from, to: k + 1, typ: "duration", val: durValue(n, vague, wi.unit)}, true
}

// relUnit reads "last month", "next week", "the past week", "the next day".
func (s *scanner) relUnit(from, i int, w string, wi *wordInfo, the bool) (match, bool) {
	end := i + 2
	if wi.plural {
		switch w {
		case "past", "last", "previous":
			return s.vague(from, end, "PAST_REF"), true
		case "next", "coming", "following":
			return s.vague(from, end, "FUTURE_REF"), true
		}
		return match{}, false
	}
	if w == "past" || w == "last" && the {
		return match{from: from, to: end, typ: "duration", val: durValue(1, false, wi.unit)}, true
	}
	if wi.unit < uDay {
		return match{}, false
	}
	if n, ok := yearDir[w]; ok && wi.unit > uDay && (w != "next" || !the) {
		if !s.hasAnchor {
			return match{from: from, to: end, typ: "date", val: unknownAt(wi.unit)}, true
		}
		return s.unitMatch(from, end, s.anchor, n, wi.unit), true
	}
	n, ok := refDir[w]
	if !ok {
		return match{}, false
	}
	base, known := s.refDay()
	if !known {
		return match{from: from, to: end, typ: "date", val: unknownAt(wi.unit)}, true
	}
	return s.unitMatch(from, end, base, n, wi.unit), true
}

// unitMatch is the date n units from base at the unit's granularity.
func (s *scanner) unitMatch(from, to int, base time.Time, n int, u unit) match {
	val, d, isDay := shifted(base, n, u)
	return match{from: from, to: to, typ: "date", val: val, day: d, isDay: isDay}
}

// weekend values "this weekend", "last weekend", "the weekend" (w "the":
// by tense).
func (s *scanner) weekend(from, to int, w string) match {
	m := match{from: from, to: to, typ: "date", val: "XXXX-WXX-WE"}
	if !s.hasAnchor {
		return m
	}
	wd := (int(s.anchor.Weekday())+6)%7 + 1
	n := 0
	switch {
	case w == "last" || w == "past" || w == "previous":
		n = -1
		if wd >= 6 {
			n = 0 // on a Sunday, "last weekend" is most often the one just ending
		}
	case w == "next" || w == "following":
		n = 1
	case w == "the" && wd < 6 && s.tenseAt(from) != Future:
		n = -1
	}
	m.val = fmtWeek(s.anchor.AddDate(0, 0, 7*n)) + "-WE"
	return m
}

// earlierAt reads "earlier this week", "later today", "later that day".
func (s *scanner) earlierAt(i int) (match, bool) {
	var m match
	var ok bool
	switch s.word(i + 1) {
	case "this", "that":
		m, ok = s.relAt(i, i+1, false)
	case "today", "tonight":
		m, ok = s.deicticAt(i, i+1)
	}
	if !ok || m.typ == "duration" {
		return match{}, false
	}
	return m, true
}

// monthBound is the month m counted from the anchor's month in direction
// dir (-1 the last such month strictly before, +1 the next strictly after,
// 0 this year's).
func (s *scanner) monthBound(m, dir int) string {
	if !s.hasAnchor {
		return fmtMonth(0, m)
	}
	y, am := s.anchor.Year(), int(s.anchor.Month())
	switch {
	case dir < 0 && m >= am:
		y--
	case dir > 0 && m <= am:
		y++
	}
	return fmtMonth(y, m)
}

// weekdayDate resolves weekday wd (ISO) against the anchor. dir: -1 on or
// before, +1 on or after, -2 strictly before, +2 strictly after, 0 in the
// anchor's week.
func (s *scanner) weekdayDate(wd, dir int) (string, time.Time, bool) {
	if !s.hasAnchor {
		return "XXXX-XX-XX", time.Time{}, false
	}
	cur := (int(s.anchor.Weekday())+6)%7 + 1
	back, fwd := (cur-wd+7)%7, (wd-cur+7)%7
	var delta int
	switch dir {
	case -1:
		delta = -back
	case 1:
		delta = fwd
	case -2:
		delta = -back
		if back == 0 {
			delta = -7
		}
	case 2:
		delta = fwd
		if fwd == 0 {
			delta = 7
		}
	default:
		delta = wd - cur
	}
	d := s.anchor.AddDate(0, 0, delta)
	return fmtDay(d), d, true
}
