// Command prose-bench runs truce's extraction and the named-entity
// recogniser of github.com/jdkato/prose/v2 (a Go peer that ships its own
// model) on the same corpus and prints words/s for each. It is a module of
// its own so that prose never enters the truce binary.
//
//	cd bench/prose && go run . -size 10
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
	// Best of three runs, as `truce bench` reports.
	var truce pipeline.Result
	for range 3 {
		if r := p.Measure(context.Background(), c, 1); truce.Elapsed == 0 || r.Elapsed < truce.Elapsed {
			truce = r
		}
	}
	fmt.Printf("%-32s %12.0f words/s  %8.1f s  %d facts\n", "truce (all six stages)", truce.WordsPerSec(), truce.Elapsed.Seconds(), truce.Facts)

	// Load prose's model once, outside the timing, so only its NER pipeline
	// (tokenise, tag, classify) is measured.
	warm, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	start := time.Now()
	ents := 0
	for _, t := range c.Texts {
		doc, err := prose.NewDocument(t, prose.WithSegmentation(false), prose.UsingModel(warm.Model))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		ents += len(doc.Entities())
	}
	el := time.Since(start)
	pw := float64(c.Words) / el.Seconds()
	fmt.Printf("%-32s %12.0f words/s  %8.1f s  %d entities\n", "prose v2 (tokenize+tag+NER)", pw, el.Seconds(), ents)
	fmt.Printf("\ntruce is %.1f× prose\n", truce.WordsPerSec()/pw)
}
