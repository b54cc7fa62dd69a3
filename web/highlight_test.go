package web

import (
	"flag"
	"html"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/truce-project/truce"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func sp(s, e int) truce.Span { return truce.Span{Start: s, End: e} }

func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []mark
		want  string
	}{
		{"no marks", "a <b> & c", nil, "a &lt;b&gt; &amp; c"},
		{"one mark", "Putin said no.", []mark{{sp(0, 5), "entity", "e0", true}},
			`<mark class="hl k-entity" data-fact="e0" id="hl-e0" tabindex="0" role="button">Putin</mark> said no.`},
		{"nested", "Kyiv said talks.", []mark{{sp(0, 16), "attribution", "a0", true}, {sp(0, 4), "entity", "e0", true}},
			`<mark class="hl k-attribution" data-fact="a0" id="hl-a0" tabindex="0" role="button"><mark class="hl k-entity" data-fact="e0" id="hl-e0" tabindex="0" role="button">Kyiv</mark> said talks.</mark>`},
		{"crossing spans are split and reopened", "abcdef", []mark{{sp(0, 4), "event", "v0", true}, {sp(2, 6), "date", "t0", true}},
			`<mark class="hl k-event" data-fact="v0" id="hl-v0" tabindex="0" role="button">ab<mark class="hl k-date" data-fact="t0" id="hl-t0" tabindex="0" role="button">cd</mark></mark><mark class="hl k-date" data-fact="t0">ef</mark>`},
		{"later mentions are not focusable", "Zelensky met Zelensky", []mark{{sp(0, 8), "entity", "e0", true}, {sp(13, 21), "entity", "e0", false}},
			`<mark class="hl k-entity" data-fact="e0" id="hl-e0" tabindex="0" role="button">Zelensky</mark> met <mark class="hl k-entity" data-fact="e0">Zelensky</mark>`},
		{"span out of bounds is clamped", "Minsk", []mark{{sp(-3, 99), "entity", "e0", true}},
			`<mark class="hl k-entity" data-fact="e0" id="hl-e0" tabindex="0" role="button">Minsk</mark>`},
		{"empty and reversed spans are dropped", "Minsk", []mark{{sp(2, 2), "date", "t0", true}, {sp(4, 1), "date", "t1", true}}, "Minsk"},
		{"ends inside a rune move back", "Київ", []mark{{sp(1, 3), "entity", "e0", true}},
			`<mark class="hl k-entity" data-fact="e0" id="hl-e0" tabindex="0" role="button">К</mark>иїв`},
		{"markup inside a span is escaped", `say <script>alert(1)</script>`, []mark{{sp(4, 29), "attribution", "a0", true}},
			`say <mark class="hl k-attribution" data-fact="a0" id="hl-a0" tabindex="0" role="button">&lt;script&gt;alert(1)&lt;/script&gt;</mark>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := string(highlight(tc.text, tc.marks))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("highlight (-want +got):\n%s", diff)
			}
			checkHighlight(t, tc.text, got)
		})
	}
}

// checkHighlight verifies the invariants every output keeps: marks balance
// and the text without them is the input, escaped.
func checkHighlight(t *testing.T, text, out string) {
	t.Helper()
	depth := 0
	var plain strings.Builder
	for i := 0; i < len(out); {
		switch {
		case strings.HasPrefix(out[i:], "<mark "):
			depth++
			i += strings.IndexByte(out[i:], '>') + 1
		case strings.HasPrefix(out[i:], "</mark>"):
			depth--
			if depth < 0 {
				t.Fatalf("</mark> without <mark> in %q", out)
			}
			i += len("</mark>")
		case out[i] == '<' || out[i] == '>' || out[i] == '"':
			t.Fatalf("unescaped %q at %d in %q", out[i], i, out)
		default:
			plain.WriteByte(out[i])
			i++
		}
	}
	if depth != 0 {
		t.Fatalf("%d unclosed marks in %q", depth, out)
	}
	want := strings.ReplaceAll(text, "\x00", "\uFFFD") // HTMLEscapeString replaces NUL
	if got := html.UnescapeString(plain.String()); got != want {
		t.Fatalf("text changed: got %q, want %q", got, want)
	}
}

// TestHighlightGolden renders a document page body and compares it with
// testdata/highlight.golden.html (go test -update rewrites it).
func TestHighlightGolden(t *testing.T) {
	text := "Ukraine and Russia met in Istanbul on 29 March 2022, Ukrainian negotiators said, and offered neutrality. Russia lost 16,100 troops, Kyiv claimed."
	rec := &truce.Record{Document: truce.Document{ID: "golden", Text: text}}
	rec.Entities = []truce.Entity{{KBID: "ukraine", Name: "Ukraine", Type: truce.Place, Mentions: []truce.Span{sp(0, 7)}},
		{KBID: "russia", Name: "Russia", Type: truce.Place, Mentions: []truce.Span{sp(12, 18), sp(105, 111)}}}
	rec.Timexes = []truce.Timex{{Span: sp(38, 51), Type: "date", Value: "2022-03-29"}}
	rec.Attributions = []truce.Attribution{{Span: sp(0, 79), Speaker: "Ukrainian negotiators", Cue: "said", Content: sp(0, 51)}}
	rec.Events = []truce.Event{{Span: sp(0, 51), Type: "talks", Participants: []string{"Ukraine", "Russia"}, Place: "Istanbul", Date: "2022-03-29", Status: "held"}}
	rec.Figures = []truce.Figure{{Span: sp(117, 130), Value: 16100, Unit: "people", Subject: "Russia", ReportedBy: "Kyiv"}}
	rec.Positions = []truce.Position{{Span: sp(85, 103), Party: "ukraine", Issue: "nato_neutrality", Stance: "offer"}}
	got := string(highlight(rec.Text, marks(rec)))
	checkHighlight(t, text, got)
	path := filepath.Join("testdata", "highlight.golden.html")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(strings.TrimSuffix(string(want), "\n"), got); diff != "" {
		t.Errorf("golden mismatch (-want +got):\n%s", diff)
	}
}

// FuzzHighlight feeds arbitrary text and spans: no panic, well-formed and
// escaped output, the text preserved, the same output twice.
func FuzzHighlight(f *testing.F) {
	f.Add("Kyiv said <b>talks</b> & more", 0, 4, 0, 20, 2, 9)
	f.Add("Київ — Москва", 1, 5, 3, 99, -1, 2)
	f.Add("\x00\xff<>\"'", 0, 3, 1, 2, 2, 6)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		ms := []mark{{sp(a, b), "entity", "e0", true}, {sp(c, d), "event", "v0", true},
			{sp(e, g), "date", "t0", true}, {sp(a, d), "attribution", "a0", true}}
		out := string(highlight(text, ms))
		if !utf8.ValidString(text) {
			return // escaping keeps invalid bytes; the invariants below still hold for valid text
		}
		checkHighlight(t, text, out)
		if again := string(highlight(text, ms)); again != out {
			t.Fatalf("not deterministic")
		}
	})
}

func TestEscapeTo(t *testing.T) {
	for _, s := range []string{"", "plain", `<a href="x">'&'</a>`, "\x00nul", "Київ & <Москва>", "\xff\xfe"} {
		var b strings.Builder
		escapeTo(&b, s)
		if want := template.HTMLEscapeString(s); b.String() != want {
			t.Errorf("escapeTo(%q) = %q, want %q", s, b.String(), want)
		}
	}
}
