package event

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestUnseenStyles covers events told without a classic trigger word and
// the traps around them, in sentences written in the style of wire copy,
// live blogs and machine-translated news (none taken from the seeds).
func TestUnseenStyles(t *testing.T) {
	g := loadGazetteer(t)
	tests := []struct {
		name string
		text string
		want []got
	}{
		{
			name: "a call by name with the pair discussing",
			text: "Trump called Putin on Thursday and the two men discussed a ceasefire.",
			want: []got{
				{Talks, Held, []string{"Donald Trump", "Vladimir Putin"}, "", "", "Trump called Putin on Thursday and the two men discussed a ceasefire"},
			},
		},
		{
			name: "calling someone names is no call",
			text: "Putin called Zelensky a clown during a televised address.",
		},
		{
			name: "calling on someone is no call",
			text: "Trump called on Putin to stop the bombing.",
		},
		{
			name: "a reception of a leader",
			text: "Crown Prince Mohammed bin Salman received Zelensky in Jeddah on Friday.",
			want: []got{
				{Meeting, Held, []string{"Mohammed bin Salman", "Volodymyr Zelensky"}, "Jeddah", "", "Crown Prince Mohammed bin Salman received Zelensky in Jeddah on Friday"},
			},
		},
		{
			name: "receiving weapons is no meeting",
			text: "Ukraine received new air defence systems from the United States.",
		},
		{
			name: "a visit to a capital meets its country",
			text: "Boris Johnson, visiting Kyiv in April 2022, promised more weapons.",
			want: []got{
				{Meeting, Held, []string{"Boris Johnson", "Ukraine"}, "Kyiv", "2022-04", "Boris Johnson, visiting Kyiv in April 2022, promised more weapons"},
			},
		},
		{
			name: "a numbered round of talks",
			text: "The second round lasted three hours, Turkish officials said.",
			want: []got{
				{Talks, Held, []string{"Turkey"}, "", "", "The second round lasted three hours, Turkish officials said"},
			},
		},
		{
			name: "an electoral round is no talks",
			text: "The second round of the presidential election in Ukraine was won by Zelensky.",
		},
		{
			name: "agreements signed after a comma",
			text: "The agreements, signed on Friday in Istanbul by Russia and Ukraine with Turkey, reopen the ports.",
			want: []got{
				{Other, Held, []string{"Russia", "Ukraine", "Turkey"}, "Istanbul", "", "The agreements, signed on Friday in Istanbul by Russia and Ukraine with Turkey, reopen the ports"},
			},
		},
		{
			name: "a memorandum handed over is a proposal",
			text: "Lavrov said on Friday that Moscow had handed over a memorandum with its conditions to Ukraine.",
			want: []got{
				{Proposal, Proposed, []string{"Sergey Lavrov", "Russia"}, "", "", "Lavrov said on Friday that Moscow had handed over a memorandum with its conditions to Ukraine"},
			},
		},
		{
			name: "an agreed exchange with a number",
			text: "Russia and Ukraine agreed to exchange 1,200 prisoners each.",
			want: []got{
				{PrisonerExchange, Planned, []string{"Russia", "Ukraine"}, "", "", "Russia and Ukraine agreed to exchange 1,200 prisoners each"},
			},
		},
		{
			name: "an offered ceasefire is a proposed ceasefire",
			text: "Medinsky offered a ceasefire of three days on some sections of the front.",
			want: []got{
				{Ceasefire, Proposed, []string{"Vladimir Medinsky"}, "", "", "Medinsky offered a ceasefire of three days on some sections of the front"},
			},
		},
		{
			name: "a demanded ceasefire is a proposal",
			text: "Putin demanded a ceasefire only after Ukraine withdraws from four regions.",
			want: []got{
				{Proposal, Proposed, []string{"Vladimir Putin"}, "", "", "Putin demanded a ceasefire only"},
			},
		},
		{
			name: "a proposed figure is a position, not an event",
			text: "Kyiv proposed 250,000 soldiers as a cap on its army.",
		},
		{
			name: "rounds listed with two dates",
			text: "The first two rounds, on May 16 and June 2, ended without a ceasefire between Russia and Ukraine.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "", "2025-05-16", "The first two rounds, on May 16 and June 2, ended without a ceasefire between Russia and Ukraine"},
				{Talks, Held, []string{"Russia", "Ukraine"}, "", "2025-06-02", "The first two rounds, on May 16 and June 2, ended without a ceasefire between Russia and Ukraine"},
			},
		},
		{
			name: "talks named beside another event",
			text: "Ukraine and Russia completed the exchange of prisoners on Sunday under a deal reached at talks in Istanbul.",
			want: []got{
				{PrisonerExchange, Held, []string{"Ukraine", "Russia"}, "", "", "Ukraine and Russia completed the exchange of prisoners on Sunday under a deal reached at talks in Istanbul"},
				{Talks, Held, []string{"Ukraine", "Russia"}, "Istanbul", "", "Ukraine and Russia completed the exchange of prisoners on Sunday under a deal reached at talks in Istanbul"},
			},
		},
		{
			name: "a round that could be held somewhere",
			text: "A Kremlin source said a second round of talks could be held in Istanbul in early June.",
			want: []got{
				{Talks, Planned, []string{"Russia"}, "Istanbul", "2025-06", "A Kremlin source said a second round of talks could be held in Istanbul in early June"},
			},
		},
		{
			name: "an unforeseen meeting",
			text: "Peskov said a meeting between Putin and Zelensky is not foreseen.",
		},
		{
			name: "negotiating only on a condition",
			text: "Moscow will negotiate only on the basis of the new territorial realities.",
		},
		{
			name: "a denied call",
			text: "The Kremlin denied a report that Trump had spoken with Putin by phone.",
		},
		{
			name: "coordinated events in one sentence",
			text: "On February 18, Riyadh hosted the first meeting of American and Russian delegations, and Zelensky postponed his visit to Saudi Arabia.",
			want: []got{
				{Talks, Held, []string{"Saudi Arabia", "United States", "Russia"}, "", "", "On February 18, Riyadh hosted the first meeting of American and Russian delegations"},
				{Cancellation, Cancelled, []string{"Volodymyr Zelensky"}, "Saudi Arabia", "", "and Zelensky postponed his visit to Saudi Arabia"},
			},
		},
		{
			name: "issues to discuss are no talks",
			text: "Analysts say there are issues that Russia and Ukraine need to discuss.",
		},
		{
			name: "an option under discussion",
			text: "One option under discussion is freezing the war along the front line, Trump advisers said.",
			want: []got{
				{Proposal, Proposed, []string{"Donald Trump"}, "", "", "One option under discussion is freezing the war along the front line, Trump advisers said"},
			},
		},
		{
			name: "groups that would meet are no meeting",
			text: "Russia suggested creating working groups with Ukraine that would meet online.",
			want: []got{
				{Proposal, Proposed, []string{"Russia"}, "", "", "Russia suggested creating working groups with Ukraine that would meet online"},
			},
		},
		{
			name: "a discussion at a meeting told before",
			text: "Lavrov and Kuleba met in Antalya on Thursday. Lavrov and Kuleba discussed humanitarian corridors.",
			want: []got{
				{Talks, Held, []string{"Sergey Lavrov", "Dmytro Kuleba"}, "Antalya", "", "Lavrov and Kuleba met in Antalya on Thursday"},
			},
		},
		{
			name: "a reception and the meeting referred back",
			text: "Merkel received Putin in Berlin in 2018, but the meeting brought nothing.",
			want: []got{
				{Meeting, Held, []string{"Angela Merkel", "Vladimir Putin"}, "Berlin", "", "Merkel received Putin in Berlin in 2018"},
			},
		},
		{
			name: "a seat at the table and an agreed exchange",
			text: "Russian and Ukrainian delegations sat at the same table on Friday in Istanbul, and agreed on the largest prisoner exchange of the war.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "Istanbul", "", "Russian and Ukrainian delegations sat at the same table on Friday in Istanbul"},
				{PrisonerExchange, Planned, []string{"Russia", "Ukraine"}, "", "", "and agreed on the largest prisoner exchange of the war"},
			},
		},
		{
			name: "talk about exchanges is no exchange",
			text: "Guterres spoke about the exchanges of prisoners between Russia and Ukraine.",
		},
		{
			name: "bare plural talks with a month",
			text: "Talks between Russia and Ukraine in May were the first since 2022.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "", "", "Talks between Russia and Ukraine in May were the first since 2022"},
			},
		},
		{
			name: "an expected round",
			text: "A fourth round between Russia and Ukraine is expected next week.",
			want: []got{
				{Talks, Planned, []string{"Russia", "Ukraine"}, "", "", "A fourth round between Russia and Ukraine is expected next week"},
			},
		},
		{
			name: "an exchange told by its result",
			text: "Mediated by the UAE, Ukraine brought home 230 people on January 3 and Russia got back 248.",
			want: []got{
				{PrisonerExchange, Held, []string{"United Arab Emirates", "Ukraine", "Russia"}, "", "2024-01-03", "Mediated by the UAE, Ukraine brought home 230 people on January 3 and Russia got back 248"},
			},
		},
		{
			name: "brought home without a number is no exchange",
			text: "Zelensky brought home the message that Ukraine needs more air defence.",
		},
		{
			name: "a plan identified beside talks",
			text: "American and Ukrainian negotiators met in Geneva on Monday to discuss the peace plan that, according to Axios, was drafted by Witkoff and Dmitriev.",
			want: []got{
				{Talks, Held, []string{"United States", "Ukraine"}, "Geneva", "", "American and Ukrainian negotiators met in Geneva on Monday to discuss the peace plan that, according to Axios, was drafted by Witkoff and Dmitriev"},
				{Proposal, Proposed, []string{"United States", "Ukraine"}, "Geneva", "", "American and Ukrainian negotiators met in Geneva on Monday to discuss the peace plan that, according to Axios, was drafted by Witkoff and Dmitriev"},
			},
		},
		{
			name: "a ceasefire agreed a few words before",
			text: "The leaders of Russia and Ukraine agreed on Thursday on a ceasefire to begin in June 2025.",
			want: []got{
				{Ceasefire, Planned, []string{"Russia", "Ukraine"}, "", "2025-06", "The leaders of Russia and Ukraine agreed on Thursday on a ceasefire to begin in June 2025"},
			},
		},
		{
			name: "a dateline and a capital by its adjective are no parties",
			text: "MINSK, May 30 (wire) – Russian and Ukrainian delegations held talks in the Belarusian capital.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "Belarus", "2025-05-30", "MINSK, May 30 (wire) – Russian and Ukrainian delegations held talks in the Belarusian capital"},
			},
		},
		{
			name: "meeting a delegation is talks",
			text: "Umerov met the Russian delegation in Istanbul on Monday.",
			want: []got{
				{Talks, Held, []string{"Rustem Umerov", "Russia"}, "Istanbul", "", "Umerov met the Russian delegation in Istanbul on Monday"},
			},
		},
		{
			name: "a comma splice opens a clause of its own",
			text: "After talks in Jeddah the delegations issued a joint statement, Ukraine expressed readiness to accept the American proposal of a ceasefire.",
			want: []got{
				{Talks, Held, []string{"Ukraine", "United States"}, "Jeddah", "", "After talks in Jeddah the delegations issued a joint statement"},
				{Proposal, Proposed, []string{"United States"}, "", "", "Ukraine expressed readiness to accept the American proposal of a ceasefire"},
			},
		},
		{
			name: "previous votes are no new vote",
			text: "Turkey abstained, as it did in previous votes.",
		},
		{
			name: "a span of days is its month",
			text: "On 5 and 6 May 2025 the envoy was in Kyiv, where he met Zelensky.",
			want: []got{
				{Meeting, Held, []string{"Volodymyr Zelensky"}, "Kyiv", "2025-05", "On 5 and 6 May 2025 the envoy was in Kyiv, where he met Zelensky"},
			},
		},
		{
			name: "a no-show cancels",
			text: "Putin did not come to Istanbul, the Kremlin said.",
			want: []got{
				{Cancellation, Cancelled, []string{"Vladimir Putin", "Russia"}, "Istanbul", "", "Putin did not come to Istanbul, the Kremlin said"},
			},
		},
		{
			name: "not coming to the table is no cancellation",
			text: "Russia did not come to the negotiating table for months.",
		},
		{
			name: "a list of countries visited is no apposition",
			text: "Lavrov will visit Turkey, Poland and Belarus next week.",
			want: []got{
				{Meeting, Planned, []string{"Sergey Lavrov", "Poland", "Belarus"}, "Turkey", "", "Lavrov will visit Turkey, Poland and Belarus next week"},
			},
		},
		{
			name: "a country after the city is the city's",
			text: "Russian and American delegations held talks in Riyadh, Saudi Arabia on May 30.",
			want: []got{
				{Talks, Held, []string{"Russia", "United States"}, "Riyadh", "2025-05-30", "Russian and American delegations held talks in Riyadh, Saudi Arabia on May 30"},
			},
		},
		{
			name: "a visit on the calendar in a before clause",
			text: "The call came a day before Zelensky was due in Washington.",
			want: []got{
				{Meeting, Planned, []string{"Volodymyr Zelensky"}, "Washington", "", "before Zelensky was due in Washington"},
			},
		},
		{
			name: "a before clause without a schedule tells nothing",
			text: "Russia wants guarantees before talks with Ukraine begin.",
		},
		{
			name: "days spent in a city with someone",
			text: "Dmitriev spent two days in Geneva with Witkoff and his team.",
			want: []got{
				{Meeting, Held, []string{"Kirill Dmitriev", "Steve Witkoff"}, "Geneva", "", "Dmitriev spent two days in Geneva with Witkoff and his team"},
			},
		},
		{
			name: "money spent is no meeting",
			text: "Russia spent billions in Crimea with no result.",
		},
		{
			name: "a new meeting after a round of talks is the next round",
			text: "Russia and Ukraine held talks in Istanbul on May 16. Umerov says Kyiv wants the children back. He proposes a new meeting between June 20 and June 30.",
			want: []got{
				{Talks, Held, []string{"Russia", "Ukraine"}, "Istanbul", "2025-05-16", "Russia and Ukraine held talks in Istanbul on May 16"},
				{Talks, Proposed, []string{"Russia", "Ukraine"}, "", "2025-06", "He proposes a new meeting between June 20 and June 30"},
			},
		},
		{
			name: "the visitor is the name before the participle",
			text: "Lavrov said that Boris Johnson, visiting Kyiv in April 2022, told Ukrainians to fight.",
			want: []got{
				{Meeting, Held, []string{"Boris Johnson", "Ukraine"}, "Kyiv", "2022-04", "Lavrov said that Boris Johnson, visiting Kyiv in April 2022, told Ukrainians to fight"},
			},
		},
		{
			name: "a quarrel in a named room is a meeting",
			text: "The spat in the Oval Office on May 30 between Trump and Zelensky stunned Europe.",
			want: []got{
				{Meeting, Held, []string{"Donald Trump", "Volodymyr Zelensky"}, "Oval Office", "2025-05-30", "The spat in the Oval Office on May 30 between Trump and Zelensky stunned Europe"},
			},
		},
		{
			name: "clashes at the front are fighting",
			text: "Clashes in Donbas between Russia and Ukraine continued on May 30.",
		},
		{
			name: "leaving an agreement is an act on it",
			text: "Russia has suspended its participation in the Black Sea Grain Initiative, which let Ukraine export grain.",
			want: []got{
				{Other, Held, []string{"Russia"}, "", "", "Russia has suspended its participation in the Black Sea Grain Initiative, which let Ukraine export grain"},
			},
		},
		{
			name: "suspended talks stay a cancellation",
			text: "Russia suspended the talks with Ukraine in Istanbul.",
			want: []got{
				{Cancellation, Cancelled, []string{"Russia", "Ukraine"}, "Istanbul", "", "Russia suspended the talks with Ukraine in Istanbul"},
			},
		},
		{
			name: "a ceasefire pressed on the other side is a proposal",
			text: "In May, in Geneva, Washington had pressed Kyiv to accept a ceasefire of 30 days.",
			want: []got{
				{Proposal, Proposed, []string{"United States", "Ukraine"}, "Geneva", "", "In May, in Geneva, Washington had pressed Kyiv to accept a ceasefire of 30 days"},
			},
		},
		{
			name: "receiving someone's support is no meeting",
			text: "Zelensky received Trump's support for the plan.",
		},
		{
			name: "points got back in a poll are no exchange",
			text: "Zelensky got back 5 points in the latest poll in Ukraine.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := g.Annotate(tt.text, "2025-06-01")
			if diff := cmp.Diff(tt.want, summarize(d), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
