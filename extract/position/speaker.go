package position

// Holders found away from the subject: the one who states an obligation,
// a possessive, a pronoun and a capital opening the sentence.

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// locativeParty returns the party of the capital in a sentence opening "In
// Kyiv, …", whose government the rest of the sentence speaks of.
func (x *extractor) locativeParty(ms []extract.Mention) string {
	if len(x.toks) < 3 || x.toks[0].Lower != "in" || len(ms) == 0 || ms[0].Start != x.toks[1].Start {
		return ""
	}
	m := ms[0]
	if m.Type != truce.Place || m.Kind != "city" && m.Kind != "capital" {
		return ""
	}
	if rest := strings.TrimLeft(x.d.Text[m.End:], " "); !strings.HasPrefix(rest, ",") {
		return ""
	}
	return x.party(m)
}

var leadVerbs = map[string]bool{"led": true, "headed": true, "chaired": true}

// objectList reports whether in[k] ends a list whose first item is the
// object of a preposition: "mediated by Turkey and the United Arab
// Emirates had agreed" is agreed by neither.
func (x *extractor) objectList(in []extract.Mention, k int) bool {
	j := k
	for j > 0 && in[j-1].End <= in[j].Start && listGap(x.lower[in[j-1].End:in[j].Start]) {
		j--
	}
	return j < k && x.object(in[j].Start)
}

// objectVerbs take the party right after them as their object.
var objectVerbs = map[string]bool{
	"gave": true, "give": true, "gives": true, "handed": true, "hands": true, "sent": true,
	"told": true, "tells": true, "showed": true, "assured": true, "met": true, "thanked": true,
	"phoned": true, "visited": true, "accused": true, "invited": true, "received": true,
	"hosted": true, "hosts": true, "meets": true, "urged": true, "warned": true,
}

// obliger returns who states the obligation at the cue "must": the speaker
// of the words it is in, or the subject of a reporting verb before it in
// the clause ("Peskov has said that any talks must take into account …").
// An obligation nobody states is no stance.
func (x *extractor) obliger(c clause.Clause, ms []extract.Mention, s stretch) []string {
	if sp := x.speakerParty(x.toks[s.cue].Span); sp != "" {
		return []string{sp}
	}
	for j := s.cue - 1; j > c.From && j > s.cue-reach; j-- {
		if reportVerbs[x.toks[j].Lower] {
			return x.holders(c, ms, stretch{cue: j, after: j + 1, to: s.cue, stance: s.stance}, max(c.From, j-reach))
		}
	}
	return nil
}

// reportVerbs report what a party said.
var reportVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "stated": true, "states": true,
	"repeated": true, "repeats": true, "insisted": true, "insists": true, "argued": true,
	"argues": true, "added": true, "believes": true, "stressed": true, "stresses": true,
	"declared": true, "announced": true, "wrote": true, "writes": true, "maintains": true,
}

// pronounSubject returns the possessive pronoun that opens the clause or
// the cue's stretch ("Its 12 points call for …"), or -1.
func (x *extractor) pronounSubject(c clause.Clause, from, cue int) int {
	for _, j := range [2]int{c.From, from} {
		if j < cue && possessivePronoun(x.toks[j].Lower) {
			return j
		}
	}
	return -1
}

// possessiveBefore returns the party of a possessive shortly before the
// cue ("Moscow's demand", "Russia's foreign minister rejected"), or "".
func (x *extractor) possessiveBefore(c clause.Clause, ms []extract.Mention, cue int) string {
	for j := cue - 1; j > c.From && j >= cue-3; j-- {
		if x.toks[j].Punct {
			return ""
		}
		if !clause.IsPossessive(x.toks[j]) {
			continue
		}
		in := within(ms, x.toks[c.From].Start, x.toks[j].Start)
		for k := len(in) - 1; k >= 0; k-- {
			if in[k].End == x.toks[j-1].End {
				return x.party(in[k])
			}
		}
		return ""
	}
	return ""
}
