package ingest

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract/sentence"
)

// dateLine is the " date YYYY-MM-DD" prefix some scrapers put first.
var dateLine = regexp.MustCompile(`^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*`)

// parseText reads a plain-text or Markdown article.
func parseText(data []byte) (*truce.Document, error) {
	s, err := decode(data, false)
	if err != nil {
		return nil, err
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	doc := &truce.Document{}
	if m := dateLine.FindStringSubmatchIndex(s); m != nil {
		if d := s[m[2]:m[3]]; validDate(d) {
			doc.Published = d
			s = s[m[1]:]
		}
	}
	s = removeBoilerplate(s)
	doc.Text = s
	doc.Title = headline(s)
	if doc.Published == "" {
		doc.Published = leadingDate(s)
	}
	return finish(doc)
}

// removeBoilerplate drops whole lines of page furniture and collapses the
// blank lines they leave behind.
func removeBoilerplate(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		if isBoilerplate(l) {
			continue
		}
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, strings.TrimRightFunc(l, unicode.IsSpace))
	}
	return strings.Join(out, "\n")
}

// headline picks the title among the first three lines: a line of at least
// four words and at most 200 bytes that is a single sentence; the longest
// such line wins, so a photo caption above the headline loses to it.
func headline(s string) string {
	best := ""
	seen := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(strings.Trim(line, "#*_ \t"))
		if line == "" {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		if isHeadline(line) && len(strings.Fields(line)) > len(strings.Fields(best)) {
			best = line
		}
	}
	return best
}

func isHeadline(line string) bool {
	if len(line) > 200 || len(strings.Fields(line)) < 4 {
		return false
	}
	if r := []rune(line)[0]; unicode.IsLower(r) {
		return false
	}
	return len(sentence.Split(line)) == 1
}
