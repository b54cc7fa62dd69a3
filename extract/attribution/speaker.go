package attribution

import (
	"strings"

	"github.com/truce-project/truce"
)

// contKind says how a speaker was found when the text does not name it.
type contKind uint8

const (
	contNone   contKind = iota
	contReport          // "the report", "the publication": the last relayed report
	contRef             // a pronoun or role phrase resolved to an earlier speaker
)

// speaker is who an attribution is to, as far as one phrase tells.
type speaker struct {
	name, id string
	span     truce.Span
	hasSpan  bool
	anon     bool
	person   bool
	outlet   bool
	party    string
	generic  bool // "reports": a hedge more than a source; never a via
	source   bool // an outlet's own sources (sources, officials)
	bare     bool // "sources", "the same official": no description of its own
	message  bool // "the statement": a message of the last speaker
	doc      bool // a document that speaks as itself ("a joint statement said")
	head     string
	cont     contKind
	via      []string
}

// interpret reads the speaker phrase toks[lo:hi]. exclude is a name the
// speaker cannot be (the addressee of "reports to Hersh").
func (x *extractor) interpret(lo, hi int, exclude string) (speaker, bool) {
	lo, hi = x.trimPhrase(lo, hi)
	if lo >= hi {
		return speaker{}, false
	}
	var via []string
	if q := x.find(lo, hi, "quoted", "cited"); q > lo && q+1 < hi && x.word(q+1, "by") {
		if a, b := x.nameIn(q+2, hi); a >= 0 {
			via = []string{x.nameAt(q+2, a, b).name}
		} else if h := x.anonHead(q+2, hi); h >= 0 {
			via = []string{x.anonymous(q+2, hi, h).name} // "quoted by Russian media"
		}
		hi = q
	}
	if a := x.find(lo, hi, "among"); a > lo && x.toks[a-1].is(fAnon) && a+1 < hi {
		lo = a + 1 // "sources among US officials" speak as US officials
	}
	sp, ok := x.interpretCore(lo, hi, exclude)
	if ok {
		sp.via = append(via, sp.via...)
	}
	return sp, ok
}

func (x *extractor) interpretCore(lo, hi int, exclude string) (speaker, bool) {
	h := x.anonHead(lo, hi)
	if sp, ok := x.joint(lo, hi); ok && h < 0 {
		return sp, true
	}
	if p := x.personIn(lo, hi); p >= 0 && (h < 0 || h > p || !x.prepBetween(h, p)) {
		return x.named(lo, p), true
	}
	if sp, ok := x.document(lo, hi); ok {
		return sp, true
	}
	if sp, ok := x.embassy(lo, hi); ok {
		return sp, true
	}
	if sp, ok := x.bodySpokesman(lo, hi); ok {
		return sp, true
	}
	if r := x.firstFlag(lo, hi, fReport); r >= 0 && x.definite(lo, r) && x.mentionsIn(lo, hi) == 0 {
		return speaker{cont: contReport, span: x.spanOf(lo, hi), hasSpan: true, message: x.toks[r].is(fMessage)}, true
	}
	if hi == lo+1 && x.word(lo, "it") {
		return x.resolveIt(lo)
	}
	if sp, ok := x.officeOf(lo, hi); ok {
		return sp, true
	}
	if p := x.firstFlag(lo, hi, fHe|fThey); p >= 0 {
		return x.resolvePronoun(p)
	}
	if r := x.firstFlag(lo, hi, fRole); r >= 0 && x.toks[r].ment < 0 && x.definite(lo, r) {
		if sp, ok := x.resolveRole(lo, hi); ok && sp.name != exclude {
			return sp, true
		}
	}
	if h >= 0 {
		return x.anonymous(lo, hi, h), true
	}
	if sp, ok := x.rolesOf(lo, hi); ok {
		return sp, true
	}
	if sp, ok := x.resolvePair(lo, hi); ok {
		return sp, true
	}
	if sp, ok := x.resolveOrganisation(lo, hi); ok {
		return sp, true
	}
	if sp, ok := x.body(lo, hi); ok {
		return sp, true
	}
	if a, b := x.nameIn(lo, hi); a >= 0 {
		return x.nameAt(lo, a, b), true
	}
	if sp, ok := x.spokesmanOf(lo, hi); ok {
		return sp, true
	}
	for i := lo; i < hi; i++ {
		if m := x.toks[i].ment; m >= 0 && x.toks[i].poss && x.d.Mentions[m].Type == truce.Organization {
			return x.named(lo, i), true // "the Kremlin's press service"
		}
	}
	if d := hi - 1; d > lo && dataNouns[x.lower(d)] {
		if party := x.adjectiveParty(lo, d); party != "" { // "according to Ukrainian data"
			return speaker{name: party, id: x.partyID(party), party: party, span: x.spanOf(lo, hi), hasSpan: true}, true
		}
	}
	if s := x.firstFlag(lo, hi, fSide); s >= 0 {
		if party := x.adjectiveParty(lo, s); party != "" {
			return speaker{name: party, id: x.partyID(party), party: party, span: x.spanOf(lo, hi), hasSpan: true}, true
		}
	}
	return speaker{}, false
}

// anonHead returns the head of an anonymous speaker phrase ("two American
// officials", "an Axios source in …"): the first such noun with only
// modifiers before it, or -1.
func (x *extractor) anonHead(lo, hi int) int {
	for i := lo; i < hi; i++ {
		t := &x.toks[i]
		if i == lo+1 && x.word(i, "of") && x.toks[lo].is(fDet|fNumber) {
			continue // "one of my colleagues", "some of the negotiators"
		}
		if t.kind != tWord || t.is(fPrep|fCue) && !t.is(fAnon) && !x.callNoun(i) || x.word(i, "by") {
			return -1
		}
		if t.is(fAnon) && t.ment < 0 && !(t.cap && i+1 < hi && x.toks[i+1].cap) {
			return i // "Senator Rounds" is a title and a name
		}
	}
	return -1
}

// nameIn finds the first name in the phrase: a mention, or a run of
// capitalised words the knowledge base lacks ("NBC News"), or a mention that
// a longer unknown name continues ("Kyiv Independent"). It returns the
// name's token range, or -1.
func (x *extractor) nameIn(lo, hi int) (int, int) {
	if a, b := x.mentionName(lo, hi); a >= 0 {
		return a, b
	}
	for i := lo; i < hi; i++ {
		t := &x.toks[i]
		if t.kind != tWord || !t.cap || t.is(fCalendar) || t.poss && i+1 < hi || t.ment >= 0 {
			continue
		}
		e := x.capRun(i, hi)
		a := i
		for a < e-1 && x.toks[a].is(fDet) {
			a++ // "The Wall Street Journal"
		}
		if e-a == 1 && i == 0 && (hi > 1 || !x.unknownWord(i)) || x.toks[a].is(fDet|fBound|fAux|fCalendar) {
			continue // a capitalised first word of the sentence, unless it is the whole subject
		}
		return a, e
	}
	return -1, -1
}

// mentionName finds the first entity mention of the phrase that is not a
// possessive before its head ("Zelensky's spokesman …"); a mention that a
// longer unknown name continues ("Kyiv Independent") counts as that name.
func (x *extractor) mentionName(lo, hi int) (int, int) {
	for i := lo; i < hi; i++ {
		t := &x.toks[i]
		if t.kind != tWord || t.ment < 0 || x.d.Mentions[t.ment].Entity < 0 || t.poss && i+1 < hi {
			continue
		}
		if !t.cap || x.d.Mentions[t.ment].Type == truce.Person {
			return i, x.mentionEnd(i)
		}
		a := i
		if i > lo && x.toks[i-1].cap && !x.toks[i-1].is(fDet) && x.toks[i-1].ment < 0 && !x.toks[i-1].is(fRole) {
			a = i - 1 // "The New York Times" when only "York" was found
		}
		return a, x.capRun(i, hi)
	}
	return -1, -1
}

// unknownWord: toks[i] is no word the lexicon knows and no pronoun-like
// opener, so alone before a cue it is a name ("Yermak said").
func (x *extractor) unknownWord(i int) bool {
	t := &x.toks[i]
	if t.flags != 0 || t.End-t.Start < 3 {
		return false
	}
	switch strings.ToLower(x.d.Text[t.Start:t.End]) {
	case "it", "there", "everyone", "everybody", "nobody", "someone", "somebody", "both", "each", "none", "we", "you", "here":
		return false
	}
	return true
}

// capRun returns the end of the name starting at toks[i]: capitalised words,
// the words of its mention, and "of", "for", "the", "and" between
// capitalised words ("Institute for the Study of War").
func (x *extractor) capRun(i, hi int) int {
	mi := x.toks[i].ment
	e := i
	for e < hi && x.toks[e].kind == tWord {
		t := &x.toks[e]
		switch {
		case t.cap && !t.is(fBound) || mi >= 0 && t.ment == mi:
		case e > i && isConnector(x, e) && e+1 < hi && (x.toks[e+1].cap || isConnector(x, e+1) && e+2 < hi && x.toks[e+2].cap):
		default:
			return e
		}
		e++
		if t.poss {
			break
		}
	}
	return e
}

func isConnector(x *extractor, i int) bool {
	return x.word(i, "of") || x.word(i, "for") || x.word(i, "the") || x.word(i, "and")
}

func (x *extractor) mentionEnd(i int) int {
	mi := x.toks[i].ment
	e := i
	for e < len(x.toks) && x.toks[e].ment == mi {
		e++
	}
	return e
}

// nameAt is the speaker named by toks[a:b]: its mention when the name is
// exactly one, else the words as written.
func (x *extractor) nameAt(lo, a, b int) speaker {
	if mi := x.toks[a].ment; mi >= 0 && x.mentionEnd(a) >= b {
		return x.named(lo, a)
	}
	sp := speaker{span: x.spanOf(a, b), hasSpan: true}
	sp.name = strings.TrimSuffix(strings.TrimSuffix(x.d.Text[sp.span.Start:sp.span.End], "'s"), "’s")
	return sp
}

// trimPhrase drops leading function words ("At least", "what") and
// trailing punctuation from a speaker phrase.
func (x *extractor) trimPhrase(lo, hi int) (int, int) {
	for lo < hi && (x.toks[lo].kind != tWord || x.toks[lo].is(fBound|fAux) || x.toks[lo].ly ||
		x.word(lo, "what") || x.toks[lo].is(fPrep) && !x.toks[lo].is(fAnon)) {
		lo++
	}
	for hi > lo && x.toks[hi-1].kind != tWord {
		hi--
	}
	return lo, hi
}

// named is the speaker named by mention token p, its span stretched left
// over its title ("Ukrainian Foreign Minister Dmitry Kuleba").
func (x *extractor) named(lo, p int) speaker {
	sp := x.fromMention(int(x.toks[p].ment))
	start := p
	for start > lo && start > p-6 {
		t := &x.toks[start-1]
		if t.kind != tWord || !(t.cap || t.is(fRole) || t.ment >= 0) || t.is(fBound) {
			break
		}
		start--
	}
	end := p
	for end+1 < len(x.toks) && x.toks[end+1].ment == x.toks[p].ment {
		end++
	}
	sp.span, sp.hasSpan = truce.Span{Start: x.toks[start].Start, End: x.toks[end].End}, true
	return sp
}

func (x *extractor) fromMention(mi int) speaker {
	m := x.d.Mentions[mi]
	sp := speaker{name: m.Name, person: m.Type == truce.Person, party: m.Party, outlet: outletKinds[m.Kind]}
	if m.Entity >= 0 && m.Entity < len(x.d.Entities) {
		sp.id = x.d.Entities[m.Entity].KBID
	}
	if m.Type == truce.Place && m.Party != "" { // "Moscow said": Russia said
		sp.name, sp.id = m.Party, x.partyID(m.Party)
	}
	return sp
}

// partyID is the knowledge-base id of the entity named party, if listed.
func (x *extractor) partyID(party string) string {
	for _, e := range x.d.Entities {
		if e.Name == party {
			return e.KBID
		}
	}
	return ""
}

// anonymous describes an unnamed speaker with head toks[h]: the phrase as
// written without its article; a bare "sources" or "the same official"
// takes an earlier description with the same head, or "unnamed …".
func (x *extractor) anonymous(lo, hi, h int) speaker {
	for lo < h && (x.word(lo, "a") || x.word(lo, "an") || x.word(lo, "the")) {
		lo++
	}
	if lo < h && h+1 < hi && x.toks[lo].is(fNumber) {
		lo++ // "Three sources familiar with the matter": the sources, not their count
	}
	t := x.toks[h]
	head := strings.ToLower(x.d.Text[t.Start:t.End])
	sp := speaker{anon: true, head: head, source: t.is(fSourceish), span: x.spanOf(lo, hi), hasSpan: true}
	sp.name = x.d.Text[sp.span.Start:sp.span.End]
	sp.generic = (head == "reports" || head == "media") && h == lo
	sp.bare = sp.source && hi == h+1 && x.onlyDets(lo, h)
	if sp.bare {
		sp.name = x.describe(head)
	}
	for i := lo; i < h; i++ {
		if m := x.toks[i].ment; m >= 0 && outletKinds[x.d.Mentions[m].Kind] {
			sp.via = appendName(sp.via, x.d.Mentions[m].Name) // "an Axios source"
		} else if m < 0 && x.toks[i].cap && !x.toks[i].is(fDet) && i == h-1 && t.is(fSourceish) && strings.HasPrefix(head, "source") {
			sp.via = appendName(sp.via, x.d.Text[x.toks[i].Start:x.toks[i].End]) // an unknown outlet
		}
	}
	return sp
}

// describe names a bare anonymous head after an earlier description with
// the same head ("Officials" after "US officials"), or "unnamed …".
func (x *extractor) describe(head string) string {
	for _, a := range x.anons {
		if a.head == head {
			return a.name
		}
	}
	return "unnamed " + head
}

func (x *extractor) onlyDets(lo, h int) bool {
	for i := lo; i < h; i++ {
		switch strings.ToLower(x.d.Text[x.toks[i].Start:x.toks[i].End]) {
		case "a", "an", "the", "same", "this", "that", "these", "those":
		default:
			return false
		}
	}
	return true
}

// personIn returns the token of the last person mention in the phrase that is
// not a possessive ("Trump's special envoy Steve Witkoff"), or -1.
func (x *extractor) personIn(lo, hi int) int {
	for i := hi - 1; i >= lo; i-- {
		t := &x.toks[i]
		if t.ment < 0 || t.poss && i+1 < hi {
			continue
		}
		if m := x.d.Mentions[t.ment]; m.Type == truce.Person && m.Entity >= 0 {
			return i
		}
	}
	return -1
}

func (x *extractor) mentionsIn(lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		if m := x.toks[i].ment; m >= 0 && x.d.Mentions[m].Entity >= 0 {
			n++
		}
	}
	return n
}

// adjectiveParty is the party of a nationality adjective before toks[s].
func (x *extractor) adjectiveParty(lo, s int) string {
	for i := lo; i < s; i++ {
		if m := x.toks[i].ment; m >= 0 && (x.d.Mentions[m].Entity < 0 || x.toks[i].poss) {
			return x.d.Mentions[m].Party // "the Russian side", "Ukraine's foreign ministry"
		}
	}
	return ""
}

func (x *extractor) prepBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if x.toks[i].is(fPrep) {
			return true
		}
	}
	return false
}

// definite: the phrase before toks[r] starts with "the", "this" or "that".
func (x *extractor) definite(lo, r int) bool {
	return lo < r && (x.word(lo, "the") || x.word(lo, "this") || x.word(lo, "that"))
}

func (x *extractor) firstFlag(lo, hi int, f flag) int {
	for i := lo; i < hi; i++ {
		if x.toks[i].is(f) && x.toks[i].kind == tWord {
			return i
		}
	}
	return -1
}

func appendName(list []string, name string) []string {
	for _, n := range list {
		if n == name {
			return list
		}
	}
	return append(list, name)
}

// body reads "regional police" and "Kharkiv prosecutors": a public body
// named by its head noun, which speaks as written without its article.
func (x *extractor) body(lo, hi int) (speaker, bool) {
	t := x.toks[hi-1]
	if t.kind != tWord || t.ment >= 0 || !bodies[strings.ToLower(x.d.Text[t.Start:t.End])] {
		return speaker{}, false
	}
	for lo < hi-1 && x.toks[lo].is(fDeterminer) {
		lo++
	}
	sp := speaker{span: x.spanOf(lo, hi), hasSpan: true}
	sp.name = x.d.Text[sp.span.Start:sp.span.End]
	return sp, true
}

// embassy reads "the Russian embassy in Washington": a mission speaks as
// itself, named as written, not for the country it sits in.
func (x *extractor) embassy(lo, hi int) (speaker, bool) {
	h := -1
	for i := lo; i < hi && i < lo+4; i++ {
		if w := x.lower(i); w == "embassy" || w == "consulate" {
			h = i
			break
		}
	}
	if h < 0 || x.toks[h].ment >= 0 {
		return speaker{}, false
	}
	for lo < h && x.toks[lo].is(fDeterminer) {
		lo++
	}
	sp := speaker{span: x.spanOf(lo, hi), hasSpan: true, party: x.adjectiveParty(lo, h)}
	sp.name = x.d.Text[sp.span.Start:sp.span.End]
	return sp, true
}
