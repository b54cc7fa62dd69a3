package ingest_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/sqlite"
)

const good = "Talks in Istanbul\n\nRussian and Ukrainian delegations met in Istanbul on Friday, officials said.\n"

func openStore(t *testing.T) truce.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "truce.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBadInputs runs one batch over a catalogue of broken inputs mixed with
// good ones: every broken input is reported with its reason, every good one
// is stored, and a second run stores nothing twice.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("Talks went on. "), 50<<20/15+1) // over 50 MB
	hugeLine := bytes.Repeat([]byte("talks and more talks "), 5<<20/21)
	cases := []struct {
		name   string
		path   string
		reason string // "" means it must be ingested
	}{
		{"empty file", write(t, filepath.Join(dir, "empty.txt"), nil), "empty file"},
		{"only whitespace", write(t, filepath.Join(dir, "blank.txt"), []byte(" \n\t\n ")), "empty file"},
		{"binary file", write(t, filepath.Join(dir, "image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")), "binary file"},
		{"NUL bytes in text", write(t, filepath.Join(dir, "nul.txt"), []byte("Talks\x00in Istanbul")), "NUL"},
		{"invalid UTF-8", write(t, filepath.Join(dir, "broken.txt"), []byte("Talks in Kyiv – “agreed” \xff\xfe then \xc3 more")), "invalid UTF-8"},
		{"truncated HTML with no text", write(t, filepath.Join(dir, "trunc.html"), []byte("<html><head><title>T</title></head><body><p>Ta")), "no article text"},
		{"truncated HTML with article", write(t, filepath.Join(dir, "trunc2.html"), []byte("<html><body><article><p>"+strings.Repeat("Russian and Ukrainian delegations met in Istanbul. ", 8))), ""},
		{"HTML with only scripts", write(t, filepath.Join(dir, "scripts.html"), []byte("<html><head><script>var a=1;</script></head><body><script>alert('x')</script><style>p{}</style></body></html>")), "no article text"},
		{"file over the size limit", write(t, filepath.Join(dir, "big.txt"), big), "size limit"},
		{"huge single line", write(t, filepath.Join(dir, "longline.txt"), hugeLine), ""},
		{"only boilerplate", write(t, filepath.Join(dir, "furniture.txt"), []byte("Leave a Comment\nShare this article\n")), "no article text"},
		{"missing path", filepath.Join(dir, "nope.txt"), "no such file"},
		{"path under a file", filepath.Join(dir, "empty.txt", "child.txt"), "not a directory"},
		{"unreadable file", "/proc/self/mem", "input/output error"},
		{"JSON without text", write(t, filepath.Join(dir, "notext.json"), []byte(`{"title":"x"}`)), `no "text"`},
		{"JSON bad date", write(t, filepath.Join(dir, "baddate.jsonl"), []byte(`{"text":"Talks","published":"last Tuesday"}`+"\n")), "not a date"},
		{"JSON garbage", write(t, filepath.Join(dir, "garbage.jsonl"), []byte("not json at all\n")), "bad JSON"},
		{"JSON NUL in text", write(t, filepath.Join(dir, "nuljson.jsonl"), []byte(`{"text":"a\u0000b"}`+"\n")), "NUL"},
		{"JSON array bad item", write(t, filepath.Join(dir, "array.json"), []byte(`[{"text":"Peace formula summit"}, {"text": 5}]`)), "bad JSON"},
		{"HTML unknown charset", write(t, filepath.Join(dir, "charset.html"), []byte(`<html><head><meta charset="x-klingon"></head><body><article><p>`+strings.Repeat("Delegations met in Geneva on Sunday. ", 8)+`</p></article></body></html>`)), ""},
		{"good text", write(t, filepath.Join(dir, "good.txt"), []byte(good)), ""},
	}
	// A JSON lines file with one broken line: that line fails, the rest is stored.
	jsonl := write(t, filepath.Join(dir, "mixed.jsonl"), []byte(`{"id":"a","text":"Prisoners were exchanged on Friday."}`+"\n"+
		`{"id":"b","text":"broken`+"\n"+`{"id":"c","text":"The Kremlin denied the report."}`+"\n"))
	// A directory loop through a symbolic link, beside a good file.
	loopDir := filepath.Join(dir, "loop")
	write(t, filepath.Join(loopDir, "inner.txt"), []byte("Inner article about the grain deal and the Black Sea.\n"))
	if err := os.Symlink(loopDir, filepath.Join(loopDir, "again")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(loopDir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(loopDir, "photo.png"), []byte("\x89PNG"))

	paths := []string{jsonl, loopDir}
	for _, c := range cases {
		paths = append(paths, c.path)
	}
	store := openStore(t)
	ctx := context.Background()
	sum := ingest.Run(ctx, store, nil, paths, ingest.Options{MaxSize: 20 << 20})

	reasons := map[string]string{}
	for _, f := range sum.Failed {
		reasons[f.Input] = f.Reason
	}
	reasonOf := func(path string) (string, bool) {
		for input, r := range reasons {
			if input == path || strings.HasPrefix(input, path+"#") {
				return r, true
			}
		}
		return "", false
	}
	for _, c := range cases {
		got, failed := reasonOf(c.path)
		switch {
		case c.reason == "" && failed:
			t.Errorf("%s: failed with %q, want ingested", c.name, got)
		case c.reason != "" && !failed:
			t.Errorf("%s: not reported as failed (want %q)", c.name, c.reason)
		case c.reason != "" && !strings.Contains(got, c.reason):
			t.Errorf("%s: reason %q, want it to mention %q", c.name, got, c.reason)
		}
	}
	for input, want := range map[string]string{
		jsonl + "#line2":                            "bad JSON",
		filepath.Join(loopDir, "again"):             "directory loop",
		filepath.Join(loopDir, "dangling.txt"):      "no such file",
		filepath.Join(dir, "array.json") + "#item2": "bad JSON",
	} {
		if !strings.Contains(reasons[input], want) {
			t.Errorf("failure of %s = %q, want it to mention %q (all: %v)", input, reasons[input], want, reasons)
		}
	}
	// good, longline, truncated HTML with article, charset.html, mixed a and c, inner.txt, array item 1
	const wantDocs = 8
	if sum.Ingested != wantDocs {
		t.Errorf("ingested %d, want %d; failures: %v", sum.Ingested, wantDocs, sum.Failed)
	}
	if sum.Skipped != 1 {
		t.Errorf("skipped %d, want 1 (photo.png)", sum.Skipped)
	}
	again := ingest.Run(ctx, store, nil, paths, ingest.Options{MaxSize: 20 << 20})
	if again.Ingested != 0 || again.Unchanged != wantDocs || len(again.Failed) != len(sum.Failed) {
		t.Errorf("second run: %+v, want %d unchanged and the same %d failures", again, wantDocs, len(sum.Failed))
	}
	st, err := store.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != wantDocs {
		t.Errorf("store holds %d documents, want %d", st.Documents, wantDocs)
	}
}

// TestReplaceChangedFile: a file edited in place replaces its old version.
func TestReplaceChangedFile(t *testing.T) {
	path := write(t, filepath.Join(t.TempDir(), "a.txt"), []byte(good))
	store := openStore(t)
	ctx := context.Background()
	if s := ingest.Run(ctx, store, nil, []string{path}, ingest.Options{}); s.Ingested != 1 {
		t.Fatalf("first run: %+v", s)
	}
	write(t, path, []byte(good+"\nThe Kremlin later denied it.\n"))
	if s := ingest.Run(ctx, store, nil, []string{path}, ingest.Options{}); s.Replaced != 1 {
		t.Fatalf("second run: %+v, want replaced 1", s)
	}
	docs, err := store.Documents(ctx, truce.DocFilter{})
	if err != nil || len(docs) != 1 || !strings.Contains(docs[0].Text, "denied") {
		t.Fatalf("documents = %+v, %v; want the new version only", docs, err)
	}
}

// TestStdin: text piped in is stored under its own id; the same text again
// is unchanged, and a different text is a second document.
func TestStdin(t *testing.T) {
	store := openStore(t)
	ctx := context.Background()
	run := func(text string) ingest.Summary {
		return ingest.Run(ctx, store, nil, []string{"-"}, ingest.Options{Stdin: strings.NewReader(text)})
	}
	if s := run(good); s.Ingested != 1 {
		t.Fatalf("first: %+v", s)
	}
	if s := run(good); s.Unchanged != 1 {
		t.Fatalf("same again: %+v", s)
	}
	if s := run("Another report on the grain corridor in the Black Sea."); s.Ingested != 1 {
		t.Fatalf("different text: %+v", s)
	}
	if s := run(""); len(s.Failed) != 1 || !strings.Contains(s.Failed[0].Reason, "empty") {
		t.Fatalf("empty stdin: %+v", s)
	}
}

// panicky is an extractor with a bug on one document.
type panicky struct{}

func (panicky) Extract(d *truce.Document) truce.Facts {
	if strings.Contains(d.Text, "boom") {
		panic("bug")
	}
	return truce.Facts{}
}

func TestExtractorPanicIsOneFailure(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.txt"), []byte("boom goes the extractor on this text"))
	b := write(t, filepath.Join(dir, "b.txt"), []byte(good))
	s := ingest.Run(context.Background(), openStore(t), panicky{}, []string{a, b}, ingest.Options{})
	if s.Ingested != 1 || len(s.Failed) != 1 || !strings.Contains(s.Failed[0].Reason, "internal error") {
		t.Errorf("summary %+v, want b ingested and a failed with an internal error", s)
	}
}
