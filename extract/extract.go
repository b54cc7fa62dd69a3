// Package extract turns a document's text into facts, each with the byte
// offsets of its evidence. The work is split into stages, one sub-package
// each (entity, timex, figure, attribution, event, position); every stage is
// a pure function of the Doc it is given and what earlier stages put there.
package extract

import (
	"time"

	"github.com/truce-project/truce"
)

// Doc is what the stages read and fill, in pipeline order: Sentences first,
// then Entities and Mentions, Timexes, Attributions, Figures, Events and
// Positions.
type Doc struct {
	Text      string
	Published time.Time // zero when unknown
	Language  string
	Outlet    string // the publishing outlet, "" when unknown

	Sentences []truce.Span // sorted, non-overlapping
	Entities  []truce.Entity
	Mentions  []Mention // sorted by Start; every entity mention once
	Timexes   []truce.Timex

	Attributions []truce.Attribution
	Figures      []truce.Figure
	Events       []truce.Event
	Positions    []truce.Position

	// LowerText is Text with its ASCII letters in lower case and every other
	// byte as is, so offsets agree. The pipeline fills it once for all
	// stages; Lower computes it when it is missing.
	LowerText string
}

// Lower returns Text with its ASCII letters in lower case (see LowerText).
func (d *Doc) Lower() string {
	if len(d.LowerText) != len(d.Text) {
		b := make([]byte, len(d.Text))
		for i := 0; i < len(d.Text); i++ {
			c := d.Text[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	return d.LowerText
}

// Mention is one occurrence of an entity, with what later stages need to
// know about it without a knowledge-base lookup.
type Mention struct {
	truce.Span
	// Entity indexes Doc.Entities; -1 for a mention that is not listed as an
	// entity of the document but still names a party, such as a nationality
	// adjective ("the Russian side", "Ukrainian forces").
	Entity int
	Name   string // canonical name of the entity
	Type   string // truce.Person, truce.Organization, truce.Place, truce.Other
	Kind   string // knowledge-base kind: outlet, country, city, minister, …
	// Party is the canonical name of the party to the conflict the mention
	// speaks for: "Russia" for "the Kremlin", "Moscow" or "Russian negotiator
	// Vladimir Medinsky"; "" when none.
	Party string
	// Role is set when the mention was found through a role phrase
	// ("Ukraine's foreign minister"): the role id from the knowledge base.
	Role string
}

// Facts returns the extracted facts of d.
func (d *Doc) Facts() truce.Facts {
	return truce.Facts{
		Entities:     d.Entities,
		Timexes:      d.Timexes,
		Figures:      d.Figures,
		Attributions: d.Attributions,
		Events:       d.Events,
		Positions:    d.Positions,
	}
}

// MentionsIn returns the mentions that lie inside s (binary search, then a
// scan of the hits). The result may share Doc.Mentions: read it, do not
// write to it.
func (d *Doc) MentionsIn(s truce.Span) []Mention {
	lo, hi := 0, len(d.Mentions)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Mentions[mid].Start < s.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	end := lo
	inside := true // every mention starting in s also ends in it
	for end < len(d.Mentions) && d.Mentions[end].Start < s.End {
		inside = inside && d.Mentions[end].End <= s.End
		end++
	}
	if inside {
		// Share the document's slice (capacity cut, so an append copies).
		return d.Mentions[lo:end:end]
	}
	var out []Mention
	for _, m := range d.Mentions[lo:end] {
		if m.End <= s.End {
			out = append(out, m)
		}
	}
	return out
}
