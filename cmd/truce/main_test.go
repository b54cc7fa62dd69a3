package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
)

// binary is the truce command built once for the tests that need a real
// process.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "truce-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "truce")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build truce: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the built binary and returns stdout, stderr and the exit status.
func run(t *testing.T, db string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"--db", db}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, db, args...)
	if code != 0 {
		t.Fatalf("truce %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// TestEndToEnd ingests the examples with the real binary and checks every
// command's output, and that every exported span points into its text.
func TestEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "truce.db")
	articles, err := exampleFiles()
	if err != nil || len(articles) < 10 {
		t.Fatalf("examples: %v, %v", articles, err)
	}
	for i, a := range articles {
		articles[i] = filepath.Join("../../examples", a)
	}
	out := mustRun(t, db, append([]string{"ingest"}, articles...)...)
	if !strings.Contains(out, "failed 0") {
		t.Fatalf("ingest examples: %s", out)
	}
	if out := mustRun(t, db, append([]string{"ingest"}, articles...)...); !strings.Contains(out, "ingested 0") {
		t.Errorf("second ingest stored again: %s", out)
	}
	var st truce.Stats
	if err := json.Unmarshal([]byte(mustRun(t, db, "stats", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.Documents < 12 {
		t.Errorf("stats: %d documents, want at least 12 examples", st.Documents)
	}
	var hits []struct{ ID, Snippet string }
	if err := json.Unmarshal([]byte(mustRun(t, db, "search", "--json", "Istanbul")), &hits); err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || !strings.Contains(hits[0].Snippet, "<mark>") {
		t.Fatalf("search Istanbul: %+v", hits)
	}
	show := mustRun(t, db, "show", "--json", hits[0].ID)
	if rec, err := truce.UnmarshalRecord([]byte(show)); err != nil || rec.ID != hits[0].ID {
		t.Errorf("show --json: %v, %.200s", err, show)
	}
	checkExport(t, mustRun(t, db, "export"), st.Documents)
	dir := t.TempDir()
	mustRun(t, db, "export", "--format", "csv", "--out", dir)
	for _, kind := range csvKinds() {
		data, err := os.ReadFile(filepath.Join(dir, kind+".csv"))
		if err != nil || !bytes.HasPrefix(data, []byte(strings.Join(csvTables[kind].header, ","))) {
			t.Errorf("%s.csv: %v, %.80s", kind, err, data)
		}
	}
	if _, errOut, code := run(t, db, "show", "nope"); code != 1 || !strings.Contains(errOut, "no document") {
		t.Errorf("show nope: exit %d, %s", code, errOut)
	}
}

// checkExport decodes every exported line and checks its spans.
func checkExport(t *testing.T, export string, wantDocs int) {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(export))
	sc.Buffer(nil, 64<<20)
	n := 0
	for sc.Scan() {
		n++
		rec, err := truce.UnmarshalRecord(sc.Bytes())
		if err != nil {
			t.Fatalf("export line %d: %v", n, err)
		}
		for _, s := range spansOf(rec) {
			if !s.Valid(len(rec.Text)) {
				t.Errorf("%s: span %v outside text of %d bytes", rec.ID, s, len(rec.Text))
			}
		}
	}
	if n != wantDocs {
		t.Errorf("export has %d lines, want %d", n, wantDocs)
	}
}

func spansOf(r *truce.Record) []truce.Span {
	var out []truce.Span
	for _, e := range r.Entities {
		out = append(out, e.Mentions...)
	}
	for _, x := range r.Timexes {
		out = append(out, x.Span)
	}
	for _, x := range r.Figures {
		out = append(out, x.Span)
	}
	for _, x := range r.Attributions {
		out = append(out, x.Span, x.Content)
	}
	for _, x := range r.Events {
		out = append(out, x.Span)
	}
	for _, x := range r.Positions {
		out = append(out, x.Span)
	}
	return out
}

func TestFailureExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Prisoners were exchanged on Friday, the UAE said."), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	out, _, code := run(t, filepath.Join(dir, "t.db"), "ingest", good, missing)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "ingested 1") || !strings.Contains(out, "FAILED "+missing) {
		t.Errorf("summary does not name the good and the failed input:\n%s", out)
	}
	if _, errOut, code := run(t, filepath.Join(dir, "t.db"), "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: exit %d, %s", code, errOut)
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(binary, "demo", "--serve=false", "--out", filepath.Join(dir, "demo.db"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "failed 0") || !strings.Contains(string(out), "documents, published") {
		t.Errorf("demo output:\n%s", out)
	}
}

// TestCrashSafety kills a real ingest with SIGKILL mid-batch, runs it again,
// and checks the store: every document whole, none twice, all present.
func TestCrashSafety(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const n = 1500
	for i := range n {
		text := fmt.Sprintf("Report %d\n\nDelegations met in Istanbul for round %d of talks, officials said. Russia lost %d tanks, Kyiv claimed.\n", i, i, 1000+i)
		if err := os.MkdirAll(in, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "truce.db")
	cmd := exec.Command(binary, "--db", db, "ingest", "--workers", "1", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stored := waitForDocuments(t, db, 50)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if stored >= n {
		t.Fatalf("ingest finished before it could be killed; make the batch bigger")
	}
	out := mustRun(t, db, "ingest", in)
	var ingested, unchanged int
	if _, err := fmt.Sscanf(out, "ingested %d, replaced 0, unchanged %d", &ingested, &unchanged); err != nil {
		t.Fatalf("summary %q: %v", out, err)
	}
	if ingested+unchanged != n || unchanged < stored {
		t.Errorf("re-run: ingested %d + unchanged %d, want %d with at least %d unchanged", ingested, unchanged, n, stored)
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	seen := map[string]bool{}
	err = s.Records(context.Background(), func(r *truce.Record) error {
		if seen[r.Source] {
			t.Errorf("source %s stored twice", r.Source)
		}
		seen[r.Source] = true
		if !strings.HasPrefix(r.Text, "Report ") || !strings.HasSuffix(r.Text, "claimed.") {
			t.Errorf("%s: partial text %q", r.Source, r.Text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != n {
		t.Errorf("%d documents after re-run, want %d", len(seen), n)
	}
}

// waitForDocuments polls the database until it holds at least min
// documents (a reader sees only committed ones) and returns the count.
func waitForDocuments(t *testing.T, db string, min int) int {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if s, err := sqlite.Open(context.Background(), db); err == nil {
			st, err := s.Stats(context.Background())
			s.Close()
			if err == nil && st.Documents >= min {
				return st.Documents
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no %d documents in %s after 60s", min, db)
	return 0
}
