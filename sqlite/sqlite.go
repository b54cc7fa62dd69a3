// Package sqlite is truce's embedded store: one SQLite file (pure-Go driver,
// WAL mode) with full-text search by FTS5. It implements truce.Store.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/truce-project/truce"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a truce.Store on one SQLite database file.
type Store struct {
	db *sql.DB
}

var _ truce.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and brings its schema
// up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the embedded migrations newer than PRAGMA user_version,
// each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	for i, name := range names[min(version, len(names)):] {
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version+i+1))
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// ftsQuery passes a user query to FTS5, quoting bare terms that FTS5 would
// read as syntax (hyphens, colons, punctuation) so any input is a valid query.
func ftsQuery(q string) string {
	var out []string
	depth := 0
	operand := false // the last token ends an operand: FTS5 wants AND before the next
	and := func() {
		if operand {
			out = append(out, "AND")
		}
	}
	q = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	for _, tok := range splitQuery(q) {
		switch {
		case tok == "(":
			and()
			depth++
			out, operand = append(out, tok), false
		case tok == ")":
			if depth > 0 && operand {
				depth--
				out = append(out, tok)
			}
		case tok == "AND" || tok == "OR" || tok == "NOT":
			if operand {
				out, operand = append(out, tok), false
			}
		default:
			and()
			out, operand = append(out, term(tok)), true
		}
	}
	if !operand && len(out) > 0 { // a dangling operator or "("
		out = out[:len(out)-1]
		if depth > 0 && len(out) > 0 && out[len(out)-1] == "(" {
			out, depth = out[:len(out)-1], depth-1
		}
	}
	for ; depth > 0; depth-- {
		out = append(out, ")")
	}
	return strings.Join(out, " ")
}

func term(tok string) string {
	switch {
	case strings.HasPrefix(tok, `"`):
		return tok
	case strings.HasSuffix(tok, "*") && len(tok) > 1:
		return quote(strings.TrimSuffix(tok, "*")) + "*"
	}
	return quote(tok)
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// splitQuery splits q into terms, quoted phrases and parentheses.
func splitQuery(q string) []string {
	var toks []string
	for i := 0; i < len(q); {
		switch c := q[i]; {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '(' || c == ')':
			toks = append(toks, string(c))
			i++
		case c == '"':
			j := strings.IndexByte(q[i+1:], '"')
			if j < 0 {
				j = len(q) - i - 1
			}
			phrase := strings.TrimSpace(q[i+1 : i+1+j])
			if phrase != "" {
				toks = append(toks, quote(phrase))
			}
			i += j + 2
		default:
			j := i
			for j < len(q) && !strings.ContainsRune(" \t\n()\"", rune(q[j])) {
				j++
			}
			toks = append(toks, q[i:j])
			i = j
		}
	}
	return toks
}
