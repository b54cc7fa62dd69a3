package web

import (
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/examples"
	"github.com/truce-project/truce/extract/pipeline"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/kb"
	"github.com/truce-project/truce/sqlite"
)

const testToken = "test-token-0123456789"

// hostile is an article whose title and text try to run script.
const hostile = `{"id":"x1","title":"<script>window.__pwned=1;document.title='pwned'</script> Talks <img src=x onerror=\"window.__pwned=2\">","published":"2025-11-21","outlet":"<b>Evil</b> Wire","text":"Zelensky said on Friday that <script>window.__pwned=3;document.title='pwned'</script> talks in Geneva would go on. <img src=x onerror=\"window.__pwned=4;alert(1)\"> Russia lost 300 tanks, Kyiv said. \"><svg onload=alert(2)> Ukraine demands a full ceasefire."}`

var (
	extractorOnce sync.Once
	extractor     *pipeline.Pipeline
	knowledge     *kb.KB
)

// testExtractor loads the pipeline and knowledge base once for all tests.
func testExtractor(t testing.TB) (*pipeline.Pipeline, *kb.KB) {
	t.Helper()
	extractorOnce.Do(func() {
		var err error
		if knowledge, err = kb.Default(); err == nil {
			extractor = pipeline.New(knowledge)
		}
	})
	if extractor == nil {
		t.Fatal("could not load the knowledge base")
	}
	return extractor, knowledge
}

// newTestServer returns a server over a fresh SQLite store holding the
// examples and the hostile article, and that article's id.
func newTestServer(t testing.TB) (*Server, string) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "truce.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ex, k := testExtractor(t)
	ingestExamples(t, store, ex)
	srv := New(Config{Store: store, Extractor: ex, KB: k, Token: testToken,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	res := do(t, srv, "POST", "/api/documents?source=hostile.jsonl", hostile, "Bearer "+testToken)
	if res.Code != http.StatusCreated {
		t.Fatalf("upload hostile article: %d %s", res.Code, res.Body)
	}
	var up uploadResult
	if err := json.Unmarshal(res.Body.Bytes(), &up); err != nil || len(up.Documents) != 1 || up.Documents[0].ID == "" {
		t.Fatalf("upload answer %s: %v", res.Body, err)
	}
	settle(t, srv)
	return srv, up.Documents[0].ID
}

// settle waits until the fact index is built and fresh, so that answers do
// not change under a test when a background build ends.
func settle(t testing.TB, srv *Server) {
	t.Helper()
	for range 1000 {
		srv.mu.Lock()
		wait := srv.refresh()
		srv.mu.Unlock()
		if wait == nil {
			return
		}
		<-wait
	}
	t.Fatal("the fact index never settled")
}

func ingestExamples(t testing.TB, store truce.Store, ex ingest.Extractor) {
	t.Helper()
	err := fs.WalkDir(examples.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if d != nil && d.IsDir() && p != "." {
				return fs.SkipDir
			}
			return err
		}
		switch path.Ext(p) {
		case ".txt", ".html", ".jsonl":
		default:
			return nil
		}
		data, err := examples.FS.ReadFile(p)
		if err != nil {
			return err
		}
		if s := ingest.Data(context.Background(), store, ex, "examples/"+p, data, ingest.Options{}); len(s.Failed) > 0 {
			t.Errorf("ingest %s: %v", p, s.Failed)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// do runs one request through the server's whole handler chain.
func do(t testing.TB, h http.Handler, method, target, body, auth string) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if strings.HasSuffix(strings.SplitN(target, "?", 2)[0], "documents") && method == "POST" {
		req.Header.Set("Content-Type", "application/jsonl")
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// firstDoc returns the id of the first stored example with events.
func firstDoc(t testing.TB, srv *Server) string {
	t.Helper()
	var id string
	err := srv.cfg.Store.Records(context.Background(), func(rec *truce.Record) error {
		if id == "" && len(rec.Events) > 0 {
			id = rec.ID
		}
		return nil
	})
	if err != nil || id == "" {
		t.Fatalf("no document with events: %v", err)
	}
	return id
}
