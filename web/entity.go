package web

import (
	"net/http"
	"slices"

	"github.com/truce-project/truce"
)

// entityJSON is an actor with what the reports say by and about it.
type entityJSON struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Type     string         `json:"type"`
	Kind     string         `json:"kind"`
	Party    string         `json:"party"`
	Wikidata string         `json:"wikidata"`
	Aliases  []string       `json:"aliases"`
	Roles    []roleJSON     `json:"roles"`
	Mentions []mentionRef   `json:"mentions"`      // the latest maxMentions documents naming it, newest first
	Count    int            `json:"mention_count"` // documents naming it in all
	Monthly  []facet        `json:"mentions_by_month"`
	By       []statementRef `json:"statements_by"`
	About    []statementRef `json:"statements_about"`
}

type roleJSON struct {
	Role string `json:"role"`
	Of   string `json:"of"`
	From string `json:"from"`
	To   string `json:"to"`
}

// Bounds on the lists an entity answer holds; counts cover everything.
const (
	maxStatements = 200
	maxMentions   = 200
)

func (s *Server) entity(r *http.Request) (*entityJSON, error) {
	id := r.PathValue("id")
	ix, err := s.index(r.Context())
	if err != nil {
		return nil, err
	}
	e := &entityJSON{ID: id, Aliases: []string{}, Roles: []roleJSON{}, Mentions: ix.mentions[id],
		By: []statementRef{}, About: []statementRef{}, Monthly: []facet{}}
	known := s.fillFromKB(e)
	if !known && len(e.Mentions) == 0 {
		return nil, truce.Errorf(truce.ENOTFOUND, "no entity %q", id)
	}
	if e.Mentions == nil {
		e.Mentions = []mentionRef{}
	}
	for _, m := range e.Mentions {
		if e.Name == "" {
			e.Name, e.Type = m.Name, m.Type
		}
		if len(m.Doc.Published) >= 7 {
			e.Monthly = addCount(e.Monthly, m.Doc.Published[:7], m.Count)
		}
	}
	e.By, e.About = newest(ix, ix.by[id]), newest(ix, ix.about[id])
	e.Count = len(e.Mentions)
	// A copy: the index is shared by every request.
	e.Mentions = slices.Clone(e.Mentions[max(len(e.Mentions)-maxMentions, 0):])
	slices.Reverse(e.Mentions)
	return e, nil
}

// newest returns the latest maxStatements of the indexed statements,
// newest first.
func newest(ix *factIndex, idx []int) []statementRef {
	out := []statementRef{}
	for i := len(idx) - 1; i >= 0 && len(out) < maxStatements; i-- {
		out = append(out, ix.statements[idx[i]])
	}
	return out
}

// fillFromKB copies what the knowledge base knows; false if it has no entry.
func (s *Server) fillFromKB(e *entityJSON) bool {
	if s.cfg.KB == nil {
		return false
	}
	en, ok := s.cfg.KB.Entry(e.ID)
	if !ok {
		return false
	}
	e.Name, e.Type, e.Kind, e.Wikidata, e.Party = en.Name, en.Type, en.Kind, en.Wikidata, s.cfg.KB.Party(en)
	e.Aliases = append(e.Aliases, en.Aliases...)
	for _, t := range en.Roles {
		e.Roles = append(e.Roles, roleJSON{t.Role, t.Of, t.From, t.To})
	}
	return true
}

// addCount adds n to the facet value v; months arrive in order.
func addCount(fs []facet, v string, n int) []facet {
	if len(fs) > 0 && fs[len(fs)-1].Value == v {
		fs[len(fs)-1].Count += n
		return fs
	}
	return append(fs, facet{v, n})
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	e, err := s.entity(r)
	if err != nil {
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, e)
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	e, err := s.entity(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "entity", pageData{Title: e.Name, Data: struct {
		*entityJSON
		Chart chart
	}{e, barChart(e.Monthly)}})
}
