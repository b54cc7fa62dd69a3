package position

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestUnseenStyles checks precision on sentences written for this test in
// the style of wire copy and machine-translated news: objects, prices
// asked in exchange, places, doubt and pressure are no stances of their
// own.
func TestUnseenStyles(t *testing.T) {
	g := loadGazetteer(t)
	st := New(loadIssues(t))
	tests := []struct {
		name string
		text string
		want []stance
	}{
		{name: "an object's nationality is not the holder", text: "He said Russia was also ready to hand over the bodies of 3,000 more Ukrainian soldiers and proposed short ceasefires on parts of the front.", want: []stance{{"Russia", "prisoners", Offer}, {"Russia", "ceasefire", Offer}}},
		{name: "what is asked in exchange is not rejected", text: "The Ukrainian side categorically refuses to cede the Donbas in exchange for a ceasefire.", want: []stance{{"Ukraine", "territory", Reject}}},
		{name: "would welcome is accept", text: "Kremlin spokesman Peskov said Moscow would welcome the lifting of sanctions but would not make concessions on Crimea.", want: []stance{{"Russia", "sanctions", Accept}}},
		{name: "will not recognize is reject", text: "Zelensky stated that Ukraine will not recognize the occupied territories as Russian under any circumstances.", want: []stance{{"Ukraine", "territory", Reject}}},
		{name: "considering is consider", text: "The European Union is considering using frozen Russian assets for the reconstruction of Ukraine.", want: []stance{{"European Union", "economic", Consider}}},
		{name: "insists that is demand", text: "Kyiv insists that all deported children must be returned before any settlement.", want: []stance{{"Ukraine", "prisoners", Demand}}},
		{name: "its army is no anaphor", text: "Kyiv insists on the return of children. The Russian delegation demanded that Ukraine reduce its army to 85,000 soldiers.", want: []stance{{"Ukraine", "prisoners", Demand}}},
		{name: "in exchange for drops the price", text: "Ukrainian negotiators rejected the demand for neutrality in exchange for security guarantees.", want: []stance{{"Ukraine", "nato_neutrality", Reject}}},
		{name: "a place locates the issue before it", text: "The Kremlin has not ruled out talks on the nuclear power plant in Zaporizhzhia.", want: []stance{{"Russia", "nuclear_safety", Consider}}},
		{name: "doubt asserts no stance", text: "Analysts doubt that Moscow will ever accept European peacekeepers."},
		{name: "troops are no holder", text: "Russian troops rejected reports of heavy losses near the border."},
		{name: "demanded that is demand", text: "Putin demanded that Ukraine hold presidential elections before any peace deal is signed.", want: []stance{{"Russia", "leadership_elections", Demand}}},
		{name: "parliament refused", text: "The Ukrainian parliament refused to hold elections under martial law.", want: []stance{{"Ukraine", "leadership_elections", Reject}}},
		{name: "ready to exchange is offer", text: "Medinsky said Russia is ready to exchange all prisoners of war.", want: []stance{{"Russia", "prisoners", Offer}}},
		{name: "a people rejects", text: "Ukrainians reject any territorial concessions, a poll showed.", want: []stance{{"Ukraine", "territory", Reject}}},
		{name: "two backers of a demand", text: "Germany and France backed Ukraine's demand for a tribunal for the crime of aggression.", want: []stance{{"Germany", "accountability", Accept}, {"France", "accountability", Accept}}},
		{name: "refused to lift", text: "The United States refused to lift sanctions on Russian banks until a ceasefire is reached.", want: []stance{{"United States", "sanctions", Reject}}},
		{name: "a warm welcome is no stance", text: "Moscow gave the families of Ukrainian prisoners a warm welcome, the Kremlin claimed."},
		{name: "a second verb of the same subject", text: "Russia shelled Ukrainian ports and demanded the end of Western sanctions.", want: []stance{{"Russia", "sanctions", Demand}}},
		{name: "such a deal takes the issue it names", text: "Washington said such a ceasefire would need monitors. Moscow accepted such a deal on the Black Sea.", want: []stance{{"Russia", "black_sea", Accept}}},
		{name: "its army being cut is no anaphor", text: "Moscow demanded neutrality. Ukraine rejected its army being cut.", want: []stance{{"Russia", "nato_neutrality", Demand}}},
		{name: "offered to mediate", text: "Beijing offered to mediate a truce between Russia and Ukraine.", want: []stance{{"China", "ceasefire", Offer}}},
		{name: "pressed to accept is the presser's demand", text: "Trump pressed Kyiv to accept a troop cap, but Zelensky rejected it.", want: []stance{{"United States", "military_limits", Demand}, {"Ukraine", "military_limits", Reject}}},
		{name: "opposes while another supports", text: "Hungary opposes sanctions against Russian energy, while Poland supports them.", want: []stance{{"Hungary", "sanctions", Reject}, {"Poland", "sanctions", Accept}}},
		{name: "non- negates the term", text: "Ukraine is ready to accept a neutral, non-nuclear status.", want: []stance{{"Ukraine", "nato_neutrality", Accept}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []stance
			for _, p := range st.Extract(g.Annotate(tt.text, "")) {
				got = append(got, stance{p.Party, p.Issue, p.Stance})
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("positions (-want +got):\n%s", diff)
			}
		})
	}
}
