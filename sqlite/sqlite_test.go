package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
	"github.com/truce-project/truce/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) truce.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "truce.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "truce.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, storetest.Sample("a", "a.txt", "", "Istanbul talks")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path) // migrations must not run twice
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Record(ctx, "a"); err != nil {
		t.Errorf("after reopen: %v", err)
	}
}

func FuzzFTSQuery(f *testing.F) {
	s, err := sqlite.Open(context.Background(), filepath.Join(f.TempDir(), "truce.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), storetest.Sample("a", "a.txt", "", "Istanbul talks on prisoners")); err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"a AND", "(( OR", `"x`, "NOT NOT a", "a) (b", "*", `""`, "a:b-c"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Search(context.Background(), truce.SearchQuery{Query: q})
		if code := truce.ErrorCode(err); code != "" && code != truce.EINVALID {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}
