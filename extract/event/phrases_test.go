package event

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestPhrases covers constructions whose verb alone names no event of the
// peace process but whose object or neighbour does, in sentences written
// for this test in the style of wire copy and machine-translated news.
func TestPhrases(t *testing.T) {
	g := loadGazetteer(t)
	tests := []struct {
		name string
		text string
		want []string // "type/status" of each event, in order
	}{
		{"hosting leaders is a summit", "Polish President Andrzej Duda hosted Nordic leaders in Warsaw on Tuesday to coordinate aid to Ukraine.", []string{"summit/held"}},
		{"hosting dozens of delegations is a summit", "In Geneva, Erdogan hosts around 40 delegations for a conference on the grain corridor.", []string{"summit/held"}},
		{"hosting a match is nothing", "Kyiv hosted a football match on Sunday.", nil},
		{"signing a decree", "On October 4, Zelensky signed a decree stating that talks with Putin were impossible.", []string{"other/held"}},
		{"signing a domestic law is nothing", "The Kremlin signed a law banning foreign agents.", nil},
		{"an evacuation nobody arranged is nothing", "The evacuation of Kherson residents continued for a week, Ukrainian officials said.", nil},
		{"signing a cheque is nothing", "Zelensky signed autographs for soldiers in Kharkiv.", nil},
		{"offering to hand over", "The Kremlin offered to return 500 bodies of fallen Ukrainian soldiers.", []string{"proposal/proposed"}},
		{"offering to host talks stays talks", "Turkey offered to host talks between Russia and Ukraine in Istanbul.", []string{"talks/proposed"}},
		{"walking out of a deal", "In July 2023 Moscow walked out of the grain deal brokered by Turkey.", []string{"cancellation/cancelled"}},
		{"withdrawing troops is no cancellation", "Ukraine said Russian forces withdrew from two villages near Bakhmut.", nil},
		{"held conversations", "Sullivan had held several conversations with Lavrov in 2022, officials in Washington said.", []string{"talks/held"}},
		{"conversations alone are nothing", "Conversations with Russia about the weather are pointless, Zelensky said.", nil},
		{"a plan that includes an exchange is a plan", "Turkey unveiled a 12-point plan including a prisoner exchange and a ceasefire along the front line.", []string{"proposal/proposed"}},
		{"an exchange carried out is an exchange", "Russia and Ukraine exchanged 90 prisoners on Friday, Kyiv said.", []string{"prisoner_exchange/held"}},
		{"a ceasefire that was to start", "Russia and Ukraine met in Minsk. A ceasefire was to start at midnight on February 15.", []string{"talks/held", "ceasefire/planned"}},
		{"a ceasefire that began", "A ceasefire between Russia and Ukraine began at 6 a.m. on Sunday, officials said.", []string{"ceasefire/held"}},
		{"talks then an agreement", "Putin and Zelensky held talks in Paris and agreed an exchange of all prisoners.", []string{"talks/held", "prisoner_exchange/held"}},
		{"agreeing to meet again is not cut", "The Russian and Ukrainian delegations held talks in Gomel and agreed to meet again next week.", []string{"talks/held", "talks/planned"}},
		{"a negated event verb", "Putin told reporters in Moscow that he would not negotiate with Zelensky.", nil},
		{"a foreign visit", "Erdogan flew to Moscow last week, a Turkish official said.", []string{"meeting/held"}},
		{"coming home is no visit", "Zelensky returned to Kyiv on Monday night.", nil},
		{"breaking off to call", "Trump broke off his speech to call Putin.", []string{"talks/held"}},
		{"postpones in the present", "Russia postpones a meeting with Ukraine in Doha planned for the next day.", []string{"cancellation/cancelled"}},
		{"preparing another summit", "Macron and Scholz agreed to prepare another summit in Vienna.", []string{"summit/planned"}},
		{"preparing for talks is a goal", "The Ukrainian army needs time to prepare for talks in Vienna.", nil},
		{"the talks of a summit told before", "Macron hosted Putin and Zelensky in Paris. An official said the text was settled only in the final hour of the talks.", []string{"meeting/held"}},
		{"talks after a preposition with a place are new", "Putin hosted Zelensky in Sochi. Lavrov was also present at the talks in Istanbul.", []string{"meeting/held", "talks/held"}},
		{"talks after a preposition with a day are new", "Putin hosted Zelensky in Sochi. Lavrov was also present at the talks on May 16.", []string{"meeting/held", "talks/held"}},
		{"a summit told by its place", "The summit in Brussels ended without a joint statement.", []string{"summit/held"}},
		{"a gerund with a place is no gathering", "The contact group kept meeting in Minsk for years.", nil},
		{"a meeting not ruled out is proposed", "Officials said a meeting in Riyadh could not be ruled out.", []string{"meeting/proposed"}},
		{"the signing of a deal", "The signing of the agreement took place in Istanbul in the presence of Guterres and Erdogan.", []string{"other/held"}},
		{"the signing of autographs is nothing", "The signing of autographs by Zelensky lasted an hour in Kyiv.", nil},
		{"an evacuation", "The evacuation of civilians from Mariupol was organised by the United Nations and the Red Cross.", []string{"other/held"}},
		{"a position paper published", "China published a 12-point position paper on February 24, 2023.", []string{"proposal/proposed"}},
		{"agreeing in the present to swap", "The sides agree to swap 200 prisoners each, Zelensky said.", []string{"prisoner_exchange/planned"}},
		{"agreeing to conclude an agreement", "Russia and Ukraine agreed to conclude an agreement on grain exports.", []string{"other/planned"}},
		{"agreeing to restore a ceasefire", "Russia and Ukraine agreed to restore the ceasefire along the line of contact.", []string{"ceasefire/planned"}},
		{"a deadline to reach a deal is a goal", "Trump gave Moscow 50 days to reach a deal.", nil},
		{"a meeting that would take place, told late", "Trump said a meeting of senior advisers, led on the American side by Secretary of State Marco Rubio and envoy Steve Witkoff, would take place next week.", []string{"meeting/planned"}},
		{"hosting delegations for talks is the talks", "Hakan Fidan hosted delegations from Russia and Ukraine in Istanbul on Saturday for a third round of direct talks.", []string{"talks/held"}},
		{"ministers of both sides meeting hold talks", "Umerov met Medinsky in Istanbul on Friday.", []string{"talks/held"}},
		{"an envoy meeting a leader is a meeting", "Witkoff met Putin in the Kremlin on Thursday.", []string{"meeting/held"}},
		{"the two leaders meeting is a summit", "Zelensky met Putin in Paris.", []string{"summit/held"}},
		{"talks and a cancelled exchange", "Russia and Ukraine held talks in Istanbul and postponed the exchange of prisoners.", []string{"talks/held", "cancellation/cancelled"}},
		{"a planned event called off is one event", "Trump had planned a summit with Putin in Budapest, but he cancelled the summit.", []string{"cancellation/cancelled"}},
		{"two delegations of officials hold talks", "In Riyadh, Rubio and Witkoff meet Lavrov and Dmitriev for four hours.", []string{"talks/held"}},
		{"envoys received by a leader is a meeting", "Rubio and Witkoff met Putin in the Kremlin.", []string{"meeting/held"}},
		{"delegations due somewhere for talks", "Russian and Ukrainian delegations were due in Doha for indirect talks on energy strikes.", []string{"talks/planned"}},
		{"a payment due is no meeting", "The payment is due in June 2025, Zelensky said.", nil},
		{"a channel for swaps is a kind of event", "Kyiv set up a channel for prisoner swaps.", nil},
		{"a summit expected far back", "The African leaders are expected to return to St Petersburg for the Russia-Africa summit in Moscow.", []string{"summit/planned"}},
		{"a conversation of two hours", "Putin and Trump had a two-hour conversation on Tuesday.", []string{"talks/held"}},
		{"enough conversations is no event", "We have had enough conversations, Zelensky said.", nil},
		{"delegations received for a round of talks", "Erdogan has received at Istanbul the delegations of Russia and of Ukraine the Tuesday, for a new round of negotiations.", []string{"talks/held"}},
		{"a leader received for talks is a meeting", "Erdogan received Zelensky in Istanbul for talks on the grain corridor.", []string{"meeting/held"}},
		{"a meeting not excluded is proposed", "Zelensky has not excluded a meeting with Putin in Istanbul.", []string{"summit/proposed"}},
		{"a summit not attended is nothing", "Putin did not attend the summit in Istanbul.", nil},
		{"talks that should begin are an opinion", "The think tank argues that talks should begin only once Kyiv has enough leverage.", nil},
		{"a declaration told by its signing", "The final declaration, signed by Turkey and Poland, called for the return of deported children.", []string{"statement/held"}},
		{"a ceasefire told by its agreement", "A 30-day ceasefire on energy infrastructure, agreed by Putin and Trump in March, expired in April.", []string{"ceasefire/held"}},
		{"a ceasefire in a parenthesis is no event", "A ceasefire, Zelensky said, is not possible now.", nil},
		{"a visit to a seat of government", "Zelensky returned to the Kremlin with Trump.", []string{"meeting/held"}},
		{"a leader back at his own seat is no visit", "Putin returned to the Kremlin on Monday.", nil},
		{"a participant recounting the talks", "Kuleba met Lavrov in Antalya on Thursday. \"We also talked about a ceasefire, but there was no progress,\" Kuleba said.", []string{"talks/held"}},
		{"we talked, with nothing told before", "\"We talked with Putin by phone for an hour,\" Erdogan said.", []string{"talks/held"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := g.Annotate(tt.text, "2025-06-01")
			var out []string
			for _, e := range summarize(d) {
				out = append(out, e.Type+"/"+e.Status)
			}
			if diff := cmp.Diff(tt.want, out, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("events of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
