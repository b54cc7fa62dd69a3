package analyze_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

// generated returns the i-th synthetic report: a corpus record with its
// own id, source, day (one a day from 2000-01-01) and numbers, so every
// report has its own bands and keys.
func generated(base []*truce.Record, i int) *truce.Record {
	r := *base[i%len(base)]
	r.ID = fmt.Sprintf("gen%07d", i)
	r.Source = r.ID + ".txt"
	r.Published = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly)
	r.Text = fmt.Sprintf("%s Report %d.", r.Text, i)
	return &r
}

var stores sync.Map // size → analyze.Store already holding that many reports

var fresh atomic.Int64 // generated report numbers past those of filled stores

// filled returns a store holding n generated reports, built once per size.
func filled(b *testing.B, n int) analyze.Store {
	if s, ok := stores.Load(n); ok {
		return s.(analyze.Store)
	}
	s := openStoreForBench(b)
	base := loadCorpus(b)
	idx := analyze.Index(s, analyzer())
	for i := 0; i < n; i++ {
		if _, err := idx.Put(context.Background(), generated(base, i)); err != nil {
			b.Fatal(err)
		}
	}
	stores.Store(n, s)
	return s
}

// BenchmarkAddReport measures storing one report with its analysis rows in
// a store of 1k and of 10k reports: the cost must not grow with the store.
func BenchmarkAddReport(b *testing.B) {
	base := loadCorpus(b)
	fresh.CompareAndSwap(0, 1_000_000)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("store=%dk", n/1000), func(b *testing.B) {
			s := analyze.Index(filled(b, n), analyzer())
			next := int(fresh.Add(int64(b.N))) - b.N // ids no run has used
			bytes := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				rec := generated(base, next+i)
				bytes += len(rec.Text)
				if _, err := s.Put(context.Background(), rec); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(bytes / max(b.N, 1)))
		})
	}
}

// BenchmarkViews measures each view over one week of reports in stores of
// 1k and 10k reports (one a day): the result, not the store, sets the cost.
func BenchmarkViews(b *testing.B) {
	ctx := context.Background()
	views := map[string]func(analyze.Store, analyze.Filter) error{
		"stories":  func(s analyze.Store, f analyze.Filter) error { _, err := analyze.Stories(ctx, s, f); return err },
		"claims":   func(s analyze.Store, f analyze.Filter) error { _, err := analyze.Claims(ctx, s, f); return err },
		"figures":  func(s analyze.Store, f analyze.Filter) error { _, err := analyze.Figures(ctx, s, f); return err },
		"timeline": func(s analyze.Store, f analyze.Filter) error { _, err := analyze.Timeline(ctx, s, f); return err },
	}
	for _, name := range []string{"stories", "claims", "figures", "timeline"} {
		for _, n := range []int{1000, 10000} {
			b.Run(fmt.Sprintf("%s/store=%dk", name, n/1000), func(b *testing.B) {
				s := filled(b, n)
				f := analyze.Filter{Since: generated(nil2(b), n-7).Published, Until: generated(nil2(b), n-1).Published}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if err := views[name](s, f); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func nil2(b *testing.B) []*truce.Record { return loadCorpus(b) }

// BenchmarkRows measures deriving the analysis rows of a report.
func BenchmarkRows(b *testing.B) {
	recs := loadCorpus(b)
	size := 0
	for _, r := range recs {
		size += len(r.Text)
	}
	a := analyzer()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range recs {
			a.Rows(r)
		}
	}
}
