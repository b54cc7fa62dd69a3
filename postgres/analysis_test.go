package postgres_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
	"github.com/truce-project/truce/storetest"
)

type analysisStore interface {
	truce.Store
	truce.AnalysisStore
}

// TestAnalysisSameAsSQLite runs one scenario of analysis rows on both
// backends: every answer must be the same.
func TestAnalysisSameAsSQLite(t *testing.T) {
	pg := open(t)
	defer pg.Close()
	lite, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "truce.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	want := analysisScenario(t, lite)
	got := analysisScenario(t, pg)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("answers (-sqlite +postgres):\n%s", diff)
	}
	if len(want) < 8 {
		t.Fatalf("scenario gave only %d answers", len(want))
	}
}

// analysisScenario stores documents and rows, then records every answer
// (or error code) in order.
func analysisScenario(t *testing.T, s analysisStore) []any {
	ctx := context.Background()
	for _, d := range []struct{ id, pub string }{{"b", "2023-05-01"}, {"a", "2022-03-01"}, {"c", ""}} {
		if _, err := s.Put(ctx, storetest.Sample(d.id, d.id+".txt", d.pub, "Talks in Istanbul")); err != nil {
			t.Fatal(err)
		}
	}
	row := func(doc, kind, key string, seq int, date string) truce.AnalysisRow {
		return truce.AnalysisRow{DocID: doc, Kind: kind, Key: key, Seq: seq, Date: date, Data: []byte(`{"k":"` + key + `"}`)}
	}
	var out []any
	note := func(v any, err error) { out = append(out, v, truce.ErrorCode(err)) }
	note(nil, s.PutAnalysis(ctx, "a", []truce.AnalysisRow{row("a", "claim", "z", 0, "2022-03-01"), row("a", "claim", "Ä", 1, "2022-03-01"), row("a", "doc", "a", 0, "2022-03-01")}))
	note(nil, s.PutAnalysis(ctx, "b", []truce.AnalysisRow{row("b", "claim", "z", 0, "2023-05-01"), row("b", "claim", "B", 1, "2023-05-01")}))
	note(nil, s.PutAnalysis(ctx, "c", []truce.AnalysisRow{row("c", "claim", "z", 0, ""), row("c", "band", "cut\xd0", 1, "")}))
	note(nil, s.PutAnalysis(ctx, "nope", nil))
	for _, q := range []truce.AnalysisQuery{
		{Kind: "claim"},
		{Kind: "claim", Keys: []string{"z", "B"}},
		{Kind: "claim", Since: "2023-01-01"},
		{Kind: "claim", Until: "2022-12-31"},
		{Kind: "event"},
		{},
	} {
		note(s.AnalysisRows(ctx, q))
	}
	note(s.Unanalysed(ctx, "doc", 0))
	note(s.Unanalysed(ctx, "doc", 1))
	// Replacing a document drops its rows; replacing rows drops the old ones.
	if _, err := s.Put(ctx, storetest.Sample("b2", "b.txt", "2023-05-02", "Talks in Geneva")); err != nil {
		t.Fatal(err)
	}
	note(nil, s.PutAnalysis(ctx, "a", []truce.AnalysisRow{row("a", "claim", "y", 0, "2022-03-01")}))
	note(s.AnalysisRows(ctx, truce.AnalysisQuery{Kind: "claim"}))
	return out
}

// TestAnalysisCutKey: a key cut inside a character (not valid UTF-8, which
// PostgreSQL text refuses) is stored, and found again by the same key.
func TestAnalysisCutKey(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Put(ctx, storetest.Sample("a", "a.txt", "", "Talks")); err != nil {
		t.Fatal(err)
	}
	key := "Зеленск\xd0"
	if err := s.PutAnalysis(ctx, "a", []truce.AnalysisRow{{DocID: "a", Kind: "band", Key: key, Data: []byte(`{}`)}}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.AnalysisRows(ctx, truce.AnalysisQuery{Kind: "band", Keys: []string{key}})
	if err != nil || len(rows) != 1 {
		t.Errorf("AnalysisRows by the cut key = %v, %v; want the row", rows, err)
	}
}
