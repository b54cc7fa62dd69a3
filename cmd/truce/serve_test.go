package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestToken checks where the write token comes from: the flag or env
// first, else a stored one, else a new one stored with mode 0600 and
// printed only that once.
func TestToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "truce.db")
	var out bytes.Buffer
	a := &app{db: db, stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}
	if tok, err := a.token("given"); err != nil || tok != "given" {
		t.Fatalf("configured token: %q, %v", tok, err)
	}
	first, err := a.token("")
	if err != nil || len(first) < 32 {
		t.Fatalf("generated token %q: %v", first, err)
	}
	if !strings.Contains(out.String(), first) {
		t.Errorf("the new token was not printed: %q", out.String())
	}
	info, err := os.Stat(db + ".token")
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("token file: %v, mode %v", err, info.Mode())
	}
	out.Reset()
	again, err := a.token("")
	if err != nil || again != first {
		t.Fatalf("second start: %q, %v; want the stored %q", again, err, first)
	}
	if strings.Contains(out.String(), first) {
		t.Errorf("the stored token was printed again: %q", out.String())
	}
}

// TestServe starts the real binary on a free port, reads the URL it
// prints, checks /healthz and the home page, and stops it with SIGINT.
func TestServe(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "truce.db")
	mustRun(t, db, "ingest", "../../examples/01_belarus_first_round.txt")
	cmd := exec.Command(binary, "--db", db, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "TRUCE_TOKEN=secret")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	url := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(sc.Text()); m != "" {
				url <- m
			}
		}
	}()
	var base string
	select {
	case base = <-url:
	case <-time.After(30 * time.Second):
		t.Fatal("serve printed no URL")
	}
	for _, p := range []string{"healthz", "", "api/documents"} {
		res, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("GET /%s: %d, CSP %q", p, res.StatusCode, res.Header.Get("Content-Security-Policy"))
		}
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve exited with %v after SIGINT", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("serve did not stop on SIGINT")
	}
	if _, err := os.Stat(db + ".token"); err == nil {
		t.Error("a token file was written although TRUCE_TOKEN was set")
	}
}
