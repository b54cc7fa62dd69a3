package postgres_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/storetest"
)

// FuzzPut stores arbitrary text and title: Put either refuses it as
// invalid or stores it so that Record gives back exactly what was put, and
// searching for the title never fails.
func FuzzPut(f *testing.F) {
	for _, s := range [][2]string{{"Talks in Geneva", "Geneva"}, {"\x00", ""}, {"Gen\xe8ve", "x"},
		{"Переговоры", "Россия"}, {"'; DROP TABLE documents; --", "\\"}, {"", ""}} {
		f.Add(s[0], s[1])
	}
	s := open(f) // skips without a test server (fails in CI)
	defer s.Close()
	f.Fuzz(func(t *testing.T, text, title string) {
		ctx := context.Background()
		rec := storetest.Sample("f", "f.txt", "", text)
		rec.Title = title
		rec.ID = contentID(text, title)
		if _, err := s.Put(ctx, rec); err != nil {
			if truce.ErrorCode(err) != truce.EINVALID {
				t.Fatalf("Put(%q, %q): %v", text, title, err)
			}
			return
		}
		got, err := s.Record(ctx, rec.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(rec, got, cmpopts.IgnoreFields(truce.Document{}, "Ingested"), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Record differs (-put +got):\n%s", diff)
		}
		if title != "" {
			if _, err := s.Search(ctx, truce.SearchQuery{Query: title}); err != nil && truce.ErrorCode(err) != truce.EINVALID {
				t.Errorf("Search(%q): %v", title, err)
			}
		}
	})
}

// contentID derives the id from the content, as ingest does, so that the
// one source sees both the insert and the replace paths.
func contentID(text, title string) string {
	sum := sha256.Sum256([]byte(text + "\x00" + title))
	return hex.EncodeToString(sum[:8])
}
