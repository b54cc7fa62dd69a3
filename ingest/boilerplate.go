package ingest

import (
	"strings"
)

// boilerplatePrefixes start lines that belong to the page, not the article.
// Matched case-insensitively on the trimmed line.
var boilerplatePrefixes = []string{
	"leave a comment", "leave a reply", "this site uses akismet", "related articles:",
	"related articles", "related:", "read more:", "read also:", "read also", "see also:",
	"share this article", "share on facebook", "share on twitter", "share this:", "share:",
	"subscribe to our", "subscribe now", "sign up for our", "sign up to our", "follow us on",
	"click here to", "advertisement", "all rights reserved", "copyright ©", "©",
	"you may also like", "recommended for you", "cookies help us", "we use cookies",
	"post navigation", "previous article", "next article", "tags:",
	"join our telegram", "join our newsletter", "support our journalism", "comments are closed",
	"your email address will not be published", "loading...", "print this article",
}

// boilerplateExact are whole lines that are page furniture.
var boilerplateExact = map[string]bool{
	"share": true, "tweet": true, "email": true, "print": true, "comments": true, "reply": true,
	"menu": true, "search": true, "home": true, "advertising": true,
}

// isBoilerplate reports whether a line is page furniture: a comment prompt, a
// share or subscribe link, a "Related Articles" teaser. Article sentences
// that merely contain such words are kept: the rule needs the line to start
// with the phrase and, for the generic ones, to be short.
func isBoilerplate(line string) bool {
	t := strings.ToLower(strings.TrimSpace(line))
	if t == "" {
		return false
	}
	if boilerplateExact[strings.Trim(t, ".:!")] {
		return true
	}
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(t, p) {
			return len(t) < 200 || strings.HasSuffix(p, ":")
		}
	}
	return false
}
