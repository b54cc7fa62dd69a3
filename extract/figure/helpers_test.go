package figure

import (
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
)

// gazetteer is a tiny stand-in for the entity stage: the names the tests
// use, with the canonical name, type, kind and party the stage would give.
var gazetteer = map[string]extract.Mention{
	"Russia":                          {Entity: 0, Name: "Russia", Type: truce.Place, Kind: "country", Party: "Russia"},
	"Russian Federation":              {Entity: 0, Name: "Russia", Type: truce.Place, Kind: "country", Party: "Russia"},
	"Russian":                         {Entity: -1, Name: "Russia", Type: truce.Place, Kind: "country", Party: "Russia"},
	"Moscow":                          {Entity: 1, Name: "Moscow", Type: truce.Place, Kind: "city", Party: "Russia"},
	"Turkish foreign ministry":        {Entity: 30, Name: "Ministry of Foreign Affairs of Turkey", Type: truce.Organization, Kind: "ministry", Party: "Turkey"},
	"World Food Programme":            {Entity: 31, Name: "World Food Programme", Type: truce.Organization, Kind: "international"},
	"Kremlin":                         {Entity: 2, Name: "Kremlin", Type: truce.Organization, Kind: "government", Party: "Russia"},
	"Ukraine":                         {Entity: 3, Name: "Ukraine", Type: truce.Place, Kind: "country", Party: "Ukraine"},
	"Ukrainian":                       {Entity: -1, Name: "Ukraine", Type: truce.Place, Kind: "country", Party: "Ukraine"},
	"Kyiv":                            {Entity: 4, Name: "Kyiv", Type: truce.Place, Kind: "city", Party: "Ukraine"},
	"Kiev":                            {Entity: 4, Name: "Kyiv", Type: truce.Place, Kind: "city", Party: "Ukraine"},
	"NATO":                            {Entity: 5, Name: "NATO", Type: truce.Organization, Kind: "international"},
	"United Nations General Assembly": {Entity: 6, Name: "United Nations General Assembly", Type: truce.Organization, Kind: "international"},
	"UN":                              {Entity: 7, Name: "United Nations", Type: truce.Organization, Kind: "international"},
	"United States":                   {Entity: 8, Name: "United States", Type: truce.Place, Kind: "country", Party: "United States"},
	"US":                              {Entity: 8, Name: "United States", Type: truce.Place, Kind: "country", Party: "United States"},
	"American":                        {Entity: -1, Name: "United States", Type: truce.Place, Kind: "country", Party: "United States"},
	"China":                           {Entity: 9, Name: "China", Type: truce.Place, Kind: "country"},
	"Belarus":                         {Entity: 10, Name: "Belarus", Type: truce.Place, Kind: "country"},
	"NBC News":                        {Entity: 11, Name: "NBC News", Type: truce.Organization, Kind: "outlet"},
	"Axios":                           {Entity: 12, Name: "Axios", Type: truce.Organization, Kind: "outlet"},
	"Kyiv Independent":                {Entity: 13, Name: "Kyiv Independent", Type: truce.Organization, Kind: "outlet"},
	"Reuters":                         {Entity: 14, Name: "Reuters", Type: truce.Organization, Kind: "outlet"},
	"Zelensky":                        {Entity: 15, Name: "Volodymyr Zelensky", Type: truce.Person, Kind: "head_of_state", Party: "Ukraine"},
	"Shoigu":                          {Entity: 16, Name: "Sergei Shoigu", Type: truce.Person, Kind: "minister", Party: "Russia"},
	"General Staff of the Ukrainian Armed Forces": {Entity: 17, Name: "General Staff of the Armed Forces of Ukraine", Type: truce.Organization, Kind: "military", Party: "Ukraine"},
	"Ministry of Defence":                         {Entity: 18, Name: "Ministry of Defence", Type: truce.Organization, Kind: "ministry"},
	"European Union":                              {Entity: 19, Name: "European Union", Type: truce.Organization, Kind: "international"},
	"Gazprom":                                     {Entity: 20, Name: "Gazprom", Type: truce.Organization, Kind: "company", Party: "Russia"},
	"Donetsk":                                     {Entity: 21, Name: "Donetsk Oblast", Type: truce.Place, Kind: "oblast", Party: "Ukraine"},
	"Minsk II":                                    {Entity: 22, Name: "Minsk II", Type: truce.Other, Kind: "agreement"},
	"G7":                                          {Entity: 23, Name: "G7", Type: truce.Organization, Kind: "international"},
	"Bring Kids Back":                             {Entity: 24, Name: "Bring Kids Back", Type: truce.Organization, Kind: "initiative", Party: "Ukraine"},
}

// gazetteerNames lists the names longest first, so that "Russian
// Federation" wins over "Russian".
var gazetteerNames = func() []string {
	var ns []string
	for n := range gazetteer {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool {
		if len(ns[i]) != len(ns[j]) {
			return len(ns[i]) > len(ns[j])
		}
		return ns[i] < ns[j]
	})
	return ns
}()

// mentionsOf finds the gazetteer names in text at word boundaries.
func mentionsOf(text string) []extract.Mention {
	taken := make([]bool, len(text))
	var out []extract.Mention
	for _, n := range gazetteerNames {
		for from := 0; ; {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n)
			end := i + len(n)
			if i > 0 && isWordByte(text[i-1]) || end < len(text) && isWordByte(text[end]) || taken[i] || taken[end-1] {
				continue
			}
			for k := i; k < end; k++ {
				taken[k] = true
			}
			m := gazetteer[n]
			m.Span = truce.Span{Start: i, End: end}
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// tx is a timex given by its text.
type tx struct{ quote, value string }

// at is an attribution given by its text.
type at struct {
	quote, speaker string
	via            []string
	anon           bool
	speakerQuote   string
	content, cue   string // quotes of the content and the cue, when given
}

// span finds quote in text, failing the test when it is missing.
func span(t testing.TB, text, quote string) truce.Span {
	t.Helper()
	i := strings.Index(text, quote)
	if i < 0 {
		t.Fatalf("quote %q not in text", quote)
	}
	return truce.Span{Start: i, End: i + len(quote)}
}

// newDoc builds the Doc the earlier stages would hand to figure.Extract.
func newDoc(t testing.TB, text string, txs []tx, ats []at) *extract.Doc {
	t.Helper()
	d := &extract.Doc{Text: text, Mentions: mentionsOf(text)}
	for _, x := range txs {
		d.Timexes = append(d.Timexes, truce.Timex{Span: span(t, text, x.quote), Type: timexType(x.value), Value: x.value})
	}
	for _, a := range ats {
		sp := span(t, text, a.quote)
		attr := truce.Attribution{Span: sp, Speaker: a.speaker, Via: a.via, Anonymous: a.anon, Content: sp}
		if a.content != "" {
			attr.Content = span(t, text, a.content)
		}
		if a.cue != "" {
			c := span(t, text, a.cue)
			attr.CueSpan = &c
		}
		if a.speakerQuote != "" {
			ss := span(t, text, a.speakerQuote)
			attr.SpeakerSpan = &ss
		}
		d.Attributions = append(d.Attributions, attr)
	}
	return d
}

func timexType(v string) string {
	if strings.HasPrefix(v, "P") {
		return "duration"
	}
	return "date"
}

var months = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5,
	"June": 6, "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}

// datesOf is a stand-in for the timex stage on the seeds: "Month D" and
// "Month D, YYYY", the year defaulting to that of published.
func datesOf(text string, published time.Time) []truce.Timex {
	var out []truce.Timex
	for name, m := range months {
		for from := 0; ; {
			i := strings.Index(text[from:], name+" ")
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			j := from + 1
			k := j
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if k == j || k-j > 2 {
				continue
			}
			day, _ := strconv.Atoi(text[j:k])
			year := published.Year()
			if strings.HasPrefix(text[k:], ", ") && k+6 <= len(text) {
				if y, err := strconv.Atoi(text[k+2 : k+6]); err == nil {
					year, k = y, k+6
				}
			}
			v := time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			out = append(out, truce.Timex{Span: truce.Span{Start: i, End: k}, Type: "date", Value: v})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
