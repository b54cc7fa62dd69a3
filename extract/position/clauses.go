package position

// Stances told across clauses: conditions, list headings, persuasion and
// judged demands.

import (
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// persuaded adds the stance of the party that was convinced to take it:
// "Washington had convinced Kyiv to accept a ceasefire" is Kyiv's too.
func (x *extractor) persuaded(si int, c clause.Clause, ms []extract.Mention, s stretch) {
	p := x.firstParty(ms, x.toks[s.cue].End, x.toks[s.won].Start)
	if p == "" {
		return
	}
	ctx := x.ctx
	x.emit(si, c, stretch{cue: s.won, after: s.after, to: s.to, stance: s.wonStance}, []string{p}, true)
	x.ctx = ctx // the presser's stance stays the context
}

// judged adds the speaker's rejection of demands they call unacceptable:
// a Ukrainian source saying Russia "put forward “unacceptable” demands"
// rejects them.
func (x *extractor) judged(si int, c clause.Clause, s stretch, holders []string) {
	j := s.cue - 1
	for j > c.From && x.toks[j].Punct && isQuoteMark(x.toks[j].Lower) {
		j--
	}
	if j < c.From || !judgeWords[x.toks[j].Lower] {
		return
	}
	sp := x.speakerParty(x.toks[s.cue].Span)
	if sp == "" || len(holders) == 0 || sp == holders[0] {
		return
	}
	ctx := x.ctx
	x.emit(si, c, stretch{cue: j, after: s.after, to: s.to, stance: Reject}, []string{sp}, true)
	x.ctx = ctx
}

var judgeWords = map[string]bool{
	"unacceptable": true, "unrealistic": true, "absurd": true, "maximalist": true, "excessive": true,
}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "«", "»":
		return true
	}
	return false
}

// enumerated makes a clause without a cue that follows a colon or semicolon
// in the sentence of the last stance an item of it ("three preconditions:
// neutrality; Crimea; …").
func (x *extractor) enumerated(si int, c clause.Clause) (stretch, bool) {
	if x.ctx.sentence != si || len(x.ctx.holders) == 0 || c.From == 0 {
		return stretch{}, false
	}
	if p := x.toks[c.From-1].Lower; p != ":" && p != ";" {
		return stretch{}, false
	}
	return stretch{cue: c.From, after: c.From, to: c.To, stance: x.ctx.stance}, true
}

// condition adds what a stance told earlier in the sentence is made to
// depend on: "ready to accept a neutral status if the guarantors give it
// security guarantees" demands the guarantees. A condition told before any
// stance of its sentence is a hypothesis, not a demand.
func (x *extractor) condition(si int, c clause.Clause) {
	if x.ctx.sentence != si || len(x.ctx.holders) == 0 || c.To-c.From < 2 || x.conditioned == si {
		return
	}
	x.conditioned = si
	holders := x.ctx.holders
	x.emit(si, c, stretch{cue: c.From, after: c.From + 1, to: x.stretchEnd(c, c.From+1), stance: Demand}, holders, false)
}

// wholeCondition is clause k of the sentence with the clause after it when
// only a comma parts them: the splitter ends a condition at its first
// comma, "if a group of guarantor countries, among them …, gives it
// security guarantees".
func (x *extractor) wholeCondition(c clause.Clause, k int) clause.Clause {
	if k+1 >= len(x.clauses) {
		return c
	}
	next := x.clauses[k+1]
	if next.Sub != "" || next.From == 0 || x.toks[next.From-1].Lower != "," {
		return c
	}
	c.To, c.End = next.To, next.End
	return c
}

// heading makes a clause that announces a list of a party's points the
// context of the items after its colon: "The ten points are: …; …".
// The points are the party's named in the clause, or else the one spoken
// of just before.
func (x *extractor) heading(si int, c clause.Clause, ms []extract.Mention) {
	if c.To-c.From < 2 || x.toks[c.To-1].Lower != ":" {
		return
	}
	stance := ""
	for j := max(c.From, c.To-5); j < c.To && stance == ""; j++ {
		// The noun closes the announcement: "The ten points are:", not
		// "a plan of 28 points divided into four categories:".
		switch w := x.toks[j].Lower; {
		case w == "conditions" || w == "demands" || w == "requirements" || w == "preconditions" || w == "points" || w == "steps":
			stance = Demand
		case w == "proposals" || w == "plan" || w == "offer" || w == "initiative":
			stance = Offer
		}
	}
	if stance == "" {
		return
	}
	var holders []string
	if p, _ := x.subject(c, ms, c.From, c.To-1, false); p != "" {
		holders = []string{p}
	} else if j := x.pronounSubject(c, c.From, c.To-1); j >= 0 {
		holders = x.pronounHolder(x.toks[j])
	} else if len(x.ctx.holders) > 0 {
		holders = x.ctx.holders
	} else if x.prevSubject != "" {
		holders = []string{x.prevSubject}
	}
	if len(holders) > 0 {
		x.ctx = context{holders: holders, stance: stance, sentence: si}
	}
}
