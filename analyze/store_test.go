package analyze_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
	"github.com/truce-project/truce/sqlite"
)

func openStore(t testing.TB) analyze.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "truce.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestStoreViews checks that the views read from a store fed through Index
// equal the views built from the same records directly.
func TestStoreViews(t *testing.T) {
	ctx := context.Background()
	raw := openStore(t)
	s := analyze.Index(raw, analyzer()).(analyze.Store)
	rows := corpusRows(t)
	for _, rec := range loadCorpus(t) {
		if _, err := s.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	f := analyze.Filter{}
	check := func(name string, got any, err error, want any) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s from the store differ (-direct +store):\n%s", name, diff)
		}
	}
	stories, err := analyze.Stories(ctx, s, f)
	check("stories", stories, err, analyze.BuildStories(rows[docKind], rows["band"], analyze.Filter{}))
	claims, err := analyze.Claims(ctx, s, f)
	check("claims", claims, err, analyze.BuildClaims(rows["claim"], rows[docKind], f))
	figures, err := analyze.Figures(ctx, s, f)
	check("figures", figures, err, analyze.BuildFigures(rows["figure"], f))
	ledger, err := analyze.Positions(ctx, s, f)
	check("positions", ledger, err, analyze.BuildLedger(rows["position"], f))
	events, err := analyze.Timeline(ctx, s, f)
	check("timeline", events, err, analyze.BuildTimeline(rows["event"], f))
}

// TestReplaceAndSync checks that a replaced report leaves no stale rows and
// that Sync analyses documents stored without the wrapper, once.
func TestReplaceAndSync(t *testing.T) {
	ctx := context.Background()
	raw := openStore(t)
	recs := loadCorpus(t)
	for _, rec := range recs {
		if _, err := raw.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		want int
	}{{"first sync analyses every document", len(recs)}, {"second sync has nothing to do", 0}}
	for _, tt := range tests {
		n, err := analyze.Sync(ctx, raw, analyzer())
		if err != nil || n != tt.want {
			t.Errorf("%s: Sync = %d, %v; want %d", tt.name, n, err, tt.want)
		}
	}
	s := analyze.Index(raw, analyzer())
	old := recs[0]
	changed := *old
	changed.ID, changed.Text = old.ID+"-v2", old.Text+" Updated."
	if res, err := s.Put(ctx, &changed); err != nil || res != truce.Replaced {
		t.Fatalf("Put changed = %v, %v", res, err)
	}
	all, err := raw.AnalysisRows(ctx, truce.AnalysisQuery{Kind: "claim"})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, r := range all {
		docs[r.DocID] = true
	}
	if docs[old.ID] || !docs[changed.ID] {
		t.Errorf("claim rows after replacing %s: stale %v, new %v", old.ID, docs[old.ID], docs[changed.ID])
	}
}

func openStoreForBench(b *testing.B) analyze.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "truce.db"))
	if err != nil {
		b.Fatal(err)
	}
	return s
}
