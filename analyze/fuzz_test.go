package analyze_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

// FuzzRows feeds arbitrary text and spans (valid or not) through row
// derivation and every view: no panic, evidence inside the text and on rune
// boundaries, and the same output twice.
func FuzzRows(f *testing.F) {
	for _, rec := range loadCorpus(f) {
		f.Add(rec.Text, 0, len(rec.Text)/2, len(rec.Text), "said", "2025-03-01")
	}
	f.Add("Киев не ведёт переговоров, заявил МИД.", 0, 5, 60, "denied", "")
	f.Add("", -3, 7, 2, "", "2025-13-45")
	f.Fuzz(fuzzOne)
}

func fuzzOne(t *testing.T, text string, a, b, c int, cue, date string) {
	{
		rec := fuzzRecord(text, a, b, c, cue, date)
		first, second := analyzer().Rows(rec), analyzer().Rows(rec)
		if !reflect.DeepEqual(first, second) {
			t.Fatalf("Rows not deterministic:\n%s", cmp.Diff(first, second))
		}
		for _, r := range first {
			checkEvidence(t, text, r.Data)
		}
		byKind := map[string][]truce.AnalysisRow{}
		for _, r := range first {
			byKind[r.Kind] = append(byKind[r.Kind], r)
		}
		views := func() []any {
			return []any{
				analyze.BuildStories(byKind[docKind], byKind["band"], analyze.Filter{}),
				analyze.BuildClaims(byKind["claim"], byKind[docKind], analyze.Filter{}),
				analyze.BuildFigures(byKind["figure"], analyze.Filter{}),
				analyze.BuildLedger(byKind["position"], analyze.Filter{AsOf: date}),
				analyze.BuildTimeline(byKind["event"], analyze.Filter{Since: date}),
			}
		}
		if v1, v2 := views(), views(); !reflect.DeepEqual(v1, v2) {
			t.Fatalf("views not deterministic:\n%s", cmp.Diff(v1, v2))
		}
	}
}

func fuzzRecord(text string, a, b, c int, cue, date string) *truce.Record {
	sp := truce.Span{Start: min(a, b), End: max(a, b)}
	wide := truce.Span{Start: min(a, c), End: max(a, c)}
	rec := &truce.Record{Document: truce.Document{ID: "f", Source: "f", Published: date, Text: text}}
	rec.Entities = []truce.Entity{{KBID: "ukraine", Name: "Ukraine", Type: truce.Place, Mentions: []truce.Span{sp}}}
	rec.Attributions = []truce.Attribution{
		{Span: wide, Speaker: "Dmitry Peskov", SpeakerID: "dmitry-peskov", Cue: cue, Content: sp},
		{Span: wide, Speaker: "officials", Anonymous: true, Cue: "said", Via: []string{cue}, Content: sp}}
	rec.Figures = []truce.Figure{{Span: sp, Value: float64(a), Unit: "people", Measure: cue, Subject: "Russia", AsOf: date}}
	rec.Events = []truce.Event{{Span: wide, Type: cue, Status: "planned", Participants: []string{cue, "Russia"}, Date: date}}
	rec.Positions = []truce.Position{{Span: sp, Party: "Russia", Issue: cue, Stance: cue}}
	return rec
}

// checkEvidence finds every evidence object in a row's data and checks its
// span lies within text on rune boundaries.
func checkEvidence(t *testing.T, text string, data []byte) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("row data is not JSON: %v", err)
	}
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if id, ok := x["doc_id"]; ok && id == "f" {
				s, e := int(x["start"].(float64)), int(x["end"].(float64))
				if s < 0 || s > e || e > len(text) {
					t.Fatalf("evidence [%d,%d) outside text of %d bytes", s, e, len(text))
				}
				if s < len(text) && !utf8.RuneStart(text[s]) || e < len(text) && !utf8.RuneStart(text[e]) {
					t.Fatalf("evidence [%d,%d) not on rune boundaries", s, e)
				}
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
}
