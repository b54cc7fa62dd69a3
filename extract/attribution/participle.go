package attribution

// This file reads statements introduced by a participle after a comma:
// "…, warning that …", "…, calling it “…”", "X rejected the report, saying
// …". The participle's speaker is the subject of the clause it hangs on.

// participle reads the participle cue at toks[k], which follows a comma.
// After a statement of its own ("X said …, warning that …") it is a second
// statement of the same speaker, unless it only goes on with the first
// ("adding that"); after a clause with no cue ("X addressed the nation,
// warning that …") it is the statement of that clause's subject.
func (x *extractor) participle(k int, out []cand) (cand, bool) {
	if k < 2 || !x.participleContent(k) {
		return cand{}, false
	}
	if !x.sep(k-1) || x.toks[k-2].kind != tWord && x.toks[k-2].kind != tClose {
		if !x.word(k, "saying") || !x.toks[k-1].is(fMessage) {
			return cand{}, false // "issued a statement saying …" needs no comma
		}
	}
	hi := k + 1
	if x.word(k, "pointing") {
		if !x.word(k+1, "out") {
			return cand{}, false
		}
		hi++
	}
	if len(out) > 0 {
		p := out[len(out)-1]
		// Right after the cue (", he wrote, calling …") it only goes on with it.
		if p.hedge || p.hi >= k-1 || x.toks[k].is(fAdd) {
			return cand{}, false
		}
		sp := p.sp
		sp.hasSpan = false // the speaker is named once, in the first statement
		return cand{lo: k - 1, hi: hi, cue: x.spanOf(k, hi), sp: sp, via: p.via, brk: true, second: true}, true
	}
	s0 := x.clauseStart(k)
	e := s0
	for e < k && x.toks[e].kind == tWord && (x.toks[e].cap || x.toks[e].ment >= 0 || x.toks[e].is(fDet|fRole|fAnon|fSide|fNumber) ||
		x.word(e, "and") && e > s0 && e+1 < k && (x.toks[e+1].cap || x.toks[e+1].ment >= 0)) {
		e++
	}
	subj := e
	if x.sep(e) && e > s0 {
		e = x.afterAside(e, k-1) // "Zakharova, the ministry's spokeswoman, went further, describing"
	}
	if (x.word(e, "on") || x.word(e, "in")) && e+1 < k && x.toks[e+1].is(fCalendar) {
		e += 2 // "The Kremlin on Tuesday rejected …"
	}
	if e == s0 || e >= k-1 || x.toks[e].kind != tWord || x.toks[e].cap || x.toks[e].is(fBound|fPrep) {
		return cand{}, false
	}
	sp, ok := x.interpret(s0, subj, "")
	if !ok || sp.cont == contReport {
		return cand{}, false
	}
	return cand{lo: s0, hi: hi, cue: x.spanOf(k, hi), sp: sp, brk: true, second: true}, true
}

// participleContent: what follows the participle is a statement. "saying"
// takes any clause; the others need "that", a colon or a quotation soon
// ("calling it “game-changing”"), so "warning of" and "calling for" stay out.
func (x *extractor) participleContent(k int) bool {
	p := k + 1
	if x.word(k, "pointing") {
		p++
	}
	if p >= len(x.toks) || x.toks[p].kind == tPunct && x.toks[p].r != ':' {
		return false
	}
	if x.word(k, "saying") {
		return !x.word(p, "goodbye") && !x.toks[p].is(fPrep) || x.opensContent(p)
	}
	if x.word(k, "calling") {
		if x.word(p, "for") || x.word(p, "on") || x.word(p, "off") {
			return false
		}
		// "calling them propaganda": an object and what it is called.
		obj := x.word(p, "it") || x.word(p, "them") || x.word(p, "this") || x.word(p, "these")
		return obj && p+1 < len(x.toks) && x.toks[p+1].kind == tWord || x.opensContent(p)
	}
	return x.opensContent(p)
}

// clauseStart is where the subject of the sentence starts: after a short
// introductory phrase ("On Sunday, ", "After the meeting, ") when there is
// one.
func (x *extractor) clauseStart(k int) int {
	if d := x.afterDateline(k); d > 0 {
		return d
	}
	if x.lead > 0 {
		return x.lead
	}
	if len(x.toks) == 0 || !(x.toks[0].is(fPrep|fCalendar) || x.word(0, "later") || x.word(0, "earlier")) {
		return 0
	}
	for i := 1; i < k && i < 8; i++ {
		if x.toks[i].kind == tPunct {
			if x.toks[i].r == ',' {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// issued reads "X issued a joint statement: …", "…, saying …" or "…,
// <clause>": the message is the cue and X its speaker.
func (x *extractor) issued(k int) (cand, bool) {
	m := k + 1
	if x.word(k, "voted") {
		m = x.votedFor(k) // "voted 141 to 7 for a resolution demanding …"
	}
	if !x.word(m, "a") && !x.word(m, "the") && !x.word(m, "its") && !x.word(m, "their") {
		return cand{}, false
	}
	m++
	if x.word(m, "joint") || x.word(m, "short") || x.word(m, "brief") || x.word(m, "final") {
		m++
	}
	if m+2 >= len(x.toks) || !x.toks[m].is(fMessage) {
		return cand{}, false
	}
	hi := m + 1
	for hi < len(x.toks) && hi < m+5 && x.toks[hi].kind == tWord && !x.word(hi, "saying") && !x.word(hi, "that") && x.demands(hi) == 0 {
		hi++ // "issued a statement on Sunday saying"
	}
	if hi+1 >= len(x.toks) {
		return cand{}, false
	}
	if n := x.demands(hi); n > 0 {
		hi += n
		if x.word(hi, "that") {
			hi++ // "demanding that …"
		}
		return x.issuedBy(k, m, hi)
	}
	if x.sep(hi) && x.word(hi+1, "saying") {
		hi++
	}
	switch {
	case x.word(hi, "saying") || x.word(hi, "that"):
		hi++
	case x.toks[hi].kind == tPunct && (x.toks[hi].r == ':' || x.toks[hi].r == ',' && x.toks[hi+1].kind == tWord):
	default:
		return cand{}, false
	}
	return x.issuedBy(k, m, hi)
}

// issuedBy is the statement whose message toks[m] the verb toks[k] issued,
// its cue ending before toks[hi]: the speaker is the verb's subject.
func (x *extractor) issuedBy(k, m, hi int) (cand, bool) {
	j := x.skipBack(k - 1)
	if j < 0 || x.toks[j].kind != tWord || x.notStatement(j, k) {
		return cand{}, false
	}
	lo := x.subjectStart(j)
	sp, ok := x.interpret(lo, j+1, "")
	if !ok || x.negatedSubject(lo, j+1) {
		return cand{}, false
	}
	cue := m
	if x.word(m-1, "joint") {
		cue--
	}
	return cand{lo: lo, hi: hi, cue: x.spanOf(cue, m+1), sp: sp}, true
}

// timeStamp is the number of tokens of a time stamp opening the sentence,
// as live blogs print them ("10:42", "10:42 GMT", "10.42"), else 0.
func (x *extractor) timeStamp() int {
	if len(x.toks) < 4 || !x.digits(0) || x.toks[1].kind != tPunct || x.toks[1].r != ':' && x.toks[1].r != '.' || !x.digits(2) {
		return 0
	}
	n := 3
	for _, w := range []string{"am", "pm", "gmt", "utc", "cet", "cest", "eet", "eest", "msk"} {
		if x.word(n, w) {
			n++
			break
		}
	}
	return n
}

func (x *extractor) digits(i int) bool {
	t := &x.toks[i]
	if t.kind != tWord || t.End-t.Start > 2 {
		return false
	}
	for p := t.Start; p < t.End; p++ {
		if !isDigitByte(x.d.Text[p]) {
			return false
		}
	}
	return true
}

// afterDateline skips a wire dateline ("KYIV, June 3 (Reuters) - "): words,
// numbers and brackets up to a dash within the first words, no verb among
// them.
func (x *extractor) afterDateline(k int) int {
	for i := 0; i < k && i < 12; i++ {
		t := &x.toks[i]
		if x.sep(i) && t.r != ',' {
			if i > 0 && i+1 < k {
				return i + 1
			}
			return 0
		}
		if t.kind == tWord && !t.cap && !isDigitByte(x.d.Text[t.Start]) && (i == 0 || x.toks[i-1].r != '(') {
			return 0
		}
	}
	return 0
}

// votedFor is the token after "for a" in "voted (141 to 7, …) for a
// resolution", within a few words of "voted", else an index that fails.
func (x *extractor) votedFor(k int) int {
	for i := k + 1; i < len(x.toks) && i < k+12; i++ {
		if x.word(i, "for") {
			return i + 1
		}
		if x.toks[i].kind == tPunct && x.toks[i].r != ',' {
			break
		}
	}
	return len(x.toks)
}

// demands is the number of tokens of a verb that makes a message a demand
// ("a resolution demanding …", "which demands that …", "that calls on …"),
// else 0. Other content verbs of a message ("a letter describing the
// trip") report no statement.
func (x *extractor) demands(i int) int {
	if x.word(i, "demanding") || x.word(i, "urging") {
		return 1
	}
	if !x.word(i, "which") && !x.word(i, "that") || i+1 >= len(x.toks) {
		return 0
	}
	v := i + 1
	if x.toks[v].kind == tOpen {
		v++ // which “demands that …”
	}
	if x.word(v, "demands") || x.word(v, "demanded") || x.word(v, "urges") || x.word(v, "urged") {
		return v - i + 1
	}
	if (x.word(v, "calls") || x.word(v, "called")) && (x.word(v+1, "on") || x.word(v+1, "upon")) {
		return v - i + 2
	}
	return 0
}
