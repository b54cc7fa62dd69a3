package kb

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
)

var (
	idPattern       = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	symbolPattern   = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	wikidataPattern = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	entryTypes      = map[string]bool{"person": true, "organization": true, "place": true, "other": true}
)

// Validate checks the content of the knowledge base and reports every
// problem found, each naming file, entry and field.
func (k *KB) Validate() error {
	var errs []error
	for _, d := range k.dups {
		errs = append(errs, errors.New(d))
	}
	for _, e := range k.entries {
		errs = append(errs, k.checkEntry(e)...)
	}
	errs = append(errs, k.checkNames()...)
	errs = append(errs, k.checkVocabulary()...)
	return errors.Join(errs...)
}

func (k *KB) checkEntry(e *Entry) []error {
	var errs []error
	bad := func(field, format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		errs = append(errs, fmt.Errorf("kb: %s: entry %q: field %q: %s", e.file, e.ID, field, msg))
	}
	if !idPattern.MatchString(e.ID) {
		bad("id", "want lowercase letters, digits and hyphens")
	}
	if e.Name == "" {
		bad("name", "missing")
	}
	if !entryTypes[e.Type] {
		bad("type", "%q is not person, organization, place or other", e.Type)
	}
	if e.Wikidata != "" && !wikidataPattern.MatchString(e.Wikidata) {
		bad("wikidata", "%q is not a Wikidata id (Q…)", e.Wikidata)
	}
	for field, ref := range map[string]string{"country": e.Country, "party": e.Party, "stands_for": e.StandsFor} {
		if _, ok := k.byID[ref]; ref != "" && !ok {
			bad(field, "unknown id %q", ref)
		}
	}
	for i, t := range e.Roles {
		for _, msg := range k.checkTenure(t) {
			bad(fmt.Sprintf("roles[%d]", i), "%s", msg)
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return errs
}

func (k *KB) checkTenure(t Tenure) []string {
	var msgs []string
	if _, ok := k.roleIdx[t.Role]; !ok {
		msgs = append(msgs, fmt.Sprintf("role: unknown role id %q", t.Role))
	}
	if _, ok := k.byID[t.Of]; t.Of != "" && !ok {
		msgs = append(msgs, fmt.Sprintf("of: unknown id %q", t.Of))
	}
	var from, to string
	for _, d := range []struct{ name, val string }{{"from", t.From}, {"to", t.To}} {
		if d.val == "" {
			continue
		}
		if _, _, err := parseDate(d.val); err != nil {
			msgs = append(msgs, d.name+": "+err.Error())
		} else if d.name == "from" {
			from = d.val
		} else {
			to = d.val
		}
	}
	if from != "" && to != "" && !dateLE(from, to) {
		msgs = append(msgs, fmt.Sprintf("from %s is after to %s", from, to))
	}
	return msgs
}

// dateLE compares partial dates on their common precision, so 2019 ≤ 2019-05.
func dateLE(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] <= b[:n]
}

// checkNames rejects a name, alias or adjective that normalises to the key
// of another entry's, unless both entries list it as ambiguous.
func (k *KB) checkNames() []error {
	type owner struct {
		e         *Entry
		ambiguous bool
	}
	seen := map[string]owner{}
	var errs []error
	for _, e := range k.entries {
		amb := map[string]bool{}
		for _, a := range e.Ambiguous {
			amb[Key(a)] = true
		}
		for _, n := range e.names() {
			key := Key(n)
			prev, ok := seen[key]
			switch {
			case !ok:
				seen[key] = owner{e, amb[key]}
			case prev.e != e && !(prev.ambiguous && amb[key]):
				errs = append(errs, fmt.Errorf("kb: %s: entry %q: field \"aliases\": %q also names %q (%s); list it under ambiguous in both",
					e.file, e.ID, n, prev.e.ID, prev.e.file))
			}
		}
	}
	return errs
}

// names lists every string that names e: name, aliases, ambiguous aliases
// and adjectives.
func (e *Entry) names() []string {
	out := make([]string, 0, 1+len(e.Aliases)+len(e.Ambiguous)+len(e.Adjectives))
	out = append(out, e.Name)
	out = append(out, e.Aliases...)
	out = append(out, e.Ambiguous...)
	return append(out, e.Adjectives...)
}

func (k *KB) checkVocabulary() []error {
	var errs []error
	for _, r := range k.roles {
		if !symbolPattern.MatchString(r.ID) {
			errs = append(errs, fmt.Errorf("kb: roles.yaml: role %q: field \"id\": want lowercase letters, digits and underscores", r.ID))
		}
		if len(r.Titles) == 0 {
			errs = append(errs, fmt.Errorf("kb: roles.yaml: role %q: field \"titles\": empty", r.ID))
		}
	}
	seen := map[string]bool{}
	for _, is := range k.issues {
		if !symbolPattern.MatchString(is.ID) || seen[is.ID] {
			errs = append(errs, fmt.Errorf("kb: issues.yaml: issue %q: field \"id\": malformed or duplicate", is.ID))
		}
		seen[is.ID] = true
		if len(is.Terms) == 0 {
			errs = append(errs, fmt.Errorf("kb: issues.yaml: issue %q: field \"terms\": empty", is.ID))
		}
	}
	return errs
}
