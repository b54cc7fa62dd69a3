package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/postgres"
)

// runWorker claims queued inputs (`truce ingest --enqueue`) one at a time,
// parses, extracts and stores them, and marks each done or failed. Run any
// number of workers on any machines against one PostgreSQL database.
func runWorker(ctx context.Context, a *app, args []string) error {
	fs := a.flags("worker", "")
	exitIdle := fs.Bool("exit-when-idle", false, "exit once every queued job is done or failed")
	lease := fs.Duration("lease", time.Minute, "how long a claimed job is ours before another worker may retry it; renewed while working")
	poll := fs.Duration("poll", time.Second, "how often an idle worker looks for new jobs")
	status := fs.Bool("status", false, "print the queue's counts and failed jobs with their reasons, and exit")
	jobs := fs.Int("jobs", 1, "jobs this process works on at once (one per core it may use)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *status {
		return a.queueStatus(ctx)
	}
	if *lease < time.Second/10 || *poll <= 0 || *jobs < 1 {
		fmt.Fprintln(a.stderr, "truce worker: --lease must be at least 100ms, --poll positive and --jobs at least 1")
		return errUsage
	}
	q, err := a.openQueue(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(a.stderr, nil)).With("worker", fmt.Sprintf("%s:%d", hostname(), os.Getpid()))
	store := analyze.Index(q, nil) // as ingest does: analysis rows stored with each document
	done, failed, err := runWorkers(ctx, *jobs, func() *worker {
		return &worker{q: q, store: store, ex: ex, lease: *lease, log: log}
	}, *exitIdle, *poll)
	fmt.Fprintf(a.stdout, "worker: done %d, failed %d\n", done, failed)
	if err == nil && failed > 0 {
		return errFailed
	}
	return err
}

// runWorkers runs n workers until they stop, and adds up what they did. The
// first error stops them all (their jobs go back to the queue).
func runWorkers(ctx context.Context, n int, newWorker func() *worker, exitIdle bool, poll time.Duration) (done, failed int, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := make([]*worker, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range workers {
		workers[i] = newWorker()
		wg.Add(1)
		go func() {
			defer wg.Done()
			if errs[i] = workers[i].run(ctx, exitIdle, poll); errs[i] != nil {
				cancel()
			}
		}()
	}
	wg.Wait()
	for i, w := range workers {
		done, failed = done+w.done, failed+w.failed
		if err == nil {
			err = errs[i]
		}
	}
	return done, failed, err
}

type worker struct {
	q            *postgres.Store
	store        truce.Store // q, or q deriving analysis rows on each Put
	ex           ingest.Extractor
	lease        time.Duration
	log          *slog.Logger
	done, failed int
}

// run works until ctx ends or, with exitIdle, until no job is open. While
// other workers hold jobs it waits: their leases may expire, and then those
// jobs are ours to finish.
func (w *worker) run(ctx context.Context, exitIdle bool, poll time.Duration) error {
	if exitIdle {
		poll = min(poll, w.lease/4)
	}
	failures := 0
	for ctx.Err() == nil {
		state, err := w.step(ctx, exitIdle)
		switch {
		case ctx.Err() != nil: // interrupted: a clean stop
			return nil
		case err != nil:
			// The database may be restarting: back off, then give up.
			if failures++; failures > maxFailures {
				return err
			}
			w.log.Warn("queue unavailable", "err", err, "retry_in", backoff(failures))
			sleep(ctx, backoff(failures))
			continue
		case state == finished:
			return nil
		case state == waiting:
			sleep(ctx, poll)
		}
		failures = 0
	}
	return nil
}

// What one step of a worker came to.
const (
	worked   = iota // processed a job
	waiting         // no job to claim now
	finished        // no job open at all (only asked for with exitIdle)
)

// maxFailures is how many database errors in a row a worker rides out
// (about half a minute of backing off) before it stops.
const maxFailures = 5

func backoff(failures int) time.Duration { return time.Second << (failures - 1) }

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// step claims and processes one job, if there is one to claim.
func (w *worker) step(ctx context.Context, exitIdle bool) (int, error) {
	job, err := w.q.Claim(ctx, w.lease)
	if err != nil {
		return 0, err
	}
	if job != nil {
		return worked, w.process(ctx, job)
	}
	if !exitIdle {
		return waiting, nil
	}
	counts, err := w.q.Counts(ctx)
	if err != nil {
		return 0, err
	}
	if counts.Open() == 0 {
		return finished, nil
	}
	return waiting, nil // other workers hold jobs; their leases may expire
}

// process ingests one job, renewing its lease meanwhile. Inputs that fail to
// parse fail for good; failures to store are retried by a later claim.
func (w *worker) process(ctx context.Context, job *postgres.Job) error {
	stop := w.keepLease(ctx, job)
	store := w.store
	if store == nil {
		store = w.q
	}
	sum := ingest.Data(ctx, store, w.ex, job.Source, job.Data, ingest.Options{})
	stop()
	if len(sum.Failed) == 0 {
		w.done++
		w.log.Debug("job done", "job_id", job.ID, "source", job.Source)
		return w.q.Complete(context.WithoutCancel(ctx), job)
	}
	var reasons []string
	retry := false
	for _, f := range sum.Failed {
		reasons = append(reasons, f.Input+": "+f.Reason)
		// ingest marks failures of the store, not of the input, with "store: ".
		retry = retry || strings.HasPrefix(f.Reason, "store: ")
	}
	if !retry || job.Attempts >= postgres.MaxAttempts {
		w.failed++
	}
	reason := strings.Join(reasons, "; ")
	w.log.Warn("job failed", "job_id", job.ID, "source", job.Source, "attempt", job.Attempts, "retry", retry, "reason", reason)
	return w.q.Fail(context.WithoutCancel(ctx), job, reason, retry)
}

// keepLease renews job's lease every third of its length until stopped.
func (w *worker) keepLease(ctx context.Context, job *postgres.Job) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(w.lease / 3)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if _, err := w.q.Extend(ctx, job, w.lease); err != nil && ctx.Err() == nil {
					w.log.Warn("lease not renewed", "job_id", job.ID, "err", err)
				}
			}
		}
	}()
	return func() { cancel(); <-done }
}

func hostname() string {
	h, err := os.Hostname()
	if err != nil {
		return "unknown"
	}
	return h
}

// enqueue stores each input as a job for workers, reporting unreadable
// inputs as ingest does.
func (a *app) enqueue(ctx context.Context, paths []string, maxSize int64, asJSON bool) error {
	q, err := a.openQueue(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	queued := 0
	sum := ingest.ReadInputs(ctx, paths, ingest.Options{MaxSize: maxSize, Stdin: a.stdin},
		func(source string, data []byte) error {
			_, err := q.Enqueue(ctx, source, data)
			if err == nil {
				queued++
			}
			return err
		})
	if asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Queued  int              `json:"queued"`
			Skipped int              `json:"skipped"`
			Failed  []ingest.Failure `json:"failed"`
		}{queued, sum.Skipped, sum.Failed}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.stdout, "queued %d, failed %d", queued, len(sum.Failed))
		if sum.Skipped > 0 {
			fmt.Fprintf(a.stdout, ", skipped %d (unsupported file types)", sum.Skipped)
		}
		fmt.Fprintln(a.stdout)
		for _, f := range sum.Failed {
			fmt.Fprintf(a.stdout, "  FAILED %s: %s\n", f.Input, f.Reason)
		}
	}
	if len(sum.Failed) > 0 {
		return errFailed
	}
	return ctx.Err()
}

// queueStatus prints how many jobs are in each state and why each failed
// job failed.
func (a *app) queueStatus(ctx context.Context) error {
	q, err := a.openQueue(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	c, err := q.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "queued %d, running %d, done %d, failed %d\n", c.Queued, c.Running, c.Done, c.Failed)
	failed, err := q.Failed(ctx)
	if err != nil {
		return err
	}
	for _, f := range failed {
		fmt.Fprintf(a.stdout, "  FAILED job %d %s: %s\n", f.ID, f.Source, f.Reason)
	}
	return nil
}
