package event

import (
	"sort"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// build makes the event of clause c carried by trigger tr; false when no
// participant can be named.
func (x *extractor) build(st *sentenceCtx, c clause.Clause, tr trigger, m modality, end int) (truce.Event, bool) {
	at := x.toks[tr.tok].Span
	ev := truce.Event{Span: c.Span, Type: tr.typ}
	// "Putin did not come, and Zelensky, after meeting Erdogan, …": the
	// names before the coordination are not the meeting's.
	seg := truce.Span{Start: x.coordStart(c, tr.tok), End: x.coordEnd(tr.tok, c.To, c.End, true)}
	if n, ok := x.nestedGathering(tr); ok {
		// "began discussing with Ukraine the possibility of holding peace
		// negotiations with Russia": Russia is at the negotiations, not
		// at the discussion.
		seg.End = min(seg.End, x.toks[n].End)
	}
	ev.Participants = x.participants(st, seg, at)
	if a := x.antecedent(st, c); a != "" && !x.commaBetween(c.From+1, tr.tok) {
		// "Putin, who is expected to visit Turkey": not past the end of
		// the relative clause ("X, who led the team, said that …").
		ev.Participants = merge([]string{a}, ev.Participants)
	}
	if x.clauses != nil && clause.SpeechVerb(x.toks[c.From].Lower) {
		// "Zelensky, who is in Tirana, says he spoke by phone with Trump":
		// the subject is the name the relative clause described.
		k := sort.Search(len(x.clauses), func(i int) bool { return x.clauses[i].From >= c.From }) - 1
		if k >= 0 {
			if a := x.antecedent(st, x.clauses[k]); a != "" {
				ev.Participants = merge([]string{a}, ev.Participants)
			}
		}
	}
	if tr.weak {
		// "Boris Johnson, visiting Kyiv, …": the visitor is the name the
		// participle is set against, not the rest of the clause.
		if v := x.apposed(st, tr.tok); v != "" {
			ev.Participants = []string{v}
		}
	}
	host := ""
	if x.visit(tr) && len(ev.Participants) == 1 {
		host = x.visitedParty(st, c, at) // a visit to Kyiv meets Ukraine
		ev.Participants = add(ev.Participants, host)
	}
	if tr.typ == Proposal || tr.typ == Ceasefire && m.proposed || tr.typ == Other && tr.verb && exitVerb(x.toks[tr.tok].Lower) {
		// The proposer is the subject: "The Russian side put forward …".
		if before := x.participants(st, truce.Span{Start: c.Start, End: at.Start}, at); len(before) > 0 {
			ev.Participants = before
		}
		if p := x.qualifier(st, at); p != "" {
			ev.Participants = []string{p} // "accept the American proposal": the American one
		}
	}
	if (tr.typ == Talks || tr.typ == Meeting && len(ev.Participants) == 1) && len(ev.Participants) < 2 {
		// "after a long phone call with Putin": the other side is named
		// elsewhere in the sentence, though not across ", and".
		fall := truce.Span{Start: x.sentenceCoordStart(tr.tok), End: x.coordEnd(tr.tok, len(x.toks), st.span.End, false)}
		if x.theTwo(c, tr.tok) {
			// "Zelensky said he planned to meet Xi, and the two leaders
			// spoke by phone": the pair was named before the ", and".
			fall.Start = st.span.Start
		}
		ev.Participants = merge(ev.Participants, x.participants(st, fall, at))
	} else if host != "" && len(ev.Participants) == 2 {
		// "Putin, who is expected to visit Turkey" after "Erdogan said":
		// the host named in the sentence.
		// Only the host's own leader: "Erdogan said he would talk to
		// Putin, who is expected to visit Turkey".
		for _, m := range st.mentions {
			if m.Type == truce.Person && m.Party == host && headOfState(m) {
				ev.Participants = add(ev.Participants, m.Name)
			}
		}
	}
	if len(ev.Participants) == 0 && x.toks[c.From].Lower == "and" && len(x.events) > st.first {
		// "…, and agreed on the largest exchange": the subject of the
		// sentence's event before.
		ev.Participants = append([]string(nil), x.events[len(x.events)-1].Participants...)
	} else if len(ev.Participants) == 0 && x.toks[c.From].Lower == "and" {
		// "Zelensky says Kyiv will not recognise it and postpones a
		// visit": the subject of the clause before.
		ev.Participants = x.sharedSubject(st, c, at)
	}
	if len(ev.Participants) < 2 && x.roundWord(tr) {
		ev.Participants = merge(ev.Participants, x.lastTalks()) // "the second round lasted an hour"
	}
	if len(ev.Participants) == 0 && tr.typ == Meeting && x.nextOfTalks(tr) {
		// "He proposes a new meeting between June 20 and June 30", told
		// of a round of talks: the next round.
		tr.typ, ev.Type, ev.Participants = Talks, Talks, x.lastTalks()
	}
	if len(ev.Participants) <= 1 && x.sameAgain(c, tr) {
		// "The meeting on Friday lasted three hours", "another summit in
		// the same format", "Putin suggested that the next meeting …":
		// the guests of the gathering told before, one of whom may speak.
		if e, ok := x.lastGathering(); ok && (len(ev.Participants) == 0 || overlap(ev.Participants, e.Participants)) {
			ev.Participants = merge(append([]string(nil), e.Participants...), ev.Participants)
			if e.Type == Summit {
				tr.typ = Summit
			}
		}
	}
	if tr.typ == PrisonerExchange && (len(ev.Participants) > 0 || tr.verb) {
		// Prisoners are exchanged between the two sides of the war,
		// whoever announces it.
		ev.Participants = merge(ev.Participants, belligerents)
	}
	if len(ev.Participants) == 0 && (tr.typ == Ceasefire || tr.typ == PrisonerExchange && x.exchangeOnRecord(c, tr)) && tr.det == detNew && x.namesBoth() {
		// "A ceasefire was to start at midnight", "announced an exchange
		// of 175 prisoners": between the sides of the war, in a report
		// that names both.
		ev.Participants = append([]string(nil), belligerents...)
	}
	if len(ev.Participants) == 0 {
		if !x.placedGathering(c, tr) {
			return ev, false
		}
		// "The summit in Brussels ended without a statement": the
		// gathering stands on its place, its guests unnamed.
		ev.Participants = []string{}
	}
	ev.Participants, ev.Type = x.refine(st, c, ev.Participants, tr)
	if ev.Type == PrisonerExchange {
		ev.Participants = x.sidesOf(st, ev.Participants)
	}
	ev.Place = x.place(st, truce.Span{Start: c.Start, End: end}, at, ev.Type == Proposal)
	anchor := at.Start
	if tr.typ == Proposal {
		anchor = -at.Start // the day it was put forward: "On May 10 … demanded a ceasefire starting on May 12"
	}
	if t, ok := x.timexIn(c.Span, anchor); ok {
		ev.Date = eventDate(t.Value)
		if ev.Date == "" {
			ev.Date = x.yearOfReport(t)
		}
		if len(ev.Date) == 10 && !x.plural(tr) && x.dayRange(t) {
			ev.Date = ev.Date[:7] // "on 5 and 6 June": a span of days is its month
		}
	}
	ev.Status = x.status(ev, tr, m, at)
	if ev.Status == Planned && ev.Date != "" && x.past(ev.Date) {
		ev.Date = "" // the day it was agreed, not the day it will happen
	}
	if m.called {
		ev.Type, ev.Status = Cancellation, Cancelled // "a planned meeting … did not take place"
	}
	if x.sameMeeting(st, c, ev, tr) {
		return ev, false // what was discussed at a meeting told before
	}
	switch w := x.toks[tr.tok].Lower; {
	case (w == "arrived" || w == "arrives") && len(ev.Participants) < 2:
		return ev, false // an arrival is a visit only when someone is visited
	case w == "due":
		if x.dayAfter(c, tr.tok) {
			return ev, false // "the payment is due in March": a day, not a place
		}
		if people, _, _ := x.people(st, c, ev.Participants); len(people) == 0 && !x.hasWord(c, "delegation", "delegations", "negotiators") {
			return ev, false // "the payment is due in March"
		}
		if ev.Status == Held {
			ev.Status = Planned
		}
	}
	return ev, true
}

// refine narrows participants and type once both are known: a meeting of
// heads of state is a summit, a discussion between named people a meeting
// (unless delegations talk), people stand for their countries when two or
// more are named, and a vote is cast by bodies.
func (x *extractor) refine(st *sentenceCtx, c clause.Clause, names []string, tr trigger) ([]string, string) {
	people, heads, russian := x.people(st, c, names)
	typ := tr.typ
	if len(people) >= 2 {
		names = people
		if typ == Talks && x.toks[tr.tok].Lower == "discussed" && !x.hasWord(c, "delegation", "delegations") {
			typ = Meeting // "Witkoff discussed the plan with Umerov"
		}
	}
	if typ == Meeting && (x.leadersAfter(c, tr.tok) || tr.verb && meetVerb(x.toks[tr.tok].Lower) && x.leadersMeet(c, tr.tok)) {
		typ = Summit // "a meeting between the two presidents", "the leaders of the format met"
	}
	if typ == Meeting && (x.delegationsBefore(c, tr.tok) || x.bothSides(c.Span) || x.acrossTheLine(st, people, heads) ||
		tr.verb && meetVerb(x.toks[tr.tok].Lower) && len(people) == 0 && x.allCountries(st, names)) {
		typ = Talks // "the delegations met": a round of talks
	}
	// A summit is a meeting of leaders across the line of the conflict:
	// the Russian leader is one of them.
	if typ == Meeting && heads >= 2 && russian && meetVerb(x.toks[tr.tok].Lower) {
		typ = Summit
	}
	if typ == Vote {
		if orgs := x.orgs(st, c, names); len(orgs) > 0 {
			names = orgs
		}
	}
	return names, typ
}

// people returns the names that are people mentioned in c, how many of
// them are heads of state or government, and whether one leads the first
// belligerent.
func (x *extractor) people(st *sentenceCtx, c clause.Clause, names []string) (out []string, heads int, russian bool) {
	for _, n := range names {
		for _, m := range st.mentions {
			if m.Name == n && m.Type == truce.Person {
				out = append(out, n)
				if headOfState(m) {
					heads++
					russian = russian || m.Party == belligerents[0]
				}
				break
			}
		}
	}
	return out, heads, russian
}

func (x *extractor) orgs(st *sentenceCtx, c clause.Clause, names []string) []string {
	var out []string
	for _, n := range names {
		for _, m := range st.mentions {
			if m.Name == n && m.Type == truce.Organization {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// meetVerb: visits and receptions stay meetings even between leaders.
func meetVerb(w string) bool {
	return w == "meet" || w == "meets" || w == "met" || w == "meeting" || w == "meetings"
}

func headOfState(m extract.Mention) bool {
	switch m.Kind {
	case "head_of_state", "head_of_government", "president", "prime_minister":
		return true
	}
	switch m.Role {
	case "president", "prime_minister", "head_of_state", "chancellor":
		return true
	}
	return false
}

// coordStart returns where the coordinate part of c that holds token i
// begins: after the last ", and" or ", but" before it.
func (x *extractor) coordStart(c clause.Clause, i int) int {
	for j := i - 1; j > c.From; j-- {
		if x.toks[j-1].Lower == "," && (x.toks[j].Lower == "and" || x.toks[j].Lower == "but") {
			return x.toks[j].Start
		}
	}
	return c.Start
}

// antecedent returns who a ", who" clause is about: the name that ends
// just before the comma.
func (x *extractor) antecedent(st *sentenceCtx, c clause.Clause) string {
	if x.toks[c.From].Lower != "who" || c.From < 2 || x.toks[c.From-1].Lower != "," {
		return ""
	}
	end := x.toks[c.From-1].Start
	name := ""
	for i, m := range st.mentions {
		// "the Russian leader, who …": the last name within a few words.
		if m.End <= end && m.End >= end-24 {
			if n := x.participant(st.mentions, i, x.toks[c.From].Span); n != "" {
				name = n
			}
		}
	}
	return name
}

// coordEnd returns where the coordinate part holding token i ends: at the
// next ", and" (or, with but, ", but") before token to, else at byte end.
// "…, but whether the Russian side will accept" still names the other side
// of the talks.
func (x *extractor) coordEnd(i, to, end int, but bool) int {
	for j := i + 1; j+1 < to; j++ {
		if x.toks[j].Lower == "," && (x.toks[j+1].Lower == "and" || but && x.toks[j+1].Lower == "but") {
			return x.toks[j].Start
		}
	}
	return end
}

// sentenceCoordStart is coordStart over the whole sentence.
func (x *extractor) sentenceCoordStart(i int) int {
	for j := i - 1; j > 0; j-- {
		if x.toks[j-1].Lower == "," && (x.toks[j].Lower == "and" || x.toks[j].Lower == "but") {
			return x.toks[j].Start
		}
	}
	return x.toks[0].Start
}

func (x *extractor) leadersAfter(c clause.Clause, i int) bool {
	for j := i + 1; j < c.To && j <= i+5; j++ {
		if w := x.toks[j].Lower; w == "presidents" || w == "leaders" {
			return true
		}
	}
	return false
}

// allCountries reports whether two or more names are all countries: "the
// Americans met the Ukrainians" is a round between delegations.
func (x *extractor) allCountries(st *sentenceCtx, names []string) bool {
	if len(names) < 2 {
		return false
	}
	for _, n := range names {
		country := false
		for _, m := range st.mentions {
			if m.Name == n {
				country = m.Type == truce.Place && (m.Kind == "country" || m.Kind == "adjective" || m.Kind == "demonym")
				break
			}
		}
		if !country {
			return false
		}
	}
	return true
}

// leadersMeet reports whether the subject of the meeting verb at i is
// "the leaders" of something: "The leaders of the Normandy format, first
// convened in 2014, met for the last time in Paris".
func (x *extractor) leadersMeet(c clause.Clause, i int) bool {
	return c.From+1 < i && x.toks[c.From].Lower == "the" && x.toks[c.From+1].Lower == "leaders"
}

func (x *extractor) delegationsBefore(c clause.Clause, i int) bool {
	// "a meeting of US and Russian delegations" is a round of talks too.
	for k := i; k < c.To && k <= i+7; k++ {
		if k > i && !meetVerb(x.toks[k].Lower) {
			continue // "hosted the first meeting of …"
		}
		if n := x.word(c, k+1); n == "of" || n == "between" {
			for j := k + 2; j < c.To && j <= k+6; j++ {
				if w := x.toks[j].Lower; w == "delegations" || w == "negotiators" {
					return true
				}
			}
		}
	}
	if meetVerb(x.toks[i].Lower) {
		// "We met the Russian delegation several times".
		for j := i + 1; j < c.To && j <= i+4; j++ {
			if w := x.toks[j].Lower; w == "delegation" || w == "delegations" {
				return true
			}
		}
	}
	for j := c.From; j < i; j++ {
		if w := x.toks[j].Lower; w == "delegations" || w == "delegation" || w == "negotiators" {
			return true
		}
	}
	return false
}

func (x *extractor) hasWord(c clause.Clause, words ...string) bool {
	for j := c.From; j < c.To; j++ {
		for _, w := range words {
			if x.toks[j].Lower == w {
				return true
			}
		}
	}
	return false
}

// status tells whether the event happened, is planned, was cancelled or
// proposed, or is only claimed by unverified reporting.
func (x *extractor) status(ev truce.Event, tr trigger, m modality, at truce.Span) string {
	var s string
	switch {
	case ev.Type == Cancellation:
		return Cancelled
	case m.proposed:
		return Proposed
	case m.planned || x.future(ev.Date):
		return Planned
	case ev.Type == Proposal:
		s = Proposed
	default:
		s = Held
	}
	hedged, anonymous := x.hedge(at)
	if hedged || anonymous && (s == Held || m.maybe) {
		return Reported
	}
	return s
}

// hedge reports whether the words at span lie in unverified reporting:
// a hedged attribution or hedge words before them in the sentence, or an
// anonymous attribution.
func (x *extractor) hedge(at truce.Span) (hedged, anonymous bool) {
	for _, a := range x.d.Attributions {
		// Only the reported words are the source's claim: "Trump, who
		// had spoken with Putin, said on Sunday that …" is told as fact.
		in := a.Span
		if a.Content.End > a.Content.Start {
			in = a.Content
		}
		if in.Start > at.Start || at.End > in.End {
			continue
		}
		if a.Hedged || x.journalist(a) {
			hedged = true
		}
		anonymous = anonymous || a.Anonymous
	}
	for _, t := range x.toks {
		if t.Start >= at.Start {
			break
		}
		if hedgeWords[t.Lower] {
			hedged = true
		}
	}
	return hedged, anonymous
}

// journalist reports whether a's speaker is a journalist or an outlet
// relaying unconfirmed claims in the conditional ("would have").
func (x *extractor) journalist(a truce.Attribution) bool {
	if a.SpeakerSpan != nil {
		for _, m := range x.d.MentionsIn(*a.SpeakerSpan) {
			if m.Kind == "journalist" {
				return true
			}
		}
	}
	for i, t := range x.toks {
		// "would have met": the conditional of unconfirmed reports.
		if t.Start >= a.Start && t.End <= a.End && t.Lower == "would" && i+1 < len(x.toks) && x.toks[i+1].Lower == "have" {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma lies among tokens [i, j).
func (x *extractor) commaBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if x.toks[k].Lower == "," {
			return true
		}
	}
	return false
}

// qualifier returns the party of a nationality adjective or possessive
// right before the trigger at: "the American proposal", "Russia's plan".
func (x *extractor) qualifier(st *sentenceCtx, at truce.Span) string {
	for _, m := range st.mentions {
		if m.End > at.Start || m.End < at.Start-4 || m.Party == "" {
			continue
		}
		gap := x.d.Text[m.End:at.Start]
		if gap == " " || gap == "'s " || gap == "’s " {
			if m.Type == truce.Person {
				return m.Name // "Trump's proposal"
			}
			return m.Party
		}
	}
	return ""
}

// exchangeOnRecord reports whether an exchange noun is one set for a day
// rather than a kind of thing ("by a full exchange"): announced or agreed
// just before it, a future one, or one of so many for so many. "Another exchange" belongs to a series
// told elsewhere in the report, with its own sides.
func (x *extractor) exchangeOnRecord(c clause.Clause, tr trigger) bool {
	if oneForOne(x.toks, tr.tok) {
		return true // "1,000 POWs for 1,000"
	}
	for j := tr.tok - 1; j >= c.From && j >= tr.tok-3; j-- {
		switch w := x.toks[j].Lower; {
		case w == "another" || w == "new":
			return false
		case w == "future" || w == "next" || w == "upcoming":
			return true
		}
		if agreeVerbs[x.toks[j].Lower] || x.toks[j].Lower == "announces" || x.toks[j].Lower == "agree" {
			return true
		}
	}
	return false
}

// sharedSubject returns the first person or country of the clause before
// c in the sentence, the subject an "and" clause shares, or nil.
func (x *extractor) sharedSubject(st *sentenceCtx, c clause.Clause, at truce.Span) []string {
	k := sort.Search(len(x.clauses), func(i int) bool { return x.clauses[i].From >= c.From }) - 1
	if k < 0 || x.clauses[k].Sub != "" {
		return nil
	}
	p := x.clauses[k]
	lo := sort.Search(len(st.mentions), func(i int) bool { return st.mentions[i].Start >= p.Start })
	for i := lo; i < len(st.mentions); i++ {
		m := st.mentions[i]
		if m.Start >= c.Start {
			break
		}
		if m.Type == truce.Person || m.Type == truce.Place && m.Kind == "country" {
			if name := x.participant(st.mentions, i, at); name != "" {
				return []string{name}
			}
			if m.Type == truce.Person && x.reporter(m, at) {
				return []string{m.Name} // "Zelensky says … and postpones a visit": who speaks acts
			}
		}
		return nil // the subject is something else: "the office said … and postponed"
	}
	return nil
}

// sidesOf names the people of a prisoner exchange by the side they speak
// for: prisoners are exchanged between states, whoever announces or signs
// it ("Umerov stated that … the parties agreed" is Ukraine's exchange).
func (x *extractor) sidesOf(st *sentenceCtx, names []string) []string {
	var out []string
	for _, n := range names {
		side := n
		for _, m := range st.mentions {
			if m.Name == n && m.Type == truce.Person {
				if m.Party != "" {
					side = m.Party
				}
				break
			}
		}
		out = add(out, side)
	}
	return out
}

// nestedGathering returns the talks or meeting noun that a discussion verb
// at tr is about, if one follows it in the clause.
func (x *extractor) nestedGathering(tr trigger) (int, bool) {
	if !tr.verb || tr.typ != Talks {
		return 0, false
	}
	for _, t := range x.trig {
		if t.tok > tr.tok && !t.verb && (t.typ == Talks || family(t.typ) == Meeting) {
			return t.tok, true
		}
	}
	return 0, false
}

// theTwo reports whether "the two" and a plural noun come before token i in
// c: "the two leaders", "the two men".
func (x *extractor) theTwo(c clause.Clause, i int) bool {
	for j := max(c.From, i-6); j+2 < i; j++ {
		if x.toks[j].Lower == "the" && x.toks[j+1].Lower == "two" {
			switch x.toks[j+2].Lower {
			case "leaders", "presidents", "men", "ministers", "sides":
				return true
			}
		}
	}
	return false
}
