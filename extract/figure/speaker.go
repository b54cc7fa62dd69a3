package figure

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// holdVerbs in the present tell who holds land as the text is written.
var holdVerbs = map[string]bool{"holds": true, "hold": true, "occupies": true, "occupy": true,
	"controls": true, "control": true}

// notFinite words before a verb make it no statement of the present: "to
// control", "would hold", "keep control".
var notFinite = map[string]bool{"to": true, "would": true, "will": true, "could": true, "can": true,
	"may": true, "might": true, "should": true, "must": true, "keep": true, "keeps": true, "kept": true,
	"the": true, "its": true, "their": true, "his": true, "her": true, "continued": true, "full": true}

// holdsNow reports a present-tense verb of holding land within the few
// words before token k: "Russian forces hold roughly three-quarters of …".
func (s *scan) holdsNow(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := s.toks[j]
		if t.kind != tWord {
			return false
		}
		if holdVerbs[s.lowerShort(t)] {
			// Not the noun ("continued control of about 20%") nor an
			// infinitive or a modal ("to control", "would hold").
			return !s.word(j+1, wOf) && (j == 0 || !notFinite[s.lowerShort(s.toks[j-1])] && !possessive(s.text[s.toks[j-1].start:s.toks[j-1].end]))
		}
	}
	return false
}

// definite reports a short speaker that points back with "the", "this"
// or "that": "the source", "this official".
func (s *scan) definite(sp *truce.Span) bool {
	if sp == nil || sp.Len() > 24 || sp.Start < 0 || sp.End > len(s.text) {
		return false
	}
	w := strings.ToLower(s.text[max(0, sp.Start-5):sp.End]) // the span may leave out "the"
	return strings.Contains(w, "the ") || strings.Contains(w, "this ") || strings.Contains(w, "that ")
}

// backNouns refer back to a body without a head word its name need hold:
// "the agency" for the World Food Programme.
var backNouns = map[string]bool{"agency": true, "organisation": true, "organization": true,
	"programme": true, "program": true, "body": true}

// backBody names the body a statement's speaker refers back to ("the
// agency", "the organisation itself"): the last one named in the sentence
// before, unless a body of that head word was named ("the agency" after
// "the International Atomic Energy Agency"). "" if none.
func (s *scan) backBody(a *truce.Attribution) string {
	sp := a.SpeakerSpan
	if sp == nil || sp.Len() > 32 || sp.Start < 0 || sp.End > len(s.text) {
		return ""
	}
	w := strings.ToLower(s.text[sp.Start:sp.End])
	w = strings.TrimSuffix(strings.TrimPrefix(w, "the "), " itself")
	if !backNouns[w] || s.heads[w] != "" {
		return ""
	}
	for i := len(s.prevMentions) - 1; i >= 0 && i >= len(s.prevMentions)-maxLookBack; i-- {
		if m := &s.prevMentions[i]; m.Type == truce.Organization && !isOutlet(m) {
			return m.Name
		}
	}
	return ""
}

// skipAside steps over a subject repeated by a pronoun, as French turns
// into English by machine: "Moscow, it, has spoken of …".
func (s *scan) skipAside(k int) int {
	if s.sym(k, ',') && s.sym(k+2, ',') && s.toks[k+1].end-s.toks[k+1].start <= 4 && isPronoun(s.lowerShort(s.toks[k+1])) {
		return k + 3
	}
	return k
}

// skipAux steps over at most two auxiliaries: "has", "had also".
func (s *scan) skipAux(k int) int {
	for n := 0; n < 2 && k < len(s.toks) && s.toks[k].kind == tWord && auxiliaries[s.lowerShort(s.toks[k])]; n++ {
		k++
	}
	return k
}

// isPronoun reports a lowercased personal pronoun.
func isPronoun(w string) bool {
	switch w {
	case "it", "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// holds reports whether statement a holds the figure at sp: its content
// does, unless the figure follows the close of a quotation the content
// opens with ("… “demands that …”, only five countries opposing it"). A
// figure after the cue counts as said even when the content was cut short
// before the cue ("Ukraine's agriculture minister, Mykola Solskyi, said
// about 60,000 tonnes …").
func (s *scan) holds(a *truce.Attribution, sp truce.Span) bool {
	c := a.Content // what was said; the whole statement when unknown
	if c.Len() == 0 {
		c = a.Span
	}
	if c.Start <= sp.Start && sp.End <= c.End {
		return !s.quoteClosedBefore(c.Start, sp.Start)
	}
	cue := a.CueSpan
	return cue != nil && c.End <= cue.Start && cue.End <= sp.Start && sp.End <= a.End
}

// maxQuoteLook bounds how far before a content an opening quotation mark
// is sought and how far the closing one.
const maxQuoteLook = 400

// quoteClosedBefore reports a content that opens with a quotation whose
// closing mark comes before pos.
func (s *scan) quoteClosedBefore(start, pos int) bool {
	open := -1
	for i := start - 1; i >= 0 && i >= start-maxQuoteLook; i-- {
		switch s.text[i] {
		case '"', '.', '!', '?', ';':
			i = -1
			continue
		}
		if strings.HasPrefix(s.text[i:], "”") || strings.HasPrefix(s.text[i:], "»") {
			break // a quotation closed before the content starts
		}
		if strings.HasPrefix(s.text[i:], "“") || strings.HasPrefix(s.text[i:], "«") {
			open = i
			break
		}
	}
	if open < 0 || pos-start > maxQuoteLook {
		return false
	}
	// The last quotation mark before pos must close: "“We lost 500 men,”
	// he said, “and 300 more were wounded”" reopens the quotation.
	stretch := s.text[start:pos]
	closed := max(strings.LastIndex(stretch, "”"), strings.LastIndex(stretch, "»"))
	opened := max(strings.LastIndex(stretch, "“"), strings.LastIndex(stretch, "«"))
	return closed >= 0 && closed > opened
}

// docSpeaker reports a speaker that is a text nobody is named for: "leaked
// text", "the draft", "a report" — lower case, ending in a document word.
func docSpeaker(speaker string) bool {
	if len(speaker) > 40 || !docWords[lastWord(speaker)] {
		return false
	}
	for i := 0; i < len(speaker); i++ {
		if c := speaker[i]; c >= 'A' && c <= 'Z' && !(i == 0 && (strings.HasPrefix(speaker, "The ") || strings.HasPrefix(speaker, "A "))) {
			return false
		}
	}
	return true
}

// maxTrailing bounds the words of a source clause that ends a sentence.
const maxTrailing = 24

// trailingSource finds a source clause that closes the sentence after the
// figure ending at pos: ", the ministry added.", ", Kyiv said.", or the
// inverted order of translated wire copy: ", informed on Sunday the
// official representative of the ministry Igor Konashenkov." The earlier
// stage may leave such a clause out.
func (s *scan) trailingSource(pos int) string {
	if !s.trailDone {
		s.trailComma, s.trailBy = s.findTrailing()
		s.trailDone = true // once per sentence: stays linear
	}
	if s.trailBy == "" || s.toks[s.trailComma].start < pos {
		return ""
	}
	return s.trailBy
}

// findTrailing returns the comma that opens the sentence's closing source
// clause and the source it names; "" when there is none.
func (s *scan) findTrailing() (int, string) {
	n := len(s.toks)
	for n > 0 && s.toks[n-1].kind == tSym {
		n--
	}
	for c := n - 2; c >= 0 && c >= n-maxTrailing; c-- {
		if !s.sym(c, ',') {
			continue
		}
		k := c + 1
		if s.has(k, fSource|fReport) && s.toks[k].kind == tWord && !s.has(k, fOutcome) {
			return c, s.invertedSpeaker(k+1, n) // ", informed … Igor Konashenkov."
		}
		if s.word(k, wThe) {
			k++
		}
		if k >= n || c < n-8 {
			return c, ""
		}
		if m := s.mentionAt(s.toks[k].start); m != nil && s.has(s.tokenAt(m.End), fSource|fReport) {
			if m.Type == truce.Place {
				return c, party(m)
			}
			return c, m.Name
		}
		if by := s.heads[s.lowerShort(s.toks[k])]; by != "" && s.has(k+1, fSource|fReport) {
			return c, by // "the ministry added": the ministry named before
		}
		return c, ""
	}
	return 0, ""
}

// invertedSpeaker names who speaks after an inverted cue, in tokens
// [k, n): the last person named, else the first body. It looks at a
// bounded number of mentions.
func (s *scan) invertedSpeaker(k, n int) string {
	if k >= n {
		return ""
	}
	start, end := s.toks[k].start, s.toks[n-1].end
	i, _ := slices.BinarySearchFunc(s.mentions, start, func(m extract.Mention, p int) int { return m.Start - p })
	var body *extract.Mention
	for ; i < len(s.mentions) && s.mentions[i].Start < end; i++ {
		m := &s.mentions[i]
		if m.End > end {
			break
		}
		if m.Type == truce.Person {
			body = m
		} else if body == nil && m.Type == truce.Organization {
			body = m
		}
	}
	if body == nil {
		return ""
	}
	return body.Name
}

// openingAs finds "As noted Konashenkov," or "As the ministry reported,"
// opening the sentence: what follows is said by that source.
func (s *scan) openingAs() string {
	if !s.asDone {
		s.asBy, s.asDone = s.findOpeningAs(), true
	}
	return s.asBy
}

func (s *scan) findOpeningAs() string {
	if len(s.toks) < 4 || !s.is(0, "as") {
		return ""
	}
	verb := false
	for k := 1; k < len(s.toks) && k < 10; k++ {
		if s.sym(k, ',') {
			if !verb {
				return ""
			}
			return s.invertedSpeaker(1, k)
		}
		if s.has(k, fSource) && !s.has(k, fOutcome) {
			verb = true
		}
	}
	return ""
}

// platforms carry what anyone posts; a claim made on one has no named
// source unless the text names who posted it.
var platforms = map[string]bool{"Telegram": true, "Twitter": true, "X": true, "Facebook": true,
	"YouTube": true, "TikTok": true, "Instagram": true, "VKontakte": true, "WhatsApp": true}

// closer reports whether statement a is a better source than b: a name
// beats a pronoun ("Mediazona has confirmed …, it said"), then the
// innermost statement wins.
func (s *scan) closer(a, b *truce.Attribution) bool {
	if pa, pb := s.pronoun(a), s.pronoun(b); pa != pb {
		return pb
	}
	return a.Len() < b.Len()
}

// pronoun reports a statement whose speaker is written as a pronoun.
func (s *scan) pronoun(a *truce.Attribution) bool {
	sp := a.SpeakerSpan
	if sp == nil || sp.Len() > 4 || sp.Start < 0 || sp.End > len(s.text) {
		return false
	}
	return isPronoun(strings.ToLower(s.text[sp.Start:sp.End]))
}

// skipTime steps over a date between a name and its verb: "Zelensky on
// Sunday gave", "the ministry on March 3 reported".
func (s *scan) skipTime(k int) int {
	j := k
	if s.word(j, wOn) {
		j++
	}
	if j >= len(s.toks) || !s.inTimex(s.toks[j].start, s.toks[j].end) {
		return k
	}
	for j < len(s.toks) && j < k+6 && s.inTimex(s.toks[j].start, s.toks[j].end) {
		j++
	}
	return j
}

// roleWords name an office a country's official holds: "Norway's defence
// chief", "Poland's foreign minister".
var roleWords = map[string]bool{"chief": true, "minister": true, "president": true, "head": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "commander": true,
	"ombudsman": true, "envoy": true, "ambassador": true, "premier": true, "leader": true}

// roleVerb reports a role of a few lowercase words from token k, ending in
// a role word, then a source verb: "defence chief put", "foreign minister
// said".
func (s *scan) roleVerb(k int) bool {
	if k < len(s.toks) && s.toks[k].kind == tWord && possessive(s.text[s.toks[k].start:s.toks[k].end]) {
		k++ // the possessive "Norway's" is one token
	}
	for j := k; j < len(s.toks) && j < k+3; j++ {
		t := s.toks[j]
		if t.kind != tWord || t.cap {
			return false
		}
		if roleWords[s.lowerShort(t)] {
			return s.has(j+1, fSource) && !s.has(j+1, fOutcome)
		}
	}
	return false
}
