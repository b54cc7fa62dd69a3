package web

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/truce-project/truce/analyze"
)

// Charts are computed here and drawn as inline SVG by the templates, so a
// page needs no script to show them and no library at all.

// chart is a vertical bar chart of counts.
type chart struct {
	Width, Height int
	Bars          []bar
}

type bar struct {
	X, Y, W, H float64
	Label      string
	Value      int
	Tick       bool // label shown under the bar; at most about twelve are
}

const chartW, chartH = 640, 160

func barChart(fs []facet) chart {
	c := chart{Width: chartW, Height: chartH}
	top := 1
	for _, f := range fs {
		top = max(top, f.Count)
	}
	if len(fs) == 0 {
		return c
	}
	w := float64(chartW) / float64(len(fs))
	for i, f := range fs {
		h := float64(chartH-20) * float64(f.Count) / float64(top)
		c.Bars = append(c.Bars, bar{X: float64(i)*w + 1, Y: float64(chartH-20) - h, W: math.Max(w-2, 1), H: h,
			Label: f.Value, Value: f.Count, Tick: i%((len(fs)+11)/12) == 0})
	}
	return c
}

// hchart is a horizontal bar chart of reported values, one bar a report.
type hchart struct {
	Width, Height int
	Bars          []hbar
}

type hbar struct {
	Y, W  float64
	Label string
	Value string
	Link  string
	Party string
}

const hbarH = 22

// figureView is a figure group with its charts.
type figureView struct {
	analyze.FigureGroup
	Bars   hchart
	Series schart
}

func figureViewOf(g analyze.FigureGroup) figureView {
	return figureView{g, valueChart(g), seriesChart(g)}
}

func valueChart(g analyze.FigureGroup) hchart {
	c := hchart{Width: chartW, Height: len(g.Values)*hbarH + 4}
	top := 0.0
	for _, v := range g.Values {
		top = math.Max(top, math.Abs(v.Value))
	}
	for i, v := range g.Values {
		w := 1.0
		if top > 0 {
			w = math.Max(260*math.Abs(v.Value)/top, 1)
		}
		label := orDash(v.ReportedBy)
		if d := orElse(v.AsOf, v.Evidence.Published); d != "" {
			label = d + " · " + label
		}
		c.Bars = append(c.Bars, hbar{Y: float64(i*hbarH + 2), W: w, Label: clip(label, 40),
			Value: formatNumber(v.Value), Link: evidenceURL(v.Evidence), Party: v.Party})
	}
	return c
}

// schart draws each reporter's values over time as a line of dots.
type schart struct {
	Width, Height int
	Lines         []sline
	Ticks         []tick
}

type sline struct {
	Reporter string
	Points   string // SVG polyline points
	Dots     []sdot
	Class    string
}

type sdot struct {
	X, Y  float64
	Title string
	Link  string
}

// seriesChart is empty unless some reporter gave the figure on two dates.
func seriesChart(g analyze.FigureGroup) schart {
	c := schart{Width: chartW, Height: chartH}
	var lo, hi time.Time
	top, long := 0.0, false
	for _, sr := range g.Series {
		long = long || len(sr.Points) > 1
		for _, p := range sr.Points {
			t, ok := parseDay(p.Date)
			if !ok {
				continue
			}
			if lo.IsZero() || t.Before(lo) {
				lo = t
			}
			hi = maxTime(hi, t)
			top = math.Max(top, math.Abs(p.Value))
		}
	}
	if !long || lo.IsZero() || top == 0 {
		return c
	}
	span := math.Max(hi.Sub(lo).Hours(), 24)
	x := func(t time.Time) float64 { return 30 + float64(chartW-60)*t.Sub(lo).Hours()/span }
	y := func(v float64) float64 { return float64(chartH-25) - float64(chartH-40)*math.Abs(v)/top }
	for i, sr := range g.Series {
		l := sline{Reporter: orDash(sr.ReportedBy), Class: fmt.Sprintf("series-%d", i%6)}
		var pts []string
		for _, p := range sr.Points {
			t, ok := parseDay(p.Date)
			if !ok {
				continue
			}
			d := sdot{X: x(t), Y: y(p.Value), Title: p.Date + ": " + formatNumber(p.Value) + " (" + l.Reporter + ")", Link: evidenceURL(p.Evidence)}
			l.Dots = append(l.Dots, d)
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", d.X, d.Y))
		}
		l.Points = strings.Join(pts, " ")
		c.Lines = append(c.Lines, l)
	}
	c.Ticks = []tick{{x(lo), lo.Format(time.DateOnly)}, {x(hi), hi.Format(time.DateOnly)}}
	return c
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// clip shortens s to n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// tchart is the timeline: one dot per event on a date axis.
type tchart struct {
	Width, Height int
	Points        []tpoint
	Ticks         []tick
}

type tpoint struct {
	X, Y  float64
	Type  string
	Link  string
	Title string
}

type tick struct {
	X     float64
	Label string
}

const tlW, tlH = 1000, 140

// when is the date an event is placed at: its own, or its first report's.
func when(e analyze.TimelineEvent) string { return orElse(e.Date, e.First) }

// timelineChart places dated events by day; each event type gets a lane.
func timelineChart(events []analyze.TimelineEvent) tchart {
	c := tchart{Width: tlW, Height: tlH}
	var lo, hi time.Time
	for _, e := range events {
		if d, ok := parseDay(when(e)); ok {
			if lo.IsZero() || d.Before(lo) {
				lo = d
			}
			hi = maxTime(hi, d)
		}
	}
	if lo.IsZero() {
		return c
	}
	lo, hi = lo.AddDate(0, 0, -15), hi.AddDate(0, 0, 15)
	span := hi.Sub(lo).Hours()
	x := func(t time.Time) float64 { return 20 + float64(tlW-40)*t.Sub(lo).Hours()/span }
	for _, e := range events {
		d, ok := parseDay(when(e))
		if !ok || len(e.Sources) == 0 {
			continue
		}
		c.Points = append(c.Points, tpoint{X: x(d), Y: float64(20 + laneOf(e.Type)*11), Type: e.Type,
			Link: evidenceURL(e.Sources[0].Evidence), Title: when(e) + " · " + e.Type + " · " + e.Status + eventWho(e)})
	}
	for y := lo.Year(); y <= hi.Year(); y++ {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if !t.Before(lo) {
			c.Ticks = append(c.Ticks, tick{x(t), itoa(y)})
		}
	}
	return c
}

func eventWho(e analyze.TimelineEvent) string {
	if len(e.Participants) == 0 {
		return ""
	}
	return " · " + strings.Join(e.Participants, ", ")
}

// laneOf gives each event type its own row of the chart.
func laneOf(typ string) int {
	for i, t := range eventTypes {
		if t == typ {
			return i % 9
		}
	}
	return 8
}

// parseDay reads YYYY-MM-DD, YYYY-MM or YYYY as the first day it names.
func parseDay(s string) (time.Time, bool) {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
