package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/kb"
	"github.com/truce-project/truce/postgres"
	"github.com/truce-project/truce/web"
)

// runServe serves the web UI and JSON API over the store.
func runServe(ctx context.Context, a *app, args []string) error {
	fs := a.flags("serve", "")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on; keep 127.0.0.1 unless others must reach it")
	token := fs.String("token", a.getenv("TRUCE_TOKEN"), "bearer `token` for writes (env TRUCE_TOKEN; generated and stored beside the database if empty)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return a.serve(ctx, store, *addr, *token)
}

// serve runs the web server until ctx ends.
func (a *app) serve(ctx context.Context, store truce.Store, addr, token string) error {
	token, err := a.token(token)
	if err != nil {
		return err
	}
	k, err := kb.Default()
	if err != nil {
		return err
	}
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(a.stderr, nil))
	h := web.New(web.Config{Store: store, Extractor: ex, KB: k, Token: token, Logger: log})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return truce.Errorf(truce.EINVALID, "listen on %s: %v", addr, err)
	}
	srv := web.NewHTTPServer(addr, h)
	fmt.Fprintf(a.stdout, "serving the UI and API at http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// token returns the configured token, else the one stored beside the
// database, else a new one it stores there (mode 0600) and prints once.
func (a *app) token(configured string) (string, error) {
	if configured != "" {
		return configured, nil
	}
	path := tokenPath(a.db)
	if data, err := os.ReadFile(path); err == nil && len(strings.TrimSpace(string(data))) > 0 {
		fmt.Fprintf(a.stdout, "write token: in %s\n", path)
		return strings.TrimSpace(string(data)), nil
	}
	var b [24]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	tok := hex.EncodeToString(b[:])
	if err := os.WriteFile(path, []byte(tok+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("store token: %w", err)
	}
	fmt.Fprintf(a.stdout, "write token (shown once, kept in %s): %s\n", path, tok)
	return tok, nil
}

// tokenPath is <db>.token for a SQLite file; a PostgreSQL URL has no file,
// so its token lives in the working directory.
func tokenPath(db string) string {
	if postgres.IsURL(db) {
		return "truce-postgres.token"
	}
	return db + ".token"
}
