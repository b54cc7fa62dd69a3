package entity

// The names of bodies the knowledge base lacks: where they start and end
// ("Ministry of Foreign Affairs of Hungary", "Kyiv City Council", "State
// Duma Committee on International Affairs"), the country they belong to,
// and the entry they turn out to be under another word order.

// addOrg adds the body's name toks[os:oe], completed by "of Ukraine" and
// followed by an acronym when the run ends there, and returns its end.
func (s *scan) addOrg(os, oe, j, b int) int {
	party := s.partyBefore(os)
	if h := s.toks[os].hit; party == "" && h >= 0 {
		party = s.hits[h].party // a parliament's committee
	}
	country, base := s.countryBefore(os), oe
	if oe == j {
		if end, p, c, ok := s.ofCountry(oe, b); ok {
			oe, party, country = end, p, c
		}
	}
	if oe == j && s.hasPanelOn(os, oe) {
		oe = s.listTail(oe, b) // "Committee on National Security, Defense and Intelligence"
	}
	org := hit{s: os, e: oe, entry: -1, typ: "organization", name: s.join(os, oe), party: party}
	if country >= 0 {
		if e, ok := s.r.knownBody(s.join(os, base), country); ok {
			org.entry = e
		} else if oe == base {
			org.name = s.nationalName(os, country, org.name)
		}
	}
	if s.r.is(s.toks[oe-1], clsMedia) {
		org.kind = "outlet" // so that later stages see "Fox News reported" as relayed
	}
	s.addHit(org)
	if oe == j {
		s.acronym(org, b)
	}
	return oe
}

// acronym takes "(SVR)" after a body's name as a second name for it, here
// and wherever else the document uses it.
func (s *scan) acronym(org hit, b int) {
	k := org.e
	if k+2 >= b || s.toks[k].id != s.r.lparen || s.toks[k+2].id != s.r.rparen {
		return
	}
	t := s.toks[k+1]
	if t.kind != word || !t.upper || t.hit >= 0 {
		return
	}
	org.s, org.e = k+1, k+2
	s.addHit(org)
	if s.acronyms == nil {
		s.acronyms = map[string]hit{}
	}
	s.acronyms[s.text(t)] = org
}

// ofCountry reads "of [the] X" at toks[k], X a country the knowledge base
// knows, which completes a body's name ("Security Service of Ukraine"). The
// country's own mention is dropped: it is a name inside a name.
func (s *scan) ofCountry(k, b int) (end int, party string, country int32, ok bool) {
	i := s.ofCountryAt(k, b)
	if i < 0 {
		return 0, "", 0, false
	}
	h := &s.hits[i]
	party, country = s.r.party[h.entry], h.entry
	h.entry = -1 // a name inside a name: dropped
	return h.e, party, country, true
}

// nationalName names a body the knowledge base lacks after the country
// before it, so that the Romanian and the Lithuanian "Ministry of National
// Defence" stay two bodies: "Romanian Ministry of National Defence" as
// written, "Lithuania's Border Guard" as "Lithuanian Border Guard".
func (s *scan) nationalName(os int, country int32, name string) string {
	if s.toks[os-1].kind == poss {
		if adj := s.r.entries[country].Adjectives; len(adj) > 0 {
			return adj[0] + " " + name
		}
		return name
	}
	if prev := &s.hits[s.toks[os-1].hit]; prev.adjective { // countryBefore found it
		return s.join(prev.s, prev.e) + " " + name
	}
	return name
}

// adjectiveBefore reports a country's adjective right before toks[k].
func (s *scan) adjectiveBefore(k int) bool {
	return s.countryBefore(k) >= 0 && s.toks[k-1].kind != poss && s.hits[s.toks[k-1].hit].adjective
}

// ofCountryAt returns the hit of the country in "of [the] X" at toks[k],
// or -1.
func (s *scan) ofCountryAt(k, b int) int {
	if k >= b || s.toks[k].id != s.r.of || s.toks[k].cap {
		return -1
	}
	k++
	if k < b && s.r.is(s.toks[k], clsThe) && !s.toks[k].cap {
		k++
	}
	if k >= b || s.toks[k].hit < 0 {
		return -1
	}
	i := int(s.toks[k].hit)
	h := &s.hits[i]
	if h.s != k || h.entry < 0 || h.adjective || h.cands != nil || s.r.entries[h.entry].Kind != "country" {
		return -1
	}
	return i
}

// countryBefore returns the country entry named or meant by the adjective
// just before toks[k] ("Polish Ministry of Agriculture", "Ukraine's Foreign
// Ministry"), or -1.
func (s *scan) countryBefore(k int) int32 {
	if k > s.sent.s && s.toks[k-1].kind == poss {
		k--
	}
	if k <= s.sent.s || s.toks[k-1].hit < 0 {
		return -1
	}
	h := &s.hits[s.toks[k-1].hit]
	if h.entry < 0 || h.cands != nil || s.r.entries[h.entry].Kind != "country" {
		return -1
	}
	return h.entry
}

// orgSpan finds a body's name in the run: up to the last of the first
// head nouns ("Defense Ministry", "Foreign Intelligence Service") or, when
// "of" or "for" follows, to the end of the run ("Ministry of Foreign
// Affairs"); two words at least, leading function words, a leading title
// with its "of" and a person before "and" left out.
func (s *scan) orgSpan(i, j int) (int, int, bool) {
	h := -1
	for k := i; k < j; k++ {
		if s.toks[k].kind == word && s.toks[k].cap && s.r.is(s.toks[k], clsOrgHead) {
			h = k
			break
		}
	}
	if h < 0 {
		return 0, 0, false
	}
	for m := h + 1; m < j && s.capWord(m); m++ {
		if s.r.is(s.toks[m], clsOrgHead) {
			h = m // the last head of the name: "Foreign Intelligence Service"
		}
	}
	end := h + 1
	panel := s.r.is(s.toks[h], clsPanel)
	if end < j && (s.toks[end].id == s.r.of || s.toks[end].id == s.r.forID || s.toks[end].id == s.r.on) {
		end = j
		for end > h+1 && (s.r.is(s.toks[end-1], clsTime) || s.smallWord(end-1)) {
			end-- // "Ministry of Foreign Affairs on Monday"
		}
		for m := h + 2; m < end; m++ {
			if !s.smallWord(m-1) && s.givenStarts(i, m, end) {
				end = m // "Committee on Foreign Affairs Bohdan Zinchuk": the chair follows
				break
			}
		}
	}
	start := s.afterLastAnd(i, h)
	for start < h && s.r.is(s.toks[start], clsStop) {
		start++
	}
	if t, ok := s.titleAt(start); ok && t.e < h && s.smallWord(t.e) {
		start = t.e
		for start < h && s.smallWord(start) {
			start++
		}
	}
	start = s.personOf(start, h)
	if panel && start == i {
		start = s.bodyBefore(start) // "State Duma Committee on International Affairs"
	}
	if start == i && s.toks[start].hit < 0 {
		// "Kyiv Post", "Moscow Times"; "Kyiv City Council", but not
		// "Ukraine Defense Ministry", which is Ukraine's ministry
		start = s.placeBefore(start, s.words(start, end) == 1)
	}
	return start, end, s.words(start, end) >= 2
}

// personOf returns where a body's name starts when toks[i:h] open with a
// person and "of [the]", the person's affiliation ("analyst Ivan Krastev
// of the Centre for Liberal Strategies", "Rob Lee of the Foreign Policy
// Research Institute"): after the "of [the]". Else it returns i. The
// person is a given name and a surname or a name after a title; nothing
// before the "of" heads a body, or it would be the body's own "of"
// ("Ministry of Defence").
func (s *scan) personOf(i, h int) int {
	m := i
	for m < h && !(s.toks[m].id == s.r.of && !s.toks[m].cap) {
		m++
	}
	if m == h {
		return i
	}
	p, titled := i, false
	if t, ok := s.titleAt(p); ok && t.e < m {
		p, titled = t.e, true
	} else if _, ok := s.titleEndingAt(p); ok {
		titled = true
	}
	n := m - p
	if n < 2 || n > 4 || !s.nameLike(p, m) || s.words(p, m) != n {
		return i
	}
	if !titled && !s.r.is(s.toks[p], clsFirst) {
		return i
	}
	m++
	if m < h && s.r.is(s.toks[m], clsThe) && !s.toks[m].cap {
		m++
	}
	return m
}

// afterLastAnd returns where a body's name ending in the head at toks[h]
// starts: after the last "and" whose words before name something of their
// own, a person or a body ("Andriy Yermak and Defense Intelligence"), not
// inside a longer name ("National Security and Defense Council").
func (s *scan) afterLastAnd(i, h int) int {
	start, alone := i, false
	for m := i; m < h; m++ {
		t := s.toks[m]
		switch {
		case t.id == s.r.and:
			if alone {
				start = m + 1
			}
			alone = false
		case m == start && s.r.is(t, clsFirst) || s.r.is(t, clsOrgHead):
			alone = true
		}
	}
	return start
}

// bodyBefore extends a committee's name back over the body it belongs to,
// dropping the body's own mention: a name inside a name.
func (s *scan) bodyBefore(k int) int {
	if k <= s.sent.s || s.toks[k].nl || !s.toks[k].space || s.toks[k-1].hit < 0 {
		return k
	}
	h := &s.hits[s.toks[k-1].hit]
	if h.entry < 0 || h.adjective || h.cands != nil || h.role != "" || s.r.entries[h.entry].Type != "organization" {
		return k
	}
	h.party = s.r.party[h.entry] // the committee speaks for the parliament's party
	h.entry = -1
	return h.s
}

// hasPanelOn reports a committee or commission "on" something in
// toks[i:j].
func (s *scan) hasPanelOn(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if s.r.is(s.toks[k], clsPanel) && s.toks[k+1].id == s.r.on {
			return true
		}
	}
	return false
}

// listTail takes in ", Defense and Intelligence" at toks[k]: the rest of a
// list of capitalised subjects that ends a committee's name. It returns the
// new end, or k when no such list follows.
func (s *scan) listTail(k, b int) int {
	and := false
	m := k
	for m < b && m < k+16 {
		switch t := s.toks[m]; {
		case (t.id == s.r.comma || t.id == s.r.and) && m+1 < b && s.capWord(m+1) && !s.toks[m+1].nl:
			and = and || t.id == s.r.and
			m += 2
		case m > k && s.capWord(m) && !t.nl:
			m++
		default:
			if and {
				return m
			}
			return k
		}
	}
	if and {
		return m
	}
	return k
}

// placeBefore extends a name back over the place right before it, any
// place or only a town or region, dropping the place's own mention, and
// returns the new start.
func (s *scan) placeBefore(k int, anyPlace bool) int {
	if k <= s.sent.s || s.toks[k].nl || !s.toks[k].space || s.toks[k-1].hit < 0 {
		return k
	}
	h := &s.hits[s.toks[k-1].hit]
	if h.cands != nil && s.allPlaces(h.cands) { // "Kherson Regional Military Administration"
		h.entry, h.cands = -1, nil
		return h.s
	}
	if h.entry < 0 || h.adjective || h.cands != nil || h.role != "" || s.r.entries[h.entry].Type != "place" {
		return k
	}
	if kind := s.r.entries[h.entry].Kind; !anyPlace && kind != "city" && !isRegion(kind) {
		return k
	}
	h.entry = -1 // a name inside a name: dropped
	return h.s
}
