package ingest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden is what a test pins of a parsed document.
type golden struct {
	Source    string `json:"source"`
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Author    string `json:"author,omitempty"`
	Language  string `json:"language,omitempty"`
	Text      string `json:"text,omitempty"`
	Error     string `json:"error,omitempty"`
}

func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/in/*")
	if err != nil || len(files) < 10 {
		t.Fatalf("testdata/in: %d files, %v", len(files), err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var got []golden
			for _, it := range Parse(filepath.Base(file), data) {
				g := golden{Source: it.Source}
				if it.Err != nil {
					g.Error = it.Err.Error()
				} else {
					d := it.Doc
					g = golden{d.Source, d.ID, d.Title, d.Published, d.Outlet, d.Author, d.Language, d.Text, ""}
				}
				got = append(got, g)
			}
			checkGolden(t, filepath.Join("testdata", "golden", filepath.Base(file)+".json"), got)
		})
	}
}

func checkGolden(t *testing.T, path string, got any) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(strings.TrimSpace(string(want)), string(data)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in               string
		title, published, text string
	}{
		{"date line kept byline", " date 2023-11-04 Marta Gichko10:09, 04.11.23\n\nThese talks are informal for now.",
			"", "2023-11-04", "Marta Gichko10:09, 04.11.23\n\nThese talks are informal for now."},
		{"caption loses to headline", "Ukrainian President Volodymyr Zelensky\n\nSecret negotiations between Russia and Ukraine for peace\n\nPeace is approaching.",
			"Secret negotiations between Russia and Ukraine for peace", "", ""},
		{"headline with abbreviation", "The U.S. is informing representatives of Ukraine about its plan.\nThe administration is working on it. It has 28 points.",
			"The U.S. is informing representatives of Ukraine about its plan.", "", ""},
		{"paragraph is no title", "Russia said it was ready to talk. Ukraine sent emissaries to Belarus. Talks start on Thursday.",
			"", "", ""},
		{"dateline with year", "KYIV, March 29, 2022 (Example Wire) – Talks in Istanbul ended with a Russian pledge.", "", "2022-03-29", ""},
		{"date in an opening sentence", "An interview\n\nQ: Let's start on 18 March 2025.\nA: Gladly.", "", "", ""},
		{"byline date", "Talks in Istanbul end without a deal\nBy Jane Doe | 16 May 2025\n\nThe delegations met for two hours.", "Talks in Istanbul end without a deal", "2025-05-16", ""},
		{"dateline without year", "KYIV, March 29 (Example Wire) – Talks in Istanbul ended with a Russian pledge.", "", "", ""},
		{"date deep in text is not publication", "Talks in Istanbul ended\n\nThe delegations first met on March 29, 2022 in the Dolmabahçe palace and talked for three hours about neutrality.",
			"Talks in Istanbul ended", "", ""},
		{"boilerplate removed", "Talks resumed in Geneva on Sunday.\n\nLeave a comment\n\nRelated Articles: recipes\nShare this article",
			"", "", "Talks resumed in Geneva on Sunday."},
		{"sentence about sharing kept", "Share prices fell after the Kremlin rejected the plan, traders said on Monday in Moscow, citing the failed talks and new sanctions announced by the European Union against Russian banks and energy companies in what officials called the toughest package so far, which analysts described as significant for markets.",
			"", "", "Share prices fell after the Kremlin rejected the plan, traders said on Monday in Moscow, citing the failed talks and new sanctions announced by the European Union against Russian banks and energy companies in what officials called the toughest package so far, which analysts described as significant for markets."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			if doc.Published != tt.published {
				t.Errorf("published = %q, want %q", doc.Published, tt.published)
			}
			if tt.text != "" && doc.Text != tt.text {
				t.Errorf("text = %q, want %q", doc.Text, tt.text)
			}
		})
	}
}

func TestJSONKeepsTextExactly(t *testing.T) {
	items := Parse("docs.jsonl", []byte(`{"id":"a","text":"  two  spaces “kept” \n"}`+"\n"))
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	if got, want := items[0].Doc.Text, "  two  spaces “kept” \n"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if got, want := items[0].Doc.Source, "docs.jsonl#a"; got != want {
		t.Errorf("source = %q, want %q", got, want)
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"a.HTM", "", HTML}, {"a.md", "<p>", Text}, {"a.ndjson", "", JSONL},
		{"stdin", "  <!doctype html>", HTML}, {"stdin", "\n{\"text\":1}", JSONL}, {"stdin", "Talks", Text},
	}
	for _, tt := range tests {
		if got := FormatOf(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("FormatOf(%q, %q) = %s, want %s", tt.name, tt.data, got, tt.want)
		}
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte(" date 2023-12-03 x\n\nLeave a Comment\nHello."))
	f.Add([]byte{0xff, 0xfe, 'a', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, Parse("f.txt", data))
	})
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte("<html><head><meta charset=koi8-r><title>t</title></head><body><p>Talks</p>"))
	f.Add([]byte("<script>alert(1)</script><p"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, Parse("f.html", data))
	})
}

func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(`{"text":"a"}` + "\n" + `{"text":`))
	f.Add([]byte(`[{"text":"a","published":"2024-01-02"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, Parse("f.jsonl", data))
	})
}

// checkItems asserts what holds for any input: each item has a document or
// an error, and documents have valid UTF-8 text and a matching id.
func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\x00") == s }

func checkItems(t *testing.T, items []Item) {
	t.Helper()
	for _, it := range items {
		if (it.Doc == nil) == (it.Err == nil) {
			t.Fatalf("item %+v has neither or both of document and error", it)
		}
		if it.Doc == nil {
			continue
		}
		if !utf8Valid(it.Doc.Text) || strings.TrimSpace(it.Doc.Text) == "" || strings.ContainsRune(it.Doc.Text, 0) {
			t.Fatalf("bad text %q", it.Doc.Text)
		}
		if it.Doc.ID != ID(it.Doc.Text) {
			t.Fatalf("id %s does not match text", it.Doc.ID)
		}
	}
}
