package attribution

// This file reads "according to X" and its variants.

// according reads "according to X".
func (x *extractor) according(k int) (cand, bool) {
	end := k + 2
	for end < len(x.toks) && end < k+18 && x.toks[end].kind == tWord {
		end++
	}
	if end == k+2 || end == k+3 && x.word(k+2, "which") {
		return cand{}, false
	}
	if ci := x.find(k+3, end, "citing"); ci > 0 && ci+1 < end {
		// "According to several media reports citing people briefed on the call"
		if sp, ok := x.interpret(k+2, ci, ""); ok {
			if a := k + 2 + btoi(x.word(k+2, "the") || x.word(k+2, "a")); sp.anon && a < ci {
				sp.name = x.d.Text[x.toks[a].Start:x.toks[ci-1].End] // a via keeps its count: "several media reports"
			}
			c := cand{lo: k, hi: ci, cue: x.spanOf(k, k+2), sp: sp, accord: true}
			x.citingAt(&c, ci)
			c.before = k > 0 && x.atEnd(c.hi)
			return c, true
		}
	}
	sp, ok := x.interpret(k+2, end, "")
	if b := x.find(k+3, end, "by"); b > 0 && b+1 < end && (x.word(b-1, "seen") || x.word(b-1, "obtained") ||
		x.word(b-1, "reviewed") || x.word(b-1, "published")) {
		if by, byOK := x.interpret(b+1, end, ""); byOK {
			sp, ok = by, true // "according to a copy seen by several news agencies"
		}
	}
	if !ok {
		return cand{}, false
	}
	c := cand{lo: k, hi: end, cue: x.spanOf(k, k+2), sp: sp, accord: true}
	if x.sep(min(end, len(x.toks)-1)) && (x.word(end+1, "which") && (x.word(end+2, "cited") || x.word(end+2, "quoted")) || x.word(end+1, "citing")) {
		c.hi = end + 1 // "According to The Washington Post, which cited people familiar …"
		if x.word(end+1, "which") {
			c.hi = end + 2
		}
		x.citingAt(&c, c.hi)
	}
	c.before = k > 0 && x.atEnd(c.hi)
	return c, true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
