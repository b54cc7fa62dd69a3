// Package pgtest gives tests a real, throw-away PostgreSQL database on the
// server named by TRUCE_TEST_POSTGRES_URL (.ci/run starts one). Without that
// variable, tests skip, except in CI (CI=true), where they fail: a missing
// server must not pass as a green run.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvURL is the variable naming the test server.
const EnvURL = "TRUCE_TEST_POSTGRES_URL"

// Server returns the test server's URL, or skips (fails in CI) without one.
func Server(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(EnvURL)
	if u == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: .ci/run starts a PostgreSQL server and sets it", EnvURL)
		}
		tb.Skipf("%s is not set: no PostgreSQL to test against", EnvURL)
	}
	return u
}

// Database creates a fresh database for tb, dropped when tb ends.
func Database(tb testing.TB) string {
	tb.Helper()
	u, drop, err := Create(context.Background(), Server(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := drop(); err != nil {
			tb.Errorf("pgtest: %v", err)
		}
	})
	return u
}

// Create creates a database with a random name on the server at server and
// returns its URL and a function that drops it.
func Create(ctx context.Context, server string) (string, func() error, error) {
	b := make([]byte, 6)
	rand.Read(b)
	name := "truce_test_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		return "", nil, fmt.Errorf("pgtest: connect: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE DATABASE `+name+` TEMPLATE template0 ENCODING 'UTF8'`); err != nil {
		return "", nil, fmt.Errorf("pgtest: create database: %w", err)
	}
	u, err := withDatabase(server, name)
	if err != nil {
		return "", nil, err
	}
	drop := func() error {
		conn, err := pgx.Connect(context.Background(), server)
		if err != nil {
			return fmt.Errorf("drop %s: %w", name, err)
		}
		defer conn.Close(context.Background())
		_, err = conn.Exec(context.Background(), `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`)
		return err
	}
	return u, drop, nil
}

// Named returns the URL of the database name on server, creating it if it
// does not exist; it is kept (for benchmark corpora reused between runs).
func Named(ctx context.Context, server, name string) (string, error) {
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		return "", fmt.Errorf("pgtest: connect: %w", err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return "", fmt.Errorf("pgtest: %w", err)
	}
	if !exists {
		if _, err := conn.Exec(ctx, `CREATE DATABASE `+pgx.Identifier{name}.Sanitize()+` TEMPLATE template0 ENCODING 'UTF8'`); err != nil {
			return "", fmt.Errorf("pgtest: create database: %w", err)
		}
	}
	return withDatabase(server, name)
}

// withDatabase returns server's URL with its database replaced by name.
func withDatabase(server, name string) (string, error) {
	u, err := url.Parse(server)
	if err != nil {
		return "", fmt.Errorf("pgtest: %s: %w", EnvURL, err)
	}
	u.Path = "/" + name
	return u.String(), nil
}
