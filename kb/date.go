package kb

import (
	"fmt"
	"time"
)

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD and returns the first and the
// last day the value covers, so "2019" spans the whole year.
func parseDate(s string) (first, last time.Time, err error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) != len(layout) {
			continue
		}
		t, err := time.Parse(layout, s)
		if err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		switch layout {
		case "2006":
			return t, t.AddDate(1, 0, -1), nil
		case "2006-01":
			return t, t.AddDate(0, 1, -1), nil
		}
		return t, t, nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// indexTenures resolves every tenure's dates once; tenures with bad dates
// are left out here and reported by Validate.
func (k *KB) indexTenures() {
	k.tenures = map[string][]holding{}
	for _, e := range k.entries {
		for _, t := range e.Roles {
			h := holding{entry: e}
			if t.From != "" {
				first, _, err := parseDate(t.From)
				if err != nil {
					continue
				}
				h.from = first
			}
			if t.To != "" {
				_, last, err := parseDate(t.To)
				if err != nil {
					continue
				}
				h.to = last
			}
			key := t.Role + "\x00" + t.Of
			k.tenures[key] = append(k.tenures[key], h)
		}
	}
}

// Holder returns who held role (a roles.yaml id) of the entry of (a country
// or body id) on the given day. Roles several people hold at once (a
// country's ambassadors, a delegation's negotiators, a ministry's
// spokespeople) name nobody in particular: with two holders in office that
// day there is none. With a zero day (an undated article) the role resolves
// to the one person who ever held it in the knowledge base, else to the one
// holder still in office, the likeliest subject of the news truce reads.
func (k *KB) Holder(role, of string, on time.Time) (*Entry, bool) {
	hs := k.tenures[role+"\x00"+of]
	if on.IsZero() {
		return undatedHolder(hs)
	}
	day := time.Date(on.Year(), on.Month(), on.Day(), 0, 0, 0, 0, time.UTC)
	var best *holding
	for i := range hs {
		h := &hs[i]
		if day.Before(h.from) || (!h.to.IsZero() && day.After(h.to)) {
			continue
		}
		if best != nil && best.entry != h.entry {
			return nil, false // "the Ukrainian ambassador": which one?
		}
		best = h
	}
	if best == nil {
		return nil, false
	}
	return best.entry, true
}

func undatedHolder(hs []holding) (*Entry, bool) {
	var only, current *Entry
	currents := 0
	for _, h := range hs {
		if only == nil {
			only = h.entry
		} else if only != h.entry {
			only = nil
			break
		}
	}
	if only != nil {
		return only, true
	}
	for _, h := range hs {
		if h.to.IsZero() && h.entry != current {
			current = h.entry
			currents++
		}
	}
	return current, currents == 1
}
