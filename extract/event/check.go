package event

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// window is how many words before a trigger are searched for modality,
// negation and tense.
const window = 10

// modality is what the words around a trigger say about its reality.
type modality struct {
	planned  bool // future or intended
	called   bool // "did not take place" after the trigger
	proposed bool // put forward, not agreed
	when     bool // the clause names a date or a place
	maybe    bool // "could be held": on the calendar only if the source is right
}

// check decides whether trigger tr of clause c asserts an event.
func (x *extractor) check(st *sentenceCtx, c clause.Clause, tr trigger) (modality, bool) {
	m := modality{}
	m.when = x.hasWhen(st, c)
	if x.familiarWith(c, tr.tok) || x.predicate(c, tr) {
		return m, false
	}
	from := max(c.From, tr.tok-window)
	negated, would := false, false
	quotes := 0 // odd: inside a quotation closed before the trigger
	comma := false
	for j := tr.tok - 1; j >= from; j-- {
		w := x.toks[j].Lower
		if w == "," {
			comma = true
			if n := x.word(c, j+1); n == "and" || n == "but" {
				break // "Putin did not come, and Zelensky, after meeting …"
			}
		}
		if isQuote(w) {
			quotes++
		}
		switch {
		case w == "would":
			would = true
		case clause.IsNegation(x.toks[j]) && !comma && keptOpen(x.word(c, j+1)):
			m.proposed = true // "has not excluded a meeting with Putin"
		case clause.IsNegation(x.toks[j]) && !comma:
			negated = true
		case readyWords[w] && !m.when && (x.word(c, j+1) == "for" || x.word(c, j+1) == "to") && !x.next(c, tr.tok):
			return m, false // "ready to meet Putin", with no day or place: an offer, not an event
		case plannedWords[w] && plannedCue(x.toks, c, j):
			m.planned = true
		case quotes%2 == 1 && j < tr.tok-3:
			// another voice: its "can" does not bear on the trigger
		case offerVerbs[w], tr.typ == Ceasefire && proposalVerbs[w], offerNouns[w] && x.word(c, j+1) == "for":
			m.proposed = true // "Erdogan offered to host talks", "proposed short ceasefires"
		case tr.typ == Proposal && proposalVerbs[w]:
		case irrealis[w] && !x.month(c, j), (w == "call" || w == "calls" || w == "called") && nextWord(x.toks, c, j) == "for":
			return m, false
		}
	}
	if x.modalAfter(c, tr.tok, &m) || x.goal(c, from, tr) || x.denied(c, tr.tok) || x.notForeseen(c, tr) {
		return m, false
	}
	m.proposed = m.proposed || x.possibleAfter(c, tr.tok) || x.notRuledOut(c, tr.tok)
	m.planned = m.planned || x.futureAfter(c, tr.tok) || x.farPlanned(c, tr.tok)
	m.called = x.offAfter(c, tr.tok)
	if !(m.planned && m.when) && x.genericPlural(c, tr) || x.measured(c, tr.tok) {
		// "expected in Doha for talks" is on the calendar; "a channel for
		// prisoner swaps" is a kind of event.
		return m, false
	}
	if negated && tr.verb {
		return m, false // "said he would not negotiate with Putin"
	}
	if negated || would {
		// "would not participate in the negotiations in Turkey on
		// November 19" is still an event on the calendar.
		if !(would && m.when) {
			return m, false
		}
		m.planned = true
	}
	return m, x.fresh(c, tr, m)
}

// plannedCue reports whether the planned word at j is used as one: "plans",
// "expected", "set" and the like need a following "to" or "for".
func plannedCue(toks []clause.Token, c clause.Clause, j int) bool {
	switch toks[j].Lower {
	case "will", "shall", "'ll", "next", "upcoming", "future", "tomorrow", "scheduled", "planned",
		"arranging", "preparing", "organising", "organizing", "prepare", "prepares":
		return true // "instructed their advisers to prepare another summit"
	case "plan", "plans":
		if determiner(toks, c.From, j) != 0 {
			return false // "a new plan to end the war" is a proposal
		}
	}
	n := nextWord(toks, c, j)
	if n == "on" && toks[j].Lower == "agreed" || toks[j].Lower == "due" && (n == "in" || n == "at") {
		return true
	}
	for k := j + 1; k < c.To && k <= j+4; k++ { // "ready on Wednesday to discuss"
		if toks[k].Lower == "to" || toks[k].Lower == "for" {
			return true
		}
	}
	return false
}

// futureAfter catches "a meeting … would take place next week".
func (x *extractor) futureAfter(c clause.Clause, i int) bool {
	end := min(c.To, i+30)
	// The next trigger after i, by binary search: x.trig is in text order.
	k := sort.Search(len(x.trig), func(k int) bool { return x.trig[k].tok > i })
	if k < len(x.trig) && x.trig[k].tok < end {
		end = x.trig[k].tok // "… in what would be their second summit" is the summit's
	}
	for j := i + 1; j+1 < end; j++ {
		switch x.toks[j].Lower {
		case "is", "are":
			switch x.toks[j+1].Lower {
			case "expected", "scheduled", "planned", "due", "set":
				return true // "a fourth round is expected next week"
			}
		case "was", "were":
			if x.toks[j+1].Lower == "to" && j+2 < end && !x.toks[j+2].Punct {
				return true // "a ceasefire was to start at midnight"
			}
		case "will", "would", "'ll", "shall":
			switch x.toks[j+1].Lower {
			case "take", "be", "begin", "start", "resume", "open", "continue", "convene":
				return true
			}
		}
	}
	return false
}

// offAfter catches "a planned meeting … did not take place": cancelled.
func (x *extractor) offAfter(c clause.Clause, i int) bool {
	for j := i + 1; j+2 < c.To && j <= i+10; j++ {
		if clause.IsNegation(x.toks[j]) && (x.toks[j+1].Lower == "take" && x.toks[j+2].Lower == "place" ||
			x.toks[j+1].Lower == "happen" || x.toks[j+1].Lower == "go" && x.toks[j+2].Lower == "ahead") {
			return true
		}
	}
	return false
}

// measured catches "after three hours of talks": the length of an event
// told elsewhere.
func (x *extractor) measured(c clause.Clause, i int) bool {
	if x.word(c, i-1) != "of" || x.placeNear(c, i) {
		return false // "after eight hours of talks in Jeddah" tells the talks
	}
	switch x.word(c, i-2) {
	case "hours", "days", "minutes", "weeks", "months", "years":
		return true
	}
	return false
}

// genericPlural catches "a channel for prisoner swaps": a plural noun after
// "for" with no determiner speaks of a kind of event, not one.
func (x *extractor) genericPlural(c clause.Clause, tr trigger) bool {
	w := x.toks[tr.tok].Lower
	if tr.verb || tr.det != 0 && tr.det != detDefinite || w[len(w)-1] != 's' {
		return false
	}
	for j := tr.tok - 1; j >= c.From && j >= tr.tok-2; j-- {
		if x.toks[j].Lower == "for" || x.toks[j].Lower == "about" {
			return true // "a channel for prisoner swaps", "spoke about the exchanges"
		}
	}
	return false
}

// possibleAfter catches "a meeting … is possible": a proposal.
func (x *extractor) possibleAfter(c clause.Clause, i int) bool {
	for j := i + 1; j < c.To && j <= i+8; j++ {
		if x.toks[j].Lower == "possible" && isBe(x.toks[j-1].Lower) {
			return true
		}
	}
	return false
}

// modalAfter catches "negotiations can begin", "talks could resume", but
// not an event with its place or day: "a second round of talks could be
// held in Istanbul in early June" is on the calendar, if unconfirmed.
func (x *extractor) modalAfter(c clause.Clause, i int, m *modality) bool {
	for j := i + 1; j < c.To && j <= i+2; j++ {
		switch x.toks[j].Lower {
		case "can", "could", "may", "might", "must", "should":
			if x.month(c, j) {
				continue
			}
			if m.when && x.word(c, j+1) == "be" && (x.word(c, j+2) == "held" || x.word(c, j+2) == "organised" || x.word(c, j+2) == "organized") {
				m.planned, m.maybe = true, true
				return false
			}
			if m.when && x.word(c, j+1) == "take" && x.word(c, j+2) == "place" {
				m.planned, m.maybe = true, true
				return false
			}
			return true
		}
	}
	return false
}

// goal reports whether the trigger is the object of an infinitive whose verb
// does not carry it ("to obtain a ceasefire", "to prepare for talks"): a
// goal, not an event.
// next reports whether "next" or "upcoming" comes right before token i:
// "ready for the next meeting" speaks of a meeting on the calendar.
func (x *extractor) next(c clause.Clause, i int) bool {
	w := x.word(c, i-1)
	return w == "next" || w == "upcoming"
}

// readyWords before "to" or "for" offer an event; without a day or a place
// the offer is all there is.
var readyWords = map[string]bool{"ready": true, "willing": true, "prepared": true}

// offerVerbs before a trigger make the event a proposal.
var offerVerbs = map[string]bool{
	"offered": true, "offers": true, "suggested": true, "suggests": true, "invited": true,
	"invites": true, "proposes": true,
}

// goalReach is how far before a trigger an infinitive governs it.
const goalReach = 6

// toPrepositions make the "to" after them a preposition.
var toPrepositions = map[string]bool{
	"according": true, "due": true, "close": true, "next": true, "prior": true, "up": true,
	"thanks": true, "compared": true, "contrary": true, "ahead": true, "addition": true,
	"response": true, "regard": true, "relation": true, "respect": true, "return": true,
	"visit": true, "trip": true, "threat": true, "invited": true, "went": true, "came": true,
	"travelled": true, "traveled": true, "flew": true, "delegation": true, "delegations": true,
}

func adverb(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ly" }

func (x *extractor) goal(c clause.Clause, from int, tr trigger) bool {
	i := tr.tok
	for j := i - 1; j >= from && j >= i-goalReach; j-- {
		if x.toks[j].Lower != "to" {
			continue
		}
		if j > c.From && toPrepositions[x.toks[j-1].Lower] {
			return false // "according to reports"
		}
		if j+1 >= i {
			return false // "to" right before the trigger: "ready to discuss"
		}
		if j > from && beginVerbs[x.toks[j-1].Lower] {
			return false // "began to contact"
		}
		if j > from && agreedTo[x.toks[j-1].Lower] {
			return false // "agreed to conclude the agreement": planned, not a goal
		}
		v := x.toks[j+1]
		for k := j + 2; k < i && adverb(v.Lower); k++ {
			v = x.toks[k] // "to openly hold"
		}
		if v.Punct || determiners[v.Lower] != 0 || isNumber(v.Lower) || x.capitalised(v.Start) {
			return false // a preposition: "to the talks", "to Turkey"
		}
		if v.Lower == "prepare" && x.word(c, j+2) != "for" {
			return false // "to prepare another summit"; "to prepare for talks" is a goal
		}
		if tr.typ == Proposal && answerVerbs[v.Lower] {
			return false // "ready to accept the US proposal": the proposal exists
		}
		return !lightVerbs[v.Lower] && !triggers[v.Lower].verb
	}
	return false
}

// answerVerbs take a proposal that exists as their object.
var answerVerbs = map[string]bool{
	"accept": true, "reject": true, "consider": true, "study": true, "examine": true,
	"support": true, "back": true, "endorse": true, "review": true, "answer": true,
}

func (x *extractor) capitalised(at int) bool {
	r, _ := utf8.DecodeRuneInString(x.d.Text[at:])
	return unicode.IsUpper(r)
}

// fresh reports whether the trigger introduces an event rather than
// pointing back to one: a definite noun ("the talks") whose type was
// already told, without a new date or place, points back; a proposal noun
// needs an act ("unveiled a plan") or an indefinite determiner.
func (x *extractor) fresh(c clause.Clause, tr trigger, m modality) bool {
	if tr.verb {
		return !x.weRecount(c, tr)
	}
	if tr.typ == Proposal {
		return tr.det == detNew || tr.det == detPossessive || tr.det == detDefinite && x.identified(c, tr.tok)
	}
	// "The meeting, opened by Fidan, lasted two hours" opens a sentence
	// about whatever event was told last, of any kind.
	told := x.seen[family(tr.typ)] || len(x.events) > 0 && tr.tok <= 2 ||
		family(tr.typ) == Meeting && x.seen[Talks] // "who chaired the meeting": the talks told
	if (tr.det == detDefinite || tr.det == detPossessive) && told &&
		!x.placeNear(c, tr.tok) && x.word(c, tr.tok+1) != "between" && !x.anchored(c, tr) &&
		!(tr.det == detPossessive && x.word(c, tr.tok+1) == "with") { // "Zelensky's meeting with Trump"
		return false
	}
	return !x.backReference(c, tr)
}

// hasWhen reports whether the clause names a date or a place ("in Turkey").
func (x *extractor) hasWhen(st *sentenceCtx, c clause.Clause) bool {
	if x.when.valid && x.when.span == c.Span {
		return x.when.ok // once per clause, not per trigger
	}
	ok := false
	for _, m := range x.inSpan(c.Span) {
		if m.End <= c.End && x.placeRole(m) {
			ok = true
			break
		}
	}
	if !ok {
		_, ok = x.timexIn(c.Span)
	}
	x.when.valid, x.when.span, x.when.ok = true, c.Span, ok
	return ok
}

// inSpan returns the document's mentions that start inside s, without
// copying: callers check where they end.
func (x *extractor) inSpan(s truce.Span) []extract.Mention {
	ms := x.d.Mentions
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	hi := lo
	for hi < len(ms) && ms[hi].Start < s.End {
		hi++
	}
	return ms[lo:hi]
}

// placeNear reports whether a place follows shortly after the trigger at
// i ("the negotiations in Turkey"), which makes a definite trigger new.
func (x *extractor) placeNear(c clause.Clause, i int) bool {
	end := x.toks[min(c.To, i+7)-1].End
	for _, m := range x.inSpan(truce.Span{Start: x.toks[i].End, End: end}) {
		if m.End <= end && x.placeRole(m) {
			return true
		}
	}
	return false
}

func (x *extractor) word(c clause.Clause, i int) string {
	if i < c.From || i >= c.To {
		return ""
	}
	return x.toks[i].Lower
}

func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// familiarWith catches "people familiar with the talks", "a diplomat who
// followed the negotiations closely": a source or an observer, not an
// event.
func (x *extractor) familiarWith(c clause.Clause, i int) bool {
	for j := max(c.From, i-4); j < i; j++ { // "who followed the March 2025 negotiations"
		switch x.toks[j].Lower {
		case "familiar", "close", "followed", "follows":
			return true
		}
	}
	return false
}

// predicate reports whether a proposal noun is what something is called,
// not put forward: "the text was a Russian proposal".
func (x *extractor) predicate(c clause.Clause, tr trigger) bool {
	if tr.verb || tr.typ != Proposal || tr.det != detNew {
		return false
	}
	for j := tr.tok - 1; j > c.From && j >= tr.tok-3; j-- {
		if w := x.toks[j].Lower; w == "a" || w == "an" {
			return isBe(x.toks[j-1].Lower)
		}
	}
	return false
}

// family groups types that name the same kind of event for anaphora.
func family(typ string) string {
	if typ == Summit {
		return Meeting
	}
	return typ
}

// partActs after a definite proposal noun say which one it is: "the peace
// formula of ten points presented last year".
var partActs = map[string]bool{
	"presented": true, "unveiled": true, "drafted": true, "submitted": true, "tabled": true,
	"proposed": true, "outlined": true, "handed": true,
}

// identified reports whether a definite proposal noun at i is named for
// the first time: by its date ("the draft of April 15"), by the act that
// put it forward just after it, or by the party it belongs to ("the US
// proposal").
func (x *extractor) identified(c clause.Clause, i int) bool {
	if x.word(c, i+1) == "of" && i+2 < c.To {
		if t, ok := x.timexIn(truce.Span{Start: x.toks[i+2].Start, End: x.toks[min(c.To, i+5)-1].End}); ok && t.Start == x.toks[i+2].Start {
			return true
		}
	}
	for j := i + 1; j < c.To && j <= i+10; j++ {
		// "the peace plan that, according to Axios, was drafted by …"
		if partActs[x.toks[j].Lower] && x.word(c, j-1) != "has" && x.word(c, j-1) != "have" {
			return true
		}
		if x.toks[j].Punct && x.toks[j].Lower != "," {
			break
		}
	}
	// "the US proposal", "the Russian plan": a party names it.
	if x.seen[Proposal] {
		return false // "the American draft" after the plan was told: the same plan
	}
	if i-1 > c.From && x.word(c, i-2) == "the" || i-2 > c.From && x.word(c, i-3) == "the" {
		for _, m := range x.inSpan(truce.Span{Start: x.toks[max(c.From, i-2)].Start, End: x.toks[i].Start}) {
			if m.End <= x.toks[i].Start && (m.Party != "" || m.Type == truce.Place) {
				return true
			}
		}
	}
	return false
}

// denied reports whether the clause denies the event before naming it:
// "The Kremlin denied a report that Trump had spoken with Putin".
func (x *extractor) denied(c clause.Clause, i int) bool {
	return x.deny >= c.From && x.deny < i
}

// denial returns the first denial word of c, or -1; found once per clause.
func (x *extractor) denial(c clause.Clause) int {
	for j := c.From; j < c.To; j++ {
		switch x.toks[j].Lower {
		case "denied", "denies", "deny", "denying", "dismissed", "refuted":
			return j
		}
	}
	return -1
}

// notForeseen reports whether the words after the trigger say it will not
// happen or happens only on a condition: "a meeting with Putin is not
// foreseen", "will negotiate only on the basis of …".
func (x *extractor) notForeseen(c clause.Clause, tr trigger) bool {
	i := tr.tok
	if tr.verb && x.word(c, i+1) == "only" {
		return true
	}
	for j := i + 1; j+1 < c.To && j <= i+8; j++ {
		if !clause.IsNegation(x.toks[j]) {
			continue
		}
		for k := j + 1; k < c.To && k <= j+2; k++ {
			switch x.toks[k].Lower {
			case "foreseen", "planned", "expected", "scheduled", "envisaged", "envisioned", "on":
				return true
			}
		}
	}
	return false
}

// month reports whether "may" at j is the month: "on May 16", "in May".
func (x *extractor) month(c clause.Clause, j int) bool {
	if x.toks[j].Lower != "may" {
		return false
	}
	if isNumber(x.word(c, j+1)) || x.capitalised(x.toks[j].Start) && j > c.From {
		return true
	}
	switch x.word(c, j-1) {
	case "in", "on", "since", "until", "of", "early", "late", "mid", "by", "from", "last", "next", "this":
		return true
	}
	return false
}
