package analyze_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var analyzer = sync.OnceValue(func() *analyze.Analyzer {
	a, err := analyze.Default()
	if err != nil {
		panic(err)
	}
	return a
})

// corpusRows derives the rows of the test corpus, grouped by kind.
func corpusRows(t testing.TB) map[string][]truce.AnalysisRow {
	byKind := map[string][]truce.AnalysisRow{}
	for _, rec := range loadCorpus(t) {
		for _, r := range analyzer().Rows(rec) {
			byKind[r.Kind] = append(byKind[r.Kind], r)
		}
	}
	return byKind
}

// golden compares v with testdata/golden/name.json, rewriting it with -update.
func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)+"\n"); diff != "" {
		t.Errorf("%s differs from golden (-want +got):\n%s", path, diff)
	}
}

func TestGolden(t *testing.T) {
	rows := corpusRows(t)
	views := map[string]any{
		"stories":   analyze.BuildStories(rows[docKind], rows["band"], analyze.Filter{}),
		"claims":    analyze.BuildClaims(rows["claim"], rows[docKind], analyze.Filter{}),
		"figures":   analyze.BuildFigures(rows["figure"], analyze.Filter{}),
		"positions": analyze.BuildLedger(rows["position"], analyze.Filter{}),
		"timeline":  analyze.BuildTimeline(rows["event"], analyze.Filter{}),
	}
	for name, v := range views {
		t.Run(name, func(t *testing.T) { golden(t, name, v) })
	}
}

// findClaim returns the claim with a report from doc, or fails.
func findClaim(t *testing.T, claims []analyze.Claim, doc, speaker string) analyze.Claim {
	t.Helper()
	for _, c := range claims {
		for _, r := range c.Reports {
			if r.DocID == doc && r.Speaker == speaker {
				return c
			}
		}
	}
	t.Fatalf("no claim reported by %s in %s", speaker, doc)
	return analyze.Claim{}
}

func TestClaims(t *testing.T) {
	claims := analyze.BuildClaims(corpusRows(t)["claim"], corpusRows(t)[docKind], analyze.Filter{})
	type summary struct {
		Reports int
		Origins []string
		Status  string
		Denials []string // kind and denying speaker
	}
	tests := []struct {
		name         string
		doc, speaker string
		want         summary
	}{
		{"one origin from three outlets", "plan-a", "officials",
			summary{3, []string{"axios"}, analyze.SingleSource, nil}},
		{"corroborated from two origins", "truce-reuters", "US officials",
			summary{2, []string{"le monde", "reuters"}, analyze.Corroborated, nil}},
		{"denial and contradiction linked, a wire copy no second origin", "secret-copy", "Western officials",
			summary{2, []string{"vostok monitor"}, analyze.Denied,
				[]string{"contradicted by Andrii Sybiha", "denied by Dmitry Peskov"}}},
		{"one origin at the end of via chains of any depth", "hersh-2", "Seymour Hersh",
			summary{3, []string{"seymour hersh"}, analyze.SingleSource, nil}},
		{"a named speaker is the origin, whoever relays", "peskov-1", "Dmitry Peskov",
			summary{2, []string{"dmitry peskov"}, analyze.SingleSource, nil}},
		{"a denial is no claim's report", "secret-denial", "Dmitry Peskov",
			summary{1, []string{"dmitry peskov"}, analyze.SingleSource, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := findClaim(t, claims, tt.doc, tt.speaker)
			got := summary{Reports: len(c.Reports), Origins: c.Origins, Status: c.Status}
			for _, d := range c.Denials {
				got.Denials = append(got.Denials, d.Kind+" by "+d.Speaker)
				if d.Evidence.DocID != "secret-denial" || d.Evidence.End <= d.Evidence.Start {
					t.Errorf("denial evidence %+v does not point into the denying report", d.Evidence)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("claim %q (-want +got):\n%s", c.Text, diff)
			}
		})
	}
}

func TestFigures(t *testing.T) {
	groups := analyze.BuildFigures(corpusRows(t)["figure"], analyze.Filter{})
	byKey := map[string]analyze.FigureGroup{}
	for _, g := range groups {
		byKey[g.Key] = g
	}
	first := byKey["russia|killed|people|2022-02-24"]
	var parties []string
	for _, v := range first.Values {
		parties = append(parties, v.ReportedBy+"/"+v.Party+"/"+map[bool]string{true: "party", false: "not"}[v.PartyToConflict])
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"three reporters", first.Reporters, []string{"Ministry of Defence of the Russian Federation", "US officials", "Volodymyr Zelensky"}},
		{"contested", first.Contested, true},
		{"spread", []float64{first.Min, first.Max}, []float64{498, 9000}},
		{"parties to the conflict", parties, []string{
			"Ministry of Defence of the Russian Federation/Russia/party", "US officials/United States/not",
			"Volodymyr Zelensky/Ukraine/party"}},
		{"cumulative series", seriesOf(byKey["russia|losses|people|"]), []string{"General Staff of the Armed Forces of Ukraine cumulative 880000 881200"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestLedger(t *testing.T) {
	rows := corpusRows(t)["position"]
	stance := func(f analyze.Filter) string {
		for _, c := range analyze.BuildLedger(rows, f) {
			if c.Party == "Russia" && c.Issue == "ceasefire" {
				var s string
				for _, ch := range c.Changes {
					s += ch.Date + " " + ch.Kind + " " + ch.To + "; "
				}
				return c.Stance + " since " + c.Since + ": " + s
			}
		}
		return "none"
	}
	tests := []struct {
		name string
		f    analyze.Filter
		want string
	}{
		{"softening, then hardening by the report's main stance", analyze.Filter{},
			"demand since 2025-04-01: 2025-03-01 new reject; 2025-03-20 softening consider; 2025-04-01 hardening demand; "},
		{"as of after the softening", analyze.Filter{AsOf: "2025-03-31"}, "consider since 2025-03-20: 2025-03-01 new reject; 2025-03-20 softening consider; "},
		{"as of before the change", analyze.Filter{AsOf: "2025-03-10"}, "reject since 2025-03-01: 2025-03-01 new reject; "},
		{"as of before anything", analyze.Filter{AsOf: "2025-01-01"}, "none"},
		{"other party filtered out", analyze.Filter{Party: "Ukraine"}, "none"},
		{"party by whole words", analyze.Filter{Party: "US"}, "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stance(tt.f); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTimeline(t *testing.T) {
	rows := corpusRows(t)["event"]
	tests := []struct {
		name string
		f    analyze.Filter
		want []string // place, statuses, sources of each event
	}{
		{"planned then cancelled is one event", analyze.Filter{Party: "Vladimir Putin"},
			[]string{"Budapest 2025-04-20 summit: planned → cancelled, 3 sources"}},
		{"close dates merge", analyze.Filter{Type: "talks"},
			[]string{"Jeddah 2025-03-17 talks: planned, 2 sources"}},
		{"date range", analyze.Filter{Since: "2025-04-01", Until: "2025-04-30"},
			[]string{"Budapest 2025-04-20 summit: planned → cancelled, 3 sources"}},
		{"nothing of that type", analyze.Filter{Type: "ceasefire"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range analyze.BuildTimeline(rows, tt.f) {
				s := ""
				for i, st := range e.Statuses {
					if i > 0 {
						s += " → "
					}
					s += st.Status
				}
				got = append(got, e.Place+" "+e.Date+" "+e.Type+": "+s+", "+itoa(len(e.Sources))+" sources")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestStories(t *testing.T) {
	rows := corpusRows(t)
	got := map[string][]string{}
	for _, s := range analyze.BuildStories(rows[docKind], rows["band"], analyze.Filter{}) {
		for _, d := range s.Documents {
			id := d.DocID
			if d.DuplicateOf != "" {
				id += " (copy of " + d.DuplicateOf + ")"
			}
			got[s.ID] = append(got[s.ID], id)
		}
	}
	tests := []struct {
		name, story string
		want        []string
	}{
		{"re-reports of a scoop, and an undated report joins one story only", "plan-a",
			[]string{"plan-a", "plan-b", "plan-c", "undated-roundup"}},
		{"wire copy and follow-up", "summit-planned", []string{"summit-planned", "wire-copy (copy of summit-planned)", "summit-cancelled"}},
		{"unrelated report alone", "pos-1", []string{"pos-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, got[tt.story]); diff != "" {
				t.Errorf("story %s (-want +got):\n%s", tt.story, diff)
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestRowOrder checks that views do not depend on the order rows arrive in:
// a store returns them by key, a test by document.
func TestRowOrder(t *testing.T) {
	rows := corpusRows(t)
	reversed := map[string][]truce.AnalysisRow{}
	for k, rs := range rows {
		for i := len(rs) - 1; i >= 0; i-- {
			reversed[k] = append(reversed[k], rs[i])
		}
	}
	views := func(rows map[string][]truce.AnalysisRow) []any {
		return []any{
			analyze.BuildStories(rows[docKind], rows["band"], analyze.Filter{}),
			analyze.BuildClaims(rows["claim"], rows[docKind], analyze.Filter{}),
			analyze.BuildFigures(rows["figure"], analyze.Filter{}),
			analyze.BuildLedger(rows["position"], analyze.Filter{}),
			analyze.BuildTimeline(rows["event"], analyze.Filter{}),
		}
	}
	if diff := cmp.Diff(views(rows), views(reversed)); diff != "" {
		t.Errorf("views depend on row order (-in order +reversed):\n%s", diff)
	}
}

func seriesOf(g analyze.FigureGroup) []string {
	var out []string
	for _, s := range g.Series {
		line := s.ReportedBy
		if s.Cumulative {
			line += " cumulative"
		}
		for _, p := range s.Points {
			line += " " + itoa(int(p.Value))
		}
		out = append(out, line)
	}
	return out
}
