package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/kb"
)

// goldDoc is the part of a gold annotation this stage is scored on.
type goldDoc struct {
	Published     *string  `json:"published"`
	People        []string `json:"people"`
	Organizations []string `json:"organizations"`
	Places        []string `json:"places"`
}

// corpus is a folder of articles with a folder of gold annotations.
type corpus struct {
	name, texts, gold string
	floor             float64 // lowest entity F1 accepted
}

// The floors are set a little under what the stage scores with the data of
// kb/data at the time of writing (seeds 1.000, examples 0.996). Both sets
// helped write the knowledge base, so unseen articles will score lower;
// the floors guard against regressions, not promise that.
var corpora = []corpus{
	{"seeds", "../../../shared/seeds", "../../../shared/gold/seeds", 0.95},
	{"examples", "../../examples", "../../examples/gold", 0.95},
	{"heldout", "../../eval/testdata/heldout", "../../eval/testdata/heldout/gold", 0.95},
	// fresh was written apart from the knowledge base and scored 0.95 when
	// first added; its canonical names differ in places ("Sergei Lavrov").
	{"fresh", "../../eval/testdata/fresh", "../../eval/testdata/fresh/gold", 0.90},
}

func TestGoldEntities(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(k)
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(c.texts, "*.txt"))
			if len(files) == 0 {
				if os.Getenv("CI") == "true" {
					t.Fatalf("no articles in %s: the gold corpus must be present in CI", c.texts)
				}
				t.Skipf("no articles in %s", c.texts)
			}
			canon := canonicalNames(t, filepath.Join(c.gold, "CANONICAL_NAMES.json"))
			var tp, fp, fn int
			for _, f := range files {
				stem := strings.TrimSuffix(filepath.Base(f), ".txt")
				g, ok := readGold(t, filepath.Join(c.gold, stem+".json"))
				if !ok {
					continue
				}
				got := extracted(t, r, f, g)
				want := goldSet(g, canon)
				for n := range got {
					if !want[canon.norm(n)] {
						fp++
						t.Logf("%s: extra %s", stem, n)
					}
				}
				gotNorm := map[string]bool{}
				for n := range got {
					gotNorm[canon.norm(n)] = true
				}
				for _, n := range sortedKeys(want) {
					if !gotNorm[n] {
						fn++
						t.Logf("%s: missed %s", stem, n)
					}
				}
				tp += len(want) - countMissing(want, gotNorm)
			}
			p, rec, f1 := prf(tp, fp, fn)
			t.Logf("%s entities: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", c.name, p, rec, f1, tp, fp, fn)
			if f1 < c.floor {
				t.Errorf("%s entity F1 %.3f below the floor %.2f", c.name, f1, c.floor)
			}
		})
	}
}

func extracted(t *testing.T, r *Recognizer, file string, g goldDoc) map[string]bool {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Doc{Text: string(b)}
	if g.Published != nil {
		d.Published = day(*g.Published)
	}
	r.Extract(d)
	checkDoc(t, d)
	got := map[string]bool{}
	for _, e := range d.Entities {
		if e.Type != truce.Other { // gold lists only people, bodies and places
			got[e.Type+":"+e.Name] = true
		}
	}
	return got
}

func readGold(t *testing.T, path string) (goldDoc, bool) {
	var g goldDoc
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return g, false
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g, true
}

func goldSet(g goldDoc, canon canonical) map[string]bool {
	want := map[string]bool{}
	for typ, names := range map[string][]string{truce.Person: g.People, truce.Organization: g.Organizations, truce.Place: g.Places} {
		for _, n := range names {
			want[canon.norm(typ+":"+n)] = true
		}
	}
	return want
}

// canonical maps lowered name variants to lowered canonical names.
type canonical map[string]string

func canonicalNames(t *testing.T, path string) canonical {
	c := canonical{}
	b, err := os.ReadFile(path)
	if err != nil {
		return c
	}
	var m map[string][]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for name, variants := range m {
		for _, v := range append(variants, name) {
			c[strings.ToLower(v)] = strings.ToLower(name)
		}
	}
	return c
}

// norm lowers "type:name" and maps the name to its canonical form.
func (c canonical) norm(typed string) string {
	typ, name, _ := strings.Cut(strings.ToLower(typed), ":")
	if n, ok := c[name]; ok {
		name = n
	}
	return typ + ":" + name
}

func countMissing(want, got map[string]bool) int {
	n := 0
	for w := range want {
		if !got[w] {
			n++
		}
	}
	return n
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func prf(tp, fp, fn int) (p, r, f1 float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
