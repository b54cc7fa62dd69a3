package pipeline

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/digest.txt from the current output")

// digestDirs hold the articles whose facts the digest pins: the examples,
// the held-out set and the seeds.
var digestDirs = []string{"../../examples", "../../eval/testdata/heldout", "../../../shared/seeds"}

const digestFile = "testdata/digest.txt"

// TestDigest runs the whole pipeline twice over every article of
// digestDirs: the two runs must agree. With TRUCE_DIGEST=1 it also compares
// a SHA-256 of each article's facts (as JSON) with testdata/digest.txt, the
// guard of speed work: a faster pipeline must give the same facts byte for
// byte. That comparison is opt-in because every change of extraction
// quality changes the digest on purpose; refresh it with -update before
// speed work, and compare after:
//
//	go test ./extract/pipeline -run TestDigest -update
//	TRUCE_DIGEST=1 go test ./extract/pipeline -run TestDigest
func TestDigest(t *testing.T) {
	p := pipe(t)
	files := digestInputs(t)
	published := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	var got []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := p.Run(string(data), published, "en").Facts()
		b := p.Run(string(data), published, "en").Facts()
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two runs differ", f)
		}
		js, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%x  %s", sha256.Sum256(js), filepath.ToSlash(f)))
	}
	text := strings.Join(got, "\n") + "\n"
	if *update {
		if err := os.WriteFile(digestFile, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if os.Getenv("TRUCE_DIGEST") != "1" {
		t.Skip("digest comparison off (TRUCE_DIGEST=1 turns it on); both runs agreed")
	}
	want, err := os.ReadFile(digestFile)
	if err != nil {
		t.Fatalf("%v (run go test ./extract/pipeline -run TestDigest -update)", err)
	}
	if diff := digestDiff(string(want), text); diff != "" {
		t.Errorf("the facts changed (a speed change must not change them; a quality change: -update):\n%s", diff)
	}
}

// digestInputs lists the .txt articles of digestDirs in a fixed order.
func digestInputs(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, dir := range digestDirs {
		if _, err := os.Stat(dir); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is missing: %v", dir, err)
			}
			t.Skipf("%s is missing", dir)
		}
		m, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no articles found")
	}
	return files
}

// digestDiff names the lines of got that are not in want and back.
func digestDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out []string
	for l := range w {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for l := range g {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}
