package kb

import (
	"strings"
	"unicode"
)

// CaseSensitive reports whether a name must match with its exact case: when
// its letters are all capitals ("US", "NSDC") or it has fewer than four
// letters ("OP"), since such names are otherwise common words.
func CaseSensitive(name string) bool {
	letters, upper := 0, true
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				upper = false
			}
		}
	}
	return letters < 4 || upper
}

// Key is the form under which two names count as the same: apostrophes
// unified, runs of spaces collapsed and, unless the name is case sensitive,
// letters lowered. Case-sensitive keys start with "=" so that "US" and "us"
// stay apart.
func Key(name string) string {
	cs := CaseSensitive(name)
	var b strings.Builder
	b.Grow(len(name) + 1)
	if cs {
		b.WriteByte('=')
	}
	space := false
	for _, r := range strings.TrimSpace(name) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case IsApostrophe(r):
			r = '\''
		case !cs:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// IsApostrophe reports whether r is one of the apostrophes news text uses
// interchangeably: straight, curly, modifier letter and backtick.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', 'ʻ':
		return true
	}
	return false
}
