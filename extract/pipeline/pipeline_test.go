package pipeline

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/truce-project/truce/examples"
)

var zeroTime time.Time

func corpus(tb testing.TB, size int) *Corpus {
	tb.Helper()
	c, err := BuildCorpus(examples.FS, size)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func pipe(tb testing.TB) *Pipeline {
	tb.Helper()
	p, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// TestDeterministic: the same text gives the same facts, byte for byte,
// whether run alone or among other goroutines.
func TestDeterministic(t *testing.T) {
	p, c := pipe(t), corpus(t, 1)
	for _, text := range c.Texts {
		a := p.Run(text, zeroTime, "en").Facts()
		b := p.Run(text, zeroTime, "en").Facts()
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("two runs differ on %.60q", text)
		}
	}
	if r := p.Measure(context.Background(), c, 2); r.Facts == 0 {
		t.Error("no facts extracted from the examples")
	}
}

// BenchmarkPipeline measures the whole extraction on ~1 MB of examples;
// `truce bench` runs the same on 10 MB and more.
func BenchmarkPipeline(b *testing.B) {
	p, c := pipe(b), corpus(b, 1<<20)
	b.SetBytes(int64(c.Bytes))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range c.Texts {
			p.Run(t, zeroTime, "en")
		}
	}
	b.ReportMetric(float64(c.Words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
