package timex

import "github.com/truce-project/truce/extract/lex"

// Token helpers and the dispatch from a token to the rules that may start
// there. Every rule looks at a bounded number of tokens ahead, so a scan of
// a sentence stays linear.

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &noToken
	}
	return &s.toks[i]
}

// word is the lower-case word at i, "" for anything else.
func (s *scanner) word(i int) string {
	if t := s.tok(i); t.kind == kWord {
		return t.w
	}
	return ""
}

func (s *scanner) is(i int, w string) bool { return s.word(i) == w }

func (s *scanner) punctIs(i int, p string) bool {
	t := s.tok(i)
	return t.kind == kPunct && t.w == p
}

// gluedPunct reports whether token i is punctuation p with no space before.
func (s *scanner) gluedPunct(i int, p string) bool { return s.tok(i).glued && s.punctIs(i, p) }

// info is the lexicon entry at i if it has class c.
func (s *scanner) info(i int, c class) *wordInfo {
	if wi := s.tok(i).info; wi != nil && wi.class&c != 0 {
		return wi
	}
	return nil
}

// matchAt returns the time expression that starts at token i, if any.
func (s *scanner) matchAt(i int) (match, bool) {
	switch s.tok(i).kind {
	case kNum:
		return s.numberAt(i)
	case kWord:
		if t := s.tok(i); t.info == nil && !s.everyWord && !wordStarts.Has(t.w) {
			return match{}, false // no rule starts here: skip the walk through them
		}
		return s.wordAt(i)
	}
	return match{}, false
}

// wordStarts are the words without a lexicon entry at which a rule of
// wordAt can match: the cases of its switch, and what durationAt reads
// before a number word or a unit (skipApprox: "more than", "at least", "up
// to"; quantity: "a", "few", "several"). wordAt fails on any other word
// without a lexicon entry, so matchAt turns it away with one lookup; a new
// case in wordAt, skipApprox or quantity must add its word here
// (TestWordStarts runs both ways over the examples and fails otherwise).
var wordStarts = lex.NewSet(
	"today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently", "nowadays",
	"present", "recently", "lately", "recent", "the", "this", "last", "next", "past", "coming",
	"previous", "following", "that", "earlier", "later", "early", "late", "mid", "end",
	"beginning", "start", "middle", "christmas", "orthodox", "new", "victory", "every", "each",
	"once", "twice", "per", "daily", "weekly", "monthly", "annually", "yearly",
	// durationAt: skipApprox and quantity
	"more", "less", "fewer", "at", "up", "a", "an", "few", "several", "many",
)

// wordAt tries the rules that start with a word.
func (s *scanner) wordAt(i int) (match, bool) {
	t := s.tok(i)
	if wi := t.info; wi != nil {
		switch {
		case wi.class&cMonth != 0:
			if m, ok := s.monthAt(i, i); ok {
				return m, true
			}
		case wi.class&cWeekday != 0:
			return s.weekdayAt(i, i)
		case wi.class&cSeason != 0:
			return s.seasonYear(i, i)
		case wi.class&cUnit != 0 && wi.plural:
			return s.barePlural(i)
		}
	}
	switch t.w {
	case "today", "yesterday", "tomorrow", "tonight":
		return s.deicticAt(i, i)
	case "now", "currently", "presently", "nowadays":
		return s.vague(i, i+1, "PRESENT_REF"), true
	case "present":
		if s.is(i-1, "at") {
			return s.vague(i, i+1, "PRESENT_REF"), true
		}
	case "recently", "lately":
		return s.vague(i, i+1, "PAST_REF"), true
	case "recent":
		if wi := s.info(i+1, cUnit); wi != nil && wi.plural {
			return s.vague(i, i+2, "PAST_REF"), true
		}
	case "the":
		return s.theAt(i)
	case "this", "last", "next", "past", "coming", "previous", "following", "that":
		return s.relAt(i, i, false)
	case "earlier", "later":
		return s.earlierAt(i)
	case "early", "late", "mid", "end", "beginning", "start", "middle":
		return s.modAt(i, i)
	case "christmas", "orthodox", "new", "victory":
		if t.caps {
			return s.holiday(i)
		}
	case "every", "each":
		return s.everyAt(i)
	case "once", "twice":
		return s.frequencyAt(i)
	case "per":
		if wi := s.info(i+1, cUnit); wi != nil && !wi.plural {
			return match{from: i, to: i + 2, typ: "set", val: durValue(1, false, wi.unit)}, true
		}
	case "daily", "weekly", "monthly", "annually", "yearly":
		if !t.caps {
			return s.adverbSet(i)
		}
	}
	return s.durationAt(i)
}

// vague is a match of one of the vague references PAST_REF, PRESENT_REF,
// FUTURE_REF.
func (s *scanner) vague(from, to int, val string) match {
	return match{from: from, to: to, typ: "date", val: val}
}

// seasonYear reads "summer 2023", "the winter of 2022".
func (s *scanner) seasonYear(from, i int) (match, bool) {
	y, e, ok := s.yearAfter(i + 1)
	if !ok {
		return match{}, false
	}
	return match{from: from, to: e, typ: "date", val: fmtYear(y) + "-" + s.tok(i).info.code, year: y}, true
}

// barePlural reads "for years", "for months": a duration of unknown length.
func (s *scanner) barePlural(i int) (match, bool) {
	switch s.word(i - 1) {
	case "for", "in", "within":
		u := s.tok(i).info.unit
		return match{from: i, to: i + 1, typ: "duration", val: durValue(0, true, u)}, true
	}
	return match{}, false
}

// everyAt reads "every day", "each week", "every two weeks", "every Monday".
func (s *scanner) everyAt(i int) (match, bool) {
	if wi := s.info(i+1, cUnit); wi != nil && !wi.plural {
		return match{from: i, to: i + 2, typ: "set", val: durValue(1, false, wi.unit)}, true
	}
	if wi := s.info(i+1, cWeekday); wi != nil {
		return match{from: i, to: i + 2, typ: "set", val: "XXXX-WXX-" + string(rune('0'+wi.weekday))}, true
	}
	n, vague, k, ok := s.quantity(i + 1)
	if wi := s.info(k, cUnit); ok && wi != nil && wi.plural {
		return match{from: i, to: k + 1, typ: "set", val: durValue(n, vague, wi.unit)}, true
	}
	return match{}, false
}

// frequencyAt reads "once a week", "twice a day".
func (s *scanner) frequencyAt(i int) (match, bool) {
	if s.is(i+1, "a") || s.is(i+1, "per") {
		if wi := s.info(i+2, cUnit); wi != nil && !wi.plural {
			return match{from: i, to: i + 3, typ: "set", val: durValue(1, false, wi.unit)}, true
		}
	}
	return match{}, false
}

func (s *scanner) adverbSet(i int) (match, bool) {
	u := uYear
	switch s.word(i) {
	case "daily":
		u = uDay
	case "weekly":
		u = uWeek
	case "monthly":
		u = uMonth
	}
	return match{from: i, to: i + 1, typ: "set", val: durValue(1, false, u)}, true
}

// holiday reads Christmas, Orthodox Christmas, New Year, New Year's Eve and
// Victory Day as year-less days.
func (s *scanner) holiday(i int) (match, bool) {
	m, d, end := 0, 0, i+1
	switch s.word(i) {
	case "christmas":
		m, d = 12, 25
	case "orthodox":
		if s.is(i+1, "christmas") {
			m, d, end = 1, 7, i+2
		}
	case "victory":
		if s.is(i+1, "day") && s.tok(i+1).caps {
			m, d, end = 5, 9, i+2
		}
	case "new":
		if !s.is(i+1, "year") || !s.tok(i+1).caps {
			break
		}
		m, d, end = 1, 1, i+2
		if (s.punctIs(end, "'") || s.punctIs(end, "’")) && s.is(end+1, "s") {
			end += 2
		}
		switch {
		case s.is(end, "eve"):
			m, d, end = 12, 31, end+1
		case s.is(end, "day"):
			end++
		}
	}
	if m == 0 {
		return match{}, false
	}
	return s.guessedDay(i, end, i, m, d, false)
}
