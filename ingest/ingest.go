// Package ingest turns files of text, Markdown, HTML and JSON lines into
// truce.Documents: the charset decoded to UTF-8, the article text cleaned of
// page furniture, and title, date, outlet and language filled in where the
// input tells them.
package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/RadhiFadlillah/whatlanggo"

	"github.com/truce-project/truce"
)

// DefaultMaxSize is the largest input file read unless configured otherwise.
const DefaultMaxSize = 20 << 20

// Item is one document read from an input, or the reason it could not be.
type Item struct {
	Source string // path, path#id for JSON lines, or stdin:ID
	Doc    *truce.Document
	Err    error
	facts  *truce.Facts
}

// Format names an input format.
type Format string

// The input formats.
const (
	Text  Format = "text"
	HTML  Format = "html"
	JSONL Format = "jsonl"
)

// FormatOf picks the format from the file name, or for unknown extensions
// and stdin from the first non-space byte of the content.
func FormatOf(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".json", ".jsonl", ".ndjson":
		return JSONL
	case ".txt", ".md", ".markdown", ".text":
		return Text
	}
	trimmed := strings.TrimLeft(string(data[:min(len(data), 512)]), " \t\r\n\ufeff")
	switch {
	case strings.HasPrefix(trimmed, "<"):
		return HTML
	case strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "["):
		return JSONL
	}
	return Text
}

// Parse reads the documents in data, which came from source. A JSON lines
// file gives one item per line, each with its own error; other formats one.
func Parse(source string, data []byte) []Item {
	switch FormatOf(source, data) {
	case HTML:
		return []Item{one(source, parseHTML, data)}
	case JSONL:
		return parseJSON(source, data)
	}
	return []Item{one(source, parseText, data)}
}

func one(source string, parse func([]byte) (*truce.Document, error), data []byte) Item {
	doc, err := parse(data)
	if err != nil {
		return Item{Source: source, Err: err}
	}
	doc.Source = source
	return Item{Source: source, Doc: doc}
}

// finish fills the fields every format derives the same way.
func finish(doc *truce.Document) (*truce.Document, error) {
	doc.Text = strings.TrimSpace(doc.Text)
	if doc.Text == "" {
		return nil, fmt.Errorf("no article text")
	}
	doc.ID = ID(doc.Text)
	if doc.Language == "" {
		doc.Language = Language(doc.Text)
	}
	return doc, nil
}

// ID is the stable document id: the first 16 hex digits of sha256(text).
func ID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// Language detects the ISO 639-1 code of text, "" when unsure.
func Language(text string) string {
	sample := text[:min(len(text), 4096)]
	info := whatlanggo.Detect(sample)
	if !info.IsReliable() && info.Confidence < 0.3 {
		return ""
	}
	return info.Lang.Iso6391()
}
