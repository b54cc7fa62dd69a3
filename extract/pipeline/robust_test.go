package pipeline

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// pathological inputs that must stay linear: their benchmarks at two sizes
// show the time per byte staying flat.
var pathological = map[string]func(n int) string{
	"long sentence": func(n int) string {
		return repeatTo("Russian and Ukrainian delegations said officials met in Istanbul and talked about prisoners and Crimea and NATO ", n)
	},
	"all caps": func(n int) string {
		return repeatTo("ZELENSKY SAID RUSSIA LOST 5,000 TANKS ACCORDING TO THE GENERAL STAFF ON THURSDAY. ", n)
	},
	"cyrillic": func(n int) string {
		return repeatTo("Песков заявил, что переговоры в Стамбуле продолжатся в понедельник. ", n)
	},
	"number table": func(n int) string {
		return repeatTo("2023-12-02 | 331,110 | 1,070 | 5,571 | 10,385 | 7,941 | 913 | 602\n", n)
	},
	"unclosed quotes": func(n int) string {
		return repeatTo("“Zelensky said « the talks „ were ‘ over ", n)
	},
	"capitalised words": func(n int) string {
		return repeatTo("Special Envoy Steve Witkoff Met Kirill Dmitriev And Rustem Umerov In Geneva ", n)
	},
}

func repeatTo(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)[:n/len(s)*len(s)]
}

func TestPathological(t *testing.T) {
	p := pipe(t)
	for name, gen := range pathological {
		t.Run(name, func(t *testing.T) {
			text := gen(200 << 10)
			checkDoc(t, text, p.Run(text, zeroTime, ""))
		})
	}
}

func BenchmarkPathological(b *testing.B) {
	p := pipe(b)
	for name, gen := range pathological {
		for _, size := range []int{64 << 10, 256 << 10} {
			text := gen(size)
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					p.Run(text, zeroTime, "")
				}
			})
		}
	}
}

func FuzzPipeline(f *testing.F) {
	f.Add("“We agree,” Zelensky said on Thursday. Russia lost 5,000 tanks, according to Kyiv.")
	f.Add("The Kremlin denied talks in Istanbul on March 29, 2022 with 1,000 prisoners.")
	f.Add("«Нет» — сказал Песков. \xff")
	p := pipe(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := p.Run(text, zeroTime, "en")
		checkDoc(t, text, d)
		if again := p.Run(text, zeroTime, "en"); !reflect.DeepEqual(d.Facts(), again.Facts()) {
			t.Fatalf("not deterministic on %q", text)
		}
	})
}

// checkDoc asserts that every span of every fact lies in the text and on
// rune boundaries.
func checkDoc(t *testing.T, text string, d *extract.Doc) {
	t.Helper()
	check := func(kind string, s truce.Span) {
		if !s.Valid(len(text)) {
			t.Fatalf("%s span %v outside text of %d bytes", kind, s, len(text))
		}
		if !boundary(text, s.Start) || !boundary(text, s.End) {
			t.Fatalf("%s span %v splits a character in %q", kind, s, text[max(0, s.Start-4):min(len(text), s.End+4)])
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			check("entity", m)
		}
	}
	for _, x := range d.Timexes {
		check("timex", x.Span)
	}
	for _, x := range d.Figures {
		check("figure", x.Span)
	}
	for _, x := range d.Attributions {
		check("attribution", x.Span)
		check("attribution content", x.Content)
		if x.SpeakerSpan != nil {
			check("speaker", *x.SpeakerSpan)
		}
		if x.CueSpan != nil {
			check("cue", *x.CueSpan)
		}
	}
	for _, x := range d.Events {
		check("event", x.Span)
	}
	for _, x := range d.Positions {
		check("position", x.Span)
	}
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || utf8.RuneStart(s[i])
}
