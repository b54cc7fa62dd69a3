package analyze

import (
	"encoding/json"
	"strings"

	"github.com/truce-project/truce"
)

// docInfo is what the views need to know about a document without reading
// it: its metadata and its two signatures.
type docInfo struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"`
	Dup       []uint32 `json:"dup"`     // MinHash of its 4-word shingles
	Salient   []string `json:"salient"` // who and where it is mainly about
	Actors    []string `json:"actors"`  // everyone and everywhere it names
	Parties   []string `json:"parties"` // the parties its actors speak for
	Issues    []string `json:"issues"`  // the issues it touches
}

func (a *Analyzer) newDocInfo(rec *truce.Record) *docInfo {
	d := &docInfo{ID: rec.ID, Title: rec.Title, Outlet: outletOf(&rec.Document), Published: rec.Published}
	d.Dup = signature(shingles(words(rec.Text)), dupHashes)
	d.Salient, d.Actors = a.actors(rec)
	d.Issues = a.issues.find(rec.Title + "\n" + rec.Text)
	for _, e := range rec.Entities {
		if p := a.PartyOf(e.KBID, e.Name); p != "" {
			d.Parties = append(d.Parties, p)
		}
	}
	d.Parties = sortedSet(d.Parties)
	return d
}

// leadBytes is how much of a report counts as its lead.
const leadBytes = 600

// actors lists who and where a report names, leaving out those in nearly
// every report, and the salient ones among them: named in its lead or often.
func (a *Analyzer) actors(rec *truce.Record) (salient, all []string) {
	for _, e := range rec.Entities {
		id := e.KBID
		if id == "" {
			id = normName(e.Name)
		}
		if a.common[id] || e.Type == truce.Other || len(e.Mentions) == 0 {
			continue
		}
		all = append(all, id)
		if e.Mentions[0].Start < leadBytes || len(e.Mentions) >= 3 {
			salient = append(salient, id)
		}
	}
	return sortedSet(salient), sortedSet(all)
}

// bands are the keys of both signatures' bands.
func (d *docInfo) bands() []string {
	// The salient actors are among all actors, so one signature over all
	// of them finds the candidates for both tests of BuildStories.
	return append(bandKeys("d", d.Dup, dupRows), setBands("a", d.Actors)...)
}

func setBands(prefix string, set []string) []string {
	if len(set) == 0 {
		return nil
	}
	hs := make([]uint64, len(set))
	for i, s := range set {
		hs[i] = hashString(s)
	}
	return bandKeys(prefix, signature(hs, topicHashes), topicRows)
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil { // only plain structs are marshalled: a failure is a bug
		panic("analyze: " + err.Error())
	}
	return b
}

// decode unmarshals the Data of rows into values of T, skipping rows that
// do not decode (written by another version).
func decode[T any](rows []truce.AnalysisRow, set func(*T, truce.AnalysisRow)) []T {
	out := make([]T, 0, len(rows))
	for _, r := range rows {
		var v T
		if json.Unmarshal(r.Data, &v) != nil {
			continue
		}
		if set != nil {
			set(&v, r)
		}
		out = append(out, v)
	}
	return out
}

// inRange reports whether date lies within [since, until]; undated values
// pass only when there is no bound.
func inRange(date, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if date == "" {
		return false
	}
	return (since == "" || date >= since) && (until == "" || date[:min(len(date), len(until))] <= until)
}

// matchParty reports whether want (a filter) names one of the given names
// or parties: case-insensitive, whole words ("Putin" matches "Vladimir
// Putin" and the id "vladimir-putin"; "US" does not match "Russia").
func matchParty(want string, names ...[]string) bool {
	if want == "" {
		return true
	}
	w := words(want)
	for _, ns := range names {
		for _, n := range ns {
			if containsWords(words(strings.ReplaceAll(n, "-", " ")), w) {
				return true
			}
		}
	}
	return false
}

// containsWords reports whether the words sub occur in order, adjacent, in ws.
func containsWords(ws, sub []string) bool {
	if len(sub) == 0 {
		return false
	}
	for i := 0; i+len(sub) <= len(ws); i++ {
		match := true
		for j := range sub {
			if ws[i+j] != sub[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
