package postgres_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/postgres"
	"github.com/truce-project/truce/postgres/pgtest"
	"github.com/truce-project/truce/sqlite"
	"github.com/truce-project/truce/storetest"
)

var searchDocs = flag.Int("search-docs", 100_000, "documents in the search benchmark's corpus")

// searchQueries mix common and rare terms, phrases, prefixes and operators.
var searchQueries = []string{
	"ceasefire", "Istanbul AND prisoners", `"security guarantees"`, "negot*", "Riyadh OR Doha",
	"Lavrov NOT Geneva", "martosvo", "Bürgenstock", "sanctions Budapest", `"grain exports" Minsk`,
}

// BenchmarkSearch measures search latency, p50 and p99, on the same
// generated corpus in both stores: over the mix of searchQueries, then per
// query. Loading the corpus the first time takes minutes at 100k documents;
// see README.md.
func BenchmarkSearch(b *testing.B) {
	for _, backend := range []string{"sqlite", "postgres"} {
		b.Run(backend+"/mix", func(b *testing.B) { benchSearch(b, backend, searchQueries) })
		for _, q := range searchQueries {
			b.Run(backend+"/q="+q, func(b *testing.B) { benchSearch(b, backend, []string{q}) })
		}
	}
}

func benchSearch(b *testing.B, backend string, queries []string) {
	s := searchFixture(b, backend)
	lat := make([]time.Duration, 0, b.N)
	hits := 0
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		h, err := s.Search(context.Background(), truce.SearchQuery{Query: queries[i%len(queries)]})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		hits += len(h)
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
	b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

var fixtureOnce sync.Map // backend → *fixture

type fixture struct {
	once  sync.Once
	store truce.Store
	err   error
}

// searchFixture returns a store of the backend holding the generated corpus.
// The corpus is loaded once and kept between runs (a SQLite file in the temp
// directory, a database truce_bench_N on the test server), since loading
// 100k documents takes minutes; delete them to start afresh.
func searchFixture(b *testing.B, backend string) truce.Store {
	f, _ := fixtureOnce.LoadOrStore(backend, &fixture{})
	fx := f.(*fixture)
	fx.once.Do(func() {
		start := time.Now()
		fx.store, fx.err = openFixture(b, backend)
		if fx.err != nil {
			return
		}
		st, err := fx.store.Stats(context.Background())
		if err != nil || st.Documents == *searchDocs {
			fx.err = err
			return
		}
		fx.err = load(fx.store, pgtest.Reports(*searchDocs, 1))
		b.Logf("%s: loaded %d documents in %v", backend, *searchDocs, time.Since(start).Round(time.Second))
	})
	if fx.err != nil {
		b.Fatal(fx.err)
	}
	return fx.store
}

func openFixture(b *testing.B, backend string) (truce.Store, error) {
	ctx := context.Background()
	name := fmt.Sprintf("truce_bench_%d", *searchDocs)
	if backend == "sqlite" {
		return sqlite.Open(ctx, filepath.Join(os.TempDir(), name+".db"))
	}
	u, err := pgtest.Named(ctx, pgtest.Server(b), name)
	if err != nil {
		return nil, err
	}
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

// BenchmarkPut measures storing alone (no extraction): records of a
// generated report with a fact of each kind, from 1 and 4 writers at once.
func BenchmarkPut(b *testing.B) {
	reports := pgtest.Reports(1000, 9)
	for _, backend := range []string{"sqlite", "postgres"} {
		for _, writers := range []int{1, 4} {
			b.Run(fmt.Sprintf("%s/writers=%d", backend, writers), func(b *testing.B) {
				s := putStore(b, backend)
				var next atomic.Int64
				b.ResetTimer()
				start := time.Now()
				var wg sync.WaitGroup
				for range writers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for {
							i := int(next.Add(1)) - 1
							if i >= b.N {
								return
							}
							r := reports[i%len(reports)]
							rec := storetest.Sample(fmt.Sprintf("p%09d", i), fmt.Sprintf("%s/%d", r.Source, i), "2025-01-02", r.Text)
							if _, err := s.Put(context.Background(), rec); err != nil {
								b.Error(err)
								return
							}
						}
					}()
				}
				wg.Wait()
				b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
			})
		}
	}
}

func putStore(b *testing.B, backend string) truce.Store {
	var s truce.Store
	var err error
	if backend == "sqlite" {
		s, err = sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "put.db"))
	} else {
		s, err = postgres.Open(context.Background(), pgtest.Database(b))
	}
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}
