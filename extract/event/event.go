// Package event finds the events of the peace process in a document: talks,
// meetings, summits, proposals, ceasefires, prisoner exchanges, agreements,
// votes and cancellations, each with its participants, place, date and
// status (held, planned, cancelled, proposed or reported).
//
// The unit is the clause: a clause yields at most one event, typed by its
// most specific trigger, so "discussed a ceasefire" is talks about a
// ceasefire and not two events. Triggers that refer back to an event already
// told ("these talks", "the plan") and triggers in hypothetical, wished-for,
// negated or questioned clauses yield nothing: precision first. A gathering
// named again with its own day or building ("the meeting on August 5-6")
// is an event of its own, as the annotators count such mentions; a
// ceasefire agreed with a prisoner exchange is a second event of its clause.
package event

import (
	"sort"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/event/clause"
)

// Extract returns the events of d in text order. It reads d.Sentences,
// d.Mentions, d.Timexes and d.Attributions.
func Extract(d *extract.Doc) []truce.Event {
	x := newExtractor(d)
	for _, s := range d.Sentences {
		x.sentence(s)
	}
	return x.events
}

// extractor holds the per-document state and reusable buffers.
type extractor struct {
	d       *extract.Doc
	lower   string
	timexes []truce.Timex // sorted by Start
	toks    []clause.Token
	clauses []clause.Clause
	trig    []trigger
	seen    map[string]bool // event types told so far
	deny    int             // token of the clause's first denial word, or -1
	persons map[string]bool // names of the document's people
	both    int             // 1 when the document names both belligerents, -1 when not, 0 unknown
	when    struct {        // hasWhen of the clause checked last
		valid bool
		span  truce.Span
		ok    bool
	}
	events []truce.Event
}

func newExtractor(d *extract.Doc) *extractor {
	tx := append([]truce.Timex(nil), d.Timexes...)
	sort.SliceStable(tx, func(i, j int) bool { return tx[i].Start < tx[j].Start })
	persons := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Type == truce.Person {
			persons[m.Name] = true
		}
	}
	return &extractor{d: d, lower: d.Lower(), timexes: tx, seen: map[string]bool{}, persons: persons}
}

// sentence adds the events of one sentence.
func (x *extractor) sentence(s truce.Span) {
	if !s.Valid(len(x.d.Text)) || s.Len() == 0 || x.headline(s) {
		return
	}
	x.toks = clause.Words(x.toks[:0], x.lower, s)
	if n := len(x.toks); n == 0 || x.toks[n-1].Lower == "?" {
		return // headlines repeat the body; questions assert nothing
	}
	first := len(x.events)
	st := &sentenceCtx{span: s, mentions: x.sentenceMentions(s), first: first}
	x.clauses = clause.SplitAfter(x.clauses[:0], x.toks)
	x.clauses = x.splitCoordinated(x.clauses, st)
	for _, c := range x.clauses {
		if c.Sub != "" && !(c.Sub == "before" && x.scheduled(c)) {
			continue // "before talks can begin", "if a deal is reached"
		}
		x.clause(st, c, first)
	}
}

// sentenceCtx is what the clauses of one sentence share.
type sentenceCtx struct {
	span     truce.Span
	mentions []extract.Mention
	first    int // index of the sentence's first event in x.events
}

// clause adds the event of one clause, if any, or turns the sentence's last
// event into a cancellation.
func (x *extractor) clause(st *sentenceCtx, c clause.Clause, first int) {
	x.trig = findTriggers(x.trig[:0], x.toks, c, st.mentions)
	x.deny = x.denial(c)
	tr, mode, ok := x.pick(st, c)
	if !ok {
		return
	}
	if tr.typ == Cancellation && len(x.events) > first && !x.otherCancelled(st, c, tr, mode) && !x.cancelsOther(tr) {
		ev := &x.events[len(x.events)-1]
		ev.Type, ev.Status, ev.End = Cancellation, Cancelled, c.End
		return
	}
	if tr.typ == Cancellation && len(x.events) == first && x.cancelEarlier(st, c, tr, mode) {
		return
	}
	next, nextMode, hasNext := x.infinitive(st, c, tr)
	end := c.End
	if hasNext {
		end = x.toks[next.tok].Start
	}
	n := len(x.events)
	x.add(st, c, tr, mode, end)
	if len(x.events) > n {
		x.eachDate(tr)
	}
	if hasNext {
		nextMode.planned = nextMode.planned || family(next.typ) == Meeting || // "agreed … to meet"
			(next.typ == Ceasefire || next.typ == PrisonerExchange) && mode.planned // "agreed to exchange … and to implement a ceasefire"
		x.add(st, c, next, nextMode, c.End)
	}
	if len(x.events) > n {
		for _, t := range x.trig {
			x.seen[family(t.typ)] = true // "called off a planned summit": the summit is told
		}
	}
}

// add builds and keeps the event of trigger tr, whose place is looked for
// before byte end.
func (x *extractor) add(st *sentenceCtx, c clause.Clause, tr trigger, m modality, end int) {
	ev, ok := x.build(st, c, tr, m, end)
	if !ok {
		return
	}
	x.seen[family(ev.Type)] = true
	if ev.Type == Cancellation && x.cancelledBefore(ev) {
		return
	}
	x.events = append(x.events, ev)
}

// second reports whether t, later in the clause than tr, is an event of
// its own: a meeting agreed in talks ("agreed in a call to meet"; "meet …
// to discuss" is one event), or a proposal set out at a meeting ("used an
// address to the summit to set out a peace formula").
func (x *extractor) second(c clause.Clause, tr, t trigger) bool {
	switch {
	case t.typ == Proposal && tr.typ != Proposal && t.det == detDefinite && x.identified(c, t.tok):
		return true // "met … to discuss the peace plan that was drafted by …"
	case t.typ == Talks && !t.verb && tr.typ != Talks && family(tr.typ) != Meeting &&
		(x.toks[t.tok-1].Lower == "at" || x.toks[t.tok-1].Lower == "during"):
		return x.placeNear(clause.Clause{From: t.tok, To: len(x.toks)}, t.tok) // "a deal reached at talks in Istanbul"
	case t.typ == Ceasefire && tr.typ == PrisonerExchange && andAfterExchange(x.toks, c, t.tok):
		return true // "agreed to exchange all detainees and to implement a ceasefire"
	case t.typ == PrisonerExchange && tr.typ == Ceasefire && exchangeAfterAnd(x.toks, c, tr.tok, t.tok):
		return true // "agreed on a ceasefire and an exchange of prisoners"
	case t.verb && tr.typ == Talks && family(t.typ) == Meeting:
		return x.toks[t.tok-1].Lower == "to"
	case t.typ == Proposal && tr.typ != Proposal && t.det == detNew:
		for j := tr.tok + 1; j+1 < t.tok; j++ {
			if x.toks[j].Lower == "to" && actVerbs[x.toks[j+1].Lower] || x.toks[j].Lower == "to" && x.toks[j+1].Lower == "set" {
				return true
			}
		}
	}
	return false
}

// infinitive finds a second event in the clause: a meeting verb right
// after "to", later than the talks of tr ("agreed in a telephone call on
// Thursday to meet in Budapest").
func (x *extractor) infinitive(st *sentenceCtx, c clause.Clause, tr trigger) (trigger, modality, bool) {
	for _, t := range x.trig {
		if t.tok <= tr.tok || !x.second(c, tr, t) {
			continue
		}
		if m, ok := x.check(st, c, t); ok {
			return t, m, true
		}
	}
	return trigger{}, modality{}, false
}

// cancelledBefore reports whether a cancellation with the same
// participants was already told ("We cancelled the meeting", quoted after
// the news of it).
func (x *extractor) cancelledBefore(ev truce.Event) bool {
	for _, e := range x.events {
		if e.Type == Cancellation && overlap(e.Participants, ev.Participants) {
			return true
		}
	}
	return false
}

func overlap(a, b []string) bool {
	for _, s := range a {
		for _, t := range b {
			if s == t {
				return true
			}
		}
	}
	return false
}

// strong types win over the order of triggers in a clause: they are the
// more specific description of what happened.
var strong = map[string]int{Cancellation: 1, PrisonerExchange: 2, Vote: 3, Ceasefire: 4}

// pick chooses the trigger that carries the clause's event: the strongest
// type among the triggers that pass the checks, else the first that does.
func (x *extractor) pick(st *sentenceCtx, c clause.Clause) (trigger, modality, bool) {
	var best trigger
	var bestMode modality
	found := false
	covered := map[string]bool{}
	for _, tr := range x.trig {
		if covered[tr.typ] {
			continue
		}
		if tr.det == detAnaphoric {
			covered[tr.typ] = true // "these talks": told before; so is its clause
			continue
		}
		m, ok := x.check(st, c, tr)
		if !ok {
			continue
		}
		if !found || best.weak && !tr.weak || rank(tr.typ) < rank(best.typ) && best.weak == tr.weak {
			best, bestMode, found = tr, m, true
		}
	}
	if found && best.typ == PrisonerExchange {
		// "agreed on a ceasefire and an exchange of prisoners": the
		// ceasefire comes first and the exchange is a second event.
		for _, t := range x.trig {
			if t.tok >= best.tok {
				break
			}
			if t.typ == Ceasefire && exchangeAfterAnd(x.toks, c, t.tok, best.tok) {
				if m, ok := x.check(st, c, t); ok {
					return t, m, true
				}
			}
		}
	}
	if found && (best.typ == PrisonerExchange || best.typ == Ceasefire) {
		// "presented a 10-point initiative that includes the exchange of
		// prisoners": the exchange is a point of the plan.
		if p, ok := x.proposalContent(c, best); ok {
			if m, ok := x.check(st, c, p); ok {
				return p, m, true
			}
		}
	}
	if found && best.typ == Meeting && best.verb {
		// "received the delegations … for a new round of negotiations":
		// the round tells what the reception was.
		if t, m, ok := x.roundOfTalks(st, c, best); ok {
			return t, m, true
		}
	}
	if found && best.typ == Proposal && best.verb {
		// "Kyiv proposed a meeting between the two presidents": the
		// meeting, proposed.
		for _, tr := range x.trig {
			if tr.tok > best.tok && tr.tok <= best.tok+7 && (tr.typ == Meeting || tr.typ == Summit) && !x.relativeBetween(best.tok, tr.tok) {
				bestMode.proposed = true
				return tr, bestMode, true
			}
		}
	}
	return best, bestMode, found
}

func rank(typ string) int {
	if r, ok := strong[typ]; ok {
		return r
	}
	return len(strong) + 1
}

// headline reports whether s is a line of its own without sentence
// punctuation, as titles and subheads are.
func (x *extractor) headline(s truce.Span) bool {
	text := x.d.Text
	line := strings.TrimRight(text[s.Start:s.End], "\"'”’»)")
	if line == "" || strings.HasSuffix(line, "…") || x.bulleted(s) {
		return false // a list item is body text: "• Sides agree to exchange 1,000 prisoners each"
	}
	switch line[len(line)-1] {
	case '.', '!', '?':
		return false
	}
	j := s.End
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	return j == len(text) || text[j] == '\n'
}

// relativeBetween reports whether a relative pronoun or a comma lies
// between tokens i and j: "suggested creating working groups, that would
// meet online" proposes groups, not a meeting.
func (x *extractor) relativeBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch x.toks[k].Lower {
		case "that", "which", "who", ",":
			return true
		}
	}
	return false
}

// otherCancelled reports whether a cancellation names parties that have no
// part in the sentence's last event: "Riyadh hosted a meeting of US and
// Russian delegations, … and Zelensky postponed his visit" are two events.
func (x *extractor) otherCancelled(st *sentenceCtx, c clause.Clause, tr trigger, m modality) bool {
	ev, ok := x.build(st, c, tr, m, c.End)
	if !ok {
		return false
	}
	// "Trump's special envoy canceled the trip": a possessive only
	// describes who cancelled; the trip is the event just told.
	var named []string
	at := x.toks[tr.tok].Start
	for _, mn := range st.mentions {
		if mn.Start < c.Start || mn.End > at || strings.HasPrefix(x.lower[mn.End:], "'s") || strings.HasPrefix(x.lower[mn.End:], "’s") {
			continue
		}
		named = append(named, mn.Name, mn.Party)
	}
	if len(named) == 0 {
		return false
	}
	return !overlap(ev.Participants, x.events[len(x.events)-1].Participants)
}

// splitCoordinated cuts a clause at ", and" when a verb trigger follows it
// and a trigger precedes it: "Riyadh hosted a meeting of the delegations,
// and Zelensky postponed his visit" tells two events, which one clause
// could not.
func (x *extractor) splitCoordinated(cs []clause.Clause, st *sentenceCtx) []clause.Clause {
	n := len(cs)
	for k := 0; k < n; k++ {
		c := cs[k]
		if c.Sub != "" {
			continue
		}
		// One pass over the clause's triggers: t is the first trigger
		// after the ", and" at j.
		x.trig = findTriggers(x.trig[:0], x.toks, c, st.mentions)
		if len(x.trig) < 2 {
			continue
		}
		t, split := 0, false
		for j := c.From + 1; j+2 < c.To; j++ {
			if x.toks[j].Lower != "," {
				continue
			}
			splice := x.splice(st, j+1)
			if x.toks[j+1].Lower != "and" && !splice {
				continue
			}
			for t < len(x.trig) && x.trig[t].tok <= j {
				t++
			}
			if t == 0 || t == len(x.trig) {
				continue
			}
			// A verb of its own after "and": "…, and Zelensky postponed
			// his visit"; "…, and agreed on the largest exchange"; or a
			// new subject and verb after a bare comma.
			if !splice && !x.trig[t].verb && !pastVerb(x.toks[j+2].Lower) {
				continue
			}
			cs[k] = clause.Clause{From: c.From, To: j, Span: truce.Span{Start: c.Start, End: x.toks[j-1].End}}
			cs = append(cs, clause.Clause{From: j + 1, To: c.To, Span: truce.Span{Start: x.toks[j+1].Start, End: c.End}})
			split = true
			break
		}
		if j, ok := x.coordinatedAgree(c); ok && !split {
			cs[k] = clause.Clause{From: c.From, To: j, Span: truce.Span{Start: c.Start, End: x.toks[j-1].End}}
			// The second clause keeps its "and": it shares the subject.
			cs = append(cs, clause.Clause{From: j, To: c.To, Span: truce.Span{Start: x.toks[j].Start, End: c.End}})
		}
	}
	if len(cs) > n {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].From < cs[j].From })
	}
	return cs
}

// eachDate splits the event just added into one per date when a plural
// trigger lists its days: "the first two rounds, on May 16 and June 2".
func (x *extractor) eachDate(tr trigger) {
	w := x.toks[tr.tok].Lower
	if tr.verb || w[len(w)-1] != 's' {
		return
	}
	last := min(len(x.toks), tr.tok+10) - 1
	from, to := x.toks[tr.tok].End, x.toks[last].End
	var dates []string
	for i := x.firstTimex(from); i < len(x.timexes) && x.timexes[i].Start < to; i++ {
		if d := eventDate(x.timexes[i].Value); d != "" && x.timexes[i].Type == "date" {
			dates = append(dates, d)
		}
	}
	if len(dates) < 2 {
		return
	}
	ev := x.events[len(x.events)-1]
	x.events[len(x.events)-1].Date = dates[0]
	for _, d := range dates[1:] {
		e := ev
		e.Participants = append([]string(nil), ev.Participants...)
		e.Date = d
		x.events = append(x.events, e)
	}
}

// pastVerb guesses a past tense verb: "agreed", "signed", "met".
func pastVerb(w string) bool {
	switch w {
	case "met", "made", "held", "took", "gave", "came", "went", "left", "sent", "began":
		return true
	}
	return len(w) > 4 && w[len(w)-2:] == "ed"
}

// splice reports whether token k opens a new sentence glued on with a
// comma, as machine translation does: a country or a person, then a past
// verb ("…, Ukraine expressed readiness to accept …").
func (x *extractor) splice(st *sentenceCtx, k int) bool {
	m, ok := mentionAt(st.mentions, x.toks, clause.Clause{From: k, To: len(x.toks)}, k)
	if !ok || !(m.Type == truce.Person || m.Type == truce.Place && m.Kind == "country") {
		return false
	}
	for j := k; j < len(x.toks) && j < k+6; j++ {
		if x.toks[j].Start >= m.End {
			return !x.toks[j].Punct && pastVerb(x.toks[j].Lower)
		}
	}
	return false
}

// sentenceMentions returns the mentions inside s, sharing the document's
// slice unless one runs past the end of s.
func (x *extractor) sentenceMentions(s truce.Span) []extract.Mention {
	ms := x.inSpan(s)
	for _, m := range ms {
		if m.End > s.End {
			return x.d.MentionsIn(s)
		}
	}
	return ms
}

// scheduled reports whether a "before" clause puts its event on the
// calendar: "a day before Zelensky was due at the White House".
func (x *extractor) scheduled(c clause.Clause) bool {
	for j := c.From; j < c.To; j++ {
		switch x.toks[j].Lower {
		case "due", "scheduled":
			return true
		}
	}
	return false
}

// cancelEarlier adds, as cancelled, the event an earlier trigger of the
// clause tells when the cancellation names no one itself: "delegations
// were due in Doha for talks, and the meeting was postponed".
func (x *extractor) cancelEarlier(st *sentenceCtx, c clause.Clause, tr trigger, m modality) bool {
	if _, ok := x.build(st, c, tr, m, c.End); ok {
		return false
	}
	k := 0
	for k < len(x.trig) && x.trig[k].tok < tr.tok && x.trig[k].typ != Cancellation {
		k++
	}
	// The nearest few before the cancellation, nearest first: bounded, so
	// a clause full of triggers stays linear.
	for tries := 0; k > 0 && tries < 3; tries++ {
		k--
		t := x.trig[k]
		tm, ok := x.check(st, c, t)
		if !ok {
			continue
		}
		ev, ok := x.build(st, c, t, tm, c.End)
		if !ok {
			continue
		}
		ev.Type, ev.Status = Cancellation, Cancelled
		x.seen[family(t.typ)], x.seen[Cancellation] = true, true
		x.events = append(x.events, ev)
		return true
	}
	return false
}

// bulleted reports whether the last line of sentence s opens with a list
// bullet: "Main points:\n• Sides agree to …" ends in a list item.
func (x *extractor) bulleted(s truce.Span) bool {
	from := s.End
	for from > s.Start && x.d.Text[from-1] != '\n' {
		from--
	}
	if from == s.Start {
		for k := 0; k < 4 && from > 0 && x.d.Text[from-1] != '\n'; k++ {
			from-- // the bullet may lie just before the sentence
		}
	}
	line := strings.TrimLeft(x.d.Text[from:min(s.End, from+6)], " \t")
	return strings.HasPrefix(line, "•") || strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ")
}
