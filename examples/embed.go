// Package examples ships truce's sample articles inside the binary, so that
// `truce demo` works anywhere. The articles are original text written for
// truce; gold/ holds their hand annotations.
package examples

import "embed"

// FS holds the example articles (and their gold annotations under gold/).
//
//go:embed *
var FS embed.FS
