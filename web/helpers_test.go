package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

type httptestRecorder = httptest.ResponseRecorder

// doWith sends a GET with extra headers.
func doWith(t *testing.T, h http.Handler, target string, headers map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", target, nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}
