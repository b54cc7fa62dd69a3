package timex

import "github.com/truce-project/truce"

func hasSpan(got []truce.Timex, start, end int) bool {
	for _, x := range got {
		if x.Start == start && x.End == end {
			return true
		}
	}
	return false
}

// spans renders what Extract found, for failure messages.
func spans(text string, got []truce.Timex) []string {
	var out []string
	for _, x := range got {
		out = append(out, text[x.Start:x.End]+"="+x.Value)
	}
	return out
}
