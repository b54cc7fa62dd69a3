package entity

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/kb"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Zelensky’s office said Kyiv Independent reported from Kyiv.",
		"Ukraine's foreign minister met Secretary of State Antony Blinken. The Secretary of State said",
		"MOSCOW, Nov 3 - Зеленский and Путин; U.S. officials, the Kremlin's spokesman Dmitry Peskov said.",
		"Journalist Marta Gichko10:09, 04.11.23 Gichko's piece",
		"The Russian Defense Ministry of the of the and Ministry",
		"O'Brien ’s ' 's - -- Jean-Pierre von der Leyen said",
		"\xff\xfe invalid \xc3 bytes Kyiv\u00a0Independent\u2028Moscow",
	} {
		f.Add(s, len(s)/2)
	}
	k, err := kb.Load(os.DirFS("testdata/kb"))
	if err != nil {
		f.Fatal(err)
	}
	r := New(k)
	f.Fuzz(func(t *testing.T, text string, cut int) {
		a := &extract.Doc{Text: text, Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
		// Sentences from an earlier stage, possibly nonsense: Extract must cope.
		a.Sentences = []truce.Span{{Start: 0, End: cut}, {Start: cut, End: len(text)}}
		b := &extract.Doc{Text: text, Published: a.Published, Sentences: a.Sentences}
		r.Extract(a)
		r.Extract(b)
		checkDoc(t, a)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("two runs differ:\n%s", diff)
		}
	})
}

// benchText is a few hundred kilobytes of news prose: the seed articles and
// the golden inputs, repeated.
func benchText(b *testing.B) string {
	var parts []string
	for _, pattern := range []string{"../../../shared/seeds/*.txt", "../../examples/*.txt", "testdata/golden/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				parts = append(parts, string(data))
			}
		}
	}
	if len(parts) == 0 {
		b.Fatal("no text to measure")
	}
	one := strings.Join(parts, "\n\n")
	return strings.Repeat(one, 300_000/len(one)+1)
}

func BenchmarkExtract(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	r := New(k)
	text := benchText(b)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := &extract.Doc{Text: text}
		r.Extract(d)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkHostile measures text that defeats sentence splitting and the
// capitalisation rules, at two sizes: time per byte must not grow.
func BenchmarkHostile(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	r := New(k)
	cases := []struct{ name, unit string }{
		{"no-punctuation", "the talks in kyiv went on and zelensky said nothing while officials waited "},
		{"all-caps", "UKRAINE RUSSIA MINISTRY OF DEFENCE COUNCIL SPECIAL ENVOY STEVE WITKOFF SAID "},
		{"cyrillic", "Зеленский и Путин переговоры в Стамбуле Министерство обороны России заявило "},
		{"numbers", "1,070 5,571 10,385 7,941 | 913 | 602 | 323 | 324 | 5,994 | 22 | "},
		{"capitals-and", "Foo Bar and Baz Qux and Alpha Beta and Gamma Delta and Jonas Ohman and "},
		{"titles", "Foreign Minister Special Envoy Secretary of State Spokesman General Deputy "},
	}
	for _, c := range cases {
		for _, n := range []int{500, 4000} {
			text := strings.Repeat(c.unit, n)
			b.Run(c.name+"/"+strconv.Itoa(len(text)/1000)+"KB", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					r.Extract(&extract.Doc{Text: text})
				}
			})
		}
	}
}

func BenchmarkNew(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		New(k)
	}
}
