package figure

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/truce-project/truce"
)

// want is what a test checks of a figure; zero Low and High stand for null.
type want struct {
	Quote     string
	Value     float64
	Low, High float64
	Approx    bool
	Unit      string
	Subject   string
	By        string
	Via       []string
	AsOf      string
	Since     string
}

func project(text string, fs []truce.Figure) []want {
	var out []want
	for _, f := range fs {
		w := want{Quote: text[f.Start:f.End], Value: f.Value, Approx: f.Approx, Unit: f.Unit,
			Subject: f.Subject, By: f.ReportedBy, Via: f.Via, AsOf: f.AsOf, Since: f.PeriodStart}
		if f.Low != nil {
			w.Low = *f.Low
		}
		if f.High != nil {
			w.High = *f.High
		}
		if len(w.Via) == 0 {
			w.Via = nil
		}
		out = append(out, w)
	}
	return out
}

type testCase struct {
	name string
	text string
	tx   []tx
	at   []at
	want []want
	// published is the document's date of publication, YYYY-MM-DD.
	published string
}

func TestExtract(t *testing.T) {
	var cases []testCase
	cases = append(cases, numberCases...)
	cases = append(cases, boundCases...)
	cases = append(cases, moneyCases...)
	cases = append(cases, notFigureCases...)
	cases = append(cases, unitCases...)
	cases = append(cases, contextCases...)
	cases = append(cases, dateCases...)
	cases = append(cases, sourceCases...)
	cases = append(cases, shareCases...)
	cases = append(cases, partitiveCases...)
	cases = append(cases, moreMoneyCases...)
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			t.Fatalf("duplicate case name %q", c.name)
		}
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(t, c.text, c.tx, c.at)
			if c.published != "" {
				pub, err := time.Parse("2006-01-02", c.published)
				if err != nil {
					t.Fatal(err)
				}
				d.Published = pub
			}
			got := project(c.text, Extract(d))
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

var numberCases = []testCase{
	{name: "spoken decimal with scale", text: "The agency says two point three million people have fled the country.",
		want: []want{{Quote: "two point three million people", Value: 2.3e6, Unit: "people"}}},
	{name: "spoken decimal percent", text: "Prices rose by four point five percent in the occupied areas.",
		want: []want{{Quote: "four point five percent", Value: 4.5, Unit: "percent"}}},
	{name: "point without scale is no decimal", text: "At one point three soldiers were trapped in the plant."},
	{name: "thousands commas", text: "Russia has lost 331,110 soldiers in the war.",
		want: []want{{Quote: "331,110 soldiers", Value: 331110, Unit: "people", Subject: "Russia"}}},
	{name: "thousands space", text: "The army lost 1 070 soldiers in a single day.",
		want: []want{{Quote: "1 070 soldiers", Value: 1070, Unit: "people"}}},
	{name: "thousands narrow space", text: "Ukraine returned 1\u202f070 prisoners of war.",
		want: []want{{Quote: "1\u202f070 prisoners", Value: 1070, Unit: "people", Subject: "Ukraine"}}},
	{name: "thousands european dots", text: "Observers counted 1.070 tanks destroyed near the river.",
		want: []want{{Quote: "1.070 tanks", Value: 1070, Unit: "tanks"}}},
	{name: "decimal million", text: "Some 1.2 million people have fled the Donetsk region.",
		want: []want{{Quote: "Some 1.2 million people", Value: 1.2e6, Approx: true, Unit: "people", Subject: "Ukraine"}}},
	{name: "decimal comma million", text: "The region lost 3,5 mln tonnes of grain.",
		want: []want{{Quote: "3,5 mln tonnes", Value: 3.5e6, Unit: "tonnes"}}},
	{name: "number words", text: "Russia lost one submarine and two helicopters.",
		want: []want{
			{Quote: "one submarine", Value: 1, Unit: "submarines", Subject: "Russia"},
			{Quote: "two helicopters", Value: 2, Unit: "helicopters", Subject: "Russia"}}},
	{name: "hyphenated tens", text: "Twenty-eight countries signed the declaration.",
		want: []want{{Quote: "Twenty-eight countries", Value: 28, Unit: "countries"}}},
	{name: "tens and units apart", text: "Kyiv said twenty five soldiers came home.",
		want: []want{{Quote: "twenty five soldiers", Value: 25, Unit: "people", Subject: "Ukraine", By: "Ukraine"}}},
	{name: "a dozen", text: "A dozen tanks were destroyed near Kyiv.",
		want: []want{{Quote: "A dozen tanks", Value: 12, Unit: "tanks"}}},
	{name: "hundred and fifty", text: "Kyiv says two hundred and fifty prisoners came home.",
		want: []want{{Quote: "two hundred and fifty prisoners", Value: 250, Unit: "people", Subject: "Ukraine", By: "Ukraine"}}},
	{name: "half a million", text: "Half a million people fled to Poland in March.",
		want: []want{{Quote: "Half a million people", Value: 5e5, Unit: "people"}}},
	{name: "digits and thousand", text: "About 5 thousand soldiers took part in the drills.",
		want: []want{{Quote: "About 5 thousand soldiers", Value: 5000, Approx: true, Unit: "people"}}},
	{name: "word million", text: "Russia fired two million shells last year.",
		want: []want{{Quote: "two million shells", Value: 2e6, Unit: "shells", Subject: "Russia"}}},
	{name: "singular unit becomes plural", text: "Ukraine destroyed one multiple launch rocket system.",
		want: []want{{Quote: "one multiple launch rocket system", Value: 1, Unit: "multiple launch rocket systems", Subject: "Ukraine"}}},
}

var boundCases = []testCase{
	{name: "more than", text: "More than 500 prisoners were exchanged on the border.",
		want: []want{{Quote: "More than 500 prisoners", Value: 500, Low: 500, Approx: true, Unit: "people"}}},
	{name: "at least", text: "At least 102 civilians had been killed, the mission said.",
		want: []want{{Quote: "At least 102 civilians", Value: 102, Low: 102, Approx: true, Unit: "people"}}},
	{name: "up to", text: "The plan caps the army at up to 600,000 troops.",
		want: []want{{Quote: "up to 600,000 troops", Value: 6e5, High: 6e5, Approx: true, Unit: "people"}}},
	{name: "nearly", text: "Nearly 9,000 Russian soldiers have been killed in the past week.",
		want: []want{{Quote: "Nearly 9,000 Russian soldiers", Value: 9000, High: 9000, Approx: true, Unit: "people", Subject: "Russia"}}},
	{name: "almost percent", text: "Russia holds almost 18 percent of Ukraine.",
		want: []want{{Quote: "almost 18 percent of Ukraine", Value: 18, High: 18, Approx: true, Unit: "percent", Subject: "Ukraine"}}},
	{name: "around percent sign", text: "Turnout was around 20 % in the occupied areas.",
		want: []want{{Quote: "around 20 %", Value: 20, Approx: true, Unit: "percent"}}},
	{name: "an estimated", text: "An estimated 5,000 fighters remain in the city.",
		want: []want{{Quote: "An estimated 5,000 fighters", Value: 5000, Approx: true, Unit: "people"}}},
	{name: "fewer than", text: "Fewer than 100 tanks are left in reserve.",
		want: []want{{Quote: "Fewer than 100 tanks", Value: 100, High: 100, Approx: true, Unit: "tanks"}}},
	{name: "well over in quotes", text: "He said “well over 100,000” Russian soldiers had been killed or wounded.",
		want: []want{{Quote: "well over 100,000” Russian soldiers", Value: 1e5, Low: 1e5, Approx: true, Unit: "people", Subject: "Russia"}}},
	{name: "no more than", text: "Ukraine would keep no more than 85,000 servicemen.",
		want: []want{{Quote: "no more than 85,000 servicemen", Value: 85000, High: 85000, Approx: true, Unit: "people", Subject: "Ukraine"}}},
	{name: "between and", text: "Officials estimate between 7,000 and 15,000 Russian soldiers killed.",
		want: []want{
			{Quote: "between 7,000", Value: 7000, Low: 7000, High: 15000, Unit: "people", Subject: "Russia"},
			{Quote: "15,000 Russian soldiers", Value: 15000, Low: 7000, High: 15000, Unit: "people", Subject: "Russia"}}},
	{name: "dash range", text: "The convoy carried 5,000-7,000 troops.",
		want: []want{
			{Quote: "5,000", Value: 5000, Low: 5000, High: 7000, Unit: "people"},
			{Quote: "7,000 troops", Value: 7000, Low: 5000, High: 7000, Unit: "people"}}},
	{name: "range with shared scale", text: "The war displaced 1-2 million people.",
		want: []want{
			{Quote: "1", Value: 1e6, Low: 1e6, High: 2e6, Unit: "people"},
			{Quote: "2 million people", Value: 2e6, Low: 1e6, High: 2e6, Unit: "people"}}},
	{name: "from to percent", text: "Support rose from 20 to 30 percent.",
		want: []want{
			{Quote: "from 20", Value: 20, Low: 20, High: 30, Unit: "percent"},
			{Quote: "30 percent", Value: 30, Low: 20, High: 30, Unit: "percent"}}},
	{name: "some", text: "Some 300 mercenaries crossed the border.",
		want: []want{{Quote: "Some 300 mercenaries", Value: 300, Approx: true, Unit: "people"}}},
}

var moneyCases = []testCase{
	{name: "dollar billion", text: "Washington pledged $50 billion in military aid.",
		want: []want{{Quote: "$50 billion in military aid", Value: 5e10, Unit: "USD"}}},
	{name: "euro bn glued", text: "The European Union froze €300bn of central bank assets.",
		want: []want{{Quote: "€300bn of central bank assets", Value: 3e11, Unit: "EUR", Subject: "European Union"}}},
	{name: "frozen assets", text: "Russia has about $300 billion in frozen assets abroad.",
		want: []want{{Quote: "about $300 billion in frozen assets", Value: 3e11, Approx: true, Unit: "USD", Subject: "Russia"}}},
	{name: "dollars word", text: "The fund needs 50 billion dollars for reconstruction.",
		want: []want{{Quote: "50 billion dollars", Value: 5e10, Unit: "USD"}}},
	{name: "US dollars", text: "Kyiv received 2.5 billion US dollars from donors.",
		want: []want{{Quote: "2.5 billion US dollars", Value: 2.5e9, Unit: "USD", Subject: "Ukraine"}}},
	{name: "US dollars after a name", text: "The United States has provided more than 65.9 billion US dollars in military aid.",
		want: []want{{Quote: "more than 65.9 billion US dollars in military aid", Value: 65.9e9, Low: 65.9e9, Approx: true, Unit: "USD", Subject: "United States"}}},
	{name: "currency code before", text: "The bank lent USD 300 million to Ukraine.",
		want: []want{{Quote: "USD 300 million", Value: 3e8, Unit: "USD", Subject: "Ukraine"}}},
	{name: "hryvnias", text: "The budget sets aside 3 billion hryvnias for housing.",
		want: []want{{Quote: "3 billion hryvnias", Value: 3e9, Unit: "UAH"}}},
	{name: "rubles", text: "Moscow spent 1.5 trillion rubles on the army.",
		want: []want{{Quote: "1.5 trillion rubles", Value: 1.5e12, Unit: "RUB", Subject: "Russia"}}},
	{name: "dollar millions short", text: "Donors gave $5m to the fund.",
		want: []want{{Quote: "$5m", Value: 5e6, Unit: "USD"}}},
	{name: "per cent", text: "Exports fell by 15 per cent after the blockade.",
		want: []want{{Quote: "15 per cent", Value: 15, Unit: "percent"}}},
	{name: "roughly dollars", text: "Roughly $1.5 billion in energy aid was announced.",
		want: []want{{Quote: "Roughly $1.5 billion in energy aid", Value: 1.5e9, Approx: true, Unit: "USD"}}},
}
