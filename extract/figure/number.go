package figure

import (
	"math"
	"strconv"
)

// quantity is a number read from tokens first..last (inclusive), with its
// scale, currency and percent sign applied.
type quantity struct {
	first, last int
	value       float64
	word        bool // spelled out ("five"), not digits
	scaled      bool
	scale       float64 // the multiplier a scale word applied, 0 if none
	plus        bool    // "500+": at least
	currency    string
	percent     bool
}

// currencySymbols are the signs written before (or glued after) an amount.
var currencySymbols = map[rune]string{'$': "USD", '€': "EUR", '£': "GBP", '₽': "RUB", '₴': "UAH", '¥': "CNY"}

// readQuantity reads the quantity that starts at token i, or reports false.
func (s *scan) readQuantity(i int) (quantity, bool) {
	q := quantity{first: i}
	if i >= len(s.toks) {
		return q, false
	}
	if cur, ok := s.currencyBefore(i); ok {
		q.currency = cur
		i++
		if i >= len(s.toks) {
			return q, false
		}
	}
	var ok bool
	switch t := s.toks[i]; {
	case t.kind == tNum:
		q, ok = s.readDigits(q, i)
	case t.lx.has(fNum) || t.lx != nil && (t.lx.id == wA || t.lx.id == wHalf):
		q, ok = s.readWords(q, i)
	}
	if !ok {
		return q, false
	}
	s.readSuffix(&q)
	return q, true
}

// currencyBefore recognises "$", "US$", "€", "USD " before a number.
func (s *scan) currencyBefore(i int) (string, bool) {
	t := s.toks[i]
	if i+1 >= len(s.toks) {
		return "", false
	}
	next := s.toks[i+1]
	if next.kind != tNum && !next.lx.has(fNum) {
		return "", false
	}
	if t.kind == tSym {
		cur, ok := currencySymbols[t.r]
		return cur, ok && next.glued
	}
	if t.kind == tWord && t.lx.has(fCurrency) && s.isUpper(t) {
		return t.lx.unit, true
	}
	return "", false
}

// readDigits reads a number in digits with an optional scale word.
func (s *scan) readDigits(q quantity, i int) (quantity, bool) {
	last := i
	scaleFollows := i+1 < len(s.toks) && s.toks[i+1].lx.has(fScale)
	v, ok := parseDigits(s.text[s.toks[i].start:s.toks[i].end], scaleFollows)
	if !ok {
		return q, false
	}
	if g, n, ok := s.spaceGroups(i); ok {
		v, last = g, n
	}
	q.value, q.last = v, last
	return q, true
}

// spaceGroups joins "1 070" (a space or a narrow space between thousands).
func (s *scan) spaceGroups(i int) (float64, int, bool) {
	t := s.toks[i]
	if t.end-t.start > 3 || (i > 0 && s.toks[i-1].kind == tNum) {
		return 0, 0, false
	}
	v := digitValue(s.text[t.start:t.end], -1)
	j := i
	for j+1 < len(s.toks) {
		n := s.toks[j+1]
		gap := s.text[s.toks[j].end:n.start]
		if n.kind != tNum || n.end-n.start != 3 || !isGroupSpace(gap) || !plainDigits(s.text[n.start:n.end]) {
			break
		}
		v = v*1000 + digitValue(s.text[n.start:n.end], -1)
		j++
	}
	if j == i {
		return 0, 0, false
	}
	// A plain space may join two groups only: longer runs are tables or
	// phone numbers.
	if gap := s.text[s.toks[i].end:s.toks[i+1].start]; gap == " " && j-i > 1 {
		return 0, 0, false
	}
	if j+1 < len(s.toks) && s.toks[j+1].kind == tNum {
		return 0, 0, false
	}
	return v, j, true
}

func plainDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

func isGroupSpace(gap string) bool {
	return gap == " " || gap == "\u00a0" || gap == "\u202f" || gap == "\u2009"
}

// parseDigits reads "331,110", "1.070" (European thousands), "3.5" and
// "3,5". It rejects leading zeros ("044"), dotted dates ("04.11.23") and
// more than 15 significant digits.
func parseDigits(s string, scaleFollows bool) (float64, bool) {
	var seps, commas, dots, lastSep, digits int
	lastKind := byte(0)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ',', '.':
			if seps > 0 && i-lastSep-1 != 3 {
				return 0, false // inner groups have three digits
			}
			seps++
			lastSep, lastKind = i, c
			if c == ',' {
				commas++
			} else {
				dots++
			}
		default:
			digits++
		}
	}
	if digits > 15 || (len(s) > 1 && s[0] == '0' && (seps == 0 || s[1] != '.' && s[1] != ',')) {
		return 0, false
	}
	if seps == 0 {
		return digitValue(s, -1), true
	}
	first := indexSep(s)
	tail := len(s) - lastSep - 1
	decimal := -1
	switch {
	case commas > 0 && dots > 0:
		decimal = lastSep // "1,234.5" or "1.234,5"
		if s[first] == lastKind {
			return 0, false
		}
	case seps == 1 && (tail != 3 || scaleFollows || s[0] == '0'):
		decimal = lastSep // "3.5", "3,5", "1.070 million"
	case first > 3 || tail != 3:
		return 0, false
	case dots > 1 && first == 0:
		return 0, false
	}
	return digitValue(s, decimal), true
}

func indexSep(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == '.' {
			return i
		}
	}
	return -1
}

// digitValue reads the digits of s, those after byte dec being decimals.
// The digits are summed as an integer and divided once, so "65.9" is the
// float nearest 65.9.
func digitValue(s string, dec int) float64 {
	var v float64
	decimals := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) {
			continue
		}
		if dec >= 0 && i > dec {
			decimals++
		}
		v = v*10 + float64(c-'0')
	}
	return v / math.Pow10(decimals)
}

// scaled multiplies v by a scale and rounds away the binary noise: "65.9
// billion" is 65900000000, not 65900000000.00001.
func scaled(v, scale float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v*scale, 'g', 15, 64), 64)
	if err != nil {
		return v * scale
	}
	return r
}

// readWords reads a spelled-out number: "twenty-eight", "two hundred and
// fifty", "a dozen", "half a million".
func (s *scan) readWords(q quantity, i int) (quantity, bool) {
	q.word = true
	var total, cur float64
	prev := -1.0 // value of the number word just read, -1 after anything else
	half := false
	seen := false
	j := i
	for ; j < len(s.toks); j++ {
		t := s.toks[j]
		if t.kind != tWord || t.lx == nil {
			break
		}
		switch {
		case t.lx.has(fNum):
			// "twenty five" is one number; "one two" or "five fifty" is not.
			if prev >= 0 && !(prev >= 20 && prev < 100 && int(prev)%10 == 0 && t.lx.num < 10) {
				return q, false
			}
			cur += t.lx.num
			prev = t.lx.num
			seen = true
			continue
		case t.lx.has(fScale):
			q.scaled = true
			if t.lx.num < 1000 {
				cur = max(cur, 1) * t.lx.num
			} else {
				total += max(cur, 1) * t.lx.num
				cur = 0
			}
			q.scale = max(q.scale, t.lx.num)
		case t.lx.id == wA && !seen, t.lx.id == wHalf && !seen:
			half = half || t.lx.id == wHalf
			if j+1 < len(s.toks) && s.toks[j+1].lx != nil && s.toks[j+1].lx.id == wA {
				continue // "half a million"
			}
			if j+1 >= len(s.toks) || !s.toks[j+1].lx.has(fScale) {
				return q, false
			}
			continue
		case t.lx.id == wAnd && seen && prev < 0 && j+1 < len(s.toks) && s.toks[j+1].lx.has(fNum):
			continue // "two hundred and fifty"
		case prev >= 0 && cur < 1000 && t.lx == lexicon["point"]:
			d, k := s.spokenDecimals(j + 1)
			if k == j+1 {
				goto done
			}
			cur += d // "two point three million", as a radio transcript spells 2.3 million
			j = k - 1
		default:
			goto done
		}
		prev = -1
		seen = true
	}
done:
	if !seen {
		return q, false
	}
	q.value, q.last = scaled(total+cur, 1), j-1
	if half {
		q.value /= 2
	}
	return q, true
}

// spokenDecimals reads the digit words after "point" ("three", "five
// two") when a scale or a percent follows them, so that "point" in "at one
// point three people" is no decimal point. It returns the decimals and the
// token after them; k == i when there are none.
func (s *scan) spokenDecimals(i int) (d float64, k int) {
	f := 0.1
	for k = i; k < len(s.toks) && k < i+4 && s.has(k, fNum) && s.toks[k].lx.num < 10 && s.toks[k].kind == tWord; k++ {
		d += s.toks[k].lx.num * f
		f /= 10
	}
	if k == i || k >= len(s.toks) {
		return 0, i
	}
	if t := s.toks[k]; t.lx.has(fScale) && t.lx.num >= 1000 || t.lx != nil && t.lx.id == wPercent || s.sym(k, '%') {
		return d, k
	}
	return 0, i
}

// readSuffix applies what follows the number: a scale ("1.2 million",
// "300bn"), a currency ("50 billion dollars", "€") and a percent sign.
func (s *scan) readSuffix(q *quantity) {
	j := q.last + 1
	if !q.word && j < len(s.toks) && s.toks[j].lx.has(fScale) && s.toks[j].lx.num >= 1000 {
		q.value = scaled(q.value, s.toks[j].lx.num)
		q.scaled, q.scale = true, s.toks[j].lx.num
		q.last = j
		j++
	}
	if j < len(s.toks) && s.toks[j].glued && s.toks[j].kind == tWord && !q.scaled &&
		(q.currency != "" || s.has(j+1, fNoun) || s.has(j+1, fCurrency)) {
		if m, ok := shortScales[s.lowerShort(s.toks[j])]; ok { // "$5m", "€3k", "1.5m people"
			q.value = scaled(q.value, m)
			q.scaled, q.scale = true, m
			q.last = j
			j++
		}
	}
	if s.sym(j, '+') && s.toks[j].glued && !s.has(j+1, fNum) && !(j+1 < len(s.toks) && s.toks[j+1].kind == tNum) {
		q.plus, q.last = true, j // "500+ soldiers"
		j++
	}
	if j >= len(s.toks) {
		return
	}
	t := s.toks[j]
	switch {
	case t.kind == tSym && t.r == '%':
		q.percent, q.last = true, j
	case t.kind == tSym && q.currency == "" && t.glued && currencySymbols[t.r] != "":
		q.currency, q.last = currencySymbols[t.r], j
	case t.lx.has(fCurrency) && q.currency == "":
		q.currency, q.last = t.lx.unit, j
	case t.lx != nil && t.lx.id == wUS && j+1 < len(s.toks) && s.toks[j+1].lx.has(fCurrency):
		q.currency, q.last = s.toks[j+1].lx.unit, j+1
	case t.lx != nil && t.lx.id == wPercent:
		q.percent, q.last = true, j
		if j+1 < len(s.toks) && s.toks[j+1].lx == lexicon["points"] {
			q.last = j + 1
		}
	case t.lx != nil && t.lx.id == wPer && j+1 < len(s.toks) && s.toks[j+1].lx != nil && s.toks[j+1].lx.id == wCent:
		q.percent, q.last = true, j+1
	}
}

var shortScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9, "bn": 1e9, "mn": 1e6, "tn": 1e12}
