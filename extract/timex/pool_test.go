package timex

import (
	"testing"
	"time"
)

// TestPutClears: buffers go back to the pool with every token and match
// written zeroed, however the sentences before filled them.
func TestPutClears(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
	}{
		{"long then short", []string{"On March 3, 2022 and on Monday, 24 February, talks began again at 10:00.", "Today."}},
		{"short then long", []string{"Now.", "Since 2014 the war went on for years, every day, until May 2025."}},
		{"nothing", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newScanner("", "", time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
			for _, text := range tc.sentences {
				s.text, s.lower = text, lowerASCII(text)
				s.sentence(0, len(text))
			}
			b := &scanBuf{}
			b.put(s)
			for i, tok := range b.toks[:cap(b.toks)] {
				if tok != (token{}) {
					t.Fatalf("token %d left: %+v", i, tok)
				}
			}
			for i, m := range b.out[:cap(b.out)] {
				if m != (match{}) {
					t.Fatalf("match %d left: %+v", i, m)
				}
			}
		})
	}
}
