package timex

import (
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract/lex"
)

// Every rule needs an anchor among the tokens it matches: a digit, a word
// of the lexicon that names a month, weekday, unit, season or part of the
// day, or one of anchorWords ("in the past", "at the moment", "the
// weekend", "now"). The words around an anchor ("the", "last", "early",
// "every", "a few") match nothing without one. A sentence with no anchor
// is therefore left untokenised: about half of a news text. A new rule
// that can match without an anchor must add its word to anchorWords
// (TestAnchors scans both ways and fails otherwise).
var anchorWords = []string{
	"today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently", "nowadays",
	"present", "recently", "lately", "past", "moment", "future", "weekend", "christmas",
	"daily", "weekly", "monthly", "annually", "yearly",
}

// anchors are anchorWords and the lexicon's words of the anchoring classes.
var anchors = func() *lex.Set {
	words := append([]string(nil), anchorWords...)
	for w, wi := range buildLexicon() {
		if wi.class&(cMonth|cWeekday|cUnit|cSeason|cPart) != 0 {
			words = append(words, w)
		}
	}
	return lex.NewSet(words...)
}()

// hasAnchor reports whether sentence sp of lower may hold an anchor: a
// digit, or a run of ASCII letters that is one. Every word token of
// tokenize that is an anchor is such a run (runs split at any other byte,
// so a run can only be a token or part of one: a superset).
func hasAnchor(lower string, sp truce.Span) bool {
	word := -1
	for i := sp.Start; i < sp.End; i++ {
		c := lower[i]
		switch {
		case '0' <= c && c <= '9':
			return true
		case 'a' <= c && c <= 'z':
			if word < 0 {
				word = i
			}
			continue
		}
		if word >= 0 && anchors.Has(lower[word:i]) {
			return true
		}
		word = -1
	}
	return word >= 0 && anchors.Has(lower[word:sp.End])
}

// skip is what sentence does to the scanner's state on a sentence without
// any expression: the day named last moves to the previous sentence.
func (s *scanner) skip() {
	s.prev, s.hasPrev = s.ref, s.hasRef
	s.hasRef = false
}
