package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/truce-project/truce/ingest"
)

// Corpus is a set of document texts to measure extraction on.
type Corpus struct {
	Texts []string
	Bytes int
	Words int
}

// BuildCorpus reads the articles in fsys (txt, html, jsonl: parsed as ingest
// would) and repeats them, each copy with its numbers shifted so no two
// texts are alike, until the corpus holds at least size bytes.
func BuildCorpus(fsys fs.FS, size int) (*Corpus, error) {
	var base []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch path.Ext(p) {
		case ".txt", ".md", ".html", ".htm", ".jsonl":
		default:
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		for _, it := range ingest.Parse(p, data) {
			if it.Doc != nil {
				base = append(base, it.Doc.Text)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(base) == 0 {
		return nil, fmt.Errorf("bench: no articles to build a corpus from")
	}
	c := &Corpus{}
	for copyN := 0; c.Bytes < size; copyN++ {
		for _, t := range base {
			if copyN > 0 {
				t = shiftDigits(t, copyN)
			}
			c.Texts = append(c.Texts, t)
			c.Bytes += len(t)
			c.Words += len(strings.Fields(t))
		}
	}
	return c, nil
}

// shiftDigits rotates every digit by n, so copies differ but keep their shape.
func shiftDigits(s string, n int) string {
	b := []byte(s)
	for i, c := range b {
		if '0' <= c && c <= '9' {
			b[i] = '0' + (c-'0'+byte(n%10))%10
		}
	}
	return string(b)
}

// Result is one measured run.
type Result struct {
	Procs       int
	Docs, Words int
	Bytes       int
	Elapsed     time.Duration
	// CPU is the processor time the process spent during the run (user and
	// system, every thread, the garbage collector's included). On a shared
	// machine it varies much less than Elapsed: time spent waiting for a
	// core is not in it.
	CPU   time.Duration
	Facts int
}

// WordsPerSec is the throughput in words per second.
func (r Result) WordsPerSec() float64 { return float64(r.Words) / r.Elapsed.Seconds() }

// WordsPerCPUSec is the throughput in words per second of processor time:
// per core, whatever the number of cores.
func (r Result) WordsPerCPUSec() float64 { return float64(r.Words) / r.CPU.Seconds() }

// DocsPerSec is the throughput in documents per second.
func (r Result) DocsPerSec() float64 { return float64(r.Docs) / r.Elapsed.Seconds() }

// Measure extracts every text of c with procs goroutines (and GOMAXPROCS
// set to procs for the run).
func (p *Pipeline) Measure(ctx context.Context, c *Corpus, procs int) Result {
	old := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(old)
	var wg sync.WaitGroup
	next := make(chan string)
	facts := make([]int, procs)
	cpu := CPUTime()
	start := time.Now()
	for w := range procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range next {
				d := p.Run(t, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), "en")
				facts[w] += len(d.Entities) + len(d.Timexes) + len(d.Figures) + len(d.Attributions) + len(d.Events) + len(d.Positions)
			}
		}()
	}
	for _, t := range c.Texts {
		if ctx.Err() != nil {
			break
		}
		next <- t
	}
	close(next)
	wg.Wait()
	r := Result{Procs: procs, Docs: len(c.Texts), Words: c.Words, Bytes: c.Bytes, Elapsed: time.Since(start), CPU: CPUTime() - cpu}
	for _, f := range facts {
		r.Facts += f
	}
	return r
}

// PeakRSS is the process's peak resident memory in bytes (Linux getrusage).
func PeakRSS() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Maxrss * 1024
}

// CPUTime is the processor time the process has used so far (Linux
// getrusage: user and system); 0 when unknown.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
