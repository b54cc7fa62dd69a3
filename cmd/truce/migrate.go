package main

import (
	"context"
	"fmt"

	"github.com/truce-project/truce/postgres"
)

// runMigrate brings the database schema up to date. Opening a store does
// the same; this command lets a deploy do it once, before starting workers
// and servers.
func runMigrate(ctx context.Context, a *app, args []string) error {
	fs := a.flags("migrate", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, a.db)
	if err != nil {
		return err
	}
	defer store.Close()
	if pg, ok := store.(*postgres.Store); ok {
		v, err := pg.Version(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "schema at version %d\n", v)
		return nil
	}
	fmt.Fprintln(a.stdout, "schema up to date")
	return nil
}
