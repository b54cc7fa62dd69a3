package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce/postgres"
)

func TestQueue(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	for _, src := range []string{"a.txt", "b.txt", "c.txt"} {
		if _, err := s.Enqueue(ctx, src, []byte("Talks in "+src)); err != nil {
			t.Fatal(err)
		}
	}
	claim := func(lease time.Duration) *postgres.Job {
		t.Helper()
		j, err := s.Claim(ctx, lease)
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	a, b := claim(time.Minute), claim(time.Minute)
	if a.Source != "a.txt" || b.Source != "b.txt" || string(a.Data) != "Talks in a.txt" {
		t.Fatalf("claimed %q, %q; want a.txt, b.txt in order", a.Source, b.Source)
	}
	if err := s.Complete(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.Fail(ctx, b, "bad input", false); err != nil {
		t.Fatal(err)
	}
	c := claim(time.Minute)
	if err := s.Fail(ctx, c, "database busy", true); err != nil { // back to the queue
		t.Fatal(err)
	}
	if again := claim(time.Minute); again == nil || again.ID != c.ID || again.Attempts != 2 {
		t.Fatalf("retry: claimed %+v, want job %d on attempt 2", again, c.ID)
	}
	if j := claim(time.Minute); j != nil {
		t.Errorf("claimed %s while every job is taken", j.Source)
	}
	counts, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(postgres.QueueCounts{Running: 1, Done: 1, Failed: 1}, counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	failed, err := s.Failed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]postgres.FailedJob{{ID: b.ID, Source: "b.txt", Reason: "bad input"}}, failed); diff != "" {
		t.Errorf("failed (-want +got):\n%s", diff)
	}
}

// TestQueueLeaseExpiry: a job whose worker stops renewing its lease is
// claimed again, and after MaxAttempts expired leases it stays failed.
func TestQueueLeaseExpiry(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	if _, err := s.Enqueue(ctx, "a.txt", []byte("Talks")); err != nil {
		t.Fatal(err)
	}
	var first *postgres.Job
	for i := range postgres.MaxAttempts {
		j, err := s.Claim(ctx, time.Millisecond)
		if err != nil || j == nil {
			t.Fatalf("claim %d: %v, %v", i+1, j, err)
		}
		if first == nil {
			first = j
		}
		time.Sleep(20 * time.Millisecond)
	}
	if ok, err := s.Extend(ctx, first, time.Minute); ok || err != nil {
		t.Errorf("Extend of a lease taken over = %v, %v; want false", ok, err)
	}
	if j, err := s.Claim(ctx, time.Minute); j != nil || err != nil {
		t.Fatalf("claimed after %d expired leases: %v, %v", postgres.MaxAttempts, j, err)
	}
	failed, err := s.Failed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || failed[0].Reason == "" {
		t.Errorf("failed jobs = %+v, want one with a reason", failed)
	}
}
