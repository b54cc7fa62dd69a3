package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
	"github.com/truce-project/truce/postgres/pgtest"
)

// TestCopyRoundTrip copies the ingested examples SQLite → PostgreSQL →
// SQLite: every record, facts included, must come back equal, copying
// again must change nothing, and the cross-report views must agree.
func TestCopyRoundTrip(t *testing.T) {
	pg := pgtest.Database(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	articles, err := exampleFiles()
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range articles {
		articles[i] = filepath.Join("../../examples", f)
	}
	mustRun(t, a, append([]string{"ingest", "--quiet"}, articles...)...)
	want := records(t, a)
	if len(want) < 10 {
		t.Fatalf("only %d example records", len(want))
	}
	mustRun(t, "", "copy", "--from", a, "--to", pg)
	mustRun(t, "", "copy", "--from", pg, "--to", b)
	// PostgreSQL keeps times to the microsecond.
	micro := cmp.Transformer("micro", func(t time.Time) time.Time { return t.Truncate(time.Microsecond) })
	if diff := cmp.Diff(want, records(t, b), micro, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-sqlite +after):\n%s", diff)
	}
	if diff := cmp.Diff(want, records(t, pg), micro, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("in PostgreSQL (-sqlite +postgres):\n%s", diff)
	}
	out := mustRun(t, "", "copy", "--from", a, "--to", pg)
	if !strings.HasPrefix(out, "copied 0, replaced 0, unchanged ") {
		t.Errorf("second copy: %s", out)
	}
	if diff := cmp.Diff(views(t, a), views(t, pg), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("cross-report views (-sqlite +postgres):\n%s", diff)
	}
}

// views derives any missing analysis rows (copy moves records only) and
// returns every cross-report view of the store at db.
func views(t *testing.T, db string) map[string]any {
	t.Helper()
	ctx := context.Background()
	s, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	as, ok := s.(analyze.Store)
	if !ok {
		t.Fatalf("%T keeps no analysis rows", s)
	}
	an, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := analyze.Sync(ctx, as, an); err != nil {
		t.Fatal(err)
	}
	f := analyze.Filter{AsOf: "2025-12-31"}
	out := map[string]any{}
	note := func(name string, v any, err error) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = v
	}
	stories, err := analyze.Stories(ctx, as, f)
	note("stories", stories, err)
	claims, err := analyze.Claims(ctx, as, f)
	note("claims", claims, err)
	figures, err := analyze.Figures(ctx, as, f)
	note("figures", figures, err)
	positions, err := analyze.Positions(ctx, as, f)
	note("positions", positions, err)
	timeline, err := analyze.Timeline(ctx, as, f)
	note("timeline", timeline, err)
	if len(stories) == 0 || len(claims) == 0 {
		t.Errorf("%s: %d stories, %d claims: too few to compare", db, len(stories), len(claims))
	}
	return out
}

func records(t *testing.T, db string) []*truce.Record {
	t.Helper()
	s, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var recs []*truce.Record
	if err := s.Records(context.Background(), func(r *truce.Record) error {
		recs = append(recs, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestMigrate(t *testing.T) {
	pg := pgtest.Database(t)
	for range 2 { // the second run finds nothing to do
		if out := mustRun(t, pg, "migrate"); !strings.HasPrefix(out, "schema at version ") {
			t.Errorf("migrate on PostgreSQL: %q", out)
		}
	}
	if out := mustRun(t, filepath.Join(t.TempDir(), "truce.db"), "migrate"); out != "schema up to date\n" {
		t.Errorf("migrate on SQLite: %q", out)
	}
}
