// Command truce turns news reports about peace negotiations into a sourced,
// queryable record: ingest files, search them, show and export every
// extracted fact with its evidence.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

// app carries the settings and streams every command uses.
type app struct {
	db     string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// errFailed means a command already reported its failures and should exit 1.
var errFailed = errors.New("some inputs failed")

type command struct {
	name, args, help string
	run              func(ctx context.Context, a *app, args []string) error
}

var commands []command

func init() {
	commands = []command{
		{"ingest", "PATH...", "read files, directories (recursively) or - for stdin into the store", runIngest},
		{"search", "QUERY", "full-text search: \"phrases\", prefix*, AND/OR/NOT", runSearch},
		{"show", "ID", "one document with everything extracted from it", runShow},
		{"export", "", "write the record format (JSON lines) or CSV", runExport},
		{"stats", "", "counts per fact kind, date range, outlets", runStats},
		{"serve", "", "serve the web UI and JSON API (--addr 127.0.0.1:8080, --token or TRUCE_TOKEN for writes)", runServe},
		{"demo", "", "ingest the built-in examples into a fresh database and show what was found", runDemo},
		{"eval", "--gold DIR", "score the store, an export or fresh extraction against gold annotations", runEval},
		{"worker", "", "ingest jobs queued by ingest --enqueue (PostgreSQL); run any number", runWorker},
		{"copy", "", "copy every record from --from to --to (SQLite files or postgres:// URLs)", runCopy},
		{"migrate", "", "bring the database schema up to date", runMigrate},
		{"bench", "", "measure extraction speed (words/s, docs/s, memory) on a generated corpus", runBench},
		{"stories", "", "reports grouped into stories, near-duplicates marked, earliest first", runStories},
		{"claims", "", "claims across reports: independent origins, corroborated, denied, contradicted", runClaims},
		{"figures", "", "contested figures: every reporter's value, spread, series over time", runFigures},
		{"positions", "", "position ledger: each party's stance per issue, changes; --as-of DATE", runPositions},
		{"timeline", "", "events merged across reports with their status history", runTimeline},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(a.main(ctx, os.Args[1:]))
}

// main runs one command line and returns the exit status.
func (a *app) main(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("truce", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	a.db = "truce.db"
	if v := a.getenv("TRUCE_DB"); v != "" {
		a.db = v
	}
	fs.StringVar(&a.db, "db", a.db, "database: SQLite file `path` or postgres:// URL (env TRUCE_DB)")
	fs.Usage = func() { a.usage(fs) }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		a.usage(fs)
		return 2
	}
	name, rest := fs.Arg(0), fs.Args()[1:]
	for _, c := range commands {
		if c.name == name {
			return a.exit(c.run(ctx, a, rest))
		}
	}
	fmt.Fprintf(a.stderr, "truce: unknown command %q\n", name)
	a.usage(fs)
	return 2
}

func (a *app) exit(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errFailed):
		return 1
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	msg := err.Error()
	if code := truce.ErrorCode(err); code != truce.EINTERNAL {
		msg = truce.ErrorMessage(err)
	}
	fmt.Fprintf(a.stderr, "truce: %s\n", msg)
	return 1
}

var errUsage = errors.New("usage")

func (a *app) usage(fs *flag.FlagSet) {
	fmt.Fprintf(a.stderr, "usage: truce [--db PATH] COMMAND [ARGS]\n\ncommands:\n")
	for _, c := range commands {
		fmt.Fprintf(a.stderr, "  %-9s %-10s %s\n", c.name, c.args, c.help)
	}
	fmt.Fprintf(a.stderr, "\nglobal flags:\n")
	fs.PrintDefaults()
}

// flags returns a flag set for a subcommand that reports errors on stderr.
func (a *app) flags(name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.Usage = func() {
		fmt.Fprintf(a.stderr, "usage: truce %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses subcommand flags that may come before or after the
// positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] != "-" && strings.HasPrefix(args[0], "-") { // after "--"
			return append(pos, args...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func (a *app) open(ctx context.Context) (truce.Store, error) {
	s, err := openStore(ctx, a.db)
	if err != nil {
		return nil, err
	}
	return analyze.Index(s, nil), nil // every Put also stores its analysis rows
}
