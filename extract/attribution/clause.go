package attribution

import (
	"strings"

	"github.com/truce-project/truce"
)

// cand is one cue found in a sentence with its speaker: either a statement
// of its own or a frame ("As UNIAN reported", "writes the Kyiv
// Independent") that becomes the via of another.
type cand struct {
	lo, hi   int // tokens of speaker, cue and addressee: not content
	cue      truce.Span
	sp       speaker
	via      []string
	framing  bool
	before   bool // the content precedes the cue ("…,” said X)
	inverted bool // the speaker follows the cue
	hedge    bool // "it is reported that": a hedge, not a statement
	accord   bool
	own      bool // an "according to X" that reports a statement of its own beside a verb cue
	brk      bool // a clause break (",", ";", "while", "but") precedes it
	second   bool // a participle's statement: its span starts at lo, not before
}

// cues finds the candidate attributions of the current sentence.
func (x *extractor) cues() []cand {
	var out []cand
	for k := 0; k < len(x.toks); k++ {
		t := &x.toks[k]
		if t.kind != tWord || t.quoted || !t.is(fCue|fSpecial|fPart|fIssue) {
			continue
		}
		if c, ok := x.quotesAs(k); ok {
			out = append(out, c)
			k = c.hi - 1
			continue
		}
		switch {
		case t.is(fIssue):
			if c, ok := x.issued(k); ok {
				c.brk = x.breakBetween(out, c.lo)
				out = append(out, c)
				k = c.hi - 1
			}
		case t.is(fPart):
			if c, ok := x.participle(k, out); ok {
				out = append(out, c)
				k = c.hi - 1
			}
		case x.word(k, "according") && x.word(k+1, "to"):
			if c, ok := x.according(k); ok {
				out = append(out, c)
				k = c.hi - 1
			}
		case x.word(k, "per"):
			if c, ok := x.perSource(k); ok {
				out = append(out, c)
				k = c.hi - 1
			}
		case x.word(k, "read") && x.word(k-1, "we"):
			if c, ok := x.weRead(k); ok {
				out = append(out, c)
			}
		case x.word(k, "learned") || x.word(k, "learnt") || x.word(k, "understood"):
			if c, ok := x.learnedFrom(k); ok {
				out = append(out, c)
				k = c.hi - 1
			}
		case x.word(k, "words") || x.word(k, "view") || x.word(k, "opinion") || x.word(k, "put") || x.word(k, "puts"):
			c, ok := x.inWords(k)
			if !ok && x.word(k, "put") {
				c, ok = x.putIt(k)
			}
			if !ok && (x.word(k, "put") || x.word(k, "puts")) {
				if c, ok = x.putAt(k); ok {
					c.brk = x.breakBetween(out, c.lo)
				}
			}
			if ok {
				out = append(out, c)
				k = c.hi - 1
			}
		case t.is(fSpecial) && (x.word(k+1, "with") || x.word(k+1, "to")) && x.isInterview(k):
			if c, ok := x.interview(k); ok {
				out = append(out, c)
				k = c.hi - 1
			}
		case (t.is(fCue) || x.word(k, "quoted") || x.word(k, "cited") || x.word(k, "made") && x.word(k+1, "known")) &&
			t.ment < 0 && (!t.cap || x.sentenceStart(k)):
			c, ok := x.verb(k)
			if ok {
				c.brk = x.breakBetween(out, c.lo)
			} else {
				c, ok = x.coordinated(k, out)
			}
			if ok {
				out = append(out, c)
				k = max(k, c.hi-1)
			}
		}
	}
	return x.ownAccords(out)
}

// verb reads a cue verb at toks[k] with its speaker before ("X said") or
// after ("…, said X").
func (x *extractor) verb(k int) (cand, bool) {
	t := x.toks[k]
	if t.poss || x.pluralNoun(k) || x.callNoun(k) {
		return cand{}, false
	}
	if x.word(k-1, "as") && x.word(k+1, "by") {
		return x.asReportedBy(k)
	}
	cueEnd, via := k+1, ""
	if x.word(k, "pointed") || x.word(k, "made") {
		if !x.word(k+1, "out") && !(x.word(k, "made") && x.word(k+1, "known")) {
			return cand{}, false
		}
		cueEnd++ // "pointed out that", "made known that"
	}
	if x.word(k, "quoted") || x.word(k, "cited") {
		p := k + 1
		if x.word(p, "by") && p+1 < len(x.toks) && x.toks[p+1].cap { // "cited by TASS as saying"
			e := x.capRun(p+1, min(len(x.toks), p+7))
			via, p = x.nameAt(p+1, p+1, e).name, e
		}
		if !x.word(p, "as") || !x.word(p+1, "saying") {
			return cand{}, false
		}
		cueEnd = p + 2
	}
	j := x.skipBack(k - 1)
	if x.notStatement(j, k) {
		return cand{}, false
	}
	if j >= 0 && x.toks[j].is(fBe) && cueEnd == k+1 {
		return x.passive(j, k)
	}
	if cueEnd > k+1 {
		j = x.skipBack(j)
		for j >= 0 && x.toks[j].is(fBe) {
			j = x.skipBack(j - 1)
		}
	}
	if j < 0 || x.toks[j].kind != tWord {
		if x.namedApposition(j) {
			if c, ok := x.appositive(k, cueEnd, j); ok {
				return c, true // "The Kremlin spokesman, Dmitry Peskov, said the …"
			}
		}
		if c, ok := x.inverted(k, j); ok || j < 1 || x.toks[j].r != ',' || x.toks[j-1].kind != tWord {
			return c, ok
		}
		return x.appositive(k, cueEnd, j)
	}
	c, ok := x.forward(k, cueEnd, j)
	if ok && via != "" {
		c.via = append([]string{via}, c.via...)
		c.cue = x.spanOf(k, k+1)
	}
	return c, ok
}

// pluralNoun: a cue in -s followed by a verb is a plural noun ("the Baltic
// states warned", "such claims were").
func (x *extractor) pluralNoun(k int) bool {
	t := &x.toks[k]
	if t.End-t.Start < 5 || x.d.Text[t.End-1] != 's' || k+1 >= len(x.toks) || x.word(k, "says") {
		return false
	}
	if x.word(k-2, "the") && x.toks[k-1].cap && x.toks[k-1].ment < 0 && (t.is(fStrict) || x.word(k, "claims") || x.word(k, "demands")) {
		return true // "the Western promises", "the Baltic claims"
	}
	n := &x.toks[k+1]
	if x.word(k, "states") && (n.kind == tPunct && n.r != ':' || x.word(k+1, "and") || x.word(k+1, "or") ||
		x.word(k+1, "which") || x.word(k+1, "to")) {
		return true // "alongside the G7 states, and …": the noun
	}
	return n.kind == tWord && !n.cap && (n.is(fCue|fBe) || x.word(k+1, "have") || x.word(k+1, "had"))
}

// callNoun: "a conference call", "phone calls", "a think tank", "state
// media" name no statement.
func (x *extractor) callNoun(k int) bool {
	if x.word(k, "think") && (x.word(k+1, "tank") || x.word(k+1, "tanks")) {
		return true // "the ISW think tank"
	}
	if x.word(k, "state") && k+1 < len(x.toks) && stateNouns[x.lower(k+1)] {
		return true // "Russian state media reported"
	}
	if !x.word(k, "call") && !x.word(k, "calls") {
		return false
	}
	return x.word(k-1, "conference") || x.word(k-1, "phone") || x.word(k-1, "telephone") ||
		x.word(k-1, "video") || x.word(k-1, "first") || x.word(k-1, "joint") || x.word(k-1, "recent")
}

// forward reads "X said …" with the subject ending at toks[j]; a subject
// with a relative clause ("A Russian official who asked not to be named
// said") is read up to "who".
func (x *extractor) forward(k, cueEnd, j int) (cand, bool) {
	if x.toks[j].is(fCue) && !x.toks[j].is(fReport|fAnon) && !x.toks[j].cap {
		return cand{}, false // "has denied reports that": a noun after a verb
	}
	if x.word(j, "and") || x.word(j, "but") {
		return cand{}, false // "X thanked Y and said": the subject is X's, see coordinated
	}
	c, ok := x.subject(k, cueEnd, j)
	if ok {
		return c, true
	}
	for w := j; w > 0 && w > j-12 && x.toks[w].kind == tWord; w-- {
		if x.word(w, "who") || x.word(w, "which") || x.issuedDoc(w) {
			if c, ok := x.subject(k, cueEnd, w-1); ok {
				c.hi = cueEnd
				return c, true
			}
			break
		}
	}
	return cand{}, false
}

func (x *extractor) subject(k, cueEnd, j int) (cand, bool) {
	lo := x.subjectStart(j)
	c := cand{lo: lo, hi: cueEnd, cue: x.spanOf(k, cueEnd)}
	addressee := x.addressee(&c, k)
	sp, ok := x.interpret(lo, j+1, addressee)
	if x.word(j, "it") {
		if at, ok2 := x.statementOf(c.hi); ok2 {
			sp, ok = at, true // "it said in a statement of the US government"
		}
	}
	if !ok || x.negatedSubject(lo, j+1) || x.word(lo-1, "if") || x.word(lo-1, "unless") || x.word(lo-1, "who") {
		return cand{}, false // "if Russia says no": a hypothesis, not a statement
	}
	c.sp = sp
	if _, ok := x.showCue(k, j, c.hi); !ok {
		return cand{}, false // "the map shows", "has shown restraint"
	}
	if lo > 0 && x.word(lo-1, "as") {
		c.lo, c.framing = lo-1, true
	}
	x.citing(&c)
	x.citingLead(&c)
	after := x.afterIsContent(c.hi)
	quoteBefore := lo > 0 && (x.toks[lo-1].kind == tClose || lo > 1 && x.sep(lo-1) && x.toks[lo-2].kind == tClose) &&
		!x.opensContent(c.hi)
	if x.dismissedAnd(k, c.hi) {
		return cand{}, false // the "and said" after it reports the whole
	}
	rel := x.relativeDenial(lo, k)
	if rel {
		c.lo = x.skipRelative(lo) // the statement starts at "which" or "a claim"
	}
	if x.toks[k].is(fStrict) && !rel && !quoteBefore && !x.opensContent(c.hi) && !x.strictObject(k, c.hi) && !x.commaAside(lo, c.hi) {
		return cand{}, false // "promises to", "insists on", "called for"
	}
	if x.toks[k].is(fStrict) && !rel && lo > 0 && (x.word(lo-1, "what") || x.word(lo-1, "which")) {
		return cand{}, false // "what he called a “peace formula”"
	}
	if x.word(c.hi, "to") && c.hi+1 < len(x.toks) && !x.toks[c.hi+1].cap && x.toks[c.hi+1].ment < 0 &&
		!x.toks[c.hi+1].is(fDeterminer) {
		return cand{}, false // "claims to have annexed"
	}
	if lo >= 3 && (quoteBefore || x.sep(lo-1) && !after) {
		c.before = true
	}
	return c, true
}

// inverted reads "…, said X" and "…,” reacted the head of diplomacy X".
func (x *extractor) inverted(k, j int) (cand, bool) {
	if j >= 0 && x.toks[j].kind != tClose && !x.sep(j) && !x.singleClose(j) || x.toks[k].is(fTell) {
		return cand{}, false
	}
	perfect := j >= 0 && j == k-2 && (x.word(k-1, "has") || x.word(k-1, "had")) // "…, had explained the organisation"
	if x.toks[k].is(fStrict) && !perfect && (j < 0 || x.toks[j].kind != tClose && !x.singleClose(j) && (j < 1 || x.toks[j-1].kind != tClose)) {
		return cand{}, false // ", called the team …" is a verb of its own
	}
	end := k + 1
	for end < len(x.toks) && end < k+12 && x.toks[end].kind == tWord &&
		!(x.toks[end].is(fStop) && end > k+1) && !x.toks[end].is(fCue|fBe|fModal|fAux) {
		end++
	}
	if end == k+1 || x.word(k+1, "that") || x.toks[k+1].is(fPrep) && !x.toks[k+1].is(fAnon) {
		return cand{}, false // "first reported by Axios"
	}
	if end < len(x.toks) && x.toks[end].kind == tWord && !x.toks[end].is(fStop) {
		return cand{}, false // ", said the Holy See is ready": a clause, not a speaker
	}
	c := cand{lo: k, hi: end, cue: x.spanOf(k, k+1), inverted: true, before: j >= 0}
	sp, ok := x.interpret(k+1, end, "")
	if !ok || sp.cont == contRef && end < len(x.toks) && x.toks[end].kind == tWord {
		return cand{}, false // ", said he believed that …" is no inversion
	}
	c.sp = sp
	if name, e := x.medium(end); name != "" {
		c.via, c.hi = appendName(c.via, name), e
	}
	return c, true
}

// singleClose: toks[j] is a single quote mark closing a quotation after its
// last punctuation ("'We are ready,' says Lavrov"), which the quotation
// finder leaves alone because it doubles as an apostrophe.
func (x *extractor) singleClose(j int) bool {
	t := &x.toks[j]
	if t.kind != tPunct || t.r != '\'' && t.r != '’' || j < 1 || x.toks[j-1].kind != tPunct {
		return false
	}
	r := x.toks[j-1].r
	return r == ',' || r == '.' || r == '!' || r == '?'
}

// afterIsContent: what follows the frame is a clause ("that …", ": “…”", or
// words), not an adverbial tail ("at a press conference.") or nothing.
func (x *extractor) afterIsContent(p int) bool {
	if p >= len(x.toks) {
		return false
	}
	t := &x.toks[p]
	if t.kind == tPunct && t.r == ',' && x.word(p+1, "that") {
		return true // "…, citing a person in the room, that …"
	}
	if t.kind == tPunct && t.r != ':' {
		return false
	}
	if t.kind == tWord && t.is(fPrep) {
		for q := p; q < len(x.toks) && q < p+12 && x.toks[q].r != ','; q++ {
			if x.word(q, "that") || x.toks[q].r == ':' || x.toks[q].kind == tOpen {
				return true
			}
		}
		return false
	}
	return true
}

// opensContent: a strict cue ("insisted") needs "that" or ":" soon, or a
// quotation within a few words ("called the talks “constructive”").
func (x *extractor) opensContent(p int) bool {
	object := x.word(p, "its") || x.word(p, "his") || x.word(p, "her") || x.word(p, "their") || x.word(p, "our")
	for q := p; q < len(x.toks) && q < p+7; q++ {
		t := &x.toks[q]
		if t.kind == tOpen || !object && (x.word(q, "that") || t.r == ':') {
			return true
		}
		if t.kind == tPunct && t.r != ':' && (t.r != ',' || q > p) || x.word(q, "to") && q == p {
			return false
		}
	}
	return false
}

func (x *extractor) atEnd(p int) bool {
	for ; p < len(x.toks); p++ {
		if x.toks[p].kind == tWord || x.toks[p].kind == tOpen {
			return false
		}
	}
	return true
}

// breakBetween: a clause break lies between the last candidate and toks[lo].
func (x *extractor) breakBetween(cs []cand, lo int) bool {
	from := 0
	if len(cs) > 0 {
		from = cs[len(cs)-1].hi
	}
	for i := from; i < lo; i++ {
		t := &x.toks[i]
		if t.kind == tPunct && t.r == ',' && x.word(i+1, "that") {
			continue // "reported, citing a person in the room, that X told …": the content opens
		}
		if t.kind == tPunct && (t.r == ',' || t.r == ';' || t.r == ':') || t.kind == tClose ||
			x.word(i, "while") || x.word(i, "but") || x.word(i, "whereas") {
			return true
		}
	}
	return false
}

// sep: toks[i] is a comma or a dash, which set a quotation off from its
// cue ("«…», — Peskov said").
func (x *extractor) sep(i int) bool {
	t := &x.toks[i]
	return t.kind == tPunct && (t.r == ',' || t.r == '-' || t.r == '–' || t.r == '—')
}

// sentenceStart: toks[k] opens the sentence or a quotation, where a
// capitalised cue is still a verb ("Says Hersh").
func (x *extractor) sentenceStart(k int) bool {
	return k == 0 || x.toks[k-1].kind == tOpen
}

// word reports whether toks[i] is the word w, ignoring case.
func (x *extractor) word(i int, w string) bool {
	if i < 0 || i >= len(x.toks) || x.toks[i].kind != tWord {
		return false
	}
	t := x.toks[i]
	return t.End-t.Start == len(w) && strings.EqualFold(x.d.Text[t.Start:t.End], w)
}

func (x *extractor) find(lo, hi int, words ...string) int {
	for i := lo; i < hi; i++ {
		for _, w := range words {
			if x.word(i, w) {
				return i
			}
		}
	}
	return -1
}

func (x *extractor) spanOf(lo, hi int) truce.Span {
	return truce.Span{Start: x.toks[lo].Start, End: x.toks[hi-1].End}
}

// commaAside: the cue and its subject stand between commas inside the
// statement ("the plans, it argues, risk …"), so a strict cue needs no
// "that".
func (x *extractor) commaAside(lo, hi int) bool {
	return lo >= 3 && hi < len(x.toks) && x.toks[lo-1].r == ',' && x.toks[hi].r == ',' &&
		x.toks[lo-1].kind == tPunct && x.toks[hi].kind == tPunct && hi-lo <= 5
}

var stateNouns = map[string]bool{"media": true, "television": true, "tv": true, "news": true, "agency": true,
	"broadcaster": true, "channel": true, "outlets": true, "press": true, "newspaper": true, "radio": true}
