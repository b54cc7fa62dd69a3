package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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

// headline picks the title among the first three lines. A Markdown heading
// wins; otherwise the longest headline-like line without closing
// punctuation; otherwise a first line that is one short sentence followed by
// more text (machine copies often end their headline with a period).
func headline(s string) string {
	var lines []string
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) != "" {
			lines = append(lines, strings.TrimSpace(line))
		}
		if len(lines) == 4 {
			break
		}
	}
	best := ""
	for i, line := range lines[:min(len(lines), 3)] {
		if strings.HasPrefix(line, "#") {
			return strings.TrimSpace(strings.TrimLeft(line, "#"))
		}
		line = strings.TrimSpace(strings.Trim(line, "*_"))
		if !isHeadline(line) {
			continue
		}
		closed := strings.ContainsRune(".!?…", lastRune(line))
		switch {
		case !closed && len(strings.Fields(line)) > len(strings.Fields(best)):
			best = line
		case closed && i == 0 && len(lines) > 1 && len(line) <= 150 && len(sentence.Split(line)) == 1:
			best = line
		}
	}
	return best
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

// isHeadline: three to thirty words, mostly letters, no clock time, not
// starting in lower case.
func isHeadline(line string) bool {
	words := len(strings.Fields(line))
	if len(line) > 200 || words < 3 || words > 30 || clock.MatchString(line) {
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) || r == ' ' {
			letters++
		}
	}
	first, _ := utf8.DecodeRuneInString(line)
	return letters*10 >= utf8.RuneCountInString(line)*8 && !unicode.IsLower(first)
}

var clock = regexp.MustCompile(`\d:\d\d`)
