package truce

import "context"

// AnalysisRow is one key that package analyze derives from a stored
// document: a near-duplicate band, a claim, a figure group, a position cell,
// an event. Rows are plain indexed data so every backend can keep them; the
// views are queries over them, and adding a report adds only its own rows.
type AnalysisRow struct {
	DocID string // the document the row was derived from
	Kind  string // doc|band|claim|figure|position|event (analyze's vocabulary)
	Key   string // what rows are looked up and grouped by
	Seq   int    // position among the document's rows of this kind
	Date  string // the document's publication date, YYYY-MM-DD or ""
	Data  []byte // JSON owned by package analyze
}

// AnalysisQuery selects analysis rows. Zero values mean no restriction;
// Since and Until (inclusive, on Date) exclude undated rows, as DocFilter does.
type AnalysisQuery struct {
	Kind         string   // required
	Keys         []string // only rows with one of these keys
	Since, Until string
}

// AnalysisStore keeps the rows cross-report analysis is computed from. A
// backend implements it next to Store; storetest checks it.
type AnalysisStore interface {
	// PutAnalysis replaces every analysis row of the stored document docID
	// with rows, atomically; ENOTFOUND if the document is not stored.
	// Deleting or replacing a document deletes its rows.
	PutAnalysis(ctx context.Context, docID string, rows []AnalysisRow) error
	// AnalysisRows returns the rows q selects ordered by key, doc id, seq.
	AnalysisRows(ctx context.Context, q AnalysisQuery) ([]AnalysisRow, error)
	// Unanalysed returns up to limit (all when limit <= 0) ids, in id
	// order, of stored documents that have no analysis row of the given kind.
	Unanalysed(ctx context.Context, kind string, limit int) ([]string, error)
}
