package web

import (
	"context"
	"time"

	"github.com/truce-project/truce"
)

// statsTTL is how long store statistics are reused: counting a big store
// takes most of a second, and the home page shows them on every visit.
const statsTTL = 10 * time.Second

// stats returns the store's statistics, at most statsTTL old unless an
// upload changed the store since.
func (s *Server) stats(ctx context.Context) (*truce.Stats, error) {
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	if s.statsVal != nil && time.Since(s.statsAt) < statsTTL {
		return s.statsVal, nil
	}
	st, err := s.cfg.Store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	s.statsVal, s.statsAt = st, time.Now()
	return st, nil
}
