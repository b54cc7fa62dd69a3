package analyze_test

import (
	"fmt"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/analyze"
)

// BenchmarkBuild measures the pure view builders on the rows of 2k and 20k
// generated reports: the cost per report must stay flat as results grow.
func BenchmarkBuild(b *testing.B) {
	base := loadCorpus(b)
	for _, n := range []int{2000, 20000} {
		rows := map[string][]truce.AnalysisRow{}
		for i := 0; i < n; i++ {
			for _, r := range analyzer().Rows(generated(base, i)) {
				rows[r.Kind] = append(rows[r.Kind], r)
			}
		}
		views := []struct {
			name string
			fn   func()
		}{
			{"stories", func() { analyze.BuildStories(rows[docKind], rows["band"], analyze.Filter{}) }},
			{"claims", func() { analyze.BuildClaims(rows["claim"], rows[docKind], analyze.Filter{}) }},
			{"figures", func() { analyze.BuildFigures(rows["figure"], analyze.Filter{}) }},
			{"positions", func() { analyze.BuildLedger(rows["position"], analyze.Filter{}) }},
			{"timeline", func() { analyze.BuildTimeline(rows["event"], analyze.Filter{}) }},
		}
		for _, v := range views {
			b.Run(fmt.Sprintf("%s/reports=%dk", v.name, n/1000), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					v.fn()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/report")
			})
		}
	}
}
