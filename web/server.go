// Package web serves truce to analysts: a JSON API and HTML pages over a
// truce.Store, every fact shown next to the bytes of the article it came
// from. Templates, CSS and JS are embedded; nothing is fetched from the
// network.
package web

import (
	"context"
	"crypto/subtle"
	"embed"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/kb"
)

//go:embed templates static openapi.json
var assets embed.FS

// Config is what a Server needs. Store is required; the rest have defaults.
type Config struct {
	Store     truce.Store
	Extractor ingest.Extractor  // runs on uploads; nil stores documents without facts
	KB        *kb.KB            // names and roles on entity pages; optional
	Token     string            // bearer token for writes; "" refuses every write
	Analyzer  *analyze.Analyzer // derives analysis rows for documents stored without; analyze.Default if nil
	Logger    *slog.Logger
	MaxUpload int64         // largest request body accepted; 10 MiB if 0
	Timeout   time.Duration // longest a request may run; 30s if 0
}

// Server is the HTTP handler for the API and the pages.
type Server struct {
	cfg     Config
	log     *slog.Logger
	mux     *http.ServeMux
	handler http.Handler
	pages   *pageSet
	static  fs.FS

	mu       sync.Mutex // guards the fact index fields below
	facts    *factIndex
	stale    bool          // an upload changed the store since facts was built
	building chan struct{} // closed when the running build ends; nil if none
	indexErr error         // of the last build

	syncMu sync.Mutex // guards synced; one analysis sync at a time
	synced time.Time

	statsMu  sync.Mutex // guards the cached statistics
	statsVal *truce.Stats
	statsAt  time.Time
}

// route is one registered pattern; the OpenAPI test walks the same table.
type route struct {
	method, path string
	api          bool // part of the JSON API (documented in openapi.json)
	h            http.HandlerFunc
}

// New returns a Server for cfg.
func New(cfg Config) *Server {
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = 10 << 20
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, log: cfg.Logger, mux: http.NewServeMux(), pages: mustParsePages()}
	s.static, _ = fs.Sub(assets, "static")
	for _, r := range s.routes() {
		s.mux.HandleFunc(strings.TrimSpace(r.method+" "+r.path), r.h)
	}
	s.handler = s.secure(s.recoverer(http.TimeoutHandler(s.mux, cfg.Timeout, timeoutBody)))
	return s
}

const timeoutBody = `{"error":{"code":"timeout","message":"the request took too long"}}`

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// NewHTTPServer wraps h in an http.Server with timeouts that bound slow
// clients as well as slow handlers.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      90 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

func (s *Server) routes() []route {
	return []route{
		{"GET", "/healthz", true, s.healthz},
		{"GET", "/api/openapi.json", true, s.openAPI},
		{"GET", "/api/stats", true, s.apiStats},
		{"GET", "/api/documents", true, s.apiDocuments},
		{"POST", "/api/documents", true, s.auth(s.apiUpload)},
		{"GET", "/api/documents/{id}", true, s.apiDocument},
		{"GET", "/api/search", true, s.apiSearch},
		{"GET", "/api/entities/{id}", true, s.apiEntity},
		{"GET", "/api/timeline", true, apiList(s, analyze.Timeline, nil)},
		{"GET", "/api/figures", true, apiList(s, analyze.Figures, contestedOnly)},
		{"GET", "/api/positions", true, s.apiPositions},
		{"GET", "/api/claims", true, apiList(s, analyze.Claims, nil)},
		{"GET", "/api/stories", true, apiList(s, analyze.Stories, multiReport)},

		{"GET", "/{$}", false, s.pageIndex},
		{"GET", "/search", false, s.pageSearch},
		{"GET", "/documents/{id}", false, s.pageDocument},
		{"GET", "/entities/{id}", false, s.pageEntity},
		{"GET", "/timeline", false, s.pageTimeline},
		{"GET", "/figures", false, s.pageFigures},
		{"GET", "/positions", false, s.pagePositions},
		{"GET", "/claims", false, s.pageClaims},
		{"GET", "/stories", false, s.pageStories},
		{"GET", "/static/{file...}", false, s.staticFile},
		{"", "/api/", false, s.apiNotFound},
		{"", "/", false, s.pageNotFound},
	}
}

// secure sets the headers that keep untrusted article text inert: no
// inline script may run, nothing loads from elsewhere.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// recoverer turns a panic in a handler into a logged 500.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("http: panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				writeError(w, r, s.log, truce.Errorf(truce.EINTERNAL, "internal error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// auth admits a request only with the configured bearer token.
func (s *Server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || s.cfg.Token == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="truce"`)
			writeError(w, r, s.log, truce.Errorf(EUNAUTHORIZED, "a valid bearer token is required"))
			return
		}
		next(w, r)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	// A primary-key probe: answers as fast as the store can, on any size.
	if _, err := s.cfg.Store.Record(ctx, "healthz-probe"); truce.ErrorCode(err) != truce.ENOTFOUND {
		if err == nil {
			err = truce.Errorf(truce.EINTERNAL, "store answered a probe for a document it cannot hold")
		}
		writeError(w, r, s.log, err)
		return
	}
	writeJSON(w, r, map[string]string{"status": "ok"})
}

func (s *Server) staticFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	if name == "" || strings.HasSuffix(name, "/") {
		s.pageNotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeFileFS(w, r, s.static, r.PathValue("file"))
}
