package figure

import (
	"fmt"
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
	"sourceless sentences": func(n int) *extract.Doc {
		one := strings.Repeat("officials quoted 500 tanks near Kyiv and NATO ", n)
		text := one + ". " + one
		d := &extract.Doc{Text: text, Sentences: []truce.Span{{Start: 0, End: len(one) + 1}, {Start: len(one) + 2, End: len(text)}}}
		d.Mentions = mentionsOf(text)
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

// TestPathological runs every pathological text once and checks its
// figures. Whether the work stays linear is measured, not asserted:
// BenchmarkPathological runs each text at 2,000 and 16,000 repetitions, and
// the time per byte should stay flat.
func TestPathological(t *testing.T) {
	for name, build := range pathological {
		t.Run(name, func(t *testing.T) {
			d := build(2000)
			checkFigures(t, d.Text, Extract(d))
		})
	}
}

func BenchmarkPathological(b *testing.B) {
	for name, build := range pathological {
		for _, n := range []int{2000, 16000} {
			d := build(n)
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				b.SetBytes(int64(len(d.Text)))
				for b.Loop() {
					Extract(d)
				}
			})
		}
	}
}
