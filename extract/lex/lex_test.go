package lex

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"github.com/truce-project/truce/examples"
)

// cues is a lexicon of the size the stages use: stance and reporting words.
var cues = strings.Fields(`demand demands demanded insist insists requires precondition
	conditions ultimatum wants seeks urged reject rejects rejected oppose opposes refuse
	refused dismissed unacceptable accept accepts accepted agree agreed concede recognize
	supports backs welcomed compromise offer offers offered propose proposal promised
	pledged concession consider considering mulling weighing explore said says told added
	noted stated claimed announced confirmed denied warned according`)

func TestAgreesWithMap(t *testing.T) {
	m := map[string]int{"": 7, "a": 1, "the": 2, "septembers": 3, "x": 0,
		"a rather long key of more than thirty-two bytes": 4, "exactly-sixteen!": 5,
		"seventeen-bytes!!": 6, "ä": 8, "Москва": 9}
	for i, w := range cues {
		m[w] = 100 + i
	}
	lm := NewMap(m)
	queries := []string{"", "a", "b", "the", "The", "thE", "th", "thee", "septembers",
		"septembers ", "a rather long key of more than thirty-two bytes",
		"a rather long key of more than thirty-two bytez", "exactly-sixteen!",
		"exactly-sixteen?", "seventeen-bytes!!", "seventeen-bytes!?", "ä", "Москва", "Москвы",
		"x", "y", "\xff", "demand", "demande", "demands", "agreed", "agree", "agre"}
	for _, w := range cues {
		queries = append(queries, w, w+"s", strings.ToUpper(w), w[1:])
	}
	for _, q := range queries {
		want, wantOK := m[q]
		got, ok := lm.Lookup(q)
		if got != want || ok != wantOK {
			t.Errorf("Lookup(%q) = %v, %v; map says %v, %v", q, got, ok, want, wantOK)
		}
		if lm.Get(q) != want || lm.Has(q) != wantOK {
			t.Errorf("Get/Has(%q) disagree with the map", q)
		}
		if got, ok := lm.LookupBytes([]byte(q)); got != want || ok != wantOK {
			t.Errorf("LookupBytes(%q) = %v, %v; map says %v, %v", q, got, ok, want, wantOK)
		}
	}
	if lm.Len() != len(m) {
		t.Errorf("Len = %d, want %d", lm.Len(), len(m))
	}
}

func TestSet(t *testing.T) {
	tests := []struct {
		name string
		set  *Set
		in   []string
		out  []string
	}{
		{"words", NewSet("may", "might", "could"), []string{"may", "could"}, []string{"", "ma", "mays", "May", "should"}},
		{"false keys left out", SetOf(map[string]bool{"may": true, "reportedly": false}), []string{"may"}, []string{"reportedly"}},
		{"empty", NewSet(), nil, []string{"", "a"}},
		{"zero", &Set{}, nil, []string{"", "a", "long word indeed"}},
		{"empty string", NewSet(""), []string{""}, []string{"a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.in {
				if !tc.set.Has(w) || !tc.set.HasBytes([]byte(w)) || !tc.set.MayHave(w) {
					t.Errorf("%q not found", w)
				}
			}
			for _, w := range tc.out {
				if tc.set.Has(w) || tc.set.HasBytes([]byte(w)) {
					t.Errorf("%q found", w)
				}
			}
		})
	}
}

func FuzzLookup(f *testing.F) {
	f.Add("demand", "demands")
	f.Add("", "a")
	f.Add("a rather long key of more than thirty-two bytes", "a rather long key")
	f.Fuzz(func(t *testing.T, key, query string) {
		m := map[string]bool{key: true}
		for _, w := range cues {
			m[w] = true
		}
		s := SetOf(m)
		if s.Has(query) != m[query] || s.HasBytes([]byte(query)) != m[query] {
			t.Fatalf("Has(%q) = %v with key %q", query, s.Has(query), key)
		}
		if !s.Has(key) {
			t.Fatalf("key %q lost", key)
		}
	})
}

// benchWords are the words of the examples, lower-cased, in text order.
func benchWords(b *testing.B) []string {
	b.Helper()
	var words []string
	err := fs.WalkDir(examples.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		data, err := fs.ReadFile(examples.FS, p)
		words = append(words, strings.FieldsFunc(strings.ToLower(string(data)), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})...)
		return err
	})
	if err != nil || len(words) == 0 {
		b.Fatal("no example words", err)
	}
	return words
}

// BenchmarkLookup compares a Go map with a Map on the words of real text,
// for a small lexicon (6 words: Go scans it), a mid-size one (~80) and a
// large one (every other distinct word of the text: ~half the lookups hit).
func BenchmarkLookup(b *testing.B) {
	words := benchWords(b)
	distinct := map[string]bool{}
	i := 0
	for _, w := range words {
		if _, ok := distinct[w]; !ok {
			distinct[w] = i%2 == 0
			i++
		}
	}
	sets := []struct {
		name string
		m    map[string]bool
	}{
		{"small", map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true}},
		{"cues", SetOfWords(cues)},
		{"large", distinct},
	}
	for _, s := range sets {
		ls := SetOf(s.m)
		b.Run(fmt.Sprintf("%s/map", s.name), func(b *testing.B) {
			b.SetBytes(int64(len(words)))
			n := 0
			for b.Loop() {
				for _, w := range words {
					if s.m[w] {
						n++
					}
				}
			}
			sink = n
		})
		b.Run(fmt.Sprintf("%s/lex", s.name), func(b *testing.B) {
			b.SetBytes(int64(len(words)))
			n := 0
			for b.Loop() {
				for _, w := range words {
					if ls.Has(w) {
						n++
					}
				}
			}
			sink = n
		})
	}
}

var sink int

// SetOfWords is a map[string]bool of words, for the benchmarks.
func SetOfWords(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

func TestClasses(t *testing.T) {
	travel := map[string]bool{"travelled": true, "flew": true, "went": false}
	host := map[string]bool{"hosts": true, "hosted": true, "flew": true}
	c := NewClasses(travel, host)
	tests := []struct {
		w    string
		want uint64
	}{
		{"travelled", 1}, {"hosted", 2}, {"flew", 3}, {"went", 0}, {"said", 0}, {"", 0},
	}
	for _, tc := range tests {
		if got := c.Of(tc.w); got != tc.want {
			t.Errorf("Of(%q) = %b, want %b", tc.w, got, tc.want)
		}
		if got := c.OfBytes([]byte(tc.w)); got != tc.want {
			t.Errorf("OfBytes(%q) = %b, want %b", tc.w, got, tc.want)
		}
	}
}

func TestNoAllocation(t *testing.T) {
	s := SetOf(SetOfWords(cues))
	m := NewMap(map[string]int{"agreed": 1})
	words := [][]byte{[]byte("agreed"), []byte("zzz"), []byte("x"), nil, []byte("a much longer word than any key")}
	n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			sink += len(string(w[:0]))
			if s.HasBytes(w) || s.Has(string(w)) {
				sink++
			}
			sink += m.GetBytes(w)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per run", n)
	}
}
