package timex

// Clock times: "10:09", "3 p.m.", dated by the day named next to them.

// clockAt reads 10:09, 14:30:05, 3 p.m.
func (s *scanner) clockAt(i int) (match, bool) {
	t := s.tok(i)
	if t.ndig() > 2 {
		return match{}, false
	}
	hh, mm, k := t.num, 0, i+1
	if s.gluedPunct(i+1, ":") && s.tok(i+2).glued && s.tok(i+2).ndig() == 2 {
		mm, k = s.tok(i+2).num, i+3
		if s.gluedPunct(k, ":") && s.tok(k+1).glued && s.tok(k+1).ndig() == 2 {
			k += 2
		}
		if s.gluedPunct(k, ":") || s.gluedPunct(i-1, ":") || hh > 23 || mm > 59 {
			return match{}, false
		}
	}
	end, pm, ampm := s.ampm(k)
	if k == i+1 && (!ampm || hh < 1 || hh > 12) {
		return match{}, false
	}
	if pm && hh < 12 {
		hh += 12
	} else if ampm && !pm && hh == 12 {
		hh = 0
	}
	switch s.word(i - 1) {
	case "at", "by", "from", "until", "till", "since", "around", "about", "before", "after":
		ampm = true
	}
	switch s.word(end) {
	case "gmt", "utc", "cet", "cest", "msk", "eet", "eest":
		ampm = true
	case "local", "kyiv", "kiev", "moscow", "washington":
		ampm = ampm || s.is(end+1, "time")
	}
	return match{from: i, to: end, clock: true, hh: hh, mm: mm, cue: ampm}, true
}

// ampm reads "am", "pm", "a.m.", "p.m." at k.
func (s *scanner) ampm(k int) (end int, pm, ok bool) {
	switch w := s.word(k); w {
	case "am", "pm":
		return k + 1, w == "pm", true
	case "a", "p":
		if s.gluedPunct(k+1, ".") && s.tok(k+2).glued && s.word(k+2) == "m" {
			end = k + 3
			if s.gluedPunct(end, ".") {
				end++
			}
			return end, w == "p", true
		}
	}
	return k, false, false
}

// dateClocks gives clock times the date next to them ("10:09, 04.11.23"),
// the publication date when a cue shows it is a time, and drops the rest
// (scores, ratios).
func (s *scanner) dateClocks() {
	kept := s.out[:0]
	for k := range s.out {
		m := s.out[k]
		if m.clock {
			date, found := s.clockDate(k)
			if !found && !m.cue {
				continue
			}
			b := append([]byte(date), 'T')
			b = append(pad(b, m.hh, 2), ':')
			m.typ, m.val = "time", string(pad(b, m.mm, 2))
		}
		kept = append(kept, m)
	}
	s.out = kept
}

// clockDate finds the day named right before or after the clock at k, else
// falls back on the publication date (found false).
func (s *scanner) clockDate(k int) (date string, found bool) {
	m := s.out[k]
	if k > 0 && m.from-s.out[k-1].to <= 2 {
		if d, ok := dayValue(s.out[k-1]); ok {
			return d, true
		}
	}
	if k+1 < len(s.out) && s.out[k+1].from-m.to <= 2 {
		if d, ok := dayValue(s.out[k+1]); ok {
			return d, true
		}
	}
	if s.hasAnchor {
		return fmtDay(s.anchor), false
	}
	return "XXXX-XX-XX", false
}

// dayValue is the YYYY-MM-DD part of a match that names a day.
func dayValue(m match) (string, bool) {
	if m.clock || m.typ != "date" || len(m.val) != 10 {
		return "", false
	}
	return m.val, true
}
