package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
)

// testAnalysis checks truce.AnalysisStore: rows replaced per document,
// selected by kind, keys and dates in key order, gone with their document.
func testAnalysis(t *testing.T, s truce.Store) {
	as, ok := s.(truce.AnalysisStore)
	if !ok {
		t.Skip("backend does not implement truce.AnalysisStore")
	}
	ctx := context.Background()
	put(t, s, Sample("a", "a.txt", "2025-03-01", "alpha"), truce.Inserted)
	put(t, s, Sample("b", "b.txt", "2025-04-01", "beta"), truce.Inserted)
	put(t, s, Sample("c", "c.txt", "", "gamma"), truce.Inserted)
	row := func(doc, kind, key string, seq int, date string) truce.AnalysisRow {
		return truce.AnalysisRow{DocID: doc, Kind: kind, Key: key, Seq: seq, Date: date, Data: []byte(`{"k":"` + key + `","ü":1}`)}
	}
	putRows := func(doc string, rows ...truce.AnalysisRow) {
		t.Helper()
		if err := as.PutAnalysis(ctx, doc, rows); err != nil {
			t.Fatalf("PutAnalysis(%s): %v", doc, err)
		}
	}
	putRows("a", row("a", "claim", "old", 0, "2025-03-01"))
	putRows("a", row("a", "claim", "k2", 0, "2025-03-01"), row("a", "claim", "k1", 1, "2025-03-01"), row("a", "doc", "a", 0, "2025-03-01"))
	putRows("b", row("b", "claim", "k1", 0, "2025-04-01"))
	putRows("c", row("c", "claim", "k3", 0, ""), row("c", "doc", "c", 0, ""))
	if err := as.PutAnalysis(ctx, "nope", []truce.AnalysisRow{row("nope", "doc", "x", 0, "")}); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("PutAnalysis of an absent document: err = %v, want %s", err, truce.ENOTFOUND)
	}
	tests := []struct {
		name string
		q    truce.AnalysisQuery
		want []truce.AnalysisRow
	}{
		{"kind, by key then doc", truce.AnalysisQuery{Kind: "claim"}, []truce.AnalysisRow{
			row("a", "claim", "k1", 1, "2025-03-01"), row("b", "claim", "k1", 0, "2025-04-01"),
			row("a", "claim", "k2", 0, "2025-03-01"), row("c", "claim", "k3", 0, "")}},
		{"keys", truce.AnalysisQuery{Kind: "claim", Keys: []string{"k3", "k2"}}, []truce.AnalysisRow{
			row("a", "claim", "k2", 0, "2025-03-01"), row("c", "claim", "k3", 0, "")}},
		{"since", truce.AnalysisQuery{Kind: "claim", Since: "2025-03-15"}, []truce.AnalysisRow{
			row("b", "claim", "k1", 0, "2025-04-01")}},
		{"until excludes undated", truce.AnalysisQuery{Kind: "claim", Until: "2025-03-15"}, []truce.AnalysisRow{
			row("a", "claim", "k1", 1, "2025-03-01"), row("a", "claim", "k2", 0, "2025-03-01")}},
		{"other kind", truce.AnalysisQuery{Kind: "event"}, nil},
	}
	for _, tt := range tests {
		got, err := as.AnalysisRows(ctx, tt.q)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("AnalysisRows %s (-want +got):\n%s", tt.name, diff)
		}
	}
	unanalysed(t, as, []string{"b"})
	put(t, s, Sample("a2", "a.txt", "2025-03-02", "alpha, new version"), truce.Replaced)
	got, err := as.AnalysisRows(ctx, truce.AnalysisQuery{Kind: "claim", Keys: []string{"k1", "k2"}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]truce.AnalysisRow{row("b", "claim", "k1", 0, "2025-04-01")}, got); diff != "" {
		t.Errorf("rows of a replaced document remain (-want +got):\n%s", diff)
	}
	unanalysed(t, as, []string{"a2", "b"})
}

func unanalysed(t *testing.T, as truce.AnalysisStore, want []string) {
	t.Helper()
	got, err := as.Unanalysed(context.Background(), "doc", 10)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unanalysed (-want +got):\n%s", diff)
	}
	if got, err := as.Unanalysed(context.Background(), "doc", 1); err != nil || len(got) != min(1, len(want)) {
		t.Errorf("Unanalysed with limit 1 = %v, %v", got, err)
	}
}
