package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/truce-project/truce/postgres"
	"github.com/truce-project/truce/postgres/pgtest"
)

// TestWorkers queues 2,000 generated reports and drains the queue with four
// real worker processes, one of them killed with SIGKILL mid-run: every job
// must still finish, once, with exactly 2,000 documents stored.
func TestWorkers(t *testing.T) {
	db := pgtest.Database(t)
	in := t.TempDir()
	const n = 2000
	for i := range n {
		text := fmt.Sprintf("Talks round %d\n\nDelegations from Russia and Ukraine met in Istanbul for round %d of talks, "+
			"a Turkish official said on Monday. Kyiv said %d prisoners were to be exchanged.\n", i, i, 100+i)
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out := mustRun(t, db, "ingest", "--enqueue", in); !strings.HasPrefix(out, fmt.Sprintf("queued %d, failed 0", n)) {
		t.Fatalf("enqueue: %s", out)
	}
	workers := make([]*exec.Cmd, 4)
	for i := range workers {
		// Two of them work on two jobs at once.
		workers[i] = exec.Command(binary, "--db", db, "worker", "--exit-when-idle", "--lease", "2s", "--poll", "100ms",
			"--jobs", fmt.Sprint(1+i%2))
		workers[i].Stderr = os.Stderr
		if err := workers[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	q, err := postgres.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	waitForJobs(t, q, n/5)
	if err := workers[0].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	workers[0].Wait()
	for _, w := range workers[1:] {
		if err := w.Wait(); err != nil {
			t.Errorf("worker: %v", err)
		}
	}
	counts, err := q.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if counts.Done != n || counts.Open() != 0 || counts.Failed != 0 {
		t.Errorf("jobs %+v, want all %d done", counts, n)
	}
	if out := mustRun(t, db, "worker", "--status"); !strings.HasPrefix(out, fmt.Sprintf("queued 0, running 0, done %d, failed 0\n", n)) {
		t.Errorf("worker --status: %s", out)
	}
	st, err := q.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != n {
		t.Errorf("%d documents, want %d", st.Documents, n)
	}
}

// waitForJobs polls the queue until at least min jobs are done.
func waitForJobs(t *testing.T, q *postgres.Store, min int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		c, err := q.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if c.Done >= min {
			if c.Open() == 0 {
				t.Fatalf("the queue drained before a worker could be killed")
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("fewer than %d jobs done after 2 minutes", min)
}

// TestWorkerFailures: bad input fails for good with its reason, which
// --status shows; the good inputs of the batch are stored.
func TestWorkerFailures(t *testing.T) {
	db := pgtest.Database(t)
	in := t.TempDir()
	files := map[string]string{
		"good.txt":    "Talks in Geneva\n\nDelegations met in Geneva on Monday, officials said.\n",
		"nul.txt":     "Talks\x00in Istanbul",
		"lines.jsonl": "{\"title\": \"no text\"}\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustRun(t, db, "ingest", "--enqueue", in)
	out, _, code := run(t, db, "worker", "--exit-when-idle")
	if code != 1 || !strings.HasPrefix(out, "worker: done 1, failed 2") {
		t.Errorf("worker: exit %d, %q; want 1 and done 1, failed 2", code, out)
	}
	status := mustRun(t, db, "worker", "--status")
	for _, want := range []string{"queued 0, running 0, done 1, failed 2", "nul.txt: ", "lines.jsonl: "} {
		if !strings.Contains(status, want) {
			t.Errorf("worker --status lacks %q:\n%s", want, status)
		}
	}
}

func TestEnqueueNeedsPostgres(t *testing.T) {
	_, errOut, code := run(t, filepath.Join(t.TempDir(), "truce.db"), "ingest", "--enqueue", "../../examples")
	if code != 1 || !strings.Contains(errOut, "PostgreSQL") {
		t.Errorf("enqueue on SQLite: exit %d, %q; want 1 and a message naming PostgreSQL", code, errOut)
	}
	_, errOut, code = run(t, filepath.Join(t.TempDir(), "truce.db"), "worker", "--exit-when-idle")
	if code != 1 || !strings.Contains(errOut, "PostgreSQL") {
		t.Errorf("worker on SQLite: exit %d, %q; want 1 and a message naming PostgreSQL", code, errOut)
	}
}
