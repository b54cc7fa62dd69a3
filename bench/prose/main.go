// Command prose-bench runs truce's extraction and the named-entity
// recogniser of github.com/jdkato/prose/v2 (a Go peer that ships its own
// model) on the same corpus and prints words/s for each. It is a module of
// its own so that prose never enters the truce binary.
//
//	cd bench/prose && go run . -size 10 -rounds 3
//
// Each extractor is run -rounds times and its best wall time and least
// processor time are reported; the ratio by processor time is the steadier
// one on a machine other work shares.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/truce-project/truce/examples"
	"github.com/truce-project/truce/extract/pipeline"
)

func main() {
	size := flag.Int("size", 10, "corpus size in MB")
	rounds := flag.Int("rounds", 3, "runs of each extractor; the best is reported")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	c, err := pipeline.BuildCorpus(examples.FS, *size<<20)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	p, err := pipeline.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("corpus: %d documents, %.1f MB, %d words; one core\n\n", len(c.Texts), float64(c.Bytes)/(1<<20), c.Words)
	// Best of the rounds, as `truce bench` reports: the best wall time and,
	// apart, the least processor time (the steadier figure on a shared
	// machine).
	var truce pipeline.Result
	var truceCPU time.Duration
	for range max(*rounds, 1) {
		r := p.Measure(context.Background(), c, 1)
		if truce.Elapsed == 0 || r.Elapsed < truce.Elapsed {
			truce = r
		}
		if truceCPU == 0 || r.CPU < truceCPU {
			truceCPU = r.CPU
		}
	}
	truce.CPU = truceCPU
	fmt.Printf("%-32s %12.0f words/s %12.0f words/cpu-s  %6.1f s  %d facts\n", "truce (all six stages)",
		truce.WordsPerSec(), truce.WordsPerCPUSec(), truce.Elapsed.Seconds(), truce.Facts)

	// Load prose's model once, outside the timing, so only its NER pipeline
	// (tokenise, tag, classify) is measured.
	warm, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var best, bestCPU time.Duration
	ents := 0
	for range max(*rounds, 1) {
		cpu := pipeline.CPUTime()
		start := time.Now()
		ents = 0
		for _, t := range c.Texts {
			doc, err := prose.NewDocument(t, prose.WithSegmentation(false), prose.UsingModel(warm.Model))
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			ents += len(doc.Entities())
		}
		el, ec := time.Since(start), pipeline.CPUTime()-cpu
		if best == 0 || el < best {
			best = el
		}
		if bestCPU == 0 || ec < bestCPU {
			bestCPU = ec
		}
	}
	pw, pc := float64(c.Words)/best.Seconds(), float64(c.Words)/bestCPU.Seconds()
	fmt.Printf("%-32s %12.0f words/s %12.0f words/cpu-s  %6.1f s  %d entities\n", "prose v2 (tokenize+tag+NER)",
		pw, pc, best.Seconds(), ents)
	fmt.Printf("\ntruce is %.1f× prose by wall time, %.1f× by processor time\n", truce.WordsPerSec()/pw, truce.WordsPerCPUSec()/pc)
}
