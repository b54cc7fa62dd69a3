package analyze

import (
	"context"
	"fmt"
	"sync"

	"github.com/truce-project/truce"
)

// Store is a backend that keeps both documents and analysis rows.
type Store interface {
	truce.Store
	truce.AnalysisStore
}

// indexing is a Store that derives and stores a document's analysis rows
// right after the document itself, so views stay current as reports arrive.
type indexing struct {
	Store
	a *Analyzer
}

// Index wraps s so that every Put also stores the record's analysis rows,
// derived by a (the Default analyzer, built on first use, when nil). A store that keeps no analysis rows is returned unchanged. The rows go in
// a second transaction: a crash between the two leaves a document without
// rows, which Sync (run by every view) repairs.
func Index(s truce.Store, a *Analyzer) truce.Store {
	as, ok := s.(Store)
	if !ok {
		return s
	}
	return &indexing{Store: as, a: a}
}

// Put stores rec, then its analysis rows unless it was already stored.
func (x *indexing) Put(ctx context.Context, rec *truce.Record) (truce.PutResult, error) {
	res, err := x.Store.Put(ctx, rec)
	if err != nil || res == truce.Unchanged {
		return res, err
	}
	a := x.a
	if a == nil {
		if a, err = defaultAnalyzer(); err != nil {
			return res, fmt.Errorf("analyze: %w", err)
		}
	}
	if err := x.PutAnalysis(ctx, rec.ID, a.Rows(rec)); err != nil {
		return res, fmt.Errorf("analyze: %w", err)
	}
	return res, nil
}

// Sync derives the rows of every stored document that has none (stored
// before analysis existed, copied in, or interrupted), and returns how many
// it analysed. Each costs work proportional to that document.
func Sync(ctx context.Context, s Store, a *Analyzer) (int, error) {
	n := 0
	for {
		ids, err := s.Unanalysed(ctx, DocKind, 100)
		if err != nil || len(ids) == 0 {
			return n, err
		}
		for _, id := range ids {
			rec, err := s.Record(ctx, id)
			if err != nil {
				return n, fmt.Errorf("analyze: sync %s: %w", id, err)
			}
			if err := s.PutAnalysis(ctx, id, a.Rows(rec)); err != nil {
				return n, fmt.Errorf("analyze: sync %s: %w", id, err)
			}
			n++
		}
	}
}

// defaultAnalyzer is built once: the embedded knowledge base never changes.
var defaultAnalyzer = sync.OnceValues(Default)
