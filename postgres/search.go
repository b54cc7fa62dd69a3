package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/truce-project/truce"
)

// headline asks ts_headline for one fragment of about the length SQLite's
// snippet gives, matches wrapped in truce.Mark/EndMark.
const headline = `StartSel=` + truce.Mark + `, StopSel=` + truce.EndMark +
	`, MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`

// Search runs q against the tsvector index, best matches first (ts_rank,
// title weighted). Rank is the negated ts_rank, so that, as with SQLite's
// bm25, lower is better.
func (s *Store) Search(ctx context.Context, q truce.SearchQuery) ([]truce.Hit, error) {
	query := tsQuery(q.Query)
	if query == "" {
		return nil, truce.Errorf(truce.EINVALID, "empty search query")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	// The inner query ranks and pages; headlines, which re-parse the text,
	// are made for the page only.
	// to_tsquery($1) is written out in each place rather than computed once
	// in a CTE: only a query the planner sees as a parameter lets it use
	// the GIN index.
	rows, err := s.pool.Query(ctx, `SELECT `+prefixed("d.", docColumns)+`,
			ts_headline('truce', left(d.text, 400000), to_tsquery('truce', $1), $4), page.rank
		FROM (SELECT id, -ts_rank(tsv, to_tsquery('truce', $1)) AS rank FROM documents
			WHERE tsv @@ to_tsquery('truce', $1) ORDER BY rank, id LIMIT $2 OFFSET $3) page
		JOIN documents d ON d.id = page.id ORDER BY page.rank, d.id`,
		query, limit, max(q.Offset, 0), headline)
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	defer rows.Close()
	var hits []truce.Hit
	for rows.Next() {
		var h truce.Hit
		if err := scanDocument(rows, &h.Document, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("postgres: search: %w", err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	return hits, nil
}

func prefixed(p, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// recordsPage is how many records Records loads per query.
const recordsPage = 200

// Records calls fn for each record in id order, loading a page at a time.
func (s *Store) Records(ctx context.Context, fn func(*truce.Record) error) error {
	after := ""
	for {
		var recs []*truce.Record
		err := pgx.BeginTxFunc(ctx, s.pool, readOnly, func(tx pgx.Tx) error {
			var err error
			recs, err = loadRecords(ctx, tx, `SELECT `+docColumns+` FROM documents
				WHERE id > $1 ORDER BY id LIMIT $2`, after, recordsPage)
			return err
		})
		if err != nil {
			return fmt.Errorf("postgres: records: %w", err)
		}
		for _, rec := range recs {
			if err := fn(rec); err != nil {
				return err
			}
		}
		if len(recs) < recordsPage {
			return nil
		}
		after = recs[len(recs)-1].ID
	}
}

// Stats counts documents, facts per kind, dates, outlets and languages.
func (s *Store) Stats(ctx context.Context) (*truce.Stats, error) {
	st := &truce.Stats{Facts: map[string]int{}, Outlets: map[string]int{}, Languages: map[string]int{}}
	err := pgx.BeginTxFunc(ctx, s.pool, readOnly, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT count(*), coalesce(min(nullif(published, '')), ''),
			coalesce(max(nullif(published, '')), '') FROM documents`).Scan(&st.Documents, &st.FirstDate, &st.LastDate)
		if err != nil {
			return err
		}
		for _, k := range kinds {
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+k.table).Scan(&n); err != nil {
				return err
			}
			st.Facts[k.table] = n
		}
		if err := countBy(ctx, tx, "outlet", st.Outlets); err != nil {
			return err
		}
		return countBy(ctx, tx, "language", st.Languages)
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: stats: %w", err)
	}
	return st, nil
}

func countBy(ctx context.Context, tx pgx.Tx, col string, into map[string]int) error {
	rows, err := tx.Query(ctx, `SELECT `+col+`, count(*) FROM documents WHERE `+col+` != '' GROUP BY `+col)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return err
		}
		into[k] = n
	}
	return rows.Err()
}
