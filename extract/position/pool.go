package position

import (
	"sort"
	"sync"

	"github.com/truce-project/truce/extract/event/clause"
)

// bufs keeps the per-sentence buffers of finished documents for the next
// one: grown anew for every document they were most of this stage's
// garbage.
var bufs = sync.Pool{New: func() any { return new(buffers) }}

type buffers struct {
	toks    []clause.Token
	clauses []clause.Clause
	hits    []hit
	trail   []int
}

func (x *extractor) takeBuffers() *buffers {
	b := bufs.Get().(*buffers)
	x.toks, x.clauses, x.hits, x.trail = b.toks[:0], b.clauses[:0], b.hits[:0], b.trail[:0]
	return b
}

// putBuffers hands the buffers back, cleared so that no text stays
// reachable from the pool. Every sentence fills toks from the start and no
// token is zero, so the ones written lie before the first zero one: only
// those are cleared, not the whole capacity, which one long sentence can
// make large for every document after it.
func (x *extractor) putBuffers(b *buffers) {
	toks := x.toks[:cap(x.toks)]
	clear(toks[:sort.Search(len(toks), func(i int) bool { return toks[i].Lower == "" })])
	clear(x.clauses[:cap(x.clauses)])
	b.toks, b.clauses, b.hits, b.trail = x.toks[:0], x.clauses[:0], x.hits[:0], x.trail[:0]
	x.toks, x.clauses, x.hits, x.trail = nil, nil, nil, nil
	bufs.Put(b)
}
