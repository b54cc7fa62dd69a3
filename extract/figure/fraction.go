package figure

import (
	"math"

	"github.com/truce-project/truce"
)

// fractionParts are the denominators a share of land is written with.
var fractionParts = map[string]float64{"half": 2, "third": 3, "quarter": 4, "fourth": 4,
	"fifth": 5, "sixth": 6, "tenth": 10}

// initFractions adds "third", "thirds", "two-thirds", "three-quarters",
// "one-fifth", … to the lexicon with their share.
func initFractions() {
	for part, d := range fractionParts {
		if part != "half" {
			add(fFraction, "", part)
			lexicon[part].num = 1 / d
		}
		for n := 1; n < 10 && float64(n) < d; n++ {
			w := part
			if n > 1 {
				w += "s"
			}
			w = units[n] + "-" + w // "two-thirds", "one-fifth"
			add(fFraction, "", w)
			lexicon[w].num = float64(n) / d
		}
	}
}

// maxShareTarget bounds the words between "of" and what the share is of.
const maxShareTarget = 4

// share reads a share of land from token i: "a fifth of Ukraine",
// "roughly three-quarters of the region's territory". A share counts as a
// percentage, like "about 20% of eastern Ukraine", but only of a place or
// its territory: "two-thirds of the prisoners" is no figure. It returns the
// last token it used.
func (s *scan) share(i int) (int, bool) {
	k := i
	if s.word(i, wA) || s.toks[i].lx.has(fNum) && s.toks[i].lx.num == 1 {
		k++ // "a fifth", "one third"
	}
	if k >= len(s.toks) || !s.toks[k].lx.has(fFraction) || k == i && s.lowerShort(s.toks[k]) == "third" || !s.word(k+1, wOf) {
		return i, false
	}
	end := s.shareTarget(k + 2)
	if end < 0 {
		return i, false
	}
	v := math.Round(s.toks[k].lx.num*1000) / 10
	b := s.modifiers(quantity{first: i, last: k, value: v})
	f := truce.Figure{
		Span:   truce.Span{Start: s.toks[b.first].start, End: s.toks[end].end},
		Value:  v,
		Low:    b.low,
		High:   b.high,
		Approx: b.approx,
		Unit:   "percent",
		Via:    []string{},
	}
	s.attribute(&f, phrase{first: k + 1, last: end, words: k + 2, head: -1, of: k + 2})
	s.out = append(s.out, f)
	return end, true
}

// shareTarget returns the last token of the place or territory a share is
// of, from token j on, or -1.
func (s *scan) shareTarget(j int) int {
	for n := j; n < len(s.toks) && n < j+maxShareTarget; n++ {
		t := s.toks[n]
		if t.kind != tWord {
			return -1
		}
		switch s.lowerShort(t) {
		case "territory", "land", "country", "territories":
			return n
		}
		if m := s.mentionAt(t.start); m != nil && m.Type == truce.Place && !possessiveAt(s.text, m.End) {
			return s.tokenAt(m.End) - 1
		}
		if !t.lx.has(fDet|fStop) && t.cap {
			return -1
		}
	}
	return -1
}
