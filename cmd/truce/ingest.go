package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/truce-project/truce/ingest"
)

func runIngest(ctx context.Context, a *app, args []string) error {
	fs := a.flags("ingest", "PATH...")
	maxSize := fs.Int64("max-size", ingest.DefaultMaxSize, "largest input file in `bytes`")
	workers := fs.Int("workers", 0, "parallel parse and extract workers (0: one per core)")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	quiet := fs.Bool("quiet", false, "no progress bar")
	enqueue := fs.Bool("enqueue", false, "only queue the inputs for `truce worker` processes (PostgreSQL)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return errUsage
	}
	if *enqueue {
		return a.enqueue(ctx, paths, *maxSize, *asJSON)
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	opt := ingest.Options{MaxSize: *maxSize, Workers: *workers, Stdin: a.stdin}
	if !*quiet && !*asJSON && isTerminal(a.stderr) {
		opt.Progress = progressBar(a.stderr)
	}
	sum := ingest.Run(ctx, store, ex, paths, opt)
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		printSummary(a.stdout, sum)
	}
	if len(sum.Failed) > 0 {
		return errFailed
	}
	return ctx.Err()
}

func printSummary(w io.Writer, sum ingest.Summary) {
	fmt.Fprintf(w, "ingested %d, replaced %d, unchanged %d, failed %d", sum.Ingested, sum.Replaced,
		sum.Unchanged, len(sum.Failed))
	if sum.Skipped > 0 {
		fmt.Fprintf(w, ", skipped %d (unsupported file types)", sum.Skipped)
	}
	fmt.Fprintln(w)
	for _, f := range sum.Failed {
		fmt.Fprintf(w, "  FAILED %s: %s\n", f.Input, f.Reason)
	}
}

// isTerminal reports whether w is a character device (an interactive
// terminal), where a progress bar makes sense.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressBar draws "[#####.....] 12/40" on one terminal line.
func progressBar(w io.Writer) func(done, total int) {
	const width = 30
	return func(done, total int) {
		n := width * done / max(total, 1)
		fmt.Fprintf(w, "\r[%s%s] %d/%d", strings.Repeat("#", n), strings.Repeat(".", width-n), done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}
