package timex

import (
	"strconv"
	"time"
)

// Values are built by hand in a stack buffer rather than with fmt: this
// runs for every match.

// pad appends n in decimal, zero-padded to width.
func pad(b []byte, n, width int) []byte {
	if n < 0 {
		n = 0
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	for k := len(d) - i; k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

// appendYear appends a year, "XXXX" when unknown (0).
func appendYear(b []byte, y int) []byte {
	if y <= 0 {
		return append(b, "XXXX"...)
	}
	return pad(b, y, 4)
}

func fmtYear(y int) string {
	var a [16]byte
	return string(appendYear(a[:0], y))
}

func fmtMonth(y, m int) string {
	var a [16]byte
	b := append(appendYear(a[:0], y), '-')
	return string(pad(b, m, 2))
}

func fmtDate(y, m, d int) string {
	var a [16]byte
	b := append(appendYear(a[:0], y), '-')
	b = append(pad(b, m, 2), '-')
	return string(pad(b, d, 2))
}

func fmtDay(t time.Time) string { return fmtDate(t.Year(), int(t.Month()), t.Day()) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	var a [16]byte
	b := append(pad(a[:0], y, 4), '-', 'W')
	return string(pad(b, w, 2))
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDate reports whether y-m-d exists (y 0 = any leap year).
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return day(y, m, d).Day() == d
}

// unknownAt is the value of a date of unit u whose calendar place is unknown.
func unknownAt(u unit) string {
	switch u {
	case uWeek, uFortnight:
		return "XXXX-WXX"
	case uMonth:
		return "XXXX-XX"
	case uYear:
		return "XXXX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	return "XXXX-XX-XX"
}

// shifted is the date n units from base, at the granularity of the unit:
// days give a date, weeks an ISO week, months a month, years a year.
func shifted(base time.Time, n int, u unit) (val string, d time.Time, isDay bool) {
	switch u {
	case uSecond, uMinute, uHour:
		d = base.Add(time.Duration(n) * unitDuration(u))
		return fmtDay(d), d, true
	case uDay:
		d = base.AddDate(0, 0, n)
		return fmtDay(d), d, true
	case uWeek, uFortnight:
		if u == uFortnight {
			n *= 2
		}
		return fmtWeek(base.AddDate(0, 0, 7*n)), d, false
	case uMonth:
		m := day(base.Year(), int(base.Month())+n, 1)
		return fmtMonth(m.Year(), int(m.Month())), d, false
	case uYear:
		return fmtYear(base.Year() + n), d, false
	case uDecade:
		return fmtYear(base.Year() + 10*n)[:3], d, false
	case uCentury:
		return fmtYear(base.Year() + 100*n)[:2], d, false
	}
	return "", d, false
}

func unitDuration(u unit) time.Duration {
	switch u {
	case uSecond:
		return time.Second
	case uMinute:
		return time.Minute
	}
	return time.Hour
}

// durValue is the TIMEX3 duration of n units, "X" for a vague amount.
func durValue(n int, vague bool, u unit) string {
	q := strconv.Itoa(n)
	if vague {
		q = "X"
	}
	switch u {
	case uSecond:
		return "PT" + q + "S"
	case uMinute:
		return "PT" + q + "M"
	case uHour:
		return "PT" + q + "H"
	case uDay:
		return "P" + q + "D"
	case uWeek:
		return "P" + q + "W"
	case uFortnight:
		if !vague {
			q = strconv.Itoa(2 * n)
		}
		return "P" + q + "W"
	case uMonth:
		return "P" + q + "M"
	case uYear:
		return "P" + q + "Y"
	case uDecade:
		return "P" + q + "DE"
	case uCentury:
		return "P" + q + "CE"
	}
	return ""
}

// Resolve turns a TIMEX3 date value into what the events stage can store:
// "YYYY-MM-DD" for a day (a time of day is dropped), "YYYY-MM" for a month
// or an ISO week (the month of its Thursday), "" for anything vaguer, any
// value with unknown (X) parts, durations and sets.
func Resolve(value string) string {
	if len(value) < 7 || !digits(value[:4]) || value[4] != '-' {
		return ""
	}
	if value[5] == 'W' {
		return resolveWeek(value)
	}
	if !digits(value[5:7]) {
		return ""
	}
	if len(value) == 7 {
		return value
	}
	if len(value) < 10 || value[7] != '-' || !digits(value[8:10]) {
		return ""
	}
	if len(value) > 10 && value[10] != 'T' {
		return ""
	}
	return value[:10]
}

func resolveWeek(value string) string {
	if len(value) != 8 || !digits(value[6:8]) {
		return ""
	}
	y, _ := strconv.Atoi(value[:4])
	w, _ := strconv.Atoi(value[6:8])
	if w < 1 || w > 53 {
		return ""
	}
	// ISO week 1 holds January 4th; step to the Thursday of week w.
	jan4 := day(y, 1, 4)
	thu := jan4.AddDate(0, 0, 3-(int(jan4.Weekday())+6)%7+7*(w-1))
	return fmtMonth(thu.Year(), int(thu.Month()))
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}
