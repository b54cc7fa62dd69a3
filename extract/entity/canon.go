package entity

import (
	"strings"

	"github.com/truce-project/truce/kb"
)

// A body the guesser found may still be one the knowledge base knows under
// another word order: "Defense Ministry of the Russian Federation" is the
// "Russian Defense Ministry", "Polish Ministry of Agriculture" may be listed
// as "Ministry of Agriculture of Poland". knownBody tries the usual orders
// of a body's name and its country and returns the entry they name.

// indexBodies maps the key of every unambiguous name of a body or a
// region in the knowledge base to its entry; a key two entries share maps
// to -1.
func (r *Recognizer) indexBodies() {
	r.bodies = map[string]int32{}
	for i, e := range r.entries {
		if e.Type != "organization" && !isRegion(e.Kind) {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := kb.Key(n)
			if prev, ok := r.bodies[k]; ok && prev != int32(i) {
				r.bodies[k] = -1
				continue
			}
			r.bodies[k] = int32(i)
		}
	}
}

// knownBody returns the entry of the body named base with the country
// entry country, trying "Russian X", "X of Russia", "X of the Russian
// Federation", "Russia's X", each also with the other spelling of
// Defense/Defence.
func (r *Recognizer) knownBody(base string, country int32) (int32, bool) {
	c := r.entries[country]
	for _, b := range spellings(base) {
		for _, adj := range c.Adjectives {
			if i, ok := r.body(adj + " " + b); ok {
				return i, true
			}
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			for _, v := range [...]string{b + " of " + n, b + " of the " + n, n + "'s " + b} {
				if i, ok := r.body(v); ok {
					return i, true
				}
			}
		}
	}
	return 0, false
}

func (r *Recognizer) body(name string) (int32, bool) {
	i, ok := r.bodies[kb.Key(name)]
	return i, ok && i >= 0
}

// spellings returns base, its other word order ("Ministry of Defense",
// "Defense Ministry") and each with the other spelling of Defense/Defence.
func spellings(base string) []string {
	out := []string{base}
	for _, head := range [...]string{"Ministry", "Department"} {
		if rest, ok := strings.CutPrefix(base, head+" of "); ok && !strings.Contains(rest, " of ") {
			out = append(out, rest+" "+head)
		} else if rest, ok := strings.CutSuffix(base, " "+head); ok {
			out = append(out, head+" of "+rest)
		}
	}
	for _, b := range out {
		switch {
		case strings.Contains(b, "Defense"):
			out = append(out, strings.ReplaceAll(b, "Defense", "Defence"))
		case strings.Contains(b, "Defence"):
			out = append(out, strings.ReplaceAll(b, "Defence", "Defense"))
		}
	}
	return out
}

// linkShortBodies turns a guessed body without a country ("the Defence
// Ministry said") into the known body of the same name in the country of
// one the document names ("the Russian Defence Ministry"), when exactly one
// fits.
func (s *scan) linkShortBodies() {
	var countries []int32
	seen := map[int32]bool{}
	for i := range s.hits {
		h := &s.hits[i]
		if h.entry < 0 || h.cands != nil || s.r.entries[h.entry].Type != "organization" {
			continue
		}
		if c, ok := s.r.byID[s.r.entries[h.entry].Country]; ok && !seen[c] {
			seen[c] = true
			countries = append(countries, c)
		}
	}
	if len(countries) == 0 {
		return
	}
	for i := range s.hits {
		h := &s.hits[i]
		if h.entry >= 0 || h.typ != "organization" || h.party != "" {
			continue
		}
		found := int32(-1)
		for _, c := range countries {
			if e, ok := s.r.knownBody(s.join(h.s, h.e), c); ok && e != found {
				if found >= 0 {
					found = -2 // two countries' bodies fit: which one?
					break
				}
				found = e
			}
		}
		if found >= 0 && seen[s.r.byID[s.r.entries[found].Country]] {
			h.entry = found
		}
	}
}
