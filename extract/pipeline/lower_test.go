package pipeline

import (
	"strings"
	"testing"

	"github.com/truce-project/truce/extract"
)

// TestLowerASCII: the pipeline's lowering is Doc.Lower, byte for byte.
func TestLowerASCII(t *testing.T) {
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"ascii", "Zelensky MET Putin in ISTANBUL @ [10:00] `quoted`"},
		{"non-ascii kept", "Песков «ЗАЯВИЛ» Ünal ÄÖÜ \xff\xfe Z"},
		{"longer than a chunk", strings.Repeat("Ab Ç@[Z`", 1500)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &extract.Doc{Text: tc.text}
			if got, want := lowerASCII(tc.text), d.Lower(); got != want {
				t.Errorf("lowerASCII differs from Doc.Lower at %d bytes of text", len(tc.text))
			}
		})
	}
}

func FuzzLowerASCII(f *testing.F) {
	f.Add("Kyiv SAID «Нет» \xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerASCII(s), (&extract.Doc{Text: s}).Lower(); got != want {
			t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	})
}
