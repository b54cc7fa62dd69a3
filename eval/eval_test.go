package eval

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
)

func TestNamesKey(t *testing.T) {
	n := NewNames()
	n.Add(map[string][]string{"Valerii Zaluzhnyi": {"Valery Zaluzhny", "Zaluzhny"}})
	tests := []struct{ a, b string }{
		{"Valery Zaluzhny", "valerii zaluzhnyi"},
		{"Laterrière", "laterriere"},
		{"The New York Times", "New York Times"},
		{"Kyiv  Independent", "kyiv independent"},
	}
	for _, tt := range tests {
		if n.Key(tt.a) != n.Key(tt.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", tt.a, n.Key(tt.a), tt.b, n.Key(tt.b))
		}
	}
	if n.Key("Valery Gerasimov") == n.Key("Valery Zaluzhny") {
		t.Error("different people share a key")
	}
}

func TestScore(t *testing.T) {
	text := "Russia has lost 331,110 men, the General Staff reported. Talks were held in Minsk."
	fsys := fstest.MapFS{
		"doc1.json": {Data: []byte(`{"id":"doc1","published":"2023-12-03",
			"people":[],"organizations":["General Staff of the Armed Forces of Ukraine"],"places":["Russia","Minsk"],
			"figures":[{"value":331110,"approx":false,"unit":"people","reported_by":"General Staff of the Armed Forces of Ukraine","quote":"Russia has lost 331,110 men"}],
			"attributions":[{"speaker":"General Staff of the Armed Forces of Ukraine","via":[],"anonymous":false,"quote":"Russia has lost 331,110 men, the General Staff reported"}],
			"events":[{"type":"talks","participants":["Russia"],"place":"Minsk","date":null,"status":"held","quote":"Talks were held in Minsk"}]}`)},
		"CANONICAL_NAMES.json": {Data: []byte(`{"General Staff of the Armed Forces of Ukraine":["General Staff"]}`)},
		"missing.json":         {Data: []byte(`{"id":"missing","people":["Vladimir Putin"]}`)},
	}
	set, err := LoadDir(fsys)
	if err != nil {
		t.Fatal(err)
	}
	rec := &truce.Record{Document: truce.Document{ID: "x", Source: "in/doc1.txt", Published: "2023-12-03", Text: text}}
	rec.Entities = []truce.Entity{
		{Name: "General Staff", Type: truce.Organization}, {Name: "Russia", Type: truce.Place},
		{Name: "Kyiv", Type: truce.Place}, // false positive
	}
	rec.Figures = []truce.Figure{{Span: truce.Span{Start: 16, End: 27}, Value: 331110, Unit: "people", ReportedBy: "General Staff"},
		{Span: truce.Span{Start: 0, End: 6}, Value: 7}} // false positive
	rec.Attributions = []truce.Attribution{{Span: truce.Span{Start: 0, End: 55}, Speaker: "General Staff"}}
	rec.Events = []truce.Event{{Span: truce.Span{Start: 57, End: 82}, Type: "meeting", Status: "held"}} // wrong type
	rep := Score([]*truce.Record{rec}, set)

	want := map[string]Count{
		"organizations":               {TP: 1},
		"places":                      {TP: 1, FP: 1, FN: 1},
		"people":                      {FN: 1},
		"figures":                     {TP: 1, FP: 1},
		"attributions (span+speaker)": {TP: 1},
		"events (span+type)":          {FP: 1, FN: 1},
	}
	for k, w := range want {
		if got := *rep.Kinds[k]; got != w {
			t.Errorf("%s = %+v, want %+v", k, got, w)
		}
	}
	if rep.Missing != 1 || rep.Documents != 2 {
		t.Errorf("documents %d missing %d, want 2 and 1", rep.Documents, rep.Missing)
	}
	if a := rep.Attributes["figure reported_by"]; *a != (Accuracy{1, 1}) {
		t.Errorf("figure reported_by = %+v", a)
	}
	if c := *rep.Kinds["figures"]; c.Precision() != 0.5 || c.Recall() != 1 {
		t.Errorf("figures P %v R %v", c.Precision(), c.Recall())
	}

	wantMisses := []Miss{
		{Doc: "doc1", Kind: "places", What: "missed", Text: "Minsk"},
		{Doc: "doc1", Kind: "places", What: "spurious", Text: "Kyiv"},
		{Doc: "doc1", Kind: "figures", What: "spurious", Text: "Russia", Got: "7"},
		{Doc: "doc1", Kind: "events (span+type)", What: "missed", Text: "Talks were held in Minsk", Want: "talks"},
		{Doc: "doc1", Kind: "events (span+type)", What: "spurious", Text: "Talks were held in Minsk.", Got: "meeting"},
		{Doc: "missing", Kind: "people", What: "missed", Text: "Vladimir Putin"},
	}
	if diff := cmp.Diff(wantMisses, rep.Misses); diff != "" {
		t.Errorf("misses (-want +got):\n%s", diff)
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("é", 100)
	got := clip(long)
	if !utf8.ValidString(got) || !strings.HasSuffix(got, "…") || len(got) > maxText+len("…") {
		t.Errorf("clip(%d bytes) = %q", len(long), got)
	}
	if got := clip("a\n  b"); got != "a b" {
		t.Errorf("clip folds spaces: got %q", got)
	}
}
