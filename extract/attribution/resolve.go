package attribution

import (
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// window is how many sentences back a pronoun or role phrase may reach.
const window = 3

// said is an attribution already made, kept to resolve later references.
type said struct {
	sp  speaker
	via []string
	si  int // sentence index
}

// resolvePronoun finds who toks[p] stands for: he/she/him/her the nearest
// person mentioned before; they/them the last plural or collective speaker,
// else the nearest organisation.
func (x *extractor) resolvePronoun(p int) (speaker, bool) {
	t := x.toks[p]
	if t.is(fThey) {
		if l := x.last; l != nil && !l.sp.person && x.si-l.si <= window {
			return x.ref(l.sp, t.Span), true
		}
		if mi := x.nearest(t.Start, truce.Organization); mi >= 0 {
			return x.ref(x.fromMention(mi), t.Span), true
		}
		return speaker{}, false
	}
	if strings.EqualFold(x.d.Text[t.Start:t.End], "latter") {
		if mi := x.nearest(t.Start, ""); mi >= 0 {
			return x.ref(x.fromMention(mi), t.Span), true
		}
	}
	if mi := x.nearest(t.Start, truce.Person); mi >= 0 && x.d.Mentions[mi].Start >= x.d.Sentences[x.si].Start {
		return x.ref(x.fromMention(mi), t.Span), true // "Arakhamia's version …: he added" names its antecedent
	}
	if l := x.last; l != nil && l.sp.person && x.si-l.si <= 1 {
		return x.ref(l.sp, t.Span), true // a pronoun subject continues the last speaker
	}
	if l := x.last; l != nil && x.singleAnon(l, t.Start) {
		return x.ref(l.sp, t.Span), true // "An expert … said …. …, he added"
	}
	if mi := x.nearest(t.Start, truce.Person); mi >= 0 {
		return x.ref(x.fromMention(mi), t.Span), true
	}
	return speaker{}, false
}

// singleAnon: the last speaker is one unnamed person ("a Western diplomat")
// in this sentence or the one before, and no person is named between it
// and pos, so "he" or "she" at pos stands for it.
func (x *extractor) singleAnon(l *said, pos int) bool {
	if !l.sp.anon || l.sp.bare || x.si-l.si > 1 || !l.sp.hasSpan || strings.HasSuffix(l.sp.head, "s") || l.sp.head == "people" ||
		l.sp.head == "men" || l.sp.head == "women" {
		return false
	}
	mi := x.nearest(pos, truce.Person)
	return mi < 0 || x.d.Mentions[mi].Start < l.sp.span.Start
}

// resolveIt reads "It added that …" as the organisation that spoke in the
// sentence before; "it" alone names no one.
func (x *extractor) resolveIt(p int) (speaker, bool) {
	if sp, ok := x.itOutlet(p); ok {
		return sp, true
	}
	l := x.last
	if l == nil || l.sp.person || l.sp.anon || l.sp.name == "" || x.si-l.si > 1 {
		return speaker{}, false
	}
	return x.ref(l.sp, x.toks[p].Span), true
}

// outletHeads are nouns that make a sentence's subject a newspaper or
// broadcaster, which a later "it argues" in the same sentence refers to.
var outletHeads = map[string]bool{"newspaper": true, "daily": true, "paper": true, "weekly": true,
	"magazine": true, "broadcaster": true, "tabloid": true, "outlet": true, "agency": true}

// itOutlet reads "One Paris newspaper is warier: the plans, it argues, …":
// "it" is the outlet that opens the same sentence, named ("Le Monde") or
// described ("a Berlin daily").
func (x *extractor) itOutlet(p int) (speaker, bool) {
	s0 := x.clauseStart(p)
	for i := s0; i < p && i < s0+6 && x.toks[i].kind == tWord; i++ {
		t := x.toks[i]
		if m := t.ment; m >= 0 && outletKinds[x.d.Mentions[m].Kind] && !t.poss {
			return x.ref(x.fromMention(int(m)), t.Span), true
		}
		if outletHeads[strings.ToLower(x.d.Text[t.Start:t.End])] {
			lo := s0
			for lo < i && (x.toks[lo].is(fDet) || x.word(lo, "one")) {
				lo++
			}
			sp := x.anonymous(lo, i+1, i)
			sp.name = x.d.Text[x.toks[lo].Start:t.End]
			return sp, true
		}
		if !t.cap && !t.is(fDet) && !x.word(i, "one") {
			break
		}
	}
	return speaker{}, false
}

// resolveRole reads "the Russian official" as the last speaker when that was
// a person of a compatible party.
func (x *extractor) resolveRole(lo, hi int) (speaker, bool) {
	l := x.last
	if l == nil || !l.sp.person || x.si-l.si > window {
		return speaker{}, false
	}
	if party := x.adjectiveParty(lo, hi); party != "" && l.sp.party != party {
		return speaker{}, false
	}
	return x.ref(l.sp, x.spanOf(lo, hi)), true
}

func (x *extractor) ref(sp speaker, at truce.Span) speaker {
	sp.span, sp.hasSpan, sp.cont, sp.via = at, true, contRef, nil
	return sp
}

// nearest returns the closest mention of type typ ("" for any entity)
// ending before pos and within the window, or -1.
func (x *extractor) nearest(pos int, typ string) int {
	floor := 0
	if k := x.si - window; k > 0 {
		floor = x.d.Sentences[k].Start
	}
	ms := x.d.Mentions
	lo, hi := 0, len(ms)
	for lo < hi {
		mid := (lo + hi) / 2
		if ms[mid].Start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for i, steps := lo-1, 0; i >= 0 && ms[i].Start >= floor && steps < 64; i, steps = i-1, steps+1 {
		m := ms[i]
		if m.Entity >= 0 && m.End <= pos && (typ == "" || m.Type == typ) {
			return i
		}
	}
	return -1
}

// nearestOutlet returns the closest outlet mention before pos within the
// window, or -1.
func (x *extractor) nearestOutlet(pos int) int {
	for mi := x.nearest(pos, ""); mi >= 0; mi = x.nearest(x.d.Mentions[mi].Start, "") {
		if outletKinds[x.d.Mentions[mi].Kind] {
			return mi
		}
	}
	return -1
}

// resolveOrganisation reads "the organisation" as the closest organisation
// named before it ("…, had explained the organisation"), when that is an
// international body, NGO or think tank: news never calls a ministry or a
// government "the organisation", so a nearer one of those means the
// antecedent was not recognised.
func (x *extractor) resolveOrganisation(lo, hi int) (speaker, bool) {
	w := strings.ToLower(x.d.Text[x.toks[hi-1].Start:x.toks[hi-1].End])
	if w != "organisation" && w != "organization" || !x.definite(lo, hi-1) || x.mentionsIn(lo, hi) > 0 {
		return speaker{}, false
	}
	mi := x.nearest(x.toks[lo].Start, truce.Organization)
	if mi < 0 || !organisationKinds[x.d.Mentions[mi].Kind] {
		return speaker{}, false
	}
	return x.ref(x.fromMention(mi), x.spanOf(lo, hi)), true
}

var organisationKinds = map[string]bool{"international": true, "ngo": true, "think_tank": true}

// resolvePair reads "both sides say" and "the two leaders said" as the two
// people the sentence before names ("Trump and Putin speak by phone. Both
// sides say …"); any other count leaves the pair unresolved.
func (x *extractor) resolvePair(lo, hi int) (speaker, bool) {
	a := lo
	if x.word(a, "the") {
		a++
	}
	if hi != a+2 || !(x.word(a, "both") && a == lo || x.word(a, "two") && a > lo) ||
		!(x.word(a+1, "sides") || x.word(a+1, "leaders") || x.word(a+1, "presidents")) || x.si == 0 {
		return speaker{}, false
	}
	prev := x.d.Sentences[x.si-1]
	var names []string
	for mi := x.nearest(x.toks[lo].Start, truce.Person); mi >= 0 && x.d.Mentions[mi].Start >= prev.Start; mi = x.nearest(x.d.Mentions[mi].Start, truce.Person) {
		if n := x.d.Mentions[mi].Name; len(names) == 0 || names[0] != n && (len(names) < 2 || names[1] != n) {
			names = append([]string{n}, names...)
		}
		if len(names) > 2 {
			return speaker{}, false
		}
	}
	if len(names) != 2 {
		return speaker{}, false
	}
	return speaker{name: names[0] + " and " + names[1], span: x.spanOf(lo, hi), hasSpan: true, person: true}, true
}

// presidentialOffice names the office that speaks for a head of state of
// each party, as the knowledge base spells it: "his office said" after
// Zelensky is the Office of the President of Ukraine.
var presidentialOffice = map[string][2]string{
	"Ukraine":       {"Office of the President of Ukraine", "office-of-the-president-of-ukraine"},
	"Russia":        {"Kremlin", "kremlin"},
	"United States": {"White House", "white-house"},
}

// officeOf reads "his office", "her press office", "Erdogan's office": the
// office of the person named or the pronoun stands for; a head of state's office has a name of its own,
// any other office speaks as the person.
func (x *extractor) officeOf(lo, hi int) (speaker, bool) {
	if !x.word(hi-1, "office") || hi-lo < 2 {
		return speaker{}, false
	}
	o := hi - 2 // the owner: "his office", "Erdogan's press office"
	if x.word(o, "press") {
		o--
	}
	var sp speaker
	ok := false
	switch t := &x.toks[max(o, 0)]; {
	case o < lo:
	case x.word(o, "his") || x.word(o, "her"):
		if o == lo {
			sp, ok = x.resolvePronoun(lo)
		}
	case t.poss && t.ment >= 0 && x.d.Mentions[t.ment].Type == truce.Person && x.d.Mentions[t.ment].Entity >= 0:
		if m := x.toks[lo].ment; m == t.ment || x.word(lo, "the") && x.toks[lo+1].ment == t.ment {
			sp, ok = x.fromMention(int(t.ment)), true
		}
	}
	if !ok || !sp.person {
		return speaker{}, false
	}
	ms := x.d.Mentions
	at := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= x.toks[hi-1].Start })
	for i := at - 1; i >= 0 && i >= at-maxSpokesScan; i-- { // bounded: linear in the text
		m := ms[i]
		if m.Name != sp.name || m.Kind != "head_of_state" {
			continue
		}
		if o, ok := presidentialOffice[m.Party]; ok {
			sp.name, sp.id, sp.person = o[0], o[1], false
		}
		break
	}
	sp.span = x.spanOf(lo, hi)
	return sp, true
}

// bodySpokesman reads "the spokesman" and "the ministry's spokeswoman"
// after a body spoke: its spokesperson speaks for it.
func (x *extractor) bodySpokesman(lo, hi int) (speaker, bool) {
	if hi-lo < 2 || hi-lo > 3 || !x.word(lo, "the") || !x.spokesWord(hi-1) {
		return speaker{}, false
	}
	l := x.last
	if l == nil || l.sp.person || l.sp.anon || l.sp.name == "" || x.si-l.si > 2 {
		return speaker{}, false
	}
	if hi-lo == 3 {
		t := &x.toks[lo+1] // "the ministry's spokeswoman": the body must be that one
		n := strings.TrimSuffix(strings.TrimSuffix(x.lower(lo+1), "'s"), "’s")
		if !t.poss || t.ment >= 0 || !strings.Contains(strings.ToLower(l.sp.name), n) {
			return speaker{}, false
		}
	}
	for i := lo; i < hi; i++ {
		if x.toks[i].ment >= 0 {
			return speaker{}, false
		}
	}
	return x.ref(l.sp, x.spanOf(lo, hi)), true
}
