package timex

import "time"

// Normalize values a single time expression such as "on Thursday", "the
// past week" or "February 24, 2022" against anchor, with the tense of its
// clause given. Leading prepositions are skipped; ok is false unless one
// expression covers the rest of expr.
func Normalize(expr string, anchor time.Time, tense Tense) (typ, value string, ok bool) {
	s := newScanner(expr, lowerASCII(expr), anchor)
	s.fixed, s.tense = true, tense
	ms := s.sentence(0, len(expr))
	if len(ms) != 1 {
		return "", "", false
	}
	m := ms[0]
	for i := 0; i < m.from; i++ {
		if !leadingWord[s.toks[i].w] {
			return "", "", false
		}
	}
	for i := m.to; i < len(s.toks); i++ {
		if s.toks[i].kind != kPunct {
			return "", "", false
		}
	}
	return m.typ, m.val, true
}

// leadingWord may come before an expression that Normalize is given.
var leadingWord = map[string]bool{"on": true, "in": true, "at": true, "since": true,
	"by": true, "from": true, "until": true, "till": true, "during": true, "for": true,
	"over": true, "within": true, "before": true, "after": true, "as": true, "of": true}
