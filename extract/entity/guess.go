package entity

import (
	"strings"
	"unicode"
)

// guess finds names the knowledge base lacks among the capitalised words of
// toks[a:b] that no name covers.
func (s *scan) guess(a, b int) {
	for i := a; i < b; {
		if !s.capWord(i) {
			i++
			continue
		}
		j := s.runEnd(i, b)
		if s.wireCredit(i, j, a, b) {
			s.addHit(hit{s: i, e: j, entry: -1, typ: "organization", kind: "wire", name: s.join(i, j)})
		} else {
			s.guessRun(i, s.timeTail(i, j), b)
		}
		i = j
	}
}

// wireCredit reports a dateline's credit, toks[i:j] in the parentheses
// between a place and a dash at the head of a report: "PARIS, Dec 9
// (Truce Wire) -" names the agency that filed it.
func (s *scan) wireCredit(i, j, a, b int) bool {
	if i-1 <= a || j+1 >= b || j-i > 4 || s.toks[i-1].id != s.r.lparen || s.toks[j].id != s.r.rparen {
		return false
	}
	switch s.text(s.toks[j+1]) {
	case "-", "–", "—":
	default:
		return false
	}
	if j == i+1 && s.r.is(s.toks[i], clsMedia|clsPlain|clsCreditWord) {
		return false // "(Wire)", "(Agencies)": a desk's label, no agency's name
	}
	for k := i - 2; k >= a && k >= i-12; k-- {
		if h := s.toks[k].hit; h >= 0 && s.hits[h].entry >= 0 && !s.hits[h].adjective && s.r.entries[s.hits[h].entry].Type == "place" {
			return true
		}
		if s.toks[k].nl {
			return false
		}
	}
	return false
}

// timeTail returns the end of the run toks[i:j] without a trailing "on
// Tuesday", "in March": a date is no part of a name ("fighting in Zelenyi
// Hai on Tuesday").
func (s *scan) timeTail(i, j int) int {
	e := j
	for e > i+1 && s.r.is(s.toks[e-1], clsTime) {
		e--
	}
	if e == j {
		return j
	}
	for e > i+1 && s.smallWord(e-1) {
		e--
	}
	return e
}

// capWord reports whether toks[k] is a capitalised word no name covers.
func (s *scan) capWord(k int) bool {
	t := s.toks[k]
	return t.kind == word && t.cap && s.toks[k].hit < 0
}

// runEnd returns the end of the run of capitalised words starting at i,
// taking in hyphens inside a word ("Jean-Pierre") and small words between
// capitals ("Ministry of Foreign Affairs", "Ursula von der Leyen").
func (s *scan) runEnd(i, b int) int {
	k := i + 1
	for k < b && !s.toks[k].nl {
		switch {
		case s.capWord(k):
			k++
		case s.toks[k].id == s.r.period && !s.toks[k].space && s.initial(k-1) && k+1 < b && s.capWord(k+1):
			k += 2 // "George W. Bush", "J.D. Vance"
		case s.toks[k].id == s.r.hyphen && !s.toks[k].space && k+1 < b && s.capWord(k+1) && !s.toks[k+1].space:
			k += 2
		case s.smallWord(k) && k+1 < b && s.capWord(k+1) && !s.toks[k+1].nl:
			k += 2
		case s.smallWord(k) && s.toks[k].id != s.r.and && k+2 < b && s.smallWord(k+1) && s.capWord(k+2) && !s.toks[k+2].nl:
			k += 3
		default:
			return k
		}
	}
	return k
}

// initial reports a single capital letter: the initial of a name.
func (s *scan) initial(k int) bool {
	t := s.toks[k]
	return t.kind == word && t.cap && t.end-t.start == 1
}

func (s *scan) smallWord(k int) bool {
	t := s.toks[k]
	return t.kind == word && !t.cap && s.toks[k].hit < 0 && s.r.is(t, clsConnect|clsParticle)
}

// guessRun splits a run into the bodies' names in it, each ending in a
// noun that heads one ("Moscow Times and Fox News"), and the person names
// around them.
func (s *scan) guessRun(i, j, b int) {
	if s.guessVenue(i, j) {
		return
	}
	if s.outletCueBefore(i) {
		s.guessOutlet(i, j) // "the Hungarian outlet Magyar Hang said"
		return
	}
	for i < j {
		os, oe, ok := s.orgSpan(i, j)
		if oe == 0 {
			s.guessPeople(i, j, b)
			s.guessPlace(i, j, b)
			return
		}
		if !ok && oe == os+1 && s.r.is(s.toks[os], clsLoneHead) && (s.adjectiveBefore(os) || oe == j && s.ofCountryAt(oe, b) >= 0) {
			s.guessPeople(i, os, b)
			i = s.addOrg(os, oe, j, b) // "Japanese Embassy", "Embassy of Switzerland"
			continue
		}
		if !ok || s.onlyMedia(os, oe) { // a head noun alone: "Ministry"; "RADIO BULLETIN"
			s.guessPeople(i, oe, b)
			i = oe
			continue
		}
		s.guessPeople(i, os, b)
		i = s.addOrg(os, oe, j, b)
	}
}

// outletCueBefore reports a noun of the press right before toks[i]: "the
// newspaper", "the Telegram channel", "the state news agency".
func (s *scan) outletCueBefore(i int) bool {
	k := i - 1
	if k < s.sent.s || s.toks[i].nl {
		return false
	}
	t := s.toks[k]
	if t.kind != word || t.cap {
		return false
	}
	if s.r.is(t, clsOutletCue) {
		return true
	}
	if w := s.text(t); w == "agency" && k-1 >= s.sent.s {
		p := s.text(s.toks[k-1])
		return p == "news" || p == "press"
	}
	return false
}

// onlyMedia reports a run of nothing but the nouns that end outlets'
// names, times of day and ordinary words ("Radio Bulletin", "MORNING
// NEWS", "WORLD NEWS"): a programme's heading or a section, no outlet,
// which needs a name of its own before
// them ("Fox News", "Odesa Evening Courier").
func (s *scan) onlyMedia(i, j int) bool {
	for k := i; k < j; k++ {
		w := s.text(s.toks[k])
		if !s.r.is(s.toks[k], clsMedia|clsPlain) && !strings.EqualFold(w, "morning") && !strings.EqualFold(w, "evening") {
			return false
		}
	}
	return true
}

// titleAt returns the title starting at toks[k].
func (s *scan) titleAt(k int) (titleHit, bool) {
	t := s.toks[k]
	if !t.titled {
		return titleHit{}, false
	}
	return titleHit{s: k, e: int(t.titleEnd), role: s.r.roles[t.titleRole]}, true
}

// titleEndingAt returns the title whose last token is toks[k-1].
func (s *scan) titleEndingAt(k int) (titleHit, bool) {
	if k <= s.sent.s || s.toks[k-1].titleBegin == 0 {
		return titleHit{}, false
	}
	return s.titleAt(int(s.toks[k-1].titleBegin) - 1)
}

// guessPeople cuts toks[i:j] at the titles and small words inside it and
// tries each piece as a person's name.
func (s *scan) guessPeople(i, j, b int) {
	k := i
	for m := i; m < j; m++ {
		if t, ok := s.titleAt(m); ok && t.e <= j {
			s.guessPerson(k, t.s, b)
			k, m = t.e, t.e-1
		} else if s.toks[m].kind == word && !s.toks[m].cap && s.r.is(s.toks[m], clsConnect) {
			s.guessPerson(k, m, b) // "and", "of": two names, not one
			k = m + 1
		} else if m > k && s.givenStarts(k, m, j) {
			s.guessPerson(k, m, b) // "UN Special Rapporteur Alice Edwards"
			k = m
		}
	}
	s.guessPerson(k, j, b)
}

// givenStarts reports a given name at toks[m] that starts the last two or
// three words of toks[k:j] when the words before it do not start with a
// given name themselves: there a title or a place ends and a person
// begins ("Far East Igor Matveyev"), while "Luiz Inácio Lula" stays one.
func (s *scan) givenStarts(k, m, j int) bool {
	t := s.toks[m]
	if j-m > 8 { // two or three words with their particles: bounded, so a long run stays linear
		return false
	}
	if t.kind != word || !t.cap || !s.r.is(t, clsFirst) || s.r.is(s.toks[k], clsFirst) {
		return false
	}
	n := s.words(m, j)
	return n >= 2 && n <= 3 && s.words(m, j) == j-m-s.particles(m, j)
}

// particles counts the particles and hyphens of toks[m:j].
func (s *scan) particles(m, j int) int {
	n := 0
	for k := m; k < j; k++ {
		if s.r.is(s.toks[k], clsParticle) && !s.toks[k].cap || s.toks[k].id == s.r.hyphen {
			n++
		}
	}
	return n
}

// guessPerson accepts toks[p:q] as a person's name when a title precedes
// it, a verb of saying follows it, or it starts with a common given name.
func (s *scan) guessPerson(p, q, b int) {
	for p < q && (s.r.is(s.toks[p], clsStop) || !s.capWord(p)) {
		p++
	}
	if p >= q {
		return
	}
	if s.words(p, q) >= 3 && demonym(s.text(s.toks[p])) && !s.r.is(s.toks[p], clsFirst) {
		p++ // "Lithuanian Kestutis Budrys said": the nationality is no part of the name
	}
	n := s.words(p, q)
	long := 0 // "Ahmed bin Ali Al-Sayed": particles make a name longer
	if s.hasParticle(p, q) {
		long = 2
	}
	if n == 0 || n > 4+long || !s.nameLike(p, q) {
		return
	}
	cue, hasCue := s.cueBefore(p)
	speech := q < b && s.toks[q].kind == word && s.r.is(s.toks[q], clsSpeech) && !s.toks[q].cap
	first := s.r.is(s.toks[p], clsFirst)
	strong := hasCue && (cue.role != "" || s.r.is(s.toks[cue.s], clsHonorific) && cue.e == cue.s+1)
	ok := hasCue && (n >= 2 || strong) ||
		n >= 2 && n <= 3+long && (first || speech || s.byline(p)) ||
		n <= 3 && s.personAppos(p, q, b)
	if !ok {
		return
	}
	h := hit{s: p, e: q, entry: -1, typ: "person", name: s.join(p, q)}
	if hasCue && n == 1 && cue.e == cue.s+1 && cue.e == p && s.toks[cue.s].cap && s.r.is(s.toks[cue.s], clsRegnal) {
		h.name = s.join(cue.s, q) // "Patriarch Bartholomew", "Lord Ricketts": the title is part of the name
	}
	if hasCue {
		h.party = s.partyBefore(cue.s)
		if s.r.is(s.toks[cue.e-1], clsPress) {
			h.kind = "journalist" // later stages treat a journalist as a relay
		}
	}
	s.addHit(h)
}

// personAppos reports what only a person takes after a name, toks[p:q]:
// ", who", ", 54,", or ", a spokesman" / ", the mayor" ("said Haraldsen, a
// spokesman for the ministry"). A lone word needs the sentence's start or
// a verb of saying before it, so that "in Zelenyi, the mayor said" stays
// a place.
func (s *scan) personAppos(p, q, b int) bool {
	if q+2 >= b || s.toks[q].id != s.r.comma || s.toks[q+1].nl {
		return false
	}
	if q-p == 1 && p > s.sent.s && !s.r.is(s.toks[p-1], clsSpeech) {
		return false
	}
	next := s.toks[q+1]
	switch w := s.text(next); {
	case w == "who":
		return true
	case age(w):
		return s.toks[q+2].id == s.r.comma
	case (w == "a" || w == "an" || w == "the") && !next.cap:
		return s.toks[q+2].titled && !s.r.is(s.toks[q+2], clsOrgHead)
	}
	return false
}

// age reports a number a person's age may be: 18 to 99.
func age(w string) bool {
	return len(w) == 2 && w[0] >= '1' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9' && w >= "18"
}

// hasParticle reports a particle inside toks[p:q]: bin, van, de, or a
// capitalised Al- or El- glued to a name.
func (s *scan) hasParticle(p, q int) bool {
	for k := p + 1; k < q; k++ {
		if s.r.is(s.toks[k], clsParticle) {
			return true
		}
	}
	return false
}

// demonym reports a word shaped like a nationality adjective the knowledge
// base lacks: Lithuanian, Maltese, Danish.
func demonym(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish"))
}

// cueBefore returns the title right before toks[p], allowing a comma or
// an abbreviation's period between ("the envoy, Steve Witkoff", "Mr. Smith").
func (s *scan) cueBefore(p int) (titleHit, bool) {
	if t, ok := s.titleEndingAt(p); ok {
		return t, true
	}
	if p > s.sent.s {
		if id := s.toks[p-1].id; id == s.r.comma || id == s.r.period {
			if t, ok := s.titleEndingAt(p - 1); ok {
				return t, true
			}
		}
		if s.toks[p-1].id == s.r.comma {
			return s.titleOfBefore(p - 1)
		}
		return s.titleOfBefore(p) // "Foreign Minister of Paraguay Ruben Ramirez"
	}
	return titleHit{}, false
}

// titleOfBefore returns the title of "the Secretary-General of the Council
// of Europe, Alain Berset": a title, "of [the]" and a name ending at toks[k].
func (s *scan) titleOfBefore(k int) (titleHit, bool) {
	if k-1 <= s.sent.s || s.toks[k-1].hit < 0 {
		return titleHit{}, false
	}
	j := s.hits[s.toks[k-1].hit].s
	if j > s.sent.s && s.r.is(s.toks[j-1], clsThe) {
		j--
	}
	if j-1 <= s.sent.s || s.toks[j-1].id != s.r.of {
		return titleHit{}, false
	}
	return s.titleEndingAt(j - 1)
}

// byline reports a name right after a capitalised "By" opening the
// sentence ("By Marta Gichko") or in a credit: "Photo: Efrem Lukatsky",
// "Photo by …", "Reporting by …".
func (s *scan) byline(p int) bool {
	if p == s.sent.s+1 && s.toks[s.sent.s].cap && s.text(s.toks[s.sent.s]) == "By" {
		return true
	}
	if p-2 < s.sent.s || !s.r.is(s.toks[p-2], clsCredit) {
		return false
	}
	sep := s.text(s.toks[p-1])
	return sep == ":" || sep == "by"
}

// nameLike rejects pieces with function words, heads of bodies or
// acronyms in them.
func (s *scan) nameLike(p, q int) bool {
	for k := p; k < q; k++ {
		t := s.toks[k]
		if t.kind != word {
			continue
		}
		if k > p && s.r.is(t, clsParticle) {
			continue // "Ali Al-Sayed", "Jean-Yves Le Drian"
		}
		if t.cap && (s.r.is(t, clsStop|clsOrgHead|clsRegion) || t.upper && t.end-t.start > 1) {
			return false // "Vladimir Oblast" is no person
		}
	}
	return true
}

// words counts the capitalised words of toks[i:j].
func (s *scan) words(i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if s.toks[k].kind == word && s.toks[k].cap {
			n++
		}
	}
	return n
}

// join returns the text of toks[i:j] with white space collapsed.
func (s *scan) join(i, j int) string {
	txt := s.d.Text[s.toks[i].start:s.toks[j-1].end]
	if !strings.ContainsAny(txt, "\n\t\r  ") {
		return txt
	}
	return strings.Join(strings.Fields(txt), " ")
}

// partyBefore returns the party of the name or adjective just before
// toks[k] ("Russian negotiator", "Trump's special envoy"), or "".
func (s *scan) partyBefore(k int) string {
	if k > s.sent.s && s.toks[k-1].kind == poss {
		k--
	}
	if k <= s.sent.s || s.toks[k-1].hit < 0 {
		return ""
	}
	return s.hitParty(&s.hits[s.toks[k-1].hit])
}

func (s *scan) hitParty(h *hit) string {
	if h.entry >= 0 {
		return s.r.party[h.entry]
	}
	return h.party
}

// masthead finds an outlet's name set in capitals at the head of a line
// ("THE MYKOLAIV EVENING COURIER | Region"): the line reads as a heading,
// where no name is guessed, but a run of capitals ending in a paper's head
// noun and closing the line or a section mark names the paper. A place
// inside it is part of the name.
func (s *scan) masthead(a, b int) {
	k := a
	if k < b && s.r.is(s.toks[k], clsThe) {
		k++
	}
	if k == b || k > a && s.toks[k].nl || !s.lineStart(a) {
		return
	}
	j := k
	for j < b && s.toks[j].kind == word && s.toks[j].upper && (j == k || !s.toks[j].nl) {
		j++
	}
	if j-k < 2 || !s.r.is(s.toks[j-1], clsMedia) || s.onlyMedia(k, j) || !s.closesMasthead(j, b) {
		return
	}
	for m := k; m < j; m++ {
		if h := s.toks[m].hit; h >= 0 {
			if s.hits[h].s < k || s.hits[h].e > j {
				return
			}
		}
	}
	for m := k; m < j; m++ {
		if h := s.toks[m].hit; h >= 0 {
			s.hits[h].entry, s.hits[h].cands = -1, nil // a name inside a name: dropped
		}
	}
	s.addHit(hit{s: k, e: j, entry: -1, typ: "organization", kind: "outlet", name: titled(s.join(k, j))})
}

// lineStart reports whether only white space comes between the line's
// start and toks[a].
func (s *scan) lineStart(a int) bool {
	for p := int(s.toks[a].start) - 1; p >= 0; p-- {
		switch s.d.Text[p] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// closesMasthead reports whether toks[j] ends a masthead: the end of the
// line or a section mark ("|", "/", "–").
func (s *scan) closesMasthead(j, b int) bool {
	if j == b || s.toks[j].nl {
		return true
	}
	switch s.text(s.toks[j]) {
	case "|", "/", "-", "–", "—", "·", "•":
		return true
	}
	return false
}

// titled writes a name set in capitals in title case: "EVENING COURIER"
// becomes "Evening Courier".
func titled(name string) string {
	var sb strings.Builder
	first := true
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) && first:
			sb.WriteRune(unicode.ToUpper(r))
			first = false
		case unicode.IsLetter(r):
			sb.WriteRune(unicode.ToLower(r))
		default:
			sb.WriteRune(r)
			first = r == ' ' || r == '-'
		}
	}
	return sb.String()
}
