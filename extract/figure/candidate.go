package figure

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// bounds is what the words around a number say about it.
type bounds struct {
	first      int // first token of the modifier ("more" of "more than")
	approx     bool
	low, high  *float64
	rangeFirst bool // "between", "from": a range may follow
	lowLast    int  // last token of the low end of a range, -1 if none
}

// figure turns quantity q into a figure if it is one, and returns the last
// token it used. A range gives two figures, one per end, both carrying the
// bounds, as the gold annotates "between 7,000 and 15,000 soldiers".
func (s *scan) figure(q quantity) (int, bool) {
	b := s.modifiers(q)
	end, high := s.readRange(&q, &b)
	if q.plus && b.low == nil && b.high == nil {
		b.approx, b.low = true, ptr(q.value)
	}
	if b.lowLast < 0 && s.orMore(end) {
		end += 2 // "eight or more countries", "50 or so tanks"
		b.approx = true
		if b.low == nil && b.high == nil {
			if s.word(end, wMore) {
				b.low = ptr(q.value)
			} else if s.word(end, wLess) {
				b.high = ptr(q.value)
			}
		}
	}
	if s.notFigure(q, end) || s.conversion(q) {
		return end, false
	}
	np, ok := s.nounPhrase(q, end)
	if !ok || s.isSpeaker(q, np) {
		return end, false
	}
	f := truce.Figure{
		Span:   truce.Span{Start: s.toks[b.first].start, End: s.toks[max(end, np.last)].end},
		Value:  q.value,
		Low:    b.low,
		High:   b.high,
		Approx: b.approx,
		Via:    []string{},
	}
	if k := max(end, np.last) + 1; s.swapAfter(k) && s.swapLabel(q.first, k) {
		r, _ := s.readQuantity(k + 1)
		if s.sym(k, '-') {
			r, _ = s.readQuantity(k + 3)
		}
		return max(r.last, k), false // a headline or a quoted name of a deal
	}
	s.describe(&f, q, np, b.first)
	if f.Unit == "points" && f.Value != float64(int64(f.Value)) {
		return end, false // "a margin of error of 2.4 points": no plan has part of a point
	}
	if f.Unit == "" && (s.swapAfter(max(end, np.last)+1) || s.swapBefore(q.first) || s.strongAfter(end+1) ||
		np.head < 0 && personal[s.eventAfter(end+1)]) {
		f.Unit = "people" // "1,000 for 1,000": a swap counts people; so does "a 100,000-strong army"
	}
	s.attribute(&f, np)
	if b.lowLast < 0 {
		s.out = append(s.out, f)
		return end, true
	}
	g := f
	f.End = s.toks[b.lowLast].end
	g.Start, g.Value = s.toks[b.lowLast+2].start, high
	g.Low, g.High = ptr(*f.Low), ptr(*f.High)
	g.Via = slices.Clone(f.Via)
	s.out = append(s.out, f, g)
	return end, true
}

// orMore reports "or more", "or so", "or fewer" after the number ending at
// token end.
func (s *scan) orMore(end int) bool {
	if end+2 >= len(s.toks) || !s.is(end+1, "or") {
		return false
	}
	return s.is(end+2, "more") || s.is(end+2, "so") || s.is(end+2, "fewer") || s.is(end+2, "less")
}

// is reports whether token k is the word w, whatever its case, without
// allocating.
func (s *scan) is(k int, w string) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	return t.kind == tWord && t.end-t.start == len(w) && strings.EqualFold(s.text[t.start:t.end], w)
}

// swapAfter reports "for 1,000" or "-for-1,000" from token k: the first
// term of a swap.
func (s *scan) swapAfter(k int) bool {
	if s.sym(k, '-') && s.word(k+1, wFor) && s.sym(k+2, '-') {
		k += 2
	} else if !s.word(k, wFor) {
		return false
	}
	return k+1 < len(s.toks) && s.toks[k+1].kind == tNum
}

// swapLabel reports a swap that names a deal rather than states it: in a
// headline ("Istanbul talks: 1,000 prisoners for 1,000") or in quotes (the
// "1,000 for 1,000" exchange).
func (s *scan) swapLabel(first, k int) bool {
	if first > 0 && s.toks[first-1].kind == tSym && isOpenQuote(s.toks[first-1].r) {
		return true
	}
	stop := s.sent.End
	if i := strings.IndexByte(s.text[s.toks[k].start:stop], '\n'); i >= 0 {
		stop = s.toks[k].start + i
	}
	return !strings.ContainsAny(s.text[s.toks[k].start:stop], ".!?")
}

func isOpenQuote(r rune) bool { return r == '"' || r == '“' || r == '«' || r == '\'' || r == '‘' }

// conversion reports an amount in brackets just after another amount: the
// same money in another currency, "€3.5 billion ($3.8 billion)".
func (s *scan) conversion(q quantity) bool {
	sib := s.sibling()
	if q.currency == "" || sib == nil || !isCurrency(sib.Unit) || !s.sym(q.first-1, '(') {
		return false
	}
	return s.toks[q.first-1].start-sib.End <= 1
}

// strongAfter reports "-strong" glued at token k: "a 100,000-strong army".
func (s *scan) strongAfter(k int) bool {
	return s.sym(k, '-') && k+1 < len(s.toks) && s.toks[k].glued && s.toks[k+1].glued &&
		s.lowerShort(s.toks[k+1]) == "strong"
}

// possessive reports a word ending in 's: "the EU's 27 member states".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// swapBefore reports a number after "1,000 for" or "1,000-for-": the
// second term of a swap.
func (s *scan) swapBefore(num int) bool {
	k := num - 1
	if s.sym(k, '-') && s.word(k-1, wFor) && s.sym(k-2, '-') {
		k -= 2
	} else if !s.word(k, wFor) {
		return false
	}
	return k > 0 && s.toks[k-1].kind == tNum
}

// isSpeaker reports a count that names who speaks: "two American
// officials said", "Two people familiar with the talks told …".
func (s *scan) isSpeaker(q quantity, np phrase) bool {
	start := s.toks[q.first].start
	for n, a := range s.active {
		if n >= 4*maxLookBack {
			break
		}
		if sp := s.attrs[a].SpeakerSpan; sp != nil && sp.Start <= start && start < sp.End {
			return true
		}
	}
	if !q.word || np.head < 0 {
		return false
	}
	k := np.last + 1
	return s.has(k, fReport) || k < len(s.toks) && s.lowerShort(s.toks[k]) == "familiar"
}

func ptr(v float64) *float64 { return &v }

// handVerbs take "over" as a particle: "hand over 6,000 bodies" is no
// "more than 6,000".
var handVerbs = map[string]bool{"hand": true, "hands": true, "handed": true, "handing": true,
	"turn": true, "turns": true, "turned": true, "turning": true, "pass": true, "passed": true,
	"passing": true, "give": true, "gave": true, "given": true, "giving": true}

// particle reports an "over" that belongs to the verb before it.
func (s *scan) particle(p int) bool {
	return p > 0 && s.lowerShort(s.toks[p]) == "over" && handVerbs[s.lowerShort(s.toks[p-1])]
}

// modifiers reads the words before the number: "about", "more than", "at
// least", "up to", "an estimated", "between".
func (s *scan) modifiers(q quantity) bounds {
	i := q.first
	b := bounds{first: i}
	v := q.value
	set := func(first int, approx bool, low, high bool) {
		b.first, b.approx = first, approx
		if low {
			b.low = &v
		}
		if high {
			b.high = &v
		}
	}
	p := i - 1
	switch {
	case s.word(p, wThan) && (s.word(p-1, wMore) || s.word(p-1, wLess)):
		more := s.word(p-1, wMore)
		first := p - 1
		if s.word(p-2, wNo) || s.word(p-2, wNot) {
			first, more = first-1, !more // "no more than": an upper bound
		}
		set(first, true, more, !more)
	case s.word(p, wLeast) && s.word(p-1, wAt):
		set(p-1, true, true, false)
	case s.word(p, wMost) && s.word(p-1, wAt):
		set(p-1, true, false, true)
	case s.word(p, wTo) && s.word(p-1, wUp), s.word(p, wTo) && s.word(p-1, wClose):
		set(p-1, true, false, true)
	case s.word(p, wAs) && s.word(p-1, wMany) && s.word(p-2, wAs):
		set(p-2, true, false, true) // "as many as 80,000", "as much as $5 billion"
	case s.word(p, wOf) && (s.word(p-1, wUpwards) || s.word(p-1, wExcess)):
		first := p - 1
		if s.word(first, wExcess) && s.word(first-1, wIn) {
			first--
		}
		set(first, true, true, false)
	case s.word(p, wBetween), s.word(p, wFrom):
		b.first, b.rangeFirst = p, true
	case s.has(p, fApprox) && !s.particle(p):
		l := s.toks[p].lx
		first := p
		if s.word(p-1, wA) && l.id == wEstimated || s.word(p-1, wJust) {
			first--
		}
		set(first, true, l.has(fLowMod), l.has(fHighMod))
	}
	return b
}

// readRange reads "5,000-7,000", "5,000 to 7,000", "between 5,000 and
// 7,000" after q. It returns the last token of the number part and the high
// end; q keeps the low end and b the bounds.
func (s *scan) readRange(q *quantity, b *bounds) (int, float64) {
	b.lowLast = -1
	j := q.last + 1
	dash := s.sym(j, '-') || s.sym(j, '–') || s.sym(j, '—')
	joiner := s.word(j, wTo) || b.rangeFirst && s.word(j, wAnd)
	fail := func() (int, float64) {
		if b.rangeFirst {
			b.first = q.first // "from 500": the "from" is not part of a range
		}
		return q.last, 0
	}
	if !dash && !joiner || j+1 >= len(s.toks) || dash && q.word {
		return fail()
	}
	r, ok := s.readQuantity(j + 1)
	if !ok || r.word != q.word || r.currency != "" && q.currency != "" && r.currency != q.currency {
		return fail()
	}
	if dash && (s.sym(r.last+1, '-') || s.toks[j].glued != s.toks[j+1].glued) {
		return fail() // "2023-12-02", "044-123-45": a code, not a range
	}
	low, high := q.value, r.value
	if r.scale > 1 && q.scale <= 1 && low*r.scale <= high {
		low = scaled(low, r.scale) // "1-2 million", "between 5 and 7 billion"
	}
	if low >= high {
		return fail()
	}
	b.lowLast = q.last
	q.value = low
	q.percent = q.percent || r.percent
	if q.currency == "" {
		q.currency = r.currency
	}
	b.low, b.high = ptr(low), ptr(high)
	return r.last, high
}

// notFigure reports whether the number starting at q.first and ending at
// token end is a date, a time, a duration, a label, an ordinal or a code.
func (s *scan) notFigure(q quantity, end int) bool {
	num := q.first
	if q.currency != "" && s.toks[num].kind != tNum && !s.toks[num].lx.has(fNum) {
		num++
	}
	start, stop := s.toks[num].start, s.toks[end].end
	// A name may follow the number ("65.9 billion US dollars"), not cover it.
	if s.inTimex(start, stop) || s.inMention(start, s.toks[num].end) {
		return true
	}
	if q.currency == "" && s.labelBefore(num) {
		return true
	}
	if num > 0 && s.toks[num-1].kind == tNum || end+1 < len(s.toks) && s.toks[end+1].kind == tNum {
		return true // "+380 44 123 4567", a table row: not a figure
	}
	if q.last == num && (s.isAge(num) || s.isListLabel(num) || s.ageLimit(num) || s.dayList(num) || s.ageVerb(num)) {
		return true
	}
	if s.ratio(q) || s.pollSample(q.first) {
		return true
	}
	if s.codeAfter(end) || s.has(end+1, fMonth) || s.has(end+1, fTime) {
		return true
	}
	return !q.word && s.isYear(q, num)
}

// labelBefore reports a number that names something: "Article 5", "Su-25",
// "G7", "No. 3", "December 2", "24/7", "+380", "MH17".
func (s *scan) labelBefore(num int) bool {
	t := s.toks[num]
	if num == 0 {
		return s.labelEndsPrevious()
	}
	p := s.toks[num-1]
	switch {
	case p.kind == tWord && t.glued:
		return true // "G7", "MH17"
	case p.kind == tSym && p.r == '.' && num >= 2 && s.toks[num-2].lx.has(fLabel|fMonth):
		return true // "No. 679", "Nov. 3"
	case p.kind == tSym && t.glued && s.swapBefore(num):
		return true // "a 1,000-for-1,000 exchange" names the deal by its first term
	case p.kind == tSym && t.glued:
		switch p.r {
		case '/', ':', '#', '№', '+', '.', '-', '‑':
			return p.r != '-' || num >= 2 && p.glued && s.toks[num-2].kind != tSym
		}
	case p.lx.has(fTime) && !p.lx.has(fLabel|fMonth) && s.has(num+1, fNoun):
		return false // "lost over the week 640 servicemen", but "Day 1,000 of the war"
	case p.lx.has(fLabel|fMonth|fTime) || p.lx != nil && p.lx.id == wAged:
		return true
	case p.kind == tWord && p.cap && p.lx == nil && num-1 > 0 && !s.inTimex(p.start, p.end) && !possessive(s.text[p.start:p.end]):
		return true // "Minsk 2", "Iskander 5": a capitalised name, not "on Saturday 307"
	}
	return false
}

// labelEndsPrevious reports a label word ending the text before the
// sentence: the splitter may cut "Decree No. 679" after "No.".
func (s *scan) labelEndsPrevious() bool {
	i := s.sent.Start
	for i > 0 && (s.text[i-1] == ' ' || s.text[i-1] == '.') {
		i--
	}
	j := i
	for j > 0 && j > i-8 && isASCIILetter(s.text[j-1]) {
		j--
	}
	return j < i && i < s.sent.Start && s.text[i] == '.' && lookup(s.text[j:i]).has(fLabel)
}

// codeAfter reports what after the number makes it a code, a time or a
// compound adjective: "1st", "5G", "10:09", "28-point", "24/7", "4.11.23".
func (s *scan) codeAfter(last int) bool {
	n := last + 1
	if n >= len(s.toks) || !s.toks[n].glued {
		return false
	}
	t := s.toks[n]
	switch {
	case t.kind == tWord:
		return !t.lx.has(fNoun) && !t.lx.has(fScale) && !t.lx.has(fCurrency)
	case t.kind == tNum:
		return true
	case t.r == '\uFE0F' || t.r == '\u20E3':
		return true // a keycap emoji numbering a post: "1️⃣"
	case t.r == '-' && s.swapAfter(n):
		return false // "a 1,000-for-1,000 swap"
	case t.r == '-' && s.strongAfter(n):
		return false // "a 100,000-strong force"
	case t.r == '-' || t.r == '‑' || t.r == ':' || t.r == '/' || t.r == '.':
		return n+1 < len(s.toks) && s.toks[n+1].glued && s.toks[n+1].kind != tSym
	}
	return false
}

// isYear reports a bare four-digit number that reads as a year, unless a
// countable noun follows ("1900 soldiers").
func (s *scan) isYear(q quantity, num int) bool {
	t := s.toks[num]
	if q.scaled || q.percent || q.currency != "" || t.end-t.start != 4 || q.last != num {
		return false
	}
	if q.value < 1800 || q.value > 2100 {
		return false
	}
	return !s.has(num+1, fNoun)
}

// inTimex reports whether [start, end) overlaps a timex of the sentence.
// Timexes are sorted and rarely nest, so a binary search and a look at the
// few before suffice.
func (s *scan) inTimex(start, end int) bool {
	i, _ := slices.BinarySearchFunc(s.sentTx, end, func(t truce.Timex, e int) int { return t.Start - e })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.sentTx[k].End > start {
			return true
		}
	}
	return false
}

// inMention reports whether [start, end) overlaps an entity mention.
func (s *scan) inMention(start, end int) bool {
	i, _ := slices.BinarySearchFunc(s.mentions, end, func(m extract.Mention, e int) int { return m.Start - e })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.mentions[k].End > start {
			return true
		}
	}
	return false
}
