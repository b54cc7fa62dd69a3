package web

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

// TestRoutes sends one request to every API route and page and checks
// status, content type and a piece of the content.
func TestRoutes(t *testing.T) {
	srv, hostileID := newTestServer(t)
	doc := firstDoc(t, srv)
	const jsonType, htmlType = "application/json", "text/html"
	tests := []struct {
		name, method, target, body, auth string
		status                           int
		ctype                            string
		want                             []string
	}{
		{"healthz", "GET", "/healthz", "", "", 200, jsonType, []string{`"status":"ok"`}},
		{"openapi", "GET", "/api/openapi.json", "", "", 200, jsonType, []string{`"openapi": "3.0.3"`}},
		{"stats", "GET", "/api/stats", "", "", 200, jsonType, []string{`"documents":13`}},
		{"documents", "GET", "/api/documents?limit=3", "", "", 200, jsonType, []string{`"next_offset":3`, `"items":[`}},
		{"documents last page", "GET", "/api/documents?offset=12", "", "", 200, jsonType, []string{`"next_offset":null`}},
		{"documents by outlet", "GET", "/api/documents?outlet=Danube%20Wire", "", "", 200, jsonType, []string{`"outlet":"Danube Wire"`}},
		{"documents bad date", "GET", "/api/documents?since=yesterday", "", "", 400, jsonType, []string{`"code":"invalid"`}},
		{"documents bad limit", "GET", "/api/documents?limit=x", "", "", 400, jsonType, []string{`"code":"invalid"`}},
		{"document", "GET", "/api/documents/" + doc, "", "", 200, jsonType, []string{`"id":"` + doc + `"`, `"events":[{`}},
		{"document missing", "GET", "/api/documents/0000000000000000", "", "", 404, jsonType, []string{`"code":"not_found"`}},
		{"search", "GET", "/api/search?q=Istanbul", "", "", 200, jsonType, []string{`"facets"`, `"matches":[[`}},
		{"search facet filter", "GET", "/api/search?q=talks&outlet=Danube%20Wire", "", "", 200, jsonType, []string{`"total":1`}},
		{"search empty", "GET", "/api/search?q=", "", "", 400, jsonType, []string{`"code":"invalid"`}},
		{"search only operators", "GET", "/api/search?q=AND+%28%29", "", "", 400, jsonType, []string{`"code":"invalid"`}},
		{"search unclosed quote", "GET", "/api/search?q=%22Istanbul", "", "", 200, jsonType, []string{`"total":3`}},
		{"entity", "GET", "/api/entities/volodymyr-zelensky", "", "", 200, jsonType, []string{`"name":"Volodymyr Zelensky"`, `"mentions":[{`}},
		{"entity missing", "GET", "/api/entities/nobody-at-all", "", "", 404, jsonType, []string{`"code":"not_found"`}},
		{"timeline", "GET", "/api/timeline?type=summit", "", "", 200, jsonType, []string{`"type":"summit"`, `"evidence"`}},
		{"timeline bad date", "GET", "/api/timeline?since=22-01", "", "", 400, jsonType, []string{`"code":"invalid"`}},
		{"figures", "GET", "/api/figures", "", "", 200, jsonType, []string{`"values":[{`, `"reported_by"`}},
		{"positions", "GET", "/api/positions", "", "", 200, jsonType, []string{`"parties":[`, `"cells":[`}},
		{"claims", "GET", "/api/claims?limit=5", "", "", 200, jsonType, []string{`"speaker"`, `"next_offset":5`}},
		{"upload without token", "POST", "/api/documents", `{"text":"Talks resumed."}`, "", 401, jsonType, []string{`"code":"unauthorized"`}},
		{"upload wrong token", "POST", "/api/documents", `{"text":"Talks resumed."}`, "Bearer nope", 401, jsonType, []string{`"code":"unauthorized"`}},
		{"upload", "POST", "/api/documents", `{"text":"Delegations met in Geneva on Sunday, officials said."}`, "Bearer " + testToken, 201, jsonType, []string{`"result":"inserted"`}},
		{"upload empty", "POST", "/api/documents", " ", "Bearer " + testToken, 400, jsonType, []string{`"code":"invalid"`}},
		{"api unknown", "GET", "/api/nothing", "", "", 404, jsonType, []string{`"code":"not_found"`}},
		{"api wrong method", "DELETE", "/api/documents/" + doc, "", "", 404, jsonType, []string{`"code":"not_found"`}},

		{"home", "GET", "/", "", "", 200, htmlType, []string{"<h1>Reports</h1>", "/documents/" + doc}},
		{"home page two", "GET", "/?offset=5&limit=5", "", "", 200, htmlType, []string{"Newer page"}},
		{"search page", "GET", "/search?q=Istanbul", "", "", 200, htmlType, []string{"<mark>Istanbul</mark>", "outlet"}},
		{"search page empty", "GET", "/search", "", "", 200, htmlType, []string{"for a phrase"}},
		{"search page bad", "GET", "/search?q=AND", "", "", 400, htmlType, []string{"empty search query"}},
		{"document page", "GET", "/documents/" + doc, "", "", 200, htmlType, []string{`class="hl k-event"`, `id="fact-v0"`, `tabindex="0"`}},
		{"document page missing", "GET", "/documents/nope", "", "", 404, htmlType, []string{"Not found"}},
		{"entity page", "GET", "/entities/volodymyr-zelensky", "", "", 200, htmlType, []string{"Volodymyr Zelensky", "Mentions over time", "<svg"}},
		{"timeline page", "GET", "/timeline", "", "", 200, htmlType, []string{`id="tl-chart"`, `class="evidence" href="/documents/`}},
		{"figures page", "GET", "/figures", "", "", 200, htmlType, []string{`class="hchart"`, "<table>"}},
		{"positions page", "GET", "/positions", "", "", 200, htmlType, []string{"<h1>Positions</h1>"}},
		{"claims page", "GET", "/claims", "", "", 200, htmlType, []string{"<h1>Claims</h1>", `class="evidence"`}},
		{"static js", "GET", "/static/app.js", "", "", 200, "text/javascript", []string{"use strict"}},
		{"static css", "GET", "/static/app.css", "", "", 200, "text/css", []string{"--entity"}},
		{"static dir", "GET", "/static/", "", "", 404, htmlType, nil},
		{"page unknown", "GET", "/nowhere", "", "", 404, htmlType, []string{"no page at /nowhere"}},
		{"hostile document", "GET", "/documents/" + hostileID, "", "", 200, htmlType, []string{"&lt;script&gt;"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, srv, tc.method, tc.target, tc.body, tc.auth)
			if res.Code != tc.status {
				t.Fatalf("status %d, want %d\n%.400s", res.Code, tc.status, res.Body)
			}
			if ct := res.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tc.ctype)
			}
			for _, w := range tc.want {
				if !strings.Contains(res.Body.String(), w) {
					t.Errorf("body lacks %q:\n%.600s", w, res.Body)
				}
			}
			for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
				if res.Header().Get(h) == "" {
					t.Errorf("no %s header", h)
				}
			}
		})
	}
}

// TestETag checks that a read answers 304 to the ETag it gave.
func TestETag(t *testing.T) {
	srv, _ := newTestServer(t)
	for _, target := range []string{"/api/documents", "/api/documents/" + firstDoc(t, srv), "/timeline", "/api/search?q=talks"} {
		t.Run(target, func(t *testing.T) {
			first := do(t, srv, "GET", target, "", "")
			etag := first.Header().Get("ETag")
			if first.Code != 200 || etag == "" {
				t.Fatalf("status %d, ETag %q", first.Code, etag)
			}
			req := do304(t, srv, target, etag)
			if req.Code != http.StatusNotModified || req.Body.Len() != 0 {
				t.Errorf("If-None-Match: status %d, %d bytes", req.Code, req.Body.Len())
			}
			if other := do304(t, srv, target, `"other"`); other.Code != 200 {
				t.Errorf("stale ETag: status %d", other.Code)
			}
		})
	}
}

// TestPagination walks every page of the document list and checks that
// each document comes exactly once.
func TestPagination(t *testing.T) {
	srv, _ := newTestServer(t)
	seen := map[string]int{}
	next := 0
	for pages := 0; pages < 20; pages++ {
		res := do(t, srv, "GET", "/api/documents?limit=4&offset="+itoa(next), "", "")
		var l list[docJSON]
		if err := json.Unmarshal(res.Body.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		for _, d := range l.Items {
			seen[d.ID]++
		}
		if l.NextOffset == nil {
			break
		}
		next = *l.NextOffset
	}
	if len(seen) != 13 { // 12 examples and the hostile article
		t.Errorf("saw %d documents, want 13", len(seen))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s listed %d times", id, n)
		}
	}
}

// TestUploadTooLarge checks the 413 answer with a JSON error.
func TestUploadTooLarge(t *testing.T) {
	srv, _ := newTestServer(t)
	small := New(Config{Store: srv.cfg.Store, Token: testToken, MaxUpload: 100, Logger: srv.log})
	res := do(t, small, "POST", "/api/documents", `{"text":"`+strings.Repeat("talks ", 50)+`"}`, "Bearer "+testToken)
	if res.Code != http.StatusRequestEntityTooLarge || !strings.Contains(res.Body.String(), `"code":"too_large"`) {
		t.Errorf("status %d: %s", res.Code, res.Body)
	}
}

func do304(t *testing.T, h http.Handler, target, etag string) *httptestRecorder {
	t.Helper()
	return doWith(t, h, target, map[string]string{"If-None-Match": etag})
}

// slowStore answers document lists only when the request gives up.
type slowStore struct{ truce.Store }

func (s slowStore) Documents(ctx context.Context, f truce.DocFilter) ([]truce.Document, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestTimeout checks that a request running past the limit gets 503 and a
// JSON error, and that the store call is cancelled.
func TestTimeout(t *testing.T) {
	srv, _ := newTestServer(t)
	slow := New(Config{Store: slowStore{srv.cfg.Store}, Timeout: 50 * time.Millisecond, Logger: srv.log})
	start := time.Now()
	res := do(t, slow, "GET", "/api/documents", "", "")
	if res.Code != http.StatusServiceUnavailable || !strings.Contains(res.Body.String(), `"code":"timeout"`) {
		t.Errorf("status %d: %s", res.Code, res.Body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestConcurrent reads every view while uploads change the store; run
// with -race it checks the shared index and sync state.
func TestConcurrent(t *testing.T) {
	srv, _ := newTestServer(t)
	targets := []string{"/api/entities/volodymyr-zelensky", "/api/search?q=talks&party=ukraine", "/api/timeline",
		"/api/claims", "/entities/russia", "/search?q=Istanbul", "/positions"}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				target := targets[(g+i)%len(targets)]
				if res := do(t, srv, "GET", target, "", ""); res.Code != http.StatusOK {
					t.Errorf("%s: %d", target, res.Code)
				}
			}
		}()
	}
	for i := range 3 {
		body := `{"text":"Delegations met in Geneva on Sunday for round ` + itoa(i) + ` of talks, officials said."}`
		if res := do(t, srv, "POST", "/api/documents", body, "Bearer "+testToken); res.Code != http.StatusCreated {
			t.Errorf("upload %d: %d %s", i, res.Code, res.Body)
		}
	}
	wg.Wait()
}
