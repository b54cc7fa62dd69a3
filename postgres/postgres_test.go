package postgres_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/postgres"
	"github.com/truce-project/truce/postgres/pgtest"
	"github.com/truce-project/truce/storetest"
)

// dbURL is the database this test run owns: TestMain creates it from
// TRUCE_TEST_POSTGRES_URL and drops it at the end ("" without a server).
var dbURL string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if server := os.Getenv(pgtest.EnvURL); server != "" {
		u, drop, err := pgtest.Create(context.Background(), server)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer drop()
		dbURL = u
	}
	return m.Run()
}

// open returns a store on the run's database, emptied.
func open(t testing.TB) *postgres.Store {
	t.Helper()
	if dbURL == "" {
		pgtest.Server(t) // skips, or fails in CI
	}
	s, err := postgres.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Truncate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) truce.Store { return open(t) })
}

// TestConcurrentMigrate starts several stores at once on a fresh database:
// the advisory lock must make all succeed and apply each migration once.
func TestConcurrentMigrate(t *testing.T) {
	if dbURL == "" {
		pgtest.Server(t)
	}
	u := pgtest.Database(t)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := postgres.Open(context.Background(), u)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	conn, err := pgx.Connect(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n, distinct int
	if err := conn.QueryRow(context.Background(), `SELECT count(*), count(DISTINCT version) FROM truce_schema`).Scan(&n, &distinct); err != nil {
		t.Fatal(err)
	}
	if n != distinct || n == 0 {
		t.Errorf("truce_schema has %d rows for %d versions", n, distinct)
	}
}

// TestConcurrentPut stores the same documents from many goroutines at once:
// exactly one row each, one Inserted and the rest Unchanged.
func TestConcurrentPut(t *testing.T) {
	s := open(t)
	defer s.Close()
	const docs, writers = 20, 8
	results := make([][]truce.PutResult, writers)
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range docs {
				rec := storetest.Sample(fmt.Sprintf("doc%02d", i), fmt.Sprintf("src%02d.txt", i), "", "Talks in Geneva")
				res, err := s.Put(context.Background(), rec)
				if err != nil {
					t.Errorf("writer %d: %v", w, err)
				}
				results[w] = append(results[w], res)
			}
		}()
	}
	wg.Wait()
	inserted := 0
	for _, rs := range results {
		for _, r := range rs {
			if r == truce.Inserted {
				inserted++
			}
		}
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != docs || inserted != docs || st.Facts["entities"] != docs {
		t.Errorf("documents %d, inserted %d, entities %d; want %d each", st.Documents, inserted, st.Facts["entities"], docs)
	}
}

// TestPutUnstorable: text PostgreSQL cannot hold is refused as invalid.
func TestPutUnstorable(t *testing.T) {
	s := open(t)
	defer s.Close()
	tests := []struct{ name, text string }{
		{"NUL byte", "talks\x00held"},
		{"invalid UTF-8", "talks in Gen\xe8ve"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Put(context.Background(), storetest.Sample("n", "n.txt", "", tt.text))
			if code := truce.ErrorCode(err); code != truce.EINVALID {
				t.Errorf("Put: code %q (%v), want %q", code, err, truce.EINVALID)
			}
		})
	}
}
