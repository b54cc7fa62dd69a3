package web

import (
	"math"
	"time"
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
		c.Bars = append(c.Bars, bar{X: float64(i)*w + 1, Y: float64(chartH-20) - h, W: math.Max(w-2, 1), H: h, Label: f.Value, Value: f.Count})
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
}

const hbarH = 22

func figureChart(g figureGroup) hchart {
	c := hchart{Width: chartW, Height: len(g.Values)*hbarH + 4}
	top := 0.0
	for _, v := range g.Values {
		top = math.Max(top, math.Abs(v.Value))
	}
	for i, v := range g.Values {
		w := 0.0
		if top > 0 {
			w = 380 * math.Abs(v.Value) / top
		}
		label := v.ReportedBy
		if label == "" {
			label = v.Evidence.Doc.Outlet
		}
		if d := figureDate(v); d != "" {
			label = d + " · " + orDash(label)
		}
		c.Bars = append(c.Bars, hbar{Y: float64(i*hbarH + 2), W: math.Max(w, 1), Label: orDash(label),
			Value: formatNumber(v.Value), Link: evidenceLink(v.Evidence)})
	}
	return c
}

// figureDate is the date a figure holds for: as of, or else its report's.
func figureDate(f figureRef) string {
	if f.AsOf != "" {
		return f.AsOf
	}
	return f.Evidence.Doc.Published
}

func evidenceLink(e evidence) string { return "/documents/" + e.Doc.ID + "#hl-" + e.Fact }

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

// timelineChart places dated events by day; each event type gets a lane.
func timelineChart(events []eventRef) tchart {
	c := tchart{Width: tlW, Height: tlH}
	var lo, hi time.Time
	var dates []time.Time
	for _, e := range events {
		d, ok := parseDay(eventDate(e))
		dates = append(dates, d)
		if !ok {
			continue
		}
		if lo.IsZero() || d.Before(lo) {
			lo = d
		}
		if d.After(hi) {
			hi = d
		}
	}
	if lo.IsZero() {
		return c
	}
	lo, hi = lo.AddDate(0, 0, -15), hi.AddDate(0, 0, 15)
	span := hi.Sub(lo).Hours()
	x := func(t time.Time) float64 { return 20 + float64(tlW-40)*t.Sub(lo).Hours()/span }
	lanes := map[string]int{}
	for i, e := range events {
		if dates[i].IsZero() {
			continue
		}
		lane, ok := lanes[e.Type]
		if !ok {
			lane = len(lanes)
			lanes[e.Type] = lane
		}
		c.Points = append(c.Points, tpoint{X: x(dates[i]), Y: float64(20 + (lane%8)*12), Type: e.Type,
			Link: evidenceLink(e.Evidence), Title: eventDate(e) + " · " + e.Type + " · " + e.Status})
	}
	for y := lo.Year(); y <= hi.Year(); y++ {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if !t.Before(lo) {
			c.Ticks = append(c.Ticks, tick{x(t), itoa(y)})
		}
	}
	return c
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
