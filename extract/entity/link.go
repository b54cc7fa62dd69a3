package entity

// resolveTitles links role titles to people: a title followed by a person
// records who holds the role in this document; a title standing alone
// becomes a mention of the holder, found from its country ("Ukraine's
// foreign minister", "the Russian president", "the foreign minister of
// Ukraine") on the article's date, or from an earlier titled name ("the
// Secretary of State" after "Secretary of State Antony Blinken").
func (s *scan) resolveTitles(titles []titleHit) {
	for _, t := range titles {
		if t.role == "" {
			continue
		}
		if s.former(t.s) {
			continue
		}
		if h, ok := s.personAfter(t.e); ok {
			s.docRoles[t.role] = h
			continue
		}
		if h, ok := s.personAfter(s.afterOf(t.e)); ok {
			s.docRoles[t.role] = h // "the adviser of the Kremlin Yuri Ushakov"
			continue
		}
		if s.covered(t.s, t.e) || s.apposition(t.s) {
			continue
		}
		if of, ok := s.titleCountry(t); ok {
			if e, ok := s.holder(t.role, of); ok {
				s.addHit(hit{s: t.s, e: t.e, entry: e, role: t.role})
			}
			continue
		}
		if t.s > s.sent.s && s.r.is(s.toks[t.s-1], clsThe) {
			if e, ok := s.localHolder(t); ok {
				// "From the presidency of Ukraine … the president told"
				s.addHit(hit{s: t.s, e: t.e, entry: e, role: t.role})
				continue
			}
			if h, ok := s.docRoles[t.role]; ok {
				ref := s.hits[h]
				s.addHit(hit{s: t.s, e: t.e, entry: ref.entry, typ: ref.typ, kind: ref.kind, name: ref.name, party: ref.party, role: t.role})
			}
		}
	}
}

// localHolder returns the holder of t's role in the country of the place
// or body named last before t in its sentence, when there is one.
func (s *scan) localHolder(t titleHit) (int32, bool) {
	for k := t.s - 1; k >= s.sent.s; k-- {
		h := s.toks[k].hit
		if h < 0 {
			continue
		}
		p := &s.hits[h]
		if p.entry < 0 || p.cands != nil || p.adjective {
			return 0, false
		}
		e := s.r.entries[p.entry]
		if e.Type == "person" || s.r.party[p.entry] == "" {
			return 0, false
		}
		c, ok := s.r.byID[e.Country]
		if e.Kind == "country" {
			c, ok = p.entry, true
		}
		if !ok {
			return 0, false
		}
		return s.holder(t.role, c)
	}
	return 0, false
}

// personAfter returns the person hit at toks[k], or after a comma there.
func (s *scan) personAfter(k int) (int, bool) {
	for _, at := range []int{k, k + 1} {
		if at >= s.sent.e || (at == k+1 && s.toks[k].id != s.r.comma) {
			continue
		}
		if h := s.toks[at].hit; h >= 0 && s.hits[h].s == at && s.isPerson(&s.hits[h]) {
			return int(h), true
		}
	}
	return 0, false
}

func (s *scan) isPerson(h *hit) bool {
	if h.entry >= 0 {
		return !h.adjective && h.cands == nil && s.r.entries[h.entry].Type == "person"
	}
	return h.typ == "person"
}

// former reports a "former", "ex-", "deputy" or "vice" before the title at
// toks[k], or before the country in front of it: the person does not hold
// the role itself.
func (s *scan) former(k int) bool {
	if k > s.sent.s && s.toks[k-1].kind == poss {
		k--
	}
	if k > s.sent.s && s.toks[k-1].hit >= 0 {
		k = s.hits[s.toks[k-1].hit].s
	}
	if k > s.sent.s && s.toks[k-1].id == s.r.hyphen {
		k--
	}
	return k > s.sent.s && s.r.is(s.toks[k-1], clsFormer)
}

// titleCountry finds the entry a title belongs to: the name or adjective
// just before it (with or without "'s") or "of [the] X" after it.
func (s *scan) titleCountry(t titleHit) (int32, bool) {
	k := t.s
	if k > s.sent.s && s.toks[k-1].kind == poss {
		k--
	}
	if k > s.sent.s {
		if h := s.toks[k-1].hit; h >= 0 && s.hits[h].entry >= 0 && s.hits[h].cands == nil {
			return s.hits[h].entry, true
		}
	}
	k = t.e
	if k < s.sent.e && s.toks[k].id == s.r.of {
		k++
		if k < s.sent.e && s.r.is(s.toks[k], clsThe) {
			k++
		}
		if k < s.sent.e {
			if h := s.toks[k].hit; h >= 0 && s.hits[h].s == k && s.hits[h].entry >= 0 && s.hits[h].cands == nil && !s.modifier(&s.hits[h]) {
				return s.hits[h].entry, true
			}
		}
	}
	return 0, false
}

// afterOf returns the end of "of [the] X" at toks[k], X a name found, or
// k when there is none.
func (s *scan) afterOf(k int) int {
	j := k
	if j >= s.sent.e || s.toks[j].id != s.r.of {
		return k
	}
	j++
	if j < s.sent.e && s.r.is(s.toks[j], clsThe) {
		j++
	}
	if j >= s.sent.e || s.toks[j].hit < 0 || s.hits[s.toks[j].hit].s != j {
		return k
	}
	return s.hits[s.toks[j].hit].e
}

// modifier reports an adjective that begins a longer name ("president of
// the Italian Bishops' Conference"): the title belongs to the body, not the
// country.
func (s *scan) modifier(h *hit) bool {
	return h.adjective && h.e < s.sent.e && s.toks[h.e].kind == word && s.toks[h.e].cap
}

// apposition reports a title that describes the person named just before
// it: "Matteo Zuppi, archbishop of Bologna and president of …", "Petro
// Poroshenko, Ukraine's president at the time". The title names nobody new.
func (s *scan) apposition(k int) bool {
	if k > s.sent.s && s.toks[k-1].kind == poss {
		k--
	}
	if k > s.sent.s && s.toks[k-1].hit >= 0 {
		k = s.hits[s.toks[k-1].hit].s // the country: "Ukraine's president"
	}
	if k > s.sent.s && s.r.is(s.toks[k-1], clsThe) {
		k--
	}
	if k-2 < s.sent.s || s.toks[k-1].id != s.r.comma {
		return false
	}
	h := s.toks[k-2].hit
	return h >= 0 && s.isPerson(&s.hits[h])
}

// holder returns the entry index of who held role of the given entry (or
// of the party it stands for) on the article's date.
func (s *scan) holder(role string, of int32) (int32, bool) {
	e := s.r.entries[of]
	country := e.Country
	if e.Type != "place" {
		country = "" // the president of a bishops' conference is not Italy's
	}
	for _, id := range []string{e.ID, e.StandsFor, country} {
		if id == "" {
			continue
		}
		if p, ok := s.r.kb.Holder(role, id, s.d.Published); ok {
			idx, ok := s.r.byID[p.ID]
			return idx, ok
		}
	}
	return 0, false
}

// linkSurnames turns a lone surname into a mention of the person named in
// full elsewhere in the document ("Hersh" after "Seymour Hersh"), and a
// body's acronym into a mention of the body. A surname two people share is
// left alone.
func (s *scan) linkSurnames() {
	owner := map[string]int{}
	for i := range s.hits {
		h := &s.hits[i]
		if !s.isPerson(h) || h.role != "" || h.e-h.s < 2 {
			continue
		}
		last := s.text(s.toks[h.e-1])
		if h.entry >= 0 {
			last = lastWord(s.r.entries[h.entry].Name)
		}
		if prev, ok := owner[last]; ok && (prev < 0 || !s.samePerson(prev, i)) {
			owner[last] = -1 // shared by two people, or three
			continue
		}
		owner[last] = i
	}
	if len(owner) == 0 && len(s.acronyms) == 0 {
		return
	}
	s.placesToPeople(owner)
	n := len(s.toks)
	for k := 0; k < n; k++ {
		t := s.toks[k]
		if t.kind != word || !t.cap || s.toks[k].hit >= 0 {
			continue
		}
		if i, ok := owner[s.text(t)]; ok && i >= 0 {
			ref := s.hits[i]
			s.addHit(hit{s: k, e: k + 1, entry: ref.entry, typ: ref.typ, kind: ref.kind, name: ref.name, party: ref.party})
		} else if org, ok := s.acronyms[s.text(t)]; ok {
			org.s, org.e = k, k+1
			s.addHit(org)
		}
	}
}

func (s *scan) samePerson(i, j int) bool {
	a, b := &s.hits[i], &s.hits[j]
	if a.entry >= 0 || b.entry >= 0 {
		return a.entry == b.entry
	}
	return a.name == b.name
}

func lastWord(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == ' ' {
			return name[i+1:]
		}
	}
	return name
}

// placesToPeople turns a guessed one-word place back into a person when
// the document names someone with that surname: "in Kamyshin's view" is no
// town after "Oleksandr Kamyshin".
func (s *scan) placesToPeople(owner map[string]int) {
	for i := range s.hits {
		h := &s.hits[i]
		if h.entry >= 0 || h.typ != "place" || h.e-h.s != 1 {
			continue
		}
		if o, ok := owner[h.name]; ok && o >= 0 {
			ref := s.hits[o]
			h.entry, h.typ, h.kind, h.name, h.party = ref.entry, ref.typ, ref.kind, ref.name, ref.party
		}
	}
}
