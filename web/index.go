package web

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// factIndex holds what entity pages and search facets read across
// documents: mentions, statements, and the parties and issues of each
// document's positions. It is built by one pass over the store and rebuilt
// when it is old or an upload changed the store. Rows are compact (a
// document is a number) because a big store has millions of them.
type factIndex struct {
	built      time.Time
	took       time.Duration // how long the build took
	docs       []docRef
	statements []statement
	by         map[string][]int32   // entity id → its statements, oldest first
	about      map[string][]int32   // entity id → statements naming it, oldest first
	mentions   map[string][]mention // entity id → documents naming it, oldest first
	names      map[string][2]string // entity id → name and type, as first seen
	parties    map[string][]string  // doc id → parties taking positions there
	issues     map[string][]string  // doc id → issues with positions there
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

// statement is one attribution as the index keeps it.
type statement struct {
	doc       int32
	attr      int32 // its index among the document's attributions
	span      truce.Span
	speaker   string
	speakerID string
	cue       string
	via       []string
	hedged    bool
	anonymous bool
	quote     string
}

// statementRef is a statement as answers show it.
type statementRef struct {
	Speaker   string   `json:"speaker"`
	SpeakerID string   `json:"speaker_id"`
	Anonymous bool     `json:"anonymous"`
	Cue       string   `json:"cue"`
	Via       []string `json:"via"`
	Hedged    bool     `json:"hedged"`
	Evidence  evidence `json:"evidence"`
}

func (ix *factIndex) statementRef(i int32) statementRef {
	st := &ix.statements[i]
	return statementRef{st.speaker, st.speakerID, st.anonymous, st.cue, nonNil(st.via), st.hedged,
		evidence{ix.docs[st.doc], factID("a", int(st.attr)), st.span, st.quote}}
}

type mention struct{ doc, count int32 }

// mentionRef is a document naming an entity, as answers show it.
type mentionRef struct {
	Doc   docRef `json:"document"`
	Count int    `json:"count"`
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
	ix := &factIndex{built: time.Now(), by: map[string][]int32{}, about: map[string][]int32{},
		mentions: map[string][]mention{}, names: map[string][2]string{},
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
	doc := int32(len(ix.docs))
	ix.docs = append(ix.docs, docRef{rec.ID, rec.Title, rec.Published, rec.Outlet})
	for _, p := range rec.Positions {
		ix.parties[rec.ID] = appendNew(ix.parties[rec.ID], p.Party)
		ix.issues[rec.ID] = appendNew(ix.issues[rec.ID], p.Issue)
	}
	for i, a := range rec.Attributions {
		// A copy of the quote, so that the index does not keep every text alive.
		ix.statements = append(ix.statements, statement{doc, int32(i), a.Span, a.Speaker, a.SpeakerID, a.Cue, a.Via,
			a.Hedged, a.Anonymous, strings.Clone(quote(rec.Text, a.Span))})
		n := int32(len(ix.statements) - 1)
		if a.SpeakerID != "" {
			ix.by[a.SpeakerID] = append(ix.by[a.SpeakerID], n)
		}
		for _, id := range about(rec.Entities, a.Content) {
			if id != a.SpeakerID {
				ix.about[id] = append(ix.about[id], n)
			}
		}
	}
	for _, e := range rec.Entities {
		if e.KBID == "" || len(e.Mentions) == 0 {
			continue
		}
		ix.mentions[e.KBID] = append(ix.mentions[e.KBID], mention{doc, int32(len(e.Mentions))})
		if _, ok := ix.names[e.KBID]; !ok {
			ix.names[e.KBID] = [2]string{e.Name, e.Type}
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

// sort orders every per-entity list by publication date (undated first,
// as they cannot be placed), then document id, then place in the text;
// the store's record order is by id, so this is stable.
func (ix *factIndex) sort() {
	docLess := func(a, b int32) int {
		da, db := &ix.docs[a], &ix.docs[b]
		if c := cmp.Compare(da.Published, db.Published); c != 0 {
			return c
		}
		return cmp.Compare(da.ID, db.ID)
	}
	byStatement := func(a, b int32) int {
		if c := docLess(ix.statements[a].doc, ix.statements[b].doc); c != 0 {
			return c
		}
		return cmp.Compare(ix.statements[a].span.Start, ix.statements[b].span.Start)
	}
	for _, m := range []map[string][]int32{ix.by, ix.about} {
		for _, list := range m {
			slices.SortFunc(list, byStatement)
		}
	}
	for _, ms := range ix.mentions {
		slices.SortFunc(ms, func(a, b mention) int { return docLess(a.doc, b.doc) })
	}
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

// invalidate marks the index, the analysis sync and the statistics out of
// date after an upload changed the store.
func (s *Server) invalidate() {
	s.mu.Lock()
	s.stale = true
	s.mu.Unlock()
	s.syncMu.Lock()
	s.synced = time.Time{}
	s.syncMu.Unlock()
	s.statsMu.Lock()
	s.statsVal = nil
	s.statsMu.Unlock()
}
