// Package postgres is truce's shared store: a PostgreSQL database (pgx v5)
// that any number of ingest workers and servers use at once. It implements
// truce.Store with the same answers as the SQLite store (full-text search by
// a generated tsvector column with a GIN index) and holds the ingest job
// queue (queue.go) that `truce ingest --enqueue` fills and `truce worker`
// drains.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/truce-project/truce"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a truce.Store on one PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
}

var _ truce.Store = (*Store)(nil)

// IsURL reports whether s names a PostgreSQL database rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://…) and brings its schema
// up to date.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, truce.Errorf(truce.EINVALID, "bad database URL: %v", redact(err))
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	s := &Store{pool: pool}
	if err := s.Migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// redact keeps a URL parse error from echoing a password.
func redact(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "://"); i >= 0 {
		if j := strings.IndexByte(msg[i:], '@'); j >= 0 {
			msg = msg[:i+3] + "…" + msg[i+j:]
		}
	}
	return msg
}

// Close closes every connection.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrationLock is the pg_advisory_lock key that serialises schema changes
// between processes starting at the same time ("truce" in ASCII).
const migrationLock = 0x7472756365

// Migrate applies the embedded migrations the database lacks, each in its own
// transaction, holding an advisory lock so that concurrent starts wait for
// each other instead of racing. Open calls it; `truce migrate` too.
func (s *Store) Migrate(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("postgres: migrate: lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrationLock)
	if err := migrate(ctx, conn.Conn()); err != nil {
		return fmt.Errorf("postgres: migrate: %w", err)
	}
	return nil
}

func migrate(ctx context.Context, conn *pgx.Conn) error {
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS truce_schema (
		version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	var version int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM truce_schema`).Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		n, err := migrationVersion(name)
		if err != nil {
			return err
		}
		if n <= version {
			continue
		}
		if err := apply(ctx, conn, name, n); err != nil {
			return err
		}
	}
	return nil
}

func migrationVersion(name string) (int, error) {
	base := strings.TrimPrefix(name, "migrations/")
	n, err := strconv.Atoi(base[:strings.IndexByte(base+"_", '_')])
	if err != nil {
		return 0, fmt.Errorf("migration %s: name must start with a number", name)
	}
	return n, nil
}

func apply(ctx context.Context, conn *pgx.Conn, name string, version int) error {
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		// No arguments: the simple protocol, which runs several statements.
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
		_, err := tx.Exec(ctx, `INSERT INTO truce_schema (version) VALUES ($1)`, version)
		return err
	})
}

// Version returns the schema version the database is at.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM truce_schema`).Scan(&v)
	return v, err
}

// inTx runs fn in a transaction, retrying it when PostgreSQL reports a
// conflict with a concurrent transaction that a fresh attempt resolves:
// serialization failures, deadlocks and unique violations (another worker
// stored the same document or source first; the retry then sees its row).
func (s *Store) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	const attempts = 5
	var err error
	for i := range attempts {
		err = pgx.BeginFunc(ctx, s.pool, fn)
		if !retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * 5 * time.Millisecond):
		}
	}
	return err
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "40001", "40P01", "23505": // serialization_failure, deadlock_detected, unique_violation
		return true
	}
	return false
}

// Truncate deletes every document, fact and job: for tests and benchmarks
// that reuse one database.
func (s *Store) Truncate(ctx context.Context) error {
	_, err := s.pool.Exec(ctx, `TRUNCATE documents, entities, timexes, figures, attributions, events, positions, analysis, jobs`)
	return err
}
