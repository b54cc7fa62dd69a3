package figure

import (
	"strings"

	"github.com/truce-project/truce"
)

// phrase is the noun phrase that says what a figure counts.
type phrase struct {
	first, last int // tokens of the whole phrase in the figure's span; last < first when none
	words       int // first token of the counted words ("armored" of "armored combat vehicles")
	head        int // the counted noun, -1 when none
	of          int // first token after "of" in "20% of eastern Ukraine", -1 if none
	others      bool
}

func (p phrase) empty() bool { return p.head < 0 && p.of < 0 }

// maxPhrase bounds how many words a noun phrase may take.
const maxPhrase = 6

// leadingSkip are words between a number and its noun that say nothing about
// the unit: "500 more soldiers", "two other countries".
var leadingSkip = map[string]bool{"more": true, "other": true, "additional": true,
	"extra": true, "further": true, "new": true, "fewer": true, "less": true}

// seenPoints reports a plan of v points among the last figures: "ten steps
// … The ten points are: …" names its size once.
func (s *scan) seenPoints(v float64) bool {
	for i := len(s.out) - 1; i >= 0 && i >= len(s.out)-64; i-- {
		if f := s.out[i]; f.Unit == "points" && f.Value == v {
			return true
		}
	}
	return false
}

// nounPhrase reads what follows the number part ending at token end, and
// reports false when the number is not a figure after all: a duration, a
// partitive "two of the generals", or a spelled-out number that counts
// nothing a figure counts.
func (s *scan) nounPhrase(q quantity, end int) (phrase, bool) {
	p := phrase{first: end + 1, last: end, head: -1, of: -1}
	j := end + 1
	if q.percent || q.currency != "" {
		if s.word(j, wOf) || q.currency != "" && s.word(j, wIn) {
			s.ofPhrase(&p, j+1)
		}
		return p, true
	}
	if q.word && s.toks[q.first].lx.id != wA && s.has(q.first-1, fDet) && s.lowerShort(s.toks[q.first-1]) != "them" &&
		!(j < len(s.toks) && s.toks[j].lx == lexicon["points"] && !s.seenPoints(q.value)) { // "the ten points" of a plan are its size
		return p, false // "the two men", "its three demands": not a count
	}
	for j < len(s.toks) && s.toks[j].kind == tSym && isCloseQuote(s.toks[j].r) {
		j++ // "“well over 100,000” Russian soldiers"
	}
	if s.word(j, wOf) {
		if q.word {
			return p, false // "one of these discussions", "two of the generals"
		}
		k := j + 1
		for k < len(s.toks) && (s.toks[k].lx.has(fDet) || s.toks[k].kind == tWord && possessive(s.text[s.toks[k].start:s.toks[k].end])) {
			k++ // "498 of its soldiers", "120 of Ramaphosa's officers"
		}
		if r, ok := s.readQuantity(k); ok && (k == j+1 || s.toks[k].kind == tNum) {
			k = r.last + 1 // "79 of 117 drones", "141 of the 193 member states"
		}
		if k == j+1 {
			return p, s.acceptBare(q, j)
		}
		j = k // "498 of its soldiers"
	}
	for j < len(s.toks) && s.toks[j].kind == tWord && leadingSkip[s.lowerShort(s.toks[j])] {
		j++
	}
	if j+1 < len(s.toks) && s.lowerShort(s.toks[j]) == "square" && s.has(j+1, fTime) {
		p.words, p.head, p.last = j, j+1, j+1 // "3,600 square kilometres": an area of land
		return p, !q.word
	}
	if s.has(j, fTime) || j < len(s.toks) && s.toks[j].kind == tWord && !s.has(j, fNoun|fStop) && s.has(j+1, fTime) && !dateWords[s.lowerShort(s.toks[j])] {
		return p, false // "two years", "two full years"
	}
	s.collect(&p, j)
	if p.head < 0 {
		if s.has(j, fOthers) {
			p.others, p.words, p.head, p.last = true, j, j, j
			return p, true
		}
		return p, s.acceptBare(q, j)
	}
	h := s.toks[p.head].lx
	if h.has(fWeak) && !h.has(fNoun) {
		// "a delegation of about 20 officials", "311 lawmakers voting", but
		// "Twelve officials were killed". After a preposition the count is
		// of events: "returned 3,035 in 50 exchanges".
		if s.has(q.first-1, fPrep) && !s.harmAfter(p.last+1) {
			return p, false
		}
		return p, s.casualty(p)
	}
	if q.word && (!h.has(fNoun) || h.has(fDigitsOnly)) && !(h == nil && s.casualty(p)) {
		return p, false // "three preconditions", but "Russia lost two minehunters"
	}
	return p, !s.compound(q, p)
}

// harms are the outcomes that make a count of anyone a figure of the war.
var harms = map[string]bool{"killed": true, "wounded": true, "injured": true, "lost": true,
	"destroyed": true, "damaged": true,
	"captured": true, "exchanged": true, "released": true, "returned": true, "deported": true,
	"displaced": true, "evacuated": true, "missing": true}

// casualty reports an outcome of harm just after the phrase ("were
// killed") or earlier in the sentence ("freed 12 officials").
func (s *scan) casualty(p phrase) bool {
	for k := p.last + 1; k < len(s.toks) && k <= p.last+4; k++ {
		t := s.toks[k]
		if t.lx.has(fOutcome) {
			return harms[t.lx.event]
		}
		if t.kind != tWord || !t.lx.has(fStop) {
			break
		}
	}
	return harms[s.outcome]
}

// dateWords before a unit of time make a date, not a duration: "swap 300
// for 300 next week" counts 300.
var dateWords = map[string]bool{"next": true, "last": true, "later": true, "earlier": true}

// harmAfter reports an outcome of harm from token j on, past auxiliaries:
// "were wounded", "have been killed", "died".
func (s *scan) harmAfter(j int) bool {
	return harms[s.eventAfter(j)]
}

// eventAfter returns the outcome word from token j on, past auxiliaries.
func (s *scan) eventAfter(j int) string {
	for k := j; k < len(s.toks) && k < j+4; k++ {
		t := s.toks[k]
		if t.lx.has(fOutcome) {
			return t.lx.event
		}
		switch s.lowerShort(t) {
		case "were", "was", "have", "had", "has", "been", "are", "reportedly", "also":
			continue
		}
		return ""
	}
	return ""
}

// personal outcomes befall people only: "twelve were wounded" counts people.
var personal = map[string]bool{"killed": true, "wounded": true, "injured": true,
	"deported": true, "displaced": true, "evacuated": true, "missing": true}

// compound reports a number that modifies a noun through a singular one:
// "the 28 point plan", "a 5 tonne truck" (a label or a size, not a count).
func (s *scan) compound(q quantity, p phrase) bool {
	h := s.toks[p.head]
	if q.value == 1 || !h.lx.has(fSingular) {
		return false
	}
	n := p.head + 1
	return n < len(s.toks) && s.toks[n].kind == tWord && !s.has(n, fStop|fOutcome|fReport)
}

func isCloseQuote(r rune) bool { return r == '"' || r == '”' || r == '’' || r == '»' }

// acceptBare decides on a number with no noun after it: digits are kept
// ("a toll of 1,200."), words only inside a list of figures and when no
// other noun follows ("five countries opposing it and three abstaining",
// not "four main categories").
func (s *scan) acceptBare(q quantity, j int) bool {
	if !q.word {
		// "… and 112 against" is a figure only in a vote of states.
		sib := s.sibling()
		if s.word(j, wPer) {
			return false // "traded at 41.5 per dollar": a rate
		}
		if s.lawmakersVote() && (sib == nil || sib.Unit != "countries") {
			return false // "the vote in the Rada ended 280 to 12"
		}
		return !s.has(j, fOutcome) || harms[s.toks[j].lx.event] || sib != nil && sib.Unit == "countries"
	}
	if len(s.out) == s.first {
		return s.harmAfter(j) // "Twelve were wounded"
	}
	return j >= len(s.toks) || s.toks[j].kind == tSym || s.has(j, fOutcome|fStop)
}

// collect reads up to maxPhrase words from token j and sets the head to the
// last countable noun among them.
func (s *scan) collect(p *phrase, j int) {
	p.words = j
	fallback := -1
	for k := j; k < len(s.toks) && k < j+maxPhrase; k++ {
		if n := s.modelName(k); n > k && p.head < 0 {
			k = n // "6 F-16 jets", "two S-400 systems"
			continue
		}
		t := s.toks[k]
		if t.kind == tSym && p.head < 0 && (isCloseQuote(t.r) || t.r == '«' || t.r == '“') {
			continue // 2 439 « surrendered » fighters: a word in scare quotes
		}
		if t.kind != tWord || t.lx.has(fStop|fNum|fTime|fReport) && !t.lx.has(fNoun) {
			if s.word(k, wAnd) && s.has(k+1, fNoun) && !s.has(k+1, fNum) && p.head == k-1 {
				continue // "ships and boats"
			}
			break
		}
		if t.lx.has(fOutcome) {
			if (k == j || p.head < 0 && fallback < 0) && t.lx.has(fNoun) {
				p.head = k // "500 killed", "5,937 military deaths"
			}
			break
		}
		if t.lx.has(fNoun) {
			if p.head >= 0 && t.lx.has(fSingular) && !s.toks[p.head].lx.has(fSingular) {
				break // "390 people home", "212 soldiers home": an adverb after the noun
			}
			p.head = k
			continue
		}
		if p.head >= 0 {
			break // "soldiers came home": the phrase ended at its noun
		}
		if fallback < 0 && s.pluralLike(t) {
			fallback = k // "foreign peacekeepers"
		}
	}
	if p.head < 0 {
		p.head = fallback
	}
	if p.head >= 0 {
		p.last = p.head
	}
}

// modelName returns the last token of a model designation starting at k
// ("F-16", "Su-34", "S-400", "Leopard 2" before a noun), or k when there
// is none.
func (s *scan) modelName(k int) int {
	if k+2 < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].cap && s.toks[k+1].kind == tNum &&
		!s.toks[k+1].glued && s.toks[k+2].lx.has(fNoun) {
		return k + 1 // "four Leopard 2 tanks"
	}
	if k+2 >= len(s.toks) || s.toks[k].kind != tWord || !s.toks[k].cap || !s.sym(k+1, '-') {
		return k
	}
	n := s.toks[k+2]
	if n.kind != tNum || !s.toks[k+1].glued || !n.glued {
		return k
	}
	return k + 2
}

// pluralLike reports a lowercase unknown word that looks like a plural noun.
func (s *scan) pluralLike(t token) bool {
	w := s.text[t.start:t.end]
	return !t.cap && (t.lx == nil || t.lx.flags&^fPeople == fWeak) && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// ofPhrase reads "of eastern Ukraine" after a percentage or "in aid" after
// an amount: up to maxPhrase words, names included.
func (s *scan) ofPhrase(p *phrase, j int) {
	for j < len(s.toks) && s.toks[j].lx.has(fDet) {
		j++
	}
	last := -1
	for k := j; k < len(s.toks) && k < j+maxPhrase; k++ {
		t := s.toks[k]
		if s.word(k, wAnd) && last == k-1 && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.has(k+1, fStop|fNum|fReport|fOutcome) {
			continue // "energy and humanitarian aid"
		}
		adjective := t.lx.has(fOutcome) && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.has(k+1, fStop)
		if t.kind != tWord || t.lx.has(fStop|fNum|fReport) || t.lx.has(fOutcome) && !adjective {
			break // "frozen assets" goes on; "aid pledged" stops
		}
		last = k
	}
	if last >= 0 {
		p.of, p.last = j, last
	}
}

// lowerShort lowercases a short ASCII word for a table lookup.
func (s *scan) lowerShort(t token) string {
	if t.end-t.start > 12 {
		return ""
	}
	return s.lower(t)
}

// describe sets the unit and measure of f from the quantity and phrase.
func (s *scan) describe(f *truce.Figure, q quantity, p phrase, first int) {
	sib := s.sibling()
	switch {
	case q.percent:
		f.Unit = "percent"
		if p.of >= 0 {
			f.Measure = "share of " + s.text[s.toks[p.of].start:s.toks[p.last].end]
		}
		return
	case q.currency != "":
		f.Unit = q.currency
		if p.of >= 0 {
			f.Measure = s.text[s.toks[p.of].start:s.toks[p.last].end]
		}
		return
	}
	f.Unit = normalUnit(s.unitWords(p, true))
	if f.Unit != "" && s.perDay(p.last+1) {
		f.Unit += " per day" // "3.1 million barrels of oil a day"
	}
	base := f.Unit
	if f.Unit == "people" {
		base = s.unitWords(p, false)
	}
	if p.head < 0 && !p.others && sib == nil {
		if k := s.nounBefore(first); k >= 0 {
			p.words, p.head = k, k
			f.Unit, base = s.unitWords(p, true), s.unitWords(p, false)
		}
	}
	if (p.head < 0 || p.others) && sib != nil {
		f.Unit, base = sib.Unit, s.lastBase
	}
	if s.word(first-1, wOf) && first >= 2 && s.toks[first-2].lx != nil && s.toks[first-2].lx.unit == "bodies" {
		f.Unit = "bodies" // "the bodies of 3,000 soldiers"
	}
	s.lastBase = base
	if f.Unit == "members" && sib != nil && sib.Unit == "countries" {
		f.Unit = "countries"
	}
	if classifiers[f.Unit] && p.head >= 0 && p.head == p.last && s.word(p.last+1, wOf) {
		if s.ofPhrase(&p, p.last+2); p.of >= 0 {
			f.Unit = strings.ToLower(s.text[s.toks[p.head].start:s.toks[p.last].end]) // "pieces of weaponry and equipment"
		}
	}
	if (f.Unit == "" || f.Unit == "abstentions" || f.Unit == "votes") && s.statesVote() {
		f.Unit = "countries" // "the General Assembly voted 141 to 7, with 32 abstentions"
	}
	f.Measure = joinWords(base, s.outcomeFor(p, f.Unit))
}

// classifiers count things only with what follows them: "pieces of
// equipment", "units of armour".
var classifiers = map[string]bool{"pieces": true, "units": true, "items": true}

// nounBefore finds the counted noun of a bare number before it: "losses at
// about 16,100", "the death toll of civilians rose to 1,200"; -1 if none.
func (s *scan) nounBefore(first int) int {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		t := s.toks[k]
		if t.lx.has(fPeople) || t.lx.has(fNoun) && s.lowerShort(t) == t.lx.unit {
			return k // people, or a plural: "losses at", "tanks reached"
		}
		if t.lx.has(fNoun) {
			continue // "the death toll in the city has reached"
		}
		if t.kind != tWord || !t.lx.has(fStop) && !bareVerbs[s.lowerShort(t)] {
			return -1
		}
	}
	return -1
}

// bareVerbs link a noun to its number: "losses stood at 1,200".
var bareVerbs = map[string]bool{"reached": true, "stood": true, "totalled": true,
	"totaled": true, "numbered": true, "amounted": true, "rose": true, "climbed": true,
	"exceeded": true, "estimated": true, "put": true, "is": true, "was": true, "were": true,
	"are": true, "now": true}

// unitSynonyms folds spellings of the same unit onto one.
var unitSynonyms = map[string]string{
	"armored combat vehicles":     "armored fighting vehicles",
	"armoured combat vehicles":    "armored fighting vehicles",
	"armoured fighting vehicles":  "armored fighting vehicles",
	"armoured vehicles":           "armored vehicles",
	"countries and organizations": "countries",
	"states and organizations":    "countries",
}

func normalUnit(u string) string {
	if v, ok := unitSynonyms[u]; ok {
		return v
	}
	return u
}

// perDay reports "a day", "per day", "each day" or "daily" at token k,
// after an optional "of oil".
func (s *scan) perDay(k int) bool {
	if s.word(k, wOf) && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.has(k+1, fStop) {
		k += 2
	}
	if k >= len(s.toks) {
		return false
	}
	if w := s.lowerShort(s.toks[k]); w == "daily" {
		return true
	} else if w != "a" && w != "per" && w != "each" && w != "every" {
		return false
	}
	return k+1 < len(s.toks) && s.lowerShort(s.toks[k+1]) == "day"
}

// sibling is the figure before in the same sentence, nil if none.
func (s *scan) sibling() *truce.Figure {
	if len(s.out) > s.first {
		return &s.out[len(s.out)-1]
	}
	return nil
}

// unitWords spells the counted words: lowercase modifiers then the head.
// With norm, people nouns become "people", singulars plural and states
// "countries".
func (s *scan) unitWords(p phrase, norm bool) string {
	if p.head < 0 || p.others {
		return ""
	}
	h := s.toks[p.head].lx
	if norm && h.has(fPeople) {
		return "people"
	}
	if norm && h != nil && (h.unit == "states" || h.unit == "nations") {
		return "countries"
	}
	var b strings.Builder
	for k := p.words; k < p.head; k++ {
		t := s.toks[k]
		if t.cap || t.kind != tWord || leadingSkip[s.lowerShort(t)] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.lower(t))
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	if norm && h != nil && h.unit != "" && h.unit != "people" {
		b.WriteString(h.unit)
	} else {
		b.WriteString(s.lower(s.toks[p.head]))
	}
	return b.String()
}

// outcomeFor finds what happened to what is counted: an outcome word just
// after the phrase ("have been killed", "opposing it"), in the head itself
// ("500 killed") or else the last one before the number ("Russia lost …").
func (s *scan) outcomeFor(p phrase, unit string) string {
	if p.head >= 0 && s.toks[p.head].lx.has(fOutcome) {
		return s.toks[p.head].lx.event
	}
	if p.head >= 0 {
		switch s.lower(s.toks[p.head]) {
		case "losses", "casualties", "deaths", "fatalities", "victims":
			return ""
		}
	}
	for k := p.last + 1; k < len(s.toks) && k <= p.last+4; k++ {
		t := s.toks[k]
		if t.lx.has(fOutcome) {
			return t.lx.event
		}
		if t.kind != tWord || !t.lx.has(fStop) {
			break
		}
	}
	if unit == "countries" || unit == "points" {
		return ""
	}
	return s.outcome
}

func joinWords(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}
