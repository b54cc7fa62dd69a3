package entity

import (
	"strings"
	"unicode"

	"github.com/truce-project/truce/kb"
)

// A body the guesser found may still be one the knowledge base knows under
// another word order: "Defense Ministry of the Russian Federation" is the
// "Russian Defense Ministry", "Polish Ministry of Agriculture" may be listed
// as "Ministry of Agriculture of Poland". knownBody tries the usual orders
// of a body's name and its country and returns the entry they name.

// indexBodies maps the folded form of every unambiguous name of a body or
// a region in the knowledge base to its entry (a form two entries share
// maps to -1), and precomputes for every country the words that put a
// body's name in it: "russian ", "russia's ", " of the russian federation".
func (r *Recognizer) indexBodies() {
	r.bodies = map[string]int32{}
	r.nation = map[int32]*nationForms{}
	for i, e := range r.entries {
		if e.Kind == "country" {
			r.nation[int32(i)] = newNationForms(e)
		}
		if e.Type != "organization" && !isRegion(e.Kind) {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := foldName(n)
			if prev, ok := r.bodies[k]; ok && prev != int32(i) {
				r.bodies[k] = -1
				continue
			}
			r.bodies[k] = int32(i)
		}
	}
}

// nationForms are the folded words that put a body in a country: before
// its name ("russian ", "russia's ") and after it (" of russia", " of the
// russian federation").
type nationForms struct{ pre, post []string }

func newNationForms(e *kb.Entry) *nationForms {
	f := &nationForms{}
	for _, adj := range e.Adjectives {
		f.pre = append(f.pre, foldName(adj)+" ")
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if !latin(n) || strings.Count(n, " ") > 3 {
			continue // Cyrillic names and long forms make no English body's name
		}
		n = foldName(n)
		f.pre = append(f.pre, n+"'s ")
		f.post = append(f.post, " of "+n, " of the "+n)
	}
	return f
}

// latin reports a name written in ASCII letters.
func latin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldName lowers a name, unifies its apostrophes and collapses its
// spaces: the form under which bodies' names are compared.
func foldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, c := range strings.TrimSpace(s) {
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			space = true
			continue
		case kb.IsApostrophe(c):
			c = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// knownBody returns the entry of the body named base with the country
// entry country, trying "Russian X", "Russia's X", "X of Russia", "X of the
// Russian Federation", each also in the other word order and with the
// other spelling of Defense/Defence.
func (r *Recognizer) knownBody(base string, country int32) (int32, bool) {
	f := r.nation[country]
	if f == nil {
		return 0, false
	}
	var buf []byte
	for _, b := range spellings(foldName(base)) {
		for _, pre := range f.pre {
			buf = append(append(buf[:0], pre...), b...)
			if i, ok := r.bodies[string(buf)]; ok && i >= 0 {
				return i, true
			}
		}
		for _, post := range f.post {
			buf = append(append(buf[:0], b...), post...)
			if i, ok := r.bodies[string(buf)]; ok && i >= 0 {
				return i, true
			}
		}
	}
	return 0, false
}

func (r *Recognizer) body(name string) (int32, bool) {
	i, ok := r.bodies[foldName(name)]
	return i, ok && i >= 0
}

// spellings returns a folded base, its other word order ("ministry of
// defense", "defense ministry") and each with the other spelling of
// Defense/Defence.
func spellings(base string) []string {
	out := []string{base}
	for _, head := range [...]string{"ministry", "department"} {
		if rest, ok := strings.CutPrefix(base, head+" of "); ok && !strings.Contains(rest, " of ") {
			out = append(out, rest+" "+head)
		} else if rest, ok := strings.CutSuffix(base, " "+head); ok {
			out = append(out, head+" of "+rest)
		}
	}
	for _, b := range out {
		switch {
		case strings.Contains(b, "defense"):
			out = append(out, strings.ReplaceAll(b, "defense", "defence"))
		case strings.Contains(b, "defence"):
			out = append(out, strings.ReplaceAll(b, "defence", "defense"))
		}
	}
	return out
}

// linkShortBodies turns a guessed body without a country ("the Defence
// Ministry said") into the known body of the same name in the country of
// one the document names ("the Russian Defence Ministry"), when exactly one
// fits.
func (s *scan) linkShortBodies() {
	s.lowerBodies()
	var countries []int32
	seen := map[int32]bool{}
	for i := range s.hits {
		h := &s.hits[i]
		if h.entry < 0 || h.cands != nil || s.r.entries[h.entry].Type != "organization" {
			continue
		}
		if c, ok := s.r.byID[s.r.entries[h.entry].Country]; ok && !seen[c] && len(countries) < 4 {
			seen[c] = true
			countries = append(countries, c)
		}
	}
	known := map[string]int32{} // a document repeats its bodies' names
	for i := range s.hits {
		h := &s.hits[i]
		if h.entry >= 0 || h.typ != "organization" || h.party != "" || h.e-h.s > 6 || s.nationBefore(h.s) {
			continue // "the Czech Armed Forces" are not Russia's for naming Russia elsewhere
		}
		name := s.join(h.s, h.e)
		if c, ok := s.titledPersonCountry(h.e); ok {
			// "Foreign Ministry spokeswoman Maria Zakharova": her ministry
			if e, ok := s.r.knownBody(name, c); ok {
				h.entry = e
				continue
			}
		}
		if len(countries) == 0 {
			continue
		}
		found, ok := known[name]
		if !ok {
			found = s.shortBody(name, countries)
			known[name] = found
		}
		if found >= 0 {
			h.entry = found
		}
	}
}

// lowerBodies finds a body written in lower case inside a known person's
// title, "foreign ministry spokeswoman Maria Zakharova": her country's
// ministry of that name, when the knowledge base knows it.
func (s *scan) lowerBodies() {
	for k := 1; k+1 < len(s.toks); k++ {
		t, w := s.toks[k], s.toks[k-1]
		if t.kind != word || t.cap || t.hit >= 0 || w.hit >= 0 || w.kind != word || t.nl || !s.toks[k+1].titled || !strings.EqualFold(s.text(t), "ministry") {
			continue
		}
		c, ok := s.titledPersonCountry(k + 1)
		if !ok {
			continue
		}
		if e, ok := s.r.knownBody(s.join(k-1, k+1), c); ok {
			s.addHit(hit{s: k - 1, e: k + 1, entry: e})
		}
	}
}

// nationBefore reports a country's name or adjective, with or without
// "'s", right before toks[k] on the same line.
func (s *scan) nationBefore(k int) bool {
	if k > 0 && s.toks[k-1].kind == poss && !s.toks[k].nl {
		k--
	}
	if k == 0 || s.toks[k].nl || s.toks[k-1].hit < 0 {
		return false
	}
	h := &s.hits[s.toks[k-1].hit]
	return h.entry >= 0 && h.cands == nil && s.r.entries[h.entry].Kind == "country"
}

// titledPersonCountry returns the country of the known person named after
// the title that starts at toks[k]: "spokeswoman Maria Zakharova".
func (s *scan) titledPersonCountry(k int) (int32, bool) {
	if k >= len(s.toks) || !s.toks[k].titled {
		return 0, false
	}
	p := int(s.toks[k].titleEnd)
	if p < len(s.toks) && s.toks[p].id == s.r.comma {
		p++
	}
	if p >= len(s.toks) || s.toks[p].hit < 0 {
		return 0, false
	}
	h := &s.hits[s.toks[p].hit]
	if h.s != p || h.entry < 0 || h.cands != nil || s.r.entries[h.entry].Type != "person" {
		return 0, false
	}
	c, ok := s.r.byID[s.r.entries[h.entry].Country]
	return c, ok
}

// shortBody returns the one body named name in one of the countries, or
// -1 when none or several fit.
func (s *scan) shortBody(name string, countries []int32) int32 {
	found := int32(-1)
	for _, c := range countries {
		if e, ok := s.r.knownBody(name, c); ok && e != found {
			if found >= 0 {
				return -1 // two countries' bodies fit: which one?
			}
			found = e
		}
	}
	return found
}
