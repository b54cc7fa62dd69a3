package event

import (
	"strings"

	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// trigger is a word of a clause that may carry an event.
type trigger struct {
	tok  int    // index of the trigger token
	typ  string // event type
	verb bool
	det  int  // determiner class for nouns: detNew, detDefinite, detAnaphoric or 0
	weak bool // a participle beside the clause's verb ("visiting Kyiv"): any other event wins
}

// findTriggers lists the triggers of toks[c.From:c.To] in text order,
// resolving the words whose meaning depends on their neighbours.
func findTriggers(buf []trigger, toks []clause.Token, c clause.Clause, ms []extract.Mention) []trigger {
	for i := c.From; i < c.To; i++ {
		t := toks[i]
		if t.Punct {
			continue
		}
		if tr, ok := objectTrigger(toks, c, i, ms); ok {
			buf = append(buf, tr)
			continue
		}
		if t.Lower == "counter" && i+2 < c.To && toks[i+1].Lower == "-" && toks[i+2].Lower == "proposal" {
			buf = append(buf, trigger{tok: i, typ: Proposal, det: detNew}) // "counter-proposal"
			i += 2
			continue
		}
		if tr, ok := phraseTrigger(toks, c, i); ok {
			buf = append(buf, tr)
			continue
		}
		if tr, ok := phraseTrigger2(toks, c, i, ms); ok {
			buf = append(buf, tr)
			continue
		}
		w, ok := triggers[t.Lower]
		if !ok {
			continue
		}
		typ, ok := resolve(toks, c, i, w)
		if !ok {
			continue
		}
		tr := trigger{tok: i, typ: typ, verb: w.verb}
		if !w.verb {
			tr.det = determiner(toks, c.From, i)
			if typ == Proposal && actBefore(toks, c, i) {
				tr.det = detNew // "set out his own terms" is an act
			}
		}
		buf = append(buf, tr)
	}
	return buf
}

// phraseTrigger recognises triggers of more than one word.
func phraseTrigger(toks []clause.Token, c clause.Clause, i int) (trigger, bool) {
	w, next := toks[i].Lower, nextWord(toks, c, i)
	switch {
	case (w == "called" || w == "call" || w == "calls") && next == "off":
		return trigger{tok: i, typ: Cancellation, verb: true}, true
	case w == "put" && next == "forward":
		return trigger{tok: i, typ: Proposal, verb: true}, true
	case w == "being" && (next == "discussed" || next == "considered" || next == "evaluated"):
		return trigger{tok: i + 1, typ: Proposal, verb: true}, true
	case (w == "spoke" || w == "speak" || w == "speaks" || w == "talked" || w == "spoken" || w == "speaking") && (near(toks, c, i, 4, phoneOnly) || lasted(toks, c, i)):
		return trigger{tok: i, typ: Talks, verb: true}, true // "spoke by phone", "spoke for two hours"
	case w == "due" && (next == "in" || next == "at") && i+2 < c.To && capitalisedWord(toks[i+2]):
		return trigger{tok: i, typ: Meeting, verb: true}, true // "Zelensky was due at the White House"
	case (w == "sat" || w == "sit" || w == "sits" || w == "sitting") && tableAhead(toks, c, i):
		return trigger{tok: i, typ: Talks, verb: true}, true // "sat at the same table"
	case w == "contact" && prevWord(toks, c, i) == "to":
		return trigger{tok: i, typ: Talks, verb: true}, true
	case w == "cease" && next == "fire":
		return trigger{tok: i, typ: Ceasefire, det: determiner(toks, c.From, i)}, true
	}
	return trigger{}, false
}

// resolve decides whether the word at i triggers an event of w's type, and
// which.
func resolve(toks []clause.Token, c clause.Clause, i int, w word) (string, bool) {
	lw := toks[i].Lower
	switch w.typ {
	case Talks:
		if lw == "call" || lw == "calls" || lw == "conversation" {
			return Talks, phone[prevWord(toks, c, i)] || phone[nextWord(toks, c, i)]
		}
	case Meeting:
		if (lw == "arrived" || lw == "arrives") && nextWord(toks, c, i) != "in" && nextWord(toks, c, i) != "at" {
			return "", false
		}
		if lw == "met" && isBe(prevWord(toks, c, i)) {
			return "", false // "conditions are met"
		}
		if lw == "received" {
			n := nextWord(toks, c, i)
			return Meeting, n == "at" || n == "in" || n == "by"
		}
	case Proposal:
		if !w.verb && signedAfter(toks, c, i) {
			return Other, true // "The initiative, signed in Istanbul on 22 July 2022": a signing
		}
		if (lw == "plans" || lw == "plan") && nextWord(toks, c, i) == "to" && determiner(toks, c.From, i) == 0 {
			return "", false // "plans to hold": a cue, not a plan
		}
		if lw == "proposed" && (isBe(prevWord(toks, c, i)) || clause.IsPossessive(prev(toks, c, i))) {
			return "", false
		}
		if w.verb && isNumber(strings.ReplaceAll(nextWord(toks, c, i), ",", "")) {
			return "", false // "Kyiv proposed 250,000 soldiers": a figure in a position
		}
		if lw == "draft" && (nextWord(toks, c, i) == "" || triggers[nextWord(toks, c, i)].typ == "") && determiner(toks, c.From, i) == 0 {
			return "", false // "to draft": the verb
		}
	case Ceasefire:
		if nearBefore(toks, c, i, 7, demandVerbs) {
			return Proposal, true // "demanded an unconditional ceasefire": terms
		}
		if nearBefore(toks, c, i, 7, proposalVerbs) || offerFor(toks, c, i) {
			return Ceasefire, true // "offers a ceasefire of two days", "a US proposal for a ceasefire": a ceasefire, proposed
		}
		if near(toks, c, i, 4, ceasefireVerbs) || nearBefore(toks, c, i, 6, agreeVerbs) || startsAfter(toks, c, i) ||
			andAfterExchange(toks, c, i) || andBeforeExchange(toks, c, i) ||
			participleAfter(toks, c, i, concludedVerbs) {
			return Ceasefire, true // "agreed on Thursday on a ceasefire"
		}
		// "Russia and Ukraine have begun to approach the issue of a truce":
		// the sides started talking about one.
		return Talks, begunTo(toks, c, i)
	case Agreement:
		if (lw == "memorandum" || lw == "memoranda") && (prevWord(toks, c, i) == "draft" || actBefore(toks, c, i)) {
			return Proposal, true // "handed over a memorandum": terms put forward
		}
		if near(toks, c, i, 4, signVerbs) || nextWord(toks, c, i) == "" && i+2 < c.To && toks[i+1].Lower == "," && signVerbs[toks[i+2].Lower] {
			return Other, true // a signing: "the agreements, signed on Friday"
		}
		// Agreements reached are told as type other, like signings.
		return Other, near(toks, c, i, 4, ceasefireVerbs)
	case PrisonerExchange:
		if prevWord(toks, c, i) == "in" {
			return "", false // "in exchange, …"
		}
		if nearBefore(toks, c, i, 6, discussVerbs) {
			return "", false // "discussed a ceasefire and an exchange of prisoners": topics of talks
		}
		reach := 6
		if w.verb {
			reach = 8 // "all prisoners aged 18 to 25 will be exchanged"
		}
		return PrisonerExchange, near(toks, c, i, reach, prisonerWords) || within(toks, c, i, 12, returnWords) || oneForOne(toks, i)
	case Statement:
		return Statement, near(toks, c, i, 2, statementVerbs) || participleAfter(toks, c, i, statementVerbs)
	case Vote:
		if lw == "resolution" {
			return Vote, near(toks, c, i, 4, voteVerbs)
		}
	}
	return w.typ, true
}

// determiner classifies the determiner of the noun at i, looking back over
// at most three words ("the new peace plan").
func determiner(toks []clause.Token, from, i int) int {
	noun := toks[i].Lower
	for j := i - 1; j >= from && j >= i-3; j-- {
		t := toks[j]
		if clause.IsPossessive(t) {
			return detPossessive
		}
		if t.Punct {
			if t.Lower == "-" {
				continue // "28-point plan"
			}
			return 0
		}
		if isNumber(t.Lower) {
			return detNew
		}
		if superlatives[t.Lower] && noun[len(noun)-1] != 's' {
			return detNew // "the largest exchange of the war" is told as news; "the largest exchanges" sum up
		}
		d := determiners[t.Lower]
		if d == detAnaphoric && t.Lower == "that" && noun[len(noun)-1] == 's' {
			return 0 // "said that talks …": a complementiser
		}
		if d != 0 {
			return d
		}
	}
	return 0
}

// nearBefore reports whether a word of set lies within n words before i,
// without crossing a comma.
func nearBefore(toks []clause.Token, c clause.Clause, i, n int, set map[string]bool) bool {
	for j := i - 1; j >= c.From && j >= i-n; j-- {
		if toks[j].Lower == "," && !thousands(toks, j) {
			break
		}
		if set[toks[j].Lower] {
			return true
		}
	}
	return false
}

// within reports whether a word of set lies within n tokens after i, commas
// included ("the largest exchange of the war, on January 3, Ukraine brought
// home 230 people").
func within(toks []clause.Token, c clause.Clause, i, n int, set map[string]bool) bool {
	for j := i + 1; j < c.To && j <= i+n; j++ {
		if set[toks[j].Lower] {
			return true
		}
	}
	return false
}

// near reports whether a word of set lies within n words of i, without
// crossing a comma.
func near(toks []clause.Token, c clause.Clause, i, n int, set map[string]bool) bool {
	for j := i - 1; j >= c.From && j >= i-n; j-- {
		if toks[j].Lower == "," && !thousands(toks, j) {
			break
		}
		if set[toks[j].Lower] {
			return true
		}
	}
	for j := i + 1; j < c.To && j <= i+n; j++ {
		if toks[j].Lower == "," && !thousands(toks, j) {
			break
		}
		if set[toks[j].Lower] {
			return true
		}
	}
	return false
}

func prev(toks []clause.Token, c clause.Clause, i int) clause.Token {
	if i-1 >= c.From {
		return toks[i-1]
	}
	return clause.Token{}
}

func prevWord(toks []clause.Token, c clause.Clause, i int) string {
	if i-1 >= c.From && !toks[i-1].Punct {
		return toks[i-1].Lower
	}
	return ""
}

func nextWord(toks []clause.Token, c clause.Clause, i int) string {
	if i+1 < c.To && !toks[i+1].Punct {
		return toks[i+1].Lower
	}
	return ""
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// begunTo reports whether "began to", "begun to" or "started to" comes
// before i in the clause.
func begunTo(toks []clause.Token, c clause.Clause, i int) bool {
	for j := c.From; j+1 < i; j++ {
		switch toks[j].Lower {
		case "began", "begun", "begin", "started", "start":
			if toks[j+1].Lower == "to" {
				return true
			}
		}
	}
	return false
}

// actBefore reports whether an act verb ("unveiled", "set out") comes
// shortly before i.
func actBefore(toks []clause.Token, c clause.Clause, i int) bool {
	for j := max(c.From, i-window); j < i; j++ {
		if actVerbs[toks[j].Lower] {
			return true
		}
	}
	return false
}

// capitalisedWord reports whether t was written with a capital: the lower
// copy lost it, so look for "the" and common words instead.
func capitalisedWord(t clause.Token) bool {
	return t.Lower == "the" || !t.Punct && determiners[t.Lower] == 0
}

// thousands reports whether the comma at j separates the digits of a
// number ("1,200 prisoners").
func thousands(toks []clause.Token, j int) bool {
	return j > 0 && j+1 < len(toks) && isNumber(toks[j-1].Lower) && isNumber(toks[j+1].Lower) &&
		toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start
}

// tableAhead reports whether "table" follows within a few words: "sat at
// the same table", "sit down at the negotiating table", "sat face to face".
func tableAhead(toks []clause.Token, c clause.Clause, i int) bool {
	for j := i + 1; j < c.To && j <= i+5; j++ {
		if toks[j].Lower == "table" || toks[j].Lower == "face" && j+2 < c.To && toks[j+1].Lower == "to" && toks[j+2].Lower == "face" {
			return true
		}
	}
	return false
}

// agreeVerbs make a ceasefire a few words later an event.
var agreeVerbs = map[string]bool{"agreed": true, "declared": true, "announced": true, "reached": true}

// andAfterExchange reports whether the ceasefire at i is joined by "and"
// to a prisoner exchange shortly before it: "agreed on an exchange of all
// detainees and a full ceasefire" agrees on both.
func andAfterExchange(toks []clause.Token, c clause.Clause, i int) bool {
	and := false
	for j := i - 1; j >= c.From && j >= i-20; j-- {
		switch w := toks[j].Lower; {
		case w == "and":
			and = true
		case !and && triggers[w].typ != "":
			return false // "exchanged prisoners and discussed a ceasefire": a topic
		case and && (w == "exchange" || w == "swap" || prisonerWords[w]):
			return true
		}
	}
	return false
}

// lasted reports whether "for" and a length in hours or minutes follow the
// verb at i, said of two speakers: "Trump and Putin spoke for more than two
// hours" held a conversation; "Putin spoke for forty minutes" gave a
// speech.
func lasted(toks []clause.Token, c clause.Clause, i int) bool {
	if nextWord(toks, c, i) != "for" {
		return false
	}
	long := false
	for j := i + 2; j < c.To && j <= i+6; j++ {
		switch toks[j].Lower {
		case "hour", "hours", "minutes":
			long = true
		}
	}
	return long && (nearBefore(toks, c, i, 6, twoSpeakers) || within(toks, c, i, 8, withWord))
}

// twoSpeakers before a verb make its subject a pair: "Trump and Putin",
// "the two leaders".
var twoSpeakers = map[string]bool{"and": true, "two": true, "both": true}

var withWord = map[string]bool{"with": true}

// offerNouns before "for" put forward what follows: "a U.S. proposal for
// an immediate 30-day ceasefire", "Kyiv's request for a meeting".
var offerNouns = map[string]bool{
	"proposal": true, "proposals": true, "offer": true, "request": true, "invitation": true,
}

// offerFor reports whether an offer noun and "for" come just before the
// word at i, with at most an article and modifiers between.
func offerFor(toks []clause.Token, c clause.Clause, i int) bool {
	for j := i - 1; j > c.From && j >= i-6; j-- { // "for an immediate 30-day ceasefire"
		if toks[j].Lower == "for" {
			return offerNouns[toks[j-1].Lower]
		}
		if toks[j].Lower == "," {
			return false
		}
	}
	return false
}

// oneForOne reports whether "<number> for <number>" follows the exchange at
// i in its sentence, past a colon if need be: "The biggest swap of the war:
// 1,000 POWs for 1,000".
func oneForOne(toks []clause.Token, i int) bool {
	end := min(len(toks), i+12)
	for j := i + 1; j+1 < end; j++ {
		if toks[j].Lower != "for" || !isNumber(toks[j+1].Lower) {
			continue
		}
		for k := j - 1; k > i && k >= j-3; k-- {
			if isNumber(toks[k].Lower) {
				return true
			}
		}
	}
	return false
}

// superlatives before a noun single out one event: "the biggest swap".
var superlatives = map[string]bool{
	"largest": true, "biggest": true, "longest": true, "greatest": true, "broadest": true,
	"widest": true, "shortest": true,
}

// exchangeAfterAnd reports whether the exchange at j follows the ceasefire
// at i after "and", with no other trigger word between: "a three-day
// ceasefire and an exchange of 300 prisoners".
func exchangeAfterAnd(toks []clause.Token, c clause.Clause, i, j int) bool {
	if j-i > 8 {
		return false
	}
	and := false
	for k := i + 1; k < j; k++ {
		switch w := toks[k].Lower; {
		case w == "and":
			and = true
		case triggers[w].typ != "" || toks[k].Punct && w != "-":
			return false
		}
	}
	return and
}

// andBeforeExchange reports whether a prisoner exchange follows the
// ceasefire at i after "and": agreeing on the one is agreeing on both.
func andBeforeExchange(toks []clause.Token, c clause.Clause, i int) bool {
	for j := i - 1; j >= c.From && j >= i-6; j-- {
		if triggers[toks[j].Lower].typ == Talks {
			return false // "discussed a ceasefire and an exchange": topics of the talks
		}
	}
	for j := i + 2; j < c.To && j <= i+8; j++ {
		if triggers[toks[j].Lower].typ == PrisonerExchange {
			return exchangeAfterAnd(toks, c, i, j)
		}
	}
	return false
}

// discussVerbs make the exchanges after them topics of talks.
var discussVerbs = map[string]bool{"discuss": true, "discussed": true, "discusses": true, "discussing": true}

// signedAfter reports whether a sign verb follows the noun at i, right
// after it or after a comma: "the initiative, signed in Istanbul".
func signedAfter(toks []clause.Token, c clause.Clause, i int) bool {
	j := i + 1
	if j < c.To && toks[j].Lower == "," {
		j++
	}
	return j < c.To && (toks[j].Lower == "signed" || toks[j].Lower == "initialled" || toks[j].Lower == "initialed")
}
