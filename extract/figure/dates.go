package figure

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// dated is a date the sentence gives as the "as of" of its figures.
type dated struct {
	pos   int
	value string
}

// sentenceDates finds "as of <date>", "reported on <date>", "on March 25
// the General Staff estimated …", "said on Monday" and "since <date>" in
// the sentence. Only dates written with a number or a weekday count; a
// weekday counts only when the timex stage resolved it to a day.
func (s *scan) sentenceDates() (asOf, since string) {
	s.dates = s.dates[:0]
	s.firstNum = s.firstNumber()
	if s.newParagraph() {
		s.entry = ""
	}
	for _, tx := range s.sentTx {
		v, ok := dateValue(tx)
		if !ok {
			continue
		}
		k := s.tokenAt(tx.Start)
		switch {
		case since == "" && s.sinceBefore(k):
			since = v
		case s.entryStart(k) && s.dashAfter(tx.End):
			s.entry = v // "March 27 - In Paris, …": the entry's date dates its figures
		case s.onBefore(k, tx.End) && hasDigitOrDay(s.text[tx.Start:min(tx.End, len(s.text))]):
			s.dates = append(s.dates, dated{tx.Start, v})
			if asOf == "" {
				asOf = v
			}
		}
	}
	if len(s.dates) == 0 && s.entry != "" {
		s.dates = append(s.dates, dated{s.sent.Start, s.entry})
		asOf = s.entry
	}
	if len(s.dates) == 0 && s.prevAsOf != "" && s.backReference() {
		s.dates = append(s.dates, dated{s.sent.Start, s.prevAsOf})
		asOf = s.prevAsOf // "On February 18, X announced … By then, 5,000 …"
	}
	if asOf == "" && !s.d.Published.IsZero() && s.nowClause() {
		asOf = s.d.Published.Format("2006-01-02") // "4 million people have now fled"
		s.dates = append(s.dates, dated{s.sent.Start, asOf})
	}
	s.prevAsOf = asOf
	if since == "" {
		since = s.sinceInvasion()
	}
	return asOf, since
}

// entryStart reports a date at the start of a timeline entry: opening the
// sentence, or after a numbering or label that ends in a symbol ("3️⃣
// Throwback: January 3, 2024 — …").
func (s *scan) entryStart(k int) bool {
	return k == 0 || k <= 5 && s.toks[k-1].kind == tSym && s.toks[k-1].r != ','
}

// nowClause reports a present perfect with "now" that dates the sentence's
// figures to the day of publication: "have now fled", "has now reached".
func (s *scan) nowClause() bool {
	for i := 1; i < len(s.toks); i++ {
		if !s.is(i, "now") {
			continue
		}
		if s.is(i-1, "has") || s.is(i-1, "have") || s.is(i-1, "is") || s.is(i-1, "are") {
			return true
		}
	}
	return false
}

// onBefore reports a date that says as of when a source gave its figures:
// "as of March 1", "reported on December 2", "in its update on the morning
// of March 29", "On March 25 the General Staff estimated …". An "on" that
// dates an event ("On September 21, Ukraine got back 215 people") does not.
func (s *scan) onBefore(k int, txEnd int) bool {
	if s.word(k-1, wOf) && s.word(k-2, wAs) || s.word(k-1, wAt) && s.word(k-2, wAs) {
		return true
	}
	if s.has(k-1, fSource) && !s.word(k-1, wOn) {
		return true // "the ministry said Monday"
	}
	if e := s.tokenAt(txEnd); s.word(k-1, wOn) && s.has(e, fSource) && !s.has(e, fOutcome) {
		return true // "Zelensky on Sunday gave the first toll"
	}
	if e := s.tokenAt(txEnd); s.word(k-1, wOn) && s.sym(e, ',') && k <= s.firstNum && s.sourceVerbNext(e+1) {
		return true // "In the exchange that followed on 29 December, Kyiv said 76 …"
	}
	if e := s.tokenAt(txEnd); e < len(s.toks) && s.toks[e].kind == tWord && studyWords[s.lowerShort(s.toks[e])] {
		return true // "a February 2023 study", "its March 3 update"
	}
	if s.word(k-1, wBy) || k > 0 && (s.lowerShort(s.toks[k-1]) == "until" || s.lowerShort(s.toks[k-1]) == "through") {
		if hasDigit(s.text[s.toks[k].start:min(txEnd, len(s.text))]) {
			return true // "By March 1, the UN had recorded …"
		}
		return s.opens(k-1) && s.verbSoon(s.tokenAt(txEnd)) // "By Friday the ministry claimed …"
	}
	if s.word(k-1, wIn) && s.opens(k-1) && s.verbSoon(s.tokenAt(txEnd)) {
		return true // "in July 2023 senator Grigory Karasin wrote that …"
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j].kind != tWord {
			return false
		}
		if s.word(j, wOn) {
			// "said on Monday", or "On Monday, the ministry said" opening a clause.
			opens := j == 0 || s.toks[j-1].kind == tSym
			if j > 0 && (dataWords[s.lowerShort(s.toks[j-1])] || releaseVerbs[s.lowerShort(s.toks[j-1])]) {
				return true // "released its figures on March 3", "in its update on March 29"
			}
			return s.has(j-1, fSource) || opens && (s.sourceAfter(s.tokenAt(txEnd)) || s.verbSoon(s.tokenAt(txEnd)))
		}
	}
	return false
}

// studyWords are texts whose date dates their figures: "a February 2023
// study", "its March 3 update".
var studyWords = map[string]bool{"study": true, "report": true, "update": true, "survey": true,
	"assessment": true, "estimate": true, "count": true, "tally": true, "figures": true, "data": true,
	"statement": true, "briefing": true, "bulletin": true}

// backReference reports a sentence that opens on the time of the one
// before: "By then", "At the time", "By that time", "At that point".
func (s *scan) backReference() bool {
	if len(s.toks) < 3 {
		return false
	}
	a, b := s.lowerShort(s.toks[0]), s.lowerShort(s.toks[1])
	switch {
	case a == "by" && b == "then":
		return true
	case (a == "by" || a == "at") && b == "that":
		c := s.lowerShort(s.toks[2])
		return c == "time" || c == "point" || c == "date"
	case a == "at" && b == "the":
		return s.lowerShort(s.toks[2]) == "time"
	}
	return false
}

// opens reports a token that opens the sentence or a clause.
func (s *scan) opens(j int) bool {
	return j == 0 || j > 0 && s.toks[j-1].kind == tSym
}

// verbSoon reports a source verb within a few tokens from k, before any
// number: "On Wednesday, the top US general, Mark Milley, said …". A verb
// that also tells what happened ("released 40 prisoners") dates an event,
// not a statement.
func (s *scan) verbSoon(k int) bool {
	for j := k; j < len(s.toks) && j < k+12; j++ {
		if s.toks[j].kind == tNum {
			return false
		}
		if s.has(j, fSource) && !s.has(j, fOutcome) {
			return true
		}
	}
	return false
}

// firstNumber returns the index of the sentence's first number token,
// len(s.toks) when there is none.
func (s *scan) firstNumber() int {
	for i, t := range s.toks {
		if t.kind == tNum {
			return i
		}
	}
	return len(s.toks)
}

// sourceVerbNext reports a name and then a source verb from token k:
// "Kyiv said", "the Russian side reported".
func (s *scan) sourceVerbNext(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	m := s.firstMention(s.toks[k].start, s.sent.End)
	if m == nil || s.tokenAt(m.Start) > k+2 {
		return false
	}
	return s.verbAfter(m.End) && !s.has(s.tokenAt(m.End), fOutcome)
}

// dashAfter reports a dash or colon at pos that ends a timeline's date:
// "March 27 - In Paris, …".
func (s *scan) dashAfter(pos int) bool {
	k := s.tokenAt(pos)
	if k >= len(s.toks) || s.toks[k].kind != tSym {
		return false
	}
	switch s.toks[k].r {
	case '-', '–', '—', ':':
		return true
	}
	return false
}

// sourceAfter reports a name and a source verb from token k: "the General
// Staff of the Armed Forces of Ukraine estimated".
func (s *scan) sourceAfter(k int) bool {
	if s.sym(k, ',') {
		k++
	}
	if s.word(k, wThe) {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	m := s.firstMention(s.toks[k].start, s.sent.End)
	if m == nil || m.Start != s.toks[k].start {
		return false
	}
	return s.has(s.tokenAt(m.End), fSource)
}

// asOfAt returns the as-of date nearest before pos, else the first after.
func (s *scan) asOfAt(pos int) string {
	if len(s.dates) == 0 {
		return ""
	}
	i, _ := slices.BinarySearchFunc(s.dates, pos, func(d dated, p int) int { return d.pos - p })
	if i > 0 {
		return s.dates[i-1].value
	}
	if d := s.dates[0].pos; d > pos && d-pos < 400 {
		// A date after the figure dates it only in the same clause: not
		// "14,000 civilians …, but the UN counts 10,582 as of February 15".
		if w := s.text[pos:d]; strings.IndexByte(w, ';') >= 0 || strings.Contains(w, ", but ") || strings.Contains(w, ", while ") {
			return ""
		}
	}
	return s.dates[0].value
}

// weekdays date a statement ("said on Monday") when the timex stage could
// resolve them to a day.
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// hasDigitOrDay reports a date written with a number or a weekday.
func hasDigitOrDay(w string) bool {
	if hasDigit(w) {
		return true
	}
	for _, d := range weekdays {
		if len(w) >= len(d) && strings.EqualFold(w[len(w)-len(d):], d) {
			return true
		}
	}
	return false
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if isDigit(w[i]) {
			return true
		}
	}
	return false
}

// dateValue returns the YYYY-MM-DD or YYYY-MM of a date timex.
func dateValue(tx truce.Timex) (string, bool) {
	v := tx.Value
	if tx.Type != "date" && tx.Type != "time" || len(v) < 7 || v[4] != '-' {
		return "", false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6} {
		if !isDigit(v[i]) {
			return "", false
		}
	}
	if len(v) >= 10 && v[7] == '-' && isDigit(v[8]) && isDigit(v[9]) {
		return v[:10], true
	}
	return v[:7], true
}

// sinceBefore reports "since" within a few words before token k, in the
// same clause: "since the start of its invasion on February 24, 2022".
func (s *scan) sinceBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if s.toks[j].kind == tSym && s.toks[j].r != '-' {
			return false
		}
		if s.word(j, wSince) {
			return true
		}
	}
	return false
}

// sinceInvasion recognises "since the start of the full-scale invasion",
// which in this conflict means since 24 February 2022.
func (s *scan) sinceInvasion() string {
	for i := range s.toks {
		if !s.word(i, wSince) {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
			switch s.lowerShort(s.toks[j]) {
			case "full-scale", "large-scale":
				if j+1 < len(s.toks) && s.lowerShort(s.toks[j+1]) == "invasion" {
					return "2022-02-24"
				}
			}
		}
	}
	return ""
}
