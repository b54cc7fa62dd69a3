package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/truce-project/truce/examples"
	"github.com/truce-project/truce/extract/pipeline"
)

// runBench measures the whole extraction on a corpus built from the
// embedded examples: words/s and documents/s on one core and on all, and
// the peak memory of the process.
func runBench(ctx context.Context, a *app, args []string) error {
	fs := a.flags("bench", "")
	size := fs.Int("size", 10, "corpus size in `MB`")
	rounds := fs.Int("rounds", 3, "runs per setting; the best is reported")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	p, err := pipeline.Default()
	if err != nil {
		return err
	}
	c, err := pipeline.BuildCorpus(examples.FS, *size<<20)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "corpus: %d documents, %.1f MB, %d words (the examples, repeated with shifted digits)\n\n",
		len(c.Texts), float64(c.Bytes)/(1<<20), c.Words)
	fmt.Fprintf(a.stdout, "%-6s %12s %14s %10s %8s %10s\n", "cores", "words/s", "words/cpu-s", "docs/s", "MB/s", "facts")
	settings := []int{1}
	if n := runtime.NumCPU(); n > 1 {
		settings = append(settings, n)
	}
	for _, procs := range settings {
		// The best wall time and the least processor time of the rounds:
		// on a shared machine the second is the steadier figure.
		var best pipeline.Result
		var cpu time.Duration
		for range max(*rounds, 1) {
			r := p.Measure(ctx, c, procs)
			if best.Elapsed == 0 || r.Elapsed < best.Elapsed {
				best = r
			}
			if cpu == 0 || r.CPU < cpu {
				cpu = r.CPU
			}
		}
		best.CPU = cpu
		fmt.Fprintf(a.stdout, "%-6d %12.0f %14.0f %10.1f %8.2f %10d\n", procs, best.WordsPerSec(), best.WordsPerCPUSec(),
			best.DocsPerSec(), float64(best.Bytes)/(1<<20)/best.Elapsed.Seconds(), best.Facts)
	}
	fmt.Fprintf(a.stdout, "\nwords/cpu-s counts the processor time of the whole process (the garbage collector's too): per core.\n")
	fmt.Fprintf(a.stdout, "\npeak memory (RSS): %.1f MB\n", float64(pipeline.PeakRSS())/(1<<20))
	return ctx.Err()
}
