package figure

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// goldFile is the part of a gold annotation file this stage is scored on.
type goldFile struct {
	Published string       `json:"published"`
	Figures   []goldFigure `json:"figures"`
	Attrs     []struct {
		Speaker   string   `json:"speaker"`
		Via       []string `json:"via"`
		Anonymous bool     `json:"anonymous"`
		Quote     string   `json:"quote"`
	} `json:"attributions"`
}

type goldFigure struct {
	Value      float64 `json:"value"`
	Approx     bool    `json:"approx"`
	Unit       string  `json:"unit"`
	Subject    string  `json:"subject"`
	ReportedBy *string `json:"reported_by"`
	AsOf       *string `json:"as_of"`
	Quote      string  `json:"quote"`
}

// corpus lists text files with their gold files: the shared seeds and the
// repository's plain-text examples.
func corpus(t *testing.T) [][2]string {
	var out [][2]string
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(seeds) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("../../../shared/seeds is missing")
		}
		t.Skip("../../../shared/seeds is missing")
	}
	for _, f := range seeds {
		out = append(out, [2]string{f, "../../../shared/gold/seeds/" + strings.TrimSuffix(filepath.Base(f), ".txt") + ".json"})
	}
	examples, _ := filepath.Glob("../../examples/*.txt")
	for _, f := range examples {
		out = append(out, [2]string{f, "../../examples/gold/" + strings.TrimSuffix(filepath.Base(f), ".txt") + ".json"})
	}
	return out
}

// goldDoc builds a Doc for a corpus file: gazetteer mentions, month-day
// dates and the gold attributions standing in for the other stages.
func goldDoc(t *testing.T, txtPath, goldPath string) (*extract.Doc, goldFile) {
	b, err := os.ReadFile(txtPath)
	if err != nil {
		t.Fatal(err)
	}
	g, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gf goldFile
	if err := json.Unmarshal(g, &gf); err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	text := string(b)
	pub, _ := time.Parse("2006-01-02", gf.Published)
	d := &extract.Doc{Text: text, Published: pub, Mentions: mentionsOf(text), Timexes: datesOf(text, pub)}
	for _, a := range gf.Attrs {
		i := strings.Index(text, a.Quote)
		if i < 0 {
			continue
		}
		sp := truce.Span{Start: i, End: i + len(a.Quote)}
		d.Attributions = append(d.Attributions, truce.Attribution{Span: sp, Speaker: a.Speaker, Via: a.Via, Anonymous: a.Anonymous, Content: sp})
	}
	return d, gf
}

// TestGoldCorpus scores the stage against the hand annotations: a gold
// figure is found when a figure has its value and overlaps its quote.
func TestGoldCorpus(t *testing.T) {
	var gold, found, extracted, matchedBy, matchedSubject int
	for _, c := range corpus(t) {
		d, gf := goldDoc(t, c[0], c[1])
		figs := Extract(d)
		extracted += len(figs)
		used := make([]bool, len(figs))
		for _, g := range gf.Figures {
			gold++
			i := strings.Index(d.Text, g.Quote)
			k := -1
			for n, f := range figs {
				if !used[n] && f.Value == g.Value && i >= 0 && f.Start < i+len(g.Quote) && i < f.End {
					k = n
					break
				}
			}
			if k < 0 {
				t.Logf("%s: missed %v %q", filepath.Base(c[0]), g.Value, g.Quote)
				continue
			}
			used[k] = true
			found++
			f := figs[k]
			if g.ReportedBy != nil && *g.ReportedBy == f.ReportedBy || g.ReportedBy == nil && f.ReportedBy == "" {
				matchedBy++
			} else {
				t.Logf("%s: %q reported_by %q, gold %v", filepath.Base(c[0]), g.Quote, f.ReportedBy, deref(g.ReportedBy))
			}
			if g.Subject == f.Subject {
				matchedSubject++
			} else {
				t.Logf("%s: %q subject %q, gold %q", filepath.Base(c[0]), g.Quote, f.Subject, g.Subject)
			}
		}
		for n, f := range figs {
			if !used[n] {
				t.Logf("%s: extra %v %q", filepath.Base(c[0]), f.Value, d.Text[f.Start:f.End])
			}
		}
	}
	recall := float64(found) / float64(gold)
	precision := float64(found) / float64(max(extracted, 1))
	t.Logf("gold %d, extracted %d, found %d: recall %.2f, precision %.2f; reported_by %d/%d, subject %d/%d",
		gold, extracted, found, recall, precision, matchedBy, found, matchedSubject, found)
	if recall < 0.85 || precision < 0.85 {
		t.Errorf("recall %.2f, precision %.2f: want both ≥ 0.85", recall, precision)
	}
	if float64(matchedBy) < 0.8*float64(found) {
		t.Errorf("reported_by right for %d of %d matched figures: want ≥ 80%%", matchedBy, found)
	}
}

func deref(s *string) string {
	if s == nil {
		return "<null>"
	}
	return *s
}
