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
	"github.com/truce-project/truce/postgres/pgtest"
)

// TestCopyRoundTrip copies the ingested examples SQLite → PostgreSQL →
// SQLite: every record, facts included, must come back equal, and copying
// again must change nothing.
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
