package timex

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
)

// startsText has a phrase for every rule that starts at a word without a
// lexicon entry.
const startsText = `Talks resume today, yesterday's round failed, tomorrow or tonight more. Kyiv now wants
guarantees; currently, presently and nowadays the front is quiet, as at present. Recently and
lately the shelling grew, in recent weeks too. The past week, this week, last month, next year,
the coming days, the previous day, the following week and that day were tense. Earlier this
month and later this year envoys met, early March, late April, mid-January, the end of May, the
beginning of June, the start of July, the middle of August. On Christmas, Orthodox Christmas,
New Year's Eve and Victory Day they paused. Every day, each week, once a week, twice a month,
per day, daily, weekly, monthly, annually and yearly convoys came. More than two weeks, less than
three days, fewer than four months, at least five years, at most six hours, up to seven days, a
week, an hour, a few days, several months, many years passed. In the past, at the moment and in the near future, over the weekend, last
weekend, this morning, last night, the day before, the summer of 2023, spring, this autumn, in
September, the first half of 2024, early 2023, the end of the year, the 1990s, at 10:00 GMT.`

// TestWordStarts: turning words away with wordStarts finds exactly what
// trying every rule at every word finds.
func TestWordStarts(t *testing.T) {
	texts := corpusTexts(t)
	anchor := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for name, text := range texts {
		fast, every := scanAll(text, anchor, false), scanAll(text, anchor, true)
		if len(every) == 0 {
			t.Errorf("%s: no expression found", name)
		}
		if diff := cmp.Diff(every, fast); diff != "" {
			t.Errorf("%s: wordStarts changes the matches (-every word +filtered):\n%s", name, diff)
		}
	}
	if n := len(scanAll(startsText, anchor, false)); n < 60 {
		t.Errorf("only %d expressions in the phrases", n)
	}
}

// scanAll is Extract, with the rules tried at every word or not.
func scanAll(text string, anchor time.Time, everyWord bool) []string {
	s := newScanner(text, lowerASCII(text), anchor)
	s.everyWord = everyWord
	var out []string
	for _, sp := range sentence.Split(text) {
		for _, m := range s.sentence(sp.Start, sp.End) {
			from, to := s.toks[m.from].start, s.toks[m.to-1].start+len(s.toks[m.to-1].w)
			out = append(out, strings.Join([]string{text[from:to], m.typ, m.val}, " | "))
		}
	}
	return slices.Clip(out)
}

// TestAnchors: leaving sentences without an anchor untokenised finds
// exactly what scanning every sentence finds, with and without a
// publication date.
func TestAnchors(t *testing.T) {
	texts := corpusTexts(t)
	for _, published := range []time.Time{{}, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)} {
		for name, text := range texts {
			d := &extract.Doc{Text: text, Published: published, Sentences: sentence.Split(text)}
			fast, every := extractAll(d, false), extractAll(d, true)
			if diff := cmp.Diff(every, fast); diff != "" {
				t.Errorf("%s: the shortcuts change the timexes (-every sentence +shortcuts):\n%s", name, diff)
			}
		}
	}
}

// corpusTexts are the phrases, the examples, the held-out set and the seeds.
func corpusTexts(t *testing.T) map[string]string {
	t.Helper()
	texts := map[string]string{"phrases": startsText}
	for _, glob := range []string{"../../examples/*.txt", "../../eval/testdata/heldout/*.txt", "../../../shared/seeds/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts[f] = string(b)
		}
	}
	if len(texts) < 10 {
		t.Fatalf("only %d texts found", len(texts))
	}
	return texts
}
