// Package extracttest holds test helpers shared by the extraction stages:
// a small gazetteer that stands in for the entity and timex stages, so a
// stage's tests do not depend on the knowledge base.
package extracttest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
)

// Gazetteer is a stand-in for the entity and timex stages: surface strings
// with what those stages would say about them.
type Gazetteer struct {
	Mentions []struct {
		Text, Name, Type, Kind, Party string
		Adjective                     bool
	}
	Timexes []struct{ Text, Type, Value string }
}

// LoadGazetteer reads a gazetteer from a JSON file (testdata/gazetteer.json).
func LoadGazetteer(t testing.TB, path string) *Gazetteer {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g Gazetteer
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	sort.SliceStable(g.Mentions, func(i, j int) bool { return len(g.Mentions[i].Text) > len(g.Mentions[j].Text) })
	return &g
}

// Annotate builds the Doc the earlier stages would hand over: sentences,
// longest-match mentions at word boundaries, timexes.
func (g *Gazetteer) Annotate(text, published string) *extract.Doc {
	d := &extract.Doc{Text: text, Sentences: sentence.Split(text)}
	if published != "" {
		d.Published, _ = time.Parse("2006-01-02", published)
	}
	entity := map[string]int{}
	for i := 0; i < len(text); i++ {
		if i > 0 && isWordByte(text[i-1]) {
			continue
		}
		for _, m := range g.Mentions {
			if !strings.HasPrefix(text[i:], m.Text) || (i+len(m.Text) < len(text) && isWordByte(text[i+len(m.Text)])) {
				continue
			}
			idx := -1
			if !m.Adjective {
				if _, ok := entity[m.Name]; !ok {
					entity[m.Name] = len(d.Entities)
					d.Entities = append(d.Entities, truce.Entity{Name: m.Name, Type: m.Type})
				}
				idx = entity[m.Name]
			}
			sp := truce.Span{Start: i, End: i + len(m.Text)}
			d.Mentions = append(d.Mentions, extract.Mention{Span: sp, Entity: idx, Name: m.Name, Type: m.Type, Kind: m.Kind, Party: m.Party})
			i += len(m.Text) - 1
			break
		}
	}
	for _, tx := range g.Timexes {
		for off := 0; ; {
			k := strings.Index(text[off:], tx.Text)
			if k < 0 {
				break
			}
			d.Timexes = append(d.Timexes, truce.Timex{Span: truce.Span{Start: off + k, End: off + k + len(tx.Text)}, Type: tx.Type, Value: tx.Value})
			off += k + len(tx.Text)
		}
	}
	sort.Slice(d.Timexes, func(i, j int) bool { return d.Timexes[i].Start < d.Timexes[j].Start })
	return d
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Attribute adds an attribution whose speaker and content are the given
// substrings of d.Text.
func Attribute(d *extract.Doc, speaker, content string, anonymous, hedged bool) {
	s := strings.Index(d.Text, speaker)
	c := strings.Index(d.Text, content)
	if s < 0 || c < 0 {
		panic("attribute: " + speaker + " / " + content)
	}
	sp := truce.Span{Start: s, End: s + len(speaker)}
	cs := truce.Span{Start: c, End: c + len(content)}
	d.Attributions = append(d.Attributions, truce.Attribution{
		Span: truce.Span{Start: min(s, c), End: max(sp.End, cs.End)}, Speaker: speaker,
		Anonymous: anonymous, Hedged: hedged, SpeakerSpan: &sp, Content: cs,
	})
}

// SeedTexts reads the shared seed articles in dir, keyed by file name
// without .txt. When the folder is missing it skips the test, except under
// CI=true, where the seeds must be there and the test fails.
func SeedTexts(t testing.TB, dir string) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no seed articles in %s", dir)
		}
		t.Skipf("no seed articles in %s", dir)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	return out
}

// Golden compares got with the JSON in path, after rewriting the file from
// got when update is set (go test -update).
func Golden[T any](t testing.TB, path string, got T, update bool) {
	t.Helper()
	if update {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	var want T
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// CheckSpan fails the test unless s is a non-empty span of text on rune
// boundaries.
func CheckSpan(t testing.TB, text string, s truce.Span) {
	t.Helper()
	if !s.Valid(len(text)) || s.Len() == 0 {
		t.Fatalf("span %v out of bounds (%d bytes)", s, len(text))
	}
	if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
		t.Fatalf("span %v not on rune boundaries", s)
	}
}
