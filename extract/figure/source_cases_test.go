package figure

// dateCases check as of when a figure holds: a timeline entry's date, a
// date set before the clause that gives the figure, "now".
var dateCases = []testCase{
	{name: "entry after numbering",
		text: "4\ufe0f\u20e3 Flashback: October 17, 2019 — 42 sailors came home, 31 went the other way.",
		tx:   []tx{{"October 17, 2019", "2019-10-17"}},
		want: []want{
			{Quote: "42 sailors", Value: 42, Unit: "people", AsOf: "2019-10-17"},
			{Quote: "31", Value: 31, Unit: "people", AsOf: "2019-10-17"}}},
	{name: "entry after keycap",
		text: "2\ufe0f\u20e3 April 8, 2016 — 27 prisoners returned to Kharkiv.",
		tx:   []tx{{"April 8, 2016", "2016-04-08"}},
		want: []want{{Quote: "27 prisoners", Value: 27, Unit: "people", AsOf: "2016-04-08"}}},
	{name: "date clause before source",
		text: "In the swap that came on 7 September 2019, Kyiv said 35 of its sailors were freed.",
		tx:   []tx{{"7 September 2019", "2019-09-07"}},
		want: []want{{Quote: "35 of its sailors", Value: 35, Unit: "people", Subject: "Ukraine", By: "Ukraine", AsOf: "2019-09-07"}}},
	{name: "date clause before event is no as of",
		text: "In the talks held on 7 September 2019, Russia freed 35 sailors.",
		tx:   []tx{{"7 September 2019", "2019-09-07"}},
		want: []want{{Quote: "35 sailors", Value: 35, Unit: "people", Subject: "Russia"}}},
	{name: "now dates to publication", published: "2022-04-02",
		text: "Aid groups say more than 4 million people have now left Ukraine.",
		want: []want{{Quote: "more than 4 million people", Value: 4e6, Low: 4e6, Approx: true, Unit: "people", Subject: "Ukraine", AsOf: "2022-04-02"}}},
	{name: "past now is no publication date", published: "2022-04-02",
		text: "By then 500 people had now left Mariupol.",
		want: []want{{Quote: "500 people", Value: 500, Unit: "people"}}},
}

// sourceCases check who reported a figure.
var sourceCases = []testCase{
	{name: "anonymous source beside a body",
		text: "The Kremlin offered a new text which, according to people who read it, would cap the army at 250,000.",
		at:   []at{{quote: "according to people who read it, would cap the army at 250,000", speaker: "people who read it", anon: true, speakerQuote: "people who read it"}},
		want: []want{{Quote: "250,000", Value: 250000, Unit: "people", Subject: "Russia"}}},
	{name: "quotation closed before the count",
		text: "The United Nations General Assembly backed a text that \u201cdemands a halt to the shelling\u201d, with 12 countries opposing it.",
		at: []at{{quote: "The United Nations General Assembly backed a text that \u201cdemands a halt to the shelling\u201d, with 12 countries opposing it",
			speaker: "United Nations General Assembly", content: "a halt to the shelling\u201d, with 12 countries opposing it"}},
		want: []want{{Quote: "12 countries", Value: 12, Unit: "countries", Subject: "United Nations General Assembly"}}},
	{name: "content cut before the cue",
		text: "Ukraine's energy minister, Zelensky, said about 9,000 tonnes of coal burned in Kherson.",
		at: []at{{quote: "Ukraine's energy minister, Zelensky, said about 9,000 tonnes of coal burned in Kherson",
			speaker: "Volodymyr Zelensky", content: "Ukraine's energy minister", cue: "said"}},
		want: []want{{Quote: "about 9,000 tonnes", Value: 9000, Approx: true, Unit: "tonnes", By: "Volodymyr Zelensky"}}},
}
