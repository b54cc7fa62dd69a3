package analyze

import (
	"cmp"
	"sort"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// TimelineEvent is one occasion merged across the reports of it.
type TimelineEvent struct {
	ID           string         `json:"id"` // doc id and offset of its first report
	Type         string         `json:"type"`
	Status       string         `json:"status"` // the latest reported
	Date         string         `json:"date"`   // when it happened or is to happen, if reported
	Place        string         `json:"place"`
	Participants []string       `json:"participants"`
	Parties      []string       `json:"parties"`
	Issues       []string       `json:"issues"`
	First        string         `json:"first_reported"`
	Statuses     []StatusChange `json:"statuses"` // planned → held / cancelled, in report order
	Sources      []EventSource  `json:"sources"`
}

// StatusChange is a status first reported on Date.
type StatusChange struct {
	Status   string   `json:"status"`
	Date     string   `json:"date"`
	Evidence Evidence `json:"evidence"`
}

// EventSource is one report of the event.
type EventSource struct {
	Type     string   `json:"type"`
	Status   string   `json:"status"`
	Date     string   `json:"date"`
	Evidence Evidence `json:"evidence"`
}

// BuildTimeline merges event rows into events ordered by date. f filters by
// participant or party, issue, type and the event's date (else its first report).
func BuildTimeline(rows []truce.AnalysisRow, f Filter) []TimelineEvent {
	evs := decode[eventRow](rows, nil)
	sort.SliceStable(evs, func(i, j int) bool {
		return cmp.Or(evs[i].Evidence.compare(evs[j].Evidence), strings.Compare(evs[i].Type, evs[j].Type),
			strings.Compare(evs[i].Status, evs[j].Status)) < 0
	})
	byFamily := map[string][]*eventCluster{}
	var all []*eventCluster
	for i := range evs {
		e := &evs[i]
		fam := family(e.Type)
		if c := findCluster(byFamily[fam], e); c != nil {
			c.add(e)
			continue
		}
		c := &eventCluster{}
		c.add(e)
		byFamily[fam] = append(byFamily[fam], c)
		all = append(all, c)
	}
	var out []TimelineEvent
	for _, c := range all {
		t := c.event()
		if t.matches(f) {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].when() < out[j].when() })
	return out
}

// recentClusters bounds how far back a new report looks for its event, so
// merging stays linear in the number of reports.
const recentClusters = 256

func findCluster(cs []*eventCluster, e *eventRow) *eventCluster {
	for i := len(cs) - 1; i >= 0 && i >= len(cs)-recentClusters; i-- {
		if cs[i].accepts(e) {
			return cs[i]
		}
	}
	return nil
}

type eventCluster struct {
	reps         []*eventRow
	participants []string
	place        string
	date         string
	last         string // latest publication date
}

func (c *eventCluster) add(e *eventRow) {
	c.reps = append(c.reps, e)
	c.participants = sortedSet(append(c.participants, e.Participants...))
	if c.place == "" {
		c.place = e.Place
	}
	if e.Type != "cancellation" && len(e.Date) > len(c.date) {
		c.date = e.Date
	}
	if e.Evidence.Published > c.last {
		c.last = e.Evidence.Published
	}
}

// accepts reports whether e is another report of this event: shared
// participants or place, and dates within a few days; an undated report
// needs strong overlap (place and a participant, or two participants) and
// must come within weeks of the last report.
func (c *eventCluster) accepts(e *eventRow) bool {
	shared := overlap(c.participants, e.Participants)
	samePlace := c.place != "" && normName(c.place) == normName(e.Place)
	if e.Place != "" && c.place != "" && !samePlace {
		return false
	}
	if c.date != "" && e.Date != "" && e.Type != "cancellation" {
		return closeDates(c.date, e.Date, 3) && (shared >= 1 || samePlace)
	}
	if !closeDates(c.last, e.Evidence.Published, 45) {
		return false
	}
	return samePlace && shared >= 1 || shared >= 2
}

// closeDates reports whether two dates (YYYY-MM-DD or YYYY-MM) can be the
// same day within tol days; a month matches any day in it. Unknown passes.
func closeDates(a, b string, tol int) bool {
	if a == "" || b == "" {
		return true
	}
	if len(a) < 10 || len(b) < 10 {
		n := min(len(a), len(b), 7)
		return a[:n] == b[:n]
	}
	ta, err1 := time.Parse(time.DateOnly, a[:10])
	tb, err2 := time.Parse(time.DateOnly, b[:10])
	if err1 != nil || err2 != nil {
		return a == b
	}
	d := ta.Sub(tb)
	return d <= time.Duration(tol)*24*time.Hour && d >= -time.Duration(tol)*24*time.Hour
}

func (c *eventCluster) event() TimelineEvent {
	first := c.reps[0].Evidence
	t := TimelineEvent{ID: claimID(first), Place: c.place, Date: c.date, First: first.Published,
		Participants: nonNil(c.participants), Statuses: []StatusChange{}}
	var issues, parties []string
	for _, e := range c.reps {
		parties = append(parties, e.Parties...)
		t.Sources = append(t.Sources, EventSource{Type: e.Type, Status: e.Status, Date: e.Date, Evidence: e.Evidence})
		issues = append(issues, e.Issues...)
		if typeRank[e.Type] > typeRank[t.Type] || t.Type == "" && e.Type != "cancellation" {
			t.Type = e.Type
		}
		if n := len(t.Statuses); n == 0 || t.Statuses[n-1].Status != e.Status {
			t.Statuses = append(t.Statuses, StatusChange{Status: e.Status, Date: e.Evidence.Published, Evidence: e.Evidence})
		}
	}
	if t.Type == "" {
		t.Type = c.reps[0].Type
	}
	t.Status = t.Statuses[len(t.Statuses)-1].Status
	t.Issues, t.Parties = nonNil(sortedSet(issues)), nonNil(sortedSet(parties))
	return t
}

// typeRank picks the name of a merged meeting: the highest-level one any
// report gives.
var typeRank = map[string]int{"talks": 1, "meeting": 2, "summit": 3}

// when is the date the timeline orders by: the event's, else its first report's.
func (t *TimelineEvent) when() string {
	if t.Date != "" {
		return t.Date
	}
	if t.First != "" {
		return t.First
	}
	return "9999" // undated last
}

func (t *TimelineEvent) matches(f Filter) bool {
	if f.Type != "" && f.Type != t.Type && f.Type != family(t.Type) {
		return false
	}
	if f.Issue != "" && !contains(t.Issues, f.Issue) {
		return false
	}
	w := t.when()
	if w == "9999" {
		w = ""
	}
	return inRange(w, f.Since, f.Until) && matchParty(f.Party, t.Participants, t.Parties)
}
