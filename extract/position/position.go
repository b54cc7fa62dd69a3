// Package position finds the parties' stances on the issues of the
// negotiation: who demands, offers, accepts, rejects or considers what
// ("The Russian side put forward three preconditions: … remain neutral …"
// gives Russia demand nato_neutrality).
//
// A clause is cut into stretches, each opened by a stance cue ("demanded",
// "opposes", "no longer insists on", "ready to"); the stretch's issue terms
// are the issues, the party speaking before the cue is the holder. Pronouns,
// passives ("Ukraine is required to …") and enumerations after a colon take
// the holder of the stance told just before; "these conditions" takes its
// issues from it. A party is the one a mention stands for (Mention.Party).
package position

import (
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// Stage extracts positions with one issue vocabulary. Build it once with
// New; it is read-only afterwards and safe for concurrent use.
type Stage struct {
	issues  []truce.Issue
	matcher matcher
}

// New prepares the issue vocabulary for matching.
func New(issues []truce.Issue) *Stage {
	return &Stage{issues: issues, matcher: newMatcher(issues)}
}

// Extract returns the positions of d on the given issues. It builds the
// term index on every call; a pipeline should use New once instead.
func Extract(d *extract.Doc, issues []truce.Issue) []truce.Position {
	return New(issues).Extract(d)
}

// Extract returns the positions of d in text order. It reads d.Sentences,
// d.Mentions and d.Attributions.
func (st *Stage) Extract(d *extract.Doc) []truce.Position {
	x := &extractor{st: st, d: d, lower: d.Lower(), conditioned: -1}
	defer x.putBuffers(x.takeBuffers())
	for si, s := range d.Sentences {
		if !s.Valid(len(d.Text)) || s.Len() == 0 {
			continue
		}
		x.sentence(si, s)
	}
	return x.out
}

// extractor holds the state of one document.
type extractor struct {
	st      *Stage
	d       *extract.Doc
	lower   string
	toks    []clause.Token
	clauses []clause.Clause
	hits    []hit
	out     []truce.Position

	// The stance told last, for pronouns, passives, enumerations and
	// "these conditions".
	ctx context
	// The first person with a party named in this sentence, and that of
	// the sentence before, for "he" and "she".
	person struct {
		party string
		start int
	}
	prevPerson string
	// The party of the first subject of the sentence before, and of this
	// one, for "it" and "its" when no stance was told just before.
	prevSubject, subjectParty string
	conditioned               int // the sentence whose condition was taken, or -1
	// The party of a capital that opens the sentence: "In Kyiv, officials
	// said …".
	locative  string
	trail     []int // per token: the next ", which"-like boundary
	subjectAt int   // byte offset of the holder named by the last holders call, or -1
}

// context is the stance told last.
type context struct {
	holders  []string
	stance   string
	issues   []int
	sentence int // index of the sentence it was told in
}

func (x *extractor) sentence(si int, s truce.Span) {
	x.toks = clause.Words(x.toks[:0], x.lower, s)
	if n := len(x.toks); n == 0 || x.toks[n-1].Lower == "?" {
		return
	}
	if si-x.ctx.sentence > 1 {
		x.ctx = context{} // a stance told two sentences ago is no antecedent
	}
	x.clauses = clause.Split(x.clauses[:0], x.toks)
	ms := x.d.MentionsIn(s)
	x.prevPerson = x.person.party
	x.person.party = ""
	for _, m := range ms {
		if m.Type == truce.Person && m.Party != "" {
			x.person.party, x.person.start = m.Party, m.Start
			break
		}
	}
	x.prevSubject, x.subjectParty = x.subjectParty, ""
	for _, m := range ms {
		if p := x.party(m); p != "" && !x.object(m.Start) && !x.modifier(m) {
			x.subjectParty = p
			break
		}
	}
	x.locative = x.locativeParty(ms)
	if x.subjectParty == "" {
		x.subjectParty = x.locative
	}
	x.trail = trailing(x.trail[:0], x.toks)
	for k, c := range x.clauses {
		if c.Sub == "if" || c.Sub == "unless" || c.Sub == "once" {
			x.condition(si, x.wholeCondition(c, k))
			continue
		}
		x.clause(si, c, ms)
	}
}
