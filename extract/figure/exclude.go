// What is not a figure though it looks like a count: ages, ratios, poll
// samples, lists of days and numbered items.

package figure

import (
	"slices"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// isAge reports a number set off by commas after a person's name: "Putin,
// 72, said".
func (s *scan) isAge(num int) bool {
	if !s.sym(num-1, ',') || !s.sym(num+1, ',') && !s.sym(num+1, ')') && !s.sym(num+1, '.') {
		return false
	}
	if p := s.toks[max(num-2, 0)]; num >= 2 && p.kind == tWord && p.lx.has(fPeople) && !s.has(num+1, fNoun) {
		t := s.toks[num]
		return t.end-t.start <= 3 // "The man, 45, was detained"
	}
	m := s.lastMention(s.toks[num-1].start+1, func(m *extract.Mention) bool { return true })
	return m != nil && m.Type == truce.Person && m.End == s.toks[num-1].start
}

// ageVerb reports an age told by a verb: "who turned 46", "turns 70".
func (s *scan) ageVerb(num int) bool {
	if num == 0 || s.has(num+1, fNoun) {
		return false
	}
	return s.is(num-1, "turned") || s.is(num-1, "turns") || s.is(num-1, "turning")
}

// pollSample reports the size of a poll's sample: "a survey of 1,004
// adults", "polled 2,000 people" — no figure of the war.
func (s *scan) pollSample(first int) bool {
	k := first - 1
	if s.is(k, "of") {
		k--
	}
	for _, w := range pollWords {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

var pollWords = []string{"survey", "poll", "sample", "surveyed", "polled", "interviewed", "questioned"}

// ratio reports a number in "one in three", "1 in 5": a share, not a
// count. Only a small first term over a small second one makes a ratio:
// "returned 3,035 in 50 exchanges" counts.
func (s *scan) ratio(q quantity) bool {
	if s.word(q.last+1, wIn) && q.value <= 10 {
		if r, ok := s.readQuantity(q.last + 2); ok && r.value > q.value && r.value <= 100 {
			return true // "one in three Ukrainians": the "one"
		}
	}
	if q.first < 2 || !s.word(q.first-1, wIn) || q.value > 100 {
		return false
	}
	t := s.toks[q.first-2]
	if t.kind != tNum && !t.lx.has(fNum) || t.end-t.start > 5 {
		return false
	}
	var v float64
	if t.lx != nil {
		v = t.lx.num
	}
	if t.kind == tNum {
		v = digitValue(s.text[t.start:t.end], -1)
	}
	return v > 0 && v <= 10 && v < q.value // "three": the "three" of "one in three"
}

// ageLimit reports an age bound after people: "all POWs under 25",
// "men over 60". A noun after the number makes it a count again.
func (s *scan) ageLimit(num int) bool {
	if !s.has(num-2, fPeople) || s.has(num+1, fNoun) || s.toks[num].kind != tNum {
		return false
	}
	switch s.lowerShort(s.toks[num-1]) {
	case "under", "over", "above", "below":
		t := s.toks[num]
		return t.end-t.start <= 2
	}
	return false
}

// maxDayList bounds how far back a list of days is followed.
const maxDayList = 8

// dayList reports a day in a list that a date opens: the 24 and 25 of
// "May 23, 24 and 25". A noun after it makes it a count ("May 23, 24
// prisoners").
func (s *scan) dayList(num int) bool {
	if s.has(num+1, fNoun) || !isDay(s.text[s.toks[num].start:s.toks[num].end]) {
		return false
	}
	for j := num - 1; j >= 1 && j >= num-2*maxDayList; j -= 2 {
		if !s.sym(j, ',') && !s.sym(j, '-') && !s.sym(j, '–') && !s.word(j, wAnd) && !s.is(j, "or") {
			return false
		}
		d := s.toks[j-1]
		if s.dateEndsAt(d.end) {
			return true
		}
		if d.kind != tNum || !isDay(s.text[d.start:d.end]) {
			return false
		}
	}
	return false
}

// dateEndsAt reports a date timex of the sentence, written with a number,
// that ends at pos: "May 23", "3 June".
func (s *scan) dateEndsAt(pos int) bool {
	i, _ := slices.BinarySearchFunc(s.sentTx, pos, func(t truce.Timex, p int) int { return t.Start - p })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if tx := s.sentTx[k]; tx.End == pos && tx.Type == "date" && hasDigit(s.text[tx.Start:tx.End]) {
			return true
		}
	}
	return false
}

// isDay reports one or two digits from 1 to 31.
func isDay(w string) bool {
	switch len(w) {
	case 1:
		return w[0] >= '1'
	case 2:
		return isDigit(w[0]) && isDigit(w[1]) && (w[0] < '3' || w == "30" || w == "31") && w != "00"
	}
	return false
}

// isListLabel reports the number of an item in a list: "1. Nuclear
// safety", "2) Food security", "(3)".
func (s *scan) isListLabel(num int) bool {
	if s.sym(num-1, '(') && s.sym(num+1, ')') {
		return true
	}
	if !s.sym(num+1, '.') && !s.sym(num+1, ')') {
		return false
	}
	start := s.toks[num].start
	return num == 0 || start > 0 && s.text[start-1] == '\n'
}
