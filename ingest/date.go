package ingest

import (
	"regexp"
	"strings"
	"time"
)

// dateline is the "CITY, " that opens wire copy.
var dateline = regexp.MustCompile(`^[\p{Lu}][\p{L} .'-]{1,30}, `)

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// Full dates as they appear in bylines and datelines; only dates with a
// year count, since a publication date without one is unknown.
var (
	isoDate   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	mdyDate   = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (\d{4})\b`)
	dmyDate   = regexp.MustCompile(`(?i)\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{4})\b`)
	dottedDMY = regexp.MustCompile(`\b(\d{2})\.(\d{2})\.(\d{4})\b`)
)

// leadingDate finds an explicit full date in the first lines of an article
// (its dateline or byline) and returns it as YYYY-MM-DD, or "".
func leadingDate(s string) string {
	seen := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		// A byline or dateline is a short line that is not a sentence, or
		// the start of a wire story ("KYIV, March 29, 2022 (Reuters) –").
		long := len(line) > 100 || strings.ContainsRune(".!?", rune(line[len(line)-1]))
		if long && !dateline.MatchString(line) {
			continue // a sentence of the article, not a byline
		}
		if d := fullDate(line[:min(len(line), 100)]); d != "" {
			return d
		}
	}
	return ""
}

func fullDate(head string) string {
	if m := isoDate.FindStringSubmatch(head); m != nil && validDate(m[0]) {
		return m[0]
	}
	if m := mdyDate.FindStringSubmatch(head); m != nil {
		return ymd(m[3], months[strings.ToLower(m[1])], m[2])
	}
	if m := dmyDate.FindStringSubmatch(head); m != nil {
		return ymd(m[3], months[strings.ToLower(m[2])], m[1])
	}
	if m := dottedDMY.FindStringSubmatch(head); m != nil {
		return ymd(m[3], parseMonth(m[2]), m[1])
	}
	return ""
}

func parseMonth(s string) time.Month {
	t, err := time.Parse("01", s)
	if err != nil {
		return 0
	}
	return t.Month()
}

func ymd(year string, month time.Month, day string) string {
	if month == 0 {
		return ""
	}
	if len(day) == 1 {
		day = "0" + day
	}
	d := year + "-" + twoDigits(int(month)) + "-" + day
	if !validDate(d) {
		return ""
	}
	return d
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// validDate accepts YYYY-MM-DD between 1900 and 2100 that exists.
func validDate(s string) bool {
	t, err := time.Parse("2006-01-02", s)
	return err == nil && t.Year() >= 1900 && t.Year() <= 2100
}

// dateOf formats a time as YYYY-MM-DD, "" when zero.
func dateOf(t time.Time) string {
	if t.IsZero() || t.Year() < 1900 {
		return ""
	}
	return t.Format("2006-01-02")
}
