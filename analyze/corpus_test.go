package analyze_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

// testDoc is a hand-written report whose facts name their evidence by
// quote, so the test corpus stays readable; load turns quotes into spans.
type testDoc struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Entities  []struct {
		ID     string   `json:"id"`
		Name   string   `json:"name"`
		Type   string   `json:"type"`
		Quotes []string `json:"quotes"`
	} `json:"entities"`
	Attributions []struct {
		truce.Attribution
		Quote   string `json:"quote"`
		Content string `json:"content"`
	} `json:"attributions"`
	Figures []struct {
		truce.Figure
		Quote string `json:"quote"`
	} `json:"figures"`
	Events []struct {
		truce.Event
		Quote string `json:"quote"`
	} `json:"events"`
	Positions []struct {
		truce.Position
		Quote string `json:"quote"`
	} `json:"positions"`
}

// loadCorpus reads testdata/corpus.json into records.
func loadCorpus(t testing.TB) []*truce.Record {
	t.Helper()
	data, err := os.ReadFile("testdata/corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var docs []testDoc
	if err := json.Unmarshal(data, &docs); err != nil {
		t.Fatal(err)
	}
	var recs []*truce.Record
	for _, d := range docs {
		recs = append(recs, d.record(t))
	}
	return recs
}

func (d *testDoc) record(t testing.TB) *truce.Record {
	at := func(q string, within truce.Span) truce.Span {
		i := strings.Index(d.Text[within.Start:within.End], q)
		if i < 0 || q == "" {
			t.Fatalf("%s: quote %q not in text", d.ID, q)
		}
		return truce.Span{Start: within.Start + i, End: within.Start + i + len(q)}
	}
	all := truce.Span{End: len(d.Text)}
	rec := &truce.Record{Document: truce.Document{ID: d.ID, Source: d.ID + ".txt", Title: d.Title,
		Published: d.Published, Outlet: d.Outlet, Language: "en", Text: d.Text}}
	for _, e := range d.Entities {
		ent := truce.Entity{KBID: e.ID, Name: e.Name, Type: e.Type}
		for _, q := range e.Quotes {
			for off := 0; ; {
				i := strings.Index(d.Text[off:], q)
				if i < 0 {
					break
				}
				ent.Mentions = append(ent.Mentions, truce.Span{Start: off + i, End: off + i + len(q)})
				off += i + len(q)
			}
		}
		rec.Entities = append(rec.Entities, ent)
	}
	for _, a := range d.Attributions {
		a.Span = at(a.Quote, all)
		a.Attribution.Content = at(a.Content, a.Span)
		rec.Attributions = append(rec.Attributions, a.Attribution)
	}
	for _, f := range d.Figures {
		f.Span = at(f.Quote, all)
		rec.Figures = append(rec.Figures, f.Figure)
	}
	for _, e := range d.Events {
		e.Span = at(e.Quote, all)
		rec.Events = append(rec.Events, e.Event)
	}
	for _, p := range d.Positions {
		p.Span = at(p.Quote, all)
		rec.Positions = append(rec.Positions, p.Position)
	}
	return rec
}

const docKind = analyze.DocKind
