package main

import (
	"context"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/postgres"
	"github.com/truce-project/truce/sqlite"
)

// openStore opens the store named by db: a postgres:// or postgresql:// URL
// is a PostgreSQL database, anything else a SQLite file path.
func openStore(ctx context.Context, db string) (truce.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// openQueue opens the PostgreSQL store that holds the ingest queue; the
// queue needs a database that many workers share, so SQLite has none.
func (a *app) openQueue(ctx context.Context) (*postgres.Store, error) {
	if !postgres.IsURL(a.db) {
		return nil, truce.Errorf(truce.EINVALID,
			"the ingest queue needs a PostgreSQL database: give --db postgres://… (or TRUCE_DB); %q is a SQLite file", a.db)
	}
	return postgres.Open(ctx, a.db)
}
