package event

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/extracttest"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata")

const seedDir = "../../../shared/seeds"

// seedTexts reads the seed articles (see extracttest.SeedTexts).
func seedTexts(t testing.TB) map[string]string {
	return extracttest.SeedTexts(t, seedDir)
}

// seedPublished are the dates of the seeds' date lines.
var seedPublished = map[string]string{
	"000_4a4dbfbf17208951": "2023-12-03", "001_ce07b70b4b1d5ccc": "2023-11-04",
}

type goldenEvent struct {
	truce.Event
	Quote string `json:"quote"`
}

// TestGoldenSeeds runs the stage on the seeds, annotated by the test
// gazetteer, and compares with testdata/seeds.golden.json.
func TestGoldenSeeds(t *testing.T) {
	g := loadGazetteer(t)
	got := map[string][]goldenEvent{}
	for name, text := range seedTexts(t) {
		d := g.Annotate(text, seedPublished[name])
		evs := Extract(d)
		checkSpans(t, d, evs)
		list := []goldenEvent{}
		for _, e := range evs {
			list = append(list, goldenEvent{e, text[e.Start:e.End]})
		}
		got[name] = list
	}
	extracttest.Golden(t, filepath.Join("testdata", "seeds.golden.json"), got, *update)
}

func checkSpans(t testing.TB, d *extract.Doc, evs []truce.Event) {
	t.Helper()
	for _, e := range evs {
		extracttest.CheckSpan(t, d.Text, e.Span)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Russia and Ukraine held talks in Istanbul on Monday.",
		"Witkoff was due to meet Umerov in Istanbul, but the envoy cancelled the trip.",
		"ПУТИН и Зеленский встретились в Стамбуле",
		"THE PARTIES AGREED TO EXCHANGE PRISONERS",
		"“These talks,” Putin said; “the parties” — Kyiv… Moscow?",
	} {
		f.Add(s)
	}
	g := loadGazetteer(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := g.Annotate(text, "2025-05-10")
		a := Extract(d)
		checkSpans(t, d, a)
		if diff := cmp.Diff(a, Extract(d)); diff != "" {
			t.Fatalf("not deterministic:\n%s", diff)
		}
	})
}

// BenchmarkExtract runs the stage over the seeds and a long unpunctuated,
// all-caps and Cyrillic tail, about 300 KB in all.
func BenchmarkExtract(b *testing.B) {
	g := loadGazetteer(b)
	var sb strings.Builder
	for sb.Len() < 300_000 {
		for _, text := range seedTexts(b) {
			sb.WriteString(text)
			sb.WriteString("\n\n")
		}
		sb.WriteString(strings.Repeat("talks with Russia and Ukraine in Istanbul on Monday ", 200))
		// One clause full of the triggers that look at their neighbours.
		sb.WriteString(strings.Repeat("the second round, and Trump called Putin, and Erdogan received Zelensky, and the Kremlin denied talks ", 100))
		sb.WriteString(".\n\n")
		// One clause full of the constructions that look far ahead: plans
		// and their content, "and agreed", hosts and guests.
		sb.WriteString(strings.Repeat("a plan that includes an exchange of prisoners and agreed a swap, hosted leaders and postponed the summit which was not ruled out ", 100))
		sb.WriteString(".\n\n")
		sb.WriteString(strings.ToUpper("Russia and Ukraine held talks in Istanbul. "))
		sb.WriteString(strings.Repeat("Переговоры России и Украины 12 345 678 ", 100))
		sb.WriteString("\n\n")
	}
	d := g.Annotate(sb.String(), "2025-05-10")
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(d)
	}
}
