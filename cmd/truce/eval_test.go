package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalErrors scores a document against gold kept in a folder beside it:
// the gold files are not reported as failed documents, and --errors names
// the one event the extractor cannot know about.
func TestEvalErrors(t *testing.T) {
	dir := t.TempDir()
	text := "Russian and Ukrainian delegations met in Istanbul on Friday, the Turkish foreign ministry said.\n"
	if err := os.WriteFile(filepath.Join(dir, "doc.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold")
	if err := os.Mkdir(gold, 0o755); err != nil {
		t.Fatal(err)
	}
	g := `{"id":"doc","published":null,"people":[],"organizations":[],"places":["Istanbul"],"figures":[],
		"attributions":[],"events":[{"type":"vote","participants":[],"place":null,"date":null,"status":"held",
		"quote":"delegations met in Istanbul"}]}`
	if err := os.WriteFile(filepath.Join(gold, "doc.json"), []byte(g), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, filepath.Join(dir, "unused.db"), "eval", "--gold", gold, "--docs", dir, "--errors", "--json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var rep struct {
		Misses []struct{ Kind, What, Text, Want string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	found := false
	for _, m := range rep.Misses {
		if m.Kind == "events (span+type)" && m.What == "missed" && m.Want == "vote" && strings.Contains(m.Text, "delegations met") {
			found = true
		}
	}
	if !found {
		t.Errorf("the missed vote is not listed: %+v", rep.Misses)
	}
}
