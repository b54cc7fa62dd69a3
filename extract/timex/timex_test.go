package timex

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, expr, anchor string
		tense              Tense
		typ, value         string
		ok                 bool
	}{
		{"full date", "February 24, 2022", "2023-12-03", Past, "date", "2022-02-24", true},
		{"preposition skipped", "on December 2", "2023-12-03", Past, "date", "2023-12-02", true},
		{"past month-day goes back a year", "December 20", "2024-01-05", Past, "date", "2023-12-20", true},
		{"future month-day goes on a year", "January 15", "2023-12-03", Future, "date", "2024-01-15", true},
		{"no anchor keeps X", "December 2", "", Past, "date", "XXXX-12-02", true},
		{"weekday future", "on Thursday", "2022-03-02", Future, "date", "2022-03-03", true},
		{"weekday past", "on Monday", "2022-03-02", Past, "date", "2022-02-28", true},
		{"weekday no anchor", "Thursday", "", Future, "date", "XXXX-XX-XX", true},
		{"part of day", "Thursday morning", "2022-03-02", Future, "time", "2022-03-03TMO", true},
		{"iso week", "next week", "2023-12-03", Unknown, "date", "2023-W49", true},
		{"duration", "the past week", "2023-12-03", Past, "duration", "P1W", true},
		{"hours", "24 hours", "", Unknown, "duration", "PT24H", true},
		{"vague future", "over the next few months", "2023-11-04", Future, "duration", "PXM", true},
		{"mod folded", "mid-January next year", "2023-12-03", Future, "date", "2024-01", true},
		{"not a time", "the 28-point plan", "2023-12-03", Past, "", "", false},
		{"two expressions", "from March to May 2022", "2023-12-03", Past, "", "", false},
		{"trailing words", "Thursday talks", "2023-12-03", Past, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			typ, value, ok := Normalize(tt.expr, date(tt.anchor), tt.tense)
			got := []any{typ, value, ok}
			if diff := cmp.Diff([]any{tt.typ, tt.value, tt.ok}, got); diff != "" {
				t.Errorf("Normalize(%q) mismatch (-want +got):\n%s", tt.expr, diff)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ name, value, want string }{
		{"day", "2023-12-02", "2023-12-02"},
		{"time of day", "2022-03-03TMO", "2022-03-03"},
		{"clock", "2023-11-04T10:09", "2023-11-04"},
		{"month", "2024-01", "2024-01"},
		{"iso week to month of its thursday", "2023-W48", "2023-11"},
		{"week across new year", "2020-W53", "2020-12"},
		{"weekend", "2023-W48-WE", ""},
		{"year", "2023", ""},
		{"unknown year", "XXXX-12-02", ""},
		{"unknown day", "XXXX-XX-XX", ""},
		{"ref", "PAST_REF", ""},
		{"duration", "P1W", ""},
		{"season", "2023-SU", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Resolve(tt.value); got != tt.want {
				t.Errorf("Resolve(%q) = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
}

func TestDetectTense(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           Tense
	}{
		{"will", "The delegations will meet in Istanbul.", Future},
		{"plans to", "Zelensky plans to hold talks.", Future},
		{"is expected to", "The envoy is expected to arrive.", Future},
		{"shall", "The parties shall withdraw.", Future},
		{"going to", "Kyiv is going to respond.", Future},
		{"said", "Peskov said nothing.", Past},
		{"ed verb", "The talks collapsed.", Past},
		{"had", "The sides had agreed.", Past},
		{"main verb first", "Russia said it will attend.", Past},
		{"present", "The talks are difficult.", Present},
		{"passive is not past", "Peace is needed now.", Present},
		{"none", "Ceasefire talks on Thursday", Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectTense(tt.sentence); got != tt.want {
				t.Errorf("DetectTense(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestTenseAt(t *testing.T) {
	s := "Russia said it was ready on Wednesday to discuss a ceasefire on Thursday."
	for word, want := range map[string]Tense{"Wednesday": Past, "Thursday": Future} {
		if got := TenseAt(s, strings.Index(s, word)); got != want {
			t.Errorf("TenseAt(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestExtractReference(t *testing.T) {
	// "the day before" counts from the last day named in this or the
	// previous sentence, and from the anchor when two sentences intervene.
	text := "Talks were held on November 15. The day before, envoys arrived. Nothing happened. The day before, a drone fell."
	got := Extract(&extract.Doc{Text: text, Published: date("2025-11-20")})
	want := []string{"November 15=2025-11-15", "The day before=2025-11-14", "The day before=2025-11-19"}
	if diff := cmp.Diff(want, spans(text, got)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

type goldenTimex struct {
	truce.Timex
	Text string `json:"text"`
}

// TestSeeds compares Extract on the seed articles with golden JSON.
func TestSeeds(t *testing.T) {
	dir := "../../../shared/seeds"
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no seed articles in %s", dir)
		}
		t.Skipf("no seed articles in %s", dir)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			d := &extract.Doc{Text: text, Published: seedAnchor(t, dir, name), Sentences: sentence.Split(text)}
			got := []goldenTimex{}
			for _, x := range Extract(d) {
				got = append(got, goldenTimex{x, text[x.Start:x.End]})
			}
			golden(t, filepath.Join("testdata", "seeds", name+".json"), got)
		})
	}
}

// seedAnchor is the gold "published" date of a seed, zero when null.
func seedAnchor(t *testing.T, dir, name string) time.Time {
	raw, err := os.ReadFile(filepath.Join(dir, "..", "gold", "seeds", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Published string `json:"published"`
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	return date(g.Published)
}

func golden(t *testing.T, path string, got []goldenTimex) {
	t.Helper()
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	var want []goldenTimex
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Talks on Thursday, March 3, 2022 at 10:00.", "10:09, 04.11.23", "the day before yesterday",
		"mid-January next year", "331,110 men; 1,000 days", "ПЕРЕГОВОРЫ 24.02.2022", "a.m. p.", "2022-02-",
		"the end of the end of the year", "every two weeks from now",
	} {
		f.Add(s, int64(1701561600))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		anchor := time.Time{}
		if unix%7 != 0 {
			anchor = time.Unix(unix%(1<<33), 0).UTC()
		}
		d := &extract.Doc{Text: text, Published: anchor}
		got := Extract(d)
		bounds := runeBounds(text)
		end := 0
		for _, x := range got {
			if !x.Valid(len(text)) || x.Start < end || x.Len() == 0 {
				t.Fatalf("bad span %v after %d in %q", x.Span, end, text)
			}
			if !bounds[x.Start] || !bounds[x.End] {
				t.Fatalf("span %v splits a rune in %q", x.Span, text)
			}
			end = x.End
		}
		if again := Extract(d); !cmp.Equal(got, again) {
			t.Fatalf("not deterministic on %q", text)
		}
		Normalize(text, anchor, Future)
	})
}

// runeBounds marks the offsets where a rune starts as text decodes (a
// stray invalid byte counts as a rune of its own), and len(text).
func runeBounds(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		b[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	b[len(text)] = true
	return b
}

func BenchmarkExtract(b *testing.B) {
	cases := readTimeML(&testing.T{})
	var sb strings.Builder
	for sb.Len() < 300_000 {
		for _, c := range cases {
			sb.WriteString(c.text)
			sb.WriteString(" Officials said the sides discussed prisoner exchanges, security guarantees and the future of the occupied territories without any progress.\n")
		}
	}
	news := sb.String()
	noPunct := strings.Repeat("the talks will resume on Thursday the day before two days ago since March 2022 next week ", 3000)
	table := strings.Repeat("2022 1,070 331,110 24.02.2022 10:09 5 571 2023 12 ", 6000)
	for _, bc := range []struct{ name, text string }{
		{"news", news},
		{"one long sentence", noPunct},
		{"all caps", strings.ToUpper(news)},
		{"cyrillic", strings.Repeat("Переговоры в Стамбуле 24 февраля продолжатся в четверг. ", 6000)},
		{"number table", table},
	} {
		b.Run(bc.name, func(b *testing.B) {
			d := &extract.Doc{Text: bc.text, Published: date("2023-12-03"), Sentences: sentence.Split(bc.text)}
			words := len(strings.Fields(bc.text))
			b.SetBytes(int64(len(bc.text)))
			b.ResetTimer()
			for b.Loop() {
				Extract(d)
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}
