package position

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/truce-project/truce/extract"
)

// stance is a position without its evidence, for short tables.
type stance struct{ Party, Issue, Stance string }

func TestExtract(t *testing.T) {
	g := loadGazetteer(t)
	st := New(loadIssues(t))
	tests := []struct {
		name string
		text string
		attr func(d *extract.Doc)
		want []stance
	}{
		{
			name: "preconditions listed after a colon",
			text: "The Russian side put forward three preconditions: first, it demanded that Ukraine remain neutral and not join NATO; secondly, Ukraine is required to recognize Russian sovereignty over Crimea; finally, it is required to keep the current front line as the border.",
			want: []stance{{"Russia", "nato_neutrality", Demand}, {"Russia", "crimea", Demand}, {"Russia", "territory", Demand}},
		},
		{
			name: "these conditions take the issues told before",
			text: "Moscow demanded neutrality and the recognition of Crimea. Ukraine firmly opposes these conditions.",
			want: []stance{
				{"Russia", "nato_neutrality", Demand}, {"Russia", "crimea", Demand},
				{"Ukraine", "nato_neutrality", Reject}, {"Ukraine", "crimea", Reject},
			},
		},
		{
			name: "person speaks for the party",
			text: "Zelensky demanded that the Russian army must withdraw from all the territory of Ukraine.",
			// The territory is where the army withdraws from, not an issue
			// of its own (as the gold sets annotate it).
			want: []stance{{"Ukraine", "ceasefire", Demand}},
		},
		{name: "may consider", text: "Putin may consider modifying the armistice conditions.", want: []stance{{"Russia", "ceasefire", Consider}}},
		{name: "dropped demand is accept", text: "Moscow no longer insists on the demilitarization of Ukraine.", want: []stance{{"Russia", "military_limits", Accept}}},
		{name: "could join is consider", text: "Kyiv could join NATO, but without foreign troops on its soil.", want: []stance{{"Ukraine", "nato_neutrality", Consider}}},
		{name: "reject", text: "The Kremlin rejected the deployment of peacekeepers in Ukraine.", want: []stance{{"Russia", "foreign_troops", Reject}}},
		{name: "unlikely to accept", text: "Ukraine is unlikely to accept the loss of the occupied territories.", want: []stance{{"Ukraine", "territory", Reject}}},
		{name: "ready to discuss is offer", text: "Kyiv is ready to discuss a ceasefire with Moscow.", want: []stance{{"Ukraine", "ceasefire", Offer}}},
		{name: "ready to accept", text: "Russia is ready to accept a truce of thirty days.", want: []stance{{"Russia", "ceasefire", Accept}}},
		{name: "not rule out is consider", text: "The Russian president did not rule out an exchange of prisoners.", want: []stance{{"Russia", "prisoners", Consider}}},
		{name: "never recognize", text: "Ukraine will never recognize the Crimean annexation.", want: []stance{{"Ukraine", "crimea", Reject}}},
		{
			name: "pronoun in quoted words is the speaker",
			text: "“We will never give up Donbas,” Zelensky said.",
			attr: func(d *extract.Doc) { attribute(d, "Zelensky", "We will never give up Donbas", false, false) },
			want: []stance{{"Ukraine", "territory", Reject}},
		},
		{name: "the parties", text: "The parties agreed on an exchange of prisoners of war.", want: []stance{{"Russia", "prisoners", Accept}, {"Ukraine", "prisoners", Accept}}},
		{name: "offer of guarantees", text: "Washington offered Kyiv security guarantees.", want: []stance{{"United States", "security_guarantees", Offer}}},
		{name: "international body", text: "The European Union refuses to lift sanctions against Russia.", want: []stance{{"European Union", "sanctions", Reject}}},
		{name: "two issues in one list", text: "Russia demands the lifting of sanctions and the return of frozen assets.", want: []stance{{"Russia", "sanctions", Demand}, {"Russia", "economic", Demand}}},
		{name: "seeks is demand", text: "Ukraine seeks the return of deported children.", want: []stance{{"Ukraine", "prisoners", Demand}}},
		{name: "calls for", text: "Moscow calls for the protection of the Russian language.", want: []stance{{"Russia", "language_religion", Demand}}},
		{
			name: "not ready to compromise",
			text: "According to him, Ukraine is not ready to compromise on territory.",
			want: []stance{{"Ukraine", "territory", Reject}},
		},
		{name: "whether is no stance", text: "Whether the Kremlin will accept these terms on Crimea remains unknown."},
		{name: "condition is no stance", text: "If Kyiv accepts neutrality, sanctions could be eased."},
		{name: "question is no stance", text: "Did Russia reject the ceasefire?"},
		{name: "dropped its demand", text: "The Russian side dropped its demand for new elections in Ukraine.", want: []stance{{"Russia", "leadership_elections", Accept}}},
		{name: "welcomed", text: "Zelensky welcomed the proposal for a full ceasefire.", want: []stance{{"Ukraine", "ceasefire", Accept}}},
		{name: "proposed by a mediator", text: "Turkey proposed a new grain corridor in the Black Sea.", want: []stance{{"Turkey", "black_sea", Offer}}},
		{
			name: "insisted on two issues",
			text: "Putin insisted on the neutral status of Ukraine and on limits on the army.",
			want: []stance{{"Russia", "nato_neutrality", Demand}, {"Russia", "military_limits", Demand}},
		},
		{
			name: "second cue of the same subject is content",
			text: "The Ukrainian side rejected the Russian demands on Crimea and Donbas.",
			want: []stance{{"Ukraine", "crimea", Reject}, {"Ukraine", "territory", Reject}},
		},
		{
			name: "coordinated subject",
			text: "Russia and Ukraine agreed to exchange all prisoners.",
			want: []stance{{"Russia", "prisoners", Accept}, {"Ukraine", "prisoners", Accept}},
		},
		{name: "subordinate clause left out", text: "Kyiv demands security guarantees before any ceasefire.", want: []stance{{"Ukraine", "security_guarantees", Demand}}},
		{
			name: "would consider",
			text: "The Kremlin said Russia would consider a freeze along the front line.",
			want: []stance{{"Russia", "territory", Consider}},
		},
		{name: "is opposed to is active", text: "Ukraine is opposed to any limits on the army.", want: []stance{{"Ukraine", "military_limits", Reject}}},
		{name: "wants", text: "Moscow wants Kyiv to abandon its bid to join NATO.", want: []stance{{"Russia", "nato_neutrality", Demand}}},
		{name: "refused a proposal", text: "Kyiv refused the Russian proposal on the status of the Russian language.", want: []stance{{"Ukraine", "language_religion", Reject}}},
		{name: "backs", text: "The United States backs Ukraine's EU membership.", want: []stance{{"United States", "eu_membership", Accept}}},
		{
			name: "accepted",
			text: "Russia has accepted the return of the nuclear power plant to Ukrainian control.",
			want: []stance{{"Russia", "nuclear_safety", Accept}},
		},
		{name: "no cue", text: "Russian forces shelled the territory near the border."},
		{name: "event, not stance", text: "The talks on the Black Sea continued for six hours."},
		{name: "reportedly considering", text: "Putin is reportedly considering an energy truce.", want: []stance{{"Russia", "ceasefire", Consider}}},
		{
			name: "withdrawal rejected",
			text: "Zelensky rejected any withdrawal from Donbas, his office said.",
			// A withdrawal from a named region hands over territory.
			want: []stance{{"Ukraine", "territory", Reject}},
		},
		{
			name: "he is the person of the sentence before",
			text: "Zelensky met the envoy in Kyiv. He demanded new sanctions against Russia.",
			want: []stance{{"Ukraine", "sanctions", Demand}},
		},
		{
			name: "items after a colon inherit the stance",
			text: "Russia set out its conditions: neutrality for Ukraine; recognition of Crimea as Russian.",
			want: []stance{{"Russia", "nato_neutrality", Demand}, {"Russia", "crimea", Demand}},
		},
		{
			name: "relative clause is not the holder",
			text: "Turkey, which hosted the talks with Russia, proposed a truce on the Black Sea.",
			want: []stance{{"Turkey", "ceasefire", Offer}, {"Turkey", "black_sea", Offer}},
		},
		{
			name: "passive with agent",
			text: "The plan to station foreign troops was rejected by Moscow.",
			want: []stance{{"Russia", "foreign_troops", Reject}},
		},
		{
			name: "leaders of listed countries",
			text: "The leaders of Turkey, Poland and Ukraine, visiting Kyiv, demanded a truce and threatened new sanctions.",
			want: []stance{
				{"Turkey", "ceasefire", Demand}, {"Poland", "ceasefire", Demand}, {"Ukraine", "ceasefire", Demand},
				{"Turkey", "sanctions", Consider}, {"Poland", "sanctions", Consider}, {"Ukraine", "sanctions", Consider},
			},
		},
		{
			name: "unacceptable demands are demands",
			text: "The Russian side put forward “unacceptable” demands on the withdrawal from four regions.",
			want: []stance{{"Russia", "territory", Demand}},
		},
		{
			name: "two holders in one clause",
			text: "Russia demands neutrality, and Zelensky rejected any talk of it.",
			want: []stance{{"Russia", "nato_neutrality", Demand}, {"Ukraine", "nato_neutrality", Reject}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := g.Annotate(tt.text, "")
			if tt.attr != nil {
				tt.attr(d)
			}
			var got []stance
			for _, p := range st.Extract(d) {
				got = append(got, stance{p.Party, p.Issue, p.Stance})
				if p.Summary == "" || !p.Valid(len(d.Text)) {
					t.Errorf("bad position %+v", p)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("positions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSummary(t *testing.T) {
	g := loadGazetteer(t)
	st := New(loadIssues(t))
	tests := []struct{ name, text, want string }{
		{"object after the cue", "Russia demanded that Ukraine remain neutral and not join NATO.", "Russia demands Ukraine remain neutral and not join NATO"},
		{"passive shows the clause", "Ukraine is required to recognize Russian sovereignty over Crimea.", ""},
		{"issues from context are labelled", "Moscow demanded neutrality. Ukraine firmly opposes these conditions.", "Ukraine rejects these conditions (NATO membership and neutrality)"},
		{"modal keeps its subject", "Kyiv could join NATO.", "Ukraine considers: Kyiv could join NATO"},
		{"reporting clause dropped", "Kyiv is ready to discuss a truce, Zelensky told reporters.", "Ukraine offers: Kyiv is ready to discuss a truce"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := st.Extract(g.Annotate(tt.text, ""))
			got := ""
			if len(ps) > 0 {
				got = ps[len(ps)-1].Summary
			}
			if got != tt.want {
				t.Errorf("summary = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOverlappingMentions: a role phrase may be one mention with the
// nationality adjective inside it as another.
func TestOverlappingMentions(t *testing.T) {
	g := loadGazetteer(t)
	st := New(loadIssues(t))
	d := g.Annotate("Poland and Ukrainian President Volodymyr Zelensky rejected the neutrality demands.", "")
	// d.Mentions: Poland, Ukrainian, Volodymyr Zelensky; widen Zelensky over the adjective.
	d.Mentions[2].Start = d.Mentions[1].Start
	d.Mentions[1], d.Mentions[2] = d.Mentions[2], d.Mentions[1]
	var got []stance
	for _, p := range st.Extract(d) {
		got = append(got, stance{p.Party, p.Issue, p.Stance})
	}
	want := []stance{{"Poland", "nato_neutrality", Reject}, {"Ukraine", "nato_neutrality", Reject}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
}
