package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// Extractor finds the facts in a document; nil extracts nothing.
type Extractor interface {
	Extract(doc *truce.Document) truce.Facts
}

// Options tune a batch.
type Options struct {
	MaxSize  int64                 // largest file read; DefaultMaxSize if 0
	Workers  int                   // parallel parse+extract; GOMAXPROCS if 0
	Stdin    io.Reader             // read for the path "-"
	Progress func(done, total int) // called after each input, if set
	Now      func() time.Time      // ingestion time; time.Now if nil
}

// Failure is one input that could not be ingested, and why.
type Failure struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// Summary is what a batch did.
type Summary struct {
	Ingested  int       `json:"ingested"`
	Replaced  int       `json:"replaced"`
	Unchanged int       `json:"unchanged"`
	Skipped   int       `json:"skipped"` // files of unsupported types inside directories
	Failed    []Failure `json:"failed"`
}

// Run ingests every path (files, directories recursively, "-" for stdin)
// into store. A bad input becomes a Failure and the batch goes on; each
// document is stored in its own transaction, so an interrupted batch leaves
// whole documents only and re-running it completes the job.
func Run(ctx context.Context, store truce.Store, ex Extractor, paths []string, opt Options) Summary {
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	var sum Summary
	inputs := expand(paths, &sum)
	// Workers parse and extract in parallel; documents are stored one at a
	// time in input order.
	results := make([]chan []Item, len(inputs))
	for i := range results {
		results[i] = make(chan []Item, 1)
	}
	sem := make(chan struct{}, opt.Workers)
	go func() {
		for i, in := range inputs {
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				results[i] <- process(in, ex, opt)
			}()
		}
	}()
	for i := range inputs {
		for _, it := range <-results[i] {
			store1(ctx, store, it, opt.Now(), &sum)
		}
		if opt.Progress != nil {
			opt.Progress(i+1, len(inputs))
		}
	}
	return sum
}

// Data ingests one input already in memory (embedded examples, an HTTP
// upload) under the given source name, and returns what it did.
func Data(ctx context.Context, store truce.Store, ex Extractor, source string, data []byte, opt Options) Summary {
	var sum Summary
	if opt.Now == nil {
		opt.Now = time.Now
	}
	for _, it := range parseExtract(source, data, ex) {
		store1(ctx, store, it, opt.Now(), &sum)
	}
	return sum
}

// store1 stores one item and counts the outcome.
func store1(ctx context.Context, store truce.Store, it Item, now time.Time, sum *Summary) {
	if it.Err != nil {
		sum.Failed = append(sum.Failed, Failure{Input: it.Source, Reason: it.Err.Error()})
		return
	}
	rec := &truce.Record{Document: *it.Doc}
	rec.Ingested = now
	if it.facts != nil {
		rec.Facts = *it.facts
	}
	res, err := store.Put(ctx, rec)
	if err != nil {
		sum.Failed = append(sum.Failed, Failure{Input: it.Source, Reason: "store: " + err.Error()})
		return
	}
	switch res {
	case truce.Inserted:
		sum.Ingested++
	case truce.Replaced:
		sum.Replaced++
	case truce.Unchanged:
		sum.Unchanged++
	}
}

// process reads, parses and extracts one input.
func process(in input, ex Extractor, opt Options) (items []Item) {
	defer func() {
		if r := recover(); r != nil { // a bug must not end the batch
			items = []Item{{Source: in.path, Err: fmt.Errorf("internal error: %v", r)}}
		}
	}()
	if in.err != nil {
		return []Item{{Source: in.path, Err: in.err}}
	}
	data, err := read(in.path, opt)
	if err != nil {
		return []Item{{Source: in.path, Err: err}}
	}
	if in.path == "-" {
		return parseExtract("stdin", data, ex)
	}
	return parseExtract(in.path, data, ex)
}

// parseExtract parses data and extracts each document's facts. Whole
// documents from stdin get their id as source, so that two different texts
// piped in are two documents, not versions of one.
func parseExtract(source string, data []byte, ex Extractor) []Item {
	items := Parse(source, data)
	for i := range items {
		if items[i].Doc == nil {
			continue
		}
		if items[i].Doc.Source == "stdin" {
			items[i].Doc.Source = "stdin:" + items[i].Doc.ID
			items[i].Source = items[i].Doc.Source
		}
		if ex != nil {
			items[i] = extract1(items[i], ex)
		}
	}
	return items
}

// extract1 runs the extractor on one document; a panic there is a bug to
// report for this document, not a reason to stop the batch.
func extract1(it Item, ex Extractor) (out Item) {
	defer func() {
		if r := recover(); r != nil {
			out = Item{Source: it.Source, Err: fmt.Errorf("internal error in extraction: %v", r)}
		}
	}()
	f := ex.Extract(it.Doc)
	it.facts = &f
	return it
}

// read reads a file or stdin, refusing anything over the size limit.
func read(path string, opt Options) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		if opt.Stdin == nil {
			return nil, fmt.Errorf("no standard input")
		}
		r = opt.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open: %w", unwrapPath(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.Size() > opt.MaxSize {
			return nil, tooLarge(st.Size(), opt.MaxSize)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, opt.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", unwrapPath(err))
	}
	if int64(len(data)) > opt.MaxSize {
		return nil, tooLarge(int64(len(data)), opt.MaxSize)
	}
	if len(bytesTrimSpace(data)) == 0 {
		return nil, fmt.Errorf("empty file")
	}
	return data, nil
}

func tooLarge(size, limit int64) error {
	return fmt.Errorf("file is over the size limit of %s (--max-size); it has at least %s",
		mib(limit), mib(size))
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

func bytesTrimSpace(b []byte) string { return strings.TrimSpace(string(b[:min(len(b), 4096)])) }

// unwrapPath drops the path from *fs.PathError, since the failure already
// names its input.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// input is a file to read, or a path that could not be expanded.
type input struct {
	path string
	err  error
}

// supported are the extensions picked up inside directories.
var supported = map[string]bool{
	".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true,
	".json": true, ".jsonl": true, ".ndjson": true,
}

// expand turns paths into the files to read, depth first in name order,
// following symbolic links but reporting a link back to an ancestor.
func expand(paths []string, sum *Summary) []input {
	var out []input
	for _, p := range paths {
		if p == "-" {
			out = append(out, input{path: p})
			continue
		}
		walk(p, true, map[string]bool{}, &out, sum)
	}
	return out
}

func walk(path string, explicit bool, ancestors map[string]bool, out *[]input, sum *Summary) {
	info, err := os.Stat(path)
	if err != nil {
		reason := unwrapPath(err)
		if errors.Is(err, fs.ErrNotExist) {
			reason = errors.New("no such file or directory (or a broken link)")
		}
		*out = append(*out, input{path: path, err: reason})
		return
	}
	if !info.IsDir() {
		if explicit || supported[strings.ToLower(filepath.Ext(path))] {
			*out = append(*out, input{path: path})
		} else {
			sum.Skipped++
		}
		return
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		*out = append(*out, input{path: path, err: unwrapPath(err)})
		return
	}
	if ancestors[real] {
		*out = append(*out, input{path: path, err: fmt.Errorf("directory loop: leads back to %s", real)})
		return
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		*out = append(*out, input{path: path, err: fmt.Errorf("read directory: %w", unwrapPath(err))})
		return
	}
	ancestors[real] = true
	defer delete(ancestors, real)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		walk(filepath.Join(path, e.Name()), false, ancestors, out, sum)
	}
}
