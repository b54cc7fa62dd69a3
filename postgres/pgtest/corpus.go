package pgtest

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Report is one generated news report for load tests and benchmarks.
type Report struct {
	Source string
	Text   string
}

// Reports generates n reports in the style of the wire copy truce reads:
// a title line, then sentences about talks, prisoners, ceasefires and
// proposals, with names, places, dates and figures, and a long tail of
// rarer words so that the vocabulary grows with the corpus as real text
// does. The same n and seed give the same reports.
func Reports(n int, seed uint64) []Report {
	r := rand.New(rand.NewPCG(seed, 42))
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(syllables)*len(syllables)*len(syllables)-1))
	out := make([]Report, n)
	for i := range out {
		var b strings.Builder
		fmt.Fprintf(&b, "%s and %s discuss %s in %s (%d)\n\n", pick(r, countries), pick(r, countries),
			pick(r, issues), pick(r, cities), i)
		for range 6 + r.IntN(8) {
			b.WriteString(sentence(r, zipf))
			b.WriteByte(' ')
		}
		out[i] = Report{Source: fmt.Sprintf("gen/%06d.txt", i), Text: b.String()}
	}
	return out
}

func sentence(r *rand.Rand, zipf *rand.Zipf) string {
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%s, %s, said on %s that %s was ready to discuss %s at talks in %s.",
			pick(r, people), pick(r, titles), pick(r, weekdays), pick(r, countries), pick(r, issues), pick(r, cities))
	case 1:
		return fmt.Sprintf("Delegations from %s and %s met in %s on %d %s %d for a new round of negotiations.",
			pick(r, countries), pick(r, countries), pick(r, cities), 1+r.IntN(28), pick(r, months), 2022+r.IntN(4))
	case 2:
		return fmt.Sprintf("According to %s, %d prisoners were exchanged under a deal brokered by %s.",
			pick(r, outlets), 10*(1+r.IntN(120)), pick(r, countries))
	case 3:
		return fmt.Sprintf("%s rejected the proposal for a ceasefire along the front line, %s reported.",
			pick(r, countries), pick(r, outlets))
	}
	words := make([]string, 8+r.IntN(10))
	for i := range words {
		words[i] = word(zipf.Uint64())
	}
	return "The " + strings.Join(words, " ") + "."
}

// word spells number k as a pseudo-word of three syllables.
func word(k uint64) string {
	n := uint64(len(syllables))
	return syllables[k%n] + syllables[k/n%n] + syllables[k/n/n%n]
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

var (
	syllables = strings.Fields("ka lo mi ne ru sta vo gri den pol tra zen ko vi da mar lek sor bu fen " +
		"che ny shi zu ort ber gal hin tos wel")
	countries = []string{"Russia", "Ukraine", "the United States", "Turkey", "China", "France", "Germany", "Qatar", "Saudi Arabia", "Hungary"}
	cities    = []string{"Istanbul", "Geneva", "Riyadh", "Minsk", "Budapest", "Anchorage", "Doha", "Kyiv", "Moscow", "Bürgenstock"}
	issues    = []string{"territory", "security guarantees", "NATO neutrality", "sanctions", "prisoner exchanges", "the Zaporizhzhia plant", "grain exports"}
	people    = []string{"Sergei Lavrov", "Andriy Yermak", "Marco Rubio", "Hakan Fidan", "Dmitry Peskov", "Rustem Umerov", "Steve Witkoff", "Mykhailo Podolyak"}
	titles    = []string{"the foreign minister", "the head of the delegation", "the presidential envoy", "a Kremlin spokesman", "an adviser to the president"}
	weekdays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	outlets   = []string{"Reuters", "the Kyiv Independent", "TASS", "Ukrainska Pravda", "the Associated Press", "Interfax", "Meduza"}
)
