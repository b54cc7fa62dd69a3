package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// wireDoc is one input document of a .json or .jsonl file.
type wireDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	Language  string `json:"language"`
}

// parseJSON reads a JSON lines file (one object a line), or a .json file
// holding one object or an array of them. Every object is its own item, so a
// broken line is reported and the others are still read. Texts are kept
// exactly as given.
func parseJSON(source string, data []byte) []Item {
	if enc, n := bom(data); enc != nil {
		text, err := transform(enc, data[n:])
		if err != nil {
			return []Item{{Source: source, Err: err}}
		}
		data = []byte(text)
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return []Item{{Source: source, Err: fmt.Errorf("empty file")}}
	}
	if trimmed[0] == '[' {
		var docs []json.RawMessage
		if err := json.Unmarshal(trimmed, &docs); err != nil {
			return []Item{{Source: source, Err: fmt.Errorf("JSON array: %w", err)}}
		}
		items := make([]Item, len(docs))
		for i, raw := range docs {
			items[i] = jsonItem(source, "item "+strconv.Itoa(i+1), raw)
		}
		return items
	}
	if json.Valid(trimmed) { // one object, perhaps pretty-printed
		return []Item{jsonItem(source, "line 1", trimmed)}
	}
	var items []Item
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		items = append(items, jsonItem(source, "line "+strconv.Itoa(n), line))
	}
	return items
}

func jsonItem(source, where string, raw []byte) Item {
	var w wireDoc
	fail := func(err error) Item {
		return Item{Source: source + "#" + strings.ReplaceAll(where, " ", ""), Err: fmt.Errorf("%s: %w", where, err)}
	}
	if !utf8.Valid(raw) {
		return fail(fmt.Errorf("invalid UTF-8"))
	}
	if err := json.Unmarshal(raw, &w); err != nil {
		return fail(fmt.Errorf("bad JSON: %w", err))
	}
	if strings.TrimSpace(w.Text) == "" {
		return fail(fmt.Errorf(`no "text"`))
	}
	if strings.IndexByte(w.Text, 0) >= 0 {
		return fail(fmt.Errorf("text holds NUL characters"))
	}
	doc := &truce.Document{
		Text: w.Text, Title: w.Title, URL: w.URL, Outlet: w.Outlet, Author: w.Author,
		Language: w.Language, ID: ID(w.Text),
	}
	if w.Published != "" {
		doc.Published = normaliseDate(w.Published)
		if doc.Published == "" {
			return fail(fmt.Errorf("published %q is not a date (want YYYY-MM-DD)", w.Published))
		}
	}
	if doc.Language == "" {
		doc.Language = Language(doc.Text)
	}
	key := w.ID
	if key == "" {
		key = doc.ID
	}
	doc.Source = source + "#" + key
	return Item{Source: doc.Source, Doc: doc}
}

// normaliseDate accepts YYYY-MM-DD optionally followed by a time (RFC 3339).
func normaliseDate(s string) string {
	if len(s) >= 10 && validDate(s[:10]) {
		return s[:10]
	}
	return ""
}
