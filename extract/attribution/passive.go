package attribution

// This file reads cues in the passive: "it is reported that" (a hedge),
// "X is reported to …" (unnamed reports) and "was confirmed by the Kremlin"
// (the agent speaks).

// passive reads "it is reported that" as a hedge; other passives ("he was
// told") name no speaker.
func (x *extractor) passive(be, k int) (cand, bool) {
	s := x.skipBack(be - 1)
	if s >= 0 && x.toks[s].kind == tWord && !x.word(s, "it") && x.word(k, "reported") && x.word(k+1, "to") &&
		k+2 < len(x.toks) && x.toks[k+2].kind == tWord && !x.toks[k+2].cap && x.toks[k+2].ment < 0 && !x.toks[k+2].is(fDeterminer|fNumber) {
		// "Orbán is reported to be the main holdout": unnamed reports speak.
		sp := speaker{anon: true, generic: true, head: "reports", name: "unnamed reports"}
		return cand{lo: be, hi: k + 2, cue: x.spanOf(k, k+1), sp: sp}, true
	}
	if c, ok := x.passiveBy(be, k); ok {
		return c, true
	}
	if s < 0 || !x.word(s, "it") || !(x.word(k, "reported") || x.word(k, "said") || x.word(k, "claimed") ||
		x.word(k, "believed") || x.word(k, "alleged") || x.word(k, "rumoured") || x.word(k, "rumored")) {
		return cand{}, false // "it should be noted that" hedges nothing
	}
	hi := k + 1
	if x.word(hi, "that") {
		hi++
	}
	return cand{lo: s, hi: hi, cue: x.spanOf(k, k+1), hedge: true}, true
}

// passiveBy reads "The same request was described to our newspaper,
// separately, by a European official": the agent after "by" is the
// speaker and the subject before the cue what was said.
func (x *extractor) passiveBy(be, k int) (cand, bool) {
	if be < 2 || x.toks[k].is(fStrict) && !x.word(k, "described") || x.negatedBefore(k) {
		return cand{}, false
	}
	b := -1
	for i := k + 1; i < len(x.toks) && i < k+9; i++ {
		if x.word(i, "by") {
			b = i
			break
		}
		if x.toks[i].kind != tWord && x.toks[i].r != ',' || x.word(i, "that") || x.toks[i].is(fCue) {
			return cand{}, false
		}
	}
	if b < 0 {
		return cand{}, false
	}
	end := b + 1
	for end < len(x.toks) && end < b+12 && x.toks[end].kind == tWord && !x.toks[end].is(fBound) {
		end++
	}
	sp, ok := x.interpret(b+1, end, "")
	if !ok || sp.cont == contReport {
		return cand{}, false
	}
	return cand{lo: be, hi: end, cue: x.spanOf(k, k+1), sp: sp, inverted: true, before: true}, true
}

// reportedly reads a sentence with no cue but "reportedly" or "allegedly"
// ("Abramovich was in the room again, reportedly as a go-between"): unnamed
// reports say it. It reports whether it made a statement.
func (x *extractor) reportedly() bool {
	k := -1
	for i := x.lead; i < len(x.toks); i++ {
		t := &x.toks[i]
		if t.kind == tWord && !t.quoted && t.is(fCue) {
			return false // "…, the ministry said": someone named says it
		}
		if k < 0 && !t.quoted && (x.word(i, "reportedly") || x.word(i, "allegedly")) {
			k = i
		}
	}
	if k < 0 || len(x.toks)-x.lead < 5 {
		return false
	}
	x.maskFrames(nil)
	c := cand{lo: k, hi: k + 1, cue: x.toks[k].Span, hedge: true,
		sp: speaker{anon: true, generic: true, head: "reports", name: "unnamed reports"}}
	content := x.region(x.lead, len(x.toks))
	x.emit(c, nil, content, true, content)
	return true
}
