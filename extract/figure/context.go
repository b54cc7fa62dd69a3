package figure

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// attribute sets whose figure f is, the dates around it and who reported it.
func (s *scan) attribute(f *truce.Figure, p phrase) {
	f.Subject = s.subject(f, p)
	f.PeriodStart = s.since
	src := s.reporter(f.Span)
	f.ReportedBy, f.AsOf = src.by, src.asOf
	if f.Unit == "points" {
		f.AsOf = "" // what a plan contains is no count as of a day
	}
	if f.AsOf == "" && f.Unit == "percent" && !s.d.Published.IsZero() && s.holdsNow(s.tokenAt(f.Start)) {
		f.AsOf = s.d.Published.Format("2006-01-02") // "Russia occupies about a fifth of Ukraine"
	}
	if len(src.via) > 0 {
		f.Via = slices.Clone(src.via)
	}
	if f.ReportedBy != "" && s.sentSrc.by == "" {
		s.sentSrc = src
	}
}

// maxLookBack bounds how many mentions or attributions are looked at per
// figure, so that a sentence full of names stays linear.
const maxLookBack = 8

// subject names whose figure f is: a name in the noun phrase ("Russian
// soldiers", "of eastern Ukraine") or just after it ("losses that Russian
// forces suffered"), the body whose members are counted, the figure before
// in a list, or the last name before the number that is not the speaker and
// not behind a preposition ("Russia has lost …").
func (s *scan) subject(f *truce.Figure, p phrase) string {
	s.figStart = f.Start
	if p.last >= p.first {
		if m := s.firstMention(s.toks[p.first].start, s.toks[p.last].end); m != nil {
			return party(m)
		}
	}
	if k := p.last + 1; k < len(s.toks) && s.isRelative(k) {
		end := s.toks[min(k+4, len(s.toks)-1)].end
		if m := s.firstMention(s.toks[k].end, end); m != nil {
			return party(m)
		}
	}
	if isCurrency(f.Unit) && s.word(p.last+1, wFor) || s.word(p.last+1, wTo) && isCurrency(f.Unit) {
		if m := s.firstMention(s.toks[p.last+1].end, s.toks[min(p.last+3, len(s.toks)-1)].end); m != nil {
			return party(m) // "$1.5 billion in aid for Ukraine"
		}
	}
	if f.Unit == "countries" {
		if m := s.lastMention(f.Start, func(m *extract.Mention) bool { return m.Type == truce.Organization }); m != nil {
			return m.Name
		}
	}
	m := s.lastMention(f.Start, func(m *extract.Mention) bool { return m.Party != "" && s.clauseSubject(m) })
	sib := s.sibling()
	if sib != nil && (m == nil || m.End <= sib.Start) {
		return sib.Subject
	}
	if m != nil {
		return party(m)
	}
	if m := s.firstMention(f.End, s.sent.End); m != nil && m.Party != "" && f.Unit != "points" && s.clauseSubject(m) {
		return m.Party // "500,000 people had fled Ukraine"
	}
	if m := s.lastMention(f.Start, s.clauseSubject); m != nil {
		return party(m)
	}
	if m := s.sourceBefore(f.Start); m != nil && m.Party != "" {
		return m.Party // "The Russian Ministry of Defence gave its toll: 1,351 …"
	}
	return ""
}

func isCurrency(unit string) bool {
	return len(unit) == 3 && unit[0] >= 'A' && unit[0] <= 'Z'
}

func party(m *extract.Mention) string {
	if m.Party != "" {
		return m.Party
	}
	return m.Name
}

// isRelative reports a word that opens a phrase naming the owner of what
// was counted: "that", "which", "by", "of", "among", "from".
func (s *scan) isRelative(k int) bool {
	switch s.lowerShort(s.toks[k]) {
	case "that", "which", "who", "by", "of", "among", "from", "suffered":
		return true
	}
	return false
}

// firstMention returns the first mention inside [start, end) that is not
// an outlet.
func (s *scan) firstMention(start, end int) *extract.Mention {
	i, _ := slices.BinarySearchFunc(s.mentions, start, func(m extract.Mention, p int) int { return m.Start - p })
	for k := i; k < len(s.mentions) && k < i+maxLookBack && s.mentions[k].Start < end; k++ {
		if m := &s.mentions[k]; m.End <= end && !isOutlet(m) {
			return m
		}
	}
	return nil
}

// firstOrganization returns the first organisation named in [start, end)
// of the sentence, outlets aside.
func (s *scan) firstOrganization(start, end int) *extract.Mention {
	i, _ := slices.BinarySearchFunc(s.mentions, start, func(m extract.Mention, p int) int { return m.Start - p })
	for k := i; k < len(s.mentions) && k < i+maxLookBack && s.mentions[k].Start < end; k++ {
		if m := &s.mentions[k]; m.Type == truce.Organization && !isOutlet(m) {
			return m
		}
	}
	return nil
}

// lastMention returns the last of the few mentions ending before pos that
// ok accepts, outlets aside.
func (s *scan) lastMention(pos int, ok func(*extract.Mention) bool) *extract.Mention {
	return s.lastAny(pos, func(m *extract.Mention) bool { return !isOutlet(m) && ok(m) })
}

// lastAny returns the last of the few mentions ending before pos that ok
// accepts.
func (s *scan) lastAny(pos int, ok func(*extract.Mention) bool) *extract.Mention {
	i, _ := slices.BinarySearchFunc(s.mentions, pos, func(m extract.Mention, p int) int { return m.Start - p })
	for k := i - 1; k >= 0 && k >= i-maxLookBack; k-- {
		if m := &s.mentions[k]; m.End <= pos && ok(m) {
			return m
		}
	}
	return nil
}

func isOutlet(m *extract.Mention) bool {
	switch m.Kind {
	case "outlet", "wire", "channel", "newspaper", "broadcaster", "media":
		return true
	}
	return false
}

// clauseSubject accepts a mention that can own a figure: not the speaker of
// a statement and not the object of a preposition ("in Ukraine").
func (s *scan) clauseSubject(m *extract.Mention) bool {
	for n, a := range s.active {
		if n >= 4*maxLookBack {
			break
		}
		at := &s.attrs[a]
		if sp := at.SpeakerSpan; sp != nil && sp.Start <= m.Start && m.End <= sp.End {
			return false
		}
		// "The UN human rights chief Michelle Bachelet said at least 102 …":
		// a name before the cue of a statement that holds the figure after it.
		if c := at.CueSpan; c != nil && at.Start <= m.Start && m.End <= c.Start && c.End <= s.figStart && s.figStart < at.End {
			return false
		}
	}
	k := s.tokenAt(m.Start)
	if s.has(k-1, fPrep) {
		return false
	}
	// A body that gives the figure is its source, not its owner; a country
	// or capital giving a toll speaks of its own ("Moscow announced …").
	return m.Type == truce.Place || !s.verbAfter(m.End)
}

// tokenAt returns the index of the first token starting at or after pos.
func (s *scan) tokenAt(pos int) int {
	i, _ := slices.BinarySearchFunc(s.toks, pos, func(t token, p int) int { return t.start - p })
	return i
}

// reporter finds the source of a figure: the innermost attribution whose
// content holds it, a figure before it in the sentence that has one, or the previous
// sentence's source when this one continues it. An anonymous speaker gives
// way to the outlet that cites it.
func (s *scan) reporter(sp truce.Span) source {
	date := s.asOfAt(sp.Start)
	var best *truce.Attribution
	for n, a := range s.active {
		if n >= 4*maxLookBack {
			break
		}
		at := &s.attrs[a]
		if s.holds(at, sp) && (best == nil || s.closer(at, best)) {
			best = at
		}
	}
	if best != nil && s.newSource(best.Start, sp.Start) {
		best = nil // "X says …; the Financial Times put the offer at $100 billion"
	}
	var src source
	switch {
	case best != nil && s.backBody(best) != "":
		src.by = s.backBody(best) // "The agency itself says …": the body just named
	case best != nil && isGeneric(best.Speaker) && s.carry.by == "" && s.heads[lastWord(best.Speaker)] != "":
		src.by = s.heads[lastWord(best.Speaker)] // "the headquarters said": the one named before
	case best != nil && docWords[lastWord(best.Speaker)] && s.carry.by == "" && s.publisher != "":
		src.by = s.publisher // "according to the draft": who published it
	case best != nil && docSpeaker(best.Speaker):
		if s.linkPrev {
			src = s.carry // "The ministry released a report. The report says …"
		} // else "a leaked text would cap the army at …": nobody named
	case best != nil && !(isGeneric(best.Speaker) && s.carry.by != ""):
		src = s.resolve(best)
		if src.by == "" && best.Anonymous && s.carry.body && s.definite(best.SpeakerSpan) {
			src = s.carry // "a foreign ministry source says …; …, according to the source"
		}

	case best == nil && s.sibling() != nil && s.sibling().ReportedBy != "" && !s.newSource(s.sibling().Start, sp.Start):
		sib := s.sibling()
		src = source{by: sib.ReportedBy, via: sib.Via, asOf: sib.AsOf}
	case best != nil || s.linkPrev:
		src = s.carry
	}
	if src.by == "" && best == nil {
		if m := s.sourceBefore(sp.Start); m != nil {
			src.by = m.Name // "The Russian Ministry of Defence gave its toll: 1,351 …"
			if m.Type == truce.Place {
				src.by = party(m) // "Moscow admitted …" speaks for Russia
			}
		} else if by := s.sentenceAccording(); by != "" {
			src.by = by // "According to the headquarters, a total of 3,210 …"
		} else if by := s.openingAs(); by != "" {
			src.by = by // "As noted Konashenkov, … were destroyed 336 airplanes"
		} else if by := s.trailingSource(sp.End); by != "" {
			src.by = by // "Seventeen people died, the ministry added."
		} else if src.by = s.sentenceNext(); src.by == "" {
			src.by = s.answer // an interview's answer in the answerer's voice
		}
	}
	if platforms[src.by] {
		src.by = "" // "a video shared on Telegram claims …": a platform is no source
	}
	if date != "" {
		src.asOf = date
	} else if src.by != "" && src.by == s.carry.by && src.asOf == "" {
		src.asOf = s.carry.asOf
	}
	return src
}

// newSource reports a source named before pos with a semicolon between it
// and start: what it says is no longer the content of the statement (or
// the figure) at start. It looks at a bounded stretch before the name.
func (s *scan) newSource(start, pos int) bool {
	m := s.sourceBefore(pos)
	if m == nil || m.Start <= start {
		return false
	}
	from := max(start, m.Start-200)
	between := s.text[from:m.Start]
	// "He said 14,000 …, but the UN counts 10,582 …"
	return strings.IndexByte(between, ';') >= 0 || strings.Contains(between, ", but ") || strings.Contains(between, ", while ")
}

// sourceBefore finds a body or person before pos followed by a source verb.
func (s *scan) sourceBefore(pos int) *extract.Mention {
	m := s.lastAny(pos, func(m *extract.Mention) bool {
		if m.Type == truce.Organization || m.Type == truce.Person {
			return s.verbAfter(m.End) // outlets too: "Mediazona has confirmed 14,000 names"
		}
		if k := s.skipAux(s.skipAside(s.tokenAt(m.End))); m.Party != "" && s.has(k, fSource) && !s.has(k, fOutcome) {
			return true // "Moscow admitted 1,351 dead", not "Moscow released 40 officials"
		}
		if m.Type == truce.Place && possessiveAt(s.text, m.End) && s.roleVerb(s.tokenAt(m.End)) {
			return true // "Norway's defence chief put Ukrainian casualties at 100,000"
		}
		// "The Ukrainian authorities speak of about 19,500 children"
		k := s.tokenAt(m.End)
		return m.Party != "" && k < len(s.toks) && bodyNouns[s.lowerShort(s.toks[k])] && s.verbAfter(s.toks[k].end)
	})
	if m == nil {
		return nil
	}
	// "the BBC and Mediazona have identified": the first of the pair.
	if k := s.tokenAt(m.Start); s.word(k-1, wAnd) && k >= 2 {
		if first := s.lastAny(s.toks[k-1].start, func(o *extract.Mention) bool { return o.End == s.toks[k-2].end }); first != nil && first.Type == m.Type {
			return first
		}
	}
	return m
}

// bodyNouns after a party's adjective name a body of that party, which is
// no anonymous source: "the Ukrainian authorities", "the Russian side".
var bodyNouns = map[string]bool{"authorities": true, "side": true, "government": true,
	"military": true, "leadership": true, "command": true}

// auxiliaries may stand between a name and its source verb: "has
// recorded", "also reported".
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "also": true,
	"already": true, "now": true, "later": true, "then": true, "previously": true}

// verbAfter reports a source verb at the token starting at pos, after at
// most two auxiliaries.
func (s *scan) verbAfter(pos int) bool {
	k := s.tokenAt(pos)
	if k < len(s.toks) && s.toks[k].kind == tSym && isQuote(s.toks[k].r) {
		k++ // the "Children of War" portal lists …
	}
	if s.sym(k, ',') && k+1 < len(s.toks) && s.lowerShort(s.toks[k+1]) == "citing" {
		for n := k + 2; n < len(s.toks) && n < k+16; n++ {
			if s.sym(n, ',') {
				k = n + 1 // "the Financial Times, citing a document, put …"
				break
			}
		}
	}
	k = s.skipAside(k)
	if k+1 < len(s.toks) && s.toks[k].kind == tWord && dataWords[s.lowerShort(s.toks[k])] && !s.has(k, fSource) {
		k++ // "UN figures show", "Pentagon data suggest"
	}
	for n := 0; n < 2 && k < len(s.toks) && s.toks[k].kind == tWord && (auxiliaries[s.lowerShort(s.toks[k])] || s.toks[k].lx == nil && !s.toks[k].cap); n++ {
		k++ // "has recorded", "monitoring mission counts"
	}
	k = s.skipTime(k)
	return s.has(k, fSource)
}

// resolve applies the gold rule: the nearest named source; for an
// anonymous one, the outlet that cites it when the sentence names it
// ("officials quoted by NBC News"), else nobody: the article's own voice
// ("regional officials said", "analysts estimate").
func (s *scan) resolve(a *truce.Attribution) source {
	src := source{by: a.Speaker, via: a.Via}
	if !a.Anonymous {
		return src
	}
	if len(a.Via) > 0 && s.namedHere(a.Via[0], a.Span) {
		return source{by: a.Via[0], via: a.Via[1:]}
	}
	// "a senior NATO military official told …", "a Turkish foreign ministry
	// source says": the body the speaker belongs to. Only a body named in
	// the speaker's own words counts, not one elsewhere in the statement.
	from, to := a.Start, a.Content.Start
	if sp := a.SpeakerSpan; sp != nil {
		from, to = sp.Start, sp.End
	}
	if m := s.firstOrganization(from, to); m != nil && m.End <= to {
		return source{by: m.Name, body: true}
	}
	return source{}
}

// namedHere reports whether a mention in the statement sp or among the
// last ones of the sentence before has the given name ("… officials told
// Axios. According to them, …"). It looks at a bounded number of mentions.
func (s *scan) namedHere(name string, sp truce.Span) bool {
	i, _ := slices.BinarySearchFunc(s.mentions, sp.Start, func(m extract.Mention, p int) int { return m.Start - p })
	for k := i; k < len(s.mentions) && k < i+4*maxLookBack && s.mentions[k].Start < sp.End; k++ {
		if s.mentions[k].Name == name {
			return true
		}
	}
	prev := s.prevMentions[max(0, len(s.prevMentions)-4*maxLookBack):]
	for k := range prev {
		if prev[k].Name == name {
			return true
		}
	}
	return false
}

// isGeneric reports a speaker that only points back at an earlier source.
func isGeneric(speaker string) bool {
	w := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(speaker, "the "), "The "))
	switch w {
	case "report", "reports", "publication", "data", "statement", "figures", "document",
		"agency", "source", "it", "he", "she", "they", "him", "them", "ministry", "department",
		"office", "staff", "headquarters", "committee", "service", "":
		return true
	}
	return false
}

// continuesPrevious reports a sentence that carries on the previous one's
// source: "This number includes …", "According to the report, …".
func (s *scan) continuesPrevious() bool {
	i := 0
	for i < len(s.toks) && s.toks[i].kind == tSym {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	if s.has(i, fOpener) {
		return true
	}
	for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
		if s.word(j, wAlso) && s.has(j+1, fSource) && !s.sameSource(j-1) {
			return false // "The post also claims …": a source of its own
		}
		if s.word(j, wThis) && !s.has(j+1, fTime) || s.word(j, wAlso) { // not "Earlier this year"
			return true // "The conditions for this adjustment include …", "The draft also foresees"
		}
	}
	if s.word(i, wThe) || s.word(i, wIn) {
		switch s.lowerShort(s.toks[min(i+1, len(s.toks)-1)]) {
		case "figure", "figures", "number", "numbers", "total", "toll", "data", "report", "addition",
			"same", "draft", "document", "text", "copy":
			return true
		}
	}
	return false
}

// sameSource reports a subject word that points back at the last source:
// "it", "the ministry", "the report", "He".
func (s *scan) sameSource(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tWord {
		return false
	}
	w := s.lowerShort(s.toks[k])
	return isGeneric(w) || genericHeads[w] || docWords[w] || s.tokenInMention(k)
}

// tokenInMention reports whether token k lies in a named mention: "The
// Kremlin also said" goes on with a source the text names.
func (s *scan) tokenInMention(k int) bool {
	return s.inMention(s.toks[k].start, s.toks[k].end)
}

// updateCarry remembers the sentence's source for the next sentence.
func (s *scan) updateCarry() {
	switch {
	case s.sentSrc.by != "":
		s.carry = s.sentSrc
	case s.lastAttributionHere() != nil:
		a := s.lastAttributionHere()
		if !isGeneric(a.Speaker) || s.carry.by == "" {
			s.carry = s.resolve(a)
			s.carry.asOf = s.asOf
		}
	case s.linkPrev:
	default:
		s.carry = source{}
	}
}

// lastAttributionHere is the last attribution that starts in the sentence.
func (s *scan) lastAttributionHere() *truce.Attribution {
	var last *truce.Attribution
	for _, a := range s.active {
		if at := &s.attrs[a]; at.Start >= s.sent.Start && at.Start < s.sent.End {
			last = at
		}
	}
	return last
}

// isQuote reports a quotation mark that may close a name.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»':
		return true
	}
	return false
}
