package timex

import "github.com/truce-project/truce/extract/lex"

// class bits say what a word can be in a time expression.
type class uint16

const (
	cMonth class = 1 << iota
	cWeekday
	cUnit
	cNumber
	cPart   // part of the day
	cSeason // season of the year
	cApprox // "nearly", "about": a duration modifier
	cOrd    // ordinal suffix of a digit run: 24th, 3rd
)

// unit is a calendar unit of a duration or a relative date.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uYear
	uDecade
	uCentury
)

type wordInfo struct {
	class   class
	month   int    // 1..12
	weekday int    // ISO: Monday = 1 … Sunday = 7
	unit    unit   // for cUnit
	plural  bool   // "days", not "day"
	num     int    // for cNumber
	code    string // TIMEX3 code of a part of day or season: TMO, SU
	abbrev  bool   // "Feb", which wants a following "." or day
}

// entry is what the lexicons say of a word, so that a token needs one
// lookup: its lexicon entry, the tense it settles (tenseWords), and whether
// it is in notPast.
type entry struct {
	info    *wordInfo // nil when none
	tense   Tense     // Unknown when none
	notPast bool
}

// entries maps lower-case words to their entry; built once, read only.
var entries = func() *lex.Map[entry] {
	m := map[string]entry{}
	for w, wi := range buildLexicon() {
		m[w] = entry{info: wi}
	}
	for w, t := range tenseWords {
		e := m[w]
		e.tense = t
		m[w] = e
	}
	for w, ok := range notPast {
		e := m[w]
		e.notPast = ok
		m[w] = e
	}
	return lex.NewMap(m)
}()

func buildLexicon() map[string]*wordInfo {
	m := map[string]*wordInfo{}
	add := func(w string, wi wordInfo) {
		if old, ok := m[w]; ok {
			old.class |= wi.class
			if wi.class&cNumber != 0 {
				old.num = wi.num
			}
			return
		}
		m[w] = &wi
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, name := range months {
		add(name, wordInfo{class: cMonth, month: i + 1})
		if len(name) > 4 {
			add(name[:3], wordInfo{class: cMonth, month: i + 1, abbrev: true})
		}
	}
	add("sept", wordInfo{class: cMonth, month: 9, abbrev: true})
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, name := range days {
		add(name, wordInfo{class: cWeekday, weekday: i + 1})
	}
	units := []struct {
		s, p string
		u    unit
	}{
		{"second", "seconds", uSecond}, {"minute", "minutes", uMinute}, {"hour", "hours", uHour},
		{"day", "days", uDay}, {"week", "weeks", uWeek}, {"fortnight", "fortnights", uFortnight},
		{"month", "months", uMonth}, {"year", "years", uYear}, {"decade", "decades", uDecade},
		{"century", "centuries", uCentury},
	}
	for _, u := range units {
		add(u.s, wordInfo{class: cUnit, unit: u.u})
		add(u.p, wordInfo{class: cUnit, unit: u.u, plural: true})
	}
	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range numbers {
		add(w, wordInfo{class: cNumber, num: i})
	}
	tens := []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(w, wordInfo{class: cNumber, num: 30 + 10*i})
	}
	add("hundred", wordInfo{class: cNumber, num: 100})
	for w, code := range map[string]string{"morning": "TMO", "afternoon": "TAF",
		"evening": "TEV", "night": "TNI"} {
		add(w, wordInfo{class: cPart, code: code})
	}
	for w, code := range map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA",
		"fall": "FA", "winter": "WI"} {
		add(w, wordInfo{class: cSeason, code: code})
	}
	for _, w := range []string{"nearly", "almost", "about", "around", "roughly",
		"approximately", "some", "over", "under", "just", "barely", "well"} {
		add(w, wordInfo{class: cApprox})
	}
	for _, w := range []string{"st", "nd", "rd", "th"} {
		add(w, wordInfo{class: cOrd})
	}
	return m
}

// tenseWords are single words that settle the tense of the clause they head.
var tenseWords = map[string]Tense{
	"will": Future, "shall": Future, "upcoming": Future, "scheduled": Future, "planned": Future,
	"had": Past, "was": Past, "were": Past, "did": Past, "said": Past, "told": Past,
	"met": Past, "held": Past, "began": Past, "went": Past, "came": Past, "took": Past,
	"made": Past, "gave": Past, "saw": Past, "spoke": Past, "lost": Past, "left": Past,
	"won": Past, "sent": Past, "fought": Past, "brought": Past, "thought": Past,
	"found": Past, "knew": Past, "wrote": Past, "became": Past, "broke": Past,
	"paid": Past, "led": Past, "struck": Past, "shot": Past, "flew": Past, "sought": Past,
	"got": Past, "ago": Past, "been": Past, "yesterday": Past,
	"is": Present, "are": Present, "am": Present, "says": Present,
}

// futureBeforeTo are words that look ahead when "to" follows: "plans to".
var futureBeforeTo = lex.SetOf(map[string]bool{
	"going": true, "plans": true, "plan": true, "planned": true, "planning": true,
	"expected": true, "expects": true, "intends": true, "intend": true, "intended": true,
	"set": true, "ready": true, "due": true, "aims": true, "aim": true, "prepared": true,
	"preparing": true, "agreed": true, "agree": true, "hopes": true, "hope": true,
})

// notPast are words in -ed that are seldom past-tense verbs.
var notPast = map[string]bool{
	"need": true, "needed": true, "indeed": true, "speed": true, "seed": true, "proceed": true,
	"exceed": true, "succeed": true, "feed": true, "hundred": true, "united": true,
	"armed": true, "limited": true, "related": true, "concerned": true, "advanced": true,
	"detailed": true, "based": true, "called": true, "alleged": true, "occupied": true,
	"unprecedented": true, "red": true, "bed": true, "shed": true, "breed": true,
	"creed": true, "greed": true, "tired": true, "interested": true, "involved": true,
	"unnamed": true, "unidentified": true, "expected": true, "scheduled": true,
	"planned": true, "intended": true, "prepared": true,
}
