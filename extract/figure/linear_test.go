package figure

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// pathological are texts that would expose work that grows faster than the
// text: one endless sentence, capitals, Cyrillic, tables of numbers, lists
// of figures with names, nested statements.
var pathological = map[string]func(n int) *extract.Doc{
	"no punctuation": func(n int) *extract.Doc {
		return plainDoc(strings.Repeat("russia lost 500 tanks and ukraine said 300 soldiers were killed near kyiv ", n))
	},
	"all caps": func(n int) *extract.Doc {
		return plainDoc(strings.Repeat("RUSSIA LOST MORE THAN 5,000 TANKS AND ONE SUBMARINE ", n))
	},
	"cyrillic": func(n int) *extract.Doc {
		return plainDoc(strings.Repeat("Россия потеряла 5 000 танков и 300 самолётов ", n))
	},
	"number table": func(n int) *extract.Doc {
		return plainDoc(strings.Repeat("12 345 678 90 1,234 5.6 7-8 ", n))
	},
	"names and figures": func(n int) *extract.Doc {
		text := strings.Repeat("Russia lost 500 tanks, Ukraine 300 soldiers, NATO said on March 2 ", n)
		d := plainDoc(text)
		d.Mentions = mentionsOf(text)
		d.Timexes = datesOf(text, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
		return d
	},
	"nested statements": func(n int) *extract.Doc {
		text := strings.Repeat("Kyiv said 40 drones were downed ", n)
		d := plainDoc(text)
		d.Mentions = mentionsOf(text)
		for i := 0; i < n; i++ {
			sp := truce.Span{Start: i * 32, End: len(text)}
			d.Attributions = append(d.Attributions, truce.Attribution{Span: sp, Speaker: "Ukraine", Content: sp})
		}
		return d
	},
}

// plainDoc is one sentence spanning the whole text.
func plainDoc(text string) *extract.Doc {
	return &extract.Doc{Text: text, Sentences: []truce.Span{{Start: 0, End: len(text)}}}
}

// TestLinear checks that eight times the text takes well under the 64 times
// a quadratic scan would (best of five runs in turns, to ride out a busy machine).
func TestLinear(t *testing.T) {
	// Timing is only meaningful on a quiet machine: run with TRUCE_TIMING=1.
	if os.Getenv("TRUCE_TIMING") == "" {
		t.Skip("timing test: set TRUCE_TIMING=1 to run it")
	}
	for name, build := range pathological {
		t.Run(name, func(t *testing.T) {
			small, large := build(2000), build(16000)
			ts, tl := bestOf(small, large)
			if ratio := float64(tl) / float64(max(ts, time.Microsecond)); ratio > 40 {
				t.Errorf("8× the text took %.0f× the time (%v vs %v)", ratio, tl, ts)
			}
			checkFigures(t, large.Text, Extract(large))
		})
	}
}

// bestOf times a and b in turns, so that a change in the machine's load
// hits both, and returns the best time of each after a collection.
func bestOf(a, b *extract.Doc) (time.Duration, time.Duration) {
	ba, bb := time.Duration(1<<62), time.Duration(1<<62)
	for range 5 {
		ba = min(ba, timed(a))
		bb = min(bb, timed(b))
	}
	return ba, bb
}

func timed(d *extract.Doc) time.Duration {
	runtime.GC()
	start := time.Now()
	Extract(d)
	return time.Since(start)
}

func BenchmarkPathological(b *testing.B) {
	for name, build := range pathological {
		b.Run(name, func(b *testing.B) {
			d := build(2000)
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				Extract(d)
			}
		})
	}
}
