package web

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// factIndex holds what entity pages and search facets read across
// documents: mentions, statements, and the parties and issues of each
// document's positions. It is built by one pass over the store and rebuilt
// when it is older than indexTTL or an upload changed the store.
type factIndex struct {
	built      time.Time
	took       time.Duration // how long the build took
	statements []statementRef
	by         map[string][]int        // entity id → indexes of its statements
	about      map[string][]int        // entity id → indexes of statements naming it
	mentions   map[string][]mentionRef // entity id → documents that name it
	parties    map[string][]string     // doc id → parties taking positions there
	issues     map[string][]string     // doc id → issues with positions there
}

// indexTTL is the least age at which an index is rebuilt; a big store's
// index lives ten times as long as it took to build, so rebuilding costs
// at most a tenth of one core.
const indexTTL = time.Minute

func (ix *factIndex) fresh() bool {
	return time.Since(ix.built) < max(indexTTL, 10*ix.took)
}

// docRef is the part of a document a fact row shows next to it.
type docRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}

// evidence is a fact's place in its document and the text it covers.
type evidence struct {
	Doc   docRef     `json:"document"`
	Fact  string     `json:"fact"` // anchor of the highlight on the document page
	Span  truce.Span `json:"span"`
	Quote string     `json:"quote"`
}

type statementRef struct {
	truce.Attribution
	Evidence evidence `json:"evidence"`
	About    []string `json:"about"` // entity ids named in the content
}

type mentionRef struct {
	Doc   docRef `json:"document"`
	Count int    `json:"count"`
	Name  string `json:"name"`
	Type  string `json:"type"`
}

// maxQuote bounds the evidence text an index row or panel shows.
const maxQuote = 320

// quote returns the text of sp in text, cut at maxQuote bytes on a rune
// boundary; a span outside the text gives "".
func quote(text string, sp truce.Span) string {
	if !sp.Valid(len(text)) {
		return ""
	}
	end := sp.End
	if end-sp.Start > maxQuote {
		end = sp.Start + maxQuote
		for end > sp.Start && !utf8.RuneStart(text[end]) {
			end--
		}
		return text[sp.Start:end] + "…"
	}
	return text[sp.Start:end]
}

// buildIndex reads every record in the store.
func buildIndex(ctx context.Context, store truce.Store) (*factIndex, error) {
	ix := &factIndex{built: time.Now(), mentions: map[string][]mentionRef{}, by: map[string][]int{}, about: map[string][]int{},
		parties: map[string][]string{}, issues: map[string][]string{}}
	err := store.Records(ctx, func(rec *truce.Record) error {
		ix.add(rec)
		return nil
	})
	if err != nil {
		return nil, err
	}
	ix.sort()
	ix.took = time.Since(ix.built)
	return ix, nil
}

func (ix *factIndex) add(rec *truce.Record) {
	d := docRef{rec.ID, rec.Title, rec.Published, rec.Outlet}
	ev := func(prefix string, i int, sp truce.Span) evidence {
		// A copy, so that the index does not keep every article's text alive.
		return evidence{Doc: d, Fact: factID(prefix, i), Span: sp, Quote: strings.Clone(quote(rec.Text, sp))}
	}
	for _, p := range rec.Positions {
		ix.parties[d.ID] = appendNew(ix.parties[d.ID], p.Party)
		ix.issues[d.ID] = appendNew(ix.issues[d.ID], p.Issue)
	}
	for i, a := range rec.Attributions {
		ix.statements = append(ix.statements, statementRef{a, ev("a", i, a.Span), about(rec.Entities, a.Content)})
	}
	for _, e := range rec.Entities {
		if e.KBID != "" && len(e.Mentions) > 0 {
			ix.mentions[e.KBID] = append(ix.mentions[e.KBID], mentionRef{d, len(e.Mentions), e.Name, e.Type})
		}
	}
}

// about lists the entities mentioned inside a statement's content.
func about(ents []truce.Entity, content truce.Span) []string {
	var ids []string
	for _, e := range ents {
		for _, m := range e.Mentions {
			if e.KBID != "" && m.Start >= content.Start && m.End <= content.End {
				ids = appendNew(ids, e.KBID)
				break
			}
		}
	}
	return ids
}

func appendNew(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// sort puts every list in a stable order: by date, then document, then
// position in the document.
func (ix *factIndex) sort() {
	sort.SliceStable(ix.statements, func(i, j int) bool {
		a, b := ix.statements[i], ix.statements[j]
		return less(a.Evidence.Doc.Published, b.Evidence.Doc.Published, a.Evidence, b.Evidence)
	})
	for i, st := range ix.statements {
		if st.SpeakerID != "" {
			ix.by[st.SpeakerID] = append(ix.by[st.SpeakerID], i)
		}
		for _, id := range st.About {
			if id != st.SpeakerID {
				ix.about[id] = append(ix.about[id], i)
			}
		}
	}
	for id, ms := range ix.mentions {
		sort.SliceStable(ms, func(i, j int) bool {
			return less(ms[i].Doc.Published, ms[j].Doc.Published, evidence{Doc: ms[i].Doc}, evidence{Doc: ms[j].Doc})
		})
		ix.mentions[id] = ms
	}
}

// less orders by date (undated last), then document id, then span start.
func less(da, db string, a, b evidence) bool {
	if da != db {
		if da == "" || db == "" {
			return db == ""
		}
		return da < db
	}
	if a.Doc.ID != b.Doc.ID {
		return a.Doc.ID < b.Doc.ID
	}
	return a.Span.Start < b.Span.Start
}

// index returns the fact index, building it first if there is none yet.
// An old or invalidated index is returned as it is while a new one is
// built in the background, so only the first request ever waits.
func (s *Server) index(ctx context.Context) (*factIndex, error) {
	s.mu.Lock()
	ix, wait := s.facts, s.refresh()
	s.mu.Unlock()
	if ix != nil {
		return ix, nil
	}
	select {
	case <-wait:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.facts == nil {
		return nil, s.indexErr
	}
	return s.facts, nil
}

// cachedIndex returns the index if one is built, else nil, and starts a
// build when needed; search facets use it so no search waits for a build.
func (s *Server) cachedIndex() *factIndex {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refresh()
	return s.facts
}

// refresh starts a build unless the index is fresh or one is running, and
// returns a channel closed when the running build ends (nil if none).
// s.mu must be held.
func (s *Server) refresh() <-chan struct{} {
	if s.building != nil {
		return s.building
	}
	if s.facts != nil && !s.stale && s.facts.fresh() {
		return nil
	}
	done := make(chan struct{})
	s.building = done
	go func() {
		ix, err := buildIndex(context.Background(), s.cfg.Store)
		if err != nil {
			s.log.Error("web: build fact index", "err", err)
		}
		s.mu.Lock()
		if err == nil {
			s.facts, s.stale = ix, false
		}
		s.indexErr, s.building = err, nil
		s.mu.Unlock()
		close(done)
	}()
	return done
}

// invalidate marks the index and the analysis sync out of date after an
// upload changed the store.
func (s *Server) invalidate() {
	s.mu.Lock()
	s.stale = true
	s.mu.Unlock()
	s.syncMu.Lock()
	s.synced = time.Time{}
	s.syncMu.Unlock()
}
