package eval

import (
	"fmt"
	"io"
	"math"
	"path"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// Count is a confusion count for one kind of fact.
type Count struct {
	TP, FP, FN int
}

// Precision is TP / (TP + FP), 0 when nothing was predicted.
func (c Count) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN).
func (c Count) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Count) add(o Count) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Accuracy counts right answers among the items it was checked on.
type Accuracy struct {
	Right, Total int
}

// Value is Right / Total.
func (a Accuracy) Value() float64 { return ratio(a.Right, a.Total) }

func (a *Accuracy) check(ok bool) {
	a.Total++
	if ok {
		a.Right++
	}
}

// Report is the score of a set of records against a gold set.
type Report struct {
	Documents, Missing int // gold documents, and those with no record
	Kinds              map[string]*Count
	Attributes         map[string]*Accuracy
	Misses             []Miss // every disagreement, in gold document order
}

// Kind names in report order.
var kindOrder = []string{"people", "organizations", "places", "entities", "figures",
	"attributions (span)", "attributions (span+speaker)", "events (span+type)", "timexes", "positions"}

var attrOrder = []string{"published", "timex value", "figure approx", "figure unit", "figure reported_by",
	"figure as_of", "attribution anonymous", "attribution via", "event status", "event date",
	"event participants", "position stance"}

// Score matches records to gold documents (by record id, source file name
// or JSON-lines id) and counts agreement.
func Score(records []*truce.Record, set *Set) *Report {
	rep := &Report{Kinds: map[string]*Count{}, Attributes: map[string]*Accuracy{}}
	for _, k := range kindOrder {
		rep.Kinds[k] = &Count{}
	}
	for _, a := range attrOrder {
		rep.Attributes[a] = &Accuracy{}
	}
	byKey := map[string]*truce.Record{}
	for _, r := range records {
		for _, k := range recordKeys(r) {
			byKey[k] = r
		}
	}
	for i := range set.Docs {
		g := &set.Docs[i]
		rep.Documents++
		rec := byKey[g.ID]
		if rec == nil {
			rep.Missing++
			rec = &truce.Record{}
		}
		s := scorer{rec: rec, gold: g, names: set.Names, rep: rep}
		s.score()
	}
	return rep
}

func recordKeys(r *truce.Record) []string {
	keys := []string{r.ID}
	src := r.Source
	if i := strings.LastIndexByte(src, '#'); i >= 0 {
		keys = append(keys, src[i+1:])
		src = src[:i]
	}
	base := path.Base(strings.ReplaceAll(src, "\\", "/"))
	return append(keys, strings.TrimSuffix(base, path.Ext(base)))
}

type scorer struct {
	rec   *truce.Record
	gold  *Gold
	names *Names
	rep   *Report
}

func (s *scorer) score() {
	want := ""
	if s.gold.Published != nil {
		want = *s.gold.Published
	}
	s.attribute("published", s.rec.Published == want, "", want, s.rec.Published)
	s.entities()
	s.figures()
	s.attributions()
	s.events()
	s.timexes()
	s.positions()
}

func (s *scorer) entities() {
	pred := map[string]map[string]bool{"people": {}, "organizations": {}, "places": {}}
	kindOf := map[string]string{truce.Person: "people", truce.Organization: "organizations", truce.Place: "places"}
	display := map[string]string{}
	for _, e := range s.rec.Entities {
		if k, ok := kindOf[e.Type]; ok {
			key := s.names.Key(e.Name)
			pred[k][key] = true
			display[key] = e.Name
		}
	}
	gold := map[string][]string{"people": s.gold.People, "organizations": s.gold.Organizations, "places": s.gold.Places}
	for _, k := range []string{"people", "organizations", "places"} {
		want := map[string]bool{}
		for _, n := range gold[k] {
			want[s.names.Key(n)] = true
			display[s.names.Key(n)] = n
		}
		c := setCount(pred[k], want)
		s.entityMisses(k, pred[k], want, display)
		s.rep.Kinds[k].add(c)
		s.rep.Kinds["entities"].add(c)
	}
}

func setCount(pred, want map[string]bool) Count {
	var c Count
	for k := range pred {
		if want[k] {
			c.TP++
		} else {
			c.FP++
		}
	}
	for k := range want {
		if !pred[k] {
			c.FN++
		}
	}
	return c
}

// locate returns every span of quote in the record's text.
func (s *scorer) locate(quote string) []truce.Span {
	var out []truce.Span
	if quote == "" {
		return nil
	}
	text := s.rec.Text
	for from := 0; ; {
		i := strings.Index(text[from:], quote)
		if i < 0 {
			break
		}
		out = append(out, truce.Span{Start: from + i, End: from + i + len(quote)})
		from += i + 1
	}
	return out
}

// overlap is the share of the gold span covered by the predicted one.
func overlap(pred truce.Span, gold []truce.Span) float64 {
	best := 0.0
	for _, g := range gold {
		in := min(pred.End, g.End) - max(pred.Start, g.Start)
		if in > 0 && g.Len() > 0 {
			best = math.Max(best, float64(in)/float64(g.Len()))
		}
	}
	return best
}

// match pairs gold items with predictions one to one, in gold order, taking
// for each gold item the first unused prediction ok accepts. It returns the
// prediction index per gold item (-1 for none) and the counts.
func match(nGold, nPred int, ok func(g, p int) bool) ([]int, Count) {
	used := make([]bool, nPred)
	pairs := make([]int, nGold)
	var c Count
	for g := range nGold {
		pairs[g] = -1
		for p := range nPred {
			if !used[p] && ok(g, p) {
				used[p], pairs[g] = true, p
				break
			}
		}
		if pairs[g] >= 0 {
			c.TP++
		} else {
			c.FN++
		}
	}
	c.FP = nPred - c.TP
	return pairs, c
}

func (s *scorer) figures() {
	golds, preds := s.gold.Figures, s.rec.Figures
	spans := make([][]truce.Span, len(golds))
	for i, g := range golds {
		spans[i] = s.locate(g.Quote)
	}
	pairs, c := match(len(golds), len(preds), func(g, p int) bool {
		return sameNumber(golds[g].Value, preds[p].Value) && (len(spans[g]) == 0 || overlap(preds[p].Span, spans[g]) > 0)
	})
	s.rep.Kinds["figures"].add(c)
	s.unmatched("figures", pairs, len(preds),
		func(g int) (string, string) { return golds[g].Quote, number(golds[g].Value) },
		func(p int) (string, string) { return s.spanText(preds[p].Span), number(preds[p].Value) })
	for g, p := range pairs {
		if p < 0 {
			continue
		}
		gf, pf := golds[g], preds[p]
		q := gf.Quote
		s.attribute("figure approx", gf.Approx == pf.Approx, q, fmt.Sprint(gf.Approx), fmt.Sprint(pf.Approx))
		s.attribute("figure unit", fold(gf.Unit) == fold(pf.Unit), q, gf.Unit, pf.Unit)
		s.attribute("figure reported_by", s.sameName(gf.ReportedBy, pf.ReportedBy), q, str(gf.ReportedBy), pf.ReportedBy)
		s.attribute("figure as_of", str(gf.AsOf) == pf.AsOf, q, str(gf.AsOf), pf.AsOf)
	}
}

func number(v float64) string { return fmt.Sprint(v) }

func sameNumber(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func (s *scorer) sameName(gold *string, pred string) bool {
	return s.names.Key(str(gold)) == s.names.Key(pred)
}

func (s *scorer) attributions() {
	golds, preds := s.gold.Attributions, s.rec.Attributions
	spans := make([][]truce.Span, len(golds))
	for i, g := range golds {
		spans[i] = s.locate(g.Quote)
	}
	spanOK := func(g, p int) bool { return overlap(preds[p].Span, spans[g]) >= 0.5 }
	_, c := match(len(golds), len(preds), spanOK)
	s.rep.Kinds["attributions (span)"].add(c)
	pairs, c := match(len(golds), len(preds), func(g, p int) bool {
		return spanOK(g, p) && s.sameSpeaker(golds[g], preds[p])
	})
	s.rep.Kinds["attributions (span+speaker)"].add(c)
	s.unmatched("attributions (span+speaker)", pairs, len(preds),
		func(g int) (string, string) { return golds[g].Quote, speaker(golds[g].Speaker, golds[g].Anonymous) },
		func(p int) (string, string) {
			return s.spanText(preds[p].Span), speaker(preds[p].Speaker, preds[p].Anonymous)
		})
	for g, p := range pairs {
		if p < 0 {
			continue
		}
		gd, pd, q := golds[g], preds[p], golds[g].Quote
		s.attribute("attribution anonymous", gd.Anonymous == pd.Anonymous, q, fmt.Sprint(gd.Anonymous), fmt.Sprint(pd.Anonymous))
		s.attribute("attribution via", s.sameNames(gd.Via, pd.Via), q, strings.Join(gd.Via, ", "), strings.Join(pd.Via, ", "))
	}
}

// sameSpeaker: the same name after normalisation, or two anonymous sources
// (their descriptions vary: "officials", "the same official").
func (s *scorer) sameSpeaker(g GoldAttrib, p truce.Attribution) bool {
	if g.Anonymous && p.Anonymous {
		return true
	}
	return s.names.Key(g.Speaker) == s.names.Key(p.Speaker)
}

func speaker(name string, anonymous bool) string {
	if anonymous {
		return name + " (anonymous)"
	}
	return name
}

func (s *scorer) sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if s.names.Key(a[i]) != s.names.Key(b[i]) {
			return false
		}
	}
	return true
}

func (s *scorer) sameSet(a, b []string) bool {
	x, y := map[string]bool{}, map[string]bool{}
	for _, n := range a {
		x[s.names.Key(n)] = true
	}
	for _, n := range b {
		y[s.names.Key(n)] = true
	}
	c := setCount(x, y)
	return c.FP == 0 && c.FN == 0
}

func (s *scorer) events() {
	golds, preds := s.gold.Events, s.rec.Events
	spans := make([][]truce.Span, len(golds))
	for i, g := range golds {
		spans[i] = s.locate(g.Quote)
	}
	pairs, c := match(len(golds), len(preds), func(g, p int) bool {
		return golds[g].Type == preds[p].Type && overlap(preds[p].Span, spans[g]) > 0
	})
	s.rep.Kinds["events (span+type)"].add(c)
	s.unmatched("events (span+type)", pairs, len(preds),
		func(g int) (string, string) { return golds[g].Quote, golds[g].Type },
		func(p int) (string, string) { return s.spanText(preds[p].Span), preds[p].Type })
	for g, p := range pairs {
		if p < 0 {
			continue
		}
		gd, pd, q := golds[g], preds[p], golds[g].Quote
		s.attribute("event status", gd.Status == pd.Status, q, gd.Status, pd.Status)
		s.attribute("event date", str(gd.Date) == pd.Date, q, str(gd.Date), pd.Date)
		s.attribute("event participants", s.sameSet(gd.Participants, pd.Participants), q,
			strings.Join(gd.Participants, ", "), strings.Join(pd.Participants, ", "))
	}
}

func (s *scorer) timexes() {
	golds, preds := s.gold.Timexes, s.rec.Timexes
	if len(golds) == 0 {
		return
	}
	spans := make([][]truce.Span, len(golds))
	for i, g := range golds {
		spans[i] = s.locate(g.Quote)
	}
	pairs, c := match(len(golds), len(preds), func(g, p int) bool { return overlap(preds[p].Span, spans[g]) >= 0.5 })
	s.rep.Kinds["timexes"].add(c)
	s.unmatched("timexes", pairs, len(preds),
		func(g int) (string, string) { return golds[g].Quote, golds[g].Value },
		func(p int) (string, string) { return s.spanText(preds[p].Span), preds[p].Value })
	for g, p := range pairs {
		if p >= 0 {
			s.attribute("timex value", golds[g].Value == preds[p].Value, golds[g].Quote, golds[g].Value, preds[p].Value)
		}
	}
}

func (s *scorer) positions() {
	golds, preds := s.gold.Positions, s.rec.Positions
	if len(golds) == 0 {
		return
	}
	spans := make([][]truce.Span, len(golds))
	for i, g := range golds {
		spans[i] = s.locate(g.Quote)
	}
	pairs, c := match(len(golds), len(preds), func(g, p int) bool {
		return golds[g].Issue == preds[p].Issue && s.names.Key(golds[g].Party) == s.names.Key(preds[p].Party) &&
			overlap(preds[p].Span, spans[g]) > 0
	})
	s.rep.Kinds["positions"].add(c)
	s.unmatched("positions", pairs, len(preds),
		func(g int) (string, string) { return golds[g].Quote, golds[g].Party + " " + golds[g].Issue },
		func(p int) (string, string) { return s.spanText(preds[p].Span), preds[p].Party + " " + preds[p].Issue })
	for g, p := range pairs {
		if p >= 0 {
			s.attribute("position stance", golds[g].Stance == preds[p].Stance, golds[g].Quote, golds[g].Stance, preds[p].Stance)
		}
	}
}

// Write prints the report as a table.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "%d gold documents", r.Documents)
	if r.Missing > 0 {
		fmt.Fprintf(w, " (%d not found among the records)", r.Missing)
	}
	fmt.Fprintf(w, "\n\n%-30s %6s %6s %6s %5s %5s %5s\n", "kind", "P", "R", "F1", "TP", "FP", "FN")
	for _, k := range kindOrder {
		c := r.Kinds[k]
		if c.TP+c.FP+c.FN == 0 {
			continue
		}
		fmt.Fprintf(w, "%-30s %6.3f %6.3f %6.3f %5d %5d %5d\n", k, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	fmt.Fprintf(w, "\n%-30s %8s %9s\n", "attribute (on matched facts)", "accuracy", "right/all")
	for _, a := range attrOrder {
		acc := r.Attributes[a]
		if acc.Total == 0 {
			continue
		}
		fmt.Fprintf(w, "%-30s %8.3f %9s\n", a, acc.Value(), fmt.Sprintf("%d/%d", acc.Right, acc.Total))
	}
}

// Summary is the report in a JSON-friendly shape.
func (r *Report) Summary() map[string]any {
	kinds := map[string]any{}
	for k, c := range r.Kinds {
		if c.TP+c.FP+c.FN > 0 {
			kinds[k] = map[string]any{"precision": c.Precision(), "recall": c.Recall(), "f1": c.F1(), "tp": c.TP, "fp": c.FP, "fn": c.FN}
		}
	}
	attrs := map[string]any{}
	names := make([]string, 0, len(r.Attributes))
	for a := range r.Attributes {
		names = append(names, a)
	}
	sort.Strings(names)
	for _, a := range names {
		if acc := r.Attributes[a]; acc.Total > 0 {
			attrs[a] = map[string]any{"accuracy": acc.Value(), "right": acc.Right, "total": acc.Total}
		}
	}
	return map[string]any{"documents": r.Documents, "missing": r.Missing, "kinds": kinds, "attributes": attrs}
}
