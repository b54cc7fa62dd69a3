// Package pipeline runs the extraction stages in order on one document:
// sentences, entities, timexes, attributions, figures, events, positions.
// Each stage reads what the earlier ones left in the extract.Doc.
package pipeline

import (
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/attribution"
	"github.com/truce-project/truce/extract/entity"
	"github.com/truce-project/truce/extract/event"
	"github.com/truce-project/truce/extract/figure"
	"github.com/truce-project/truce/extract/position"
	"github.com/truce-project/truce/extract/sentence"
	"github.com/truce-project/truce/extract/timex"
	"github.com/truce-project/truce/kb"
)

// Pipeline is the full extraction, built once from a knowledge base; it is
// read-only afterwards and safe for concurrent use.
type Pipeline struct {
	entities  *entity.Recognizer
	positions *position.Stage
}

// New builds the pipeline for k.
func New(k *kb.KB) *Pipeline {
	return &Pipeline{entities: entity.New(k), positions: position.New(k.Issues())}
}

// Default builds the pipeline on the embedded knowledge base.
func Default() (*Pipeline, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	return New(k), nil
}

// Run extracts everything from text, published on the given date (zero
// when unknown), and returns the filled Doc.
func (p *Pipeline) Run(text string, published time.Time, language string) *extract.Doc {
	return p.RunDoc(&extract.Doc{Text: text, Published: published, Language: language})
}

// RunDoc runs every stage on d, which holds the text and what is known of
// the document (date, language, outlet), and returns it filled.
func (p *Pipeline) RunDoc(d *extract.Doc) *extract.Doc {
	for _, st := range stages {
		st.run(p, d)
	}
	return d
}

// stage is one step of RunDoc; the table lets the benchmarks time each
// stage on its own with exactly the input the pipeline gives it.
type stage struct {
	name string
	run  func(p *Pipeline, d *extract.Doc)
}

var stages = []stage{
	{"sentence", func(_ *Pipeline, d *extract.Doc) {
		d.Sentences = sentence.Split(d.Text)
		if len(d.LowerText) != len(d.Text) {
			d.LowerText = lowerASCII(d.Text)
		}
	}},
	{"entity", func(p *Pipeline, d *extract.Doc) { p.entities.Extract(d) }},
	{"timex", func(_ *Pipeline, d *extract.Doc) { d.Timexes = timex.Extract(d) }},
	{"attribution", func(_ *Pipeline, d *extract.Doc) { d.Attributions = attribution.Extract(d) }},
	{"figure", func(_ *Pipeline, d *extract.Doc) { d.Figures = figure.Extract(d) }},
	{"event", func(_ *Pipeline, d *extract.Doc) { d.Events = event.Extract(d) }},
	{"position", func(p *Pipeline, d *extract.Doc) { d.Positions = p.positions.Extract(d) }},
}

// lowerASCII is extract.Doc.Lower with one allocation instead of two: the
// text is lowered a chunk at a time into a buffer on the stack and written
// to a strings.Builder, whose String does not copy.
func lowerASCII(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	var buf [4096]byte
	for len(text) > 0 {
		chunk := buf[:min(len(buf), len(text))]
		for i := range chunk {
			c := text[i]
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			chunk[i] = c
		}
		b.Write(chunk)
		text = text[len(chunk):]
	}
	return b.String()
}

// Extract implements ingest.Extractor.
func (p *Pipeline) Extract(doc *truce.Document) truce.Facts {
	var published time.Time
	if doc.Published != "" {
		published, _ = time.Parse("2006-01-02", doc.Published)
	}
	d := &extract.Doc{Text: doc.Text, Published: published, Language: doc.Language, Outlet: doc.Outlet}
	return p.RunDoc(d).Facts()
}
