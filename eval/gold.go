// Package eval scores extracted records against hand-made gold annotations
// (the shape of shared/gold/seeds/*.json): precision, recall and F1 per fact
// kind, publication-date accuracy and timex-value accuracy.
package eval

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gold is the annotation of one document.
type Gold struct {
	ID            string         `json:"id"`
	Published     *string        `json:"published"`
	People        []string       `json:"people"`
	Organizations []string       `json:"organizations"`
	Places        []string       `json:"places"`
	Figures       []GoldFigure   `json:"figures"`
	Attributions  []GoldAttrib   `json:"attributions"`
	Events        []GoldEvent    `json:"events"`
	Timexes       []GoldTimex    `json:"timexes"`
	Positions     []GoldPosition `json:"positions"`
}

// GoldFigure is an annotated figure.
type GoldFigure struct {
	Value      float64 `json:"value"`
	Approx     bool    `json:"approx"`
	Unit       string  `json:"unit"`
	Subject    *string `json:"subject"`
	ReportedBy *string `json:"reported_by"`
	AsOf       *string `json:"as_of"`
	Quote      string  `json:"quote"`
}

// GoldAttrib is an annotated attribution.
type GoldAttrib struct {
	Speaker   string   `json:"speaker"`
	Via       []string `json:"via"`
	Cue       string   `json:"cue"`
	Anonymous bool     `json:"anonymous"`
	Quote     string   `json:"quote"`
}

// GoldEvent is an annotated event.
type GoldEvent struct {
	Type         string   `json:"type"`
	Participants []string `json:"participants"`
	Place        *string  `json:"place"`
	Date         *string  `json:"date"`
	Status       string   `json:"status"`
	Quote        string   `json:"quote"`
}

// GoldTimex is an annotated time expression (optional in gold files).
type GoldTimex struct {
	Quote string `json:"quote"`
	Value string `json:"value"`
}

// GoldPosition is an annotated position (optional in gold files).
type GoldPosition struct {
	Party  string `json:"party"`
	Issue  string `json:"issue"`
	Stance string `json:"stance"`
	Quote  string `json:"quote"`
}

// Set is a folder of gold files with the name variants they use.
type Set struct {
	Docs  []Gold
	Names *Names
}

// LoadDir reads every *.json in fsys except CANONICAL_NAMES.json, which
// gives the name variants.
func LoadDir(fsys fs.FS) (*Set, error) {
	set := &Set{Names: NewNames()}
	files, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		if path.Base(f) == "CANONICAL_NAMES.json" {
			var variants map[string][]string
			if err := json.Unmarshal(data, &variants); err != nil {
				return nil, fmt.Errorf("eval: %s: %w", f, err)
			}
			set.Names.Add(variants)
			continue
		}
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", f, err)
		}
		if g.ID == "" {
			g.ID = strings.TrimSuffix(path.Base(f), ".json")
		}
		set.Docs = append(set.Docs, g)
	}
	if len(set.Docs) == 0 {
		return nil, fmt.Errorf("eval: no gold files")
	}
	return set, nil
}

// Names normalises names: case, diacritics, punctuation, and the variants
// of CANONICAL_NAMES.json files.
type Names struct {
	canon map[string]string
}

// NewNames returns an empty variant table.
func NewNames() *Names { return &Names{canon: map[string]string{}} }

// Add records variants: each listed spelling means the canonical key.
func (n *Names) Add(variants map[string][]string) {
	keys := make([]string, 0, len(variants))
	for k := range variants {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, canonical := range keys {
		c := n.Key(canonical)
		for _, v := range variants[canonical] {
			if _, taken := n.canon[fold(v)]; !taken {
				n.canon[fold(v)] = c
			}
		}
	}
}

// Key is the comparison key of a name.
func (n *Names) Key(name string) string {
	f := fold(name)
	if c, ok := n.canon[f]; ok {
		return c
	}
	return f
}

// fold lower-cases, strips diacritics and punctuation, and drops a leading
// "the".
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}
