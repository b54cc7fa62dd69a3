package position

import (
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// stretch is the part of a clause one stance cue governs: from the cue to
// the next cue of another holder, or the end of the clause.
type stretch struct {
	cue, after int // the cue's first token and the token after the cue phrase
	to         int // end of the governed tokens (exclusive)
	stance     string
	noun       bool
	passive    bool
	modal      bool // "Kyiv could join NATO"
	flipped    bool // negation or possibility changed the cue's stance
	// threat is a threat of sanctions ("threatened new sanctions"): a
	// possible measure, held by the subject of the stance before it.
	threat bool
	cont   bool // a threat with no subject of its own: "… and threatened"
	// must is an obligation told by a speaker ("He said Russian forces
	// must leave …"): the speaker's demand, not the subject's.
	must bool
	// both: a joint measure told without its parties ("will be
	// exchanged"), held by both belligerents.
	both bool
	// won is the cue a persuaded party took up ("convinced Kyiv to
	// accept"), with its stance; 0 when none.
	won       int
	wonStance string
	// back: the object stands before the cue ("prisoners …, at the
	// demand of the two parties").
	back      bool
	atRequest bool // "at the request of X": X holds it
}

// stretches finds the stance cues of clause c and the tokens each governs.
// A cue right after another one of the same subject is part of its content
// ("is required to recognize", "may consider modifying … conditions").
func (x *extractor) stretches(buf []stretch, c clause.Clause, ms []extract.Mention) []stretch {
	for i := c.From; i < c.To; i++ {
		if n := len(buf); n > 0 && x.contrast(i) {
			buf[n-1].to = min(buf[n-1].to, i) // "the return of children, rather than a ceasefire"
			continue
		}
		if n := len(buf); n > 0 && stopWords[x.toks[i].Lower] {
			buf[n-1].to = min(buf[n-1].to, i) // "demanded a ceasefire and threatened sanctions"
			if !threatWords[x.toks[i].Lower] {
				continue
			}
		}
		sc, after, ok := x.cueAt(c, i)
		if !ok {
			continue
		}
		if n := len(buf); n > 0 && !x.newSubject(c, ms, buf[n-1].after, i) {
			if !sc.threat {
				i = after - 1
				continue
			}
			sc.cont = true
		}
		if n := len(buf); n > 0 {
			buf[n-1].to = min(buf[n-1].to, i)
		}
		sc.cue, sc.after, sc.to = i, after, x.stretchEnd(c, after)
		st := x.modulate(c, i, sc.stance)
		sc.flipped, sc.stance = st != sc.stance, st
		if p := x.pressedAt(c, i); p >= 0 {
			// "Trump pressed Kyiv to accept a troop cap": Trump's demand,
			// held by the subject of "pressed", not Kyiv's acceptance.
			if convinceWords[x.toks[p].Lower] {
				// "Washington had convinced Kyiv to accept a ceasefire":
				// Kyiv did accept it.
				sc.won, sc.wonStance = i, sc.stance
			}
			sc.cue, sc.stance, sc.flipped, sc.noun, sc.passive = p, Demand, false, false, false
		}
		buf = append(buf, sc)
		i = after - 1
	}
	return buf
}

// cueAt recognises a stance cue at token i: a cue word, "rule(d) out",
// "ready to", or a modal before a concession verb ("could join").
func (x *extractor) cueAt(c clause.Clause, i int) (stretch, int, bool) {
	t := x.toks[i]
	if t.Punct || !starters[t.Lower] {
		return stretch{}, 0, false
	}
	next := x.word(c, i+1)
	switch {
	case (t.Lower == "rule" || t.Lower == "rules" || t.Lower == "ruled") && next == "out":
		return stretch{stance: Reject}, i + 2, true
	case readyWords[t.Lower] && next == "to":
		if t.Lower == "open" {
			return stretch{stance: Consider}, i + 2, true
		}
		if w := x.word(c, i+2); cues[w].stance == Accept {
			return stretch{stance: Accept, modal: true}, i + 3, true // "ready to accept"
		} else if dealVerbs[w] || cues[w].stance != "" || talkVerbs[w] {
			return stretch{stance: Offer, modal: true}, i + 3, true
		}
		return stretch{}, 0, false // "ready to dump their president"
	case (t.Lower == "not" || t.Lower == "never" || t.Lower == "'t" || t.Lower == "’t") && willWords[x.word(c, i-1)] ||
		t.Lower == "cannot":
		// "We will not leave the Donbas", "Kyiv would never cede land",
		// "Ukraine would not host foreign bases" (a concession).
		if refuseVerbs[next] {
			return stretch{stance: Reject}, i + 2, true
		}
		if next == "join" || next == "host" {
			return stretch{stance: Offer}, i + 2, true
		}
		return stretch{}, 0, false
	case mayWords[t.Lower] && dealVerbs[next]:
		return stretch{stance: Consider, modal: true}, i + 2, true
	case (t.Lower == "give" || t.Lower == "gave" || t.Lower == "giving") && next == "up":
		return stretch{stance: Offer}, i + 2, true
	case (t.Lower == "call" || t.Lower == "calls" || t.Lower == "called" || t.Lower == "calling") && next == "for":
		return stretch{stance: Demand}, i + 2, true
	case (t.Lower == "ask" || t.Lower == "asks" || t.Lower == "asked" || t.Lower == "asking") && next == "for":
		return stretch{stance: Demand}, i + 2, true // "asked for their return"
	case t.Lower == "must" && next != "":
		return stretch{stance: Demand, must: true}, i + 1, true
	case threatWords[t.Lower]:
		return stretch{stance: Consider, threat: true}, i + 1, true
	case presentWords[t.Lower] && x.planAfter(c, i) && !x.nounCueAfter(c, i):
		return stretch{stance: Offer}, i + 1, true // "presented a 10-point initiative that includes …"
	case t.Lower == "put" && next == "forward" && !x.nounCueAfter(c, i+1) && x.planAfter(c, i+1):
		return stretch{stance: Offer}, i + 2, true
	case t.Lower == "required" || t.Lower == "demanded" || t.Lower == "asked":
		if isBe(x.word(c, i-1)) {
			return stretch{stance: Demand, passive: true}, i + 1, true
		}
	case (t.Lower == "committed" || t.Lower == "commit" || t.Lower == "commits") && next == "to":
		return stretch{stance: Accept}, i + 2, true // "Lavrov had not committed to it"
	case (t.Lower == "signed" || t.Lower == "sign" || t.Lower == "signs") && x.dealAfter(c, i):
		return stretch{stance: Accept}, i + 1, true // "signed deals meant to reopen Black Sea shipping"
	case (t.Lower == "exchanged" || t.Lower == "swapped") && x.word(c, i-1) == "be" && willWords[x.word(c, i-2)]:
		return stretch{stance: Accept, passive: true, both: true}, i + 1, true // "prisoners will be exchanged"
	case t.Lower == "guarantee" && x.word(c, i-1) == "to":
		return stretch{stance: Offer}, i + 1, true // "the guarantors would have to guarantee any settlement"
	case (t.Lower == "demand" || t.Lower == "request") && x.word(c, i-1) == "the" && x.word(c, i-2) == "at" && x.word(c, i+1) == "of":
		return stretch{stance: Demand, back: true, atRequest: true}, i + 2, true // "at the demand of the two parties"
	case (t.Lower == "demand" || t.Lower == "request") && i >= c.From+3 && clause.IsPossessive(x.toks[i-1]) && x.word(c, i-3) == "at":
		return stretch{stance: Demand, back: true}, i + 1, true // "at Kyiv's request"
	case t.Lower == "face" && x.word(c, i-1) == "or":
		return stretch{stance: Consider, threat: true}, i + 1, true // "50 days to reach a deal or face tariffs"
	case (t.Lower == "would" || t.Lower == "will") && (next == "order" || next == "declare"):
		return stretch{stance: Offer}, i + 2, true // "Russia would order a ceasefire once …"
	case willWords[t.Lower] && (agreeVerbs[next] || next == "exchange") && x.bothBefore(c, i):
		return stretch{stance: Accept}, i + 1, true // "the sides will disengage forces"
	}
	cw, ok := cues[t.Lower]
	if !ok {
		return stretch{}, 0, false
	}
	if cw.stance == Reject && !cw.noun && x.nounCueAfter(c, i) {
		return stretch{}, 0, false // "put forward “unacceptable” demands": the demands are the stance
	}
	if (t.Lower == "support" || t.Lower == "compromise" || t.Lower == "welcome") && determiner(x.word(c, i-1)) {
		return stretch{}, 0, false // "the support of American diplomacy" is no stance
	}
	if cw.stance == Accept && next == "to" && !dealVerbs[x.word(c, i+2)] && !agreeVerbs[x.word(c, i+2)] && cues[x.word(c, i+2)].stance == "" {
		if v := x.word(c, i+2); v != "" && v != "the" && v != "a" && v != "an" {
			return stretch{}, 0, false // "agreed to meet again": an event, not a stance
		}
	}
	// "is rejected", and a participle with its agent: "a swap agreed by the
	// delegations".
	passive := (isBe(x.word(c, i-1)) || next == "by") && len(t.Lower) > 2 && t.Lower[len(t.Lower)-2:] == "ed" && t.Lower != "opposed"
	return stretch{stance: cw.stance, noun: cw.noun, passive: passive}, i + 1, true
}

// stretchEnd is where the content of a cue ends: the clause end, or a
// comma before a subordinate or relative clause (", as this could be seen
// as …", ", which …").
func (x *extractor) stretchEnd(c clause.Clause, from int) int {
	if from < len(x.trail) {
		return min(x.trail[from], c.To)
	}
	return c.To
}

// trailing fills, for every token, the index of the next comma that opens
// a trailing clause, or len(toks): one backward pass.
func trailing(buf []int, toks []clause.Token) []int {
	buf = append(buf, make([]int, len(toks))...)
	next, commas := len(toks), 0
	for j := len(toks) - 1; j >= 0; j-- {
		if toks[j].Lower == "," && j+1 < len(toks) && trailWords[toks[j+1].Lower] &&
			(toks[j+1].Lower != "a" || commas == 0) {
			// ", a condition he has repeated": an apposition, unless more
			// commas follow, as in a list ("…, a ceasefire, the …").
			next = j
		}
		if toks[j].Lower == "," {
			commas++
		}
		buf[j] = next
	}
	return buf
}

var trailWords = map[string]bool{
	"as": true, "which": true, "who": true, "because": true, "since": true, "so": true,
	"when": true, "where": true, "although": true, "though": true, "a": true, "calling": true,
	"saying": true, "adding": true, "even": true, "and": true,
}

// starters are the words a cue can begin with: one lookup rules out
// most tokens.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{readyWords, mayWords} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range cues {
		m[w] = true
	}
	for _, set := range []map[string]bool{threatWords, presentWords} {
		for w := range set {
			m[w] = true
		}
	}
	for _, w := range []string{"rule", "rules", "ruled", "give", "gave", "giving", "call", "calls",
		"called", "calling", "required", "demanded", "asked", "ask", "asks", "asking", "put",
		"not", "never", "cannot", "'t", "’t", "must", "committed", "commit", "commits", "signed",
		"sign", "signs", "exchanged", "swapped", "face", "will", "would", "shall", "guarantee", "request"} {
		m[w] = true
	}
	return m
}()

// contrast reports whether "rather than" or "instead of" starts at i: what
// follows is what the party does not ask for.
func (x *extractor) contrast(i int) bool {
	if i+1 >= len(x.toks) {
		return false
	}
	w, next := x.toks[i].Lower, x.toks[i+1].Lower
	return w == "rather" && next == "than" || w == "instead" && next == "of"
}

// stopWords end the content of a cue: what follows is no stance on it.
var stopWords = map[string]bool{
	"threatened": true, "threatens": true, "threatening": true, "warned": true, "warns": true,
	"although": true, "despite": true,
}

// dealAfter reports whether a deal noun follows the word at i closely:
// "signed deals", "signed a memorandum on …".
func (x *extractor) dealAfter(c clause.Clause, i int) bool {
	for j := i + 1; j < c.To && j <= i+3; j++ {
		switch x.toks[j].Lower {
		case "deal", "deals", "agreement", "agreements", "accord", "accords", "memorandum", "memoranda", "treaty":
			return true
		}
	}
	return false
}

// bothBefore reports whether "the sides" or the like end right before i.
func (x *extractor) bothBefore(c clause.Clause, i int) bool {
	for _, p := range bothSides {
		if j := i - len(p); j >= c.From && hasPhrase(x.toks[:i], j, p) {
			return true
		}
	}
	return false
}

// presentWords put a document on the table; followed by a plan noun they
// offer what it contains.
var presentWords = map[string]bool{
	"presented": true, "presents": true, "unveiled": true, "unveils": true,
	"submitted": true, "submits": true, "tabled": true, "handed": true, "hands": true,
	"sent": true, "delivered": true, "outlined": true, "outlines": true,
}

// planNouns name a document of proposals.
var planNouns = map[string]bool{
	"plan": true, "initiative": true, "memorandum": true, "memoranda": true, "draft": true,
	"option": true, "options": true, "roadmap": true, "framework": true, "package": true,
	"formula": true, "list": true, "points": true, "document": true, "proposal": true,
	"proposals": true,
}

// planAfter reports whether a plan noun follows the word at i closely:
// "handed over a memorandum", "presented a 10-point initiative".
func (x *extractor) planAfter(c clause.Clause, i int) bool {
	for j := i + 1; j < c.To && j <= i+5; j++ {
		if planNouns[x.toks[j].Lower] {
			return true
		}
	}
	return false
}

// threatWords threaten a measure: only a threat of sanctions is a stance
// ("threatened new sanctions if Moscow refused": sanctions considered).
var threatWords = map[string]bool{
	"threatened": true, "threatens": true, "threatening": true, "threaten": true,
}

// nounCueAfter reports whether a noun cue follows i, quotes aside.
func (x *extractor) nounCueAfter(c clause.Clause, i int) bool {
	for j := i + 1; j < c.To && j <= i+2; j++ {
		w := x.toks[j].Lower
		if w == "\"" || w == "”" || w == "“" {
			continue
		}
		return cues[w].noun || w == "demands" || w == "terms"
	}
	return false
}

// dropWords before a demand withdraw it.
var dropWords = map[string]bool{
	"dropped": true, "drops": true, "abandoned": true, "abandons": true, "withdrew": true,
	"softened": true, "relaxed": true,
}

// talkVerbs after "ready to" offer talks on the issues named.
var talkVerbs = map[string]bool{
	"discuss": true, "negotiate": true, "talk": true, "meet": true, "sign": true, "consider": true,
	"compromise": true, "make": true, "provide": true, "offer": true, "end": true, "stop": true,
}

// dealVerbs after a modal make a possible concession: "Kyiv could join NATO".
var dealVerbs = map[string]bool{
	"join": true, "accept": true, "agree": true, "give": true, "cede": true, "recognize": true,
	"recognise": true, "drop": true, "withdraw": true, "abandon": true, "renounce": true,
	"return": true, "lift": true, "ease": true, "freeze": true, "hand": true, "trade": true,
	"exchange": true, "limit": true, "reduce": true, "guarantee": true, "allow": true,
}

// willWords before "not" state what a party will (not) do.
var willWords = map[string]bool{
	"will": true, "would": true, "shall": true, "won": true, "wouldn": true, "can": true,
	"could": true, "ll": true,
}

// refuseVerbs after "will not" refuse to give something: "will not leave
// the Donbas", "would never lift the sanctions".
var refuseVerbs = map[string]bool{
	"leave": true, "cede": true, "give": true, "surrender": true, "abandon": true,
	"trade": true, "retreat": true, "hand": true, "allow": true, "tolerate": true,
	"negotiate": true, "lift": true, "sign": true, "withdraw": true, "return": true,
	"release": true, "renounce": true, "stop": true,
}

// agreeVerbs after "agreed to" carry out a settlement of the issue named
// after them ("agreed to swap wounded prisoners", "agreed to conclude the
// minerals deal"), unlike "agreed to meet again".
var agreeVerbs = map[string]bool{
	"swap": true, "free": true, "release": true, "conclude": true, "implement": true,
	"unblock": true, "resume": true, "reopen": true, "extend": true, "halt": true,
	"respect": true, "observe": true, "establish": true, "create": true, "hold": true,
	"repatriate": true, "transfer": true, "disengage": true, "stop": true, "end": true,
	"restore": true, "open": true, "set": true, "introduce": true, "expand": true,
}

// newSubject reports whether a new holder is named between the previous
// cue (ending at from) and the cue at i: a comma or conjunction followed by
// a party ("opposes these conditions, and Zelensky demanded …").
func (x *extractor) newSubject(c clause.Clause, ms []extract.Mention, from, i int) bool {
	for j := max(from, i-subjectReach); j < i; j++ {
		w := x.toks[j].Lower
		if w != "," && w != "and" && w != "but" && w != "which" && w != "who" {
			continue
		}
		for _, m := range within(ms, x.toks[j].End, x.toks[i].Start) {
			if m.End <= x.toks[i].Start && x.party(m) != "" && !x.modifier(m) && !x.object(m.Start) {
				return true // not "the bodies of Ukrainian soldiers and proposed"
			}
		}
		for k := j + 1; k < i; k++ {
			if pronouns[x.toks[k].Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// subjectReach bounds how far back a new subject is looked for.
const subjectReach = 30

// modulate applies negation, reluctance and possibility before the cue at
// i: "no longer insists" drops a demand (accept), "unlikely to accept"
// rejects, "does not rule out" considers, "could accept" considers.
func (x *extractor) modulate(c clause.Clause, i int, stance string) string {
	negated, may := false, false
	for j := i - 1; j >= c.From && j >= i-8; j-- {
		t := x.toks[j]
		if t.Punct {
			break
		}
		switch {
		case clause.IsNegation(t) || reluctant[t.Lower] || dropWords[t.Lower] && stance == Demand:
			negated = true // "dropped its demand" is a demand no more
		case mayWords[t.Lower]:
			may = true
		}
	}
	switch {
	case negated && stance == Demand && wantWords[x.toks[i].Lower]:
		return Reject // "Kyiv does not want a frozen conflict"
	case negated && stance == Demand:
		return Accept
	case negated && stance == Reject:
		return Consider
	case negated:
		return Reject
	case may && (stance == Accept || stance == Offer):
		return Consider
	}
	return stance
}

// wantWords state a wish: not wanting something rejects it, where not
// insisting on it drops a demand.
var wantWords = map[string]bool{"want": true, "wants": true, "wanted": true}

// word returns the lower-case word at i inside c, or "".
func (x *extractor) word(c clause.Clause, i int) string {
	if i < c.From || i >= c.To || x.toks[i].Punct {
		return ""
	}
	return x.toks[i].Lower
}

func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "some", "any":
		return true
	}
	return false
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// pressureVerbs before "X to <cue>" make the cue what the subject wants X
// to do.
var pressureVerbs = map[string]bool{
	"pressed": true, "presses": true, "pressing": true, "pressured": true, "pressures": true,
	"urged": true, "urges": true, "urging": true, "pushed": true, "pushes": true, "pushing": true,
	"forced": true, "forces": true, "persuaded": true, "convinced": true, "asked": true,
	"asks": true, "told": true, "encouraged": true, "encourages": true, "advised": true,
}

// convinceWords tell that the pressure worked.
var convinceWords = map[string]bool{
	"convinced": true, "persuaded": true, "forced": true,
}

// pressedAt returns the pressure verb governing the cue at i ("pressed
// Kyiv to accept"), or -1.
func (x *extractor) pressedAt(c clause.Clause, i int) int {
	if x.word(c, i-1) != "to" {
		return -1
	}
	for j := i - 2; j >= c.From && j >= i-6; j-- {
		if x.toks[j].Punct {
			return -1
		}
		if pressureVerbs[x.toks[j].Lower] {
			return j
		}
	}
	return -1
}
