package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/truce-project/truce"
)

// NameMatch is an entity name found by FindNames.
type NameMatch struct {
	Name       string  `json:"name"`
	KBID       string  `json:"id"`
	Documents  int     `json:"documents"`  // how many documents mention it
	Similarity float64 `json:"similarity"` // 0..1, trigram similarity to the query
}

// FindNames looks up the entity names that resemble q, misspellings and
// other transliterations included ("Zelenskiy" finds "Volodymyr Zelensky"),
// most similar first. It uses pg_trgm's word similarity through the
// trigram index; without the extension it falls back to names containing
// q, ignoring case.
func (s *Store) FindNames(ctx context.Context, q string, limit int) ([]NameMatch, error) {
	q = strings.TrimSpace(clean(q))
	if q == "" {
		return nil, truce.Errorf(truce.EINVALID, "empty name")
	}
	if limit <= 0 {
		limit = 20
	}
	query := `SELECT name, coalesce(kb_id, ''), count(DISTINCT doc_id),
			word_similarity(truce_fold($1), truce_fold(name)) AS sim
		FROM entities WHERE truce_fold($1) <% truce_fold(name)
		GROUP BY name, kb_id ORDER BY sim DESC, name LIMIT $2`
	if !s.hasTrigrams(ctx) {
		query = `SELECT name, coalesce(kb_id, ''), count(DISTINCT doc_id), 1.0::float8
			FROM entities WHERE strpos(truce_fold(name), truce_fold($1)) > 0
			GROUP BY name, kb_id ORDER BY name LIMIT $2`
	}
	rows, err := s.pool.Query(ctx, query, q, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: find names: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowToStructByPos[NameMatch])
	if err != nil {
		return nil, fmt.Errorf("postgres: find names: %w", err)
	}
	return names, nil
}

func (s *Store) hasTrigrams(ctx context.Context) bool {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')`).Scan(&ok)
	return err == nil && ok
}
