package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
)

func runExport(ctx context.Context, a *app, args []string) error {
	fs := a.flags("export", "")
	format := fs.String("format", "jsonl", "jsonl (the record format) or csv")
	kind := fs.String("kind", "documents", "csv: which table to write to stdout: "+strings.Join(csvKinds(), ", "))
	outDir := fs.String("out", "", "csv: write one file per kind into this `directory` instead")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	switch *format {
	case "jsonl":
		return exportJSONL(ctx, store, a.stdout)
	case "csv":
		if *outDir != "" {
			return exportCSVDir(ctx, store, *outDir)
		}
		t, ok := csvTables[*kind]
		if !ok {
			return truce.Errorf(truce.EINVALID, "unknown --kind %q (want one of %s)", *kind, strings.Join(csvKinds(), ", "))
		}
		return exportCSV(ctx, store, t, a.stdout)
	}
	return truce.Errorf(truce.EINVALID, "unknown --format %q (want jsonl or csv)", *format)
}

func exportJSONL(ctx context.Context, store truce.Store, w io.Writer) error {
	bw := bufio.NewWriter(w)
	err := store.Records(ctx, func(rec *truce.Record) error {
		data, err := truce.MarshalRecord(rec)
		if err != nil {
			return err
		}
		bw.Write(data)
		return bw.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

func exportCSVDir(ctx context.Context, store truce.Store, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, name := range csvKinds() {
		f, err := os.Create(filepath.Join(dir, name+".csv"))
		if err != nil {
			return err
		}
		err = exportCSV(ctx, store, csvTables[name], f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("export %s: %w", name, err)
		}
	}
	return nil
}

func exportCSV(ctx context.Context, store truce.Store, t csvTable, w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return err
	}
	err := store.Records(ctx, func(rec *truce.Record) error {
		for _, row := range t.rows(rec) {
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// csvTable is one spreadsheet: a header and the rows one record gives.
// Fact rows carry the document id, the offsets and the evidence text, so
// each row stands on its own.
type csvTable struct {
	header []string
	rows   func(r *truce.Record) [][]string
}

var csvTables = map[string]csvTable{
	"documents": {
		[]string{"id", "source", "title", "published", "outlet", "author", "url", "language", "chars"},
		func(r *truce.Record) [][]string {
			return [][]string{{r.ID, r.Source, r.Title, r.Published, r.Outlet, r.Author, r.URL, r.Language, itoa(len(r.Text))}}
		},
	},
	"entities": {
		[]string{"doc_id", "kb_id", "name", "type", "wikidata", "mentions", "first_start", "first_end", "evidence"},
		func(r *truce.Record) (rows [][]string) {
			for _, e := range r.Entities {
				first := truce.Span{}
				if len(e.Mentions) > 0 {
					first = e.Mentions[0]
				}
				rows = append(rows, []string{r.ID, e.KBID, e.Name, e.Type, e.Wikidata, itoa(len(e.Mentions)),
					itoa(first.Start), itoa(first.End), evidence(r.Text, first)})
			}
			return rows
		},
	},
	"timexes": {
		[]string{"doc_id", "start", "end", "type", "value", "evidence"},
		func(r *truce.Record) (rows [][]string) {
			for _, t := range r.Timexes {
				rows = append(rows, []string{r.ID, itoa(t.Start), itoa(t.End), t.Type, t.Value, evidence(r.Text, t.Span)})
			}
			return rows
		},
	},
	"figures": {
		[]string{"doc_id", "start", "end", "value", "low", "high", "approx", "unit", "measure", "subject",
			"period_start", "as_of", "reported_by", "via", "evidence"},
		func(r *truce.Record) (rows [][]string) {
			for _, f := range r.Figures {
				rows = append(rows, []string{r.ID, itoa(f.Start), itoa(f.End), num(&f.Value), num(f.Low), num(f.High),
					strconv.FormatBool(f.Approx), f.Unit, f.Measure, f.Subject, f.PeriodStart, f.AsOf, f.ReportedBy,
					strings.Join(f.Via, " | "), evidence(r.Text, f.Span)})
			}
			return rows
		},
	},
	"attributions": {
		[]string{"doc_id", "start", "end", "speaker", "speaker_id", "anonymous", "cue", "via", "direct", "hedged",
			"content", "evidence"},
		func(r *truce.Record) (rows [][]string) {
			for _, a := range r.Attributions {
				rows = append(rows, []string{r.ID, itoa(a.Start), itoa(a.End), a.Speaker, a.SpeakerID,
					strconv.FormatBool(a.Anonymous), a.Cue, strings.Join(a.Via, " | "), strconv.FormatBool(a.Direct),
					strconv.FormatBool(a.Hedged), evidence(r.Text, a.Content), evidence(r.Text, a.Span)})
			}
			return rows
		},
	},
	"events": {
		[]string{"doc_id", "start", "end", "type", "participants", "place", "date", "status", "evidence"},
		func(r *truce.Record) (rows [][]string) {
			for _, e := range r.Events {
				rows = append(rows, []string{r.ID, itoa(e.Start), itoa(e.End), e.Type, strings.Join(e.Participants, " | "),
					e.Place, e.Date, e.Status, evidence(r.Text, e.Span)})
			}
			return rows
		},
	},
	"positions": {
		[]string{"doc_id", "start", "end", "party", "issue", "stance", "summary", "evidence"},
		func(r *truce.Record) (rows [][]string) {
			for _, p := range r.Positions {
				rows = append(rows, []string{r.ID, itoa(p.Start), itoa(p.End), p.Party, p.Issue, p.Stance, p.Summary,
					evidence(r.Text, p.Span)})
			}
			return rows
		},
	},
}

func csvKinds() []string {
	return []string{"documents", "entities", "timexes", "figures", "attributions", "events", "positions"}
}

func itoa(n int) string { return strconv.Itoa(n) }

func num(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func evidence(text string, s truce.Span) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return text[s.Start:s.End]
}
