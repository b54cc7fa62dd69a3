// Package analyze is truce's cross-report analysis: it derives from each
// stored report a few keyed rows (near-duplicate bands, claims, figures,
// positions, events) and builds the views across reports from them —
// stories, claims with their independent origins and denials, contested
// figures, the position ledger and the timeline. Adding a report derives
// and stores only that report's rows; a view reads the rows it shows.
// Every item keeps the document ids and byte spans of its evidence.
//
// From Go: wrap the store with Index so every Put also stores the rows,
// call Sync to analyse documents stored otherwise, then read a view:
//
//	store := analyze.Index(sqliteStore, nil)  // ingest through this
//	analyze.Sync(ctx, sqliteStore, analyzer)   // before reading views
//	claims, err := analyze.Claims(ctx, sqliteStore, analyze.Filter{Since: "2025-01-01"})
//
// The Build* functions compute the same views from rows already in hand.
package analyze

import (
	"cmp"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/kb"
)

// DocKind is the kind of the row every analysed document has. Its version
// suffix changes whenever the derivation of rows does, so that Sync finds
// every document unanalysed and derives its rows afresh.
const DocKind = "doc.3"

// Kinds of the other analysis rows.
const (
	kindBand     = "band"
	kindClaim    = "claim"
	kindFigure   = "figure"
	kindPosition = "position"
	kindEvent    = "event"
)

// Analyzer derives analysis rows from records. It holds read-only tables
// built once from the knowledge base and is safe for concurrent use.
type Analyzer struct {
	party       map[string]string // normalised name, alias, adjective or id → party name
	belligerent map[string]bool   // party names of the parties to the war
	issues      *issueMatcher
	common      map[string]bool // actors too common to tell stories apart
}

// New builds an Analyzer from a knowledge base.
func New(k *kb.KB) *Analyzer {
	a := &Analyzer{party: map[string]string{}, belligerent: map[string]bool{},
		issues: newIssueMatcher(k.Issues()), common: map[string]bool{}}
	for _, e := range k.Entries() {
		p := k.Party(e)
		if p == "" {
			continue
		}
		a.party[normName(e.Name)] = p
		a.party[e.ID] = p
		for _, al := range e.Aliases {
			if _, ok := a.party[normName(al)]; !ok {
				a.party[normName(al)] = p
			}
		}
		for _, adj := range e.Adjectives {
			a.party[normName(adj)] = p
		}
	}
	for _, id := range []string{"russia", "ukraine"} {
		if e, ok := k.Entry(id); ok {
			a.belligerent[e.Name] = true
		}
	}
	for _, id := range []string{"russia", "ukraine", "kyiv", "moscow", "kremlin", "united-states", "washington",
		"white-house", "europe", "european-union", "nato", "donald-trump", "vladimir-putin", "volodymyr-zelensky"} {
		a.common[id] = true
	}
	return a
}

// Default builds an Analyzer from the embedded knowledge base.
func Default() (*Analyzer, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	return New(k), nil
}

// PartyOf returns the party a named actor speaks for: by id, by name, or by
// a leading adjective ("Ukrainian officials"); "" when none.
func (a *Analyzer) PartyOf(id, name string) string {
	if p, ok := a.party[id]; ok && id != "" {
		return p
	}
	n := normName(name)
	if p, ok := a.party[n]; ok {
		return p
	}
	for _, w := range strings.Fields(n) {
		if p, ok := a.party[w]; ok {
			return p
		}
	}
	return ""
}

// Rows derives every analysis row of rec: one doc row (its metadata and
// signatures, the marker that the document is analysed), its band rows,
// and one row per claim, figure, position and event.
func (a *Analyzer) Rows(rec *truce.Record) []truce.AnalysisRow {
	d := a.newDocInfo(rec)
	var rows []truce.AnalysisRow
	add := func(kind, key string, seq int, v any) {
		rows = append(rows, truce.AnalysisRow{DocID: rec.ID, Kind: kind, Key: key, Seq: seq,
			Date: rec.Published, Data: mustJSON(v)})
	}
	add(DocKind, rec.ID, 0, d)
	for i, k := range d.bands() {
		add(kindBand, k, i, struct{}{})
	}
	for i, c := range a.claims(rec) {
		add(kindClaim, c.SpeakerKey, i, c)
	}
	for i, f := range a.figures(rec) {
		add(kindFigure, f.Group, i, f)
	}
	for i, p := range a.positions(rec) {
		add(kindPosition, p.Party+"|"+p.Issue, i, p)
	}
	for i, e := range a.events(rec) {
		add(kindEvent, family(e.Type), i, e)
	}
	return rows
}

// Evidence points at the bytes of a document that support an item: the web
// UI opens DocID and highlights [Start, End).
type Evidence struct {
	DocID     string `json:"doc_id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Quote     string `json:"quote"`
}

func (a *Analyzer) evidence(rec *truce.Record, sp truce.Span) Evidence {
	return Evidence{DocID: rec.ID, Start: sp.Start, End: sp.End, Published: rec.Published,
		Outlet: outletOf(&rec.Document), Quote: quote(rec.Text, span{sp.Start, sp.End})}
}

// outletOf names who published a document: its outlet, else its source.
func outletOf(d *truce.Document) string {
	if d.Outlet != "" {
		return d.Outlet
	}
	return d.Source
}

// before orders evidence by publication (undated last), document, span
// and text: a total order on distinct evidence, so sorts do not depend on
// the order rows arrive in.
func (e Evidence) before(o Evidence) bool {
	return e.compare(o) < 0
}

func (e Evidence) compare(o Evidence) int {
	if (e.Published == "") != (o.Published == "") {
		if e.Published != "" {
			return -1
		}
		return 1
	}
	return cmp.Or(strings.Compare(e.Published, o.Published), strings.Compare(e.DocID, o.DocID),
		cmp.Compare(e.Start, o.Start), cmp.Compare(e.End, o.End), strings.Compare(e.Quote, o.Quote))
}

// partiesIn lists the parties of the entities mentioned inside sp.
func (a *Analyzer) partiesIn(rec *truce.Record, sp truce.Span) []string {
	var out []string
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if m.Start >= sp.Start && m.End <= sp.End {
				if p := a.PartyOf(e.KBID, e.Name); p != "" {
					out = append(out, p)
				}
				break
			}
		}
	}
	return sortedSet(out)
}
