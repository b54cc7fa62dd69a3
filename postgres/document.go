package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/truce-project/truce"
)

// Put stores rec, its document and facts, in one transaction. Concurrent
// Puts of one document from several workers give one row: the loser's
// unique violation is retried and then finds the row (Unchanged).
func (s *Store) Put(ctx context.Context, rec *truce.Record) (truce.PutResult, error) {
	if rec.ID == "" || rec.Source == "" {
		return 0, truce.Errorf(truce.EINVALID, "document needs an id and a source")
	}
	if err := checkText(rec); err != nil {
		return 0, err
	}
	var result truce.PutResult
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		result, err = put(ctx, tx, rec)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: put %s: %w", rec.ID, err)
	}
	return result, nil
}

// checkText refuses what PostgreSQL text cannot hold (NUL bytes, invalid
// UTF-8) with a reason, rather than an opaque driver error.
func checkText(rec *truce.Record) error {
	d := &rec.Document
	for _, s := range []string{d.ID, d.Source, d.Title, d.Published, d.Outlet, d.Author, d.URL, d.Language, d.Text} {
		switch {
		case strings.IndexByte(s, 0) >= 0:
			return truce.Errorf(truce.EINVALID, "document %q contains NUL bytes", d.Source)
		case !utf8.ValidString(s):
			return truce.Errorf(truce.EINVALID, "document %q is not valid UTF-8", d.Source)
		}
	}
	return nil
}

func put(ctx context.Context, tx pgx.Tx, rec *truce.Record) (truce.PutResult, error) {
	var old string
	err := tx.QueryRow(ctx, `SELECT id FROM documents WHERE id = $1 OR source = $2
		ORDER BY id = $1 DESC LIMIT 1 FOR UPDATE`, rec.ID, rec.Source).Scan(&old)
	result := truce.Inserted
	switch {
	case err == nil && old == rec.ID:
		return truce.Unchanged, nil
	case err == nil:
		result = truce.Replaced
		if _, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, old); err != nil {
			return 0, err
		}
	case !errors.Is(err, pgx.ErrNoRows):
		return 0, err
	}
	return result, insertRecord(ctx, tx, rec)
}

// insertRecord sends the document and its facts in one round trip: one
// INSERT per fact kind, the facts as an array of JSON values.
func insertRecord(ctx context.Context, tx pgx.Tx, rec *truce.Record) error {
	ingested := rec.Ingested
	if ingested.IsZero() {
		ingested = time.Now()
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO documents (id, source, title, published, outlet, author, url, language, text, ingested)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		rec.ID, rec.Source, rec.Title, rec.Published, rec.Outlet, rec.Author, rec.URL,
		rec.Language, rec.Text, ingested.UTC())
	for _, k := range kinds {
		data, err := k.marshal(&rec.Facts)
		if err != nil {
			return fmt.Errorf("%s: %w", k.table, err)
		}
		if len(data) == 0 {
			continue
		}
		b.Queue(`INSERT INTO `+k.table+` (doc_id, seq, data)
			SELECT $1, t.seq - 1, t.data FROM unnest($2::jsonb[]) WITH ORDINALITY AS t(data, seq)`,
			rec.ID, data)
	}
	return tx.SendBatch(ctx, b).Close()
}

// kind ties a fact table to the slice of Facts it stores.
type kind struct {
	table   string
	marshal func(f *truce.Facts) ([]string, error)
	load    func(f *truce.Facts, data []byte) error
}

var kinds = []kind{
	factKind("entities", func(f *truce.Facts) *[]truce.Entity { return &f.Entities }),
	factKind("timexes", func(f *truce.Facts) *[]truce.Timex { return &f.Timexes }),
	factKind("figures", func(f *truce.Facts) *[]truce.Figure { return &f.Figures }),
	factKind("attributions", func(f *truce.Facts) *[]truce.Attribution { return &f.Attributions }),
	factKind("events", func(f *truce.Facts) *[]truce.Event { return &f.Events }),
	factKind("positions", func(f *truce.Facts) *[]truce.Position { return &f.Positions }),
}

func factKind[T any](table string, field func(*truce.Facts) *[]T) kind {
	return kind{
		table: table,
		marshal: func(f *truce.Facts) ([]string, error) {
			facts := *field(f)
			out := make([]string, len(facts))
			for i, fact := range facts {
				data, err := json.Marshal(fact)
				if err != nil {
					return nil, err
				}
				out[i] = string(data)
			}
			return out, nil
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

func scanDocument(row pgx.Row, d *truce.Document, extra ...any) error {
	err := row.Scan(append([]any{&d.ID, &d.Source, &d.Title, &d.Published, &d.Outlet, &d.Author,
		&d.URL, &d.Language, &d.Text, &d.Ingested}, extra...)...)
	d.Ingested = d.Ingested.UTC()
	return err
}

// Record returns one document with all its facts.
func (s *Store) Record(ctx context.Context, id string) (*truce.Record, error) {
	var recs []*truce.Record
	err := pgx.BeginTxFunc(ctx, s.pool, readOnly, func(tx pgx.Tx) error {
		var err error
		recs, err = loadRecords(ctx, tx, `SELECT `+docColumns+` FROM documents WHERE id = $1`, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: record %s: %w", id, err)
	}
	if len(recs) == 0 {
		return nil, truce.Errorf(truce.ENOTFOUND, "no document %q", id)
	}
	return recs[0], nil
}

// readOnly transactions see one snapshot, so a document and its facts agree
// even while a worker replaces it.
var readOnly = pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}

// loadRecords runs a documents query and loads the facts of every document
// it returns with one query per fact kind.
func loadRecords(ctx context.Context, tx pgx.Tx, query string, args ...any) ([]*truce.Record, error) {
	rows, err := tx.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	var recs []*truce.Record
	byID := map[string]*truce.Record{}
	ids := []string{}
	for rows.Next() {
		rec := &truce.Record{}
		if err := scanDocument(rows, &rec.Document); err != nil {
			rows.Close()
			return nil, err
		}
		recs = append(recs, rec)
		byID[rec.ID] = rec
		ids = append(ids, rec.ID)
	}
	if rows.Err() != nil || len(recs) == 0 {
		return recs, rows.Err()
	}
	for _, k := range kinds {
		if err := loadFacts(ctx, tx, k, ids, byID); err != nil {
			return nil, fmt.Errorf("%s: %w", k.table, err)
		}
	}
	return recs, nil
}

func loadFacts(ctx context.Context, tx pgx.Tx, k kind, ids []string, byID map[string]*truce.Record) error {
	rows, err := tx.Query(ctx, `SELECT doc_id, data FROM `+k.table+` WHERE doc_id = ANY($1) ORDER BY doc_id, seq`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			return err
		}
		if err := k.load(&byID[id].Facts, data); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Documents lists documents by publication date (undated last), then id.
func (s *Store) Documents(ctx context.Context, f truce.DocFilter) ([]truce.Document, error) {
	where, args := docWhere(f)
	query := `SELECT ` + docColumns + ` FROM documents` + where + ` ORDER BY published = '', published, id`
	if f.Limit > 0 {
		args = append(args, f.Limit)
		query += fmt.Sprintf(" LIMIT $%d", len(args))
	}
	args = append(args, max(f.Offset, 0))
	query += fmt.Sprintf(" OFFSET $%d", len(args))
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: documents: %w", err)
	}
	defer rows.Close()
	var docs []truce.Document
	for rows.Next() {
		var d truce.Document
		if err := scanDocument(rows, &d); err != nil {
			return nil, fmt.Errorf("postgres: documents: %w", err)
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

func docWhere(f truce.DocFilter) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, arg any) {
		args = append(args, arg)
		conds = append(conds, fmt.Sprintf(cond, len(args)))
	}
	if f.Since != "" {
		add("published >= $%d", f.Since)
	}
	if f.Until != "" {
		add("published != '' AND published <= $%d", f.Until)
	}
	if f.Outlet != "" {
		add("outlet = $%d", f.Outlet)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}
