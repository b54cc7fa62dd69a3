package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// The ingest queue. `truce ingest --enqueue` stores each input file as a
// job (source name and raw bytes); any number of `truce worker` processes,
// on any machines, claim jobs one at a time with FOR UPDATE SKIP LOCKED, so
// no two workers ever hold the same job. A claim is a lease: a worker that
// dies leaves its job to be claimed again once the lease expires. Jobs are
// idempotent (Put of the same document is Unchanged), so running one twice
// is harmless. A job is tried at most MaxAttempts times.

// MaxAttempts is how often a job is claimed before it stays failed.
const MaxAttempts = 3

// Job is one claimed input.
type Job struct {
	ID       int64
	Source   string
	Data     []byte
	Attempts int    // claims so far, this one included
	lease    string // proves the claim is still ours when we finish
}

// QueueCounts counts jobs by state.
type QueueCounts struct {
	Queued, Running, Done, Failed int
}

// Open is the number of jobs not yet finished.
func (c QueueCounts) Open() int { return c.Queued + c.Running }

// Enqueue adds a job for one input and returns its id.
func (s *Store) Enqueue(ctx context.Context, source string, data []byte) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO jobs (source, data) VALUES ($1, $2) RETURNING id`,
		source, data).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("postgres: enqueue %s: %w", source, err)
	}
	return id, nil
}

// Claim takes the oldest job that is queued or whose lease has expired and
// leases it for d. It returns nil when no job can be claimed now.
func (s *Store) Claim(ctx context.Context, d time.Duration) (*Job, error) {
	// A job whose worker died on its last attempt is failed, not retried.
	if _, err := s.pool.Exec(ctx, `UPDATE jobs SET state = 'failed', finished = now(), lease = '',
		reason = 'lease expired ' || attempts || ' times (did the worker die?)' ||
			CASE WHEN reason = '' THEN '' ELSE '; earlier: ' || reason END
		WHERE state = 'running' AND lease_until < now() AND attempts >= $1`, MaxAttempts); err != nil {
		return nil, fmt.Errorf("postgres: claim: %w", err)
	}
	job := &Job{lease: newLease()}
	err := s.pool.QueryRow(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1,
			lease = $1, lease_until = now() + make_interval(secs => $2)
		WHERE id = (SELECT id FROM jobs
			WHERE state = 'queued' OR (state = 'running' AND lease_until < now() AND attempts < $3)
			ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
		RETURNING id, source, data, attempts`, job.lease, d.Seconds(), MaxAttempts).
		Scan(&job.ID, &job.Source, &job.Data, &job.Attempts)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: claim: %w", err)
	}
	return job, nil
}

func newLease() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Extend renews the lease on job for d from now, while a worker is still
// busy with it. It reports false if the job is no longer ours.
func (s *Store) Extend(ctx context.Context, job *Job, d time.Duration) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE jobs SET lease_until = now() + make_interval(secs => $3)
		WHERE id = $1 AND lease = $2 AND state = 'running'`, job.ID, job.lease, d.Seconds())
	if err != nil {
		return false, fmt.Errorf("postgres: extend job %d: %w", job.ID, err)
	}
	return tag.RowsAffected() == 1, nil
}

// Complete marks job done. The raw bytes are kept, so that a job can be
// looked at or re-run; a job that is no longer ours is left alone.
func (s *Store) Complete(ctx context.Context, job *Job) error {
	_, err := s.pool.Exec(ctx, `UPDATE jobs SET state = 'done', finished = now(), lease = '', reason = ''
		WHERE id = $1 AND lease = $2`, job.ID, job.lease)
	if err != nil {
		return fmt.Errorf("postgres: complete job %d: %w", job.ID, err)
	}
	return nil
}

// Fail records why job failed. With retry (a passing trouble, such as the
// database being busy) it goes back to the queue unless it has had
// MaxAttempts; otherwise (bad input: trying again gives the same answer) it
// stays failed.
func (s *Store) Fail(ctx context.Context, job *Job, reason string, retry bool) error {
	_, err := s.pool.Exec(ctx, `UPDATE jobs SET lease = '', reason = $3,
			state = CASE WHEN $4 AND attempts < $5 THEN 'queued' ELSE 'failed' END,
			finished = CASE WHEN $4 AND attempts < $5 THEN NULL ELSE now() END
		WHERE id = $1 AND lease = $2`, job.ID, job.lease, reason, retry, MaxAttempts)
	if err != nil {
		return fmt.Errorf("postgres: fail job %d: %w", job.ID, err)
	}
	return nil
}

// Counts counts the jobs in each state.
func (s *Store) Counts(ctx context.Context) (QueueCounts, error) {
	var c QueueCounts
	err := s.pool.QueryRow(ctx, `SELECT
		count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'running'),
		count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed') FROM jobs`).
		Scan(&c.Queued, &c.Running, &c.Done, &c.Failed)
	if err != nil {
		return c, fmt.Errorf("postgres: queue counts: %w", err)
	}
	return c, nil
}

// FailedJob is a job that stays failed, and why.
type FailedJob struct {
	ID     int64
	Source string
	Reason string
}

// Failed lists failed jobs, oldest first.
func (s *Store) Failed(ctx context.Context) ([]FailedJob, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, source, reason FROM jobs WHERE state = 'failed' ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("postgres: failed jobs: %w", err)
	}
	jobs, err := pgx.CollectRows(rows, pgx.RowToStructByPos[FailedJob])
	if err != nil {
		return nil, fmt.Errorf("postgres: failed jobs: %w", err)
	}
	return jobs, nil
}
