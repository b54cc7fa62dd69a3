package timex

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce/extract"
)

// timemlCase is one line of testdata/timeml.tsv.
type timemlCase struct {
	line      int
	anchor    time.Time
	text      string
	start     int // -1: the sentence holds no time expression
	end       int
	typ, want string
}

func readTimeML(t *testing.T) []timemlCase {
	t.Helper()
	f, err := os.Open("testdata/timeml.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []timemlCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.HasPrefix(sc.Text(), "#") || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		c, err := parseTimeML(sc.Text())
		if err != nil {
			t.Fatalf("timeml.tsv:%d: %v", n, err)
		}
		c.line = n
		out = append(out, c)
	}
	return out
}

func parseTimeML(line string) (timemlCase, error) {
	f := strings.Split(line, "\t")
	if len(f) != 4 {
		return timemlCase{}, fmt.Errorf("want 4 tab-separated fields, got %d", len(f))
	}
	c := timemlCase{start: -1, typ: f[2], want: f[3]}
	if f[0] != "-" {
		a, err := time.Parse("2006-01-02", f[0])
		if err != nil {
			return c, err
		}
		c.anchor = a
	}
	open, close := strings.Index(f[1], "["), strings.Index(f[1], "]")
	if open < 0 != (close < 0) || close < open || (open < 0) != (c.typ == "-") {
		return c, fmt.Errorf("brackets and type disagree in %q", f[1])
	}
	c.text = f[1]
	if open >= 0 {
		c.text = f[1][:open] + f[1][open+1:close] + f[1][close+1:]
		c.start, c.end = open, close-1
	}
	return c, nil
}

// TestTimeML runs the hand-made TimeML-style set and fails below 95%.
func TestTimeML(t *testing.T) {
	cases := readTimeML(t)
	if len(cases) < 150 {
		t.Fatalf("timeml.tsv has %d cases, want at least 150", len(cases))
	}
	right := 0
	for _, c := range cases {
		got := Extract(&extract.Doc{Text: c.text, Published: c.anchor})
		if c.start < 0 {
			if len(got) == 0 {
				right++
			} else {
				t.Logf("line %d: %q: want nothing, got %q %s %s", c.line, c.text,
					c.text[got[0].Start:got[0].End], got[0].Type, got[0].Value)
			}
			continue
		}
		ok := false
		for _, x := range got {
			if x.Start == c.start && x.End == c.end {
				ok = x.Type == c.typ && x.Value == c.want
				if !ok {
					t.Logf("line %d: %q: want %s %s, got %s %s", c.line, c.text[c.start:c.end], c.typ, c.want, x.Type, x.Value)
				}
			}
		}
		if !ok && !hasSpan(got, c.start, c.end) {
			t.Logf("line %d: %q not found in %q; got %v", c.line, c.text[c.start:c.end], c.text, spans(c.text, got))
		}
		if ok {
			right++
		}
	}
	acc := float64(right) / float64(len(cases))
	t.Logf("accuracy %.1f%% (%d/%d)", 100*acc, right, len(cases))
	if acc < 0.95 {
		t.Errorf("accuracy %.1f%% below 95%%", 100*acc)
	}
}
