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
	Dup       []uint32 `json:"dup"`    // MinHash of its 4-word shingles
	Actors    []string `json:"actors"` // who and where it is about, for stories
}

func (a *Analyzer) newDocInfo(rec *truce.Record) *docInfo {
	d := &docInfo{ID: rec.ID, Title: rec.Title, Outlet: outletOf(&rec.Document), Published: rec.Published}
	d.Dup = signature(shingles(words(rec.Text)), dupHashes)
	for _, e := range rec.Entities {
		id := e.KBID
		if id == "" {
			id = normName(e.Name)
		}
		if !a.common[id] && e.Type != truce.Other {
			d.Actors = append(d.Actors, id)
		}
	}
	d.Actors = sortedSet(d.Actors)
	return d
}

func (d *docInfo) row() *docInfo { return d }

// bands are the keys of both signatures' bands.
func (d *docInfo) bands() []string {
	keys := bandKeys("d", d.Dup, dupRows)
	if len(d.Actors) > 0 {
		hs := make([]uint64, len(d.Actors))
		for i, s := range d.Actors {
			hs[i] = hashString(s)
		}
		keys = append(keys, bandKeys("t", signature(hs, topicHashes), topicRows)...)
	}
	return keys
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

// matchParty reports whether want (a filter, case-insensitive) names one of
// the given names or parties.
func matchParty(want string, names ...[]string) bool {
	if want == "" {
		return true
	}
	w := normName(want)
	for _, ns := range names {
		for _, n := range ns {
			if normName(n) == w || strings.Contains(normName(n), w) {
				return true
			}
		}
	}
	return false
}
