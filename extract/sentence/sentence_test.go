package sentence

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Russia said no. Ukraine agreed.", []string{"Russia said no.", "Ukraine agreed."}},
		{"abbreviation", "The U.S. envoy met Mr. Umerov. Talks went on.", []string{"The U.S. envoy met Mr. Umerov.", "Talks went on."}},
		{"decimal", "It fell 3.5 percent. Then rose.", []string{"It fell 3.5 percent.", "Then rose."}},
		{"closing quote", "“We agree,” he said. “Good.” Then silence.", []string{"“We agree,” he said.", "“Good.”", "Then silence."}},
		{"headline line", "Ceasefire talks on Thursday\n\nRussia said it was ready.", []string{"Ceasefire talks on Thursday", "Russia said it was ready."}},
		{"wrapped line", "Russia said it was\nready to talk.", []string{"Russia said it was\nready to talk."}},
		{"initial", "George W. Bush spoke. Done.", []string{"George W. Bush spoke.", "Done."}},
		{"lowercase continues", "about 20 km. from the border", []string{"about 20 km. from the border"}},
		{"question", "Is Ukraine negotiating?\nNo.", []string{"Is Ukraine negotiating?", "No."}},
		{"empty", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("A. B. C.” d? “e”… \n\nf")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Split(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, prev, text)
			}
			prev = s.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := "The U.S. envoy met Mr. Umerov on Tuesday. “We agree,” he said, adding that 3.5 percent was enough.\n\n"
	for range 8 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}

// TestAbbreviationMax: isAbbreviation turns away words longer than
// abbreviationMax, so no abbreviation may be longer.
func TestAbbreviationMax(t *testing.T) {
	for a := range abbreviations {
		if len(a) > abbreviationMax {
			t.Errorf("%q is longer than abbreviationMax (%d)", a, abbreviationMax)
		}
	}
	for _, w := range []string{"Gen", "GEN", "U.S", "approx", "Approx"} {
		if !isAbbreviation(w) {
			t.Errorf("%q not taken for an abbreviation", w)
		}
	}
	for _, w := range []string{"", "Genf", "approximately", "Kyiv"} {
		if isAbbreviation(w) {
			t.Errorf("%q taken for an abbreviation", w)
		}
	}
}
