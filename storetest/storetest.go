// Package storetest is the conformance suite every truce.Store backend runs:
// the same calls must give the same answers on SQLite and PostgreSQL.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/truce-project/truce"
)

// Run runs every conformance test; open returns a new, empty store.
func Run(t *testing.T, open func(t *testing.T) truce.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s truce.Store)
	}{
		{"PutAndRecord", testPutAndRecord},
		{"PutUnchanged", testPutUnchanged},
		{"PutReplaced", testPutReplaced},
		{"RecordNotFound", testRecordNotFound},
		{"PutInvalid", testPutInvalid},
		{"Documents", testDocuments},
		{"Search", testSearch},
		{"SearchSyntax", testSearchSyntax},
		{"Records", testRecords},
		{"Stats", testStats},
		{"Analysis", testAnalysis}, // analysis.go
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

// Sample returns a record with one fact of each kind, its spans inside text.
func Sample(id, source, published, text string) *truce.Record {
	one := 1.0
	rec := &truce.Record{Document: truce.Document{
		ID: id, Source: source, Title: "Title " + id, Published: published, Outlet: "Test Wire",
		Language: "en", Text: text, Ingested: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
	}}
	n := min(len(text), 6)
	span := truce.Span{Start: 0, End: n}
	rec.Entities = []truce.Entity{{KBID: "russia", Name: "Russia", Type: truce.Place, Wikidata: "Q159", Mentions: []truce.Span{span}}}
	rec.Timexes = []truce.Timex{{Span: span, Type: "date", Value: "2022-02-24"}}
	rec.Figures = []truce.Figure{{Span: span, Value: 331110, High: &one, Unit: "people", Via: []string{"Kyiv Independent"}}}
	rec.Attributions = []truce.Attribution{{Span: span, Speaker: "US officials", Anonymous: true, Cue: "said",
		SpeakerSpan: &span, Content: span, Via: []string{"NBC News"}}}
	rec.Events = []truce.Event{{Span: span, Type: "talks", Participants: []string{"Russia", "Ukraine"}, Status: "held"}}
	rec.Positions = []truce.Position{{Span: span, Party: "Russia", Issue: "nato_neutrality", Stance: "demand"}}
	return rec
}

func put(t *testing.T, s truce.Store, rec *truce.Record, want truce.PutResult) {
	t.Helper()
	got, err := s.Put(context.Background(), rec)
	if err != nil {
		t.Fatalf("Put(%s): %v", rec.ID, err)
	}
	if got != want {
		t.Fatalf("Put(%s) = %v, want %v", rec.ID, got, want)
	}
}

var ignoreTime = cmpopts.IgnoreFields(truce.Document{}, "Ingested")

func testPutAndRecord(t *testing.T, s truce.Store) {
	rec := Sample("a1", "a.txt", "2023-12-03", "Russia and Ukraine talked in Istanbul.")
	put(t, s, rec, truce.Inserted)
	got, err := s.Record(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rec, got, ignoreTime, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Record mismatch (-put +got):\n%s", diff)
	}
	if !got.Ingested.Equal(rec.Ingested) {
		t.Errorf("Ingested = %v, want %v", got.Ingested, rec.Ingested)
	}
}

func testPutUnchanged(t *testing.T, s truce.Store) {
	rec := Sample("a1", "a.txt", "", "same text")
	put(t, s, rec, truce.Inserted)
	put(t, s, rec, truce.Unchanged)
	again := Sample("a1", "copy/a.txt", "", "same text")
	put(t, s, again, truce.Unchanged)
	countDocs(t, s, 1)
}

func testPutReplaced(t *testing.T, s truce.Store) {
	put(t, s, Sample("old", "a.txt", "", "old text about Moscow"), truce.Inserted)
	put(t, s, Sample("new", "a.txt", "", "new text about Kyiv"), truce.Replaced)
	countDocs(t, s, 1)
	if _, err := s.Record(context.Background(), "old"); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("old version still there: err = %v", err)
	}
	hits, err := s.Search(context.Background(), truce.SearchQuery{Query: "Moscow"})
	if err != nil || len(hits) != 0 {
		t.Errorf("search finds replaced text: %d hits, err %v", len(hits), err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Facts["entities"] != 1 {
		t.Errorf("entities after replace = %d, want 1 (old facts must go)", st.Facts["entities"])
	}
}

func testRecordNotFound(t *testing.T, s truce.Store) {
	_, err := s.Record(context.Background(), "nope")
	if code := truce.ErrorCode(err); code != truce.ENOTFOUND {
		t.Errorf("Record(nope) code = %q (%v), want %q", code, err, truce.ENOTFOUND)
	}
}

func testPutInvalid(t *testing.T, s truce.Store) {
	_, err := s.Put(context.Background(), &truce.Record{Document: truce.Document{Text: "x"}})
	if code := truce.ErrorCode(err); code != truce.EINVALID {
		t.Errorf("Put without id: code = %q (%v), want %q", code, err, truce.EINVALID)
	}
	countDocs(t, s, 0)
}

func countDocs(t *testing.T, s truce.Store, want int) {
	t.Helper()
	docs, err := s.Documents(context.Background(), truce.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != want {
		t.Errorf("%d documents, want %d", len(docs), want)
	}
}

func testDocuments(t *testing.T, s truce.Store) {
	for i, pub := range []string{"2023-11-04", "", "2022-03-01", "2023-12-03"} {
		put(t, s, Sample(fmt.Sprintf("d%d", i), fmt.Sprintf("d%d.txt", i), pub, "text"+pub), truce.Inserted)
	}
	ids := func(f truce.DocFilter) []string {
		docs, err := s.Documents(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range docs {
			out = append(out, d.ID)
		}
		return out
	}
	tests := []struct {
		name string
		f    truce.DocFilter
		want []string
	}{
		{"all by date, undated last", truce.DocFilter{}, []string{"d2", "d0", "d3", "d1"}},
		{"since", truce.DocFilter{Since: "2023-01-01"}, []string{"d0", "d3"}},
		{"until", truce.DocFilter{Until: "2023-11-30"}, []string{"d2", "d0"}},
		{"page", truce.DocFilter{Limit: 2, Offset: 1}, []string{"d0", "d3"}},
		{"outlet", truce.DocFilter{Outlet: "Nope"}, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, ids(tt.f)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func testSearch(t *testing.T, s truce.Store) {
	put(t, s, Sample("en", "en.txt", "", "Secret negotiations between Russia and Ukraine behind closed doors."), truce.Inserted)
	put(t, s, Sample("ru", "ru.txt", "", "Переговоры между Россией и Украиной продолжаются."), truce.Inserted)
	put(t, s, Sample("de", "de.txt", "", "Gespräche über einen Waffenstillstand in Genf."), truce.Inserted)
	tests := []struct {
		query string
		want  []string
	}{
		{"negotiations", []string{"en"}},
		{`"closed doors"`, []string{"en"}},
		{`"doors closed"`, nil},
		{"negot*", []string{"en"}},
		{"Russia AND Ukraine", []string{"en"}},
		{"Russia NOT Ukraine", nil},
		{"Russia OR Waffenstillstand", []string{"de", "en"}},
		{"переговоры", []string{"ru"}},
		{"Украиной", []string{"ru"}},
		{"gesprache", []string{"de"}}, // diacritics folded
		{"Gen-f: (weird", nil},
	}
	for _, tt := range tests {
		hits, err := s.Search(context.Background(), truce.SearchQuery{Query: tt.query})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Document.ID)
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
			t.Errorf("Search(%q) (-want +got):\n%s", tt.query, diff)
		}
	}
	hits, err := s.Search(context.Background(), truce.SearchQuery{Query: "closed"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search(closed) = %v, %v", hits, err)
	}
	if want := truce.Mark + "closed" + truce.EndMark; !contains(hits[0].Snippet, want) {
		t.Errorf("snippet %q lacks highlighted %q", hits[0].Snippet, want)
	}
}

func testSearchSyntax(t *testing.T, s truce.Store) {
	_, err := s.Search(context.Background(), truce.SearchQuery{Query: "   "})
	if code := truce.ErrorCode(err); code != truce.EINVALID {
		t.Errorf("empty query: code %q (%v), want %q", code, err, truce.EINVALID)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func testRecords(t *testing.T, s truce.Store) {
	for _, id := range []string{"c", "a", "b"} {
		put(t, s, Sample(id, id+".txt", "", "text "+id), truce.Inserted)
	}
	var got []string
	err := s.Records(context.Background(), func(r *truce.Record) error {
		got = append(got, r.ID)
		if len(r.Figures) != 1 {
			t.Errorf("record %s has %d figures, want 1", r.ID, len(r.Figures))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a", "b", "c"}, got); diff != "" {
		t.Errorf("Records order (-want +got):\n%s", diff)
	}
	stop := errors.New("stop")
	if err := s.Records(context.Background(), func(*truce.Record) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("Records does not pass on fn's error: %v", err)
	}
}

func testStats(t *testing.T, s truce.Store) {
	put(t, s, Sample("a", "a.txt", "2022-03-01", "one"), truce.Inserted)
	put(t, s, Sample("b", "b.txt", "2023-12-03", "two"), truce.Inserted)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := &truce.Stats{
		Documents: 2, FirstDate: "2022-03-01", LastDate: "2023-12-03",
		Facts:     map[string]int{"entities": 2, "timexes": 2, "figures": 2, "attributions": 2, "events": 2, "positions": 2},
		Outlets:   map[string]int{"Test Wire": 2},
		Languages: map[string]int{"en": 2},
	}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}
