package attribution

import (
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // any other single rune
	tOpen          // an opening quote mark of a paired quotation
	tClose         // a closing quote mark of a paired quotation
)

// token is a word or a punctuation rune of one sentence.
type token struct {
	truce.Span
	kind   tokKind
	flags  flag
	cap    bool  // starts with an upper-case letter
	poss   bool  // ends in 's or ’s
	ly     bool  // a lower-case adverb in -ly
	quoted bool  // inside a quotation: its cue words are not the article's
	ment   int32 // index into Doc.Mentions of a mention it overlaps, or -1
	r      rune  // the rune of a punctuation token
}

func (t *token) is(f flag) bool { return t.flags&f != 0 }

// tokenize appends the tokens of sentence s to dst. Mentions and quotations
// are merged in by two cursors that only move forward, so a whole document
// is tokenized in linear time.
func tokenize(d *extract.Doc, s truce.Span, qs []quote, mi *int, qi *int, dst []token) ([]token, int) {
	text := d.Text
	for i := s.Start; i < s.End; {
		if len(dst) == maxTokens {
			return dst, i
		}
		r, n := rune(text[i]), 1
		if r >= 0x80 {
			r, n = utf8.DecodeRuneInString(text[i:s.End])
		}
		switch {
		case r == ' ' || r == '\n' || r >= 0x80 && unicode.IsSpace(r) || r == '\t' || r == '\r':
			i += n
			continue
		case isWordRune(r):
			j := wordEnd(text, i, s.End)
			dst = append(dst, wordToken(text, i, j))
			i = j
		default:
			dst = append(dst, token{Span: truce.Span{Start: i, End: i + n}, kind: tPunct, r: r})
			i += n
		}
		t := &dst[len(dst)-1]
		t.ment = mentionAt(d.Mentions, mi, t.Span)
		markQuote(t, qs, qi)
	}
	return dst, s.End
}

// maxTokens cuts a run-on "sentence" (a table, text without punctuation)
// into pieces, so that memory and time stay proportional to the text.
const maxTokens = 600

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd extends a word over inner apostrophes, hyphens, and the periods
// and commas of "U.S." and "331,110". ASCII takes a fast path.
func wordEnd(text string, i, end int) int {
	j := i
	for j < end {
		c := text[j]
		if c < 0x80 && isAlnumByte(c) {
			j++
			continue
		}
		r, n := rune(c), 1
		if c >= 0x80 {
			r, n = utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r) {
				j += n
				continue
			}
		}
		if r != '\'' && r != '’' && r != '-' && r != '.' && r != ',' {
			break
		}
		if j+n < end {
			next, _ := utf8.DecodeRuneInString(text[j+n : end])
			if isWordRune(next) && (r != ',' || unicode.IsDigit(next) && j > i && isDigitByte(text[j-1])) {
				j += n
				continue
			}
		}
		if r == '.' && j+n-i <= 4 && hasInnerDot(text[i:j]) {
			j += n // the final period of "U.S."
		}
		break
	}
	return j
}

func isAlnumByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func hasInnerDot(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

func wordToken(text string, i, j int) token {
	t := token{Span: truce.Span{Start: i, End: j}, kind: tWord, ment: -1}
	if c := text[i]; c < 0x80 {
		t.cap = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(text[i:j])
		t.cap = unicode.IsUpper(r)
	}
	w := text[i:j]
	if n := len(w); n > 2 && (w[n-2:] == "'s" || n > 4 && w[n-4:] == "’s") {
		t.poss = true
	}
	var buf [24]byte
	if len(w) <= len(buf) {
		k := 0
		for ; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		if k == 1 || maybeWord(buf[0], buf[1]) {
			t.flags = lexicon[string(buf[:k])]
		}
		t.ly = !t.cap && k > 3 && string(buf[k-2:k]) == "ly"
	}
	return t
}

// prefixes marks the first two letters of lexicon words, so most words skip
// the map lookup.
var prefixes [26 * 26]bool

func init() {
	for w := range lexicon {
		if len(w) >= 2 && isLowerByte(w[0]) && isLowerByte(w[1]) {
			prefixes[int(w[0]-'a')*26+int(w[1]-'a')] = true
		}
	}
}

func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }

func maybeWord(a, b byte) bool {
	if !isLowerByte(a) || !isLowerByte(b) {
		return true // rare: let the map decide
	}
	return prefixes[int(a-'a')*26+int(b-'a')]
}

// mentionAt returns the index of the first mention overlapping sp, moving the
// cursor past mentions that end before it.
func mentionAt(ms []extract.Mention, mi *int, sp truce.Span) int32 {
	for *mi < len(ms) && ms[*mi].End <= sp.Start {
		*mi++
	}
	if *mi < len(ms) && ms[*mi].Start < sp.End {
		return int32(*mi)
	}
	return -1
}

func markQuote(t *token, qs []quote, qi *int) {
	for *qi < len(qs) && qs[*qi].close+qs[*qi].closeLen <= t.Start {
		*qi++
	}
	if *qi >= len(qs) {
		return
	}
	q := qs[*qi]
	switch {
	case t.Start == q.open:
		t.kind = tOpen
	case t.Start == q.close:
		t.kind = tClose
	case q.open < t.Start && t.Start < q.close:
		t.quoted = true
	}
}

// quote is one paired quotation; open and close are the byte offsets of its
// marks.
type quote struct {
	open, openLen, close, closeLen int
	padIn, padOut                  int // spaces inside the marks (« Non »)
}

func (q quote) span() truce.Span { return truce.Span{Start: q.open, End: q.close + q.closeLen} }

// inner is the quotation without its marks and without the spaces French
// typography sets inside them (« Non »).
func (q quote) inner() truce.Span {
	return truce.Span{Start: q.open + q.openLen + q.padIn, End: q.close - q.padOut}
}

// maxQuote bounds a quotation, so that a stray mark cannot swallow an article.
const maxQuote = 3000

// findQuotes pairs the quote marks of text in one pass. Machine-translated
// text mixes marks freely (“…“, "…”, « … “), so any double mark closes any
// double mark; single marks pair only with each other and only outside
// double quotes, where they are not apostrophes. A blank line or maxQuote
// bytes drop an unclosed mark.
func findQuotes(text string) []quote {
	var out []quote
	open, openLen, single, depth := -1, 0, false, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 && c != '"' && c != '\n' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if open >= 0 && (i-open > maxQuote || r == '\n' && blankLineAt(text, i)) {
			open, depth = -1, 0
		}
		dbl, sgl := isDouble(r), r == '‘' || r == '’'
		switch {
		case open < 0 && dbl && r != '”' && r != '»' && opensAt(text, i, n):
			open, openLen, single = i, n, false
		case open < 0 && r == '‘':
			open, openLen, single = i, n, true
		case open >= 0 && !single && dbl && r != '”' && r != '»' && nestedAt(text, i, n):
			depth++ // « … „inner“ … »
		case open >= 0 && !single && dbl && closesAt(text, i, r) && depth > 0:
			depth--
		case open >= 0 && !single && dbl && closesAt(text, i, r):
			out = append(out, padded(text, quote{open: open, openLen: openLen, close: i, closeLen: n}))
			open = -1
		case open >= 0 && single && sgl && r == '’' && closesAt(text, i, r) && !wordFollows(text, i+n):
			out = append(out, quote{open: open, openLen: openLen, close: i, closeLen: n})
			open = -1
		}
		i += n
	}
	return out
}

// padded counts the spaces inside the marks of q, never all of its text.
func padded(text string, q quote) quote {
	a, b := q.open+q.openLen, q.close
	for a < b && text[a] == ' ' {
		a++
	}
	for b > a && text[b-1] == ' ' {
		b--
	}
	if a < b {
		q.padIn, q.padOut = a-q.open-q.openLen, q.close-b
	}
	return q
}

func isDouble(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„'
}

// opensAt: an opening mark is followed by something other than a space;
// « opens even before a space, as French typography sets it (« Non »).
func opensAt(text string, i, n int) bool {
	return i+n < len(text) && (text[i+n] != ' ' || text[i] == 0xC2 && text[i+1] == 0xAB) && text[i+n] != '\n'
}

// nestedAt: an opening mark inside a quotation, after a space and before a
// letter, opens a quotation within it.
func nestedAt(text string, i, n int) bool {
	return i > 0 && text[i-1] == ' ' && wordFollows(text, i+n)
}

// closesAt: a closing mark follows something other than a space, unless it
// is an unambiguous closer.
func closesAt(text string, i int, r rune) bool {
	if r == '”' || r == '»' {
		return true
	}
	return i > 0 && text[i-1] != ' ' && text[i-1] != '\n'
}

func wordFollows(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func blankLineAt(text string, i int) bool {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}
