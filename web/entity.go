package web

import (
	"net/http"

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
	ms := ix.mentions[id]
	e := &entityJSON{ID: id, Aliases: []string{}, Roles: []roleJSON{}, Mentions: []mentionRef{},
		By: []statementRef{}, About: []statementRef{}, Monthly: []facet{}, Count: len(ms)}
	if !s.fillFromKB(e) {
		if len(ms) == 0 {
			return nil, truce.Errorf(truce.ENOTFOUND, "no entity %q", id)
		}
		e.Name, e.Type = ix.names[id][0], ix.names[id][1]
	}
	for _, m := range ms {
		if p := ix.docs[m.doc].Published; len(p) >= 7 {
			e.Monthly = addCount(e.Monthly, p[:7], int(m.count))
		}
	}
	for i := len(ms) - 1; i >= 0 && len(e.Mentions) < maxMentions; i-- {
		e.Mentions = append(e.Mentions, mentionRef{ix.docs[ms[i].doc], int(ms[i].count)})
	}
	e.By, e.About = newest(ix, ix.by[id]), newest(ix, ix.about[id])
	return e, nil
}

// newest returns the latest maxStatements of the indexed statements,
// newest first.
func newest(ix *factIndex, idx []int32) []statementRef {
	out := []statementRef{}
	for i := len(idx) - 1; i >= 0 && len(out) < maxStatements; i-- {
		out = append(out, ix.statementRef(idx[i]))
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
