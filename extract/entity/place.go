package entity

import "strings"

// Places the knowledge base lacks are guessed from the words around them:
// "the village of Kamianske", "near Pokrovsk", "in Olenivka", "Belgorod
// region", "Tambov Oblast". Front-line villages and foreign towns are too
// many to list, but the news names them with these few cues.

// guessPlace accepts the capitalised words toks[i:j] that no other rule
// took as places when a cue says so, one name between each "and".
func (s *scan) guessPlace(i, j, b int) {
	k := i
	for m := i; m < j; m++ {
		if s.toks[m].id == s.r.and {
			s.guessOnePlace(k, m, b)
			k = m + 1
		}
	}
	s.guessOnePlace(k, j, b)
}

// guessOnePlace accepts toks[i:j] as a place when a cue says so.
func (s *scan) guessOnePlace(i, j, b int) {
	if i == s.sent.s && j > i+1 && s.r.is(s.toks[i], clsPlaceCue) {
		i++ // "Near Staromaiorske, …": the capitalised cue opened the run
	}
	for i < j && s.toks[i].hit >= 0 {
		i++
	}
	if i >= j || s.covered(i, j) {
		return
	}
	if s.writtenIn(i) { // "wrote in Dagbladet": a paper, no place
		s.guessOutlet(i, j)
		return
	}
	if s.words(i, j) > 3 || !s.placeLike(i, j) || s.numberAt(j, b) {
		return
	}
	last := s.toks[j-1]
	switch {
	case s.r.is(last, clsRegion) && j-i >= 2: // "Tambov Oblast", "Kursk Region"
		s.addPlace(i, j-1, j, "oblast")
	case j < b && s.regionAfter(j) && oblastLike(s.text(s.toks[j-1])): // "Belgorod region"
		s.addPlace(i, j, j+1, "oblast")
	case s.settlementBefore(i) != "":
		s.addPlace(i, j, j, s.settlementBefore(i))
	case s.placeCueBefore(i, j) && !s.r.is(s.toks[i], clsRegion):
		s.addPlace(i, j, j, "city")
	case s.townBefore(i):
		s.addPlace(i, j, j, "city")
	}
}

// numberAt reports a number at toks[k]: "in Resolution 2202", "under
// Article 5" name a text's part, no place.
func (s *scan) numberAt(k, b int) bool {
	return k < b && !s.toks[k].nl && s.toks[k].kind == word && s.text(s.toks[k])[0] >= '0' && s.text(s.toks[k])[0] <= '9'
}

// townBefore reports "and" after a town right before toks[i]: the next in
// a list of towns ("shelling of Bilozerka and Antonivka").
func (s *scan) townBefore(i int) bool {
	if i-2 < s.sent.s || s.toks[i-1].id != s.r.and {
		return false
	}
	h := s.toks[i-2].hit
	if h < 0 {
		return false
	}
	p := &s.hits[h]
	if p.entry < 0 {
		return p.typ == "place" && p.kind == "city"
	}
	kind := s.r.entries[p.entry].Kind
	return p.cands == nil && !p.adjective && s.r.entries[p.entry].Type == "place" && (kind == "city" || kind == "town" || kind == "village")
}

// addPlace adds the place named toks[i:j], its mention running to toks[e-1];
// an oblast is named "X Oblast" whatever word the text used.
func (s *scan) addPlace(i, j, e int, kind string) {
	if j <= i {
		return
	}
	name := s.join(i, j)
	if kind == "oblast" {
		name += " Oblast"
	}
	s.addHit(hit{s: i, e: e, entry: -1, typ: "place", kind: kind, name: name})
}

// placeLike rejects pieces that read as anything but a place: function
// words, heads of bodies, titles, given names, acronyms and nationality
// adjectives ("in English").
func (s *scan) placeLike(i, j int) bool {
	region := j-i >= 2 && s.toks[j-1].cap && s.r.is(s.toks[j-1], clsRegion) // "Vladimir Oblast"
	if s.r.is(s.toks[i], clsFirst) && !region || s.toks[i].titled {
		return false
	}
	for k := i; k < j; k++ {
		t := s.toks[k]
		if t.kind != word || !t.cap || t.loud {
			if t.kind == punct && t.id == s.r.hyphen {
				continue // "Velyka-Pysarivka", "Kamianets-Podilskyi"
			}
			return false
		}
		w := s.text(t)
		if s.r.is(t, clsStop|clsOrgHead|clsNotPlace|clsTime|clsSpeech|clsVerb|clsFunc) || t.upper || demonym(w) || w[0] <= '9' {
			if k > i && k == j-1 && s.r.is(t, clsRegion) {
				continue
			}
			return false
		}
	}
	return true
}

// regionAfter reports a lower-case "region" or "oblast" at toks[k] that
// ends the phrase: "in the Belgorod region", not "region-wide".
func (s *scan) regionAfter(k int) bool {
	t := s.toks[k]
	if t.kind != word || t.cap || !t.space || !s.r.is(t, clsRegion) || s.r.is(t, clsPlural) {
		return false
	}
	return k+1 >= len(s.toks) || s.toks[k+1].id != s.r.hyphen
}

// settlementBefore reports "village of", "town of", "outskirts of" right
// before toks[i] (with "the" allowed after "of": "the city of Kupiansk"):
// the kind of place that follows, "city" or, after "region of", "oblast";
// "" when there is no such cue.
func (s *scan) settlementBefore(i int) string {
	k := i - 1
	if k > s.sent.s && s.r.is(s.toks[k], clsThe) && !s.toks[k].cap {
		k--
	}
	if k <= s.sent.s || s.toks[k].id != s.r.of {
		return ""
	}
	t := s.toks[k-1]
	switch {
	case t.kind != word || t.cap:
		return ""
	case s.r.is(t, clsRegion):
		return "oblast"
	case s.r.is(t, clsSettlement):
		return "city"
	}
	return ""
}

// placeCueBefore reports a lower-case "in", "near", "outside", "around" or
// a verb of war ("captured", "shelled") right before toks[i:j]; not before a possessive, where "in Smith's view"
// is likelier than a place.
func (s *scan) placeCueBefore(i, j int) bool {
	if i <= s.sent.s || j < len(s.toks) && s.toks[j].kind == poss {
		return false
	}
	t := s.toks[i-1]
	if t.kind != word || !s.r.is(t, clsPlaceCue) {
		return false
	}
	if t.cap { // "Near Staromaiorske, fighting continued": only before a comma
		return i-1 == s.sent.s && j < s.sent.e && s.toks[j].id == s.r.comma
	}
	return true
}

// regionList reads "the Bryansk, Kursk and Oryol regions" ending at the
// plural region word toks[k]: the places listed before it are regions,
// named "X Oblast" (the knowledge base's entry when it has one).
func (s *scan) regionList(k int) {
	var list []int32
	j := k
	for j > s.sent.s && len(list) < 8 {
		h := s.toks[j-1].hit
		if h < 0 {
			h = s.unnamedRegion(j)
		}
		if h < 0 || s.hits[h].adjective || !s.placeHit(&s.hits[h]) {
			break
		}
		list = append(list, h)
		j = s.hits[h].s
		if j-1 <= s.sent.s || s.toks[j-1].id != s.r.comma && s.toks[j-1].id != s.r.and {
			break
		}
		j--
	}
	if len(list) < 2 {
		return
	}
	for _, h := range list {
		s.toRegion(&s.hits[h])
	}
}

// unnamedRegion adds the one or two capitalised words no name covers that
// end at toks[j-1] as a place, and returns its hit, or -1.
func (s *scan) unnamedRegion(j int) int32 {
	i := j - 1
	if !s.capWord(i) {
		return -1
	}
	if i-1 > s.sent.s && s.capWord(i-1) {
		i--
	}
	if !s.placeLike(i, j) {
		return -1
	}
	return int32(s.addHit(hit{s: i, e: j, entry: -1, typ: "place", kind: "city", name: s.join(i, j)}))
}

// placeHit reports a hit that names a place, or only places.
func (s *scan) placeHit(h *hit) bool {
	switch {
	case h.cands != nil:
		return s.allPlaces(h.cands)
	case h.entry >= 0:
		return s.r.entries[h.entry].Type == "place" && s.r.entries[h.entry].Kind != "country"
	}
	return h.typ == "place"
}

// toRegion turns a town's mention into its region's.
func (s *scan) toRegion(h *hit) {
	name := s.d.Text[h.start:h.end]
	for _, n := range [...]string{name + " Oblast", name + " region"} {
		if e, ok := s.r.body(n); ok && isRegion(s.r.entries[e].Kind) {
			h.entry, h.cands = e, nil
			return
		}
	}
	h.entry, h.cands, h.typ, h.kind, h.name = -1, nil, "place", "oblast", name+" Oblast"
}

// writtenIn reports "wrote in", "published in", "an op-ed in" right before
// toks[i]: what follows is a paper.
func (s *scan) writtenIn(i int) bool {
	if i-2 < s.sent.s {
		return false
	}
	in, w := s.toks[i-1], s.toks[i-2]
	return in.kind == word && !in.cap && s.text(in) == "in" && w.kind == word && !w.cap && s.r.is(w, clsWrite)
}

// guessOutlet adds the capitalised words toks[i:j] as an outlet's name.
func (s *scan) guessOutlet(i, j int) {
	if j-i > 5 {
		return
	}
	for k := i; k < j; k++ {
		if t := s.toks[k]; t.kind == word && !t.cap && !s.r.is(t, clsParticle|clsConnect) || t.upper && t.end-t.start > 4 {
			return
		}
	}
	s.addHit(hit{s: i, e: j, entry: -1, typ: "organization", kind: "outlet", name: s.join(i, j)})
}

// oblastLike reports a word that may name an oblast before "region": not
// an adjective such as Baltic, Western, Mediterranean or Central, whose
// regions are no oblasts.
func oblastLike(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range [...]string{"ic", "ern", "ean", "tral", "ian"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// townRegion reads "Tambov region" where the knowledge base knows the town
// (in a country of oblasts) but not its oblast: the mention of the town at toks[k-1] becomes one of
// the region, taking in the word "region" at toks[k].
func (s *scan) townRegion(k int) {
	h := s.toks[k-1].hit
	if h < 0 || !s.toks[k].space || k+1 < len(s.toks) && s.toks[k+1].id == s.r.hyphen {
		return
	}
	p := &s.hits[h]
	if p.e != k || p.entry < 0 || p.cands != nil || p.adjective || s.r.entries[p.entry].Kind != "city" {
		return
	}
	switch s.r.entries[p.entry].Country {
	case "ukraine", "russia", "belarus": // the countries of oblasts
	default:
		return
	}
	s.toRegion(p)
	p.e, p.end = k+1, int(s.toks[k].end)
	s.toks[k].hit = h
}

// governedRegion reads "the Kharkiv regional governor", "Belgorod Governor
// Vyacheslav Gladkov", "Sumy's governor": a governor and a regional body govern the region, so
// the town before toks[k] (in a country of oblasts) stands for the region
// the knowledge base lists under its name. Without such an entry the town
// stays: "St Petersburg governor" names a city that is its own region.
func (s *scan) governedRegion(k int) {
	if s.toks[k-1].kind == poss && k-2 >= s.sent.s {
		k-- // "Kharkiv's governor"
	}
	h := s.toks[k-1].hit
	if h < 0 || s.toks[k].nl {
		return
	}
	p := &s.hits[h]
	if p.e != k || p.entry < 0 || p.cands != nil || p.adjective || s.r.entries[p.entry].Kind != "city" {
		return
	}
	switch s.r.entries[p.entry].Country {
	case "ukraine", "russia", "belarus":
	default:
		return
	}
	name, canon := s.d.Text[p.start:p.end], s.r.entries[p.entry].Name
	for _, n := range [...]string{name + " Oblast", name + " region", canon + " Oblast", canon + " region"} {
		if e, ok := s.r.body(n); ok && isRegion(s.r.entries[e].Kind) {
			p.entry = e
			return
		}
	}
}

// guessVenue adds the run toks[i:j] as a site when a noun of sites ends it
// ("Diriyah Palace", "Soborny Avenue", "Kursk Nuclear Power Plant") or, in
// French and Italian names, begins it ("Palais des Nations"), and reports
// whether it did. A town right before the name is part of it; a run with
// the head of a body in it is a body's name ("Kyiv City Council").
func (s *scan) guessVenue(i, j int) bool {
	for i < j && s.r.is(s.toks[i], clsStop) {
		i++ // "The", "In"
	}
	for j > i && (s.r.is(s.toks[j-1], clsTime) || s.smallWord(j-1)) {
		j-- // "Diriyah Palace on Tuesday"
	}
	if i >= j || s.words(i, j) < 2 || s.toks[i].titled || s.r.is(s.toks[i], clsFirst) {
		return false
	}
	last, first := s.toks[j-1], s.toks[i]
	switch {
	case last.kind == word && last.cap && s.r.is(last, clsVenue):
	case s.r.is(first, clsVenueLead) && s.words(i, j) >= 2 && s.smallWord(i+1):
	default:
		return false
	}
	for k := i; k < j; k++ {
		t := s.toks[k]
		if t.kind == word && t.cap && (s.r.is(t, clsOrgHead|clsTime|clsSpeech|clsVerb) || t.upper) {
			return false
		}
	}
	start := s.placeBefore(i, false)
	s.addHit(hit{s: start, e: j, entry: -1, typ: "place", kind: "venue", name: s.join(start, j)})
	return true
}
