package entity

import (
	"sort"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// KindAdjective is the Kind of a mention that is a nationality adjective
// ("Russian negotiator"): it names a party but is no entity (Entity -1).
const KindAdjective = "adjective"

// assemble numbers the entities in order of first mention and builds the
// mentions, sorted by position.
func (s *scan) assemble() ([]truce.Entity, []extract.Mention) {
	s.resolveAmbiguous()
	order := make([]int32, 0, len(s.hits))
	for i := range s.hits {
		if h := &s.hits[i]; (h.entry >= 0 || h.typ != "") && !s.insideName(h) {
			order = append(order, int32(i))
		}
	}
	// Hits come in text order except those added by later passes.
	sort.SliceStable(order, func(i, j int) bool { return s.hits[order[i]].start < s.hits[order[j]].start })
	alias := s.personAliases(order)
	var ents []truce.Entity
	known := map[int32]int{}    // entry index → entity
	guessed := map[string]int{} // type and name → entity
	mentions := make([]extract.Mention, 0, len(order))
	for _, i := range order {
		h := &s.hits[i]
		m := s.mention(h)
		if h.adjective && s.proOrAnti(h) {
			continue // "pro-Russian separatists" do not speak for Russia
		}
		if h.adjective && !s.namesPlace(h) || s.attributive(h) || s.compound(h) {
			m.Entity, m.Kind = -1, KindAdjective
			mentions = append(mentions, m)
			continue
		}
		e := s.entity(h, alias)
		var idx int
		var ok bool
		if h.entry >= 0 {
			idx, ok = known[h.entry]
		} else {
			idx, ok = guessed[e.Type+"\x00"+e.Name]
		}
		if !ok {
			idx = len(ents)
			ents = append(ents, e)
			if h.entry >= 0 {
				known[h.entry] = idx
			} else {
				guessed[e.Type+"\x00"+e.Name] = idx
			}
		}
		m.Entity = idx
		m.Name, m.Type = ents[idx].Name, ents[idx].Type
		ents[idx].Mentions = append(ents[idx].Mentions, m.Span)
		mentions = append(mentions, m)
	}
	return ents, mentions
}

func (s *scan) mention(h *hit) extract.Mention {
	m := extract.Mention{Span: truce.Span{Start: h.start, End: h.end}, Role: h.role}
	if h.entry >= 0 {
		e := s.r.entries[h.entry]
		m.Name, m.Type, m.Kind, m.Party = e.Name, e.Type, e.Kind, s.r.party[h.entry]
		return m
	}
	m.Name, m.Type, m.Kind, m.Party = h.name, h.typ, h.kind, h.party
	return m
}

func (s *scan) entity(h *hit, alias map[string]string) truce.Entity {
	if h.entry >= 0 {
		e := s.r.entries[h.entry]
		return truce.Entity{KBID: e.ID, Name: e.Name, Type: e.Type, Wikidata: e.Wikidata}
	}
	name := h.name
	if full, ok := alias[name]; ok && h.typ == truce.Person {
		name = full
	}
	return truce.Entity{Name: name, Type: h.typ}
}

// personAliases maps a one-word guessed person ("Secretary of State Rubio")
// to the full name of the one guessed person with that surname.
func (s *scan) personAliases(order []int32) map[string]string {
	var full map[string]string
	for _, i := range order {
		h := &s.hits[i]
		if h.entry < 0 && h.typ == truce.Person {
			if last := lastWord(h.name); last != h.name {
				if full == nil {
					full = map[string]string{}
				}
				if prev, ok := full[last]; ok && prev != h.name {
					full[last] = ""
				} else {
					full[last] = h.name
				}
			}
		}
	}
	for k, v := range full {
		if v == "" {
			delete(full, k)
		}
	}
	return full
}

// namesPlace reports whether an adjective names a location rather than a
// nationality: "on Belarusian territory", "the Polish-Belarusian border".
func (s *scan) namesPlace(h *hit) bool {
	k := h.e
	for k+1 < len(s.toks) && s.toks[k].id == s.r.hyphen && s.toks[k+1].hit >= 0 && s.hits[s.toks[k+1].hit].adjective {
		k = s.hits[s.toks[k+1].hit].e
	}
	if k >= len(s.toks) {
		return false
	}
	if s.r.entries[h.entry].Type != truce.Place {
		return false
	}
	t := s.toks[k]
	if t.kind == word && !t.cap && !s.r.is(t, clsLocNoun|clsFunc|clsVerb) && k+1 < len(s.toks) && !s.toks[k+1].nl {
		t = s.toks[k+1] // "the Saudi port city", "a Ukrainian border village"
	}
	return t.kind == word && !t.cap && s.r.is(t, clsLocNoun)
}

// insideName reports a name that only modifies a longer name the
// knowledge base lacks: "Istanbul agreements", "UN Charter", and for
// places any capitalised name ("Black Sea Grain Initiative"). Such names
// inside names do not count.
func (s *scan) insideName(h *hit) bool {
	if h.entry < 0 || h.adjective || h.role != "" || h.e >= len(s.toks) {
		return false
	}
	t := s.toks[h.e]
	if s.likeSuffix(h.e) {
		return true // "Reuters-style wire", "Minsk-like deal": no mention
	}
	if t.nl || !t.space || t.kind != word || t.hit >= 0 {
		return false
	}
	if s.r.is(t, clsPact) {
		return true // "UN Charter", "Minsk agreements"
	}
	if !t.cap || s.r.entries[h.entry].Type != truce.Place {
		return false
	}
	// a given name starts a person the guesser could not place: "the
	// ambassador in Kyiv Geoffrey Pyatt"
	return !t.loud && !t.titled && !s.r.is(t, clsStop|clsFunc|clsVerb|clsSpeech|clsFirst)
}

// likeSuffix reports "-style", "-like" or "-type" glued to the name that
// ends before toks[k].
func (s *scan) likeSuffix(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].id != s.r.hyphen || s.toks[k].space || s.toks[k+1].space {
		return false
	}
	t := s.toks[k+1]
	return t.kind == word && !t.cap && s.r.is(t, clsLike)
}

// proOrAnti reports "pro-" or "anti-" before the mention.
func (s *scan) proOrAnti(h *hit) bool {
	k := h.s
	if k < 2 || s.toks[k-1].id != s.r.hyphen || s.toks[k-1].space || s.toks[k].space {
		return false
	}
	w := s.toks[k-2]
	return w.kind == word && (strings.EqualFold(s.text(w), "pro") || strings.EqualFold(s.text(w), "anti"))
}

// attributive reports a country's abbreviation used as a modifier, "US
// officials", "U.S. President Donald Trump": like a nationality adjective
// it names a party, not a place.
func (s *scan) attributive(h *hit) bool {
	if h.entry < 0 || h.adjective || s.r.entries[h.entry].Kind != "country" || h.e >= len(s.toks) {
		return false
	}
	for k := h.s; k < h.e; k++ {
		if t := s.toks[k]; t.kind == word && !t.upper && t.end-t.start > 1 {
			return false
		}
	}
	next := s.toks[h.e]
	if next.nl || next.kind != word {
		return false
	}
	if (next.id == s.r.and || s.text(next) == "or") && h.e+1 < len(s.toks) && s.coModifier(h.e+1) {
		return true // "US and allied officials", "US and European diplomats"
	}
	return s.toks[h.e].titled || !next.cap && !s.r.is(next, clsFunc|clsVerb) && !strings.HasSuffix(s.text(next), "ed")
}

// onPlatform reports "wrote on", "a post on", "a video on" right before
// toks[k]: what follows is where it was posted ("wrote on X").
func (s *scan) onPlatform(k int) bool {
	if k-2 < 0 || s.toks[k].nl || s.toks[k-1].nl {
		return false
	}
	on, w := s.toks[k-1], s.toks[k-2]
	return on.id == s.r.on && !on.cap && w.kind == word && !w.cap && s.r.is(w, clsPostOn)
}

// compound reports a country joined by a dash to another country or a
// continent before a noun, "the Russia–Africa summit", "US-Russia talks": the pair modifies
// the noun and names no location ("on the Russia-Ukraine border" does).
func (s *scan) compound(h *hit) bool {
	if h.entry < 0 || h.adjective || h.cands != nil || !s.realm(h.entry) {
		return false
	}
	other := func(k int) *hit { // the country or continent hit at toks[k], if any
		if k < 0 || k >= len(s.toks) || s.toks[k].hit < 0 {
			return nil
		}
		o := &s.hits[s.toks[k].hit]
		if o.entry < 0 || o.adjective || o.cands != nil || !s.realm(o.entry) {
			return nil
		}
		return o
	}
	dash := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].kind == punct && !s.toks[k].space && k+1 < len(s.toks) && !s.toks[k+1].space && isDash(s.text(s.toks[k]))
	}
	end := h.e
	switch {
	case dash(h.e) && other(h.e+1) != nil:
		end = other(h.e + 1).e
	case dash(h.s-1) && other(h.s-2) != nil:
	default:
		return false
	}
	if end >= len(s.toks) {
		return false
	}
	t := s.toks[end]
	return t.kind == word && !t.cap && !t.nl && !s.r.is(t, clsFunc|clsVerb|clsLocNoun)
}

// realm reports a country or continent: towns joined by a dash name a
// route ("the Togliatti–Odesa pipeline"), which runs through places.
func (s *scan) realm(e int32) bool {
	k := s.r.entries[e].Kind
	return s.r.entries[e].Type == truce.Place && (k == "country" || k == "continent")
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// coModifier reports a second modifier at toks[k] after "and": a
// nationality adjective or a lower-case word that is no function word
// ("allied", "European"), so that the abbreviation before is one too.
func (s *scan) coModifier(k int) bool {
	t := s.toks[k]
	if t.nl || t.kind != word {
		return false
	}
	if t.hit >= 0 {
		return s.hits[t.hit].adjective
	}
	return !t.cap && !s.r.is(t, clsFunc|clsVerb|clsStop)
}

// resolveAmbiguous settles names that several entries share, or that may
// be common words: after "regions of" a region wins; else the entry the
// document names unambiguously elsewhere; else, among places only, the
// city; with none of these the mention is dropped.
func (s *scan) resolveAmbiguous() {
	sure := map[int32]bool{}
	for _, h := range s.hits {
		if h.entry >= 0 && h.cands == nil {
			sure[h.entry] = true
		}
	}
	for i := range s.hits {
		h := &s.hits[i]
		if h.cands == nil {
			continue
		}
		h.entry, h.typ = -1, ""
		if s.foreignBody(h) {
			continue
		}
		var p *pattern
		if s.afterRegionWord(h.s) || s.beforeRegional(h.e) {
			p = s.pick(h.cands, func(p *pattern) bool { return isRegion(s.r.entries[p.target].Kind) })
		}
		if p == nil && s.allPlaces(h.cands) && s.amongTowns(h) {
			p = s.pick(h.cands, func(p *pattern) bool { return s.r.entries[p.target].Kind == "city" })
		}
		if p == nil && s.allPlaces(h.cands) && s.pick(h.cands, func(p *pattern) bool { return sure[p.target] && isRegion(s.r.entries[p.target].Kind) }) != nil {
			// a writer who spells out "Kherson Oblast" means the city by "Kherson"
			p = s.pick(h.cands, func(p *pattern) bool { return s.r.entries[p.target].Kind == "city" })
		}
		if p == nil {
			p = s.pick(h.cands, func(p *pattern) bool { return sure[p.target] })
		}
		if p == nil && h.e < len(s.toks) && s.toks[h.e].titled && !s.toks[h.e].nl {
			// "Army Secretary Dan Driscoll": a body before a title is its body
			p = s.only(h.cands, func(p *pattern) bool { return !p.adjective && s.r.entries[p.target].Type == truce.Organization })
		}
		if p == nil && h.s > 0 && s.toks[h.s-1].titleBegin != 0 && !s.toks[h.s].nl {
			// "National Security Adviser Waltz": a title makes the word a person
			p = s.only(h.cands, func(p *pattern) bool { return !p.adjective && s.r.entries[p.target].Type == truce.Person })
		}
		if p == nil && s.onPlatform(h.s) {
			p = s.only(h.cands, func(p *pattern) bool { return !p.adjective && s.r.entries[p.target].Kind == "outlet" })
		}
		if p == nil && s.allPlaces(h.cands) {
			p = s.pick(h.cands, func(p *pattern) bool { return s.r.entries[p.target].Kind == "city" })
		}
		if p == nil && !anyAmbiguous(h.cands) && sameTarget(h.cands) {
			p = &h.cands[0]
		}
		if p != nil {
			h.entry, h.adjective = p.target, p.adjective
		}
	}
}

func (s *scan) pick(ps []pattern, ok func(*pattern) bool) *pattern {
	for i := range ps {
		if ok(&ps[i]) {
			return &ps[i]
		}
	}
	return nil
}

// foreignBody settles an ambiguous body's name after a country's adjective
// or possessive: "Ukraine's Navy" is the entry of Ukraine's navy, but the
// "Bulgarian Navy" is a body of its own the knowledge base lacks. It
// reports whether it settled h.
func (s *scan) foreignBody(h *hit) bool {
	k := h.s
	if k > 0 && s.toks[k-1].kind == poss {
		k--
	}
	if k == 0 || s.toks[k].nl || s.toks[k-1].hit < 0 {
		return false
	}
	prev := &s.hits[s.toks[k-1].hit]
	if prev.entry < 0 || prev.cands != nil || s.r.entries[prev.entry].Kind != "country" {
		return false
	}
	for _, c := range h.cands {
		if c.adjective || s.r.entries[c.target].Type != truce.Organization {
			return false
		}
	}
	country := s.r.entries[prev.entry]
	if p := s.only(h.cands, func(p *pattern) bool { return s.r.entries[p.target].Country == country.ID }); p != nil {
		h.entry = p.target
		return true
	}
	adj := s.d.Text[prev.start:prev.end]
	if !prev.adjective {
		if len(country.Adjectives) == 0 {
			return false
		}
		adj = country.Adjectives[0]
	}
	h.typ, h.name, h.party = truce.Organization, adj+" "+s.join(h.s, h.e), s.r.party[prev.entry]
	return true
}

// only returns the pattern ok accepts when all it accepts name one entry.
func (s *scan) only(ps []pattern, ok func(*pattern) bool) *pattern {
	var found *pattern
	for i := range ps {
		if ok(&ps[i]) {
			if found != nil && found.target != ps[i].target {
				return nil
			}
			found = &ps[i]
		}
	}
	return found
}

func (s *scan) allPlaces(ps []pattern) bool {
	for _, p := range ps {
		if s.r.entries[p.target].Type != truce.Place || p.adjective {
			return false
		}
	}
	return true
}

func isRegion(kind string) bool {
	return kind == "oblast" || kind == "region" || kind == "province"
}

// afterRegionWord reports "region(s)", "oblast(s)" or "province(s)" a few
// words before toks[k], with only "of", "and", commas and places between.
func (s *scan) afterRegionWord(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := s.toks[j]
		if s.toks[j+1].nl {
			return false
		}
		switch {
		case s.r.is(t, clsRegion) && !t.cap:
			return true
		case t.id == s.r.comma || t.id == s.r.of || t.id == s.r.and || s.r.is(t, clsThe):
		case t.hit >= 0 && s.hits[t.hit].entry >= 0 || t.hit >= 0 && s.hits[t.hit].cands != nil:
		default:
			return false
		}
	}
	return false
}

// amongTowns reports a town's name right before or after h in a list
// ("strikes hit Zaporozhye, Kharkov and Nikolayev"): h is a town too.
func (s *scan) amongTowns(h *hit) bool {
	town := func(k int) bool {
		if k < 0 || k >= len(s.toks) || s.toks[k].hit < 0 {
			return false
		}
		o := &s.hits[s.toks[k].hit]
		return o.entry >= 0 && o.cands == nil && !o.adjective && s.r.entries[o.entry].Kind == "city"
	}
	list := func(k int) bool {
		return k >= 0 && k < len(s.toks) && (s.toks[k].id == s.r.comma || s.toks[k].id == s.r.and)
	}
	return list(h.s-1) && town(h.s-2) || list(h.e) && town(h.e+1)
}

// beforeRegional reports "regional" at toks[k]: "the Zaporizhzhia regional
// administration" is the oblast's, not the city's.
func (s *scan) beforeRegional(k int) bool {
	return k < len(s.toks) && !s.toks[k].nl && s.toks[k].kind == word && strings.EqualFold(s.text(s.toks[k]), "regional")
}

func anyAmbiguous(ps []pattern) bool {
	for _, p := range ps {
		if p.ambiguous {
			return true
		}
	}
	return false
}

func sameTarget(ps []pattern) bool {
	for _, p := range ps[1:] {
		if p.target != ps[0].target {
			return false
		}
	}
	return true
}
