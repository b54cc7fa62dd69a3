// Package sentence splits article text into sentences, as byte spans, in one
// linear pass. It knows common abbreviations (U.S., Mr., Gen.), initials,
// decimal numbers and closing quotes, and treats a blank line or a line break
// after a headline-like line as a boundary.
package sentence

import (
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "adm": true, "sen": true, "rep": true,
	"gov": true, "pres": true, "st": true, "jr": true, "sr": true, "vs": true,
	"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "dept": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "a.m": true, "p.m": true, "e.g": true,
	"i.e": true, "d.c": true,
}

// Split returns the sentences of text as trimmed, non-empty spans in order.
func Split(text string) []truce.Span {
	var out []truce.Span
	start := 0
	emit := func(end int) {
		s := trim(text, start, end)
		if s.End > s.Start {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if isBreak(text, start, i) {
				emit(i + 1)
			}
		case r == '.' || r == '!' || r == '?' || r == '…' || r == '。':
			end := i + size
			for end < len(text) {
				c, n := utf8.DecodeRuneInString(text[end:])
				if !isCloser(c) {
					break
				}
				end += n
			}
			if endsSentence(text, i, end, r) {
				emit(end)
				i = end
				continue
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

// isBreak reports whether the newline at i ends a sentence: a blank line
// follows, or the line so far has no sentence punctuation (a headline).
func isBreak(text string, start, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' {
		return true
	}
	line := trim(text, start, i)
	if line.Len() == 0 {
		return true
	}
	// A line of its own that does not run on into the next one.
	last, _ := utf8.DecodeLastRuneInString(text[line.Start:line.End])
	next, _ := utf8.DecodeRuneInString(text[j:])
	return last != ',' && last != ';' && last != ':' && !unicode.IsLower(next)
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»', '“':
		return true
	}
	return false
}

func endsSentence(text string, dot, end int, r rune) bool {
	if end < len(text) {
		next, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsSpace(next) {
			return false // "3.5", "U.S.-led", "e.g.,"
		}
	}
	if r != '.' {
		return true
	}
	word := wordBefore(text, dot)
	if isAbbreviation(word) {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		c, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(c) {
			return false // an initial: "George W. Bush"
		}
	}
	// The next word starting in lower case continues the sentence.
	j := end
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j < len(text) {
		next, _ := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLower(next) {
			return false
		}
	}
	return true
}

func wordBefore(text string, dot int) string {
	i := dot
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return text[i:dot]
}

// isAbbreviation reports whether word, with its ASCII letters lowered, is
// one of the abbreviations; it lowers into a buffer on the stack, as this
// runs at every period of the text.
func isAbbreviation(word string) bool {
	var buf [abbreviationMax]byte
	if len(word) > len(buf) || len(word) == 0 {
		return false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(word)])]
}

// abbreviationMax is the length of the longest abbreviation.
const abbreviationMax = 8

func trim(text string, start, end int) truce.Span {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return truce.Span{Start: start, End: end}
}
