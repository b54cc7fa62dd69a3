package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

func runSearch(ctx context.Context, a *app, args []string) error {
	fs := a.flags("search", "QUERY")
	limit := fs.Int("limit", 20, "most hits to show")
	offset := fs.Int("offset", 0, "hits to skip")
	asJSON := fs.Bool("json", false, "print hits as JSON")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		fs.Usage()
		return errUsage
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	hits, err := store.Search(ctx, truce.SearchQuery{Query: strings.Join(words, " "), Limit: *limit, Offset: *offset})
	if err != nil {
		return err
	}
	if *asJSON {
		type hit struct {
			ID        string  `json:"id"`
			Title     string  `json:"title"`
			Published string  `json:"published"`
			Outlet    string  `json:"outlet"`
			Source    string  `json:"source"`
			Snippet   string  `json:"snippet"`
			Rank      float64 `json:"rank"`
		}
		out := []hit{}
		for _, h := range hits {
			d := h.Document
			snippet := strings.NewReplacer(truce.Mark, "<mark>", truce.EndMark, "</mark>").Replace(h.Snippet)
			out = append(out, hit{d.ID, d.Title, d.Published, d.Outlet, d.Source, snippet, h.Rank})
		}
		return writeJSON(a.stdout, out)
	}
	on, off := "[", "]"
	if isTerminal(a.stdout) {
		on, off = "\033[1;33m", "\033[0m"
	}
	if len(hits) == 0 {
		fmt.Fprintln(a.stdout, "no matches")
	}
	for _, h := range hits {
		d := h.Document
		fmt.Fprintf(a.stdout, "%s  %s  %s\n", d.ID, orDash(d.Published), orDash(d.Title))
		snippet := strings.NewReplacer(truce.Mark, on, truce.EndMark, off, "\n", " ").Replace(h.Snippet)
		fmt.Fprintf(a.stdout, "    %s\n", snippet)
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runShow(ctx context.Context, a *app, args []string) error {
	fs := a.flags("show", "ID")
	asJSON := fs.Bool("json", false, "print the record format")
	ids, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(ids) != 1 {
		fs.Usage()
		return errUsage
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	rec, err := store.Record(ctx, ids[0])
	if err != nil {
		return err
	}
	if *asJSON {
		data, err := truce.MarshalRecord(rec)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(a.stdout, "%s\n", data)
		return err
	}
	printRecord(a.stdout, rec)
	return nil
}

// printRecord shows a record for a reader: metadata, then each fact kind
// with the evidence text it points to.
func printRecord(w io.Writer, r *truce.Record) {
	fmt.Fprintf(w, "%s  %s\n", r.ID, orDash(r.Title))
	fmt.Fprintf(w, "source %s · published %s · outlet %s · language %s\n\n", r.Source, orDash(r.Published),
		orDash(r.Outlet), orDash(r.Language))
	ev := func(s truce.Span) string { return quoteSpan(r.Text, s) }
	section(w, "entities", len(r.Entities))
	for _, e := range r.Entities {
		fmt.Fprintf(w, "  %-13s %s (%d mentions)%s\n", e.Type, e.Name, len(e.Mentions), suffix(" ", e.Wikidata))
	}
	section(w, "dates", len(r.Timexes))
	for _, t := range r.Timexes {
		fmt.Fprintf(w, "  %-12s %s\n", t.Value, ev(t.Span))
	}
	section(w, "figures", len(r.Figures))
	for _, f := range r.Figures {
		fmt.Fprintf(w, "  %s %s%s%s  %s\n", number(f), f.Unit, suffix(" of ", f.Subject), suffix(" per ", f.ReportedBy), ev(f.Span))
	}
	section(w, "attributions", len(r.Attributions))
	for _, at := range r.Attributions {
		flags := ""
		if at.Anonymous {
			flags += " [anonymous]"
		}
		if at.Hedged {
			flags += " [hedged]"
		}
		via := ""
		if len(at.Via) > 0 {
			via = " via " + strings.Join(at.Via, " ← ")
		}
		fmt.Fprintf(w, "  %s %s%s%s: %s\n", at.Speaker, at.Cue, via, flags, ev(at.Content))
	}
	section(w, "events", len(r.Events))
	for _, e := range r.Events {
		fmt.Fprintf(w, "  %s %s %s%s%s  %s\n", e.Type, e.Status, strings.Join(e.Participants, ", "),
			suffix(" in ", e.Place), suffix(" on ", e.Date), ev(e.Span))
	}
	section(w, "positions", len(r.Positions))
	for _, p := range r.Positions {
		fmt.Fprintf(w, "  %s %s %s  %s\n", p.Party, p.Stance, p.Issue, ev(p.Span))
	}
}

func section(w io.Writer, name string, n int) {
	if n > 0 {
		fmt.Fprintf(w, "%s (%d)\n", name, n)
	}
}

func suffix(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

func number(f truce.Figure) string {
	s := fmt.Sprintf("%g", f.Value)
	if f.Low != nil && f.High != nil {
		s = fmt.Sprintf("%g–%g", *f.Low, *f.High)
	}
	if f.Approx {
		s = "~" + s
	}
	return s
}

// quoteSpan returns the evidence text of s, shortened to one line.
func quoteSpan(text string, s truce.Span) string {
	if !s.Valid(len(text)) {
		return "«?»"
	}
	q := strings.Join(strings.Fields(text[s.Start:s.End]), " ")
	if r := []rune(q); len(r) > 120 {
		q = string(r[:117]) + "…"
	}
	return "«" + q + "»"
}

func runStats(ctx context.Context, a *app, args []string) error {
	fs := a.flags("stats", "")
	asJSON := fs.Bool("json", false, "print as JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, st)
	}
	fmt.Fprintf(a.stdout, "documents  %d\npublished  %s … %s\n", st.Documents, orDash(st.FirstDate), orDash(st.LastDate))
	for _, k := range []string{"entities", "timexes", "figures", "attributions", "events", "positions"} {
		fmt.Fprintf(a.stdout, "%-12s %d\n", k, st.Facts[k])
	}
	printCounts(a.stdout, "outlets", st.Outlets)
	printCounts(a.stdout, "languages", st.Languages)
	return nil
}

func printCounts(w io.Writer, name string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(w, "%s:\n", name)
	for _, k := range keys {
		fmt.Fprintf(w, "  %5d  %s\n", m[k], k)
	}
}
