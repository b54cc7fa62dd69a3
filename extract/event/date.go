package event

import (
	"strings"

	"github.com/truce-project/truce"
)

// past reports whether date lies before the publication date.
func (x *extractor) past(date string) bool {
	if x.d.Published.IsZero() {
		return false
	}
	pub := x.d.Published.Format("2006-01-02")
	return date < pub[:len(date)]
}

// future reports whether date lies after the publication date.
func (x *extractor) future(date string) bool {
	if date == "" || x.d.Published.IsZero() {
		return false
	}
	pub := x.d.Published.Format("2006-01-02")
	return date > pub[:len(date)]
}

// eventDate keeps TIMEX3 values that name a day or a month of a known year.
func eventDate(v string) string {
	if len(v) >= 10 && isDigits(v[:4]) && v[4] == '-' && isDigits(v[5:7]) && v[7] == '-' && isDigits(v[8:10]) {
		return v[:10]
	}
	if len(v) >= 7 && isDigits(v[:4]) && v[4] == '-' && isDigits(v[5:7]) && (len(v) == 7 || v[7] != '-') {
		return v[:7]
	}
	return ""
}

func isDigits(s string) bool { return isNumber(s) }

// timexIn returns the date timex of s nearest to the optional anchor,
// preferring one after it ("ready on Wednesday to discuss … on Thursday");
// a negative anchor -a prefers one before a.
func (x *extractor) timexIn(s truce.Span, anchor ...int) (truce.Timex, bool) {
	var best truce.Timex
	found := false
	bestDist := 0
	for i := x.firstTimex(s.Start); i < len(x.timexes) && x.timexes[i].Start < s.End; i++ {
		t := x.timexes[i]
		if t.End > s.End || (t.Type != "date" && t.Type != "time") {
			continue
		}
		if len(anchor) == 0 {
			return t, true
		}
		d := t.Start - anchor[0]
		if anchor[0] < 0 { // negative anchor: the one before wins
			d = -anchor[0] - t.Start
		}
		if d < 0 {
			d = -d + 1<<20 // after the trigger wins
		}
		if !found || d < bestDist {
			best, bestDist, found = t, d, true
		}
	}
	return best, found
}

func (x *extractor) firstTimex(start int) int {
	lo, hi := 0, len(x.timexes)
	for lo < hi {
		mid := (lo + hi) / 2
		if x.timexes[mid].Start < start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// plural reports whether the trigger is a plural noun ("rounds"), whose
// dates are events of their own.
func (x *extractor) plural(tr trigger) bool {
	w := x.toks[tr.tok].Lower
	return !tr.verb && w != "talks" && w[len(w)-1] == 's'
}

// dayRange reports whether date timex t ends a span of days: "5 and 6
// June", "16th and 17th", "between June 20 and June 30", "May 3-5".
func (x *extractor) dayRange(t truce.Timex) bool {
	before := x.lower[max(0, t.Start-16):t.Start]
	for _, sep := range []string{" and ", "-", " to ", "–"} {
		k := strings.LastIndex(before, sep)
		if k < 0 || strings.TrimSpace(before[k+len(sep):]) != "" && sep != "-" && sep != "–" {
			continue
		}
		head := strings.TrimRight(before[:k], " ")
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			head = strings.TrimSuffix(head, suf)
		}
		if n := len(head); n > 0 && head[n-1] >= '0' && head[n-1] <= '9' {
			return true
		}
	}
	// "between June 20 and June 30": another date of the month just after.
	if i := x.firstTimex(t.End); i < len(x.timexes) && x.timexes[i].Start < t.End+8 {
		o := x.timexes[i]
		gap := strings.TrimSpace(x.lower[t.End:o.Start])
		if (gap == "and" || gap == "to" || gap == "-" || gap == "–") && len(o.Value) >= 7 && len(t.Value) >= 7 && o.Value[:7] == t.Value[:7] {
			return true
		}
	}
	// … and just before.
	for i := x.firstTimex(max(0, t.Start-24)); i < len(x.timexes) && x.timexes[i].Start < t.Start; i++ {
		o := x.timexes[i]
		if o.End > t.Start {
			continue // overlapping timexes
		}
		gap := strings.TrimSpace(x.lower[o.End:t.Start])
		if (gap == "and" || gap == "to" || gap == "-" || gap == "–") && len(o.Value) >= 7 && len(t.Value) >= 7 && o.Value[:7] == t.Value[:7] {
			return true
		}
	}
	return false
}

// yearReach is how many timexes back a report's year is looked for.
const yearReach = 40

// yearOfReport dates a day without a year ("on April 26") in a report with
// no publication date by the year of the last full date told before it
// ("published on February 24, 2023"), when the day does not come earlier
// in the year than that date: the report runs forward in time.
func (x *extractor) yearOfReport(t truce.Timex) string {
	v := t.Value
	if !x.d.Published.IsZero() || len(v) < 10 || v[:5] != "XXXX-" || !isDigits(v[5:7]) || v[7] != '-' || !isDigits(v[8:10]) {
		return ""
	}
	n := x.firstTimex(t.Start)
	for i := n - 1; i >= 0 && i >= n-yearReach; i-- {
		d := eventDate(x.timexes[i].Value)
		if len(d) < 7 || x.timexes[i].Type != "date" {
			continue
		}
		if d[5:7] > v[5:7] {
			return "" // the year may have turned
		}
		return d[:4] + v[4:10]
	}
	return ""
}
