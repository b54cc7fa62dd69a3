package postgres

import "strings"

// tsQuery translates a user query (the syntax the SQLite store takes:
// "phrases", prefix*, AND/OR/NOT, parentheses, bare terms ANDed) into the
// text of a PostgreSQL tsquery for to_tsquery('truce', …). Every term is
// quoted, so no input is a syntax error and none reaches SQL except as a
// bound parameter; to_tsquery then splits a quoted term into words and
// joins them as a phrase (<->). It returns "" when q has no terms.
//
// FTS5's binary NOT ("a NOT b") becomes "a & !b"; precedence agrees (NOT
// over AND over OR), so results agree with SQLite.
func tsQuery(q string) string {
	var out []string
	depth := 0
	operand := false // the last token ends an operand: the next one needs &
	and := func() {
		if operand {
			out = append(out, "&")
		}
	}
	for _, tok := range splitTerms(clean(q)) {
		switch {
		case tok.text == "(" && !tok.quoted:
			and()
			depth++
			out, operand = append(out, "("), false
		case tok.text == ")" && !tok.quoted:
			if depth > 0 && operand {
				depth--
				out = append(out, ")")
			}
		case !tok.quoted && (tok.text == "AND" || tok.text == "OR" || tok.text == "NOT"):
			if operand {
				out, operand = append(out, operators[tok.text]), false
			}
		default:
			and()
			out, operand = append(out, lexeme(tok)), true
		}
	}
	for len(out) > 0 && !endsOperand(out[len(out)-1]) { // dangling operators and "("
		if out[len(out)-1] == "(" {
			depth--
		}
		out = out[:len(out)-1]
	}
	for ; depth > 0; depth-- {
		out = append(out, ")")
	}
	return strings.Join(out, " ")
}

func endsOperand(tok string) bool { return tok == ")" || strings.HasPrefix(tok, "'") }

var operators = map[string]string{"AND": "&", "OR": "|", "NOT": "& !"}

// clean makes q valid UTF-8 without control characters (PostgreSQL text
// holds no NUL).
func clean(q string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
}

// lexeme quotes a term or phrase for tsquery input: quotes and backslashes
// doubled, a trailing * on a bare term kept as the prefix flag :*.
func lexeme(t token) string {
	text, prefix := t.text, false
	if stem := strings.TrimRight(text, "*"); !t.quoted && stem != "" && stem != text {
		text, prefix = stem, true
	}
	q := "'" + strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(text) + "'"
	if prefix {
		q += ":*"
	}
	return q
}

type token struct {
	text   string
	quoted bool // a "phrase"
}

// splitTerms splits q into bare terms, quoted phrases and parentheses.
func splitTerms(q string) []token {
	var toks []token
	for i := 0; i < len(q); {
		switch c := q[i]; {
		case c == ' ':
			i++
		case c == '(' || c == ')':
			toks = append(toks, token{text: string(c)})
			i++
		case c == '"':
			j := strings.IndexByte(q[i+1:], '"')
			if j < 0 {
				j = len(q) - i - 1
			}
			if phrase := strings.TrimSpace(q[i+1 : i+1+j]); phrase != "" {
				toks = append(toks, token{text: phrase, quoted: true})
			}
			i += j + 2
		default:
			j := i
			for j < len(q) && !strings.ContainsRune(` ()"`, rune(q[j])) {
				j++
			}
			toks = append(toks, token{text: q[i:j]})
			i = j
		}
	}
	return toks
}
