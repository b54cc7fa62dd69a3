package web

import (
	"strconv"
	"strings"

	"github.com/truce-project/truce"
)

// factView is one fact as the document page's panel shows it.
type factView struct {
	ID     string
	Kind   string
	Title  string
	Fields []field
	Quote  string
}

// field is one labelled value; Link, if set, is a URL inside the site.
type field struct {
	Key, Value, Link string
}

// factViews describes every fact of rec for the panel, in the order of the
// legend.
func factViews(rec *truce.Record) []factView {
	var out []factView
	q := func(sp truce.Span) string { return quote(rec.Text, sp) }
	for i, e := range rec.Entities {
		out = append(out, factView{factID("e", i), "entity", e.Name, entityFields(e), ""})
	}
	for i, x := range rec.Timexes {
		out = append(out, factView{factID("t", i), "date", x.Value, []field{{"Type", x.Type, ""}, {"Normalised", x.Value, ""}}, q(x.Span)})
	}
	for i, x := range rec.Figures {
		out = append(out, factView{factID("f", i), "figure", figureTitle(x), figureFields(x), q(x.Span)})
	}
	for i, x := range rec.Attributions {
		out = append(out, factView{factID("a", i), "attribution", orUnknown(x.Speaker), attributionFields(x), q(x.Content)})
	}
	for i, x := range rec.Events {
		out = append(out, factView{factID("v", i), "event", x.Type + " · " + x.Status, eventFields(x), q(x.Span)})
	}
	for i, x := range rec.Positions {
		out = append(out, factView{factID("p", i), "position", x.Party + " " + x.Stance + " · " + x.Issue, positionFields(x), q(x.Span)})
	}
	return out
}

func entityFields(e truce.Entity) []field {
	fs := []field{{"Type", e.Type, ""}, {"Mentions", strconv.Itoa(len(e.Mentions)), ""}}
	if e.KBID != "" {
		fs = append(fs, field{"Knowledge base", e.KBID, "/entities/" + e.KBID})
	}
	if e.Wikidata != "" {
		fs = append(fs, field{"Wikidata", e.Wikidata, ""})
	}
	return fs
}

func figureTitle(f truce.Figure) string {
	return strings.TrimSpace(formatNumber(f.Value) + " " + f.Unit)
}

func figureFields(f truce.Figure) []field {
	fs := []field{{"Value", formatNumber(f.Value), ""}}
	if f.Low != nil || f.High != nil {
		fs = append(fs, field{"Range", bound(f.Low) + " – " + bound(f.High), ""})
	}
	fs = append(fs, field{"Approximate", yesNo(f.Approx), ""})
	return appendSet(fs,
		field{"Unit", f.Unit, ""}, field{"Measure", f.Measure, ""}, field{"Subject", f.Subject, ""},
		field{"Period from", f.PeriodStart, ""}, field{"As of", f.AsOf, ""},
		field{"Reported by", f.ReportedBy, ""}, field{"Via", viaChain(f.Via), ""})
}

func attributionFields(a truce.Attribution) []field {
	speaker := field{"Speaker", orUnknown(a.Speaker), ""}
	if a.SpeakerID != "" {
		speaker.Link = "/entities/" + a.SpeakerID
	}
	fs := []field{speaker, {"Anonymous", yesNo(a.Anonymous), ""}, {"Cue", a.Cue, ""},
		{"Via", orDash(viaChain(a.Via)), ""}, {"Quoted directly", yesNo(a.Direct), ""}, {"Hedged", yesNo(a.Hedged), ""}}
	return fs
}

func eventFields(e truce.Event) []field {
	return appendSet([]field{{"Type", e.Type, ""}, {"Status", e.Status, ""}},
		field{"Date", e.Date, ""}, field{"Place", e.Place, ""},
		field{"Participants", strings.Join(e.Participants, ", "), ""})
}

func positionFields(p truce.Position) []field {
	return appendSet([]field{{"Party", p.Party, ""}, {"Issue", p.Issue, ""}, {"Stance", p.Stance, ""}},
		field{"Summary", p.Summary, ""})
}

// appendSet appends the fields that have a value.
func appendSet(fs []field, more ...field) []field {
	for _, f := range more {
		if f.Value != "" {
			fs = append(fs, f)
		}
	}
	return fs
}

// viaChain shows intermediaries from the reader outwards: "A ← B".
func viaChain(via []string) string { return strings.Join(via, " ← ") }

func formatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if hasFrac {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

func bound(p *float64) string {
	if p == nil {
		return "?"
	}
	return formatNumber(*p)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown speaker)"
	}
	return s
}
