package timex

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	kNone kind = iota
	kWord
	kNum
	kPunct
)

// token is a word, a run of digits or one punctuation rune of a sentence.
type token struct {
	w     string    // text, ASCII letters folded to lower case
	info  *wordInfo // lexicon entry of a word, nil when none
	start int       // byte offset into the text; the token ends at start+len(w)
	num   int       // value of a digit run (first 9 digits)
	kind  kind
	caps  bool // a word that starts with an upper-case letter
	glued bool // no space between this token and the one before
	// From the word's entry: the tense it settles, and notPast.
	tense   Tense
	notPast bool
}

// ndig is the length of a digit run.
func (t *token) ndig() int { return len(t.w) }

// noToken stands for positions past either end of a sentence; never written.
var noToken token

// lowerASCII folds ASCII letters only, so byte offsets stay the same.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// tokenize appends the tokens of text[from:to] to buf[:0]; lower is text
// folded by lowerASCII.
func tokenize(text, lower string, from, to int, buf []token) []token {
	buf = buf[:0]
	glued := false
	for i := from; i < to; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			glued = false
			i++
			continue
		case '0' <= c && c <= '9':
			j, n := i, 0
			for j < to && '0' <= text[j] && text[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			buf = append(buf, token{start: i, w: lower[i:j], num: n, kind: kNum, glued: glued})
			i = j
		case c < utf8.RuneSelf && !isLetterByte(c):
			buf = append(buf, token{start: i, w: lower[i : i+1], kind: kPunct, glued: glued})
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:to])
			if c >= utf8.RuneSelf && !unicode.IsLetter(r) {
				if unicode.IsSpace(r) {
					glued = false
					i += size
					continue
				}
				buf = append(buf, token{start: i, w: lower[i : i+size], kind: kPunct, glued: glued})
				i += size
				break
			}
			j := wordEnd(text, i, to)
			t := token{start: i, w: lower[i:j], kind: kWord, glued: glued, caps: unicode.IsUpper(r)}
			e := entries.Get(t.w)
			if j-i <= 12 {
				t.info = e.info
			}
			t.tense, t.notPast = e.tense, e.notPast
			buf = append(buf, t)
			i = j
		}
		glued = true
	}
	return buf
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// wordEnd returns the end of the run of letters that starts at i.
func wordEnd(text string, i, to int) int {
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isLetterByte(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:to])
		if !unicode.IsLetter(r) {
			return i
		}
		i += size
	}
	return i
}
