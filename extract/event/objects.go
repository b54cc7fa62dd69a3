package event

import (
	"sort"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// objectTrigger recognises events told without a classic trigger word,
// by the verb and what follows it: "Trump called Putin on Thursday" (a
// call), "the crown prince received Zelensky" and "visiting Kyiv" (a
// meeting), "the second round" (talks), "suggested creating working groups"
// and "one option under discussion" (a proposal).
func objectTrigger(toks []clause.Token, c clause.Clause, i int, ms []extract.Mention) (trigger, bool) {
	w := toks[i].Lower
	switch w {
	case "called", "phoned", "rang", "calls", "call":
		if w == "call" || w == "calls" {
			// "in a call with Putin": a call with someone is a phone call.
			if nextWord(toks, c, i) == "with" && determiner(toks, c.From, i) != 0 {
				return trigger{tok: i, typ: Talks, det: determiner(toks, c.From, i)}, true
			}
			return trigger{}, false
		}
		if m, ok := mentionAt(ms, toks, c, i+1); ok && m.Type == truce.Person && callFollower(toks, c, i+1, m.End) {
			return trigger{tok: i, typ: Talks, verb: true}, true
		}
	case "received", "receives", "receiving", "hosted", "hosts", "welcomed":
		// "Crown Prince Mohammed bin Salman received Zelensky in Jeddah".
		if m, ok := personAfterTitle(ms, toks, c, i+1); ok && !possessiveAt(toks, c, i+1, m.End) {
			return trigger{tok: i, typ: Meeting, verb: true}, true // not "received Biden's support"
		}
	case "visiting":
		// "Boris Johnson, visiting Kyiv in April 2022, told …".
		if m, ok := mentionAt(ms, toks, c, i+1); ok && m.Type == truce.Place && (m.Kind == "city" || m.Kind == "capital" || m.Kind == "country") {
			return trigger{tok: i, typ: Meeting, verb: true, weak: true}, true
		}
	case "round", "rounds":
		d := determiner(toks, c.From, i)
		if d == detNew && nextWord(toks, c, i) != "of" && !electoral(toks, c, i) {
			return trigger{tok: i, typ: Talks, det: detNew}, true // "the second round lasted an hour"
		}
	case "suggested", "suggests", "suggest":
		// "Russia also suggested creating three working groups".
		if n := nextWord(toks, c, i); strings.HasSuffix(n, "ing") && len(n) > 5 || n == "a" || n == "an" {
			return trigger{tok: i, typ: Proposal, verb: true}, true
		}
	case "brought", "brings", "got", "gets", "returned":
		// "Ukraine brought home 230 people": an exchange told by its
		// result.
		if n := nextWord(toks, c, i); n == "home" || n == "back" {
			for j := i + 2; j < c.To && j <= i+4; j++ {
				if isNumber(toks[j].Lower) && peopleAfter(toks, c, j) {
					return trigger{tok: i, typ: PrisonerExchange, verb: true}, true
				}
			}
		}
	case "did":
		// "Putin did not come": a no-show cancels the meeting expected.
		if i+2 < c.To && clause.IsNegation(toks[i+1]) && noShow(toks, c, i+2, ms) {
			return trigger{tok: i, typ: Cancellation, verb: true}, true
		}
	case "spent", "spends", "spending":
		// "Dmitriev spent three days in Miami with Witkoff": a meeting.
		if stayWith(toks, c, i, ms) {
			return trigger{tok: i, typ: Meeting, verb: true}, true
		}
	case "quarrel", "spat", "altercation", "showdown", "clash":
		// "the quarrel in the Oval Office on February 28": a meeting gone
		// wrong, told with its room; a clash needs a person's room, not a
		// front ("clashes in Donetsk" are fighting).
		if w != "clash" && (nextWord(toks, c, i) == "in" || nextWord(toks, c, i) == "at") && i+2 < c.To {
			if m, ok := mentionAt(ms, toks, c, i+2); ok && (m.Kind == "venue" || m.Kind == "government" || m.Kind == "residence" || m.Kind == "office") {
				return trigger{tok: i, typ: Meeting, det: detNew}, true // its room names it
			}
			if toks[i+2].Lower == "the" {
				if m, ok := mentionAt(ms, toks, c, i+3); ok && (m.Kind == "venue" || m.Kind == "government" || m.Kind == "residence" || m.Kind == "office") {
					return trigger{tok: i, typ: Meeting, det: detNew}, true // its room names it
				}
			}
		}
	case "stopped", "suspended", "quit", "exited", "halted", "terminated", "withdrew", "left", "abandoned":
		// "Russia has stopped its participation in the Black Sea Grain
		// Initiative": leaving an agreement is an act on it (type other),
		// not a meeting called off.
		for j := i + 1; j < c.To && j <= i+6; j++ {
			if m, ok := mentionAt(ms, toks, c, j); ok && m.Kind == "agreement" {
				return trigger{tok: i, typ: Other, verb: true}, true
			}
		}
	case "discussion", "consideration":
		// "one option under discussion is freezing the war": a proposal.
		if prevWord(toks, c, i) == "under" {
			return trigger{tok: i, typ: Proposal, det: detNew}, true
		}
	}
	return trigger{}, false
}

// electoral reports whether the words around i speak of an election, whose
// rounds are ballots, not talks.
func electoral(toks []clause.Token, c clause.Clause, i int) bool {
	for j := max(c.From, i-12); j < c.To && j <= i+12; j++ {
		switch toks[j].Lower {
		case "election", "elections", "vote", "voting", "ballot", "runoff", "won", "candidate", "sanctions":
			return true
		}
	}
	return false
}

// mentionAt returns the mention that begins at token i, if any.
func mentionAt(ms []extract.Mention, toks []clause.Token, c clause.Clause, i int) (extract.Mention, bool) {
	if i >= c.To || toks[i].Punct && toks[i].Lower != "\"" {
		return extract.Mention{}, false
	}
	at := toks[i].Start
	k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= at })
	if k < len(ms) && ms[k].Start == at {
		return ms[k], true
	}
	return extract.Mention{}, false
}

// titleWords may stand between a verb and the person it takes: "hosted
// Chinese leader Xi Jinping", "received his Turkish counterpart Fidan".
var titleWords = map[string]bool{
	"leader": true, "president": true, "counterpart": true, "prime": true, "minister": true,
	"foreign": true, "chancellor": true, "premier": true, "envoy": true, "his": true, "her": true,
	"the": true, "crown": true, "prince": true, "king": true, "secretary": true, "general": true,
	"state": true, "of": true, "special": true, "defence": true, "defense": true,
}

// personAfterTitle returns the person mention at token i, or the one that
// follows a short title of nationality adjectives and title words.
func personAfterTitle(ms []extract.Mention, toks []clause.Token, c clause.Clause, i int) (extract.Mention, bool) {
	for j := i; j < c.To && j <= i+4; j++ {
		m, ok := mentionAt(ms, toks, c, j)
		switch {
		case ok && m.Type == truce.Person:
			return m, true
		case ok && m.Type == truce.Place && (m.Kind == "adjective" || m.Kind == "demonym"):
			for j+1 < c.To && toks[j+1].Start < m.End {
				j++ // "Saudi" or a two-word adjective
			}
		case toks[j].Punct || !titleWords[toks[j].Lower]:
			return extract.Mention{}, false
		}
	}
	return extract.Mention{}, false
}

// callFollowers may follow the person called: a time, a place or the end
// of the clause ("called Putin on Thursday"), not a description ("called
// Putin a war criminal").
var callFollowers = map[string]bool{
	"from": true, "on": true, "in": true, "at": true, "to": true, "last": true, "and": true,
	"after": true, "before": true, "during": true, "yesterday": true, "earlier": true,
	"twice": true, "again": true, "for": true, "this": true, "late": true, "early": true,
	"shortly": true, "by": true, "amid": true, "over": true, "today": true, "personally": true,
	"directly": true, "immediately": true, "hours": true, "days": true,
}

// callFollower reports whether the word after byte end lets "called X" be
// a call.
func callFollower(toks []clause.Token, c clause.Clause, i, end int) bool {
	for j := i; j < c.To; j++ {
		if toks[j].Start < end {
			continue
		}
		if toks[j].Punct {
			return toks[j].Lower == "," || toks[j].Lower == "." || toks[j].Lower == ";"
		}
		return callFollowers[toks[j].Lower]
	}
	return true
}

// roundWord reports whether the trigger is a numbered round of talks.
func (x *extractor) roundWord(tr trigger) bool {
	w := x.toks[tr.tok].Lower
	if w == "round" || w == "rounds" {
		return true
	}
	// "a second round of (direct) talks"
	for j := tr.tok - 1; j >= 1 && j >= tr.tok-3; j-- {
		if x.toks[j].Lower == "of" && (x.toks[j-1].Lower == "round" || x.toks[j-1].Lower == "rounds") {
			return true
		}
	}
	return false
}

// lastTalks returns the participants of the last talks told, or the two
// belligerents when the document names both: "the second round" of
// unnamed talks is a round between the sides of the war.
func (x *extractor) lastTalks() []string {
	for i := len(x.events) - 1; i >= 0 && i >= len(x.events)-8; i-- {
		// A phone call between leaders is no round: skip talks of people.
		if e := x.events[i]; e.Type == Talks && len(e.Participants) >= 2 && !x.anyPerson(e.Participants) {
			return append([]string(nil), e.Participants...)
		}
	}
	if x.namesBoth() {
		return append([]string(nil), belligerents...)
	}
	return nil
}

// namesBoth reports whether the document names both belligerents; found
// once per document.
func (x *extractor) namesBoth() bool {
	if x.both == 0 {
		x.both = -1
		found := 0
		for _, b := range belligerents {
			for _, m := range x.d.Mentions {
				if m.Party == b || m.Name == b {
					found++
					break
				}
			}
		}
		if found == len(belligerents) {
			x.both = 1
		}
	}
	return x.both == 1
}

// sameMeeting reports whether ev, a discussion, tells what was discussed
// at an event told before: every person in it took part in that event
// ("the envoy met Ushakov … Ushakov and the cardinal have discussed").
func (x *extractor) sameMeeting(st *sentenceCtx, c clause.Clause, ev truce.Event, tr trigger) bool {
	switch x.toks[tr.tok].Lower {
	case "discussed", "discussing", "discusses", "discuss":
	default:
		return false
	}
	if _, ok := x.timexIn(c.Span); ok {
		return false
	}
	people, _, _ := x.people(st, c, ev.Participants)
	if len(people) == 0 {
		return false
	}
	for i := len(x.events) - 1; i >= 0 && i >= len(x.events)-8; i-- {
		e := x.events[i]
		if f := family(e.Type); f != Meeting && f != Talks {
			continue
		}
		all := true
		for _, p := range people {
			if !contains(e.Participants, p) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, t := range list {
		if t == s {
			return true
		}
	}
	return false
}

// visit reports whether tr is a visit verb.
func (x *extractor) visit(tr trigger) bool {
	switch x.toks[tr.tok].Lower {
	case "visiting", "visited", "visit", "visits":
		return true
	}
	if travelVerbs[x.toks[tr.tok].Lower] {
		return tr.typ == Meeting // "flew to Doha" meets Qatar
	}
	return false
}

// visitedParty returns the party of the place visited right after the
// trigger at: a visit to Kyiv is a meeting with Ukraine.
func (x *extractor) visitedParty(st *sentenceCtx, c clause.Clause, at truce.Span) string {
	for _, m := range st.mentions {
		if m.Start < at.End || m.Start > at.End+8 || m.Type != truce.Place {
			continue
		}
		if m.Kind == "country" {
			return m.Name
		}
		return m.Party
	}
	return ""
}

// anyPerson reports whether one of names is a person of the document.
func (x *extractor) anyPerson(names []string) bool {
	for _, n := range names {
		if x.persons[n] {
			return true
		}
	}
	return false
}

// noShow reports whether the verb at i, after "did not", tells an absence
// from an expected event: "did not come", "did not show up", "did not
// come to Istanbul"; not "did not come to the negotiating table".
func noShow(toks []clause.Token, c clause.Clause, i int, ms []extract.Mention) bool {
	switch toks[i].Lower {
	case "come", "show", "turn", "arrive", "appear":
	default:
		return false
	}
	j := i + 1
	if j < c.To && toks[j].Lower == "up" {
		j++
	}
	if j >= c.To || toks[j].Punct {
		return true
	}
	if toks[j].Lower != "to" && toks[j].Lower != "in" && toks[j].Lower != "for" {
		return false
	}
	if m, ok := mentionAt(ms, toks, c, j+1); ok && m.Type == truce.Place {
		return true
	}
	for k := j + 1; k < c.To && k <= j+3; k++ {
		if toks[k].Lower == "table" {
			return false // "the negotiating table": a figure of speech
		}
		if w := triggers[toks[k].Lower]; !w.verb && (w.typ == Talks || w.typ == Meeting || w.typ == Summit) {
			return k+1 >= c.To || toks[k+1].Lower != "table" // "did not come to the talks"
		}
	}
	return false
}

// stayWith reports whether a stay ("spent three days") in a named place is
// spent with a named person.
func stayWith(toks []clause.Token, c clause.Clause, i int, ms []extract.Mention) bool {
	place := false
	for j := i + 1; j+1 < c.To && j <= i+16; j++ {
		switch toks[j].Lower {
		case "in", "at":
			if m, ok := mentionAt(ms, toks, c, j+1); ok && m.Type == truce.Place {
				place = true
			}
		case "with":
			if m, ok := mentionAt(ms, toks, c, j+1); ok && m.Type == truce.Person {
				return place
			}
		}
	}
	return false
}

// nextOfTalks reports whether a meeting noun is "a new", "the next" or
// "another" meeting after talks were told: the next round of them.
func (x *extractor) nextOfTalks(tr trigger) bool {
	if tr.verb || !x.seen[Talks] || tr.tok == 0 {
		return false
	}
	switch x.toks[tr.tok-1].Lower {
	case "new", "next", "another":
		return true
	}
	return false
}

// apposed returns the participant named just before ", <participle>".
func (x *extractor) apposed(st *sentenceCtx, i int) string {
	if i < 2 || x.toks[i-1].Lower != "," {
		return ""
	}
	end := x.toks[i-1].Start
	for k, m := range st.mentions {
		if m.End == end {
			return x.participant(st.mentions, k, x.toks[i].Span)
		}
	}
	return ""
}

// exitVerb reports whether w leaves an agreement: the one who leaves is the
// subject.
func exitVerb(w string) bool {
	switch w {
	case "stopped", "suspended", "quit", "exited", "halted", "terminated", "withdrew", "left", "abandoned":
		return true
	}
	return false
}

// possessiveAt reports whether a possessive "'s" follows byte end.
func possessiveAt(toks []clause.Token, c clause.Clause, i, end int) bool {
	for j := i; j < c.To; j++ {
		if toks[j].Start >= end {
			return clause.IsPossessive(toks[j])
		}
	}
	return false
}

// peopleAfter reports whether people are counted by the number at j:
// "230 people", "1,000 prisoners", "95 of our soldiers".
func peopleAfter(toks []clause.Token, c clause.Clause, j int) bool {
	for k := j + 1; k < c.To && k <= j+4; k++ {
		w := toks[k].Lower
		if prisonerWords[w] || w == "people" || w == "defenders" || w == "children" || w == "citizens" || w == "ukrainians" || w == "russians" {
			return true
		}
	}
	return false
}

// sameAgain reports whether a meeting noun with no guests named speaks of
// the gathering told before, or of the next one of the same guests: "the
// meeting on Friday", "the Jeddah meeting", "the next meeting", "another
// summit".
func (x *extractor) sameAgain(c clause.Clause, tr trigger) bool {
	if tr.verb || family(tr.typ) != Meeting || tr.tok == 0 {
		return false
	}
	switch x.toks[tr.tok-1].Lower {
	case "next", "another":
		return true
	}
	return x.anchored(c, tr)
}

// gatheringReach is how many events back a gathering named again is looked
// for.
const gatheringReach = 12

// lastGathering returns the last meeting or summit told with its guests,
// else the last event with two or more participants.
func (x *extractor) lastGathering() (truce.Event, bool) {
	// Bounded: the gathering meant is one of the last told.
	for i := len(x.events) - 1; i >= 0 && i >= len(x.events)-gatheringReach; i-- {
		if e := x.events[i]; family(e.Type) == Meeting && len(e.Participants) >= 2 {
			return e, true
		}
	}
	for i := len(x.events) - 1; i >= 0 && i >= len(x.events)-gatheringReach; i-- {
		if e := x.events[i]; len(e.Participants) >= 2 {
			return e, true
		}
	}
	return truce.Event{}, false
}
