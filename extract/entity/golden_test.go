package entity

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden is what a golden file holds: the entities and the mentions with
// their text, so that a diff is readable.
type golden struct {
	Entities []truce.Entity `json:"entities"`
	Mentions []goldMention  `json:"mentions"`
}

type goldMention struct {
	extract.Mention
	Text string `json:"text"`
}

// TestGolden runs the recogniser with the fixed knowledge base of
// testdata/kb on articles written in the style of the seeds, so that names
// it lacks exercise the guessing, and compares with testdata/golden.
func TestGolden(t *testing.T) {
	r := New(testKB(t))
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := &extract.Doc{Text: string(b), Published: day("2025-11-20")}
			r.Extract(d)
			checkDoc(t, d)
			got := golden{Entities: d.Entities}
			for _, m := range d.Mentions {
				got.Mentions = append(got.Mentions, goldMention{m, d.Text[m.Start:m.End]})
			}
			path := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				out, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want golden
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s differs (-want +got); review and run with -update:\n%s", path, diff)
			}
		})
	}
}
