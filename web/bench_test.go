package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
)

// benchDocs is the size of the store the API benchmark runs on.
const benchDocs = 100_000

// benchBuildLimit bounds the one-time build of the benchmark store.
const benchBuildLimit = 15 * time.Minute

// benchStore opens the benchmark store, building it on first use: copies of
// the extracted examples, each with its own closing line, title, date and
// outlet, facts included. The file is kept in the temp dir and reused while
// it holds benchDocs documents.
func benchStore(b *testing.B) (*sqlite.Store, []string) {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("truce-web-bench-%d-v1.db", benchDocs))
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	if s, err := st.Stats(ctx); err == nil && s.Documents >= benchDocs {
		return st, benchIDs(b, st)
	}
	templates := benchTemplates(b)
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, benchBuildLimit)
	defer cancel()
	if err := putCopies(ctx, st, templates, benchDocs); err != nil {
		b.Fatalf("build the benchmark store: %v", err)
	}
	b.Logf("built %d documents in %v at %s", benchDocs, time.Since(start).Round(time.Second), path)
	return st, benchIDs(b, st)
}

// benchTemplates extracts the examples once into records to copy.
func benchTemplates(b *testing.B) []*truce.Record {
	tmp, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "t.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer tmp.Close()
	ex, _ := testExtractor(b)
	ingestExamples(b, tmp, ex)
	var out []*truce.Record
	err = tmp.Records(context.Background(), func(r *truce.Record) error {
		out = append(out, r)
		return nil
	})
	if err != nil || len(out) == 0 {
		b.Fatalf("templates: %v", err)
	}
	return out
}

// putCopies stores n copies of the templates with four writers.
func putCopies(ctx context.Context, st truce.Store, templates []*truce.Record, n int) error {
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 4 {
				if _, err := st.Put(ctx, benchCopy(templates[i%len(templates)], i)); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

var benchOutlets = []string{"Danube Wire", "Kyiv Courier", "Vostok Monitor", "Baltic Brief", "Alpine Ledger",
	"Bosphorus Observer", "Dnipro Daily Review", "Nordic Dispatch", "Carpathian Post", "Adriatic Times"}

// benchCopy is template i: the same facts, a closing line that makes the
// text unique (spans before it stay valid), and its own metadata.
func benchCopy(t *truce.Record, i int) *truce.Record {
	rec := *t
	rec.Text = t.Text + fmt.Sprintf("\n\nFiled as report %d from desk %d.", i, i%97)
	rec.ID = fmt.Sprintf("b%015x", i)
	rec.Source = fmt.Sprintf("bench/%06d.txt", i)
	rec.Title = fmt.Sprintf("%s (%d)", t.Title, i)
	rec.Outlet = benchOutlets[i%len(benchOutlets)]
	rec.Published = time.Date(2022, 2, 24, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%1370).Format(time.DateOnly)
	rec.Ingested = time.Unix(1_700_000_000+int64(i), 0).UTC()
	return &rec
}

func benchIDs(b *testing.B, st truce.Store) []string {
	docs, err := st.Documents(context.Background(), truce.DocFilter{Limit: 1000, Offset: 40_000})
	if err != nil || len(docs) == 0 {
		b.Fatalf("ids: %v", err)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids
}

// BenchmarkAPI measures requests/s and p99 latency of the read API over
// real HTTP on a store of benchDocs documents, with parallel clients.
func BenchmarkAPI(b *testing.B) {
	st, ids := benchStore(b)
	defer st.Close()
	srv := New(Config{Store: st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	// Build the fact index (entity pages, search facets) first, so that
	// its one-time scan does not load the measured requests.
	t0 := time.Now()
	if _, err := srv.index(context.Background()); err != nil {
		b.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	// Printed, not logged: a benchmark's log shows only with -v.
	fmt.Printf("fact index over %d documents: built in %v, heap %d MB\n",
		benchDocs, time.Since(t0).Round(time.Millisecond), ms.HeapAlloc>>20)
	routes := []struct {
		name string
		url  func(i int) string
	}{
		{"healthz", func(int) string { return "/healthz" }},
		{"home-page", func(i int) string { return "/?offset=" + itoa(i%50*20) }},
		{"documents", func(i int) string { return fmt.Sprintf("/api/documents?limit=20&offset=%d", i%5000*20) }},
		{"documents-by-outlet", func(i int) string { return "/api/documents?outlet=Kyiv%20Courier&limit=20" }},
		{"document", func(i int) string { return "/api/documents/" + ids[i%len(ids)] }},
		{"search", func(i int) string {
			return "/api/search?q=" + []string{"Istanbul", "ceasefire", "%22peace+plan%22", "prisoner*", "Zelensky+AND+Putin"}[i%5]
		}},
		{"document-page", func(i int) string { return "/documents/" + ids[i%len(ids)] }},
		{"entity", func(i int) string {
			return "/api/entities/" + []string{"volodymyr-zelensky", "vladimir-putin", "russia", "istanbul"}[i%4]
		}},
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	for _, rt := range routes {
		b.Run(rt.name, func(b *testing.B) {
			var mu sync.Mutex
			var lat []time.Duration
			var n int64
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				var mine []time.Duration
				i := 0
				for pb.Next() {
					t0 := time.Now()
					get(b, client, ts.URL+rt.url(i))
					mine = append(mine, time.Since(t0))
					i++
				}
				mu.Lock()
				lat = append(lat, mine...)
				n += int64(len(mine))
				mu.Unlock()
			})
			elapsed := time.Since(start)
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(n)/elapsed.Seconds(), "req/s")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// get fetches url; RunParallel's goroutines may not stop the benchmark, so
// a failure is reported with Error.
func get(b *testing.B, c *http.Client, url string) {
	res, err := c.Get(url)
	if err != nil {
		b.Error(err)
		return
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b.Errorf("GET %s: %d", url, res.StatusCode)
	}
}

// BenchmarkDocumentPage renders the document page of every example in
// turn, through the whole handler chain; bytes/s counts article text.
func BenchmarkDocumentPage(b *testing.B) {
	srv, _ := newTestServer(b)
	var ids []string
	size := 0
	srv.cfg.Store.Records(context.Background(), func(r *truce.Record) error {
		ids = append(ids, r.ID)
		size += len(r.Text)
		return nil
	})
	b.SetBytes(int64(size / len(ids)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if res := do(b, srv, "GET", "/documents/"+ids[i%len(ids)], "", ""); res.Code != http.StatusOK {
			b.Fatal(res.Code)
		}
	}
}

// BenchmarkHighlight measures the highlighter alone on a long text with
// many overlapping spans.
func BenchmarkHighlight(b *testing.B) {
	var text strings.Builder
	for text.Len() < 300_000 {
		text.WriteString("Ukrainian negotiators said on Tuesday that Russia <b>must</b> withdraw 16,100 troops from Kherson, Kyiv & Moscow agreed. ")
	}
	t := text.String()
	var ms []mark
	for i := 0; i+120 < len(t); i += 60 {
		ms = append(ms, mark{sp(i, i+120), "attribution", "a" + itoa(i), true}, mark{sp(i+10, i+25), "entity", "e" + itoa(i), true},
			mark{sp(i+20, i+40), "date", "t" + itoa(i), true})
	}
	b.SetBytes(int64(len(t)))
	b.ReportAllocs()
	for b.Loop() {
		highlight(t, ms)
	}
}
