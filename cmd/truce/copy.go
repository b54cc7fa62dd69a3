package main

import (
	"context"
	"fmt"

	"github.com/truce-project/truce"
)

// runCopy copies every record (document and facts) from one store to
// another, of either kind. Put leaves documents the target already has
// alone, so copying again, or after an interruption, only adds what is
// missing.
func runCopy(ctx context.Context, a *app, args []string) error {
	fs := a.flags("copy", "--from DB --to DB")
	from := fs.String("from", "", "source database: SQLite `path` or postgres:// URL")
	to := fs.String("to", "", "target database: SQLite `path` or postgres:// URL")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" || *from == *to {
		fmt.Fprintln(a.stderr, "truce copy: need --from and --to, two different databases")
		fs.Usage()
		return errUsage
	}
	src, err := openStore(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openStore(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	counts, err := copyRecords(ctx, src, dst)
	fmt.Fprintf(a.stdout, "copied %d, replaced %d, unchanged %d\n",
		counts[truce.Inserted], counts[truce.Replaced], counts[truce.Unchanged])
	return err
}

func copyRecords(ctx context.Context, src, dst truce.Store) (map[truce.PutResult]int, error) {
	counts := map[truce.PutResult]int{}
	err := src.Records(ctx, func(rec *truce.Record) error {
		res, err := dst.Put(ctx, rec)
		if err != nil {
			return err
		}
		counts[res]++
		return ctx.Err()
	})
	return counts, err
}
