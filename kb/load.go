package kb

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/truce-project/truce"
)

//go:embed data
var embedded embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the knowledge base compiled into the binary (kb/data),
// loading it on first use.
func Default() (*KB, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			defaultErr = fmt.Errorf("kb: %w", err)
			return
		}
		defaultKB, defaultErr = Load(sub)
	})
	return defaultKB, defaultErr
}

// Load reads every *.yaml file at the root of fsys: issues.yaml holds the
// issue vocabulary, roles.yaml the role titles, every other file a list of
// entries. Load reports malformed files; Validate checks the content.
func Load(fsys fs.FS) (*KB, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	sort.Strings(names)
	k := &KB{byID: map[string]*Entry{}, roleIdx: map[string]int{}, files: map[string]string{}}
	for _, name := range names {
		if err := k.loadFile(fsys, name); err != nil {
			return nil, err
		}
	}
	k.indexTenures()
	return k, nil
}

func (k *KB) loadFile(fsys fs.FS, name string) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("kb: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("kb: %s: %w", name, err)
	}
	if len(doc.Content) == 0 {
		return nil // empty file
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return fmt.Errorf("kb: %s: line %d: want a list of entries", name, list.Line)
	}
	for _, n := range list.Content {
		if err := k.loadItem(path.Base(name), n); err != nil {
			return err
		}
	}
	return nil
}

func (k *KB) loadItem(file string, n *yaml.Node) error {
	switch file {
	case "issues.yaml":
		is, err := decodeIssue(n)
		if err != nil {
			return fmt.Errorf("kb: %s: %w", file, err)
		}
		k.issues = append(k.issues, is)
	case "roles.yaml":
		r, err := decodeRole(n)
		if err != nil {
			return fmt.Errorf("kb: %s: %w", file, err)
		}
		if _, dup := k.roleIdx[r.ID]; dup {
			k.dups = append(k.dups, fmt.Sprintf("%s: role %q: duplicate id", file, r.ID))
		}
		k.roleIdx[r.ID] = len(k.roles)
		k.roles = append(k.roles, r)
	default:
		e, err := decodeEntry(n)
		if err != nil {
			return fmt.Errorf("kb: %s: %w", file, err)
		}
		e.file = file
		if prev, dup := k.files[e.ID]; dup {
			k.dups = append(k.dups, fmt.Sprintf("%s: entry %q: duplicate id (also in %s)", file, e.ID, prev))
			return nil
		}
		k.files[e.ID] = file
		k.byID[e.ID] = e
		k.entries = append(k.entries, e)
	}
	return nil
}

// field decodes one YAML value into the place a key names.
type field func(v *yaml.Node) error

// decodeMap walks a mapping, handing each value to the field its key names,
// so that an error can name the entry and the field.
func decodeMap(n *yaml.Node, what string, id func() string, fields map[string]field) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: %s is not a mapping", n.Line, what)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		f, ok := fields[key.Value]
		if !ok {
			return fmt.Errorf("%s %q (line %d): unknown field %q", what, id(), key.Line, key.Value)
		}
		if err := f(val); err != nil {
			return fmt.Errorf("%s %q (line %d): field %q: %w", what, id(), val.Line, key.Value, err)
		}
	}
	return nil
}

func str(dst *string) field {
	return func(v *yaml.Node) error {
		if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("want a single value")
		}
		if v.Tag != "!!null" {
			*dst = v.Value
		}
		return nil
	}
}

func strs(dst *[]string) field {
	return func(v *yaml.Node) error {
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			return nil
		}
		if v.Kind != yaml.SequenceNode {
			return fmt.Errorf("want a list")
		}
		for _, s := range v.Content {
			if s.Kind != yaml.ScalarNode || s.Tag == "!!null" {
				return fmt.Errorf("line %d: want a plain value in the list", s.Line)
			}
			*dst = append(*dst, s.Value)
		}
		return nil
	}
}

func decodeEntry(n *yaml.Node) (*Entry, error) {
	e := &Entry{}
	id := func() string { return e.ID }
	if n.Kind == yaml.MappingNode {
		// Read the id first so every error can name the entry.
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "id" {
				e.ID = n.Content[i+1].Value
			}
		}
	}
	err := decodeMap(n, "entry", id, map[string]field{
		"id": str(&e.ID), "name": str(&e.Name), "type": str(&e.Type), "kind": str(&e.Kind),
		"wikidata": str(&e.Wikidata), "country": str(&e.Country), "party": str(&e.Party),
		"stands_for": str(&e.StandsFor), "aliases": strs(&e.Aliases), "ambiguous": strs(&e.Ambiguous),
		"adjectives": strs(&e.Adjectives), "sources": strs(&e.Sources), "note": str(&e.Note),
		"roles": func(v *yaml.Node) error { return decodeTenures(v, &e.Roles) },
	})
	return e, err
}

func decodeTenures(v *yaml.Node, dst *[]Tenure) error {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		return fmt.Errorf("want a list")
	}
	for _, r := range v.Content {
		var t Tenure
		err := decodeMap(r, "role", func() string { return t.Role }, map[string]field{
			"role": str(&t.Role), "of": str(&t.Of), "from": str(&t.From), "to": str(&t.To),
		})
		if err != nil {
			return err
		}
		*dst = append(*dst, t)
	}
	return nil
}

func decodeRole(n *yaml.Node) (Role, error) {
	var r Role
	err := decodeMap(n, "role", func() string { return r.ID }, map[string]field{
		"id": str(&r.ID), "titles": strs(&r.Titles),
	})
	return r, err
}

func decodeIssue(n *yaml.Node) (truce.Issue, error) {
	var is truce.Issue
	err := decodeMap(n, "issue", func() string { return is.ID }, map[string]field{
		"id": str(&is.ID), "label": str(&is.Label), "terms": strs(&is.Terms),
	})
	return is, err
}
