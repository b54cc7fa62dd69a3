// Package timex is the time-expression stage of extraction: it finds dates,
// times, durations and sets in a document ("February 24, 2022", "on
// Thursday", "the past week", "every day") and normalises them to TIMEX3
// values against the publication date. Values that need a year the text
// does not give, when the publication date is unknown, keep X's
// ("XXXX-12-02").
//
// Conventions where TIMEX3 leaves a choice:
//   - Spans leave out prepositions ("on", "in", "since") but keep
//     determiners and modifiers ("the past week", "mid-January next year",
//     "nearly two years"); a modifier such as early/mid/late does not
//     change the value.
//   - "the next/past/last N units" and "the next few months" are durations
//     (P3M, PXM); "the coming days", "in the days to come" are FUTURE_REF;
//     "recently", "in recent weeks" PAST_REF; "now", "currently" PRESENT_REF.
//   - A bare weekday points forwards (on or after the publication date) in a
//     future-tense clause and backwards (on or before it) otherwise;
//     "last"/"next" make it strictly before/after.
//   - "March 3-5, 2022" is one date expression valued at the month.
package timex

import (
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
)

// match is one time expression found at tokens [from, to) of a sentence.
type match struct {
	from, to int
	typ, val string
	day      time.Time // the day it names, when isDay
	isDay    bool
	// A month or month-day whose year was guessed: "from March to May 2022"
	// lends it the year of the next expression.
	guessed    bool
	month, dom int
	year       int // an explicit year, 0 when none
	// A clock time that still needs its date.
	clock  bool
	hh, mm int
	cue    bool // "at 10:00", "3 p.m.": a time even without a date nearby
}

// scanner holds the state of one Extract or Normalize call.
type scanner struct {
	text, lower string
	toks        []token
	cues        []cue
	cur         cursor
	fixed       bool // tense is given, not detected (Normalize)
	everyWord   bool // try the rules at every word (tests: wordStarts misses none)
	tense       Tense
	anchor      time.Time
	hasAnchor   bool
	ref, prev   time.Time // last day named in this / the previous sentence
	hasRef      bool
	hasPrev     bool
	out         []match
}

// Extract finds the time expressions of d.Text, normalised against
// d.Published, sorted by position and never overlapping.
func Extract(d *extract.Doc) []truce.Timex { return extractAll(d, false) }

// extractAll is Extract; with everyWord it tries every rule at every word
// of every sentence, which the tests compare with the shortcuts.
func extractAll(d *extract.Doc, everyWord bool) []truce.Timex {
	sents := d.Sentences
	if len(sents) == 0 {
		sents = sentence.Split(d.Text)
	}
	s := newScanner(d.Text, d.Lower(), d.Published)
	s.everyWord = everyWord
	longest := 0
	for _, sp := range sents {
		longest = max(longest, sp.Len())
	}
	// One buffer for the longest sentence: growing it token by token costs
	// more than the scan on a long table of numbers.
	b := scanBufs.Get().(*scanBuf)
	defer b.put(s)
	s.toks = slices.Grow(b.toks[:0], min(longest, len(d.Text))/2+16)
	s.out = slices.Grow(b.out[:0], min(longest, len(d.Text))/8+4)
	s.cues = b.cues[:0]
	var out []truce.Timex
	for _, sp := range sents {
		if !sp.Valid(len(d.Text)) {
			continue
		}
		if !s.everyWord && !hasAnchor(s.lower, sp) {
			s.skip()
			continue
		}
		for _, m := range s.sentence(sp.Start, sp.End) {
			out = append(out, truce.Timex{
				Span:  truce.Span{Start: s.toks[m.from].start, End: s.toks[m.to-1].start + len(s.toks[m.to-1].w)},
				Type:  m.typ,
				Value: m.val,
			})
		}
	}
	return out
}

// scanBufs keeps the token and match buffers of finished scans for the next
// document.
var scanBufs = sync.Pool{New: func() any { return new(scanBuf) }}

type scanBuf struct {
	toks []token
	out  []match
	cues []cue
}

// put takes back s's buffers, cleared so that no text stays reachable.
// Every sentence fills the buffers from the start, and a token or match
// is never zero, so the ones written lie before the first zero one: only
// those are cleared, not the whole capacity, which one long table can make
// large for every document after it.
func (b *scanBuf) put(s *scanner) {
	toks := s.toks[:cap(s.toks)]
	clear(toks[:sort.Search(len(toks), func(i int) bool { return toks[i].w == "" })])
	out := s.out[:cap(s.out)]
	clear(out[:sort.Search(len(out), func(i int) bool { return out[i].to == 0 })])
	b.toks, b.out, b.cues = s.toks[:0], s.out[:0], s.cues[:0]
	scanBufs.Put(b)
}

// newScanner scans text; lower is text with ASCII letters lowered.
func newScanner(text, lower string, anchor time.Time) *scanner {
	s := &scanner{text: text, lower: lower}
	if !anchor.IsZero() {
		s.anchor = day(anchor.Year(), int(anchor.Month()), anchor.Day())
		s.hasAnchor = true
	}
	return s
}

// sentence scans text[from:to] and returns its matches, valued.
func (s *scanner) sentence(from, to int) []match {
	s.toks = tokenize(s.text, s.lower, from, to, s.toks)
	if !s.fixed {
		s.cues = findCues(s.toks, s.cues)
		s.cur = cursor{}
	}
	s.prev, s.hasPrev = s.ref, s.hasRef
	s.hasRef = false
	s.out = s.out[:0]
	for i := 0; i < len(s.toks); {
		m, ok := s.matchAt(i)
		if !ok || m.to <= i {
			i++
			continue
		}
		if m.isDay && !m.clock {
			s.ref, s.hasRef = m.day, true
		}
		s.out = append(s.out, m)
		i = m.to
	}
	s.borrowYears()
	s.dateClocks()
	return s.out
}

// tenseAt is the tense that governs token i.
func (s *scanner) tenseAt(i int) Tense {
	if s.fixed {
		return s.tense
	}
	return s.cur.at(s.cues, i)
}

// refDay is the day "the day before" counts from: the last day named in this
// or the previous sentence, else the publication date.
func (s *scanner) refDay() (time.Time, bool) {
	switch {
	case s.hasRef:
		return s.ref, true
	case s.hasPrev:
		return s.prev, true
	}
	return s.anchor, s.hasAnchor
}

// borrowYears gives "March" in "from March to May 2022" the year of "May
// 2022".
func (s *scanner) borrowYears() {
	for k := 0; k+1 < len(s.out); k++ {
		a, b := &s.out[k], &s.out[k+1]
		if !a.guessed || b.year == 0 || b.from-a.to != 1 || !isRangeWord(s.toks[a.to].w) {
			continue
		}
		y := b.year
		if b.month > 0 && a.month > b.month {
			y--
		}
		if a.dom > 0 {
			a.val = fmtDate(y, a.month, a.dom)
			a.day = day(y, a.month, a.dom)
		} else {
			a.val = fmtMonth(y, a.month)
		}
	}
}

func isRangeWord(w string) bool {
	switch w {
	case "to", "until", "till", "through", "and", "-", "–", "—":
		return true
	}
	return false
}
