package timex

import "strings"

// Tense is the grammatical time of a clause, as far as a few cue words tell.
// It decides which way a bare weekday or a year-less date points.
type Tense uint8

// The tenses. Unknown and Present resolve like Past: news mostly reports
// what has happened.
const (
	Unknown Tense = iota
	Past
	Present
	Future
)

func (t Tense) String() string {
	switch t {
	case Past:
		return "past"
	case Present:
		return "present"
	case Future:
		return "future"
	}
	return "unknown"
}

// cue is a token that sets the tense from where it stands.
type cue struct {
	tok   int
	tense Tense
}

// DetectTense returns the tense of the first verb cue in sentence: the main
// verb of most news sentences comes first ("Russia said it will …" is Past).
func DetectTense(sentence string) Tense {
	toks := tokenize(sentence, lowerASCII(sentence), 0, len(sentence), nil)
	cues := findCues(toks, nil)
	for k, c := range cues {
		// "is expected to", "is going to": the auxiliary yields to what follows.
		if c.tense == Present && k+1 < len(cues) && cues[k+1].tok-c.tok <= 3 {
			continue
		}
		return c.tense
	}
	return Unknown
}

// TenseAt returns the tense that governs byte offset pos of sentence: the
// nearest cue before pos, else the nearest after it. In "Russia said on
// Wednesday it was ready to meet on Thursday" Wednesday is Past and Thursday
// Future.
func TenseAt(sentence string, pos int) Tense {
	toks := tokenize(sentence, lowerASCII(sentence), 0, len(sentence), nil)
	cues := findCues(toks, nil)
	i := 0
	for i < len(toks) && toks[i].start < pos {
		i++
	}
	var c cursor
	return c.at(cues, i)
}

// cursor walks the cues of a sentence as the scanner moves right, so that
// looking up the tense of every expression stays linear. The cue governing
// token t is the last one before t, else the first one after it.
type cursor struct{ next int }

func (c *cursor) at(cues []cue, tok int) Tense {
	// Rules peek a few tokens ahead, so a query may step back a little.
	for c.next > 0 && cues[c.next-1].tok >= tok {
		c.next--
	}
	for c.next < len(cues) && cues[c.next].tok < tok {
		c.next++
	}
	if c.next > 0 {
		return cues[c.next-1].tense
	}
	if c.next < len(cues) {
		return cues[c.next].tense
	}
	return Unknown
}

// findCues appends the tense cues of a sentence's tokens to buf[:0].
func findCues(toks []token, buf []cue) []cue {
	buf = buf[:0]
	for i := range toks {
		if t := cueAt(toks, i); t != Unknown {
			buf = append(buf, cue{i, t})
		}
	}
	return buf
}

func cueAt(toks []token, i int) Tense {
	t := &toks[i]
	if t.kind != kWord {
		return Unknown
	}
	next := ""
	if i+1 < len(toks) && toks[i+1].kind == kWord {
		next = toks[i+1].w
	}
	prev := ""
	if i > 0 && toks[i-1].kind == kWord {
		prev = toks[i-1].w
	}
	switch {
	case t.w == "to":
		return toCue(toks, i)
	case t.w == "would":
		if next == "have" {
			return Past
		}
		return Future
	case t.w == "ll" && i > 0 && toks[i].glued && (toks[i-1].w == "'" || toks[i-1].w == "’"):
		return Future
	}
	if t.tense != Unknown {
		return t.tense // tenseWords holds no Unknown
	}
	if len(t.w) >= 5 && strings.HasSuffix(t.w, "ed") && !t.notPast && !t.caps {
		switch prev {
		case "is", "are", "am", "be", "been", "being", "will", "to":
			return Unknown // passive or infinitive, not a past verb
		}
		return Past
	}
	return Unknown
}

// toCue makes "to" a Future cue after "plans", "expected", "ready" a few
// words back ("ready on Wednesday to discuss") or after a form of "be"
// ("talks are to be held"). The cue sits on "to" so that what comes between
// keeps the tense of the main verb.
func toCue(toks []token, i int) Tense {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &toks[k]
		if t.kind != kWord {
			return Unknown
		}
		if futureBeforeTo.Has(t.w) || k == i-1 && (t.w == "is" || t.w == "are" || t.w == "was" || t.w == "were") {
			return Future
		}
	}
	return Unknown
}
