package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce/kb"
)

// Token kinds.
const (
	word  = iota // letters and digits, with inner apostrophes
	poss         // a possessive "'s" split off its word
	punct        // any other single character
)

// token is one word or punctuation mark of a sentence.
type token struct {
	start, end int32 // byte span in the text
	id         int32 // vocabulary id of the lowered form, -1 when unknown
	hit        int32 // index of the hit covering the token, -1 when none
	kind       uint8
	cap        bool  // starts with a capital letter
	upper      bool  // every letter a capital, two letters or more
	nl         bool  // a line break comes between this token and the one before
	space      bool  // white space comes between this token and the one before
	titled     bool  // a role title or cue starts here
	titleRole  int32 // where a title starts: index into Recognizer.roles
	titleEnd   int32 // where a title starts: the token after it
	titleBegin int32 // on a title's last token: the title's first token + 1
	loud       bool  // in a headline set in title case
}

// tokenizer splits text into tokens and lowers each word once, so that the
// vocabulary and the tries see the same form as kb.Key gives names.
type tokenizer struct {
	vocab map[string]int32
	buf   []byte
	grow  bool  // add unknown forms to vocab (while building)
	poss  int32 // possID + 1, once looked up
}

// tokens appends the tokens of text[start:end] to dst.
func (z *tokenizer) tokens(dst []token, text string, start, end int) []token {
	gapSpace, gapNL := false, false
	for i := start; i < end; {
		c := text[i]
		if c == ' ' {
			gapSpace = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case isWordRune(r) && !kb.IsApostrophe(r): // ʼ and ʻ are letters too
			t, next := z.word(text, i, end)
			t.space, t.nl = gapSpace, gapNL
			dst = append(dst, t)
			if p, ok := possessive(text, next, end); ok {
				dst = append(dst, token{start: int32(next), end: int32(p), id: z.possID(), hit: -1, kind: poss})
				next = p
			}
			i = next
			gapSpace, gapNL = false, false
			continue
		case unicode.IsSpace(r):
			gapSpace = true
			gapNL = gapNL || r == '\n' || r == '\u2028' || r == '\u2029'
		default:
			t := token{start: int32(i), end: int32(i + size), id: -1, hit: -1, kind: punct, space: gapSpace, nl: gapNL}
			if kb.IsApostrophe(r) {
				t.id = z.lookup("'")
			} else {
				t.id = z.lookup(text[i : i+size])
			}
			dst = append(dst, t)
			gapSpace, gapNL = false, false
		}
		i += size
	}
	return dst
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// word reads the word at i: letters and digits, with apostrophes between
// letters kept (O'Brien) unless they start a possessive. Letters and digits
// part ways ("Gichko10:09", "F16") so that names glued to numbers are found.
func (z *tokenizer) word(text string, i, end int) (token, int) {
	z.buf = z.buf[:0]
	t := token{start: int32(i), hit: -1, kind: word}
	letters, uppers := 0, 0
	first, prevDigit := true, false
	j := i
	for j < end {
		c := text[j]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[j:end])
		}
		if kb.IsApostrophe(r) {
			if _, ok := possessive(text, j, end); ok || !nextIsLetter(text, j+size, end) {
				break
			}
			z.buf = append(z.buf, '\'')
			j += size
			continue
		}
		letter, upper, digit := classify(r)
		if !letter && !digit || !first && digit != prevDigit {
			break
		}
		prevDigit = digit
		if letter {
			letters++
			if upper {
				uppers++
				t.cap = t.cap || first
			}
		}
		first = false
		z.buf = appendLower(z.buf, r)
		j += size
	}
	t.end = int32(j)
	t.upper = letters >= 2 && uppers == letters
	t.id = z.lookupBytes(z.buf)
	return t, j
}

// classify tells letters (and whether upper case) from digits; combining
// marks count as lower-case letters.
func classify(r rune) (letter, upper, digit bool) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z':
			return true, false, false
		case 'A' <= r && r <= 'Z':
			return true, true, false
		case '0' <= r && r <= '9':
			return false, false, true
		}
		return false, false, false
	}
	switch {
	case unicode.IsLetter(r):
		return true, unicode.IsUpper(r), false
	case unicode.IsDigit(r):
		return false, false, true
	case unicode.Is(unicode.Mn, r):
		return true, false, false
	}
	return false, false, false
}

func appendLower(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

func nextIsLetter(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r)
}

// possessive reports whether an apostrophe at i starts "'s" ending a word,
// and where it ends.
func possessive(text string, i, end int) (int, bool) {
	if i >= end {
		return 0, false
	}
	r, size := utf8.DecodeRuneInString(text[i:end])
	if !kb.IsApostrophe(r) {
		return 0, false
	}
	j := i + size
	if j >= end || (text[j] != 's' && text[j] != 'S') {
		return 0, false
	}
	if nextIsLetter(text, j+1, end) {
		return 0, false
	}
	return j + 1, true
}

// possID is the vocabulary id of the possessive "'s".
func (z *tokenizer) possID() int32 {
	if z.poss == 0 {
		z.poss = z.lookup("'s") + 1
	}
	return z.poss - 1
}

func (z *tokenizer) lookup(s string) int32 {
	if id, ok := z.vocab[s]; ok {
		return id
	}
	if z.grow {
		id := int32(len(z.vocab))
		z.vocab[s] = id
		return id
	}
	return -1
}

func (z *tokenizer) lookupBytes(b []byte) int32 {
	if id, ok := z.vocab[string(b)]; ok {
		return id
	}
	if z.grow {
		return z.lookup(string(b))
	}
	return -1
}
