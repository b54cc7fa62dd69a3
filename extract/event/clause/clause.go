// Package clause cuts a sentence into words and clauses, the units the event
// and position stages reason about. It works on an ASCII-lowercased copy of
// the document so that lexicon lookups need no allocation, and it is linear
// in the length of the sentence.
package clause

import (
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// Token is a word or a punctuation mark of a sentence.
type Token struct {
	truce.Span
	// Lower is the token in ASCII lower case; for punctuation, the mark
	// itself. Curly apostrophes are kept as written, so "'s" and "’s" are
	// both possible (use IsPossessive).
	Lower string
	Punct bool
}

// Lower returns text with ASCII letters lowered. Byte offsets are kept, so
// spans into the result are spans into text.
func Lower(text string) string {
	b := make([]byte, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// Words splits lower[s.Start:s.End] into tokens, appending to buf. Words are
// runs of letters and digits; a possessive "'s" is its own token; hyphens,
// quotes and other marks are single punctuation tokens.
func Words(buf []Token, lower string, s truce.Span) []Token {
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(lower[i:s.End])
		switch {
		case isWordRune(r):
			j := i + n
			for j < s.End {
				r2, n2 := utf8.DecodeRuneInString(lower[j:s.End])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			buf = append(buf, Token{Span: truce.Span{Start: i, End: j}, Lower: lower[i:j]})
			i = j
		case unicode.IsSpace(r):
			i += n
		case isApostrophe(r) && i+n < s.End && (lower[i+n] == 's' || lower[i+n] == 't') &&
			(i+n+1 == s.End || !isWordByte(lower[i+n+1])):
			buf = append(buf, Token{Span: truce.Span{Start: i, End: i + n + 1}, Lower: lower[i : i+n+1]})
			i += n + 1
		default:
			buf = append(buf, Token{Span: truce.Span{Start: i, End: i + n}, Lower: lower[i : i+n], Punct: true})
			i += n
		}
	}
	return buf
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// IsPossessive reports whether t is a possessive "'s".
func IsPossessive(t Token) bool {
	return !t.Punct && len(t.Lower) > 1 && t.Lower[len(t.Lower)-1] == 's' && !isWordByte(t.Lower[0])
}

// IsNegation reports whether t negates: not, no, never, cannot, n't.
func IsNegation(t Token) bool {
	switch t.Lower {
	case "not", "no", "never", "cannot", "neither", "nor":
		return true
	}
	return !t.Punct && len(t.Lower) > 1 && t.Lower[len(t.Lower)-1] == 't' && !isWordByte(t.Lower[0])
}

// Clause is a range of tokens [From, To) and the text it covers.
type Clause struct {
	From, To int
	truce.Span
	// Sub is the subordinator that opens the clause ("before", "if",
	// "whether", …) or "".
	Sub string
}

// splitters open a new clause when they follow a comma or stand alone.
var splitters = map[string]bool{
	"but": true, "while": true, "whereas": true, "although": true, "though": true,
	"however": true, "yet": true,
}

// subordinators open a clause about something that has not (yet) happened.
var subordinators = map[string]bool{
	"before": true, "until": true, "unless": true, "if": true, "once": true,
}

// Split cuts the tokens of one sentence into clauses at semicolons, colons,
// question and exclamation marks, adversative conjunctions ("…, but",
// "while") and subordinators ("before", "if").
func Split(buf []Clause, toks []Token) []Clause { return split(buf, toks, false) }

// SplitAfter is Split that also opens a clause at "after" and ", who", for
// events: "was shelved after the two men spoke by phone" tells two of them.
func SplitAfter(buf []Clause, toks []Token) []Clause { return split(buf, toks, true) }

// opensEvent reports whether token i opens a clause of its own for the
// event stage: "after", and ", who" ("the Russian leader, who is expected
// to visit Turkey").
func opensEvent(toks []Token, i int) bool {
	return toks[i].Lower == "after" || toks[i].Lower == "who" && i > 0 && toks[i-1].Lower == ","
}

// leadReach is how far a leading "After …" phrase may run to its comma and
// still be a clause of its own.
const leadReach = 10

func split(buf []Clause, toks []Token, after bool) []Clause {
	start, sub := 0, ""
	if len(toks) > 0 && subordinators[toks[0].Lower] {
		sub = toks[0].Lower
	}
	lead := -1 // the comma that ends a leading "After talks in Jeddah," phrase
	if after {
		lead = leadComma(toks)
	}
	emit := func(end int) {
		if c, ok := makeClause(toks, start, end, sub); ok {
			buf = append(buf, c)
		}
	}
	for i, t := range toks {
		switch {
		case t.Punct && (t.Lower == ";" || t.Lower == ":" || t.Lower == "?" || t.Lower == "!"):
			emit(i + 1)
			start, sub = i+1, ""
			if i+1 < len(toks) && subordinators[toks[i+1].Lower] {
				sub = toks[i+1].Lower
			}
		case after && t.Lower == "," && relative(toks, start, i):
			// "Zelensky, who is in Tirana for a summit, says he spoke …":
			// the relative clause ends where the main verb comes back.
			emit(i + 1)
			start, sub = i+1, ""
		case i == lead:
			// "After talks in Jeddah, Ukraine says it is ready …": what
			// came first is told apart from what followed.
			emit(i + 1)
			start, sub = i+1, ""
		case sub != "" && t.Lower == ",":
			// "before any settlement, said that …": the subordinate
			// clause ends at its comma.
			emit(i + 1)
			start, sub = i+1, ""
		case !t.Punct && (splitters[t.Lower] || subordinators[t.Lower] || after && opensEvent(toks, i)) && i > start:
			emit(i)
			start, sub = i, ""
			if subordinators[t.Lower] {
				sub = t.Lower
			}
		}
	}
	emit(len(toks))
	return buf
}

// makeClause trims punctuation from both ends of toks[from:to].
func makeClause(toks []Token, from, to int, sub string) (Clause, bool) {
	a, b := from, to
	for a < b && toks[a].Punct && !isQuote(toks[a].Lower) {
		a++
	}
	for b > a && toks[b-1].Punct && !isQuote(toks[b-1].Lower) {
		b--
	}
	if a >= b {
		return Clause{}, false
	}
	return Clause{From: from, To: to, Span: truce.Span{Start: toks[a].Start, End: toks[b-1].End}, Sub: sub}, true
}

func isQuote(s string) bool {
	switch s {
	case "\"", "”", "“", "»", "«", ")":
		return true
	}
	return false
}

// leadComma returns the comma that ends an "After …" phrase opening the
// sentence or following a dateline ("March 11 - After talks in Jeddah,"),
// or -1.
func leadComma(toks []Token) int {
	i := 0
	for ; i < len(toks) && i <= leadReach; i++ {
		if toks[i].Lower == "after" {
			break
		}
	}
	if i > leadReach || i == len(toks) || i > 0 && !dash(toks[i-1].Lower) {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+leadReach; j++ {
		if toks[j].Lower == "," {
			return j
		}
	}
	return -1
}

func dash(s string) bool {
	switch s {
	case "-", "–", "—", ":":
		return true
	}
	return false
}

// speechVerbs after a comma close a relative clause: the main clause's
// verb is back.
var speechVerbs = map[string]bool{
	"says": true, "said": true, "told": true, "tells": true, "added": true, "adds": true,
	"stated": true, "states": true, "insisted": true, "insists": true,
}

// relative reports whether the comma at i closes a ", who …" clause
// opened at start: a speech verb follows it.
func relative(toks []Token, start, i int) bool {
	return toks[start].Lower == "who" && i+1 < len(toks) && speechVerbs[toks[i+1].Lower]
}

// SpeechVerb reports whether w is a verb of saying that closes a ", who …"
// clause: the clause after it is the main one, whose subject the relative
// clause described.
func SpeechVerb(w string) bool { return speechVerbs[w] }
