package figure

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord = iota + 1
	tNum  // a run of ASCII digits with inner , or . between digits
	tSym  // any other single rune that is not a space
)

// token is one word, number or symbol of a sentence, as byte offsets into
// the document text.
type token struct {
	start, end int
	kind       uint8
	cap        bool // a word starting with an upper-case letter
	glued      bool // no space between the previous token and this one
	r          rune // the rune of a symbol
	lx         *lex // lexicon entry of a word, nil when unknown
}

// tokenize appends the tokens of text[start:end] to buf and returns it.
func tokenize(buf []token, text string, start, end int) []token {
	prevEnd := -1
	for i := start; i < end; {
		c := text[i]
		var t token
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c >= '0' && c <= '9':
			t = token{start: i, end: scanDigits(text, i, end), kind: tNum}
		case c < utf8.RuneSelf && isASCIILetter(c):
			t = scanWord(text, i, end)
		default:
			r, size := utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				t = scanWord(text, i, end)
			} else {
				t = token{start: i, end: i + size, kind: tSym, r: r}
			}
		}
		t.glued = t.start == prevEnd
		buf = append(buf, t)
		prevEnd = t.end
		i = t.end
	}
	return buf
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanDigits returns the end of a number: digits with single commas or dots
// between digits ("331,110", "3.5", "1.070").
func scanDigits(text string, i, end int) int {
	for i < end {
		c := text[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < end && isDigit(text[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// scanWord reads letters with inner apostrophes, hyphens and dots between
// letters ("twenty-eight", "Russia's", "U.S") and looks the word up.
func scanWord(text string, i, end int) token {
	t := token{start: i, kind: tWord}
	r, size := rune(text[i]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(text[i:end])
	}
	t.cap = unicode.IsUpper(r)
	i += size
	for i < end {
		if c := text[i]; c < utf8.RuneSelf && isASCIILetter(c) {
			i++
			continue
		}
		r, size = utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) {
			i += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.') && i+size < end {
			next, _ := utf8.DecodeRuneInString(text[i+size : end])
			if unicode.IsLetter(next) {
				i += size
				continue
			}
		}
		break
	}
	t.end = i
	t.lx = lookup(text[t.start:t.end])
	return t
}

// lookup finds a word in the lexicon case-insensitively without allocating.
// "May" is a month only when capitalised, so it is looked up by hand.
func lookup(w string) *lex {
	var buf [24]byte
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if w == "May" {
		return mayMonth
	}
	return lexicon[string(buf[:len(w)])]
}

var mayMonth = &lex{flags: fMonth}
