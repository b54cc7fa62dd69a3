// Package lex is a read-only string set and map for the lexicons of the
// extraction stages: "is this word a stance cue, a month, a reporting
// verb?", asked for nearly every word of every document.
//
// A Go map answers such a question with a full hash of the key (or, for
// maps of up to eight keys, a compare against every key); most words of a
// text are in no lexicon at all. A Map first tests two 1 KB bitmaps, one over
// (length, first byte) and one over (length, last byte), which turn most
// words away in a few instructions; the others take a short hash (at most
// four loads for a key of up to 16 bytes) and a probe in an open-addressing
// table kept at most half full. Lookups never allocate, and a Map is safe
// for concurrent use once built.
//
// Map and Set answer exactly as the Go map they are built from would:
// Get(k) is m[k], Lookup(k) is `v, ok := m[k]`, Set.Has(k) is m[k] for a
// map[string]bool (keys mapped to false are left out).
//
// To adopt it, keep the map literal as the source and wrap it once, after
// it is complete (a map filled in an init function is wrapped at the end
// of that function, not in a package-level var, which runs before init):
//
//	var splitters = lex.SetOf(map[string]bool{"but": true, …})  // splitters[w] → splitters.Has(w)
//	var triggers = lex.NewMap(map[string]word{…})                // w, ok := triggers[t] → triggers.Lookup(t)
//	                                                             // triggers[t].typ → triggers.Get(t).typ
//	lexicon[string(buf[:k])] → lexicon.GetBytes(buf[:k])         // a word lowered into a stack buffer
//
// Several lists asked of the same token (travel verbs, host verbs, …) are
// one Classes lookup and a bit test each. Nothing else changes: the
// lookups answer as the maps did, so the stage's output stays the same.
package lex

import "math/bits"

// maxLen is the longest key length the filters tell apart; longer keys
// share the last row.
const maxLen = 32

// filter is one bit per (length, byte) pair.
type filter [maxLen + 1][4]uint64

func (f *filter) set(n int, c byte) { f[min(n, maxLen)][c>>6] |= 1 << (c & 63) }

func (f *filter) has(n int, c byte) bool { return f[min(n, maxLen)][c>>6]&(1<<(c&63)) != 0 }

// Map is a read-only map from strings to V. The zero Map is empty.
type Map[V any] struct {
	first, last filter
	keys        []string // open addressing; "" marks a free slot
	vals        []V
	mask        uint64
	n           int
	hasEmpty    bool // the empty string is a key: kept out of the table
	empty       V
}

// NewMap builds a Map holding the entries of m.
func NewMap[V any](m map[string]V) *Map[V] {
	t := &Map[V]{}
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t.keys = make([]string, size)
	t.vals = make([]V, size)
	t.mask = uint64(size - 1)
	for k, v := range m {
		t.put(k, v)
	}
	return t
}

func (t *Map[V]) put(k string, v V) {
	t.n++
	if k == "" {
		t.hasEmpty, t.empty = true, v
		return
	}
	t.first.set(len(k), k[0])
	t.last.set(len(k), k[len(k)-1])
	i := hash(k) & t.mask
	for t.keys[i] != "" {
		i = (i + 1) & t.mask
	}
	t.keys[i], t.vals[i] = k, v
}

// Len is the number of keys.
func (t *Map[V]) Len() int { return t.n }

// Lookup returns the value of k and whether k is a key.
func (t *Map[V]) Lookup(k string) (v V, ok bool) {
	// Small enough to inline: most words stop at the filters.
	if n := len(k); n == 0 || !t.first.has(n, k[0]) || !t.last.has(n, k[n-1]) {
		return t.miss(k)
	}
	return t.probe(k)
}

// miss answers for a key the filters turned away, or the empty key.
func (t *Map[V]) miss(k string) (v V, ok bool) {
	if k == "" {
		return t.empty, t.hasEmpty
	}
	return v, false
}

func (t *Map[V]) probe(k string) (v V, ok bool) {
	for i := hash(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case "":
			return v, false
		}
	}
}

// Get returns the value of k, or the zero V when k is no key.
func (t *Map[V]) Get(k string) V {
	v, _ := t.Lookup(k)
	return v
}

// Has reports whether k is a key.
func (t *Map[V]) Has(k string) bool {
	_, ok := t.Lookup(k)
	return ok
}

// LookupBytes is Lookup for a key held in a byte slice (a word lowered
// into a stack buffer, say); it does not allocate.
func (t *Map[V]) LookupBytes(k []byte) (v V, ok bool) {
	if n := len(k); n == 0 || !t.first.has(n, k[0]) || !t.last.has(n, k[n-1]) {
		return t.miss(string(k))
	}
	return t.probeBytes(k)
}

// GetBytes is Get for a key held in a byte slice.
func (t *Map[V]) GetBytes(k []byte) V {
	v, _ := t.LookupBytes(k)
	return v
}

func (t *Map[V]) probeBytes(k []byte) (v V, ok bool) {
	for i := hash(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case string(k):
			return t.vals[i], true
		case "":
			return v, false
		}
	}
}

// Set is a read-only set of strings. The zero Set is empty.
type Set struct{ m Map[struct{}] }

// NewSet builds the set of words.
func NewSet(words ...string) *Set {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return &Set{m: *NewMap(m)}
}

// SetOf builds the set of the keys of m mapped to true, so that Has(k) is
// m[k].
func SetOf(m map[string]bool) *Set {
	var words []string
	for k, v := range m {
		if v {
			words = append(words, k)
		}
	}
	return NewSet(words...)
}

// Has reports whether k is in the set.
func (s *Set) Has(k string) bool { return s.m.Has(k) }

// HasBytes reports whether the word held in k is in the set.
func (s *Set) HasBytes(k []byte) bool {
	_, ok := s.m.LookupBytes(k)
	return ok
}

// Len is the number of words in the set.
func (s *Set) Len() int { return s.m.Len() }

// MayHave reports whether k passes the set's length and first- and
// last-byte filters: false means k is certainly not in the set. It costs
// two bit tests, for loops that want to skip a token before any other work.
func (s *Set) MayHave(k string) bool {
	n := len(k)
	if n == 0 {
		return s.m.hasEmpty
	}
	return s.m.first.has(n, k[0]) && s.m.last.has(n, k[n-1])
}

const (
	k0 = 0x9E3779B97F4A7C15
	k1 = 0xC2B2AE3D27D4EB4F
)

// hash mixes the key's length with its first and last bytes: two
// overlapping loads cover any key of up to 16 bytes; longer keys fold every
// 8-byte chunk in as well.
func hash[S string | []byte](k S) uint64 {
	n := len(k)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(k, 0), load64(k, n-8)
		for i := 8; i < n-8; i += 8 {
			a = bits.RotateLeft64(a*k1, 31) ^ load64(k, i)
		}
	case n >= 4:
		a, b = uint64(load32(k, 0)), uint64(load32(k, n-4))
	default:
		a = uint64(k[0])<<16 | uint64(k[n>>1])<<8 | uint64(k[n-1])
	}
	hi, lo := bits.Mul64(a^k0, b^k1^uint64(n))
	return hi ^ lo
}

func load64[S string | []byte](k S, i int) uint64 {
	_ = k[i+7]
	return uint64(k[i]) | uint64(k[i+1])<<8 | uint64(k[i+2])<<16 | uint64(k[i+3])<<24 |
		uint64(k[i+4])<<32 | uint64(k[i+5])<<40 | uint64(k[i+6])<<48 | uint64(k[i+7])<<56
}

func load32[S string | []byte](k S, i int) uint32 {
	_ = k[i+3]
	return uint32(k[i]) | uint32(k[i+1])<<8 | uint32(k[i+2])<<16 | uint32(k[i+3])<<24
}
