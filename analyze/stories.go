package analyze

import (
	"sort"
	"time"

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
	c := &storyClusters{docs: docs, days: make([]int, len(docs)),
		dup: newUnionFind(len(docs)), story: newUnionFind(len(docs)), best: map[int]match{}}
	at := make(map[string]int, len(docs))
	for i, d := range docs {
		at[d.ID] = i
		c.days[i] = dayNumber(d.Published)
	}
	forBands(bandRows, at, c.bucket)
	c.placeUndated()
	var out []Story
	for _, members := range c.story.groups() {
		if storyMatches(docs, members, f) {
			out = append(out, buildStory(docs, members, c.dup))
		}
	}
	return out
}

// storyClusters joins documents into near-duplicate groups and stories.
// Components do not depend on the order of joins, so neither does the result.
type storyClusters struct {
	docs       []docInfo // in date order
	days       []int     // day numbers of docs, -1 when undated
	dup, story *unionFind
	best       map[int]match // undated report → its best partner
}

// bucket compares the documents of one band (in date order): each with the
// next few (maxPosting) published within storyDays, so a band thousands of
// reports share costs no more than a small one.
func (c *storyClusters) bucket(sig byte, members []int) {
	for i, x := range members {
		for j := i + 1; j < len(members) && j <= i+maxPosting; j++ {
			y := members[j]
			if c.days[x] >= 0 && c.days[y] >= 0 && c.days[y]-c.days[x] > storyDays {
				break
			}
			c.link(sig, x, y)
		}
	}
}

// link joins two dated reports that are near-duplicates or about the same
// actors. An undated report cannot be placed in time, so it must not bridge
// two stories: it only offers itself to its best match, joined at the end.
func (c *storyClusters) link(sig byte, x, y int) {
	a, b := &c.docs[x], &c.docs[y]
	dup := sig == 'd' && similarity(a.Dup, b.Dup) >= dupSimilarity
	topic := sig == 'a' && (sameTopic(a.Salient, b.Salient, 2, topicShare) || sameTopic(a.Actors, b.Actors, 4, actorShare))
	switch {
	case !dup && !topic:
	case c.days[x] < 0 || c.days[y] < 0:
		score := float64(overlap(a.Salient, b.Salient)) + float64(overlap(a.Actors, b.Actors))/1000
		if dup {
			score += 1000
		}
		c.offer(x, y, score, dup)
		c.offer(y, x, score, dup)
	case dup:
		c.dup.union(x, y)
		c.story.union(x, y)
	default:
		c.story.union(x, y)
	}
}

// match is an undated report's best partner so far.
type match struct {
	other int
	score float64
	dup   bool
}

func (c *storyClusters) offer(undated, other int, score float64, dup bool) {
	if c.days[undated] >= 0 {
		return
	}
	m, ok := c.best[undated]
	if !ok || score > m.score || score == m.score && other < m.other {
		c.best[undated] = match{other, score, dup}
	}
}

// placeUndated joins each undated report to its best match, in index order.
func (c *storyClusters) placeUndated() {
	for x := range c.docs {
		if m, ok := c.best[x]; ok {
			if m.dup {
				c.dup.union(x, m.other)
			}
			c.story.union(x, m.other)
		}
	}
}

// dayNumber counts days since 1970 for YYYY-MM-DD, else -1.
func dayNumber(date string) int {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return -1
	}
	return int(t.Unix() / 86400)
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

// forBands calls fn with each band's signature letter and its distinct
// documents in date order, bands in key order.
func forBands(bands []truce.AnalysisRow, at map[string]int, fn func(sig byte, members []int)) {
	byKey := map[string][]int{}
	var keys []string
	for _, r := range bands {
		k, ok := at[r.DocID]
		if !ok || r.Key == "" {
			continue
		}
		if _, seen := byKey[r.Key]; !seen {
			keys = append(keys, r.Key)
		}
		byKey[r.Key] = append(byKey[r.Key], k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		fn(key[0], distinct(byKey[key]))
	}
}

// distinct sorts members and drops repeats, in place.
func distinct(members []int) []int {
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

// storyMatches reports whether a story has a report naming f.Party and one
// touching f.Issue.
func storyMatches(docs []docInfo, members []int, f Filter) bool {
	party, issue := f.Party == "", f.Issue == ""
	for _, m := range members {
		d := &docs[m]
		party = party || matchParty(f.Party, d.Actors, d.Parties)
		issue = issue || contains(d.Issues, f.Issue)
	}
	return party && issue
}
