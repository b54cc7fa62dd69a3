// Package entity is the extraction stage that finds the people,
// organisations and places a document mentions. It matches every name and
// alias of the knowledge base in one pass over the words of each sentence
// (longest match wins, so "Kyiv Independent" is the outlet, not the city),
// then guesses names the knowledge base lacks from titles, verbs of saying,
// given names, appositions (", who", ", a spokesman") and the nouns that head
// names of bodies (naming them after their country, "Polish Border Guard",
// or finding the entry they are under another word order), outlets from the
// nouns of the press before them ("the newspaper X"), sites from the nouns
// that end their names ("Diriyah Palace"), places from the words around
// them ("the village of", "near", "captured", "X region"), links surnames and
// role phrases ("the foreign minister of Ukraine") to the people they mean,
// and marks nationality adjectives with the party they name.
//
// Mentions carry what later stages need: the canonical Name, Type, the
// knowledge-base Kind (KindAdjective for "Russian", "US officials", which are
// no entity: Entity -1), the Party the mention speaks for ("Moscow said" is
// Russia), and the Role when a role phrase alone named the person. Names the
// knowledge base lacks get an empty KBID and Kind.
package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
	"github.com/truce-project/truce/kb"
)

// Recognizer finds entity mentions. Build it once with New; it is read-only
// afterwards and safe for concurrent use.
type Recognizer struct {
	kb      *kb.KB
	vocab   map[string]int32
	class   []uint64 // word classes by vocabulary id
	names   *trie
	titles  *trie
	entries []*kb.Entry
	byID    map[string]int32
	bodies  map[string]int32       // folded names of bodies and regions, for knownBody
	nation  map[int32]*nationForms // how each country enters a body's name
	given   map[int32][]string     // lowered given names of each person entry
	party   []string               // canonical party name by entry index
	roles   []string               // role id by title target; "" for cue words
	comma   int32                  // vocabulary ids of punctuation the rules look at
	hyphen  int32
	of      int32
	and     int32
	period  int32
	forID   int32
	on      int32
	lparen  int32
	rparen  int32
}

// New builds the matcher for every name, alias and adjective in k and for
// the role titles of k.
func New(k *kb.KB) *Recognizer {
	r := &Recognizer{kb: k, vocab: map[string]int32{}, names: newTrie(), titles: newTrie(), byID: map[string]int32{}}
	z := &tokenizer{vocab: r.vocab, grow: true}
	for i, e := range k.Entries() {
		r.entries = append(r.entries, e)
		r.byID[e.ID] = int32(i)
		r.party = append(r.party, k.Party(e))
		r.addEntry(z, int32(i), e)
	}
	for _, role := range k.Roles() {
		for _, t := range role.Titles {
			r.addTitle(z, role.ID, t)
		}
	}
	for _, t := range cueTitles {
		r.addTitle(z, "", t)
	}
	r.comma, r.hyphen, r.of, r.and, r.period = z.lookup(","), z.lookup("-"), z.lookup("of"), z.lookup("and"), z.lookup(".")
	r.forID, r.lparen, r.rparen = z.lookup("for"), z.lookup("("), z.lookup(")")
	r.on = z.lookup("on")
	r.class = make([]uint64, len(r.vocab))
	for cls, list := range wordLists {
		r.mark(z, cls, strings.Fields(list))
	}
	r.markGivenNames(z)
	r.indexBodies()
	r.names.freeze(len(r.vocab))
	r.titles.freeze(len(r.vocab))
	return r
}

func (r *Recognizer) addEntry(z *tokenizer, i int32, e *kb.Entry) {
	add := func(name string, p pattern) {
		toks := z.tokens(nil, name, 0, len(name))
		if len(toks) == 0 {
			return
		}
		ids := make([]int32, len(toks))
		for k, t := range toks {
			ids[k] = t.id
			p.hasUpper = p.hasUpper || t.cap
			if kb.CaseSensitive(name) {
				p.exact = append(p.exact, name[t.start:t.end])
			}
		}
		p.target = i
		r.names.add(ids, p)
	}
	add(e.Name, pattern{})
	for _, a := range e.Aliases {
		add(a, pattern{})
	}
	for _, a := range e.Ambiguous {
		add(a, pattern{ambiguous: true})
	}
	for _, a := range e.Adjectives {
		add(a, pattern{adjective: true})
	}
}

func (r *Recognizer) addTitle(z *tokenizer, role, title string) {
	toks := z.tokens(nil, title, 0, len(title))
	if len(toks) == 0 {
		return
	}
	ids := make([]int32, len(toks))
	for k, t := range toks {
		ids[k] = t.id
	}
	r.titles.add(ids, pattern{target: int32(len(r.roles))})
	r.roles = append(r.roles, role)
}

// mark sets a class on words, adding them to the vocabulary.
func (r *Recognizer) mark(z *tokenizer, cls uint64, words []string) {
	for _, w := range words {
		id := z.lookup(strings.ToLower(w))
		for int(id) >= len(r.class) {
			r.class = append(r.class, 0)
		}
		r.class[id] |= cls
	}
}

// markGivenNames adds the first word of every multi-word person name of the
// knowledge base to the given names.
func (r *Recognizer) markGivenNames(z *tokenizer) {
	var given []string
	r.given = map[int32][]string{}
	for i, e := range r.entries {
		if e.Type != "person" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if f := strings.Fields(n); len(f) >= 2 && !r.isTitleWord(z, f[0]) {
				given = append(given, f[0])
				r.given[int32(i)] = append(r.given[int32(i)], strings.ToLower(f[0]))
			}
		}
	}
	r.mark(z, clsFirst, given)
}

// isTitleWord reports a word that begins a title ("Pope Francis", "King
// Charles"): it is no given name.
func (r *Recognizer) isTitleWord(z *tokenizer, w string) bool {
	_, ok := r.titles.next[edge(0, z.lookup(strings.ToLower(w)))]
	return ok
}

// givenMatches reports whether w may be the given name of person entry e:
// one of its given names, or a spelling of one (the same first four
// letters, Valery and Valerii, or a line of givenVariants, Oleksandr and
// Alexander), or e has no given name on record.
func (r *Recognizer) givenMatches(e int32, w string) bool {
	names := r.given[e]
	if len(names) == 0 {
		return true
	}
	w = strings.ToLower(w)
	vw, wok := givenGroup[w]
	for _, g := range names {
		if g == w || len(g) >= 4 && len(w) >= 4 && g[:4] == w[:4] {
			return true
		}
		if vg, ok := givenGroup[g]; ok && wok && vg == vw {
			return true
		}
	}
	return false
}

// givenGroup numbers the lines of givenVariants by each spelling on them.
var givenGroup = func() map[string]int {
	m := map[string]int{}
	for i, line := range strings.Split(givenVariants, "\n") {
		for _, w := range strings.Fields(line) {
			m[w] = i
		}
	}
	return m
}()

func (r *Recognizer) is(t token, cls uint64) bool {
	return t.id >= 0 && int(t.id) < len(r.class) && r.class[t.id]&cls != 0
}

// Extract fills d.Entities (in order of first mention) and d.Mentions
// (sorted by Start), replacing what they held.
func (r *Recognizer) Extract(d *extract.Doc) {
	sents := d.Sentences
	if !usable(sents, d.Text) {
		sents = sentence.Split(d.Text)
	}
	s := newScan(r, d)
	for _, sp := range sents {
		s.sentence(sp.Start, sp.End)
	}
	s.linkSurnames()
	s.linkShortBodies()
	d.Entities, d.Mentions = s.assemble()
	s.release()
}

// usable reports whether the sentences an earlier stage left are sorted,
// disjoint and on rune boundaries of text; if not, Extract splits again
// rather than trust them.
func usable(sents []truce.Span, text string) bool {
	if len(sents) == 0 {
		return false
	}
	prev := 0
	for _, sp := range sents {
		if sp.Start < prev || !sp.Valid(len(text)) || !boundary(text, sp.Start) || !boundary(text, sp.End) {
			return false
		}
		prev = sp.End
	}
	return true
}

func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}
