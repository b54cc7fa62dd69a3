package entity

import (
	"strings"
	"sync"

	"github.com/truce-project/truce/extract"
)

// hit is one mention found in a document, before entities are numbered.
type hit struct {
	s, e      int       // token range in scan.toks
	start     int       // byte span
	end       int       //
	entry     int32     // knowledge-base entry index, or -1 for a guessed name
	cands     []pattern // several entries when the name is ambiguous
	adjective bool      // nationality adjective: names a party, not an entity
	name      string    // guessed names: the name as written
	typ       string    // guessed names: person or organization
	kind      string    // guessed names: "outlet" for a name like "Fox News"
	party     string    // guessed names: the party the context gives
	role      string    // found through a role phrase
}

// scan is the state of one Extract call.
type scan struct {
	r    *Recognizer
	d    *extract.Doc
	z    tokenizer
	toks []token
	hits []hit
	sent struct{ s, e int }
	// who holds which role in this document, from "Secretary of State
	// Antony Blinken", for a later "the Secretary of State"
	docRoles map[string]int
	// acronyms the document gives bodies the knowledge base lacks: "(SVR)"
	acronyms map[string]hit
}

// scanBufs keeps the token and hit buffers of finished scans for the next
// document: they are the bulk of what a scan allocates.
var scanBufs = sync.Pool{New: func() any { return new(scanBuf) }}

type scanBuf struct {
	toks []token
	hits []hit
}

func newScan(r *Recognizer, d *extract.Doc) *scan {
	b := scanBufs.Get().(*scanBuf)
	return &scan{r: r, d: d, z: tokenizer{vocab: r.vocab}, docRoles: map[string]int{},
		toks: b.toks[:0], hits: b.hits[:0]}
}

// release hands the scan's buffers back for reuse; the scan is not used
// afterwards. Hits are cleared so that no strings stay reachable.
func (s *scan) release() {
	clear(s.hits)
	scanBufs.Put(&scanBuf{toks: s.toks[:0], hits: s.hits[:0]})
}

// sentence finds the mentions of text[start:end].
func (s *scan) sentence(start, end int) {
	a := len(s.toks)
	s.toks = s.z.tokens(s.toks, s.d.Text, start, end)
	b := len(s.toks)
	s.sent.s, s.sent.e = a, b
	s.matchNames(a, b)
	titles := s.matchTitles(a, b)
	if s.titleCase(a, b) {
		for k := a; k < b; k++ {
			s.toks[k].loud = true
		}
		s.masthead(a, b)
	} else {
		s.guess(a, b)
	}
	for k := a + 1; k < b; k++ {
		switch t := s.toks[k]; {
		case t.kind == word && s.r.is(t, clsGovern) && (!t.cap || t.titled):
			s.governedRegion(k)
		case t.kind != word || t.cap && !s.capRegion(k) || !s.r.is(t, clsRegion):
		case s.r.is(t, clsPlural):
			s.regionList(k)
		default:
			s.townRegion(k)
		}
	}
	s.resolveTitles(titles)
}

// capRegion reports a capitalised "Oblast" at toks[k] that ends the
// phrase, as in "Lipetsk Oblast" where the knowledge base knows only the
// town: the oblast's own name.
func (s *scan) capRegion(k int) bool {
	t := s.toks[k]
	return t.cap && !t.upper && strings.EqualFold(s.text(t), "oblast") && (k+1 >= len(s.toks) || !s.toks[k+1].cap || s.toks[k+1].nl)
}

// titleCase reports a headline set in title case, where capitals say
// nothing about names: no word but function words is in lower case, and
// at least two common words are capitalised ("Talks", "Says", "With").
func (s *scan) titleCase(a, b int) bool {
	common := 0
	for k := a; k < b; k++ {
		t := s.toks[k]
		if t.kind != word || s.text(t)[0] <= '9' {
			continue
		}
		if !t.cap {
			if !s.r.is(t, clsFunc) {
				return false
			}
			continue
		}
		if s.r.is(t, clsStop|clsFunc|clsVerb|clsSpeech|clsLocNoun) {
			common++
		}
	}
	return common >= 2
}

func (s *scan) addHit(h hit) int {
	h.start, h.end = int(s.toks[h.s].start), int(s.toks[h.e-1].end)
	idx := len(s.hits)
	s.hits = append(s.hits, h)
	for k := h.s; k < h.e; k++ {
		s.toks[k].hit = int32(idx)
	}
	return idx
}

func (s *scan) covered(i, j int) bool {
	for k := i; k < j; k++ {
		if s.toks[k].hit >= 0 {
			return true
		}
	}
	return false
}

// matchNames finds the knowledge-base names of toks[a:b], leftmost longest.
func (s *scan) matchNames(a, b int) {
	toks := s.toks[:b]
	for i := a; i < b; {
		if toks[i].id < 0 || toks[i].kind != word {
			i++
			continue
		}
		end, pats := s.r.names.longest(toks, i, s.accept)
		if end == 0 || s.theYields(toks, i, end) {
			i++
			continue
		}
		h := hit{s: i, e: end, entry: pats[0].target, adjective: pats[0].adjective}
		if len(pats) > 1 || pats[0].ambiguous {
			h.cands = pats
		}
		if h.cands == nil && end == i+1 && s.givenNameAt(i-1, a) && s.r.entries[h.entry].Type == "person" {
			if !s.r.givenMatches(h.entry, s.text(s.toks[i-1])) {
				i = end // "Oleh Pavliuk" is not Oleksandr Pavliuk: left to the guesser
				continue
			}
			h.s-- // "Valery Zaluzhny" where the knowledge base knows "Zaluzhny"
		}
		s.addHit(h)
		i = end
	}
}

// theYields reports a name that starts with "the" ("the Atlantic") where
// a longer name starts at the next word ("Atlantic Council"): the article
// belongs to the longer one.
func (s *scan) theYields(toks []token, i, end int) bool {
	if end < i+2 || !s.r.is(toks[i], clsThe) {
		return false
	}
	next, _ := s.r.names.longest(toks, i+1, s.accept)
	return next > end
}

// givenNameAt reports a capitalised given name at toks[k], not yet matched,
// right before the next word on the same line.
func (s *scan) givenNameAt(k, a int) bool {
	if k < a || s.toks[k].hit >= 0 || s.toks[k+1].nl || !s.toks[k+1].space {
		return false
	}
	t := s.toks[k]
	return t.kind == word && t.cap && s.r.is(t, clsFirst)
}

// accept checks the case of a name match against the text: case-sensitive
// names as written, others with a capital somewhere when the name has one.
func (s *scan) accept(toks []token, i, j int, p *pattern) bool {
	if p.exact != nil {
		for k, w := range p.exact {
			t := toks[i+k]
			if s.d.Text[t.start:t.end] != w {
				return false
			}
		}
		return j != i+1 || !s.shouted(toks, i)
	}
	if !p.hasUpper {
		return true
	}
	if j-i > 1 && s.r.is(toks[i], clsThe) {
		i++ // "The hill was steep" is not The Hill: the capital must be in the name
	}
	for k := i; k < j; k++ {
		if toks[k].cap {
			return true
		}
	}
	return false
}

// shouted reports a capitalised function word ("US" in "TELL US MORE") or
// ordinary word ("TIME" in "READ TIME 2'40") amid other capitalised words:
// there the capitals are no sign of a name.
func (s *scan) shouted(toks []token, i int) bool {
	if !s.r.is(toks[i], clsFunc|clsPlain) {
		return false
	}
	if i > s.sent.s && s.r.is(toks[i-1], clsThe) {
		return false // "THE US": a name after all
	}
	prev := i > s.sent.s && toks[i-1].kind == word && toks[i-1].upper
	next := i+1 < len(toks) && toks[i+1].kind == word && toks[i+1].upper
	return prev || next
}

// titleHit is a role title or a cue word such as "journalist".
type titleHit struct {
	s, e int
	role string
}

func (s *scan) matchTitles(a, b int) []titleHit {
	var out []titleHit
	toks := s.toks[:b]
	for i := a; i < b; {
		if toks[i].id < 0 || toks[i].kind != word {
			i++
			continue
		}
		end, pats := s.r.titles.longest(toks, i, acceptAny)
		if end == 0 {
			i++
			continue
		}
		out = append(out, titleHit{s: i, e: end, role: s.r.roles[pats[0].target]})
		s.toks[i].titled = true
		s.toks[i].titleRole, s.toks[i].titleEnd = pats[0].target, int32(end)
		s.toks[end-1].titleBegin = int32(i + 1)
		i = end
	}
	return out
}

func acceptAny([]token, int, int, *pattern) bool { return true }

func (s *scan) text(t token) string { return s.d.Text[t.start:t.end] }
