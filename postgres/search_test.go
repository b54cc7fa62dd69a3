package postgres_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/postgres/pgtest"
	"github.com/truce-project/truce/sqlite"
)

// TestSearchSameAsSQLite stores one corpus in both backends and checks that
// every query finds the same documents (ranking may differ: bm25 against
// ts_rank) and that snippets mark what matched.
func TestSearchSameAsSQLite(t *testing.T) {
	pg := open(t)
	defer pg.Close()
	lite, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "truce.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	texts := []string{
		"Переговоры между Россией и Украиной в Стамбуле продолжаются, заявил Песков.",
		"Gespräche über einen Waffenstillstand in Genf; die Delegationen trafen sich am Montag.",
		"Kyiv's delegation said the front-line ceasefire was \"not on the table\" in Jeddah.",
		"ZELENSKY AND TRUMP MEET IN THE OVAL OFFICE AFTER THE ALASKA SUMMIT",
	}
	for _, r := range pgtest.Reports(300, 3) {
		texts = append(texts, r.Text)
	}
	for i, text := range texts {
		rec := &truce.Record{Document: truce.Document{ID: fmt.Sprintf("%04d", i), Source: fmt.Sprintf("s%d", i), Text: text}}
		for _, s := range []truce.Store{pg, lite} {
			if _, err := s.Put(context.Background(), rec); err != nil {
				t.Fatal(err)
			}
		}
	}
	queries := []string{
		"ceasefire", "Ceasefire", "CEASEFIRE", "Istanbul AND prisoners", `"security guarantees"`,
		`"guarantees security"`, "negot*", "Riyadh OR Doha", "Lavrov NOT Geneva", "(Riyadh OR Doha) NOT Minsk",
		"Bürgenstock", "burgenstock", "переговоры", "Стамбуле", "Песк*", "gesprache", "genf OR jeddah",
		`"front-line ceasefire"`, "Kyiv's", "oval office", "zelensky AND trump", `"not on the table"`,
		"martosvo", "ka*", "Gen-f: (weird", "NOT ceasefire", "table)",
	}
	found := 0
	for _, q := range queries {
		t.Run(q, func(t *testing.T) {
			want, got := hitIDs(t, lite, q), hitIDs(t, pg, q)
			if len(want) > 0 {
				found++
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Search(%q) ids (-sqlite +postgres):\n%s", q, diff)
			}
		})
	}
	if found < len(queries)*2/3 {
		t.Errorf("only %d of %d queries found anything: the comparison proves little", found, len(queries))
	}
	hits, err := pg.Search(context.Background(), truce.SearchQuery{Query: "Стамбуле", Limit: 1})
	if err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, truce.Mark+"Стамбуле"+truce.EndMark) {
		t.Errorf("Cyrillic snippet: %+v, %v", hits, err)
	}
}

// hitIDs returns the sorted ids of every hit for q.
func hitIDs(t *testing.T, s truce.Store, q string) []string {
	t.Helper()
	hits, err := s.Search(context.Background(), truce.SearchQuery{Query: q, Limit: 1000})
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Document.ID)
	}
	slices.Sort(ids)
	return ids
}
