package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// decode turns raw bytes into UTF-8 text: a byte-order mark wins, then (for
// HTML) the declared charset, then valid UTF-8 as is, then a statistical
// guess among legacy charsets (windows-1251, KOI8-R, ISO-8859-x, …).
func decode(data []byte, isHTML bool) (string, error) {
	if enc, n := bom(data); enc != nil {
		return transform(enc, data[n:])
	}
	if isHTML {
		if enc := declared(data); enc != nil {
			return transform(enc, data)
		}
	}
	if utf8.Valid(data) {
		if bytes.IndexByte(data, 0) >= 0 {
			return "", fmt.Errorf("binary file (NUL bytes)")
		}
		return string(data), nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("binary file (NUL bytes and invalid UTF-8)")
	}
	if hasMultibyteUTF8(data) {
		return "", fmt.Errorf("invalid UTF-8 at byte %d in otherwise UTF-8 text", invalidAt(data))
	}
	return guess(data)
}

// metaCharset finds a charset declared in a <meta> tag (charset= or an
// http-equiv content type) near the top of a page.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// declared returns the encoding a page declares for itself, nil for UTF-8 or
// none. A declared UTF-8 page that is not valid UTF-8 falls through to the
// guess.
func declared(data []byte) encoding.Encoding {
	m := metaCharset.FindSubmatch(data[:min(len(data), 4096)])
	if m == nil {
		return nil
	}
	enc, name := charset.Lookup(string(m[1]))
	if enc == nil || name == "utf-8" {
		return nil
	}
	return enc
}

func bom(data []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

func transform(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decode charset: %w", err)
	}
	if !utf8.Valid(out) {
		return "", fmt.Errorf("decode charset: result is not valid UTF-8")
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return "", fmt.Errorf("binary file (NUL characters)")
	}
	return string(out), nil
}

// hasMultibyteUTF8 reports whether data holds at least one well-formed
// multi-byte UTF-8 sequence: then invalid bytes are damage, not a legacy
// charset.
func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && n > 1 {
			return true
		}
		i += n
	}
	return false
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// legacy are the single-byte charsets chardet may name and truce accepts.
var legacy = map[string]string{
	"windows-1251": "windows-1251", "KOI8-R": "koi8-r", "ISO-8859-5": "iso-8859-5",
	"windows-1252": "windows-1252", "ISO-8859-1": "windows-1252", "ISO-8859-2": "iso-8859-2",
	"ISO-8859-7": "iso-8859-7", "ISO-8859-9": "windows-1254", "windows-1250": "windows-1250",
	"windows-1253": "windows-1253", "windows-1254": "windows-1254", "IBM866": "ibm866",
}

func guess(data []byte) (string, error) {
	res, err := chardet.NewTextDetector().DetectBest(data)
	if err != nil {
		return "", fmt.Errorf("unknown charset: %w", err)
	}
	name, ok := legacy[res.Charset]
	if !ok {
		return "", fmt.Errorf("invalid UTF-8 and unsupported charset %q", res.Charset)
	}
	// chardet confuses Cyrillic code pages; prefer the one whose decoding
	// reads most like Russian or Ukrainian text.
	if strings.Contains("windows-1251 koi8-r iso-8859-5 ibm866", name) {
		name = bestCyrillic(data)
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return "", fmt.Errorf("charset %s: %w", name, err)
	}
	return transform(enc, data)
}

// bestCyrillic decodes data with each Cyrillic code page and keeps the one
// with the most lower-case Cyrillic letters among the common ones.
func bestCyrillic(data []byte) string {
	best, bestScore := "windows-1251", -1
	for _, name := range []string{"windows-1251", "koi8-r", "iso-8859-5", "ibm866"} {
		enc, _ := htmlindex.Get(name)
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		score := 0
		for _, r := range string(out) {
			if strings.ContainsRune("оеаинтсрвлкмдпуяыь", r) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = name, score
		}
	}
	return best
}
