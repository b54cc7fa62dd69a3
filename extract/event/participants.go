package event

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// skipKinds are mentions that report events rather than take part in them.
var skipKinds = map[string]bool{
	"outlet": true, "wire": true, "newspaper": true, "agency": true, "journalist": true,
	"broadcaster": true, "website": true,
}

// metonymKinds are bodies that stand for their party ("the Kremlin").
var metonymKinds = map[string]bool{
	"government": true, "presidency": true, "administration": true, "office": true,
	"residence": true,
}

// participants returns the canonical names taking part in an event whose
// trigger is at, from the mentions of span: people by name, countries and
// metonyms by party, bodies by name; places of the event, reporters, the
// speakers who report it and nationality adjectives qualifying a named
// person are left out. "Both sides" adds the two belligerents.
func (x *extractor) participants(st *sentenceCtx, span, at truce.Span) []string {
	var out []string
	ms := st.mentions
	rel := x.relativeAfter(span, at)
	for i, m := range ms {
		if m.Start < span.Start || m.End > span.End || m.Start >= rel {
			continue
		}
		if name := x.participant(ms, i, at); name != "" {
			out = add(out, name)
		}
	}
	if x.bothSides(span) {
		for _, b := range belligerents {
			out = add(out, b)
		}
	}
	if len(out) == 0 && x.hasPair(span) && len(x.events) > 0 {
		// "the two men spoke by phone": the pair of the event told last.
		if last := x.events[len(x.events)-1].Participants; len(last) >= 2 {
			out = append(out, last...)
		}
	}
	return out
}

// pairs are phrases for two actors just named.
var pairs = [][]string{
	{"the", "two", "men"}, {"the", "two", "leaders"}, {"both", "leaders"}, {"the", "two", "delegations"},
	{"both", "delegations"}, {"the", "two", "presidents"}, {"both", "men"}, {"the", "two", "ministers"},
}

func (x *extractor) hasPair(span truce.Span) bool {
	text := x.lower[span.Start:span.End]
	if !strings.Contains(text, "two ") && !strings.Contains(text, "both ") {
		return false
	}
	var buf [64]clause.Token
	toks := clause.Words(buf[:0], x.lower, span)
	for i := range toks {
		for _, p := range pairs {
			if hasPhrase(toks, i, p) {
				return true
			}
		}
	}
	return false
}

// relativeAfter returns where the agent of a relative clause after the
// trigger begins ("the peace plan that … was drafted by Witkoff"): those
// names are not the event's. len(text) when there is none.
func (x *extractor) relativeAfter(span, at truce.Span) int {
	rel := -1
	for i, t := range x.toks {
		if t.Start < at.End || t.Start >= span.End {
			continue
		}
		switch t.Lower {
		case "that", "which", "who", "whose":
			rel = i
		case "by":
			if rel >= 0 && i-rel <= 12 {
				return t.Start
			}
		}
	}
	return len(x.d.Text)
}

// participant returns the name mention i contributes, or "".
func (x *extractor) participant(ms []extract.Mention, i int, at truce.Span) string {
	m := ms[i]
	if skipKinds[m.Kind] || x.placeRole(m) || x.reporter(m, at) {
		return ""
	}
	switch w := x.wordBefore(m.Start); w {
	case "join", "joining", "joined", "into", "membership":
		return "" // "join NATO" names an issue, not a party to the event
	}
	switch {
	case m.Entity < 0:
		if x.qualifies(ms, i) || placeNouns[x.wordAfter(m.End)] {
			return "" // "the Belarusian capital" is a place, not a party
		}
		return m.Party
	case m.Type == truce.Person:
		if x.governs(m) && m.Party != "" {
			return m.Party // "the administration of Donald Trump" is the United States
		}
		return m.Name
	case m.Type == truce.Place:
		if placeNouns[x.wordAfter(m.End)] {
			return "" // "on the Belarusian border", "the Turkish resort of Antalya": where, not who
		}
		return x.placeParticipant(m)
	case m.Type == truce.Organization:
		if m.Party != "" && metonymKinds[m.Kind] {
			return m.Party
		}
		return m.Name
	}
	return ""
}

// governs reports whether person mention m names a government rather than
// the person: "the administration of Donald Trump", "the Trump
// administration".
func (x *extractor) governs(m extract.Mention) bool {
	w, start := x.wordBeforeAt(m.Start)
	if w == "president" || w == "minister" {
		w, start = x.wordBeforeAt(start) // "of U.S. President Donald Trump"
		if w == "s" || w == "u" {
			w, start = x.wordBeforeAt(start - 1)
		}
	}
	if w == "of" {
		switch x.wordBefore(start) {
		case "administration", "government", "cabinet", "team":
			return true
		}
	}
	rest := strings.TrimLeft(x.lower[m.End:min(len(x.lower), m.End+16)], " ")
	return strings.HasPrefix(rest, "administration") || strings.HasPrefix(rest, "government")
}

// placeParticipant names the party a place stands for: a country itself,
// a city only as a metonym ("Kyiv said", "talks with Moscow"), never a
// region or a venue.
func (x *extractor) placeParticipant(m extract.Mention) string {
	switch m.Kind {
	case "country":
		if x.apposedToPlace(m) {
			return "" // "in Jeddah, Saudi Arabia": where, not who
		}
		return m.Name
	case "city", "capital":
		if x.dateline(m) {
			return "" // "MINSK, Feb 12 (wire) –" tells where the report was filed
		}
		if triggers[x.wordAfter(m.End)].typ != "" {
			return "" // "the Minsk protocol", "the Istanbul talks": a name, not a party
		}
		switch x.wordBefore(m.Start) {
		case "of", "from", "around", "near", "on", "over", "into", "across", "toward", "towards",
			"outside", "in", "at", "to", "for":
			return ""
		}
		return m.Party
	}
	return ""
}

// qualifies reports whether adjective mention i stands before a named
// person or body ("Ukrainian President Volodymyr Zelensky").
func (x *extractor) qualifies(ms []extract.Mention, i int) bool {
	if i+1 >= len(ms) {
		return false
	}
	next := ms[i+1]
	if next.Type != truce.Person && next.Type != truce.Organization {
		return false
	}
	if next.Start < ms[i].End {
		return true // the adjective lies inside the name: "Ukrainian President Volodymyr Zelensky"
	}
	gap := x.d.Text[ms[i].End:next.Start]
	return len(gap) <= 40 && !strings.ContainsAny(gap, ",;:()\"“”") && strings.Count(gap, " ") <= 4
}

// reporter reports whether m is the speaker of an attribution that carries
// the event at, unless the reported words go on with a pronoun for the
// speaker ("Russia said it was ready to discuss …").
func (x *extractor) reporter(m extract.Mention, at truce.Span) bool {
	for _, a := range x.d.Attributions {
		if a.SpeakerSpan == nil || m.Start < a.SpeakerSpan.Start || m.End > a.SpeakerSpan.End {
			continue
		}
		if at.Start < a.Content.Start || at.End > a.Content.End {
			continue
		}
		return a.Anonymous || !x.pronounStart(a.Content)
	}
	return false
}

func (x *extractor) pronounStart(s truce.Span) bool {
	var buf [8]clause.Token
	toks := clause.Words(buf[:0], x.lower, truce.Span{Start: s.Start, End: min(s.End, s.Start+40)})
	for k, t := range toks {
		if k >= 5 {
			break
		}
		if pronoun(t.Lower) {
			return true // "on Wednesday he had called off …"
		}
	}
	return false
}

// placeRole reports whether place mention m is where something happens:
// after in/at/to/near, not after "the war in".
func (x *extractor) placeRole(m extract.Mention) bool {
	if m.Type != truce.Place {
		return false
	}
	p, start := x.wordBeforeAt(m.Start)
	if p == "the" {
		p, start = x.wordBeforeAt(start)
	}
	switch p {
	case "in", "at", "to", "near", "outside", "inside":
	case "visit", "visits", "visited", "visiting":
		return true // "expected to visit Turkey"
	default:
		return false
	}
	return !placeBlockers[x.wordBefore(start)]
}

// place returns the canonical name of the place of the event at: the place
// mention of c nearest to it, preferring one after it.
func (x *extractor) place(st *sentenceCtx, c truce.Span, at truce.Span, proposal bool) string {
	best, bestDist := "", 0
	for _, m := range st.mentions {
		if m.Start < c.Start || m.End > c.End || !x.placeRole(m) {
			continue
		}
		if proposal && x.wordBefore(m.Start) == "to" {
			continue // "handed a memorandum to Ukraine": the addressee
		}
		d := m.Start - at.Start
		if d < 0 {
			d = -d + 1<<20
		}
		if m.Kind != "city" && m.Kind != "country" {
			d += 1 << 24 // "in the Dolmabahce Palace in Istanbul": the city
		}
		if best == "" || d < bestDist {
			best, bestDist = m.Name, d
		}
	}
	return best
}

// bothSides reports whether span speaks of "the parties" or "both sides".
func (x *extractor) bothSides(span truce.Span) bool {
	text := x.lower[span.Start:span.End]
	if !strings.Contains(text, "sides") && !strings.Contains(text, "parties") && !strings.Contains(text, "countries") {
		return false
	}
	var buf [64]clause.Token
	toks := clause.Words(buf[:0], x.lower, span)
	if len(toks) > 0 && (toks[0].Lower == "sides" || toks[0].Lower == "parties") {
		return true // telegraphic: "Sides agree to exchange 1,000 prisoners each"
	}
	for i := range toks {
		for _, p := range bothSides {
			if hasPhrase(toks, i, p) {
				return true
			}
		}
	}
	return false
}

func hasPhrase(toks []clause.Token, i int, p []string) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[i+k].Lower != w {
			return false
		}
	}
	return true
}

// wordBefore returns the word that ends before byte at, lower-cased.
func (x *extractor) wordBefore(at int) string {
	w, _ := x.wordBeforeAt(at)
	return w
}

// wordBeforeAt returns the word before byte at and where it starts; "" when
// punctuation comes first.
func (x *extractor) wordBeforeAt(at int) (string, int) {
	s := x.lower
	j := at
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n') {
		j--
	}
	i := j
	for i > 0 && (isASCIIWord(s[i-1]) || s[i-1] >= 0x80) {
		i--
	}
	return s[i:j], i
}

func isASCIIWord(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

func add(names []string, n string) []string {
	if n == "" {
		return names
	}
	for _, have := range names {
		if have == n {
			return names
		}
	}
	return append(names, n)
}

func merge(a, b []string) []string {
	for _, n := range b {
		a = add(a, n)
	}
	return a
}

func pronoun(w string) bool {
	switch w {
	case "it", "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// placeNouns after a nationality adjective make it a place.
var placeNouns = map[string]bool{
	"capital": true, "city": true, "territory": true, "soil": true, "border": true, "town": true,
	"region": true, "coast": true, "port": true, "resort": true, "village": true, "airspace": true,
}

// wordAfter returns the lower-case word that starts after byte at.
func (x *extractor) wordAfter(at int) string {
	s := x.lower
	i := at
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	j := i
	for j < len(s) && isASCIIWord(s[j]) {
		j++
	}
	return s[i:j]
}

// dateline reports whether place mention m opens a line and a date follows
// it: "KYIV, May 25 (Reuters) –".
func (x *extractor) dateline(m extract.Mention) bool {
	if m.Start > 0 && x.d.Text[m.Start-1] != '\n' {
		return false
	}
	rest := x.d.Text[m.End:min(len(x.d.Text), m.End+14)]
	return strings.HasPrefix(rest, ",") && strings.ContainsAny(rest, "0123456789")
}

// apposedToPlace reports whether country mention m follows a place of the
// event and a comma: "talks in Jeddah, Saudi Arabia".
func (x *extractor) apposedToPlace(m extract.Mention) bool {
	j := m.Start
	for j > 0 && x.d.Text[j-1] == ' ' {
		j--
	}
	if j == 0 || x.d.Text[j-1] != ',' {
		return false
	}
	for _, p := range x.inSpan(truce.Span{Start: max(0, j-40), End: j}) {
		if p.End == j-1 && p.Type == truce.Place && p.Kind != "country" && x.placeRole(p) {
			return true
		}
	}
	return false
}
