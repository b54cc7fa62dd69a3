package figure

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// genericHeads are the words by which a text refers back to a body it has
// named: "the ministry", "the headquarters", "the office".
var genericHeads = map[string]bool{"ministry": true, "headquarters": true, "office": true,
	"staff": true, "committee": true, "service": true, "agency": true, "department": true,
	"council": true, "commission": true, "centre": true, "center": true, "command": true,
	"navy": true, "institute": true, "mission": true, "bank": true, "administration": true,
	"presidency": true, "government": true, "ombudsman": true, "military": true}

// noteHeads remembers, for each generic head word, the last body of the
// sentence whose name holds it, so that "the headquarters said" later on
// names it.
func (s *scan) noteHeads() {
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.Type != truce.Organization || isOutlet(m) || len(m.Name) > 120 {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(m.Name)) {
			if genericHeads[w] {
				if s.heads == nil {
					s.heads = map[string]string{}
				}
				s.heads[w] = m.Name
			}
		}
	}
}

// lastWord is the lowercased last word of a speaker description ("the
// Ministry" → "ministry").
func lastWord(speaker string) string {
	if i := strings.LastIndexByte(speaker, ' '); i >= 0 {
		speaker = speaker[i+1:]
	}
	if len(speaker) > 20 {
		return ""
	}
	return strings.ToLower(speaker)
}

// accordingTo finds "according to X" in the sentence from token k on and
// returns the name of X: a mention just after it, or a body named before
// by its head word ("according to the headquarters"); "" if none.
func (s *scan) accordingTo(k int) string {
	for i := k; i+1 < len(s.toks); i++ {
		if s.perSource(i) {
			if m := s.mentionAt(s.toks[i+1].start); m != nil {
				return s.namedSource(m) // "Numbers per Zelensky's posts", "…, per the UN"
			}
			continue
		}
		if s.lowerShort(s.toks[i]) != "according" || !s.word(i+1, wTo) {
			continue
		}
		j := i + 2
		for j < len(s.toks) && s.has(j, fDet) {
			j++
		}
		if j >= len(s.toks) {
			return ""
		}
		if m := s.mentionAt(s.toks[j].start); m != nil {
			return s.namedSource(m)
		}
		for n := j + 1; n < len(s.toks) && n <= j+4 && s.toks[n-1].kind == tWord && !s.toks[n-1].cap; n++ {
			if m := s.mentionAt(s.toks[n].start); m != nil {
				return s.namedSource(m) // "according to data from the UN", "to estimates by Kyiv"
			}
		}
		if docWords[s.lowerShort(s.toks[j])] && s.publisher != "" {
			return s.publisher // "according to that draft"
		}
		for n := j; n < len(s.toks) && n < j+3 && s.toks[n].kind == tWord; n++ {
			if by := s.heads[s.lowerShort(s.toks[n])]; by != "" {
				return by
			}
		}
		return ""
	}
	return ""
}

// perSource reports a "per" at token i that names a source, not a rate:
// after a comma or a word for figures ("Numbers per Zelensky's posts",
// "…, per the UN"), never after a number ("1,200 per side").
func (s *scan) perSource(i int) bool {
	if !s.word(i, wPer) || i == 0 {
		return false
	}
	p := s.toks[i-1]
	return p.kind == tSym && p.r == ',' || p.kind == tWord && dataWords[s.lowerShort(p)]
}

// namedSource names the source a mention stands for after "according to":
// a body or person by its name, a country by its party, and nobody for a
// country's unnamed officials ("according to Ukrainian officials").
func (s *scan) namedSource(m *extract.Mention) string {
	k := s.tokenAt(m.End)
	if m.Type == truce.Place && k < len(s.toks) {
		if w := s.lowerShort(s.toks[k]); s.toks[k].lx.has(fWeak) || w == "sources" || w == "people" || dataWords[w] && !possessiveAt(s.text, m.End) {
			// "according to Ukrainian officials", "according to Ukrainian data":
			// nobody named
			return ""
		}
		return party(m)
	}
	return m.Name
}

// possessiveAt reports "'s" at pos: "Ukraine's data" names its source.
func possessiveAt(text string, pos int) bool {
	return strings.HasPrefix(text[pos:], "'s") || strings.HasPrefix(text[pos:], "’s")
}

// sentenceAccording is accordingTo(0), worked out once per sentence so
// that a long sentence with many figures stays linear.
func (s *scan) sentenceAccording() string {
	if !s.accordingDone {
		s.according, s.accordingDone = s.accordingTo(0), true
	}
	return s.according
}

// sentenceNext is nextSource, worked out once per sentence.
func (s *scan) sentenceNext() string {
	if !s.nextDone {
		s.nextBy, s.nextDone = s.nextSource(), true
	}
	return s.nextBy
}

// mentionAt returns the mention of the sentence that starts at pos.
func (s *scan) mentionAt(pos int) *extract.Mention {
	m := s.firstMention(pos, s.sent.End)
	if m == nil || m.Start != pos {
		for i := range s.mentions {
			if s.mentions[i].Start == pos {
				return &s.mentions[i] // an outlet: "according to Reuters"
			}
			if s.mentions[i].Start > pos {
				break
			}
		}
		return nil
	}
	return m
}

// nextSource looks at the start of the next sentence for the source of a
// figure the current one states in its own voice: "That is according to
// the General Staff." or "The figures were published by the UN.".
func (s *scan) nextSource() string {
	if s.next >= len(s.sents) {
		return ""
	}
	sp := s.sents[s.next]
	if sp.Start < s.sent.End || sp.End > len(s.text) || sp.Start >= sp.End {
		return ""
	}
	sp.End = min(sp.End, sp.Start+160) // the start is enough, and keeps this bounded
	save, saveSent, saveMentions := s.toks, s.sent, s.mentions
	s.peek = tokenize(s.peek[:0], s.text, sp.Start, sp.End)
	s.toks, s.sent = s.peek, sp
	s.mentions = s.d.MentionsIn(sp)
	by := ""
	if s.perSource(1) {
		by = s.accordingTo(1) // "Numbers per Zelensky's posts."
	} else if s.has(0, fOpener) && !s.word(0, wOf) {
		if by = s.accordingTo(0); by == "" {
			by = s.byAgent()
		}
	} else {
		by = s.reportsData()
	}
	s.toks, s.sent, s.mentions = save, saveSent, saveMentions
	return by
}

// reportsData finds a name opening the sentence that reports figures:
// "Governor Oleksandr Prokudin reported the deaths on Telegram."
func (s *scan) reportsData() string {
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.Type == truce.Place || s.tokenAt(m.Start) > 3 {
			break
		}
		k := s.tokenAt(m.End)
		if !s.has(k, fSource) {
			return ""
		}
		for n := k + 1; n < len(s.toks) && n <= k+3 && s.toks[n].kind == tWord; n++ {
			if w := s.lowerShort(s.toks[n]); dataWords[w] || w == "deaths" || w == "figure" {
				return m.Name
			}
		}
		return ""
	}
	return ""
}

// byAgent finds "<source verb> by X" in the first words of the sentence:
// "These figures were released by the UN".
func (s *scan) byAgent() string {
	for i := 1; i+1 < len(s.toks) && i < 8; i++ {
		if s.has(i, fSource) && s.word(i+1, wBy) {
			j := i + 2
			for j < len(s.toks) && s.has(j, fDet) {
				j++
			}
			if j < len(s.toks) {
				if m := s.mentionAt(s.toks[j].start); m != nil {
					return m.Name
				}
			}
			return ""
		}
	}
	return ""
}

// docWords name a text whose figures belong to whoever published it:
// "according to that draft" after "the draft, which The New York Times
// published".
var docWords = map[string]bool{"draft": true, "document": true, "report": true, "text": true,
	"paper": true, "study": true, "assessment": true, "memo": true, "memorandum": true,
	"leak": true, "copy": true, "version": true, "plan": true}

// publishVerbs tell who made a text public.
var publishVerbs = map[string]bool{"published": true, "obtained": true, "leaked": true,
	"released": true, "seen": true, "saw": true, "revealed": true, "reviewed": true}

// publishVerbNear is a cheap test before the token search: a publish verb
// in the few bytes after pos.
func (s *scan) publishVerbNear(pos int) bool {
	w := s.text[pos:min(len(s.text), pos+60)]
	return strings.Contains(w, "ublish") || strings.Contains(w, "btain") || strings.Contains(w, "leak") ||
		strings.Contains(w, "elease") || strings.Contains(w, "seen") || strings.Contains(w, "saw") ||
		strings.Contains(w, "reveal") || strings.Contains(w, "review")
}

// notePublisher remembers the last name that published a text: "X
// published", "X and other outlets have since published", "seen by X".
func (s *scan) notePublisher() {
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.Type != truce.Organization && m.Type != truce.Person {
			continue
		}
		k := s.tokenAt(m.Start)
		if s.word(k-1, wBy) && k >= 2 && publishVerbs[s.lowerShort(s.toks[k-2])] {
			s.publisher = m.Name // "a draft seen by Reuters"
			continue
		}
		if !s.publishVerbNear(m.End) {
			continue
		}
		for j, stop := s.tokenAt(m.End), s.tokenAt(m.End)+6; j < len(s.toks) && j < stop && s.toks[j].kind == tWord; j++ {
			if publishVerbs[s.lowerShort(s.toks[j])] {
				s.publisher = m.Name
				break
			}
		}
	}
}

// noteInterview follows a question-and-answer layout: the person named
// before the first "Q:" answers every "A:", and "Kuleba: …" answers in
// the speaker's own name. What an answer states in its own voice is the
// answerer's.
func (s *scan) noteInterview() {
	if s.newParagraph() {
		s.answer = "" // an answer ends with its paragraph
	}
	if len(s.toks) >= 2 && s.sym(1, ':') && s.toks[0].kind == tWord {
		switch s.lowerShort(s.toks[0]) {
		case "q", "question":
			if s.interviewee == "" {
				s.interviewee = s.lastPerson
			}
			s.answer = ""
			return
		case "a", "answer":
			s.answer = s.interviewee
			return
		}
	}
	if len(s.mentions) > 0 && len(s.toks) > 0 {
		f := 0
		for f < len(s.toks) && f < 6 && s.toks[f].kind != tWord {
			f++ // "13:00 — Russian Defence Ministry: …"
		}
		m := &s.mentions[0]
		speaks := m.Type == truce.Person || m.Type == truce.Organization && !isOutlet(m)
		if speaks && f < len(s.toks) && m.Start == s.toks[f].start && s.sym(s.tokenAt(m.End), ':') {
			s.answer = m.Name
		}
	}
}

// newParagraph reports a line break between the previous sentence and
// this one.
func (s *scan) newParagraph() bool {
	i := s.sent.Start
	for i > 0 && i > s.sent.Start-64 {
		switch s.text[i-1] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			i--
			continue
		}
		return false
	}
	return i == 0
}

// notePerson remembers the last person the text named.
func (s *scan) notePerson() {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if s.mentions[i].Type == truce.Person {
			s.lastPerson = s.mentions[i].Name
			return
		}
	}
}

// dataWords are what a body releases when it gives figures.
var dataWords = map[string]bool{"figures": true, "data": true, "toll": true, "tally": true,
	"update": true, "losses": true, "estimate": true, "estimates": true, "numbers": true,
	"statistics": true, "report": true, "count": true, "casualties": true, "assessment": true}

// releaseVerbs say that a body gave figures out.
var releaseVerbs = map[string]bool{"released": true, "published": true, "gave": true,
	"issued": true, "updated": true, "presented": true, "shared": true, "unveiled": true,
	"posted": true, "releases": true, "publishes": true, "gives": true, "issues": true}

// noteAnnounce finds a sentence without figures that announces them: "The
// General Staff released its daily figures on Monday." The next sentence
// then states them in that body's name.
func (s *scan) noteAnnounce() bool {
	if len(s.out) > s.first {
		return false
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.Type == truce.Place || isOutlet(m) {
			continue
		}
		k := s.tokenAt(m.End)
		for j := k; j < len(s.toks) && j < k+3 && s.toks[j].kind == tWord; j++ {
			if !releaseVerbs[s.lowerShort(s.toks[j])] {
				continue
			}
			for n := j + 1; n < len(s.toks) && n < j+5 && s.toks[n].kind == tWord; n++ {
				if dataWords[s.lowerShort(s.toks[n])] {
					s.carry = source{by: m.Name, asOf: s.asOf}
					return true
				}
			}
		}
	}
	return false
}
