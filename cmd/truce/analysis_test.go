package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/truce-project/truce/analyze"
	"github.com/truce-project/truce/sqlite"
)

// TestAnalysisViews ingests the examples and reads every cross-report view:
// the re-reported plan is one story, the Budapest summit is one event
// planned then cancelled, the Russian losses are contested by three
// reporters, and ingest stored the analysis rows as it went.
func TestAnalysisViews(t *testing.T) {
	db := filepath.Join(t.TempDir(), "truce.db")
	ex, _ := filepath.Glob("../../examples/*.*")
	var inputs []string
	for _, p := range ex {
		if !strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, ".md") {
			inputs = append(inputs, p)
		}
	}
	mustRun(t, db, append([]string{"ingest", "--quiet"}, inputs...)...)
	assertAnalysed(t, db)

	var stories []analyze.Story
	decodeView(t, db, &stories, "stories")
	if !hasStory(stories, 3, "28-point") {
		t.Errorf("no story of 3 reports on the 28-point plan in %d stories", len(stories))
	}
	var events []analyze.TimelineEvent
	decodeView(t, db, &events, "timeline", "--party", "Putin")
	if !plannedThenCancelled(events, "Budapest") {
		t.Errorf("no Budapest event planned then cancelled in %+v", events)
	}
	var groups []analyze.FigureGroup
	decodeView(t, db, &groups, "figures", "--type", "killed")
	if len(groups) == 0 || len(groups[0].Reporters) < 3 || !groups[0].Contested {
		t.Errorf("no contested figure with 3 reporters: %+v", groups)
	}
	var claims []analyze.Claim
	decodeView(t, db, &claims, "claims", "--all")
	var cells []analyze.PositionCell
	decodeView(t, db, &cells, "positions", "--as-of", "2022-12-31")
	for _, c := range cells {
		if c.Since > "2022-12-31" {
			t.Errorf("position as of 2022 dated %s", c.Since)
		}
	}
	for _, cmd := range []string{"stories", "claims", "figures", "positions", "timeline"} {
		if out := mustRun(t, db, cmd); strings.TrimSpace(out) == "" {
			t.Errorf("%s prints nothing", cmd)
		}
	}
	if _, errOut, code := run(t, db, "timeline", "--bogus"); code != 2 || !strings.Contains(errOut, "usage") {
		t.Errorf("bad flag: exit %d, stderr %q", code, errOut)
	}
	if _, errOut, code := run(t, db, "claims", "--since", "last week"); code != 1 || !strings.Contains(errOut, "YYYY-MM-DD") {
		t.Errorf("bad date: exit %d, stderr %q", code, errOut)
	}
}

func assertAnalysed(t *testing.T, db string) {
	t.Helper()
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ids, err := s.Unanalysed(context.Background(), analyze.DocKind, 0); err != nil || len(ids) != 0 {
		t.Errorf("after ingest, documents without analysis rows: %v, %v", ids, err)
	}
}

func decodeView(t *testing.T, db string, into any, args ...string) {
	t.Helper()
	out := mustRun(t, db, append(args, "--json")...)
	if err := json.Unmarshal([]byte(out), into); err != nil {
		t.Fatalf("%v --json: %v\n%s", args, err, out)
	}
}

func hasStory(stories []analyze.Story, n int, title string) bool {
	for _, s := range stories {
		if len(s.Documents) == n && strings.Contains(s.Title, title) {
			return true
		}
	}
	return false
}

// plannedThenCancelled reports whether one event at place was reported
// planned and, last, cancelled.
func plannedThenCancelled(events []analyze.TimelineEvent, place string) bool {
	for _, e := range events {
		planned := false
		for _, s := range e.Statuses {
			planned = planned || s.Status == "planned"
		}
		if e.Place == place && planned && e.Status == "cancelled" {
			return true
		}
	}
	return false
}
