package attribution

import "github.com/truce-project/truce"

// This file finds the subject of a cue verb: what stands between it and the
// verb, where it starts, and the clauses set off by commas around it.

// notStatement: "to explain", "will explain", "having demanded", "did not
// confirm", "its demands", "Moscow's demand" report no statement; toks[j] is
// the word before the cue after skipBack.
func (x *extractor) notStatement(j, k int) bool {
	if x.word(j, "to") && x.word(j-1, "on") && (x.word(j-2, "went") || x.word(j-2, "goes") || x.word(j-2, "go")) {
		return false // "He went on to say that …"
	}
	if x.word(j, "to") || x.word(j, "having") || j >= 0 && (x.toks[j].poss || x.toks[j].is(fDeterminer)) {
		return true
	}
	for i := max(j+1, 0); i < k; i++ {
		t := x.toks[i]
		if t.kind == tWord && (t.is(fNeg) || t.is(fModal) && x.toks[k].is(fBase)) {
			return true
		}
	}
	return false
}

// negatedSubject: the subject is denied ("Neither the White House nor the
// Kremlin commented").
func (x *extractor) negatedSubject(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if x.toks[i].is(fNeg) {
			return true
		}
	}
	return false
}

// appositive finds the subject of "X, the head of …, said" and "X, who …,
// said" when the cue follows the comma at j: the name before the
// apposition, or a name that is the apposition itself ("The head of the
// delegation, Vladimir Medinsky, said").
func (x *extractor) appositive(k, cueEnd, j int) (cand, bool) {
	c2 := -1
	for i := j - 1; i >= 0 && i > j-30; i-- {
		if x.toks[i].r == ',' && x.toks[i].kind == tPunct {
			c2 = i
			break
		}
	}
	if c2 < 1 || x.toks[c2-1].kind != tWord {
		return cand{}, false
	}
	first := &x.toks[c2+1]
	if first.kind == tWord && (first.ment >= 0 && x.d.Mentions[first.ment].Type == truce.Person || first.cap && !first.is(fDet)) ||
		x.titledName(c2+1, j) {
		return x.forward(k, cueEnd, j-1) // the apposition is the name
	}
	if x.word(c2+1, "who") && x.toks[c2-1].is(fAnon|fRole) {
		c, ok := x.forward(k, cueEnd, c2-1) // "A Western diplomat, who asked not to be named, said"
		if ok {
			c.hi = cueEnd
		}
		return c, ok
	}
	if x.toks[c2-1].ment >= 0 || x.toks[c2-1].cap {
		c, ok := x.forward(k, cueEnd, c2-1) // the name before a description or a relative clause
		if ok {
			c.hi = cueEnd
		}
		return c, ok
	}
	return x.personBeforeAside(k, cueEnd, c2)
}

// titledName: toks[lo:j] is a person's name after lower-case words of a
// title ("presidential adviser Mykhailo Podolyak"), so that the apposition
// in "Another member of the delegation, <title> <name>, said" names the speaker.
func (x *extractor) titledName(lo, j int) bool {
	if j-1 <= lo || x.toks[j-1].ment < 0 || x.d.Mentions[x.toks[j-1].ment].Type != truce.Person {
		return false
	}
	m := x.toks[j-1].ment
	names := false // a first name the knowledge base left out of the mention
	for i := lo; i < j && x.toks[i].ment != m; i++ {
		t := &x.toks[i]
		names = names || t.cap && i > lo
		if t.kind != tWord || t.cap != names || t.is(fCue|fBe|fBound|fPrep|fDeterminer) {
			return false
		}
	}
	return true
}

// personBeforeAside finds "Putin, addressing the nation on February 21,
// 2022, declared": an aside with commas of its own after a person's name.
func (x *extractor) personBeforeAside(k, cueEnd, c2 int) (cand, bool) {
	for i, n := c2-1, 0; i > 0 && i > c2-30 && n < 3; i-- {
		if x.toks[i].kind != tPunct || x.toks[i].r != ',' {
			continue
		}
		n++
		if m := x.toks[i-1].ment; m >= 0 && x.d.Mentions[m].Type == truce.Person && x.d.Mentions[m].Entity >= 0 {
			c, ok := x.forward(k, cueEnd, i-1)
			if ok {
				c.hi = cueEnd
			}
			return c, ok
		}
	}
	return cand{}, false
}

// namedApposition: the comma at j closes ", <person>," whose name is the
// whole apposition, so the cue after it has that person for subject.
func (x *extractor) namedApposition(j int) bool {
	if j < 3 || !x.sep(j) || x.toks[j-1].ment < 0 {
		return false
	}
	m := x.toks[j-1].ment
	if x.d.Mentions[m].Type != truce.Person {
		return false
	}
	i := j - 1
	for i > 0 && x.toks[i-1].ment == m {
		i--
	}
	return i > 1 && x.toks[i-1].r == ',' && x.toks[i-1].kind == tPunct
}

// skipBack steps back over adverbs, auxiliaries, "**" and short
// parentheticals (", in turn,", "for its part") between subject and verb.
func (x *extractor) skipBack(j int) int {
	for j >= 0 {
		t := &x.toks[j]
		switch {
		case t.kind == tWord && (t.is(fAux) || t.ly):
			j--
		case t.kind == tPunct && (t.r == '*' || t.r == '_'):
			j--
		case x.word(j, "part") && x.word(j-2, "for"):
			j -= 3
		case x.word(j, "turn") && x.word(j-1, "in"):
			j -= 2
		case t.r == ',' && t.kind == tPunct && x.speakingAside(j) >= 0:
			j = x.speakingAside(j)
		case t.r == ',' && t.kind == tPunct:
			k := x.parenthetical(j)
			if k < 0 {
				return j
			}
			j = k
		default:
			return j
		}
	}
	return j
}

// parenthetical returns the token before ", in turn," ending at comma j, or
// -1 when j does not close one.
func (x *extractor) parenthetical(j int) int {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		t := &x.toks[k]
		if t.kind == tPunct && t.r == ',' {
			if k < j-1 && k > 0 && x.toks[k-1].kind == tWord {
				return k - 1
			}
			return -1
		}
		if t.kind != tWord || !t.is(fAux|fAside) && !t.ly {
			return -1
		}
	}
	return -1
}

// listComma: the comma at i separates two names of a list of speakers that
// ends in "and" before j.
func (x *extractor) listComma(i, j int) bool {
	if i < 1 || x.toks[i].kind != tPunct || x.toks[i].r != ',' || !x.nounMention(i+1) || x.toks[i-1].ment < 0 ||
		x.d.Mentions[x.toks[i-1].ment].Entity < 0 {
		return false
	}
	return x.find(i+1, j, "and") >= 0
}

// subjectStart walks back from the last word of a subject to its first.
func (x *extractor) subjectStart(j int) int {
	lo := j
	anon := x.toks[j].is(fAnon)
	for lo > x.lead && lo > j-14 {
		t := &x.toks[lo-1]
		if x.listComma(lo-1, j) {
			lo -= 2 // "Zelensky, Macron and Scholz said"
			continue
		}
		if t.kind == tPunct && t.r == '-' && lo >= 2 && x.toks[lo-2].kind == tWord && x.toks[lo-2].End == t.Start &&
			t.End == x.toks[lo].Start {
			lo-- // "U.S.-Ukrainian"
			continue
		}
		if t.kind != tWord || t.is(fCue|fBe) && !t.cap && !x.word(lo, "by") && !x.callNoun(lo-1) || x.word(lo-1, "what") {
			break
		}
		if t.is(fBound) {
			// "American and Russian officials", "US and Ukraine": coordinated modifiers or names.
			names := (x.toks[lo].ment >= 0 || x.word(lo, "the") && lo+1 <= j && x.toks[lo+1].ment >= 0) &&
				lo-2 >= 0 && x.toks[lo-2].ment >= 0
			if !x.word(lo-1, "and") || !anon && !names || lo < 2 || !(x.toks[lo-2].cap || x.toks[lo-2].ment >= 0) {
				break
			}
		}
		lo--
	}
	return lo
}

// speakingAside returns the word before ", speaking on condition of
// anonymity," or ", speaking to reporters in Kyiv," ending at comma j, or
// -1: how the speaker spoke stands between subject and verb.
func (x *extractor) speakingAside(j int) int {
	for k := j - 2; k > 0 && k >= j-14; k-- {
		t := &x.toks[k]
		if t.kind != tPunct {
			continue
		}
		if t.r == ',' && x.word(k+1, "speaking") && x.toks[k-1].kind == tWord {
			return k - 1
		}
		return -1
	}
	return -1
}

// introEnd is where the subject of a sentence starts: after a dateline or a
// timeline's date ("March 27 - ") and after a short introductory phrase
// ("In Paris, "), before k.
func (x *extractor) introEnd(k int) int {
	s := x.afterDateline(k)
	if s == 0 {
		s = x.lead
	}
	if s >= k || !x.toks[s].is(fPrep|fCalendar) {
		return s
	}
	for i := s + 1; i < k && i < s+8; i++ {
		if x.toks[i].kind == tPunct {
			if x.toks[i].r == ',' {
				return i + 1
			}
			return s
		}
	}
	return s
}

// appositionEnd steps over ", head of the delegation," after a person's
// name ending before e, when a second comma closes it before j; otherwise
// it returns e.
func (x *extractor) appositionEnd(e, j int) int {
	if e < 1 || e >= j || !x.sep(e) || x.toks[e].r != ',' || x.toks[e-1].ment < 0 ||
		x.d.Mentions[x.toks[e-1].ment].Type != truce.Person {
		return e
	}
	for i := e + 1; i < j && i < e+14; i++ {
		t := &x.toks[i]
		if t.kind == tPunct {
			if t.r == ',' && i > e+1 {
				return i + 1
			}
			return e
		}
		if t.is(fCue | fBe) {
			return e
		}
	}
	return e
}
