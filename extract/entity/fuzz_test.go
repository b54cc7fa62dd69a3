package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

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
		f.Add(s)
	}
	k, err := kb.Load(os.DirFS("testdata/kb"))
	if err != nil {
		f.Fatal(err)
	}
	r := New(k)
	f.Fuzz(func(t *testing.T, text string) {
		a := &extract.Doc{Text: text, Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
		b := &extract.Doc{Text: text, Published: a.Published}
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

// BenchmarkHostile measures text that defeats sentence splitting and
// capitalisation: one long line of capitals, Cyrillic and numbers.
func BenchmarkHostile(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	r := New(k)
	text := strings.Repeat("UKRAINE RUSSIA MINISTRY OF DEFENCE COUNCIL Зеленский Путин переговоры 1,070 5,571 10,385 Special Envoy Kyiv Independent ", 3000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Extract(&extract.Doc{Text: text})
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
