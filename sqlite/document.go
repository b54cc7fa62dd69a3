package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// Put stores rec, its document and facts, in one transaction.
func (s *Store) Put(ctx context.Context, rec *truce.Record) (truce.PutResult, error) {
	if rec.ID == "" || rec.Source == "" {
		return 0, truce.Errorf(truce.EINVALID, "document needs an id and a source")
	}
	result := truce.Inserted
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var old string
		err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE id = ? OR source = ? ORDER BY id = ? DESC LIMIT 1`,
			rec.ID, rec.Source, rec.ID).Scan(&old)
		switch {
		case err == nil && old == rec.ID:
			result = truce.Unchanged
			return nil
		case err == nil:
			result = truce.Replaced
			if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, old); err != nil {
				return err
			}
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		return insertRecord(ctx, tx, rec)
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: put %s: %w", rec.ID, err)
	}
	return result, nil
}

func insertRecord(ctx context.Context, tx *sql.Tx, rec *truce.Record) error {
	ingested := rec.Ingested
	if ingested.IsZero() {
		ingested = time.Now()
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO documents
		(id, source, title, published, outlet, author, url, language, text, ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rec.ID, rec.Source, rec.Title, rec.Published, rec.Outlet, rec.Author, rec.URL,
		rec.Language, rec.Text, ingested.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return err
	}
	for _, k := range kinds {
		if err := k.insert(ctx, tx, rec.ID, &rec.Facts); err != nil {
			return fmt.Errorf("%s: %w", k.table, err)
		}
	}
	return nil
}

// kind ties a fact table to the slice of Facts it stores.
type kind struct {
	table  string
	insert func(ctx context.Context, tx *sql.Tx, docID string, f *truce.Facts) error
	load   func(f *truce.Facts, data []byte) error
}

var kinds = []kind{
	factKind("entities", func(f *truce.Facts) *[]truce.Entity { return &f.Entities }),
	factKind("timexes", func(f *truce.Facts) *[]truce.Timex { return &f.Timexes }),
	factKind("figures", func(f *truce.Facts) *[]truce.Figure { return &f.Figures }),
	factKind("attributions", func(f *truce.Facts) *[]truce.Attribution { return &f.Attributions }),
	factKind("events", func(f *truce.Facts) *[]truce.Event { return &f.Events }),
	factKind("positions", func(f *truce.Facts) *[]truce.Position { return &f.Positions }),
}

// KindNames lists the fact kinds in export order.
func KindNames() []string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.table
	}
	return names
}

func factKind[T any](table string, field func(*truce.Facts) *[]T) kind {
	return kind{
		table: table,
		insert: func(ctx context.Context, tx *sql.Tx, docID string, f *truce.Facts) error {
			stmt, err := tx.PrepareContext(ctx, `INSERT INTO `+table+` (doc_id, seq, data) VALUES (?, ?, ?)`)
			if err != nil {
				return err
			}
			defer stmt.Close()
			for i, fact := range *field(f) {
				data, err := json.Marshal(fact)
				if err != nil {
					return err
				}
				if _, err := stmt.ExecContext(ctx, docID, i, data); err != nil {
					return err
				}
			}
			return nil
		},
		load: func(f *truce.Facts, data []byte) error {
			var fact T
			if err := json.Unmarshal(data, &fact); err != nil {
				return err
			}
			*field(f) = append(*field(f), fact)
			return nil
		},
	}
}

const docColumns = `id, source, title, published, outlet, author, url, language, text, ingested`

func scanDocument(row interface{ Scan(...any) error }, d *truce.Document) error {
	var ingested string
	if err := row.Scan(&d.ID, &d.Source, &d.Title, &d.Published, &d.Outlet, &d.Author, &d.URL,
		&d.Language, &d.Text, &ingested); err != nil {
		return err
	}
	d.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	return nil
}

// Record returns one document with all its facts.
func (s *Store) Record(ctx context.Context, id string) (*truce.Record, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("sqlite: record %s: %w", id, err)
	}
	defer tx.Rollback()
	rec := &truce.Record{}
	err = scanDocument(tx.QueryRowContext(ctx, `SELECT `+docColumns+` FROM documents WHERE id = ?`, id), &rec.Document)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, truce.Errorf(truce.ENOTFOUND, "no document %q", id)
	}
	if err == nil {
		err = loadFacts(ctx, tx, rec)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: record %s: %w", id, err)
	}
	return rec, nil
}

func loadFacts(ctx context.Context, tx *sql.Tx, rec *truce.Record) error {
	for _, k := range kinds {
		rows, err := tx.QueryContext(ctx, `SELECT data FROM `+k.table+` WHERE doc_id = ? ORDER BY seq`, rec.ID)
		if err != nil {
			return err
		}
		for rows.Next() {
			var data []byte
			if err := rows.Scan(&data); err != nil {
				rows.Close()
				return err
			}
			if err := k.load(&rec.Facts, data); err != nil {
				rows.Close()
				return fmt.Errorf("%s: %w", k.table, err)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// Documents lists documents by publication date (undated last), then id.
func (s *Store) Documents(ctx context.Context, f truce.DocFilter) ([]truce.Document, error) {
	where, args := docWhere(f)
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+docColumns+` FROM documents`+where+
		` ORDER BY published = '', published, id LIMIT ? OFFSET ?`, append(args, limit, f.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: documents: %w", err)
	}
	defer rows.Close()
	var docs []truce.Document
	for rows.Next() {
		var d truce.Document
		if err := scanDocument(rows, &d); err != nil {
			return nil, fmt.Errorf("sqlite: documents: %w", err)
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

func docWhere(f truce.DocFilter) (string, []any) {
	var conds []string
	var args []any
	if f.Since != "" {
		conds, args = append(conds, "published >= ?"), append(args, f.Since)
	}
	if f.Until != "" {
		conds, args = append(conds, "published != '' AND published <= ?"), append(args, f.Until)
	}
	if f.Outlet != "" {
		conds, args = append(conds, "outlet = ?"), append(args, f.Outlet)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Search runs q through FTS5, best matches first (bm25, title weighted).
func (s *Store) Search(ctx context.Context, q truce.SearchQuery) ([]truce.Hit, error) {
	match := ftsQuery(q.Query)
	if match == "" {
		return nil, truce.Errorf(truce.EINVALID, "empty search query")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixed("d.", docColumns)+`,
		snippet(documents_fts, 1, char(2), char(3), '…', 24), bm25(documents_fts, 3.0, 1.0) AS rank
		FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
		WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ? OFFSET ?`, match, limit, q.Offset)
	if err != nil {
		if strings.Contains(err.Error(), "fts5") || strings.Contains(err.Error(), "syntax") {
			return nil, truce.Errorf(truce.EINVALID, "bad search query %q: check its quotes, parentheses and AND/OR/NOT", q.Query)
		}
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	defer rows.Close()
	var hits []truce.Hit
	for rows.Next() {
		var h truce.Hit
		var ingested string
		d := &h.Document
		if err := rows.Scan(&d.ID, &d.Source, &d.Title, &d.Published, &d.Outlet, &d.Author, &d.URL,
			&d.Language, &d.Text, &ingested, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		d.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

func prefixed(p, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// Records calls fn for each record in id order, reading one at a time.
func (s *Store) Records(ctx context.Context, fn func(*truce.Record) error) error {
	after := ""
	for {
		var id string
		err := s.db.QueryRowContext(ctx, `SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT 1`, after).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("sqlite: records: %w", err)
		}
		rec, err := s.Record(ctx, id)
		if err != nil {
			return err
		}
		if err := fn(rec); err != nil {
			return err
		}
		after = id
	}
}

// Stats counts documents, facts per kind, dates, outlets and languages.
func (s *Store) Stats(ctx context.Context) (*truce.Stats, error) {
	st := &truce.Stats{Facts: map[string]int{}, Outlets: map[string]int{}, Languages: map[string]int{}}
	err := s.db.QueryRowContext(ctx, `SELECT count(*),
		coalesce(min(nullif(published, '')), ''), coalesce(max(nullif(published, '')), '') FROM documents`).
		Scan(&st.Documents, &st.FirstDate, &st.LastDate)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stats: %w", err)
	}
	for _, k := range kinds {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+k.table).Scan(&n); err != nil {
			return nil, fmt.Errorf("sqlite: stats: %w", err)
		}
		st.Facts[k.table] = n
	}
	for col, m := range map[string]map[string]int{"outlet": st.Outlets, "language": st.Languages} {
		if err := countBy(ctx, s.db, col, m); err != nil {
			return nil, fmt.Errorf("sqlite: stats: %w", err)
		}
	}
	return st, nil
}

func countBy(ctx context.Context, db *sql.DB, col string, into map[string]int) error {
	rows, err := db.QueryContext(ctx, `SELECT `+col+`, count(*) FROM documents WHERE `+col+` != '' GROUP BY `+col)
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
