package analyze

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// words splits s into lower-case words of letters and digits; "2,000" and
// "don't" stay one word.
func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		inner := start >= 0 && (r == '\'' || r == '’' || r == ',' || r == '.') && i+n < len(s) && isWordByte(s[i+n])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || inner:
			if start < 0 {
				start = i
			}
		case start >= 0:
			out = append(out, lowerWord(s[start:i]))
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, lowerWord(s[start:]))
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func lowerWord(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.TrimRight(w, ".,'")
	return strings.ToLower(strings.ReplaceAll(w, ",", ""))
}

// negations mark a statement that says something is not so.
var negations = set("not", "no", "never", "nothing", "none", "neither", "nor", "n't", "don't", "doesn't",
	"didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "cannot", "can't", "nobody", "false", "untrue",
	"baseless", "fake", "groundless")

var stopwords = set("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
	"with", "from", "into", "about", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was",
	"were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
	"must", "can", "do", "does", "did", "he", "she", "they", "them", "his", "her", "their", "we", "our", "us",
	"you", "your", "i", "me", "my", "which", "who", "whom", "what", "when", "where", "there", "here", "than",
	"then", "so", "also", "any", "all", "some", "such", "very", "more", "most", "other", "only", "own", "same",
	"said", "says", "say", "told", "tell", "according", "added", "after", "before", "over", "under", "up",
	"out", "just", "now", "still", "yet", "both", "each", "between", "while", "because", "since", "until",
	"being", "whether", "per", "via", "mr", "ms", "one", "two")

// synonyms fold words that report the same thing in different words, so a
// denial of "negotiations behind closed doors" meets a report of "secret talks".
var synonyms = map[string]string{
	"negotiation": "talk", "negotiations": "talk", "negotiating": "talk", "negotiate": "talk",
	"talks": "talk", "dialogue": "talk", "secretly": "secret", "closed-door": "secret", "covert": "secret",
	"doors": "secret", "door": "secret", "closed": "secret", "behind": "secret",
	"ceasefire": "truce", "cease-fire": "truce", "armistice": "truce",
	"troops": "troop", "soldiers": "troop", "servicemen": "troop", "forces": "troop", "army": "troop",
	"drafted": "draft", "drafting": "draft", "drafts": "draft", "points": "point",
	"plans": "plan", "planned": "plan", "proposal": "plan", "framework": "plan",
	"meet": "meeting", "met": "meeting", "meetings": "meeting", "summit": "meeting",
	"moscow": "russia", "kremlin": "russia", "russian": "russia", "kyiv": "ukraine", "ukrainian": "ukraine",
	"washington": "united-states", "american": "united-states", "us": "united-states", "u.s": "united-states",
}

// keywords returns the sorted content words of s: no stop words, no
// negations, synonyms folded, plural -s dropped.
func keywords(s string) []string {
	ws := words(s)
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if stopwords[w] || negations[w] || strings.HasSuffix(w, "n't") {
			continue
		}
		if v, ok := synonyms[w]; ok {
			w = v
		} else if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		if len(w) < 2 && !(w[0] >= '0' && w[0] <= '9') {
			continue
		}
		out = append(out, w)
	}
	return sortedSet(out)
}

// negated reports whether s says something is not so; "not only" and
// "not just" add rather than deny.
func negated(s string) bool {
	ws := words(s)
	for i, w := range ws {
		if (negations[w] || strings.HasSuffix(w, "n't")) && !(i+1 < len(ws) && additive[ws[i+1]]) {
			return true
		}
	}
	return false
}

var additive = set("only", "just", "merely", "simply", "least")

// weakWords are shared by most statements about the war: two statements
// sharing only these are not about the same thing.
var weakWords = set("russia", "ukraine", "united-states", "talk", "war", "peace", "truce", "meeting", "plan")

// strongOverlap counts the words two sorted sets share, weak words aside.
func strongOverlap(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			if !weakWords[a[i]] {
				n++
			}
			i, j = i+1, j+1
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// denyCues are the verbs of a statement that denies what others reported.
var denyCues = set("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
	"dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "rebuff", "rebuffed",
	"disputed", "disputes", "dispute", "contradicted", "contradicts")

func isDenyCue(cue string) bool {
	for _, w := range words(cue) {
		if denyCues[w] {
			return true
		}
	}
	return false
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// sortedSet sorts s and removes repeats, in place.
func sortedSet(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// overlap counts the words two sorted sets share.
func overlap(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n, i, j = n+1, i+1, j+1
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// quote returns the evidence text of sp in text, on one line, at most
// maxQuote bytes and cut on a rune boundary.
func quote(text string, sp spanLike) string {
	s, e := sp.bounds()
	if s < 0 || e > len(text) || s > e {
		return ""
	}
	q := strings.Join(strings.Fields(strings.ToValidUTF8(text[s:e], "")), " ")
	if len(q) > maxQuote {
		cut := maxQuote
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = q[:cut] + "…"
	}
	return q
}

const maxQuote = 400

type spanLike interface{ bounds() (int, int) }

type span struct{ s, e int }

func (s span) bounds() (int, int) { return s.s, s.e }

// normName is the form names are compared in.
func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func itoa(n int) string { return strconv.Itoa(n) }

// validSpan reports whether sp lies within text on rune boundaries: facts
// with broken spans are skipped, their evidence could not be shown.
func validSpan(text string, sp truce.Span) bool {
	return sp.Valid(len(text)) && (sp.Start == len(text) || utf8.RuneStart(text[sp.Start])) &&
		(sp.End == len(text) || utf8.RuneStart(text[sp.End]))
}
