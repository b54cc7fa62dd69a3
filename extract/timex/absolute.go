package timex

import "strconv"

// Calendar dates: numeric formats, month names, years, decades and clock
// times.

// numberAt tries every rule that starts with a digit run.
func (s *scanner) numberAt(i int) (match, bool) {
	if m, ok := s.numericDate(i); ok {
		return m, true
	}
	if m, ok := s.clockAt(i); ok {
		return m, true
	}
	if s.inGroup(i) {
		if _, _, ok := s.grouped(i); ok {
			return s.durationAt(i) // "1,000 days"
		}
		return match{}, false // part of "331,110" or "3.5"
	}
	if m, ok := s.dayMonthAt(i, i); ok {
		return m, true
	}
	if m, ok := s.dayPair(i); ok {
		return m, true
	}
	if m, ok := s.decadeAt(i, i); ok {
		return m, true
	}
	if t := s.tok(i); t.ndig() == 4 && t.num >= 1800 && t.num <= 2100 && s.is(i+1, "year") {
		return match{from: i, to: i + 2, typ: "date", val: fmtYear(t.num), year: t.num}, true // "in 2022 year"
	}
	if m, ok := s.durationAt(i); ok {
		return m, true
	}
	return s.yearAt(i, i)
}

// inGroup reports whether the digits at i belong to a larger number.
func (s *scanner) inGroup(i int) bool {
	p := s.tok(i - 1)
	if s.tok(i).glued && p.kind == kPunct && (p.w == "," || p.w == ".") && p.glued && s.tok(i-2).kind == kNum {
		return true
	}
	n := s.tok(i + 1)
	return n.glued && n.kind == kPunct && (n.w == "," || n.w == ".") && s.tok(i+2).glued && s.tok(i+2).kind == kNum
}

// grouped reads a number written with thousands separators, "1,000",
// starting at its first digits.
func (s *scanner) grouped(i int) (n, next int, ok bool) {
	if p := s.tok(i - 1); s.tok(i).glued && p.glued && p.kind == kPunct && s.tok(i-2).kind == kNum {
		return 0, i, false
	}
	n, next = s.tok(i).num, i+1
	if s.tok(i).ndig() > 3 {
		return 0, i, false
	}
	for s.gluedPunct(next, ",") && s.tok(next+1).glued && s.tok(next+1).ndig() == 3 && n < 1e6 {
		n = n*1000 + s.tok(next+1).num
		next += 2
	}
	if next == i+1 || s.gluedPunct(next, ".") && s.tok(next+1).glued && s.tok(next+1).kind == kNum {
		return 0, i, false // no groups, or a decimal part
	}
	return n, next, true
}

// numericDate reads 2022-02-24, 2022-02, 24.02.2022, 04.11.23, 02/24/2022.
func (s *scanner) numericDate(i int) (match, bool) {
	a, sep := s.tok(i), s.tok(i+1)
	if sep.kind != kPunct || !sep.glued || !s.tok(i+2).glued || s.tok(i+2).kind != kNum {
		return match{}, false
	}
	if p := s.tok(i - 1); p.kind == kPunct && p.glued && a.glued && s.tok(i-2).kind == kNum {
		return match{}, false // tail of a longer numeric chain
	}
	b := s.tok(i + 2)
	if a.ndig() == 4 && sep.w == "-" && b.ndig() == 2 {
		return s.isoDate(i)
	}
	if a.ndig() > 2 || b.ndig() > 2 || (sep.w != "." && sep.w != "/" && sep.w != "-") {
		return match{}, false
	}
	if !s.gluedPunct(i+3, sep.w) || !s.tok(i+4).glued || s.tok(i+4).kind != kNum || s.chainGoesOn(i+4) {
		return match{}, false
	}
	c := s.tok(i + 4)
	y := c.num
	switch c.ndig() {
	case 2:
		y += 2000
		if c.num >= 70 {
			y -= 100
		}
	case 4:
	default:
		return match{}, false
	}
	d, m := a.num, b.num
	if sep.w == "/" && validDate(y, d, m) {
		d, m = m, d // American month/day first when it can be
	}
	if !validDate(y, m, d) {
		return match{}, false
	}
	return s.dayMatch(i, i+5, y, m, d), true
}

// chainGoesOn reports whether a numeric chain continues past token i
// (1.2.3.4, 10:20:30:40), which makes it no date.
func (s *scanner) chainGoesOn(i int) bool {
	n := s.tok(i + 1)
	return n.kind == kPunct && n.glued && n.w != "," && s.tok(i+2).glued && s.tok(i+2).kind == kNum
}

func (s *scanner) isoDate(i int) (match, bool) {
	y, m := s.tok(i).num, s.tok(i+2).num
	if m < 1 || m > 12 || y < 1000 {
		return match{}, false
	}
	if s.gluedPunct(i+3, "-") && s.tok(i+4).glued && s.tok(i+4).kind == kNum {
		d := s.tok(i + 4).num
		if s.tok(i+4).ndig() > 2 || !validDate(y, m, d) || s.chainGoesOn(i+4) {
			return match{}, false
		}
		return s.dayMatch(i, i+5, y, m, d), true
	}
	if s.chainGoesOn(i + 2) {
		return match{}, false
	}
	return match{from: i, to: i + 3, typ: "date", val: fmtMonth(y, m), year: y, month: m}, true
}

// dayMatch is a match naming the day y-m-d, all known.
func (s *scanner) dayMatch(from, to, y, m, d int) match {
	return match{from: from, to: to, typ: "date", val: fmtDate(y, m, d), day: day(y, m, d),
		isDay: true, year: y, month: m, dom: d}
}

// dom reads a day of the month at j (3, 24th) and returns the token after.
func (s *scanner) dom(j int) (d, next int, ok bool) {
	t := s.tok(j)
	if t.kind != kNum || t.ndig() > 2 || t.num < 1 || t.num > 31 || s.inGroup(j) || s.gluedPunct(j+1, ":") {
		return 0, j, false
	}
	next = j + 1
	if o := s.tok(next); o.glued && o.info != nil && o.info.class&cOrd != 0 {
		next++
	}
	return t.num, next, true
}

// yearAfter reads an optional "," or "of" and a year at j.
func (s *scanner) yearAfter(j int) (y, next int, ok bool) {
	if s.punctIs(j, ",") || s.is(j, "of") {
		j++
	}
	t := s.tok(j)
	if t.kind != kNum || t.ndig() != 4 || t.num < 1800 || t.num > 2100 || s.inGroup(j) {
		return 0, j, false
	}
	return t.num, j + 1, true
}

// monthName checks for a month name at i and returns it with the token after
// it (past the period of "Feb.").
func (s *scanner) monthName(i int) (m, next int, ok bool) {
	t := s.tok(i)
	wi := s.info(i, cMonth)
	if wi == nil || !t.caps && (wi.abbrev || wi.month == 3 || wi.month == 5 || wi.month == 8) {
		return 0, i, false // "march", "may", "august" and "jan" in lower case are other words
	}
	next = i + 1
	if wi.abbrev {
		if s.gluedPunct(next, ".") {
			next++
		} else if s.tok(next).kind != kNum {
			return 0, i, false
		}
	}
	if wi.month == 5 && s.tok(next).kind != kNum && !mayCue[s.word(i-1)] && !s.punctIs(i-1, "-") {
		return 0, i, false // the verb "may"
	}
	return wi.month, next, true
}

// mayCue are words before "May" that make it the month.
var mayCue = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "of": true, "early": true, "late": true, "mid": true, "during": true,
	"through": true, "to": true, "and": true, "last": true, "next": true, "this": true,
	"before": true, "after": true, "between": true, "on": true}

// monthAt reads "December 2", "Feb. 24, 2022", "March 3-5", "March 2022",
// "January next year" and a lone "March".
func (s *scanner) monthAt(from, i int) (match, bool) {
	m, j, ok := s.monthName(i)
	if !ok {
		return match{}, false
	}
	if d, k, ok := s.dom(j); ok {
		end := k
		ranged := false
		if p := s.tok(k); p.kind == kPunct && (p.w == "-" || p.w == "–") {
			if d2, k2, ok := s.dom(k + 1); ok && d2 > d {
				end, ranged = k2, true
			}
		}
		if y, e, ok := s.yearAfter(end); ok && validDate(y, m, d) {
			if ranged {
				return match{from: from, to: e, typ: "date", val: fmtMonth(y, m), year: y, month: m}, true
			}
			return s.dayMatch(from, e, y, m, d), true
		}
		if n, e, ok := s.yearWord(end); ok && !ranged {
			return s.yearWordDay(from, e, n, m, d), true
		}
		return s.guessedDay(from, end, i, m, d, ranged)
	}
	if y, e, ok := s.yearAfter(j); ok {
		return match{from: from, to: e, typ: "date", val: fmtMonth(y, m), year: y, month: m}, true
	}
	if n, e, ok := s.yearWord(j); ok {
		return match{from: from, to: e, typ: "date", val: fmtMonth(s.anchorYear(n), m), month: m}, true
	}
	y := s.guessYear(m, 15, s.dateTense(from, i))
	return match{from: from, to: j, typ: "date", val: fmtMonth(y, m), guessed: true, month: m}, true
}

// guessedDay is a month-day whose year comes from the anchor and the tense.
func (s *scanner) guessedDay(from, to, i, m, d int, ranged bool) (match, bool) {
	if !validDate(0, m, d) {
		return match{}, false
	}
	y := s.guessYear(m, d, s.dateTense(from, i))
	if ranged {
		return match{from: from, to: to, typ: "date", val: fmtMonth(y, m), guessed: true, month: m}, true
	}
	mt := match{from: from, to: to, typ: "date", val: fmtDate(y, m, d), guessed: true, month: m, dom: d}
	if y > 0 && validDate(y, m, d) {
		mt.day, mt.isDay = day(y, m, d), true
	}
	return mt, true
}

// yearWord reads "next year", "of last year", "this year" after a month.
func (s *scanner) yearWord(j int) (n, next int, ok bool) {
	if s.is(j, "of") {
		j++
	}
	if !s.is(j+1, "year") {
		return 0, j, false
	}
	switch s.word(j) {
	case "next":
		return 1, j + 2, true
	case "last":
		return -1, j + 2, true
	case "this":
		return 0, j + 2, true
	}
	return 0, j, false
}

// yearWordDay is "February 24 of this year": the anchor's year plus n.
func (s *scanner) yearWordDay(from, to, n, m, d int) match {
	y := s.anchorYear(n)
	if y > 0 && validDate(y, m, d) {
		return s.dayMatch(from, to, y, m, d)
	}
	return match{from: from, to: to, typ: "date", val: fmtDate(y, m, d), month: m, dom: d}
}

// anchorYear is the anchor's year plus n, 0 when there is no anchor.
func (s *scanner) anchorYear(n int) int {
	if !s.hasAnchor {
		return 0
	}
	return s.anchor.Year() + n
}

// dateTense is the tense a year-less date at token i (its expression
// starting at from) is read in: "since" makes it past whatever the verb.
func (s *scanner) dateTense(from, i int) Tense {
	if s.is(from-1, "since") {
		return Past
	}
	return s.tenseAt(i)
}

// guessYear picks the year of a year-less month-day: the anchor's, unless
// that puts a past event more than six months after the anchor (then the
// year before) or a future one more than six months before it (the year
// after).
func (s *scanner) guessYear(m, d int, t Tense) int {
	if !s.hasAnchor {
		return 0
	}
	y := s.anchor.Year()
	if d > 28 {
		d = 28
	}
	c := day(y, m, d)
	if t != Future && c.After(s.anchor.AddDate(0, 6, 0)) {
		return y - 1
	}
	if t != Past && c.Before(s.anchor.AddDate(0, -6, 0)) {
		return y + 1
	}
	return y
}

// dayMonthAt reads "24 February 2022", "the 3rd of March", "2 December".
func (s *scanner) dayMonthAt(from, i int) (match, bool) {
	d, j, ok := s.dom(i)
	if !ok {
		return match{}, false
	}
	if s.is(j, "of") {
		j++
	}
	m, k, ok := s.monthName(j)
	if !ok {
		return match{}, false
	}
	if y, e, ok := s.yearAfter(k); ok && validDate(y, m, d) {
		return s.dayMatch(from, e, y, m, d), true
	}
	if n, e, ok := s.yearWord(k); ok {
		return s.yearWordDay(from, e, n, m, d), true
	}
	return s.guessedDay(from, k, i, m, d, false)
}

// dayPair reads the first day of "5 and 6 June", "20-22 March 2023": it
// takes the month and year of the day-month that follows.
func (s *scanner) dayPair(i int) (match, bool) {
	d, j, ok := s.dom(i)
	if !ok || !(s.is(j, "and") || s.is(j, "to") || s.punctIs(j, "-") || s.punctIs(j, "–")) {
		return match{}, false
	}
	next, ok := s.dayMonthAt(j+1, j+1)
	if !ok || next.dom <= d {
		return match{}, false
	}
	if next.year > 0 {
		return s.dayMatch(i, j, next.year, next.month, d), true
	}
	return s.guessedDay(i, j, i, next.month, d, false)
}

// decadeAt reads "1990s", "the 1990s", "the 1990's".
func (s *scanner) decadeAt(from, i int) (match, bool) {
	t := s.tok(i)
	if t.ndig() != 4 || t.num%10 != 0 || t.num < 1000 {
		return match{}, false
	}
	end := 0
	if n := s.tok(i + 1); n.glued && n.w == "s" {
		end = i + 2
	} else if n.glued && (n.w == "'" || n.w == "’") && s.tok(i+2).glued && s.tok(i+2).w == "s" && from < i {
		end = i + 3
	}
	if end == 0 {
		return match{}, false
	}
	return match{from: from, to: end, typ: "date", val: strconv.Itoa(t.num / 10)}, true
}

// yearAt reads a lone year, "2023", unless it looks like a count ("2000
// soldiers"), a page or a number label.
func (s *scanner) yearAt(from, i int) (match, bool) {
	t := s.tok(i)
	if t.ndig() != 4 || t.num < 1800 || t.num > 2100 || s.inGroup(i) {
		return match{}, false
	}
	if p := s.tok(i - 1); p.kind == kPunct && (p.w == "$" || p.w == "€" || p.w == "£" || p.w == "#" || p.w == "№") {
		return match{}, false
	}
	if notYearBefore[s.word(i-1)] {
		return match{}, false
	}
	n := s.tok(i + 1)
	if n.w == "%" || (n.glued && n.kind == kWord) || (n.glued && n.w == "-" && s.tok(i+2).kind == kWord && !s.tok(i+2).caps) {
		return match{}, false
	}
	if n.kind == kWord && !n.caps && countNoun(n.w) && !yearPrep[s.word(i-1)] {
		return match{}, false
	}
	return match{from: from, to: i + 1, typ: "date", val: fmtYear(t.num), year: t.num}, true
}

// notYearBefore are words after which four digits are a label, not a year.
var notYearBefore = map[string]bool{"page": true, "p": true, "pp": true, "no": true,
	"number": true, "resolution": true, "flight": true, "route": true, "article": true,
	"paragraph": true, "section": true, "item": true, "code": true, "room": true,
	"house": true, "unit": true, "brigade": true, "regiment": true, "model": true}

// yearPrep are words after which four digits are surely a year.
var yearPrep = map[string]bool{"in": true, "since": true, "until": true, "till": true,
	"by": true, "from": true, "of": true, "during": true, "through": true, "to": true,
	"before": true, "after": true, "between": true, "and": true, "early": true,
	"late": true, "mid": true, "year": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "fall": true}

// countNoun reports whether a word after four digits says they count
// something ("2000 soldiers") rather than name a year ("the 2022 talks").
func countNoun(w string) bool { return countNouns[w] }

var countNouns = map[string]bool{"people": true, "men": true, "women": true, "children": true,
	"soldiers": true, "troops": true, "servicemen": true, "civilians": true, "prisoners": true,
	"pows": true, "tanks": true, "drones": true, "missiles": true, "shells": true, "rockets": true,
	"vehicles": true, "km": true, "kilometers": true, "kilometres": true, "miles": true,
	"dollars": true, "euros": true, "hryvnias": true, "rubles": true, "roubles": true,
	"tonnes": true, "tons": true, "barrels": true, "votes": true, "points": true, "cases": true,
	"refugees": true, "victims": true, "casualties": true, "homes": true, "buildings": true,
	"aircraft": true, "helicopters": true, "ships": true, "weapons": true, "guns": true,
	"systems": true, "percent": true, "units": true, "residents": true, "fighters": true,
	"mercenaries": true, "settlements": true, "villages": true, "strikes": true, "attacks": true}
