package event

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/truce-project/truce/extract"
)

// got is an event with its evidence as text, for readable diffs.
type got struct {
	Type, Status string
	Participants []string
	Place, Date  string
	Quote        string
}

func summarize(d *extract.Doc) []got {
	var out []got
	for _, e := range Extract(d) {
		out = append(out, got{e.Type, e.Status, e.Participants, e.Place, e.Date, d.Text[e.Start:e.End]})
	}
	return out
}

func TestExtract(t *testing.T) {
	g := loadGazetteer(t)
	tests := []struct {
		name      string
		text      string
		published string
		attr      func(d *extract.Doc)
		want      []got
	}{
		{
			name: "held talks with place and date",
			text: "Delegations of Russia and Ukraine held talks in Istanbul on March 29, 2022.",
			want: []got{{Talks, Held, []string{"Russia", "Ukraine"}, "Istanbul", "2022-03-29",
				"Delegations of Russia and Ukraine held talks in Istanbul on March 29, 2022"}},
		},
		{
			name: "planned meeting of two leaders",
			text: "Zelensky will meet Trump in Geneva next week.",
			want: []got{{Meeting, Planned, []string{"Volodymyr Zelensky", "Donald Trump"}, "Geneva", "",
				"Zelensky will meet Trump in Geneva next week"}},
		},
		{
			name: "summit with the Russian leader",
			text: "Putin and Trump met in Geneva on 14 May 2025.",
			want: []got{{Summit, Held, []string{"Vladimir Putin", "Donald Trump"}, "Geneva", "2025-05-14",
				"Putin and Trump met in Geneva on 14 May 2025"}},
		},
		{
			name: "cancelled trip merges with the meeting",
			text: "Witkoff was due to meet Umerov in Istanbul, but at the last minute the envoy cancelled the trip.",
			want: []got{{Cancellation, Cancelled, []string{"Steve Witkoff", "Rustem Umerov"}, "Istanbul", "",
				"Witkoff was due to meet Umerov in Istanbul, but at the last minute the envoy cancelled the trip"}},
		},
		{
			name: "demonstrative refers back",
			text: "Russia and Ukraine held talks in Minsk on Monday. These talks produced no result.",
			want: []got{{Talks, Held, []string{"Russia", "Ukraine"}, "Minsk", "",
				"Russia and Ukraine held talks in Minsk on Monday"}},
		},
		{
			name: "definite noun refers back",
			text: "Ukraine and Russia held talks in Minsk on Monday. The talks lasted five hours, Kyiv said.",
			want: []got{{Talks, Held, []string{"Ukraine", "Russia"}, "Minsk", "",
				"Ukraine and Russia held talks in Minsk on Monday"}},
		},
		{name: "negated", text: "Ukraine is not holding any negotiations with Russia."},
		{name: "hypothetical", text: "Russia could agree to talks with Ukraine if sanctions are lifted."},
		{name: "question", text: "Will Putin meet Zelensky in Istanbul?"},
		{name: "goal, not event", text: "The United States will support efforts by Ukraine to obtain a ceasefire with Russia."},
		{name: "anonymous sources are not talks", text: "People familiar with the negotiations said Ukraine was tired."},
		{name: "subordinate clause", text: "Zelensky said Russia must withdraw before negotiations with Ukraine begin."},
		{
			name: "prisoner exchange with mediator",
			text: "Russia and Ukraine exchanged 300 prisoners of war on Monday with the mediation of the UAE.",
			want: []got{{PrisonerExchange, Held, []string{"Russia", "Ukraine", "United Arab Emirates"}, "", "",
				"Russia and Ukraine exchanged 300 prisoners of war on Monday with the mediation of the UAE"}},
		},
		{
			name: "vote by a body",
			text: "The United Nations General Assembly adopted a resolution that calls on Russia to leave Ukraine.",
			want: []got{{Vote, Held, []string{"United Nations General Assembly"}, "", "",
				"The United Nations General Assembly adopted a resolution that calls on Russia to leave Ukraine"}},
		},
		{
			name: "proposal put forward",
			text: "The Russian side put forward four preconditions: Ukraine must stay out of NATO.",
			want: []got{{Proposal, Proposed, []string{"Russia"}, "", "", "The Russian side put forward four preconditions"}},
		},
		{
			name: "definite plan is no new proposal",
			text: "Witkoff informed Umerov about the plan.",
		},
		{
			name: "hedge words make it reported",
			text: "According to reports, Russia and Ukraine have reportedly held secret talks in Turkey.",
			want: []got{{Talks, Reported, []string{"Russia", "Ukraine"}, "Turkey", "",
				"According to reports, Russia and Ukraine have reportedly held secret talks in Turkey"}},
		},
		{
			name: "hedged attribution makes it reported",
			text: "The generals of Russia and Ukraine are conducting talks, Hersh says.",
			attr: func(d *extract.Doc) {
				attribute(d, "Hersh", "The generals of Russia and Ukraine are conducting talks", false, true)
			},
			want: []got{{Talks, Reported, []string{"Russia", "Ukraine"}, "", "",
				"The generals of Russia and Ukraine are conducting talks, Hersh says"}},
		},
		{
			name: "the parties are the belligerents",
			text: "The parties agreed to hold a new round of talks in Istanbul.",
			want: []got{{Talks, Planned, []string{"Russia", "Ukraine"}, "Istanbul", "",
				"The parties agreed to hold a new round of talks in Istanbul"}},
		},
		{
			name: "would not attend a dated round",
			text: "The Kremlin said Russian representatives would not attend the negotiations in Geneva on Monday.",
			attr: func(d *extract.Doc) {
				attribute(d, "Kremlin", "Russian representatives would not attend the negotiations in Geneva on Monday", false, false)
			},
			want: []got{{Talks, Planned, []string{"Russia"}, "Geneva", "",
				"The Kremlin said Russian representatives would not attend the negotiations in Geneva on Monday"}},
		},
		{
			name: "joint statement",
			text: "Russia and Turkey issued a joint statement on shipping.",
			want: []got{{Statement, Held, []string{"Russia", "Turkey"}, "", "", "Russia and Turkey issued a joint statement on shipping"}},
		},
		{
			name: "phone call",
			text: "Trump spoke by phone with Putin on Monday.",
			want: []got{{Talks, Held, []string{"Donald Trump", "Vladimir Putin"}, "", "", "Trump spoke by phone with Putin on Monday"}},
		},
		{
			name:      "date after publication is planned",
			text:      "Russia and Ukraine hold talks in Istanbul on 14 May 2025.",
			published: "2025-05-10",
			want: []got{{Talks, Planned, []string{"Russia", "Ukraine"}, "Istanbul", "2025-05-14",
				"Russia and Ukraine hold talks in Istanbul on 14 May 2025"}},
		},
		{
			name: "headline repeats the body",
			text: "Ceasefire talks between Russia and Ukraine in Minsk\n\nNothing was said.",
		},
		{
			name: "one event per clause",
			text: "Russia said it was ready to discuss a ceasefire with Ukraine in Belarus on Thursday.",
			want: []got{{Talks, Planned, []string{"Russia", "Ukraine"}, "Belarus", "",
				"Russia said it was ready to discuss a ceasefire with Ukraine in Belarus on Thursday"}},
		},
		{
			name: "speaker is no participant",
			text: "Dmitriev said the peace plan should be ready for the next meeting between Trump and Putin.",
			attr: func(d *extract.Doc) {
				attribute(d, "Dmitriev", "the peace plan should be ready for the next meeting between Trump and Putin", false, false)
			},
			want: []got{{Summit, Planned, []string{"Donald Trump", "Vladimir Putin"}, "", "",
				"Dmitriev said the peace plan should be ready for the next meeting between Trump and Putin"}},
		},
		{name: "ready to meet without a day is an offer", text: "Zelensky has repeatedly said he is ready to meet Putin."},
		{
			name: "offered talks are proposed",
			text: "Erdogan offered to host talks between Russia and Ukraine in Istanbul.",
			want: []got{{Talks, Proposed, []string{"Recep Tayyip Erdoğan", "Russia", "Ukraine"}, "Istanbul", "",
				"Erdogan offered to host talks between Russia and Ukraine in Istanbul"}},
		},
		{
			name: "capitals stand for their parties",
			text: "Peace talks between Moscow and Kyiv collapsed in the spring.",
			want: []got{{Talks, Held, []string{"Russia", "Ukraine"}, "", "", "Peace talks between Moscow and Kyiv collapsed in the spring"}},
		},
		{
			name: "two events when the cancellation follows another",
			text: "A meeting between Rubio and Lavrov was shelved after the two men spoke by phone.",
			want: []got{
				{Cancellation, Cancelled, []string{"Marco Rubio", "Sergey Lavrov"}, "", "", "A meeting between Rubio and Lavrov was shelved"},
				{Talks, Held, []string{"Marco Rubio", "Sergey Lavrov"}, "", "", "after the two men spoke by phone"},
			},
		},
		{
			name: "a visit in a relative clause",
			text: "Erdogan said he would talk to Putin, who is expected to visit Turkey in June 2025.",
			want: []got{{Meeting, Planned, []string{"Vladimir Putin", "Recep Tayyip Erdoğan"}, "Turkey", "2025-06", "who is expected to visit Turkey in June 2025"}},
		},
		{
			name: "cancelled with called off",
			text: "Trump called off a planned summit with Putin in Budapest.",
			want: []got{{Cancellation, Cancelled, []string{"Donald Trump", "Vladimir Putin"}, "", "",
				"Trump called off a planned summit with Putin in Budapest"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := g.Annotate(tt.text, tt.published)
			if tt.attr != nil {
				tt.attr(d)
			}
			if diff := cmp.Diff(tt.want, summarize(d), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOverlappingMentions: a role phrase may be one mention with the
// nationality adjective inside it as another.
func TestOverlappingMentions(t *testing.T) {
	g := loadGazetteer(t)
	d := g.Annotate("Ukrainian President Volodymyr Zelensky met Putin in Istanbul on Monday.", "")
	// d.Mentions: Ukrainian, Volodymyr Zelensky, …; widen Zelensky over
	// the adjective, which keeps its place first.
	d.Mentions[1].Start = 0
	want := []got{{Summit, Held, []string{"Volodymyr Zelensky", "Vladimir Putin"}, "Istanbul", "",
		"Ukrainian President Volodymyr Zelensky met Putin in Istanbul on Monday"}}
	if diff := cmp.Diff(want, summarize(d), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}
