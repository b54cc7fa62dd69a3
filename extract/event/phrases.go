package event

import (
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// Constructions whose verb alone says nothing of the peace process but
// whose object does: "hosted European leaders", "signed a decree",
// "offered to hand over bodies", "walked out of the grain deal".

// hostVerbs take the guests of a meeting as object.
var hostVerbs = map[string]bool{
	"hosted": true, "hosts": true, "hosting": true, "host": true, "convened": true, "convenes": true,
	"gathered": true, "gathers": true,
}

// guestNouns after a host verb: leaders make a summit, anyone else a meeting.
var guestNouns = map[string]string{
	"leaders": Summit, "heads": Summit, "presidents": Summit,
	"delegations": Meeting, "delegation": Meeting, "ministers": Meeting, "counterparts": Meeting,
	"envoys": Meeting, "officials": Meeting, "representatives": Meeting,
}

// docNouns are the documents whose signing is an event of its own.
var docNouns = map[string]bool{
	"decree": true, "decrees": true, "law": true, "bill": true, "protocol": true,
	"protocols": true, "document": true, "documents": true, "order": true,
}

// withdrawals end an agreement or a format: "walked out of the grain deal".
var withdrawals = map[string]string{
	"walked": "out", "walks": "out", "pulled": "out", "pulls": "out", "withdrew": "from",
	"withdraws": "from", "withdrawn": "from",
}

// travelVerbs take the place visited after "to".
var travelVerbs = map[string]bool{
	"travelled": true, "traveled": true, "travels": true, "flew": true, "flies": true,
	"returned": true, "returns": true, "went": true, "goes": true, "came": true, "comes": true,
}

// foreignVisitor reports whether a person named before the travel verb at
// i in the clause belongs to another party than place p: "Zelensky
// returned to Kyiv" is coming home.
func foreignVisitor(ms []extract.Mention, toks []clause.Token, c clause.Clause, i int, p extract.Mention) bool {
	host := p.Party
	if p.Kind == "country" {
		host = p.Name
	}
	if host == "" {
		return false
	}
	from, at := toks[c.From].Start, toks[i].Start
	for _, m := range ms {
		if m.Start >= from && m.End <= at && m.Type == truce.Person && m.Party != "" {
			return m.Party != host
		}
	}
	return false
}

// pactNouns are what a party can walk out of.
var pactNouns = map[string]bool{
	"deal": true, "agreement": true, "accord": true, "accords": true, "treaty": true,
	"initiative": true, "talks": true, "negotiations": true, "format": true, "pact": true,
	"memorandum": true, "arrangement": true, "corridor": true,
}

// vagueAmounts before a noun make it no particular event.
var vagueAmounts = map[string]bool{
	"enough": true, "no": true, "more": true, "many": true, "any": true, "further": true,
	"endless": true, "countless": true, "numerous": true,
}

// heldVerbs before "conversations" make them talks that took place.
var heldVerbs = map[string]bool{
	"held": true, "had": true, "hold": true, "holding": true, "have": true, "conducted": true,
}

// phraseTrigger2 recognises the constructions above at token i.
func phraseTrigger2(toks []clause.Token, c clause.Clause, i int, ms []extract.Mention) (trigger, bool) {
	w := toks[i].Lower
	switch {
	case travelVerbs[w] && nextWord(toks, c, i) == "to":
		// "Zelensky travelled to Doha", "returned to the White House": a
		// visit, when someone from elsewhere goes there.
		k := i + 2
		if k < c.To && toks[k].Lower == "the" {
			k++
		}
		if p, ok := mentionAt(ms, toks, c, k); ok && destination(p) && foreignVisitor(ms, toks, c, i, p) {
			return trigger{tok: i, typ: Meeting, verb: true}, true
		}
	case w == "call" && prevWord(toks, c, i) == "to":
		// "broke off to call Putin".
		if m, ok := mentionAt(ms, toks, c, i+1); ok && m.Type == truce.Person && callFollower(toks, c, i+1, m.End) {
			return trigger{tok: i, typ: Talks, verb: true}, true
		}
	case hostVerbs[w]:
		// "Starmer hosts European leaders in London", "Paris hosted around
		// 30 delegations": the host and guests met.
		for j := i + 1; j < c.To && j <= i+4; j++ {
			if typ, ok := guestNouns[toks[j].Lower]; ok {
				if n := toks[j-1].Lower; isNumber(n) && len(n) > 1 || n == "dozens" {
					typ = Summit // "hosted around 30 delegations": a conference of many states
				}
				// "hosted the delegations for a third round of talks": the
				// talks tell it better.
				return trigger{tok: i, typ: typ, verb: true, weak: typ == Meeting}, true
			}
			if toks[j].Punct {
				break
			}
		}
	case w == "signed" || w == "signs" || w == "sign":
		// "Zelensky signed a decree": a signing, type other.
		// Only a document of the war and peace: "a decree stating that
		// negotiations were impossible", not "a law on foreign agents".
		for j := i + 1; j < c.To && j <= i+3; j++ {
			if docNouns[toks[j].Lower] {
				if peaceAhead(toks, c, j) {
					return trigger{tok: i, typ: Other, verb: true}, true
				}
				break
			}
			if toks[j].Punct {
				break
			}
		}
	case w == "offers" || w == "offered" || w == "offer":
		// "Russia offers to hand over 6,000 bodies": terms put forward.
		// "offered to host talks" is the talks, proposed (see check).
		if nextWord(toks, c, i) == "to" && i+2 < c.To {
			v := toks[i+2].Lower
			if !toks[i+2].Punct && !lightVerbs[v] && !triggers[v].verb && determiners[v] == 0 && v != "the" {
				return trigger{tok: i, typ: Proposal, verb: true}, true
			}
		}
	case withdrawals[w] != "":
		if nextWord(toks, c, i) != withdrawals[w] {
			break
		}
		// Only out of an agreement or a format: "withdraws from four
		// regions" is a demand about troops.
		for j := i + 2; j < c.To && j <= i+7; j++ {
			if pactNouns[toks[j].Lower] {
				return trigger{tok: i, typ: Cancellation, verb: true}, true
			}
			if toks[j].Punct {
				break
			}
		}
	case w == "signing" && nextWord(toks, c, i) == "of":
		// "the signing of the grain deal": a signing, type other.
		for j := i + 2; j < c.To && j <= i+6; j++ {
			if pactNouns[toks[j].Lower] || docNouns[toks[j].Lower] || triggers[toks[j].Lower].typ == Agreement {
				return trigger{tok: i, typ: Other, det: determiner(toks, c.From, i)}, true
			}
		}
	case (w == "evacuation" || w == "evacuations") && nextWord(toks, c, i) == "of" && brokered(toks, c, ms):
		// "the evacuation of civilians from the plant, organised by the
		// UN": a humanitarian operation agreed between the sides, type
		// other; a town evacuating its own people is not.
		return trigger{tok: i, typ: Other, det: determiner(toks, c.From, i)}, true
	case w == "paper" && (prevWord(toks, c, i) == "position" || prevWord(toks, c, i) == "peace"):
		// "a 12-point position paper": a plan by another name.
		tr := trigger{tok: i, typ: Proposal, det: determiner(toks, c.From, i)}
		if actBefore(toks, c, i) {
			tr.det = detNew
		}
		return tr, true
	case w == "conversations" || w == "conversation":
		// "had held confidential conversations with Putin's aides".
		for j := i - 1; j >= c.From && j >= i-5; j-- { // "had a two-hour conversation"
			if vagueAmounts[toks[j].Lower] {
				break // "we have had enough conversations"
			}
			if heldVerbs[toks[j].Lower] {
				return trigger{tok: i, typ: Talks, det: detNew}, true
			}
		}
	}
	return trigger{}, false
}

// contentWords between a proposal and a later trigger make that trigger
// part of the proposal: "a 10-point initiative that includes the exchange
// of prisoners" is a proposal, not an exchange.
var contentWords = map[string]bool{
	"includes": true, "included": true, "including": true, "include": true, "envisages": true,
	"envisaged": true, "foresees": true, "provides": true, "providing": true, "covers": true,
	"covering": true, "contains": true, "containing": true, "calls": true, "involves": true,
}

// proposalContent reports whether the trigger t lies in the content of a
// new proposal told before it in the clause.
func (x *extractor) proposalContent(c clause.Clause, t trigger) (trigger, bool) {
	for _, p := range x.trig {
		if p.tok >= t.tok {
			break
		}
		if p.typ != Proposal || p.det == detAnaphoric || t.tok-p.tok > 15 {
			continue // bounded: a long clause stays linear
		}
		for j := p.tok + 1; j < t.tok; j++ {
			if contentWords[x.toks[j].Lower] {
				return p, true
			}
		}
	}
	return trigger{}, false
}

// startVerbs after a ceasefire make it one that begins: "a ceasefire was
// to start at midnight".
var startVerbs = map[string]bool{
	"start": true, "starts": true, "started": true, "begin": true, "begins": true, "began": true,
	"begun": true,
}

// startsAfter reports whether a start verb follows the ceasefire at i,
// finite or after an auxiliary ("a truce along the front was to begin at
// dawn"), before any punctuation or other trigger word.
func startsAfter(toks []clause.Token, c clause.Clause, i int) bool {
	for j := i + 1; j < c.To && j <= i+8; j++ {
		w := toks[j].Lower
		if toks[j].Punct || triggers[w].typ != "" {
			return false
		}
		if !startVerbs[w] {
			continue
		}
		if w == "starts" || w == "started" || w == "begins" || w == "began" {
			return true
		}
		switch toks[j-1].Lower {
		case "to", "will", "would", "should", "has", "had", "have", "was", "is":
			return true
		}
		return false
	}
	return false
}

// coordinatedAgree reports whether the clause c is cut at "and" before an
// agreeing verb, told of a second event: "held talks in Istanbul and
// agreed a prisoner exchange". It returns the token of "and".
func (x *extractor) coordinatedAgree(c clause.Clause) (int, bool) {
	if len(x.trig) < 2 {
		return 0, false
	}
	f := x.trig[0]
	if f.det == detAnaphoric || f.det == detDefinite {
		return 0, false // "after the talks …": the first event was told before
	}
	for j := f.tok + 1; j+2 < c.To && j < f.tok+40; j++ {
		if x.toks[j].Lower != "and" || !agreeCoord[x.toks[j+1].Lower] || x.toks[j+2].Lower == "to" {
			continue // "and agreed to meet again" is the meeting, planned, of the same clause
		}
		for _, t := range x.trig {
			if t.tok > j+1 && t.tok <= j+14 { // "agree a 1,000-for-1,000 prisoner exchange"
				return j, true
			}
		}
	}
	return 0, false
}

// agreeCoord are the verbs that open a second event after "and".
var agreeCoord = map[string]bool{
	"agree": true, "agreed": true, "agrees": true, "signed": true, "sign": true, "signs": true,
	"announced": true, "announce": true, "announces": true,
	// "… and postponed his visit": a cancellation of its own.
	"postponed": true, "postpones": true, "cancelled": true, "canceled": true, "cancels": true,
}

// placedGathering reports whether tr is a meeting or summit noun with its
// place right after it: "the meeting in Doha", "a summit in Brussels".
func (x *extractor) placedGathering(c clause.Clause, tr trigger) bool {
	if tr.verb || family(tr.typ) != Meeting || tr.det != detNew && tr.det != detDefinite {
		return false
	}
	switch x.word(c, tr.tok+1) {
	case "in", "at":
		return x.placeNear(c, tr.tok)
	}
	return false
}

// acrossTheLine reports whether the people of a meeting include officials
// of both belligerents and not both leaders: "Kuleba met his Russian
// counterpart Lavrov in Antalya" is a round of talks between the sides.
//
// So is a meeting of three or more officials of two parties with no
// leader among them: "Rubio, Waltz and Witkoff meet Lavrov and Ushakov"
// is two delegations at the table.
func (x *extractor) acrossTheLine(st *sentenceCtx, people []string, heads int) bool {
	if heads >= 2 || len(people) < 2 {
		return false
	}
	var side [2]bool
	var parties []string
	for _, n := range people {
		for _, m := range st.mentions {
			if m.Name != n || m.Type != truce.Person {
				continue
			}
			for k, b := range belligerents {
				side[k] = side[k] || m.Party == b
			}
			if m.Party != "" && !contains(parties, m.Party) {
				parties = append(parties, m.Party)
			}
			break
		}
	}
	return side[0] && side[1] || heads == 0 && len(people) >= 3 && len(parties) >= 2
}

// cancelsOther reports whether the cancellation tr names its own object,
// of another kind than the sentence's last event: "held talks in Istanbul
// and postponed the exchange of prisoners" tells the talks and a
// cancelled exchange.
func (x *extractor) cancelsOther(tr trigger) bool {
	last := family(x.events[len(x.events)-1].Type)
	for _, t := range x.trig {
		if t.tok > tr.tok && t.tok <= tr.tok+4 && t.typ != Cancellation {
			return family(t.typ) != last
		}
	}
	return false
}

// peaceWords after a document make its signing part of the peace process.
var peaceWords = map[string]bool{
	"peace": true, "annexation": true, "recognition": true, "recognising": true,
	"recognizing": true, "independence": true, "mobilisation": true, "mobilization": true,
	"impossible": true, "sovereignty": true, "territory": true, "territories": true,
}

// peaceAhead reports whether a trigger word or a peace word follows the
// document noun at j within a few words.
func peaceAhead(toks []clause.Token, c clause.Clause, j int) bool {
	for k := j + 1; k < c.To && k <= j+8; k++ {
		if w := toks[k].Lower; peaceWords[w] || triggers[w].typ != "" {
			return true
		}
	}
	return false
}

// brokerWords tell that someone arranged an operation between the sides.
var brokerWords = map[string]bool{
	"organised": true, "organized": true, "brokered": true, "mediated": true, "agreed": true,
	"negotiated": true, "corridor": true, "corridors": true, "convoy": true, "coordinated": true,
}

// brokered reports whether clause c tells who arranged its operation: a
// broker word or an international organisation.
func brokered(toks []clause.Token, c clause.Clause, ms []extract.Mention) bool {
	for j := c.From; j < c.To; j++ {
		if brokerWords[toks[j].Lower] {
			return true
		}
	}
	for _, m := range ms {
		if m.Start >= c.Start && m.End <= c.End && m.Type == truce.Organization && m.Kind == "international" {
			return true
		}
	}
	return false
}

// roundOfTalks finds new talks after the meeting verb best in a clause
// that names delegations: the delegations came for a round of talks.
func (x *extractor) roundOfTalks(st *sentenceCtx, c clause.Clause, best trigger) (trigger, modality, bool) {
	if !x.hasWord(c, "delegation", "delegations") {
		return trigger{}, modality{}, false
	}
	for _, t := range x.trig {
		if t.tok <= best.tok || t.typ != Talks || t.verb || t.det == detAnaphoric || t.det == detDefinite {
			continue
		}
		if m, ok := x.check(st, c, t); ok {
			return t, m, true
		}
	}
	return trigger{}, modality{}, false
}

// participleAfter reports whether a participle of set opens an apposition
// shortly after the noun at i: "a 30-day ceasefire on energy
// infrastructure, agreed by Putin and Trump", "the final declaration,
// adopted by 80 states".
func participleAfter(toks []clause.Token, c clause.Clause, i int, set map[string]bool) bool {
	for j := i + 1; j+1 < c.To && j <= i+6; j++ {
		if toks[j].Lower == "," {
			w := toks[j+1].Lower
			return set[w] && len(w) > 4 && w[len(w)-2:] == "ed"
		}
		if toks[j].Punct && toks[j].Lower != "-" {
			return false
		}
	}
	return false
}

// concludedVerbs as participles after a ceasefire tell it was made, not
// talked about ("talks on a ceasefire, held in Riyadh" are the talks).
var concludedVerbs = map[string]bool{
	"agreed": true, "signed": true, "brokered": true, "declared": true, "announced": true,
	"reached": true, "concluded": true, "negotiated": true,
}

// destination reports whether m can be visited: a place, or a seat of
// government ("the White House", "the Kremlin").
func destination(m extract.Mention) bool {
	return m.Type == truce.Place || m.Type == truce.Organization && m.Kind == "government"
}
