package postgres_test

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/postgres"
	"github.com/truce-project/truce/postgres/pgtest"
	"github.com/truce-project/truce/sqlite"
)

var searchDocs = flag.Int("search-docs", 100_000, "documents in the search benchmark's corpus")

// searchQueries mix common and rare terms, phrases, prefixes and operators.
var searchQueries = []string{
	"ceasefire", "Istanbul AND prisoners", `"security guarantees"`, "negot*", "Riyadh OR Doha",
	"Lavrov NOT Geneva", "martosvo", "Bürgenstock", "sanctions Budapest", `"grain exports" Minsk`,
}

// BenchmarkSearch measures search latency, p50 and p99, on the same
// generated corpus in both stores. Loading the corpus (once per run, not
// timed) takes a minute or two at 100k documents; see README.md.
func BenchmarkSearch(b *testing.B) {
	for _, backend := range []string{"sqlite", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			s := searchFixture(b, backend)
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := range b.N {
				start := time.Now()
				if _, err := s.Search(context.Background(), truce.SearchQuery{Query: searchQueries[i%len(searchQueries)]}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			slices.Sort(lat)
			b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
			b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
		})
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

var (
	fixtureOnce sync.Map // backend → *fixture
	benchDrop   []func() error
)

type fixture struct {
	once  sync.Once
	store truce.Store
	err   error
}

// searchFixture returns a store of the backend holding the generated corpus,
// loaded on first use and kept for the rest of the run.
func searchFixture(b *testing.B, backend string) truce.Store {
	f, _ := fixtureOnce.LoadOrStore(backend, &fixture{})
	fx := f.(*fixture)
	fx.once.Do(func() {
		start := time.Now()
		fx.store, fx.err = openFixture(b, backend)
		if fx.err == nil {
			fx.err = load(fx.store, pgtest.Reports(*searchDocs, 1))
		}
		b.Logf("%s: loaded %d documents in %v", backend, *searchDocs, time.Since(start).Round(time.Second))
	})
	if fx.err != nil {
		b.Fatal(fx.err)
	}
	return fx.store
}

func openFixture(b *testing.B, backend string) (truce.Store, error) {
	ctx := context.Background()
	if backend == "sqlite" {
		dir, err := tempDir()
		if err != nil {
			return nil, err
		}
		return sqlite.Open(ctx, filepath.Join(dir, "bench.db"))
	}
	server := pgtest.Server(b)
	u, drop, err := pgtest.Create(ctx, server)
	if err != nil {
		return nil, err
	}
	benchDrop = append(benchDrop, drop)
	return postgres.Open(ctx, u)
}

// load stores reports with a few writers at once (PostgreSQL uses them;
// SQLite serialises them).
func load(s truce.Store, reports []pgtest.Report) error {
	const writers = 4
	errs := make(chan error, writers)
	for w := range writers {
		go func() {
			for i := w; i < len(reports); i += writers {
				r := reports[i]
				rec := &truce.Record{Document: truce.Document{ID: fmt.Sprintf("%016x", i), Source: r.Source,
					Title: r.Text[:strings.IndexByte(r.Text, '\n')], Text: r.Text, Language: "en", Outlet: "Bench Wire"}}
				if _, err := s.Put(context.Background(), rec); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	var first error
	for range writers {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}
