package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/postgres"
	"github.com/truce-project/truce/postgres/pgtest"
	"github.com/truce-project/truce/sqlite"
)

// benchReports is the batch each BenchmarkIngest operation ingests.
const benchReports = 500

// BenchmarkIngest measures ingest throughput (parse, extract, store) of the
// same generated batch: queued and drained by 1, 2 and 4 workers on
// PostgreSQL, and by ingest.Run with 1, 2 and 4 workers into SQLite.
func BenchmarkIngest(b *testing.B) {
	reports := pgtest.Reports(benchReports, 7)
	size := 0
	for _, r := range reports {
		size += len(r.Text)
	}
	ex, err := newExtractor()
	if err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("postgres/workers=%d", workers), func(b *testing.B) {
			q := benchQueue(b)
			b.SetBytes(int64(size))
			for range b.N {
				b.StopTimer()
				enqueue(b, q, reports)
				b.StartTimer()
				drain(b, q, ex, workers)
			}
			b.ReportMetric(float64(benchReports*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
		b.Run(fmt.Sprintf("sqlite/workers=%d", workers), func(b *testing.B) {
			dir := writeReports(b, reports)
			b.SetBytes(int64(size))
			for i := range b.N {
				s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("%d.db", i)))
				if err != nil {
					b.Fatal(err)
				}
				sum := ingest.Run(context.Background(), s, ex, []string{dir}, ingest.Options{Workers: workers})
				s.Close()
				if sum.Ingested != benchReports {
					b.Fatalf("ingested %d of %d: %+v", sum.Ingested, benchReports, sum.Failed)
				}
			}
			b.ReportMetric(float64(benchReports*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

func benchQueue(b *testing.B) *postgres.Store {
	q, err := postgres.Open(context.Background(), pgtest.Database(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { q.Close() })
	return q
}

// enqueue empties the store and queues reports.
func enqueue(b *testing.B, q *postgres.Store, reports []pgtest.Report) {
	if err := q.Truncate(context.Background()); err != nil {
		b.Fatal(err)
	}
	for _, r := range reports {
		if _, err := q.Enqueue(context.Background(), r.Source, []byte(r.Text)); err != nil {
			b.Fatal(err)
		}
	}
}

// drain runs workers in this process until the queue is empty.
func drain(b *testing.B, q *postgres.Store, ex ingest.Extractor, workers int) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	_, failed, err := runWorkers(context.Background(), workers, func() *worker {
		return &worker{q: q, ex: ex, lease: time.Minute, log: log}
	}, true, 10*time.Millisecond)
	if err != nil || failed > 0 {
		b.Fatalf("workers: %v, %d failed", err, failed)
	}
}

func writeReports(b *testing.B, reports []pgtest.Report) string {
	dir := b.TempDir()
	for _, r := range reports {
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(r.Source)), []byte(r.Text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}
