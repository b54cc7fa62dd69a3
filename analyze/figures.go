package analyze

import (
	"cmp"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// figureRow is one reported figure as stored, keyed by its group.
type figureRow struct {
	Group           string   `json:"group"`
	Subject         string   `json:"subject"`
	Measure         string   `json:"measure"`
	Unit            string   `json:"unit"`
	Period          string   `json:"period"`
	Value           float64  `json:"value"`
	Low             *float64 `json:"low,omitempty"`
	High            *float64 `json:"high,omitempty"`
	Approx          bool     `json:"approx,omitempty"`
	AsOf            string   `json:"as_of,omitempty"`
	ReportedBy      string   `json:"reported_by"`
	Party           string   `json:"party,omitempty"`
	PartyToConflict bool     `json:"party_to_conflict,omitempty"`
	Via             []string `json:"via,omitempty"`
	Evidence        Evidence `json:"evidence"`
}

func (a *Analyzer) figures(rec *truce.Record) []figureRow {
	var out []figureRow
	for _, f := range rec.Figures {
		if !informative(f) || !validSpan(rec.Text, f.Span) {
			continue
		}
		r := figureRow{Subject: f.Subject, Measure: normMeasure(f.Measure), Unit: normName(f.Unit),
			Period: f.PeriodStart, Value: f.Value, Low: f.Low, High: f.High, Approx: f.Approx, AsOf: f.AsOf,
			ReportedBy: f.ReportedBy, Via: f.Via, Evidence: a.evidence(rec, f.Span)}
		if r.ReportedBy == "" {
			r.ReportedBy = outletOf(&rec.Document)
		}
		r.Party = a.PartyOf("", r.ReportedBy)
		r.PartyToConflict = a.belligerent[r.Party]
		r.Group = strings.Join([]string{normName(r.Subject), r.Measure, r.Unit, r.Period}, "|")
		out = append(out, r)
	}
	return out
}

// informative reports whether a figure says what it counts: "215 people"
// alone cannot be compared with anything.
func informative(f truce.Figure) bool {
	m := normMeasure(f.Measure)
	return m != "" && m != normName(f.Unit) && !vagueMeasures[m]
}

var vagueMeasures = set("people", "persons", "number", "total")

// measureNoise are words that name who was counted rather than what
// happened to them: "soldiers killed" and "servicemen killed" are one measure.
var measureNoise = set("soldiers", "soldier", "servicemen", "serviceman", "troops", "personnel", "military",
	"people", "service", "members", "russian", "ukrainian", "troop")

var measureSynonyms = map[string]string{"dead": "killed", "deaths": "killed", "died": "killed",
	"death": "killed", "fatalities": "killed", "injured": "wounded"}

func normMeasure(m string) string {
	var out []string
	for _, w := range words(m) {
		if measureNoise[w] {
			continue
		}
		if s, ok := measureSynonyms[w]; ok {
			w = s
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return normName(m)
	}
	return strings.Join(out, " ")
}

// FigureGroup is every value reported for one subject, measure, unit and period.
type FigureGroup struct {
	Key       string         `json:"key"`
	Subject   string         `json:"subject"`
	Measure   string         `json:"measure"`
	Unit      string         `json:"unit"`
	Period    string         `json:"period"`
	Reporters []string       `json:"reporters"`
	Contested bool           `json:"contested"` // reporters disagree
	Min       float64        `json:"min"`
	Max       float64        `json:"max"`
	Ratio     float64        `json:"ratio"` // max/min, 0 when min is 0
	Values    []FigureValue  `json:"values"`
	Series    []FigureSeries `json:"series"` // one reporter's figure over time
}

// FigureValue is one reported value.
type FigureValue struct {
	Value           float64  `json:"value"`
	Low             *float64 `json:"low,omitempty"`
	High            *float64 `json:"high,omitempty"`
	Approx          bool     `json:"approx"`
	AsOf            string   `json:"as_of"`
	ReportedBy      string   `json:"reported_by"`
	Party           string   `json:"party"`
	PartyToConflict bool     `json:"party_to_conflict"`
	Via             []string `json:"via"`
	Evidence        Evidence `json:"evidence"`
}

// FigureSeries is one reporter's values in date order.
type FigureSeries struct {
	ReportedBy string        `json:"reported_by"`
	Cumulative bool          `json:"cumulative"` // never falls: a running total
	Points     []SeriesPoint `json:"points"`
}

// SeriesPoint is one value of a series.
type SeriesPoint struct {
	Date     string   `json:"date"`
	Value    float64  `json:"value"`
	Evidence Evidence `json:"evidence"`
}

// BuildFigures groups figure rows. f.Party keeps groups with a reporter or
// subject of that party; f.Type keeps measures containing it.
func BuildFigures(rows []truce.AnalysisRow, f Filter) []FigureGroup {
	vals := decode[figureRow](rows, nil)
	byKey := map[string][]figureRow{}
	var keys []string
	for _, v := range vals {
		if _, ok := byKey[v.Group]; !ok {
			keys = append(keys, v.Group)
		}
		byKey[v.Group] = append(byKey[v.Group], v)
	}
	sort.Strings(keys)
	var out []FigureGroup
	for _, k := range keys {
		g := buildGroup(byKey[k])
		if (f.Type == "" || strings.Contains(g.Measure, normName(f.Type))) && g.hasParty(f.Party) {
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Reporters) != len(out[j].Reporters) {
			return len(out[i].Reporters) > len(out[j].Reporters)
		}
		return len(out[i].Values) > len(out[j].Values)
	})
	return out
}

func (g *FigureGroup) hasParty(p string) bool {
	if p == "" {
		return true
	}
	names := []string{g.Subject}
	for _, v := range g.Values {
		names = append(names, v.ReportedBy, v.Party)
	}
	return matchParty(p, names)
}

func valueDate(v figureRow) string {
	if v.AsOf != "" {
		return v.AsOf
	}
	return v.Evidence.Published
}

func buildGroup(vals []figureRow) FigureGroup {
	sort.SliceStable(vals, func(i, j int) bool {
		di, dj := valueDate(vals[i]), valueDate(vals[j])
		if di != dj {
			return di < dj
		}
		return cmp.Or(vals[i].Evidence.compare(vals[j].Evidence), strings.Compare(vals[i].ReportedBy, vals[j].ReportedBy),
			cmp.Compare(vals[i].Value, vals[j].Value)) < 0
	})
	v0 := vals[0]
	g := FigureGroup{Key: v0.Group, Subject: v0.Subject, Measure: v0.Measure, Unit: v0.Unit, Period: v0.Period,
		Min: v0.Value, Max: v0.Value}
	distinct := map[float64]bool{}
	for _, v := range dedupe(vals) {
		g.Values = append(g.Values, FigureValue{Value: v.Value, Low: v.Low, High: v.High, Approx: v.Approx,
			AsOf: v.AsOf, ReportedBy: v.ReportedBy, Party: v.Party, PartyToConflict: v.PartyToConflict,
			Via: nonNil(v.Via), Evidence: v.Evidence})
		g.Reporters = append(g.Reporters, v.ReportedBy)
		lo, hi := v.Value, v.Value
		if v.Low != nil {
			lo = min(lo, *v.Low)
		}
		if v.High != nil {
			hi = max(hi, *v.High)
		}
		g.Min, g.Max = min(g.Min, lo), max(g.Max, hi)
		distinct[v.Value] = true
	}
	g.Reporters = sortedSet(g.Reporters)
	g.Contested = len(g.Reporters) >= 2 && len(distinct) >= 2
	if g.Min > 0 {
		g.Ratio = g.Max / g.Min
	}
	g.Series = series(vals)
	return g
}

// series lists, for each reporter with values on two or more dates, its
// values in date order (the first value of each date).
func series(vals []figureRow) []FigureSeries {
	byReporter := map[string][]SeriesPoint{}
	for _, v := range vals {
		d := valueDate(v)
		pts := byReporter[v.ReportedBy]
		if d == "" || len(pts) > 0 && pts[len(pts)-1].Date == d {
			continue
		}
		byReporter[v.ReportedBy] = append(pts, SeriesPoint{Date: d, Value: v.Value, Evidence: v.Evidence})
	}
	out := []FigureSeries{}
	for r, pts := range byReporter {
		if len(pts) >= 2 && changes(pts) {
			out = append(out, FigureSeries{ReportedBy: r, Cumulative: rising(pts), Points: pts})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ReportedBy < out[j].ReportedBy })
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func changes(pts []SeriesPoint) bool {
	for _, p := range pts {
		if p.Value != pts[0].Value {
			return true
		}
	}
	return false
}

// dedupe drops a value the same document gives twice for one reporter (a
// range "between 7,000 and 15,000" found at both ends).
func dedupe(vals []figureRow) []figureRow {
	type key struct {
		doc, by   string
		v, lo, hi float64
	}
	seen := map[key]bool{}
	out := vals[:0:0]
	for _, v := range vals {
		k := key{doc: v.Evidence.DocID, by: v.ReportedBy, v: v.Value}
		if v.Low != nil && v.High != nil {
			k.v, k.lo, k.hi = 0, *v.Low, *v.High
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

func rising(pts []SeriesPoint) bool {
	for i := 1; i < len(pts); i++ {
		if pts[i].Value < pts[i-1].Value {
			return false
		}
	}
	return true
}
