// Package truce holds the domain of truce: documents about peace negotiations,
// the facts extracted from them with their byte-offset evidence, and the Store
// interface every storage backend implements. Nothing here does I/O.
package truce

import (
	"context"
	"time"
)

// Span is a half-open byte range [Start, End) into a document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether s lies within a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Document is one cleaned news report. Text is what every span points into.
type Document struct {
	ID        string // first 16 hex digits of sha256(Text)
	Source    string // file path or URL it came from
	Title     string
	Published string // YYYY-MM-DD or ""
	Outlet    string
	Author    string
	URL       string
	Language  string // ISO 639-1 or ""
	Text      string
	Ingested  time.Time
}

// Entity is an actor, organisation or place mentioned in a document.
type Entity struct {
	KBID     string `json:"id"`   // knowledge-base id, or "" for names the KB lacks
	Name     string `json:"name"` // canonical name
	Type     string `json:"type"` // person|organization|place|other
	Wikidata string `json:"wikidata"`
	Mentions []Span `json:"mentions"`
}

// Entity types.
const (
	Person       = "person"
	Organization = "organization"
	Place        = "place"
	Other        = "other"
)

// Timex is a normalised time expression (TIMEX3-style value).
type Timex struct {
	Span
	Type  string `json:"type"`  // date|time|duration|set
	Value string `json:"value"` // 2023-12-02, 2024-01, 2023-W48, P1W, PRESENT_REF, …
}

// Figure is a number the text reports, with what it counts and who said so.
type Figure struct {
	Span
	Value       float64  `json:"value"`
	Low         *float64 `json:"low"`
	High        *float64 `json:"high"`
	Approx      bool     `json:"approx"`
	Unit        string   `json:"unit"`
	Measure     string   `json:"measure"`
	Subject     string   `json:"subject"`
	PeriodStart string   `json:"period_start"`
	AsOf        string   `json:"as_of"`
	ReportedBy  string   `json:"reported_by"`
	Via         []string `json:"via"`
}

// Attribution is a reported statement: who said what, through whom.
type Attribution struct {
	Span                 // the whole statement: speaker, cue and content
	Speaker     string   `json:"speaker"` // canonical name or description ("US officials")
	SpeakerID   string   `json:"speaker_id"`
	Anonymous   bool     `json:"anonymous"`
	Cue         string   `json:"cue"`
	Via         []string `json:"via"` // intermediaries, nearest to the reader first
	Direct      bool     `json:"direct"`
	Hedged      bool     `json:"hedged"`
	SpeakerSpan *Span    `json:"speaker_span"` // nil when the speaker is only implied
	CueSpan     *Span    `json:"cue_span"`
	Content     Span     `json:"content"`
}

// Event is something that happened, or is said to be planned, in the process.
type Event struct {
	Span
	Type         string   `json:"type"` // talks|meeting|summit|proposal|ceasefire|prisoner_exchange|agreement|statement|cancellation|vote|other
	Participants []string `json:"participants"`
	Place        string   `json:"place"`
	Date         string   `json:"date"`   // YYYY-MM-DD, YYYY-MM or ""
	Status       string   `json:"status"` // held|planned|cancelled|proposed|reported
}

// Position is a party's stance on an issue of the negotiation.
type Position struct {
	Span
	Party   string `json:"party"`
	Issue   string `json:"issue"`
	Stance  string `json:"stance"` // demand|offer|accept|reject|consider
	Summary string `json:"summary"`
}

// Facts is everything extracted from one document.
type Facts struct {
	Entities     []Entity      `json:"entities"`
	Timexes      []Timex       `json:"timexes"`
	Figures      []Figure      `json:"figures"`
	Attributions []Attribution `json:"attributions"`
	Events       []Event       `json:"events"`
	Positions    []Position    `json:"positions"`
}

// Record is a document together with its facts: one line of the export.
type Record struct {
	Document
	Facts
}

// Store keeps documents and their facts. Every backend passes storetest.
type Store interface {
	// Put stores rec atomically: the document and all its facts, or nothing.
	// A document whose ID is already stored is left alone and reported
	// Unchanged. A document from the same Source with a different ID
	// replaces the old one (Replaced).
	Put(ctx context.Context, rec *Record) (PutResult, error)
	// Record returns a document with its facts; ENOTFOUND if absent.
	Record(ctx context.Context, id string) (*Record, error)
	// Documents lists documents (without facts) matching f, in stable order.
	Documents(ctx context.Context, f DocFilter) ([]Document, error)
	// Search runs a full-text query and returns ranked hits.
	Search(ctx context.Context, q SearchQuery) ([]Hit, error)
	// Records calls fn for every record in ID order (for export and analysis).
	Records(ctx context.Context, fn func(*Record) error) error
	// Stats summarises the store.
	Stats(ctx context.Context) (*Stats, error)
	Close() error
}

// PutResult says what Put did.
type PutResult int

// The outcomes of Put.
const (
	Inserted PutResult = iota + 1
	Unchanged
	Replaced
)

func (r PutResult) String() string {
	switch r {
	case Inserted:
		return "inserted"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return "unknown"
}

// DocFilter selects documents. Zero values mean no restriction.
type DocFilter struct {
	Since, Until string // YYYY-MM-DD, inclusive, on Published
	Outlet       string
	Limit        int
	Offset       int
}

// SearchQuery is a full-text query: phrases in quotes, prefix*, AND/OR/NOT.
type SearchQuery struct {
	Query  string
	Limit  int
	Offset int
}

// Hit is one search result, its snippet marked with Mark/EndMark.
type Hit struct {
	Document Document
	Snippet  string
	Rank     float64
}

// Snippet markers around matched terms in Hit.Snippet.
const (
	Mark    = "\x02"
	EndMark = "\x03"
)

// Stats counts what a store holds.
type Stats struct {
	Documents int            `json:"documents"`
	Facts     map[string]int `json:"facts"` // per fact kind
	FirstDate string         `json:"first_published"`
	LastDate  string         `json:"last_published"`
	Outlets   map[string]int `json:"outlets"`
	Languages map[string]int `json:"languages"`
}

// Issue is one subject of negotiation (territory, nato_neutrality, …) with
// the words that signal it. The vocabulary lives in the knowledge base.
type Issue struct {
	ID    string   `json:"id" yaml:"id"`
	Label string   `json:"label" yaml:"label"`
	Terms []string `json:"terms" yaml:"terms"`
}
