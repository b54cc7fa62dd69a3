package position

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

type goldenPosition struct {
	truce.Position
	Quote string `json:"quote"`
}

// TestGoldenSeeds runs the stage on the seeds, annotated by the test
// gazetteer, and compares with testdata/seeds.golden.json.
func TestGoldenSeeds(t *testing.T) {
	g := loadGazetteer(t)
	st := New(loadIssues(t))
	got := map[string][]goldenPosition{}
	for name, text := range seedTexts(t) {
		d := g.Annotate(text, "")
		ps := st.Extract(d)
		checkSpans(t, d, ps)
		list := []goldenPosition{}
		for _, p := range ps {
			list = append(list, goldenPosition{p, text[p.Start:p.End]})
		}
		got[name] = list
	}
	extracttest.Golden(t, filepath.Join("testdata", "seeds.golden.json"), got, *update)
}

func checkSpans(t testing.TB, d *extract.Doc, ps []truce.Position) {
	t.Helper()
	for _, p := range ps {
		extracttest.CheckSpan(t, d.Text, p.Span)
		if !utf8.ValidString(p.Summary) || strings.ContainsAny(p.Summary, "\n\r") {
			t.Fatalf("summary %q is not one valid line", p.Summary)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The Russian side put forward three preconditions: first, it demanded that Ukraine remain neutral; secondly, Crimea.",
		"But Ukraine strongly opposes these conditions, and Zelensky demanded withdrawal.",
		"РОССИЯ ТРЕБУЕТ нейтралитета Украины",
		"KYIV COULD JOIN NATO, BUT",
		"“We will never give up Donbas,” he said: these; those; them?",
	} {
		f.Add(s)
	}
	g := loadGazetteer(f)
	st := New(loadIssues(f))
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := g.Annotate(text, "")
		a := st.Extract(d)
		checkSpans(t, d, a)
		if diff := cmp.Diff(a, st.Extract(d)); diff != "" {
			t.Fatalf("not deterministic:\n%s", diff)
		}
	})
}

// BenchmarkExtract runs the stage over the seeds and a long unpunctuated,
// all-caps and Cyrillic tail, about 300 KB in all.
func BenchmarkExtract(b *testing.B) {
	g := loadGazetteer(b)
	st := New(loadIssues(b))
	var sb strings.Builder
	for sb.Len() < 300_000 {
		for _, text := range seedTexts(b) {
			sb.WriteString(text)
			sb.WriteString("\n\n")
		}
		sb.WriteString(strings.Repeat("Russia demands neutrality and Ukraine rejects the demands on Crimea and the territory ", 100))
		sb.WriteString(strings.ToUpper("Ukraine strongly opposes these conditions. "))
		sb.WriteString(strings.Repeat("Россия требует 12 345 678 ", 100))
		sb.WriteString("\n\n")
	}
	d := g.Annotate(sb.String(), "")
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		st.Extract(d)
	}
}

// BenchmarkNew measures building the term index, which Extract pays on
// every call and New once.
func BenchmarkNew(b *testing.B) {
	issues := loadIssues(b)
	for b.Loop() {
		New(issues)
	}
}
