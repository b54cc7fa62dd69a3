package ingest

import (
	"context"
	"fmt"
)

// ReadInputs expands paths exactly as Run does (files, directories
// recursively, "-" for stdin, the same size limit and failure reasons) and
// calls fn with each input's source name ("stdin" for "-") and bytes, without
// parsing them: for queueing inputs that workers elsewhere will ingest. An
// input that cannot be read, or that fn refuses, becomes a Failure; Skipped
// counts unsupported files inside directories. It stops early, reporting
// nothing more, when ctx is done.
func ReadInputs(ctx context.Context, paths []string, opt Options, fn func(source string, data []byte) error) Summary {
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	var sum Summary
	for _, in := range expand(paths, &sum) {
		if ctx.Err() != nil {
			break
		}
		if err := readInput(in, opt, fn); err != nil {
			sum.Failed = append(sum.Failed, Failure{Input: in.path, Reason: err.Error()})
		}
	}
	return sum
}

func readInput(in input, opt Options, fn func(source string, data []byte) error) error {
	if in.err != nil {
		return in.err
	}
	data, err := read(in.path, opt)
	if err != nil {
		return err
	}
	source := in.path
	if in.path == "-" {
		source = "stdin"
	}
	if err := fn(source, data); err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	return nil
}
