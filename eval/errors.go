package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// Miss is one disagreement between the records and the gold: a gold item
// nothing matched ("missed"), a prediction the gold lacks ("spurious"), or
// a matched fact with a different attribute ("wrong").
type Miss struct {
	Doc  string `json:"doc"`  // gold document id
	Kind string `json:"kind"` // fact kind or attribute, as in the report
	What string `json:"what"` // missed, spurious or wrong
	Text string `json:"text"` // the gold quote, or the predicted span's text
	Want string `json:"want,omitempty"`
	Got  string `json:"got,omitempty"`
}

// maxText bounds the text of a miss so that a listing stays readable.
const maxText = 160

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= maxText {
		return s
	}
	cut := maxText
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut-- // not inside a UTF-8 sequence
	}
	return s[:cut] + "…"
}

func (s *scorer) miss(kind, what, text, want, got string) {
	s.rep.Misses = append(s.rep.Misses, Miss{Doc: s.gold.ID, Kind: kind, What: what, Text: clip(text), Want: want, Got: got})
}

// spanText is the text of a predicted span, empty when it is out of range.
func (s *scorer) spanText(sp truce.Span) string {
	if !sp.Valid(len(s.rec.Text)) {
		return ""
	}
	return s.rec.Text[sp.Start:sp.End]
}

// unmatched reports the gold items and predictions that pairs leaves alone.
func (s *scorer) unmatched(kind string, pairs []int, nPred int, gold func(g int) (text, want string), pred func(p int) (text, got string)) {
	used := make([]bool, nPred)
	for g, p := range pairs {
		if p >= 0 {
			used[p] = true
			continue
		}
		text, want := gold(g)
		s.miss(kind, "missed", text, want, "")
	}
	for p := range nPred {
		if !used[p] {
			text, got := pred(p)
			s.miss(kind, "spurious", text, "", got)
		}
	}
}

// attribute counts one attribute of a matched fact and lists it when wrong.
func (s *scorer) attribute(name string, ok bool, text, want, got string) {
	s.rep.Attributes[name].check(ok)
	if !ok {
		s.miss(name, "wrong", text, want, got)
	}
}

// entityMisses lists the names of one kind that only one side has.
func (s *scorer) entityMisses(kind string, pred, want map[string]bool, display map[string]string) {
	var missed, spurious []string
	for k := range want {
		if !pred[k] {
			missed = append(missed, display[k])
		}
	}
	for k := range pred {
		if !want[k] {
			spurious = append(spurious, display[k])
		}
	}
	sort.Strings(missed)
	sort.Strings(spurious)
	for _, n := range missed {
		s.miss(kind, "missed", n, "", "")
	}
	for _, n := range spurious {
		s.miss(kind, "spurious", n, "", "")
	}
}

// WriteMisses prints every disagreement, grouped by document and kind.
func (r *Report) WriteMisses(w io.Writer) {
	doc := ""
	for _, m := range r.Misses {
		if m.Doc != doc {
			doc = m.Doc
			fmt.Fprintf(w, "\n== %s\n", doc)
		}
		fmt.Fprintf(w, "%-8s %-28s %s", m.What, m.Kind, m.Text)
		if m.Want != "" || m.Got != "" {
			fmt.Fprintf(w, "  [want %q, got %q]", m.Want, m.Got)
		}
		fmt.Fprintln(w)
	}
}
