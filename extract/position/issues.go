package position

import (
	"sort"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract/event/clause"
	"github.com/truce-project/truce/extract/lex"
)

// term is one issue term as a sequence of lower-case words.
type term struct {
	words []string
	issue int // index into Stage.issues
}

// matcher finds issue terms in tokens: terms are indexed by their first
// word, longest first, so each position costs one map lookup.
type matcher struct {
	first *lex.Map[[]term]
	// ies holds the terms of first under each plural in -ies of a key in
	// -y ("territories" for "territory"), so that candidates builds no
	// string.
	ies *lex.Map[[]term]
}

func newMatcher(issues []truce.Issue) matcher {
	first := map[string][]term{}
	var buf []clause.Token
	for i, is := range issues {
		for _, t := range is.Terms {
			low := clause.Lower(t)
			buf = clause.Words(buf[:0], low, truce.Span{Start: 0, End: len(low)})
			var words []string
			for _, tok := range buf {
				words = append(words, tok.Lower)
			}
			if len(words) == 0 {
				continue
			}
			first[words[0]] = append(first[words[0]], term{words: words, issue: i})
		}
	}
	ies := map[string][]term{}
	for k, ts := range first {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].words) > len(ts[j].words) })
		first[k] = ts
		if n := len(k); n > 2 && k[n-1] == 'y' {
			ies[k[:n-1]+"ies"] = ts
		}
	}
	return matcher{first: lex.NewMap(first), ies: lex.NewMap(ies)}
}

// hit is an issue term found in a clause.
type hit struct {
	issue int
	tok   int // first token
}

// find appends the issue terms of toks[from:to], longest match first.
func (m matcher) find(buf []hit, toks []clause.Token, from, to int) []hit {
	for i := from; i < to; i++ {
		if toks[i].Punct {
			continue
		}
		ts := m.candidates(toks[i].Lower)
		for _, t := range ts {
			if n, ok := matchAt(toks, i, to, t.words); ok {
				buf = append(buf, hit{issue: t.issue, tok: i})
				i += n - 1
				break
			}
		}
	}
	return buf
}

// candidates looks a word up as written and without a plural ending, so
// that "guarantees" finds the terms starting with "guarantee".
func (m matcher) candidates(w string) []term {
	if ts, ok := m.first.Lookup(w); ok {
		return ts
	}
	n := len(w)
	switch {
	case n > 4 && w[n-3:] == "ies":
		return m.ies.Get(w) // first[singular(w)] without building it
	case n > 3 && w[n-1] == 's' && w[n-2] != 's':
		return m.first.Get(w[:n-1])
	}
	return nil
}

// matchAt reports whether words match toks from i (the last word may carry
// a plural ending) and how many tokens they take.
func matchAt(toks []clause.Token, i, to int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		for j < to && toks[j].Lower == "-" && w != "-" {
			j++ // "Russian-language" matches "Russian language"
		}
		if j >= to {
			return 0, false
		}
		got := toks[j].Lower
		if got != w && !(k == len(words)-1 || k == 0) {
			return 0, false
		}
		if got != w && singular(got) != w && got != w+"s" {
			return 0, false
		}
		j++
	}
	return j - i, true
}

// singular strips a plural ending: territories → territory, borders → border.
func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && w[n-3:] == "ies":
		return w[:n-3] + "y"
	case n > 3 && w[n-1] == 's' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}
