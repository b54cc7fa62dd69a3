package event

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestRecall covers events the seeds' conventions count that a cautious
// reading would drop: a gathering named again with its own day, the next
// gathering of the same guests, a cancelled event whose guests are named
// only before the cancellation.
func TestRecall(t *testing.T) {
	g := loadGazetteer(t)
	tests := []struct {
		name      string
		text      string
		published string
		want      []got
	}{
		{
			name: "a meeting named again with its day",
			text: "Trump and Putin met in Geneva on 14 May 2025. The meeting on Friday lasted about three hours.",
			want: []got{
				{Summit, Held, []string{"Donald Trump", "Vladimir Putin"}, "Geneva", "2025-05-14", "Trump and Putin met in Geneva on 14 May 2025"},
				{Summit, Held, []string{"Donald Trump", "Vladimir Putin"}, "", "", "The meeting on Friday lasted about three hours"},
			},
		},
		{
			name: "the same meeting without a day points back",
			text: "Trump and Putin met in Geneva on 14 May 2025. The meeting lasted about three hours.",
			want: []got{
				{Summit, Held, []string{"Donald Trump", "Vladimir Putin"}, "Geneva", "2025-05-14", "Trump and Putin met in Geneva on 14 May 2025"},
			},
		},
		{
			name: "the next meeting of the same leaders",
			text: "Trump and Putin met in Geneva on 14 May 2025. Putin suggested that the next meeting should take place in Moscow.",
			want: []got{
				{Summit, Held, []string{"Donald Trump", "Vladimir Putin"}, "Geneva", "2025-05-14", "Trump and Putin met in Geneva on 14 May 2025"},
				{Summit, Proposed, []string{"Donald Trump", "Vladimir Putin"}, "Moscow", "", "Putin suggested that the next meeting should take place in Moscow"},
			},
		},
		{
			name: "a cancelled meeting whose guests come before the cancellation",
			text: "Officials said Russian and Ukrainian delegations were due in Doha for talks on grain, and that the meeting was postponed.",
			want: []got{
				{Cancellation, Cancelled, []string{"Russia", "Ukraine"}, "Doha", "", "Officials said Russian and Ukrainian delegations were due in Doha for talks on grain, and that the meeting was postponed"},
			},
		},
		{
			name: "an exchange and a ceasefire agreed together",
			text: "Putin and Zelensky agreed in Paris to swap all captives by the end of the year and to implement a full ceasefire along the line.",
			want: []got{
				{PrisonerExchange, Planned, []string{"Russia", "Ukraine"}, "Paris", "", "Putin and Zelensky agreed in Paris to swap all captives by the end of the year and to implement a full ceasefire along the line"},
				{Ceasefire, Planned, []string{"Vladimir Putin", "Volodymyr Zelensky"}, "Paris", "", "Putin and Zelensky agreed in Paris to swap all captives by the end of the year and to implement a full ceasefire along the line"},
			},
		},
		{
			name: "a ceasefire discussed after an exchange stays a topic",
			text: "Russia and Ukraine exchanged 90 prisoners in Istanbul and discussed a ceasefire.",
			want: []got{
				{PrisonerExchange, Held, []string{"Russia", "Ukraine"}, "Istanbul", "", "Russia and Ukraine exchanged 90 prisoners in Istanbul and discussed a ceasefire"},
			},
		},
		{
			name: "an exchange announced with no sides named",
			text: "Russia shelled Kharkiv overnight, Ukraine said. Officials also announced an exchange of 90 prisoners for 90.",
			want: []got{
				{PrisonerExchange, Held, []string{"Russia", "Ukraine"}, "", "", "Officials also announced an exchange of 90 prisoners for 90"},
			},
		},
		{
			name: "an exchange as a kind of thing",
			text: "Russia shelled Kharkiv overnight. Ukraine wants the release of all prisoners by a full exchange.",
		},
		{
			name: "two leaders who spoke for hours talked",
			text: "Erdogan and Putin spoke for almost three hours on Monday, the Kremlin said.",
			want: []got{
				{Talks, Held, []string{"Recep Tayyip Erdoğan", "Vladimir Putin"}, "", "", "Erdogan and Putin spoke for almost three hours on Monday, the Kremlin said"},
			},
		},
		{
			name: "one leader who spoke for an hour gave a speech",
			text: "Putin spoke for forty minutes at a forum in Sochi on Friday.",
		},
		{
			name: "negotiators face to face",
			text: "Russian and Ukrainian negotiators sat face to face in Istanbul on Monday.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "Istanbul", "", "Russian and Ukrainian negotiators sat face to face in Istanbul on Monday"},
			},
		},
		{
			name: "a cancellation sharing the subject of the clause before",
			text: "Kyiv was not invited; Zelensky said Ukraine would not accept any deal reached without it and postponed a visit to Turkey planned for Friday.",
			want: []got{
				{Cancellation, Cancelled, []string{"Volodymyr Zelensky"}, "Turkey", "", "and postponed a visit to Turkey planned for Friday"},
			},
		},
		{
			name: "the leaders of two countries met",
			text: "The leaders of Russia and Belarus met in Minsk on Monday.",
			want: []got{
				{Summit, Held, []string{"Russia", "Belarus"}, "Minsk", "", "The leaders of Russia and Belarus met in Minsk on Monday"},
			},
		},
		{
			name: "talks before, a proposed ceasefire after",
			text: "After talks in Riyadh, Ukraine said it was ready to accept an American proposal for a 30-day ceasefire.",
			want: []got{
				{Talks, Held, []string{"United States"}, "Riyadh", "", "After talks in Riyadh"},
				{Ceasefire, Proposed, []string{"United States"}, "", "", "Ukraine said it was ready to accept an American proposal for a 30-day ceasefire"},
			},
		},
		{
			name: "a proposal for a ceasefire is a proposed ceasefire",
			text: "Turkey made a proposal for a ceasefire of three days in Kharkiv region.",
			want: []got{
				{Ceasefire, Proposed, []string{"Turkey"}, "", "", "Turkey made a proposal for a ceasefire of three days in Kharkiv region"},
			},
		},
		{
			name: "a list item is body text, a title is not",
			text: "Russia and Ukraine hold talks in Istanbul\n\nKey points:\n• Sides agree to swap 500 prisoners each\n• No deal on a ceasefire\n",
			want: []got{
				{PrisonerExchange, Planned, []string{"Russia", "Ukraine"}, "", "", "Sides agree to swap 500 prisoners each"},
			},
		},
		{
			name: "a request for a meeting proposes it",
			text: "The Kremlin has taken note of the Ukrainian request for a meeting between Putin and Zelensky in Istanbul.",
			want: []got{
				{Summit, Proposed, []string{"Vladimir Putin", "Volodymyr Zelensky"}, "Istanbul", "", "The Kremlin has taken note of the Ukrainian request for a meeting between Putin and Zelensky in Istanbul"},
			},
		},
		{
			name: "a summit to prepare is planned",
			text: "Putin and Lukashenko met in Minsk on Monday. They told their aides to prepare another summit in the same format.",
			want: []got{
				{Summit, Held, []string{"Vladimir Putin", "Alexander Lukashenko"}, "Minsk", "", "Putin and Lukashenko met in Minsk on Monday"},
				{Summit, Planned, []string{"Vladimir Putin", "Alexander Lukashenko"}, "", "", "They told their aides to prepare another summit in the same format"},
			},
		},
		{
			name: "a day without a year takes the year of the report",
			text: "China published its position paper on February 24, 2023. Putin and Zelensky spoke by phone on April 26. Zelensky met Erdogan on January 9.",
			want: []got{
				{Proposal, Proposed, []string{"China"}, "", "2023-02-24", "China published its position paper on February 24, 2023"},
				{Talks, Held, []string{"Vladimir Putin", "Volodymyr Zelensky"}, "", "2023-04-26", "Putin and Zelensky spoke by phone on April 26"},
				{Meeting, Held, []string{"Volodymyr Zelensky", "Recep Tayyip Erdoğan"}, "", "", "Zelensky met Erdogan on January 9"},
			},
		},
		{
			name: "an observer of the talks tells no event",
			text: "A Turkish diplomat who followed the Istanbul talks closely said Ukraine was tired.",
		},
		{
			name: "a text called a proposal is no proposal put forward",
			text: "Senators said Rubio told them the document was a Russian proposal.",
		},
		{
			name: "two countries that meet hold talks",
			text: "In Riyadh, the United States met Russia on Monday.",
			want: []got{
				{Talks, Held, []string{"United States", "Russia"}, "Riyadh", "", "In Riyadh, the United States met Russia on Monday"},
			},
		},
		{
			name: "a meeting named again with its building",
			text: "Russia and Ukraine held talks in Paris on Monday. The meeting at the Elysee Palace brought Zelensky face to face with Putin.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "Paris", "", "Russia and Ukraine held talks in Paris on Monday"},
				{Summit, Held, []string{"Volodymyr Zelensky", "Vladimir Putin"}, "", "", "The meeting at the Elysee Palace brought Zelensky face to face with Putin"},
			},
		},
		{
			name: "the biggest swap, so many for so many",
			text: "Russia and Ukraine traded blame on Monday.\n\nThe biggest swap of the year: 390 POWs for 390, agreed in Istanbul.",
			want: []got{
				{PrisonerExchange, Held, []string{"Russia", "Ukraine"}, "", "", "The biggest swap of the year"},
			},
		},
		{
			name: "the largest exchanges sum up",
			text: "Russia and Ukraine held talks in Istanbul on Monday. The rounds produced the largest exchanges of the war.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "Istanbul", "", "Russia and Ukraine held talks in Istanbul on Monday"},
			},
		},
		{
			name: "a host and a guest with a title between",
			text: "Lukashenko hosted Russian President Vladimir Putin in Minsk on Friday.",
			want: []got{
				{Meeting, Held, []string{"Alexander Lukashenko", "Vladimir Putin"}, "Minsk", "", "Lukashenko hosted Russian President Vladimir Putin in Minsk on Friday"},
			},
		},
		{
			name: "a title with no person is no guest",
			text: "Lukashenko received the foreign minister's letter in Minsk on Friday.",
		},
		{
			name: "a country before a place noun is where, not who",
			text: "Russia and Ukraine swapped 90 prisoners each on the Belarus border on Sunday.",
			want: []got{
				{PrisonerExchange, Held, []string{"Russia", "Ukraine"}, "", "", "Russia and Ukraine swapped 90 prisoners each on the Belarus border on Sunday"},
			},
		},
		{
			name: "who is at the negotiations discussed is not at the discussion",
			text: "Envoys of the United States started discussing with Poland the idea of holding negotiations with Russia.",
			want: []got{
				{Talks, Held, []string{"United States", "Poland"}, "", "", "Envoys of the United States started discussing with Poland the idea of holding negotiations with Russia"},
			},
		},
		{
			name: "a ceasefire and an exchange agreed together",
			text: "Russia and Ukraine agreed on Friday on a three-day ceasefire and an exchange of 300 prisoners.",
			want: []got{
				{Ceasefire, Planned, []string{"Russia", "Ukraine"}, "", "", "Russia and Ukraine agreed on Friday on a three-day ceasefire and an exchange of 300 prisoners"},
				{PrisonerExchange, Planned, []string{"Russia", "Ukraine"}, "", "", "Russia and Ukraine agreed on Friday on a three-day ceasefire and an exchange of 300 prisoners"},
			},
		},
		{
			name: "a ceasefire and an exchange discussed are topics",
			text: "Russia and Ukraine discussed a ceasefire and an exchange of prisoners in Istanbul.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "Istanbul", "", "Russia and Ukraine discussed a ceasefire and an exchange of prisoners in Istanbul"},
			},
		},
		{
			name: "an exchange and a ceasefire to observe",
			text: "Putin and Zelensky agreed to exchange all prisoners and to observe a full ceasefire.",
			want: []got{
				{PrisonerExchange, Planned, []string{"Russia", "Ukraine"}, "", "", "Putin and Zelensky agreed to exchange all prisoners and to observe a full ceasefire"},
				{Ceasefire, Planned, []string{"Vladimir Putin", "Volodymyr Zelensky"}, "", "", "Putin and Zelensky agreed to exchange all prisoners and to observe a full ceasefire"},
			},
		},
		{
			name: "the two leaders named before the coordination",
			text: "Zelensky said he planned to meet Erdogan, and the two leaders finally spoke by phone on Monday.",
			want: []got{
				{Meeting, Planned, []string{"Volodymyr Zelensky", "Recep Tayyip Erdoğan"}, "", "", "Zelensky said he planned to meet Erdogan"},
				{Talks, Held, []string{"Volodymyr Zelensky", "Recep Tayyip Erdoğan"}, "", "", "and the two leaders finally spoke by phone on Monday"},
			},
		},
		{
			name: "a protocol signed is a signing",
			text: "The Minsk protocol was signed by Russia and Ukraine in Minsk on Friday.",
			want: []got{
				{Other, Held, []string{"Russia", "Ukraine"}, "Minsk", "", "The Minsk protocol was signed by Russia and Ukraine in Minsk on Friday"},
			},
		},
		{
			name: "an initiative signed is a signing, not a proposal",
			text: "The grain initiative, signed in Istanbul by Russia and Ukraine, let ships leave Odesa.",
			want: []got{
				{Other, Held, []string{"Russia", "Ukraine"}, "Istanbul", "", "The grain initiative, signed in Istanbul by Russia and Ukraine, let ships leave Odesa"},
			},
		},
		{
			name: "a who clause closed by the main verb",
			text: "Zelensky, who is in Paris for a European summit, says he spoke by phone with Trump.",
			want: []got{
				{Summit, Held, []string{"Volodymyr Zelensky"}, "Paris", "", "who is in Paris for a European summit"},
				{Talks, Held, []string{"Volodymyr Zelensky", "Donald Trump"}, "", "", "says he spoke by phone with Trump"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := g.Annotate(tt.text, tt.published)
			if diff := cmp.Diff(tt.want, summarize(d), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
