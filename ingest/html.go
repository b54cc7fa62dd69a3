package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/truce-project/truce"
)

// minArticle is the article length below which trafilatura's result is
// deemed a failure and the paragraph fallback is tried.
const minArticle = 200

// minText is the least text an HTML page must yield to be a document; less
// is a truncated or empty page.
const minText = 20

// parseHTML extracts the article and its metadata from a web page.
func parseHTML(data []byte) (*truce.Document, error) {
	s, err := decode(data, true)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	doc := &truce.Document{}
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		// Only dates the page states in its metadata or markup: the
		// opportunistic text search takes a copyright year for a date.
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true},
	})
	if err == nil && res != nil {
		if res.ContentNode != nil {
			doc.Text = paragraphs(res.ContentNode)
		}
		if strings.TrimSpace(doc.Text) == "" {
			doc.Text = res.ContentText
		}
		m := res.Metadata
		doc.Title, doc.Author, doc.URL = m.Title, m.Author, m.URL
		doc.Outlet, doc.Published, doc.Language = m.Sitename, dateOf(m.Date), m.Language
	}
	if len(strings.TrimSpace(doc.Text)) < minArticle {
		if text := paragraphs(root); len(text) > len(strings.TrimSpace(doc.Text)) {
			doc.Text = text
		}
	}
	if doc.Title == "" {
		doc.Title = titleOf(root)
	}
	if len(doc.Language) != 2 {
		doc.Language = ""
	}
	doc.Text = removeBoilerplate(strings.ReplaceAll(doc.Text, "\r\n", "\n"))
	if n := len(strings.TrimSpace(doc.Text)); n < minText {
		return nil, fmt.Errorf("no article text found in HTML (%d characters of text)", n)
	}
	return finish(doc)
}

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Button: true, atom.Select: true,
}

// blocks are the elements whose text becomes one paragraph of the fallback.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.Li: true,
	atom.Blockquote: true, atom.Pre: true, atom.Td: true,
}

// paragraphs is the fallback extractor: the text of every block element
// outside navigation, scripts and forms, one paragraph each.
func paragraphs(root *html.Node) string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && skipped[n.DataAtom] {
			return
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			if t := strings.Join(strings.Fields(textOf(n)), " "); t != "" {
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return strings.Join(out, "\n\n")
}

func textOf(n *html.Node) string {
	var b bytes.Buffer
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func titleOf(root *html.Node) string {
	var title string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if title != "" {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Title || n.DataAtom == atom.H1) {
			title = strings.Join(strings.Fields(textOf(n)), " ")
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return title
}
