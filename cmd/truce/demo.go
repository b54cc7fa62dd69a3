package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/examples"
	"github.com/truce-project/truce/ingest"
)

// runDemo ingests the built-in examples into a fresh database and prints
// what truce found, so a new user sees the tool work in one command.
func runDemo(ctx context.Context, a *app, args []string) error {
	fs := a.flags("demo", "")
	db := fs.String("out", "truce-demo.db", "database `path` to create (replaced if it exists)")
	serve := fs.Bool("serve", true, "serve the UI on the examples when done (false: only ingest and report)")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` the UI listens on")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(*db + suffix); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	a.db = *db
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	sum, err := ingestExamples(ctx, store, ex)
	if err != nil {
		return err
	}
	printSummary(a.stdout, sum)
	if err := demoReport(ctx, a, store, *db); err != nil || !*serve {
		return err
	}
	fmt.Fprintln(a.stdout)
	return a.serve(ctx, store, *addr, a.getenv("TRUCE_TOKEN"))
}

// ingestExamples stores every embedded example article.
func ingestExamples(ctx context.Context, store truce.Store, ex ingest.Extractor) (ingest.Summary, error) {
	var total ingest.Summary
	names, err := exampleFiles()
	if err != nil {
		return total, err
	}
	for _, name := range names {
		data, err := examples.FS.ReadFile(name)
		if err != nil {
			return total, err
		}
		s := ingest.Data(ctx, store, ex, path.Join("examples", name), data, ingest.Options{})
		total.Ingested += s.Ingested
		total.Replaced += s.Replaced
		total.Unchanged += s.Unchanged
		total.Failed = append(total.Failed, s.Failed...)
	}
	return total, nil
}

// exampleFiles lists the example articles in name order.
func exampleFiles() ([]string, error) {
	var names []string
	err := fs.WalkDir(examples.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != "." {
			return fs.SkipDir // gold/ holds annotations, not articles
		}
		switch path.Ext(p) {
		case ".txt", ".html", ".htm", ".jsonl", ".json":
			names = append(names, p)
		}
		return nil
	})
	return names, err
}

func demoReport(ctx context.Context, a *app, store truce.Store, db string) error {
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "\n%d documents, published %s … %s\n", st.Documents, orDash(st.FirstDate), orDash(st.LastDate))
	var kinds []string
	for _, k := range []string{"entities", "timexes", "figures", "attributions", "events", "positions"} {
		kinds = append(kinds, fmt.Sprintf("%d %s", st.Facts[k], k))
	}
	fmt.Fprintf(a.stdout, "extracted %s\n\n", strings.Join(kinds, ", "))
	docs, err := store.Documents(ctx, truce.DocFilter{Limit: 1})
	if err != nil || len(docs) == 0 {
		return err
	}
	rec, err := store.Record(ctx, docs[0].ID)
	if err != nil {
		return err
	}
	printRecord(a.stdout, rec)
	fmt.Fprintf(a.stdout, "\nexplore: truce --db %s search \"prisoner exchange\" · show ID · export --format csv --out export/\n", db)
	return nil
}
