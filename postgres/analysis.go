package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/truce-project/truce"
)

var _ truce.AnalysisStore = (*Store)(nil)

// PutAnalysis replaces the analysis rows of one stored document. The
// document row is locked first, so a concurrent Replace cannot leave rows
// behind for a document that is gone.
func (s *Store) PutAnalysis(ctx context.Context, docID string, rows []truce.AnalysisRow) error {
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM documents WHERE id = $1 FOR SHARE`, docID).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return truce.Errorf(truce.ENOTFOUND, "no document %q", docID)
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM analysis WHERE doc_id = $1`, docID); err != nil {
			return err
		}
		return insertAnalysis(ctx, tx, docID, rows)
	})
	if err != nil {
		return fmt.Errorf("postgres: put analysis %s: %w", docID, err)
	}
	return nil
}

// insertAnalysis sends the rows as parallel arrays in one statement.
func insertAnalysis(ctx context.Context, tx pgx.Tx, docID string, rows []truce.AnalysisRow) error {
	if len(rows) == 0 {
		return nil
	}
	kinds, keys, dates, data := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows))
	seqs := make([]int32, len(rows))
	for i, r := range rows {
		kinds[i], keys[i], seqs[i], dates[i], data[i] = pgText(r.Kind), pgText(r.Key), int32(r.Seq), pgText(r.Date), pgText(string(r.Data))
	}
	_, err := tx.Exec(ctx, `INSERT INTO analysis (doc_id, kind, key, seq, published, data)
		SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[])`,
		docID, kinds, keys, seqs, dates, data)
	return err
}

// AnalysisRows returns the rows q selects, by key, doc id and seq.
func (s *Store) AnalysisRows(ctx context.Context, q truce.AnalysisQuery) ([]truce.AnalysisRow, error) {
	if q.Kind == "" {
		return nil, truce.Errorf(truce.EINVALID, "analysis query needs a kind")
	}
	conds, args := []string{"kind = $1"}, []any{q.Kind}
	add := func(cond string, arg any) {
		args = append(args, arg)
		conds = append(conds, fmt.Sprintf(cond, len(args)))
	}
	if len(q.Keys) > 0 {
		keys := make([]string, len(q.Keys))
		for i, k := range q.Keys {
			keys[i] = pgText(k)
		}
		add("key = ANY($%d)", keys)
	}
	if q.Since != "" {
		add("published >= $%d", q.Since)
	}
	if q.Until != "" {
		add("published != '' AND published <= $%d", q.Until)
	}
	rows, err := s.pool.Query(ctx, `SELECT doc_id, kind, key, seq, published, data FROM analysis WHERE `+
		strings.Join(conds, " AND ")+` ORDER BY key, doc_id, seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: analysis rows: %w", err)
	}
	defer rows.Close()
	var out []truce.AnalysisRow
	for rows.Next() {
		var r truce.AnalysisRow
		var data string
		if err := rows.Scan(&r.DocID, &r.Kind, &r.Key, &r.Seq, &r.Date, &data); err != nil {
			return nil, fmt.Errorf("postgres: analysis rows: %w", err)
		}
		r.Data = []byte(data)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Unanalysed lists stored documents without a row of the given kind.
func (s *Store) Unanalysed(ctx context.Context, kind string, limit int) ([]string, error) {
	query := `SELECT id FROM documents d WHERE NOT EXISTS
		(SELECT 1 FROM analysis a WHERE a.kind = $1 AND a.doc_id = d.id) ORDER BY id`
	args := []any{kind}
	if limit > 0 {
		query += ` LIMIT $2`
		args = append(args, limit)
	}
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: unanalysed: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("postgres: unanalysed: %w", err)
	}
	return ids, nil
}

// pgText makes s storable in a text column, which holds neither NUL bytes
// nor invalid UTF-8: keys are derived from text, and a key cut inside a
// character must not fail the whole document. Writes and lookups map alike.
func pgText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}
