package analyze

import (
	"strings"

	"github.com/truce-project/truce"
)

// issueMatcher finds the issues of the negotiation a text touches, by the
// knowledge base's terms on word boundaries, in one pass over the words.
type issueMatcher struct {
	terms   map[string]string // "security guarantees" → issue id
	longest int               // most words in a term
}

func newIssueMatcher(issues []truce.Issue) *issueMatcher {
	m := &issueMatcher{terms: map[string]string{}}
	for _, is := range issues {
		for _, t := range is.Terms {
			ws := words(t)
			if len(ws) == 0 {
				continue
			}
			key := strings.Join(ws, " ")
			if _, ok := m.terms[key]; !ok {
				m.terms[key] = is.ID
			}
			m.longest = max(m.longest, len(ws))
		}
	}
	return m
}

// find returns the sorted ids of the issues s mentions.
func (m *issueMatcher) find(s string) []string {
	ws := words(s)
	var out []string
	for i := range ws {
		key := ""
		for n := 1; n <= m.longest && i+n <= len(ws); n++ {
			if n == 1 {
				key = ws[i]
			} else {
				key += " " + ws[i+n-1]
			}
			if id, ok := m.terms[key]; ok {
				out = append(out, id)
			}
		}
	}
	return sortedSet(out)
}
