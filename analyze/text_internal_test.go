package analyze

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNegated(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"plain negation", "Ukraine is not conducting any talks", true},
		{"contraction", "It just didn't feel right", true},
		{"curly contraction", "Kyiv hasn’t received the text", true},
		{"not only adds", "security in Europe, not only in Ukraine", false},
		{"not just adds", "durable security, not just a truce", false},
		{"no negation", "Moscow is ready for talks", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := negated(tt.text); got != tt.want {
				t.Errorf("negated(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestKeywords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"synonyms meet", "secret negotiations behind closed doors", []string{"secret", "talk"}},
		{"numbers kept whole", "about 9,000 soldiers", []string{"9000", "troop"}},
		{"stop words and plurals", "The guarantees were discussed", []string{"discussed", "guarantee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, keywords(tt.text)); diff != "" {
				t.Errorf("keywords(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestCloseDates(t *testing.T) {
	tests := []struct {
		name, a, b string
		tol        int
		want       bool
	}{
		{"same day", "2025-03-17", "2025-03-17", 3, true},
		{"within tolerance", "2025-03-17", "2025-03-20", 3, true},
		{"beyond tolerance", "2025-03-17", "2025-03-21", 3, false},
		{"month holds its days", "2025-03", "2025-03-30", 3, true},
		{"other month", "2025-03", "2025-04-01", 3, false},
		{"unknown passes", "", "2025-04-01", 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := closeDates(tt.a, tt.b, tt.tol); got != tt.want {
				t.Errorf("closeDates(%q, %q, %d) = %v", tt.a, tt.b, tt.tol, got)
			}
		})
	}
}
