package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/eval"
	"github.com/truce-project/truce/ingest"
)

// runEval scores records against a folder of gold files: the records of the
// store, of an export file, or of documents extracted afresh from a folder.
func runEval(ctx context.Context, a *app, args []string) error {
	fs := a.flags("eval", "--gold DIR")
	goldDir := fs.String("gold", "", "folder of gold `files` (shape of shared/gold/seeds)")
	export := fs.String("export", "", "score this record-format `file` instead of the store")
	docs := fs.String("docs", "", "extract these `files or folders` afresh instead of reading the store")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	errs := fs.Bool("errors", false, "also list every disagreement: gold items missed, predictions the gold lacks, wrong attributes")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *goldDir == "" {
		fs.Usage()
		return errUsage
	}
	set, err := eval.LoadDir(os.DirFS(*goldDir))
	if err != nil {
		return err
	}
	var records []*truce.Record
	switch {
	case *export != "":
		records, err = readExport(*export)
	case *docs != "":
		records, err = extractFresh(ctx, a, *docs, *goldDir)
	default:
		records, err = storeRecords(ctx, a)
	}
	if err != nil {
		return err
	}
	rep := eval.Score(records, set)
	if *asJSON {
		sum := rep.Summary()
		if *errs {
			sum["misses"] = rep.Misses
		}
		return writeJSON(a.stdout, sum)
	}
	rep.Write(a.stdout)
	if *errs {
		rep.WriteMisses(a.stdout)
	}
	return nil
}

func readExport(path string) ([]*truce.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 256<<20)
	var out []*truce.Record
	for line := 1; sc.Scan(); line++ {
		rec, err := truce.UnmarshalRecord(sc.Bytes())
		if err != nil {
			return nil, truce.Errorf(truce.EINVALID, "%s line %d: %v", path, line, err)
		}
		out = append(out, rec)
	}
	return out, sc.Err()
}

func storeRecords(ctx context.Context, a *app) ([]*truce.Record, error) {
	store, err := a.open(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	var out []*truce.Record
	err = store.Records(ctx, func(r *truce.Record) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// extractFresh reads and extracts documents without storing them.
// Inputs that fail are listed on stderr and left out, except the files of
// the gold folder when it lies inside path: they are not documents.
func extractFresh(ctx context.Context, a *app, path, goldDir string) ([]*truce.Record, error) {
	ex, err := newExtractor()
	if err != nil {
		return nil, err
	}
	mem := &memStore{}
	sum := ingest.Run(ctx, mem, ex, []string{path}, ingest.Options{})
	gold := filepath.Clean(goldDir) + string(filepath.Separator)
	for _, f := range sum.Failed {
		if strings.HasPrefix(filepath.Clean(f.Input), gold) {
			continue
		}
		fmt.Fprintf(a.stderr, "truce: skipped %s: %s\n", f.Input, f.Reason)
	}
	return mem.recs, nil
}

// memStore collects records in memory for extractFresh; only Put is used.
type memStore struct {
	truce.Store
	recs []*truce.Record
}

func (m *memStore) Put(_ context.Context, rec *truce.Record) (truce.PutResult, error) {
	m.recs = append(m.recs, rec)
	return truce.Inserted, nil
}
