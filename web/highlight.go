package web

import (
	"cmp"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// Fact kinds as the document page names them (CSS classes, legend, anchors).
var kinds = []struct{ Prefix, Name, Label string }{
	{"e", "entity", "Entities"},
	{"t", "date", "Dates"},
	{"f", "figure", "Figures"},
	{"a", "attribution", "Attributions"},
	{"v", "event", "Events"},
	{"p", "position", "Positions"},
}

func factID(prefix string, i int) string { return prefix + strconv.Itoa(i) }

// mark is one highlighted span of a fact.
type mark struct {
	truce.Span
	kind  string // entity, date, …
	fact  string // e3, t0, …
	first bool   // the fact's first span: focusable and the anchor target
}

// marks lists the highlights of every fact in rec.
func marks(rec *truce.Record) []mark {
	var ms []mark
	add := func(kind, fact string, sp truce.Span, first bool) {
		ms = append(ms, mark{sp, kind, fact, first})
	}
	for i, e := range rec.Entities {
		for j, m := range e.Mentions {
			add("entity", factID("e", i), m, j == 0)
		}
	}
	for i, x := range rec.Timexes {
		add("date", factID("t", i), x.Span, true)
	}
	for i, x := range rec.Figures {
		add("figure", factID("f", i), x.Span, true)
	}
	for i, x := range rec.Attributions {
		add("attribution", factID("a", i), x.Span, true)
	}
	for i, x := range rec.Events {
		add("event", factID("v", i), x.Span, true)
	}
	for i, x := range rec.Positions {
		add("position", factID("p", i), x.Span, true)
	}
	return ms
}

// fixSpan clamps sp into text and moves its ends back onto rune starts, so
// that no slice ever cuts a UTF-8 sequence.
func fixSpan(sp truce.Span, text string) (truce.Span, bool) {
	sp.Start = min(max(sp.Start, 0), len(text))
	sp.End = min(max(sp.End, sp.Start), len(text))
	for sp.Start < len(text) && sp.Start > 0 && !utf8.RuneStart(text[sp.Start]) {
		sp.Start--
	}
	for sp.End < len(text) && sp.End > sp.Start && !utf8.RuneStart(text[sp.End]) {
		sp.End--
	}
	return sp, sp.Start < sp.End
}

// highlight renders text as HTML with every mark wrapped in a <mark>
// element. Spans may overlap without nesting: an element that must close
// while an inner one is still open is closed and reopened around it, so
// the output is always well-formed. Every piece of text is escaped.
func highlight(text string, ms []mark) template.HTML {
	valid := make([]mark, 0, len(ms))
	for _, m := range ms {
		if sp, ok := fixSpan(m.Span, text); ok {
			m.Span = sp
			valid = append(valid, m)
		}
	}
	// Outer spans first: earlier start, then longer; ties in list order,
	// which marks() makes deterministic.
	slices.SortStableFunc(valid, func(a, b mark) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
	var b strings.Builder
	b.Grow(len(text) + len(valid)*80)
	var open []*mark
	pos, next := 0, 0
	for pos < len(text) || len(open) > 0 {
		stop := len(text)
		if next < len(valid) {
			stop = min(stop, valid[next].Start)
		}
		for _, m := range open {
			stop = min(stop, m.End)
		}
		escapeTo(&b, text[pos:stop])
		pos = stop
		open = closeAt(&b, open, pos)
		for next < len(valid) && valid[next].Start == pos {
			m := &valid[next]
			openMark(&b, m, true)
			open = append(open, m)
			next++
		}
		if pos == len(text) && next >= len(valid) && len(open) == 0 {
			break
		}
	}
	return template.HTML(b.String())
}

// closeAt closes every open mark that ends at pos, reopening the ones
// inside it that go on; it returns what is still open.
func closeAt(b *strings.Builder, open []*mark, pos int) []*mark {
	lowest := -1
	for i, m := range open {
		if m.End <= pos {
			lowest = i
			break
		}
	}
	if lowest < 0 {
		return open
	}
	for range open[lowest:] {
		b.WriteString("</mark>")
	}
	kept := open[:lowest]
	for _, m := range open[lowest:] {
		if m.End > pos {
			openMark(b, m, false)
			kept = append(kept, m)
		}
	}
	return kept
}

// openMark writes a mark's start tag. Only the first piece of a fact's
// first span is focusable and carries the anchor id, so keyboard users tab
// once per fact.
func openMark(b *strings.Builder, m *mark, start bool) {
	b.WriteString(`<mark class="hl k-`)
	b.WriteString(m.kind)
	b.WriteString(`" data-fact="`)
	b.WriteString(m.fact)
	b.WriteString(`"`)
	if m.first && start {
		b.WriteString(` id="hl-`)
		b.WriteString(m.fact)
		b.WriteString(`" tabindex="0" role="button"`)
	}
	b.WriteString(`>`)
}

// escapeTo writes s to b escaped for HTML text and attributes, as
// template.HTMLEscapeString does, without allocating per piece.
func escapeTo(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		case 0:
			rep = "\uFFFD"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	b.WriteString(s[last:])
}
