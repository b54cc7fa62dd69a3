package position

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/truce-project/truce"

	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/extracttest"
)

type gazetteer = extracttest.Gazetteer

func loadGazetteer(t testing.TB) *gazetteer {
	return extracttest.LoadGazetteer(t, "testdata/gazetteer.json")
}

func attribute(d *extract.Doc, speaker, content string, anonymous, hedged bool) {
	extracttest.Attribute(d, speaker, content, anonymous, hedged)
}

func loadIssues(t testing.TB) []truce.Issue {
	t.Helper()
	b, err := os.ReadFile("testdata/issues.json")
	if err != nil {
		t.Fatal(err)
	}
	var is []truce.Issue
	if err := json.Unmarshal(b, &is); err != nil {
		t.Fatalf("issues: %v", err)
	}
	return is
}
