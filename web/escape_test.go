package web

import (
	"net/url"
	"strings"
	"testing"
)

// TestEscaping loads every page that shows the hostile article's title or
// text and checks that none of its markup reaches the page unescaped.
func TestEscaping(t *testing.T) {
	srv, id := newTestServer(t)
	pages := []string{
		"/documents/" + id,
		"/documents/" + id + "?hl=0-40",
		"/",
		"/?outlet=" + url.QueryEscape("<b>Evil</b> Wire"),
		"/search?q=Geneva",
		"/search?q=" + url.QueryEscape(`"><script>alert(1)</script>`),
		"/claims",
		"/timeline",
		"/figures",
		"/positions",
		"/stories?all=true",
		"/entities/volodymyr-zelensky",
		"/nowhere/<script>alert(1)</script>",
	}
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			body := do(t, srv, "GET", p, "", "").Body.String()
			if n := strings.Count(body, "<script"); n != 1 {
				t.Errorf("%d <script elements, want only the app's own", n)
			}
			for _, bad := range []string{"<img", "<svg onload", "<b>Evil", "onerror=\""} {
				if strings.Contains(body, bad) {
					t.Errorf("page contains %q unescaped", bad)
				}
			}
		})
	}
	t.Run("document shows the payload as text", func(t *testing.T) {
		body := do(t, srv, "GET", "/documents/"+id, "", "").Body.String()
		for _, want := range []string{"&lt;script&gt;window.__pwned=3", "&lt;img src=x onerror=", "&lt;b&gt;Evil&lt;/b&gt; Wire"} {
			if !strings.Contains(body, want) {
				t.Errorf("escaped payload %q missing", want)
			}
		}
	})
	t.Run("api escapes markup in JSON", func(t *testing.T) {
		body := do(t, srv, "GET", "/api/documents/"+id, "", "").Body.String()
		if strings.Contains(body, "<script") || !strings.Contains(body, `\u003cscript\u003e`) {
			t.Errorf("JSON body: %.300s", body)
		}
	})
}
