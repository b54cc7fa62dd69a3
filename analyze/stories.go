package analyze

import (
	"sort"

	"github.com/truce-project/truce"
)

// Story is a set of reports about one development: near-duplicates (wire
// copy under new headlines) and reports about the same actors within days.
type Story struct {
	ID        string          `json:"id"` // its earliest report
	Title     string          `json:"title"`
	First     string          `json:"first_reported"`
	Last      string          `json:"last_reported"`
	Earliest  StoryDocument   `json:"earliest"`
	Documents []StoryDocument `json:"documents"`
}

// StoryDocument is one report of a story.
type StoryDocument struct {
	DocID       string `json:"doc_id"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet"`
	Published   string `json:"published"`
	DuplicateOf string `json:"duplicate_of,omitempty"` // the earliest report it nearly copies
}

// Thresholds of story clustering.
const (
	dupSimilarity = 0.5 // estimated Jaccard of 4-word shingles for a near-duplicate
	topicShare    = 0.5 // share of the smaller salient-actor set the other must name
	actorShare    = 0.4 // share of the smaller set of all actors the other must name
	storyDays     = 14  // reports of one story lie within this many days of each other
)

// BuildStories clusters documents given their doc rows and band rows, and
// keeps the stories with a report naming f.Party and one touching f.Issue.
func BuildStories(docRows, bandRows []truce.AnalysisRow, f Filter) []Story {
	docs := decode[docInfo](docRows, func(d *docInfo, r truce.AnalysisRow) { d.ID = r.DocID })
	sort.SliceStable(docs, func(i, j int) bool { return earlier(&docs[i], &docs[j]) })
	at := make(map[string]int, len(docs))
	for i, d := range docs {
		at[d.ID] = i
	}
	dup, story := newUnionFind(len(docs)), newUnionFind(len(docs))
	for _, pair := range bandPairs(bandRows, at) {
		a, b := &docs[pair[0]], &docs[pair[1]]
		if !closeDates(a.Published, b.Published, storyDays) {
			continue
		}
		if pair[2] == 'd' && similarity(a.Dup, b.Dup) >= dupSimilarity {
			dup.union(pair[0], pair[1])
			story.union(pair[0], pair[1])
		}
		if pair[2] == 'a' && (sameTopic(a.Salient, b.Salient, 2, topicShare) || sameTopic(a.Actors, b.Actors, 4, actorShare)) {
			story.union(pair[0], pair[1])
		}
	}
	var out []Story
	for _, members := range story.groups() {
		if storyMatches(docs, members, f) {
			out = append(out, buildStory(docs, members, dup))
		}
	}
	return out
}

func storyMatches(docs []docInfo, members []int, f Filter) bool {
	party, issue := f.Party == "", f.Issue == ""
	for _, m := range members {
		d := &docs[m]
		party = party || matchParty(f.Party, d.Actors, d.Parties)
		issue = issue || contains(d.Issues, f.Issue)
	}
	return party && issue
}

func earlier(a, b *docInfo) bool {
	if (a.Published == "") != (b.Published == "") {
		return a.Published != ""
	}
	if a.Published != b.Published {
		return a.Published < b.Published
	}
	return a.ID < b.ID
}

// bandPairs lists the document pairs sharing a band row, each as
// [i, j, signature letter] with i < j, without repeats. docs are in date
// order, so within a band each document meets only the next few
// (maxPosting) in time: a band thousands of reports share costs no more
// than a small one.
func bandPairs(bands []truce.AnalysisRow, at map[string]int) [][3]int {
	bands = append([]truce.AnalysisRow(nil), bands...)
	sort.SliceStable(bands, func(i, j int) bool { return bands[i].Key < bands[j].Key })
	seen := map[[3]int]bool{}
	var out [][3]int
	for i := 0; i < len(bands); {
		j := i
		for j < len(bands) && bands[j].Key == bands[i].Key {
			j++
		}
		members := bandMembers(bands[i:j], at)
		for x := range members {
			for y := x + 1; y < len(members) && y <= x+maxPosting; y++ {
				p := [3]int{members[x], members[y], int(bands[i].Key[0])}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
		i = j
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a][0] != out[b][0] {
			return out[a][0] < out[b][0]
		}
		if out[a][1] != out[b][1] {
			return out[a][1] < out[b][1]
		}
		return out[a][2] < out[b][2]
	})
	return out
}

// bandMembers returns the distinct documents of one band, in date order.
func bandMembers(rows []truce.AnalysisRow, at map[string]int) []int {
	var members []int
	for _, r := range rows {
		if k, ok := at[r.DocID]; ok {
			members = append(members, k)
		}
	}
	sort.Ints(members)
	out := members[:0]
	for i, m := range members {
		if i == 0 || m != members[i-1] {
			out = append(out, m)
		}
	}
	return out
}

func buildStory(docs []docInfo, members []int, dup *unionFind) Story {
	first := docs[members[0]]
	s := Story{ID: first.ID, Title: first.Title, First: first.Published}
	for _, m := range members {
		d := docs[m]
		sd := StoryDocument{DocID: d.ID, Title: d.Title, Outlet: d.Outlet, Published: d.Published}
		if root := dup.find(m); root != m {
			sd.DuplicateOf = docs[root].ID
		}
		s.Documents = append(s.Documents, sd)
		if d.Published > s.Last {
			s.Last = d.Published
		}
	}
	s.Earliest = s.Documents[0]
	return s
}

// sameTopic reports whether two reports name enough of the same actors to
// be about one development: at least least of them, and share of the
// smaller set.
func sameTopic(a, b []string, least int, share float64) bool {
	n := overlap(a, b)
	return n >= least && float64(n) >= share*float64(min(len(a), len(b)))
}
