package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
)

// goldenServer serves two hand-made records, no extractor and no
// knowledge base, so that its answers depend on this package alone.
func goldenServer(t *testing.T) *Server {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "golden.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	at := time.Date(2025, 11, 24, 12, 0, 0, 0, time.UTC)
	texts := []string{
		"Kyiv said on Monday that talks in Geneva went well. Ukraine offers a ceasefire at sea.",
		"Moscow rejected the Geneva talks, the Kremlin said. Ukraine said 300 prisoners came home.",
	}
	for i, text := range texts {
		rec := &truce.Record{Document: truce.Document{ID: "golden000000000" + itoa(i), Source: "golden/" + itoa(i) + ".txt",
			Title: "Geneva report " + itoa(i), Published: "2025-11-2" + itoa(i+1), Outlet: "Golden Wire", Language: "en", Text: text, Ingested: at}}
		rec.Entities = []truce.Entity{{KBID: "ukraine", Name: "Ukraine", Type: truce.Place, Mentions: []truce.Span{sp(52, 59)}}}
		rec.Attributions = []truce.Attribution{{Span: sp(0, 51), Speaker: "Ukraine", SpeakerID: "ukraine", Cue: "said", Content: sp(10, 50)}}
		rec.Positions = []truce.Position{{Span: sp(52, len(text)), Party: "ukraine", Issue: "ceasefire", Stance: "offer"}}
		if _, err := store.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	srv := New(Config{Store: store, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	settle(t, srv)
	return srv
}

// TestGolden compares API answers with testdata/*.golden.json; run with
// -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	srv := goldenServer(t)
	tests := []struct{ name, target string }{
		{"documents", "/api/documents"},
		{"search", "/api/search?q=Geneva"},
		{"search_party", "/api/search?q=talks&party=ukraine&limit=1"},
		{"entity", "/api/entities/ukraine"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, srv, "GET", tc.target, "", "")
			if res.Code != 200 {
				t.Fatalf("status %d: %s", res.Code, res.Body)
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, res.Body.Bytes(), "", "  "); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tc.name+".golden.json")
			if *update {
				if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), pretty.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.target, diff)
			}
		})
	}
}
