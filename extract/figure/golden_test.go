package figure

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// article is one input of the golden test: a text with the timexes and
// attributions the earlier stages would give, by quote.
type article struct {
	Name    string `json:"name"`
	Text    string `json:"text"`
	Timexes []struct {
		Quote string `json:"quote"`
		Value string `json:"value"`
		Type  string `json:"type"`
	} `json:"timexes"`
	Attributions []struct {
		Quote        string   `json:"quote"`
		Speaker      string   `json:"speaker"`
		Via          []string `json:"via"`
		Anonymous    bool     `json:"anonymous"`
		SpeakerQuote string   `json:"speaker_quote"`
	} `json:"attributions"`
}

// goldenFigure is a figure with its evidence spelled out for review.
type goldenFigure struct {
	Quote string `json:"quote"`
	truce.Figure
}

func (a article) doc(t *testing.T) *extract.Doc {
	d := &extract.Doc{Text: a.Text, Mentions: mentionsOf(a.Text)}
	for _, x := range a.Timexes {
		typ := x.Type
		if typ == "" {
			typ = "date"
		}
		d.Timexes = append(d.Timexes, truce.Timex{Span: span(t, a.Text, x.Quote), Type: typ, Value: x.Value})
	}
	for _, x := range a.Attributions {
		sp := span(t, a.Text, x.Quote)
		at := truce.Attribution{Span: sp, Speaker: x.Speaker, Via: x.Via, Anonymous: x.Anonymous, Content: sp}
		if x.SpeakerQuote != "" {
			ss := span(t, a.Text, x.SpeakerQuote)
			at.SpeakerSpan = &ss
		}
		d.Attributions = append(d.Attributions, at)
	}
	return d
}

// TestGolden runs the stage on the articles in testdata/articles.json and
// compares with testdata/articles.golden.json (rewrite with -update).
func TestGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	var articles []article
	if err := json.Unmarshal(in, &articles); err != nil {
		t.Fatal(err)
	}
	got := map[string][]goldenFigure{}
	for _, a := range articles {
		figs := []goldenFigure{}
		for _, f := range Extract(a.doc(t)) {
			figs = append(figs, goldenFigure{Quote: a.Text[f.Start:f.End], Figure: f})
		}
		got[a.Name] = figs
	}
	out, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, '\n')
	path := filepath.Join("testdata", "articles.golden.json")
	if *update {
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, out) {
		t.Errorf("golden mismatch (-want +got):\n%s", cmp.Diff(string(want), string(out)))
	}
}

// checkFigures fails when a figure's span is out of bounds, off a rune
// boundary or empty, or its bounds are inconsistent.
func checkFigures(t *testing.T, text string, figs []truce.Figure) {
	t.Helper()
	valid := utf8.ValidString(text)
	for _, f := range figs {
		if !f.Valid(len(text)) || f.Len() == 0 {
			t.Fatalf("span %v out of bounds of %d bytes", f.Span, len(text))
		}
		// Boundaries are only defined in valid UTF-8; ingest guarantees it.
		if valid && (!utf8.RuneStart(text[f.Start]) || f.End < len(text) && !utf8.RuneStart(text[f.End])) {
			t.Fatalf("span %v not on rune boundaries in %q", f.Span, text)
		}
		if f.Low != nil && f.High != nil && *f.Low > *f.High {
			t.Fatalf("low %v > high %v", *f.Low, *f.High)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, c := range [][]testCase{numberCases, boundCases, moneyCases, notFigureCases, unitCases, contextCases, dateCases, sourceCases, shareCases, partitiveCases, moreMoneyCases} {
		for _, tc := range c {
			f.Add(tc.text)
		}
	}
	f.Add("1 2 3 4 5 6 7 8 9 10 11 12 000 000 000")
	f.Add("between between 5 and and 7 - - 8 — 9 to to 10")
	f.Add("ПЯТЬ ТЫСЯЧ солдат 5 000 человек €€$$ 5%% ")
	f.Add(strings.Repeat("more than ", 50) + "5")
	f.Fuzz(func(t *testing.T, text string) {
		d := &extract.Doc{Text: text, Mentions: mentionsOf(text)}
		a := Extract(d)
		checkFigures(t, text, a)
		b := Extract(d)
		if !cmp.Equal(a, b) {
			t.Fatalf("two runs differ on %q", text)
		}
	})
}

// benchText is a few hundred KB of article text: the seeds when present,
// the examples and the test sentences, repeated.
func benchText(_ testing.TB) string {
	var parts []string
	for _, pattern := range []string{"../../../shared/seeds/*.txt", "../../examples/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				parts = append(parts, string(data))
			}
		}
	}
	for _, c := range [][]testCase{numberCases, boundCases, moneyCases, notFigureCases, unitCases, contextCases, dateCases, sourceCases, shareCases, partitiveCases, moreMoneyCases} {
		for _, tc := range c {
			parts = append(parts, tc.text)
		}
	}
	one := strings.Join(parts, "\n\n")
	return strings.Repeat(one+"\n\n", 300_000/len(one)+1)
}

func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	d := &extract.Doc{Text: text, Mentions: mentionsOf(text)}
	d.Sentences = sentence.Split(text)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(d)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
