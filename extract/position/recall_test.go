package position

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestRecallConstructions checks constructions that state a stance without
// the plain "X demands Y" shape, on sentences written for this test in the
// clumsy style of translated news.
func TestRecallConstructions(t *testing.T) {
	g := loadGazetteer(t)
	st := New(loadIssues(t))
	tests := []struct {
		name string
		text string
		want []stance
	}{
		{name: "wanted is demand", text: "In 2014 Moscow wanted the Ukrainian army reduced to a troop cap of 50,000.", want: []stance{{"Russia", "military_limits", Demand}}},
		{name: "not want rejects", text: "Kyiv does not want a frozen truce along the front line.", want: []stance{{"Ukraine", "ceasefire", Reject}}},
		{name: "the lists which had been agreed", text: "Officials said Turkey helped with the swap and the lists, which had been agreed name by name."},
		{name: "committed to it", text: "Zelensky proposed a truce of one day, and Lavrov had not committed to it.", want: []stance{{"Ukraine", "ceasefire", Offer}, {"Russia", "ceasefire", Reject}}},
		{name: "signed deals", text: "In 2022 Moscow and Kyiv signed deals meant to reopen the Black Sea corridor for grain.", want: []stance{{"Russia", "black_sea", Accept}, {"Ukraine", "black_sea", Accept}}},
		{name: "will be exchanged", text: "Umerov confirms the deal: all wounded prisoners will be exchanged.", want: []stance{{"Russia", "prisoners", Accept}, {"Ukraine", "prisoners", Accept}}},
		{name: "or face sanctions", text: "Trump gave Moscow ten days to reach a deal or face secondary sanctions.", want: []stance{{"United States", "sanctions", Consider}}},
		{name: "the sides will", text: "Under the joint text the sides will disengage forces along the front line.", want: []stance{{"Russia", "ceasefire", Accept}, {"Ukraine", "ceasefire", Accept}}},
		{name: "possessive priority", text: "Kyiv's priority remains the return of all prisoners of war.", want: []stance{{"Ukraine", "prisoners", Demand}}},
		{name: "possessive goal after a preposition", text: "The round of 2019 failed because of Moscow's main goal, the neutrality of Ukraine.", want: []stance{{"Russia", "nato_neutrality", Demand}}},
		{name: "possessive demand after about", text: "Nobody knows what the text says about the Kremlin's demand that Kyiv give up Donbas.", want: []stance{{"Russia", "territory", Demand}}},
		{name: "asked for", text: "Zelensky asked for new sanctions against Russian banks.", want: []stance{{"Ukraine", "sanctions", Demand}}},
		{name: "asked for their return", text: "Umerov gave the Russians a list of 400 deported children and asked for their return.", want: []stance{{"Ukraine", "prisoners", Demand}}},
		{name: "threatened sanctions", text: "Trump demanded a truce and threatened new sanctions on Russian oil.", want: []stance{{"United States", "ceasefire", Demand}, {"United States", "sanctions", Consider}}},
		{name: "threat of anything else is no stance", text: "Moscow threatened to strike the grain ports again."},
		{name: "agreed to swap", text: "The parties agreed to swap all wounded prisoners before winter.", want: []stance{{"Russia", "prisoners", Accept}, {"Ukraine", "prisoners", Accept}}},
		{name: "agreed to meet is no stance", text: "Russia and Ukraine agreed to meet again in Istanbul."},
		{name: "price of an offer is demanded", text: "Kyiv offers neutrality in exchange for guarantees of security.", want: []stance{{"Ukraine", "nato_neutrality", Offer}, {"Ukraine", "security_guarantees", Demand}}},
		{name: "its points call for", text: "Beijing published a paper on the crisis. Its twelve points call for a truce and the end of sanctions.", want: []stance{{"China", "ceasefire", Demand}, {"China", "sanctions", Demand}}},
		{name: "presented an initiative", text: "Erdogan presented a five-point initiative that includes a grain corridor and the exchange of prisoners.", want: []stance{{"Turkey", "black_sea", Offer}, {"Turkey", "prisoners", Offer}}},
		{name: "put forward demands are demands", text: "Moscow put forward demands on the withdrawal from Donbas.", want: []stance{{"Russia", "territory", Demand}}},
		{name: "the option of a plan", text: "Russia handed over a memorandum on a truce. The first option demands the withdrawal from Zaporizhzhia.", want: []stance{{"Russia", "ceasefire", Offer}, {"Russia", "territory", Demand}}},
		{name: "withdrawal of troops from Ukraine is a ceasefire term", text: "Kyiv demands the withdrawal of Russian troops from the territory of Ukraine.", want: []stance{{"Ukraine", "ceasefire", Demand}}},
		{name: "withdrawal from named regions hands them over", text: "Putin demanded that Ukraine withdraw its troops from the Donbas and Zaporizhzhia regions.", want: []stance{{"Russia", "territory", Demand}}},
		{name: "rather than ends the object", text: "The envoy said Kyiv's first goal is the return of children rather than a truce.", want: []stance{{"Ukraine", "prisoners", Demand}}},
		{name: "mediators are no holders", text: "Talks mediated by Turkey and the UAE agreed to resume prisoner exchanges."},
		{name: "an indirect object is no holder", text: "Zelensky told Putin in a letter that he supports a truce.", want: []stance{{"Ukraine", "ceasefire", Accept}}},
		{name: "the bodies of soldiers", text: "Russia was ready to hand over the bodies of 2,000 Ukrainian soldiers and proposed short truces.", want: []stance{{"Russia", "prisoners", Offer}, {"Russia", "ceasefire", Offer}}},
		{name: "will not leave", text: "The Ukrainian president repeated that Kyiv will not leave Donbas.", want: []stance{{"Ukraine", "territory", Reject}}},
		{name: "would not host is a concession", text: "Under the draft of 2022, Ukraine would not host foreign troops on its soil.", want: []stance{{"Ukraine", "foreign_troops", Offer}}},
		{name: "won't lift", text: "Washington won't lift the sanctions before a truce, Rubio said.", want: []stance{{"United States", "sanctions", Reject}}},
		{name: "will not meet is no stance", text: "Putin will not meet Zelensky in Istanbul this week."},
		{
			name: "a list of points announced with a colon",
			text: "Zelensky set out his peace formula in Bali. The ten points are: the release of all prisoners; the withdrawal of Russian troops; a special tribunal.",
			want: []stance{{"Ukraine", "prisoners", Demand}, {"Ukraine", "ceasefire", Demand}, {"Ukraine", "accountability", Demand}},
		},
		{name: "a list of categories is no stance", text: "The plan of 28 points is divided into four main categories: a truce, security guarantees and sanctions."},
		{name: "the two delegations", text: "In Istanbul the two delegations agreed on a new exchange of prisoners.", want: []stance{{"Russia", "prisoners", Accept}, {"Ukraine", "prisoners", Accept}}},
		{name: "agreed by the delegations", text: "The swap of 1,000 prisoners for 1,000, agreed by the delegations in May, went ahead.", want: []stance{{"Russia", "prisoners", Accept}, {"Ukraine", "prisoners", Accept}}},
		{name: "rejected by the Kremlin", text: "A truce on the Black Sea rejected by the Kremlin in March is back on the table.", want: []stance{{"Russia", "ceasefire", Reject}, {"Russia", "black_sea", Reject}}},
		{name: "must told by a speaker", text: "Zelensky said again on Monday that Russian troops must leave all occupied territories.", want: []stance{{"Ukraine", "territory", Demand}}},
		{name: "must told by nobody is no stance", text: "Any truce must be monitored from the air."},
		{name: "the condition of an acceptance is demanded", text: "Russia is ready to accept a truce if Kyiv gives up Donbas.", want: []stance{{"Russia", "ceasefire", Accept}, {"Russia", "territory", Demand}}},
		{
			name: "a condition cut by commas",
			text: "Ukraine is ready to discuss neutrality if the guarantors, among them Turkey and Poland, give it security guarantees.",
			want: []stance{{"Ukraine", "nato_neutrality", Offer}, {"Ukraine", "security_guarantees", Demand}},
		},
		{name: "a condition before the stance is a hypothesis", text: "If the truce holds, Moscow proposed talks on Crimea.", want: []stance{{"Russia", "crimea", Offer}}},
		{name: "on Belarusian territory is where", text: "Minsk promised that missiles on Belarusian territory would not fire during the truce.", want: []stance{{"Belarus", "ceasefire", Offer}}},
		{name: "a compromise on territory is about it", text: "Kyiv refused any compromise on territory.", want: []stance{{"Ukraine", "territory", Reject}}},
		{name: "an idea the holder rejected", text: "Advisers discuss a truce along the current front line, an idea Kyiv has rejected before.", want: []stance{{"Ukraine", "ceasefire", Reject}}},
		{name: "a demand that the holder rejected", text: "Trump wanted a share of the frozen assets, a demand that Kyiv rejected in 2025.", want: []stance{{"United States", "economic", Demand}, {"Ukraine", "economic", Reject}}},
		{name: "a bare cue takes the issues told before", text: "Kyiv accepted the truce of thirty days. Moscow later attached conditions.", want: []stance{{"Ukraine", "ceasefire", Accept}, {"Russia", "ceasefire", Demand}}},
		{name: "to guarantee is an offer", text: "In London, Washington set up a group to guarantee security guarantees for Kyiv.", want: []stance{{"United States", "security_guarantees", Offer}}},
		{name: "withdraw from all occupied land", text: "Zelensky insisted in 2022 that Russia withdraw from all occupied land.", want: []stance{{"Ukraine", "ceasefire", Demand}}},
		{
			name: "convinced to accept is both stances",
			text: "In 2025 Washington had convinced Kyiv to accept a truce of 30 days.",
			want: []stance{{"United States", "ceasefire", Demand}, {"Ukraine", "ceasefire", Accept}},
		},
		{name: "pressed to accept is not accepted", text: "Washington pressed Kyiv to accept a truce of 30 days.", want: []stance{{"United States", "ceasefire", Demand}}},
		{
			name: "delegations led by two men",
			text: "Delegations led by Medinsky and Umerov hold the first direct Russian-Ukrainian talks and agree a prisoner exchange.",
			want: []stance{{"Russia", "prisoners", Accept}, {"Ukraine", "prisoners", Accept}},
		},
		{name: "in the capital, officials", text: "In Moscow, officials said the country was ready to discuss a truce.", want: []stance{{"Russia", "ceasefire", Offer}}},
		{name: "in a venue city nobody holds", text: "In Geneva on Sunday, the talks proposed a truce."},
		{
			name: "a list item after a comma is no apposition",
			text: "Beijing's plan calls for respect for borders, a truce, the protection of prisoners and an end to sanctions.",
			want: []stance{{"China", "territory", Demand}, {"China", "ceasefire", Demand}, {"China", "prisoners", Demand}, {"China", "sanctions", Demand}},
		},
		{name: "a last apposition is no object", text: "Zelensky said Moscow must withdraw its army, a condition he has repeated since 2022 about Crimea.", want: []stance{{"Ukraine", "ceasefire", Demand}}},
		{
			name: "would order a truce once conditions are met",
			text: "Putin said Russia would order a truce once Ukraine abandons its plans to join NATO.",
			want: []stance{{"Russia", "ceasefire", Offer}, {"Russia", "nato_neutrality", Demand}},
		},
		{name: "once before any stance is no demand", text: "Once the truce holds, Moscow rejected talks on Crimea.", want: []stance{{"Russia", "crimea", Reject}}},
		{name: "leave the territory is a withdrawal", text: "Zelensky said Russian troops must leave all of Ukraine's territory.", want: []stance{{"Ukraine", "ceasefire", Demand}}},
		{name: "guarantees similar to Article 5", text: "Moscow accepted guarantees similar to Article 5 for Kyiv.", want: []stance{{"Russia", "security_guarantees", Accept}}},
		{name: "in the regions of is where", text: "Putin proposed a truce in the regions of Zaporizhzhia and Donbas.", want: []stance{{"Russia", "ceasefire", Offer}}},
		{
			name: "a bare in exchange is the price",
			text: "Kyiv would not join NATO, and in exchange guarantors would give it security guarantees.",
			want: []stance{{"Ukraine", "nato_neutrality", Offer}, {"Ukraine", "security_guarantees", Demand}},
		},
		{name: "any X must is a frame", text: "Zelensky insisted that any truce must come with security guarantees first.", want: []stance{{"Ukraine", "security_guarantees", Demand}}},
		{name: "rejects any X", text: "Kyiv rejects any truce that would freeze the war.", want: []stance{{"Ukraine", "ceasefire", Reject}}},
		{name: "at the demand of both sides", text: "The Red Cross registered 300 prisoners of war at the plant, at the request of the two parties.", want: []stance{{"Russia", "prisoners", Demand}, {"Ukraine", "prisoners", Demand}}},
		{name: "at the request of a party", text: "Qatar began to mediate the return of children at Kyiv's request in 2023.", want: []stance{{"Ukraine", "prisoners", Demand}}},
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

// TestJudgedDemands: a speaker who calls the other side's demands
// unacceptable rejects them; a party judging its own demands does not.
func TestJudgedDemands(t *testing.T) {
	g := loadGazetteer(t)
	st := New(loadIssues(t))
	tests := []struct {
		name, text, speaker, content string
		want                         []stance
	}{
		{
			name:    "other side's demands",
			text:    "Umerov told reporters that Moscow put forward “unacceptable” demands on Donbas.",
			speaker: "Umerov", content: "Moscow put forward “unacceptable” demands on Donbas",
			want: []stance{{"Russia", "territory", Demand}, {"Ukraine", "territory", Reject}},
		},
		{
			name: "no speaker, no rejection",
			text: "Moscow put forward “unacceptable” demands on Donbas.",
			want: []stance{{"Russia", "territory", Demand}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := g.Annotate(tt.text, "")
			if tt.speaker != "" {
				attribute(d, tt.speaker, tt.content, false, false)
			}
			var got []stance
			for _, p := range st.Extract(d) {
				got = append(got, stance{p.Party, p.Issue, p.Stance})
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("positions (-want +got):\n%s", diff)
			}
		})
	}
}
