// Package figure finds the figures a news report states — casualties, losses
// of equipment, exchanged prisoners, counts of states, troop caps, money and
// shares — with what they count, whose they are, since when, as of when and
// who reported them. It reads the sentences, mentions, timexes and
// attributions that earlier stages put in an extract.Doc.
//
// What is not a figure: dates and lists of days ("May 23, 24 and 25"),
// years, clock times, durations ("two years"), ordinals, labels ("the
// 28-point plan", "Article 5", "Su-25", "1️⃣"), ages ("aged 45", "a
// 45-year-old", "The man, 45,", "POWs under 25"), ratios ("one in three"),
// rates ("41.5 per dollar"), poll samples, a parliament's tallies, phone
// numbers, numbers inside a timex or an entity name, and vague plurals
// ("thousands", "dozens"). A share of land written as a fraction ("nearly a
// fifth of Ukraine") is a percentage. Spelled-out numbers count
// only when they count something a figure counts ("one submarine", "five
// countries"), so "two of the generals" or "three preconditions" do not.
// Counts of officials, lawmakers or agenda items ("20 officials", "12
// proposals") are figures only when something happened to them ("were
// killed"). A swap gives two figures ("1,000 for 1,000"), except in a
// headline or in quotes; the headline of a text gives none.
//
// Who reported a figure is the innermost statement that holds it, else a
// name with a source verb before it ("Moscow admitted"), "according to"
// (a body named earlier by its head word: "the ministry"; the publisher of
// "that draft"), a sentence before that announced figures, the start of
// the next sentence ("That is according to the UN"), or the answerer of an
// interview; failing all these, a closing source clause (", the ministry
// added.", ", informed … Konashenkov.") or an opening "As noted X,". An
// anonymous source counts only through the outlet that cites it or the
// body its own words name ("a Turkish foreign ministry source"); otherwise,
// and for a platform or an unnamed text, the figure is in the article's
// own voice. As of when is said by "as of", "reported on", a timeline
// entry's date, "have now …" or land held in the present (the day of
// publication).
package figure

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
)

// Extract returns the figures of d in text order. It does not modify d.
func Extract(d *extract.Doc) []truce.Figure {
	sents := d.Sentences
	if len(sents) == 0 && d.Text != "" {
		sents = sentence.Split(d.Text)
	}
	s := newScan(d)
	s.sents = sents
	title := titleSpan(d.Text)
	for i, sp := range sents {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
			continue
		}
		if sp.Start >= title.Start && sp.End <= title.End {
			continue // a headline repeats what the body states
		}
		s.next = i + 1
		s.sentence(sp)
	}
	return s.out
}

// maxTitle bounds the length of a headline line.
const maxTitle = 250

// titleSpan returns the headline of a text: its first line (after a
// " date …" line) when that line is short, ends without a full stop and
// stands alone before a blank line. The gold annotates no facts in
// headlines. It returns an empty span when there is none.
func titleSpan(text string) truce.Span {
	i := 0
	for n := 0; n < 2; n++ {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t') {
			i++
		}
		end := strings.IndexByte(text[i:min(len(text), i+maxTitle+1)], '\n')
		if end < 0 {
			return truce.Span{}
		}
		line := strings.TrimRight(text[i:i+end], " \r\t")
		if n == 0 && strings.HasPrefix(line, "date ") && i > 0 {
			i += end
			continue // " date 2023-12-03" opens the file
		}
		rest := text[i+end+1:]
		blank := strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n")
		if line == "" || !blank || strings.ContainsAny(line[len(line)-1:], ".!\"”'’:") {
			return truce.Span{}
		}
		return truce.Span{Start: i, End: i + len(line)}
	}
	return truce.Span{}
}

// scan holds the state of one Extract call: the tokens of the sentence at
// hand, windows onto the earlier stages' output and the figures so far.
type scan struct {
	d        *extract.Doc
	text     string
	sent     truce.Span
	toks     []token
	mentions []extract.Mention // of the current sentence
	mi       int
	timexes  []truce.Timex // sorted copy of d.Timexes
	sentTx   []truce.Timex // of the current sentence
	ti       int
	attrs    []truce.Attribution // sorted copy of d.Attributions
	ai       int
	active   []int // attributions that overlap the current sentence
	out      []truce.Figure
	first    int // index in out of the current sentence's first figure

	outcome  string  // the last outcome word seen in the sentence ("lost")
	lastBase string  // what the sentence's last figure counted, for "others"
	asOf     string  // "reported on December 2" in the current sentence
	since    string  // "since February 24, 2022" in the current sentence
	dates    []dated // as-of dates of the current sentence
	entry    string  // the date that opens the current timeline entry
	prevAsOf string  // the previous sentence's as-of date, for "By then, …"
	carry    source  // the source of the previous sentence, for "This number…"
	sentSrc  source  // the source found in the current sentence
	figStart int     // start of the figure whose subject is sought
	firstNum int     // index of the sentence's first number token
	linkPrev bool    // the sentence continues the previous one's source

	sents     []truce.Span      // the sentences, for a look at the next one
	next      int               // index in sents of the sentence after this one
	peek      []token           // tokens of the next sentence's start
	heads     map[string]string // "ministry" → the last ministry named
	publisher string            // who last published a text ("The New York Times")

	prevMentions []extract.Mention // of the previous sentence
	lastPerson   string            // the last person named
	interviewee  string            // who answers the questions of an interview
	answer       string            // who speaks in the current answer, "" outside one

	according     string // the sentence's "according to X", once worked out
	accordingDone bool
	nextBy        string // the source the next sentence gives, once worked out
	nextDone      bool
	vote          bool // the sentence tells a vote of states, once worked out
	otherVote     bool // the sentence tells a vote of another body ("the Rada")
	voteDone      bool
	announced     bool   // the previous sentence announced figures ("X released its figures")
	trailComma    int    // the comma opening the sentence's closing source clause
	trailBy       string // the source that clause names, once worked out
	trailDone     bool
	asBy          string // the source of an opening "As noted X,", once worked out
	asDone        bool
}

// source is who reported a figure and as of when.
type source struct {
	by   string
	via  []string
	asOf string
	body bool // by is the body of an unnamed speaker ("a Turkish foreign ministry source")
}

func newScan(d *extract.Doc) *scan {
	s := &scan{d: d, text: d.Text}
	s.timexes = slices.Clone(d.Timexes)
	slices.SortStableFunc(s.timexes, func(a, b truce.Timex) int { return a.Start - b.Start })
	s.attrs = slices.Clone(d.Attributions)
	slices.SortStableFunc(s.attrs, func(a, b truce.Attribution) int { return a.Start - b.Start })
	return s
}

// sentence extracts the figures of one sentence.
func (s *scan) sentence(sp truce.Span) {
	s.sent = sp
	s.toks = tokenize(s.toks[:0], s.text, sp.Start, sp.End)
	s.window()
	s.first = len(s.out)
	s.outcome = ""
	s.sentSrc = source{}
	s.asOf, s.since = s.sentenceDates()
	s.linkPrev = s.announced || s.continuesPrevious()
	s.notePublisher()
	s.noteInterview()
	s.according, s.accordingDone = "", false
	s.nextBy, s.nextDone = "", false
	s.vote, s.otherVote, s.voteDone = false, false, false
	s.trailDone, s.asDone = false, false
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.kind == tWord && (t.lx.has(fFraction) || s.has(i+1, fFraction)) {
			if last, ok := s.share(i); ok {
				i = last
				continue
			}
		}
		if mayStartNumber(t) {
			if q, ok := s.readQuantity(i); ok {
				if last, ok := s.figure(q); ok || t.kind == tNum || q.currency != "" {
					i = max(i, last) // a number read, whether a figure or not
					continue
				}
			}
		}
		if t.lx.has(fOutcome) {
			s.outcome = t.lx.event
		}
	}
	s.updateCarry()
	s.announced = s.noteAnnounce()
	s.noteHeads()
	s.notePerson()
}

// mayStartNumber reports a token a quantity can start with: digits, a
// number word, "a"/"half" ("a dozen", "half a million"), a currency sign or
// code.
func mayStartNumber(t token) bool {
	switch {
	case t.kind == tNum || t.kind == tSym:
		return true
	case t.lx == nil:
		return false
	}
	return t.lx.has(fNum|fCurrency) || t.lx.id == wA || t.lx.id == wHalf
}

// window moves the mention, timex and attribution windows onto s.sent.
func (s *scan) window() {
	ms := s.d.Mentions
	for s.mi < len(ms) && ms[s.mi].Start < s.sent.Start {
		s.mi++
	}
	hi := s.mi
	for hi < len(ms) && ms[hi].Start < s.sent.End {
		hi++
	}
	s.prevMentions = s.mentions
	s.mentions = ms[s.mi:hi]

	for s.ti < len(s.timexes) && s.timexes[s.ti].Start < s.sent.Start {
		s.ti++
	}
	hi = s.ti
	for hi < len(s.timexes) && s.timexes[hi].Start < s.sent.End {
		hi++
	}
	s.sentTx = s.timexes[s.ti:hi]

	n := 0
	for _, a := range s.active {
		if s.attrs[a].End > s.sent.Start {
			s.active[n] = a
			n++
		}
	}
	s.active = s.active[:n]
	for s.ai < len(s.attrs) && s.attrs[s.ai].Start < s.sent.End {
		if s.attrs[s.ai].End > s.sent.Start {
			s.active = append(s.active, s.ai)
		}
		s.ai++
	}
}

// lower returns the lowercased text of a word token. It allocates; it is
// only called for words that end up in a figure.
func (s *scan) lower(t token) string {
	b := []byte(s.text[t.start:t.end])
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isUpper reports whether a word is written all in capitals ("USD").
func (s *scan) isUpper(t token) bool {
	for i := t.start; i < t.end; i++ {
		if c := s.text[i]; 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// word reports whether token i exists and is the function word id.
func (s *scan) word(i int, id wordID) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].lx != nil && s.toks[i].lx.id == id
}

// has reports whether token i exists and carries flag f.
func (s *scan) has(i int, f wflag) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].lx.has(f)
}

// sym reports whether token i is the symbol r.
func (s *scan) sym(i int, r rune) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tSym && s.toks[i].r == r
}
