package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

// viewFlags are the filters every cross-report view takes.
type viewFlags struct {
	f      analyze.Filter
	asJSON bool
	limit  int
	all    bool
}

func (a *app) viewFlags(name, typeHelp string, issue bool, v *viewFlags) *flag.FlagSet {
	fs := a.flags(name, "")
	fs.StringVar(&v.f.Since, "since", "", "only reports published on or after `YYYY-MM-DD`")
	fs.StringVar(&v.f.Until, "until", "", "only reports published on or before `YYYY-MM-DD`")
	fs.StringVar(&v.f.Party, "party", "", "only items involving this party or actor")
	if issue {
		fs.StringVar(&v.f.Issue, "issue", "", "only items on this issue id (territory, nato_neutrality, …)")
	}
	if typeHelp != "" {
		fs.StringVar(&v.f.Type, "type", "", typeHelp)
	}
	fs.BoolVar(&v.asJSON, "json", false, "print as JSON")
	fs.IntVar(&v.limit, "limit", 0, "show at most this many items (0: all)")
	return fs
}

// openAnalysis checks the filters, opens the store, brings its analysis
// rows up to date and hands it to view.
func (a *app) openAnalysis(ctx context.Context, f analyze.Filter, view func(analyze.Store) error) error {
	for _, d := range [][2]string{{"since", f.Since}, {"until", f.Until}, {"as-of", f.AsOf}} {
		if _, err := time.Parse(time.DateOnly, d[1]); d[1] != "" && err != nil {
			return truce.Errorf(truce.EINVALID, "--%s %q: want a date YYYY-MM-DD", d[0], d[1])
		}
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	s, ok := store.(analyze.Store)
	if !ok {
		return truce.Errorf(truce.EINVALID, "this database backend does not keep cross-report analysis yet")
	}
	an, err := analyze.Default()
	if err != nil {
		return err
	}
	if _, err := analyze.Sync(ctx, s, an); err != nil {
		return err
	}
	return view(s)
}

// view runs one cross-report view: fetch its items, keep the interesting
// ones unless --all (interesting may be nil), cut to --limit, and print them
// as JSON or as a table.
func view[T any](ctx context.Context, a *app, v *viewFlags,
	fetch func(context.Context, truce.AnalysisStore, analyze.Filter) ([]T, error),
	interesting func(T) bool, print func(io.Writer, []T)) error {
	return a.openAnalysis(ctx, v.f, func(s analyze.Store) error {
		items, err := fetch(ctx, s, v.f)
		if err != nil {
			return err
		}
		if !v.all && interesting != nil {
			items = keep(items, interesting)
		}
		items = limit(items, v.limit)
		if v.asJSON {
			return writeJSON(a.stdout, nonNilSlice(items))
		}
		print(a.stdout, items)
		return nil
	})
}

func runStories(ctx context.Context, a *app, args []string) error {
	var v viewFlags
	fs := a.viewFlags("stories", "", true, &v)
	fs.BoolVar(&v.all, "all", false, "also list stories of a single report")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return view(ctx, a, &v, analyze.Stories, func(s analyze.Story) bool { return len(s.Documents) > 1 }, printStories)
}

func printStories(w io.Writer, stories []analyze.Story) {
	if len(stories) == 0 {
		fmt.Fprintln(w, "no stories")
	}
	for _, s := range stories {
		fmt.Fprintf(w, "%s  %s … %s  %d reports  %s\n", s.ID, orDash(s.First), orDash(s.Last), len(s.Documents), orDash(s.Title))
		tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
		for _, d := range s.Documents {
			fmt.Fprintf(tw, "    %s\t%s\t%s\t%s\t%s\n", d.DocID, orDash(d.Published), orDash(d.Outlet),
				suffix("copy of ", d.DuplicateOf), cut(d.Title, 60))
		}
		tw.Flush()
	}
}

func runClaims(ctx context.Context, a *app, args []string) error {
	var v viewFlags
	fs := a.viewFlags("claims", "only claims of this `status` (single-source, corroborated, denied, contradicted)", true, &v)
	fs.BoolVar(&v.all, "all", false, "also list claims reported once")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	var interesting func(analyze.Claim) bool
	if v.f.Type == "" { // a status filter lists every claim of that status
		interesting = func(c analyze.Claim) bool { return len(c.Reports) > 1 || len(c.Denials) > 0 || len(c.Denies) > 0 }
	}
	return view(ctx, a, &v, analyze.Claims, interesting, printClaims)
}

func printClaims(w io.Writer, claims []analyze.Claim) {
	if len(claims) == 0 {
		fmt.Fprintln(w, "no claims (--all lists claims reported once)")
	}
	for _, c := range claims {
		fmt.Fprintf(w, "%s  %-13s %s: «%s»\n", orDash(c.First), c.Status, c.Speaker, cut(c.Text, 100))
		fmt.Fprintf(w, "    %d reports, %d origins: %s\n", len(c.Reports), len(c.Origins), strings.Join(c.Origins, "; "))
		for _, r := range c.Reports {
			fmt.Fprintf(w, "      %s %s %s%s\n", r.DocID, orDash(r.Published), orDash(r.Outlet), suffix(" via ", strings.Join(r.Via, " ← ")))
		}
		for _, d := range c.Denials {
			fmt.Fprintf(w, "    %s by %s %s (%s): «%s»\n", d.Kind, d.Speaker, orDash(d.Evidence.Published), d.Evidence.DocID, cut(d.Text, 90))
		}
	}
}

func runFigures(ctx context.Context, a *app, args []string) error {
	var v viewFlags
	fs := a.viewFlags("figures", "only measures containing this `word` (killed, wounded, …)", false, &v)
	fs.BoolVar(&v.all, "all", false, "also list figures reported once")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return view(ctx, a, &v, analyze.Figures, func(g analyze.FigureGroup) bool { return len(g.Values) > 1 }, printFigures)
}

func printFigures(w io.Writer, groups []analyze.FigureGroup) {
	if len(groups) == 0 {
		fmt.Fprintln(w, "no figure groups (--all lists figures reported once)")
	}
	for _, g := range groups {
		fmt.Fprintf(w, "%s · %s · %s%s  %d reporters, %g … %g", orDash(g.Subject), orDash(g.Measure), orDash(g.Unit),
			suffix(" since ", g.Period), len(g.Reporters), g.Min, g.Max)
		if g.Ratio > 1 {
			fmt.Fprintf(w, " (×%.1f)", g.Ratio)
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', tabwriter.AlignRight)
		for _, v := range g.Values {
			party := v.Party
			if v.PartyToConflict {
				party += " (party to the war)"
			}
			fmt.Fprintf(tw, "    %s\t %s\t %s\t %s\t %s\t\n", fmtValue(v), orDash(v.AsOf), cut(v.ReportedBy, 40), orDash(party), v.Evidence.DocID)
		}
		tw.Flush()
		for _, s := range g.Series {
			var pts []string
			for _, p := range s.Points {
				pts = append(pts, fmt.Sprintf("%s %g", p.Date, p.Value))
			}
			kind := "series"
			if s.Cumulative {
				kind = "running total"
			}
			fmt.Fprintf(w, "    %s per %s: %s\n", kind, s.ReportedBy, strings.Join(pts, " → "))
		}
	}
}

func fmtValue(v analyze.FigureValue) string {
	s := fmt.Sprintf("%g", v.Value)
	if v.Low != nil && v.High != nil {
		s = fmt.Sprintf("%g–%g", *v.Low, *v.High)
	}
	if v.Approx {
		s = "~" + s
	}
	return s
}

func runPositions(ctx context.Context, a *app, args []string) error {
	var v viewFlags
	fs := a.viewFlags("positions", "", true, &v)
	fs.StringVar(&v.f.AsOf, "as-of", "", "the ledger as it stood on `YYYY-MM-DD`")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return view(ctx, a, &v, analyze.Positions, nil, printPositions)
}

func printPositions(w io.Writer, cells []analyze.PositionCell) {
	if len(cells) == 0 {
		fmt.Fprintln(w, "no positions")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "PARTY\tISSUE\tSTANCE\tSINCE\tCHANGES\tEVIDENCE")
	for _, c := range cells {
		var ch []string
		for _, x := range c.Changes {
			ch = append(ch, fmt.Sprintf("%s %s %s", orDash(x.Date), x.Kind, strings.TrimPrefix(x.From+"→"+x.To, "→")))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s «%s»\n", c.Party, c.Issue, c.Stance, orDash(c.Since),
			strings.Join(ch, "; "), c.Evidence.DocID, cut(c.Evidence.Quote, 60))
	}
	tw.Flush()
}

func runTimeline(ctx context.Context, a *app, args []string) error {
	var v viewFlags
	fs := a.viewFlags("timeline", "only events of this `type` (talks, summit, ceasefire, …)", true, &v)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return view(ctx, a, &v, analyze.Timeline, nil, printTimeline)
}

func printTimeline(w io.Writer, events []analyze.TimelineEvent) {
	if len(events) == 0 {
		fmt.Fprintln(w, "no events")
	}
	for _, e := range events {
		var st []string
		for _, s := range e.Statuses {
			st = append(st, s.Status+suffix(" ", s.Date))
		}
		fmt.Fprintf(w, "%-10s %-17s %s%s  %s  [%s]  %d sources\n", orDash(e.Date), e.Type, strings.Join(e.Participants, ", "),
			suffix(" in ", e.Place), e.Status, strings.Join(st, " → "), len(e.Sources))
	}
}

func keep[T any](s []T, ok func(T) bool) []T {
	var out []T
	for _, x := range s {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

func limit[T any](s []T, n int) []T {
	if n > 0 && len(s) > n {
		return s[:n]
	}
	return s
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// cut shortens s to n runes on one line.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
