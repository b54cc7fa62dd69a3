package pipeline

import (
	"testing"

	"github.com/truce-project/truce/extract"
)

// BenchmarkStages times each stage on its own over ~1 MB of examples, with
// the Doc the earlier stages left: where the pipeline's time goes, and what
// a change to one stage gains.
func BenchmarkStages(b *testing.B) {
	p, c := pipe(b), corpus(b, 1<<20)
	// before[k][i] is document i as stage k receives it.
	before := make([][]extract.Doc, len(stages))
	for _, text := range c.Texts {
		d := &extract.Doc{Text: text, Published: zeroTime, Language: "en"}
		for k, st := range stages {
			before[k] = append(before[k], *d)
			st.run(p, d)
		}
	}
	for k, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(c.Bytes))
			for b.Loop() {
				for i := range before[k] {
					d := before[k][i] // a shallow copy: stages fill fields, they do not edit earlier ones
					st.run(p, &d)
				}
			}
			b.ReportMetric(float64(c.Words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}
