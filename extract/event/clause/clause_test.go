package clause

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce"
)

func words(text string) []Token {
	low := Lower(text)
	return Words(nil, low, truce.Span{Start: 0, End: len(low)})
}

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"possessive", "Russia's plan", []string{"russia", "'s", "plan"}},
		{"curly possessive", "Kyiv’s answer", []string{"kyiv", "’s", "answer"}},
		{"negation", "didn't come", []string{"didn", "'t", "come"}},
		{"hyphen and quotes", "“28-point plan”", []string{"“", "28", "-", "point", "plan", "”"}},
		{"only ASCII is lowered", "Переговоры, Стамбул", []string{"Переговоры", ",", "Стамбул"}},
		{"apostrophe inside word", "O'Brien", []string{"o", "'", "brien"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range words(tt.text) {
				got = append(got, tok.Lower)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Words(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // clause texts, "sub|" prefixed when a subordinator opens it
	}{
		{"colon and semicolons", "Three conditions: neutrality; Crimea; the border.",
			[]string{"Three conditions", "neutrality", "Crimea", "the border"}},
		{"adversative", "Russia was ready, but Ukraine refused while Kyiv waited.",
			[]string{"Russia was ready", "but Ukraine refused", "while Kyiv waited"}},
		{"subordinate ends at its comma", "Before the talks, Medinsky said they would begin if Kyiv agreed.",
			[]string{"before|Before the talks", "Medinsky said they would begin", "if|if Kyiv agreed"}},
		{"no split on and", "Russia and Ukraine met and talked.", []string{"Russia and Ukraine met and talked"}},
		{"question", "Will they meet? Maybe.", []string{"Will they meet", "Maybe"}},
		{"after is no clause for stances", "Remain neutral after the war.", []string{"Remain neutral after the war"}},
		{"a leading after phrase ends at its comma for events", "+After talks in Jeddah, Ukraine said it was ready.",
			[]string{"After talks in Jeddah", "Ukraine said it was ready"}},
		{"a leading after phrase after a dateline", "+May 2 - After a call with Putin, Trump said he was hopeful.",
			[]string{"May 2", "After a call with Putin", "Trump said he was hopeful"}},
		{"an after phrase inside the sentence runs on", "+The meeting was shelved after the two men, Rubio and Lavrov, spoke.",
			[]string{"The meeting was shelved", "after the two men, Rubio and Lavrov, spoke"}},
		{"a who clause ends where the main verb comes back", "+Zelensky, who is in Tirana for a summit, says he spoke to Trump.",
			[]string{"Zelensky", "who is in Tirana for a summit", "says he spoke to Trump"}},
		{"a leading after phrase stays whole for stances", "After talks in Jeddah, Ukraine said it was ready.",
			[]string{"After talks in Jeddah, Ukraine said it was ready"}},
		{"after opens a clause for events", "+The meeting was shelved after the two men spoke.",
			[]string{"The meeting was shelved", "after the two men spoke"}},
		{"who opens a clause for events", "+Erdogan will host the Russian leader, who is expected to visit Turkey.",
			[]string{"Erdogan will host the Russian leader", "who is expected to visit Turkey"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, split := tt.text, Split
			if text[0] == '+' {
				text, split = text[1:], SplitAfter
			}
			toks := words(text)
			var got []string
			for _, c := range split(nil, toks) {
				s := text[c.Start:c.End]
				if c.Sub != "" {
					s = c.Sub + "|" + s
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) (-want +got):\n%s", text, diff)
			}
		})
	}
}

func TestLowerKeepsOffsets(t *testing.T) {
	for _, s := range []string{"ÜBER İstanbul", "KYIV", "Київ"} {
		if l := Lower(s); len(l) != len(s) || !utf8.ValidString(l) {
			t.Errorf("Lower(%q) = %q: length or encoding changed", s, l)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Russia's “plan”: one; two, but three if four.")
	f.Add("’’’s’t,,::;;")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		toks := words(text)
		for _, tok := range toks {
			if !tok.Valid(len(text)) || tok.Len() == 0 || !utf8.RuneStart(text[tok.Start]) {
				t.Fatalf("bad token %+v in %q", tok, text)
			}
		}
		for _, c := range Split(nil, toks) {
			if !c.Valid(len(text)) || c.From > c.To || c.To > len(toks) {
				t.Fatalf("bad clause %+v in %q", c, text)
			}
		}
	})
}
