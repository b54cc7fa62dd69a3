package web

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cdpage "github.com/chromedp/cdproto/page"
	cdruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium with the flags the issue names and a
// fresh profile, and returns a context for one tab and a flag set when any
// JavaScript dialog opens.
func browser(t *testing.T) (context.Context, *atomic.Bool, *atomic.Value) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing: the browser tests need it (.ci/chromium.sh installs it)", chromiumPath)
		}
		t.Skipf("%s is missing; install Debian's chromium to run the browser tests", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser on a context without a deadline
		t.Fatalf("start chromium: %v", err)
	}
	dialog := &atomic.Bool{}
	exception := &atomic.Value{} // the text of the last uncaught JS exception
	dialogs := make(chan struct{}, 8)
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*cdruntime.EventExceptionThrown); ok {
			exception.Store(e.ExceptionDetails.Text)
		}
		if _, ok := ev.(*cdpage.EventJavascriptDialogOpening); ok {
			dialog.Store(true)
			select {
			case dialogs <- struct{}{}:
			default:
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	go func() { // dismiss dialogs so that a failing page cannot hang the test
		for range dialogs {
			chromedp.Call(ctx, cdpage.HandleJavaScriptDialog, cdpage.HandleJavaScriptDialogParams{})
		}
	}()
	return ctx, dialog, exception
}

// artifacts is where screenshots go: $TRUCE_ARTIFACTS or a temp dir.
func artifacts(t *testing.T) string {
	dir := os.Getenv("TRUCE_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// steps runs actions with a deadline, failing the test on error.
func steps(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// value runs one action that returns a value.
func value[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// run runs one action, trying it again when a navigation replaced the
// page's JavaScript context while it ran (Chromium then reports "Cannot find
// context"): reading the new page is what the test means.
func run[T any](ctx context.Context, a chromedp.Action[T]) (T, error) {
	var v T
	var err error
	for range 5 {
		tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		v, err = chromedp.Run(tctx, a)
		cancel()
		if err == nil || !navigated(err) {
			return v, err
		}
		time.Sleep(200 * time.Millisecond)
	}
	return v, err
}

func navigated(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "Cannot find context") || strings.Contains(msg, "Execution context was destroyed") ||
		strings.Contains(msg, "Inspected target navigated")
}

func screenshot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	buf := value(t, ctx, chromedp.FullScreenshot(100))
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", path)
}

// open navigates to url and waits until app.js has set up that page.
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	steps(t, ctx, chromedp.Navigate(url))
	value(t, ctx, chromedp.Poll[bool](`document.readyState === "complete" && document.documentElement.dataset.ready === "1" && location.href === `+strconv.Quote(url),
		chromedp.WithPollingTimeout(10*time.Second)))
}

func js(t *testing.T, ctx context.Context, expr string) bool {
	t.Helper()
	return value(t, ctx, chromedp.Evaluate[bool](expr))
}

// TestBrowser drives the pages in real headless Chromium over the examples
// and the hostile article.
func TestBrowser(t *testing.T) {
	ctx, dialog, exception := browser(t)
	srv, hostileID := newTestServer(t)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	dir := artifacts(t)
	doc := firstDoc(t, srv)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	t.Run("search", func(t *testing.T) {
		open(t, ctx, ts.URL+"/search?q=Istanbul")
		if !js(t, ctx, `document.querySelectorAll("ol.hits li mark").length > 0`) {
			t.Error("no highlighted hits shown")
		}
		screenshot(t, ctx, dir, "search")
	})
	t.Run("document panel by click and keyboard", func(t *testing.T) {
		open(t, ctx, ts.URL+"/documents/"+doc)
		// The innermost highlight under the pointer opens first.
		leaf := value(t, ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#text mark.hl[id]")).find(m => !m.querySelector("mark")).dataset.fact`))
		steps(t, ctx, chromedp.Click(css("#hl-"+leaf)))
		if !js(t, ctx, `!document.getElementById("fact-`+leaf+`").hidden`) {
			t.Errorf("clicking highlight %s did not open its fact", leaf)
		}
		steps(t, ctx, chromedp.Focus(css("#hl-e0")), chromedp.KeyEvent(kb.Enter))
		if !js(t, ctx, `!document.getElementById("fact-e0").hidden && document.getElementById("fact-v0").hidden`) {
			t.Errorf("Enter on a focused highlight did not open its fact: %s", value(t, ctx, chromedp.Evaluate[string](`document.activeElement.id + " " + Array.from(document.querySelectorAll(".fact:not([hidden])")).map(f => f.id).join(",")`)))
		}
		screenshot(t, ctx, dir, "document")
	})
	t.Run("legend toggles a kind", func(t *testing.T) {
		open(t, ctx, ts.URL+"/documents/"+doc)
		steps(t, ctx, chromedp.Click(css(`.legend input[value="entity"]`)))
		if !js(t, ctx, `document.getElementById("text").classList.contains("off-entity")`) {
			t.Error("unticking entities left them highlighted")
		}
	})
	t.Run("timeline event to its evidence", func(t *testing.T) {
		open(t, ctx, ts.URL+"/timeline")
		screenshot(t, ctx, dir, "timeline")
		steps(t, ctx, chromedp.Click(css("ol.events a.evidence")), chromedp.WaitVisible(css("#hl-ev")))
		url := value(t, ctx, chromedp.Location())
		if !strings.Contains(url, "/documents/") || !strings.Contains(url, "hl=") {
			t.Errorf("the evidence link went to %s", url)
		}
		opened := `document.documentElement.dataset.ready === "1" && !document.getElementById("fact-ev").hidden && document.activeElement.id === "hl-ev"`
		if _, err := run(ctx, chromedp.Poll[bool](opened, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
			t.Errorf("the cited bytes are not highlighted and focused with their panel open: %v", err)
		}
		screenshot(t, ctx, dir, "evidence")
	})
	t.Run("timeline zoom", func(t *testing.T) {
		open(t, ctx, ts.URL+"/timeline")
		steps(t, ctx, chromedp.Click(css(`[data-zoom="in"]`)))
		zoomed := `!document.getElementById("tl-chart").getAttribute("viewBox").startsWith("0 0 1000")`
		if _, err := run(ctx, chromedp.Poll[bool](zoomed, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
			box := value(t, ctx, chromedp.AttributeValue(css("#tl-chart"), "viewBox"))
			t.Errorf("zoom left the viewBox at %q: %v", box.Value, err)
		}
	})
	t.Run("positions", func(t *testing.T) {
		open(t, ctx, ts.URL+"/positions")
		if !js(t, ctx, `document.querySelectorAll("table.matrix a.cell").length > 0`) {
			t.Fatal("no cells in the positions matrix")
		}
		steps(t, ctx, chromedp.Click(css("table.matrix a.cell")), chromedp.WaitVisible(css("#history")))
		screenshot(t, ctx, dir, "positions")
	})
	t.Run("other pages", func(t *testing.T) {
		for _, p := range []string{"figures", "claims", "stories?all=true", "entities/volodymyr-zelensky", ""} {
			open(t, ctx, ts.URL+"/"+p)
			if !js(t, ctx, `document.querySelector("main h1") !== null`) {
				t.Errorf("/%s has no heading", p)
			}
			screenshot(t, ctx, dir, "page-"+strings.NewReplacer("/", "-", "?", "-", "=", "-").Replace(p))
		}
	})
	t.Run("phone", func(t *testing.T) {
		steps(t, ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
		open(t, ctx, ts.URL+"/documents/"+doc+"?phone=1")
		overflow := js(t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`)
		steps(t, ctx, chromedp.Click(css("#hl-e0")))
		if !js(t, ctx, `(function(){ var r = document.getElementById("fact-e0").getBoundingClientRect(); return r.height > 0 && r.bottom <= window.innerHeight + 1 })()`) {
			t.Error("a tapped fact is not shown inside the phone's screen")
		}
		screenshot(t, ctx, dir, "document-phone")
		steps(t, ctx, chromedp.ResetViewport())
		if overflow {
			t.Error("the document page scrolls sideways on a phone")
		}
	})
	t.Run("hostile article executes nothing", func(t *testing.T) {
		for _, p := range []string{"/documents/" + hostileID, "/", "/search?q=Geneva", "/claims", "/stories?all=true"} {
			open(t, ctx, ts.URL+p)
			steps(t, ctx, chromedp.Sleep(200*time.Millisecond))
			if js(t, ctx, `window.__pwned !== undefined || document.title === "pwned"`) {
				t.Errorf("%s: the payload ran", p)
			}
		}
		open(t, ctx, ts.URL+"/documents/"+hostileID)
		if !js(t, ctx, `document.getElementById("text").innerText.indexOf("<script>window.__pwned=3") >= 0`) {
			t.Error("the payload is not shown as text")
		}
		screenshot(t, ctx, dir, "hostile")
		if dialog.Load() {
			t.Error("a JavaScript dialog opened")
		}
		if e := exception.Load(); e != nil {
			t.Errorf("uncaught JavaScript exception: %v", e)
		}
	})
}
