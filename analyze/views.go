package analyze

import (
	"context"
	"fmt"
	"time"

	"github.com/truce-project/truce"
)

// Filter narrows a view. Zero values mean no restriction.
type Filter struct {
	Since, Until string // YYYY-MM-DD, inclusive
	Party        string // a party or actor name, case-insensitive
	Issue        string // an issue id of the knowledge base
	Type         string // claims: a status; figures: a measure; timeline: an event type
	AsOf         string // positions: the ledger as it stood on this date
}

// Stories returns the story clusters of reports published in f's range.
func Stories(ctx context.Context, s truce.AnalysisStore, f Filter) ([]Story, error) {
	q := truce.AnalysisQuery{Since: f.Since, Until: f.Until}
	docs, err := rows(ctx, s, DocKind, q)
	if err != nil {
		return nil, err
	}
	bands, err := rows(ctx, s, kindBand, q)
	if err != nil {
		return nil, err
	}
	return BuildStories(docs, bands, f), nil
}

// Claims returns the claims reported in f's range.
func Claims(ctx context.Context, s truce.AnalysisStore, f Filter) ([]Claim, error) {
	rs, err := rows(ctx, s, kindClaim, truce.AnalysisQuery{Since: f.Since, Until: f.Until})
	if err != nil {
		return nil, err
	}
	docs, err := docRows(ctx, s, rs)
	if err != nil {
		return nil, err
	}
	return BuildClaims(rs, docs, f), nil
}

// docRows reads the doc rows of the documents rs come from.
func docRows(ctx context.Context, s truce.AnalysisStore, rs []truce.AnalysisRow) ([]truce.AnalysisRow, error) {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.DocID)
	}
	ids = sortedSet(ids)
	var out []truce.AnalysisRow
	for len(ids) > 0 {
		n := min(len(ids), 500)
		part, err := rows(ctx, s, DocKind, truce.AnalysisQuery{Keys: ids[:n]})
		if err != nil {
			return nil, err
		}
		out, ids = append(out, part...), ids[n:]
	}
	return out, nil
}

// Figures returns the figure groups reported in f's range.
func Figures(ctx context.Context, s truce.AnalysisStore, f Filter) ([]FigureGroup, error) {
	rs, err := rows(ctx, s, kindFigure, truce.AnalysisQuery{Since: f.Since, Until: f.Until})
	if err != nil {
		return nil, err
	}
	return BuildFigures(rs, f), nil
}

// Positions returns the position ledger as of f.AsOf (else today's).
func Positions(ctx context.Context, s truce.AnalysisStore, f Filter) ([]PositionCell, error) {
	until := f.Until
	if f.AsOf != "" && (until == "" || f.AsOf < until) {
		until = f.AsOf
	}
	rs, err := rows(ctx, s, kindPosition, truce.AnalysisQuery{Since: f.Since, Until: until})
	if err != nil {
		return nil, err
	}
	return BuildLedger(rs, f), nil
}

// timelineMargin widens the reports read for a timeline: an event in range
// may be announced before it and called off after it.
const timelineMargin = 60 * 24 * time.Hour

// Timeline returns the merged events dated (or first reported) in f's range.
func Timeline(ctx context.Context, s truce.AnalysisStore, f Filter) ([]TimelineEvent, error) {
	q := truce.AnalysisQuery{Since: shift(f.Since, -timelineMargin), Until: shift(f.Until, timelineMargin)}
	if f.Type != "" {
		q.Keys = []string{family(f.Type)}
	}
	rs, err := rows(ctx, s, kindEvent, q)
	if err != nil {
		return nil, err
	}
	return BuildTimeline(rs, f), nil
}

func shift(date string, d time.Duration) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.Add(d).Format(time.DateOnly)
}

func rows(ctx context.Context, s truce.AnalysisStore, kind string, q truce.AnalysisQuery) ([]truce.AnalysisRow, error) {
	q.Kind = kind
	rs, err := s.AnalysisRows(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("analyze: %s rows: %w", kind, err)
	}
	return rs, nil
}
