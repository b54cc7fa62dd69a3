// Package kb is truce's knowledge base: the actors, organisations, outlets and
// places of the conflict with every spelling of their names, the roles people
// held and when, and the vocabulary of the issues under negotiation. The data
// lives in YAML files (see README.md); this package loads and checks them and
// answers look-ups. Extraction stages receive what they need from it through
// extract.Doc, so only the entity recogniser depends on it.
package kb

import (
	"time"

	"github.com/truce-project/truce"
)

// Entry is one actor, organisation, outlet or place.
type Entry struct {
	ID         string   `yaml:"id"`
	Name       string   `yaml:"name"`
	Type       string   `yaml:"type"`
	Kind       string   `yaml:"kind"`
	Wikidata   string   `yaml:"wikidata"`
	Country    string   `yaml:"country"`
	Party      string   `yaml:"party"`
	StandsFor  string   `yaml:"stands_for"`
	Aliases    []string `yaml:"aliases"`
	Ambiguous  []string `yaml:"ambiguous"`
	Adjectives []string `yaml:"adjectives"`
	Roles      []Tenure `yaml:"roles"`
	Sources    []string `yaml:"sources"`
	Note       string   `yaml:"note"`

	file string // where the entry was read, for error messages
}

// Tenure is a role an entry held: president of ukraine from 2019-05-20.
// Dates are YYYY, YYYY-MM or YYYY-MM-DD; an empty To means still in office.
type Tenure struct {
	Role string `yaml:"role"`
	Of   string `yaml:"of"`
	From string `yaml:"from"`
	To   string `yaml:"to"`
}

// Role is a kind of office with the English titles that name it.
type Role struct {
	ID     string   `yaml:"id"`
	Titles []string `yaml:"titles"`
}

// KB is a loaded knowledge base. It is read-only after Load and safe for
// concurrent use.
type KB struct {
	entries []*Entry
	byID    map[string]*Entry
	roles   []Role
	roleIdx map[string]int
	issues  []truce.Issue
	tenures map[string][]holding // role+"\x00"+of → who held it
	files   map[string]string    // id → file, for duplicate reports
	dups    []string             // duplicate-id problems found while loading
}

// holding is one tenure with its dates resolved to whole days.
type holding struct {
	entry    *Entry
	from, to time.Time // to is zero while in office
}

// Entries returns every entry in load order (files by name, entries in file
// order). The slice must not be modified.
func (k *KB) Entries() []*Entry { return k.entries }

// Entry returns the entry with the given id.
func (k *KB) Entry(id string) (*Entry, bool) {
	e, ok := k.byID[id]
	return e, ok
}

// Roles returns the roles of roles.yaml in file order.
func (k *KB) Roles() []Role { return k.roles }

// Role returns the role with the given id.
func (k *KB) Role(id string) (Role, bool) {
	i, ok := k.roleIdx[id]
	if !ok {
		return Role{}, false
	}
	return k.roles[i], true
}

// Issues returns the issues of issues.yaml in file order, as copies.
func (k *KB) Issues() []truce.Issue {
	out := make([]truce.Issue, len(k.issues))
	for i, is := range k.issues {
		is.Terms = append([]string(nil), is.Terms...)
		out[i] = is
	}
	return out
}

// Party returns the canonical name of the party to the conflict that e
// speaks for: its stands_for, else its party, else, for people and bodies,
// the party of their country; "" when none. A place speaks only as a
// metonym ("Moscow said"), so a town does not inherit its country's party.
// stateKinds are the kinds of entry that speak for their country's party
// without saying so in a party field: its officials and state bodies.
var stateKinds = map[string]bool{
	"head_of_state": true, "head_of_government": true, "minister": true, "official": true,
	"spokesperson": true, "diplomat": true, "military": true, "commander": true, "ministry": true,
	"government": true, "intelligence": true, "parliament": true, "envoy": true, "agency": true,
	"adviser": true, "security_council": true, "negotiator": true, "governor": true,
}

func (k *KB) Party(e *Entry) string {
	for _, id := range []string{e.StandsFor, e.Party} {
		if p, ok := k.byID[id]; ok && id != "" {
			return p.Name
		}
	}
	if !stateKinds[e.Kind] {
		return "" // places, outlets, analysts, companies: of a country, not its voice
	}
	if c, ok := k.byID[e.Country]; ok && e.Country != "" && c.Party != "" {
		if p, ok := k.byID[c.Party]; ok {
			return p.Name
		}
	}
	return ""
}
