package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/truce-project/truce"
)

var _ truce.AnalysisStore = (*Store)(nil)

// PutAnalysis replaces the analysis rows of one stored document.
func (s *Store) PutAnalysis(ctx context.Context, docID string, rows []truce.AnalysisRow) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, docID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return truce.Errorf(truce.ENOTFOUND, "no document %q", docID)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM analysis WHERE doc_id = ?`, docID); err != nil {
			return err
		}
		return insertAnalysis(ctx, tx, docID, rows)
	})
	if err != nil {
		return fmt.Errorf("sqlite: put analysis %s: %w", docID, err)
	}
	return nil
}

// insertAnalysis inserts rows a batch per statement: one statement per row
// would cost more than the rows themselves.
func insertAnalysis(ctx context.Context, tx *sql.Tx, docID string, rows []truce.AnalysisRow) error {
	const batch = 100
	for len(rows) > 0 {
		n := min(len(rows), batch)
		args := make([]any, 0, 6*n)
		for _, r := range rows[:n] {
			args = append(args, docID, r.Kind, r.Key, r.Seq, r.Date, string(r.Data))
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO analysis (doc_id, kind, key, seq, published, data) VALUES `+
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?), ", n), ", "), args...)
		if err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// AnalysisRows returns the rows q selects, by key, doc id and seq.
func (s *Store) AnalysisRows(ctx context.Context, q truce.AnalysisQuery) ([]truce.AnalysisRow, error) {
	if q.Kind == "" {
		return nil, truce.Errorf(truce.EINVALID, "analysis query needs a kind")
	}
	conds, args := []string{"kind = ?"}, []any{q.Kind}
	if len(q.Keys) > 0 {
		conds = append(conds, "key IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(q.Keys)), ", ")+")")
		for _, k := range q.Keys {
			args = append(args, k)
		}
	}
	if q.Since != "" {
		conds, args = append(conds, "published >= ?"), append(args, q.Since)
	}
	if q.Until != "" {
		conds, args = append(conds, "published != '' AND published <= ?"), append(args, q.Until)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT doc_id, kind, key, seq, published, data FROM analysis WHERE `+
		strings.Join(conds, " AND ")+` ORDER BY key, doc_id, seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: analysis rows: %w", err)
	}
	defer rows.Close()
	var out []truce.AnalysisRow
	for rows.Next() {
		var r truce.AnalysisRow
		var data string
		if err := rows.Scan(&r.DocID, &r.Kind, &r.Key, &r.Seq, &r.Date, &data); err != nil {
			return nil, fmt.Errorf("sqlite: analysis rows: %w", err)
		}
		r.Data = []byte(data)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Unanalysed lists stored documents without a row of the given kind.
func (s *Store) Unanalysed(ctx context.Context, kind string, limit int) ([]string, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents d WHERE NOT EXISTS
		(SELECT 1 FROM analysis a WHERE a.kind = ? AND a.doc_id = d.id) ORDER BY id LIMIT ?`, kind, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: unanalysed: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: unanalysed: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
