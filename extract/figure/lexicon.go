package figure

import "strings"

// wflag marks what a word can do around a number. One word may carry several.
type wflag uint32

const (
	fNum        wflag = 1 << iota // spelled-out number: one, twenty, twenty-eight
	fScale                        // multiplier: hundred, thousand, million, bn
	fVague                        // plural scale: thousands, dozens (not a figure)
	fApprox                       // about, around, some: approximate only
	fLowMod                       // over, above: the number is a lower bound
	fHighMod                      // nearly, under: the number is an upper bound
	fMonth                        // a month name: the number is a date
	fTime                         // a unit of time: the number is a duration
	fLabel                        // article, resolution, page: the number is a label
	fNoun                         // a countable thing a figure can count
	fPeople                       // a noun counting people
	fCurrency                     // a currency word or code
	fOutcome                      // killed, lost, exchanged: what happened to them
	fStop                         // function word: ends a noun phrase
	fOthers                       // "others": the unit of the figure before
	fReport                       // a reporting verb: reported, said
	fPrep                         // preposition: a place, not a subject, follows
	fDet                          // determiner after a partitive "of"
	fOpener                       // opens a sentence that continues the last one
	fSource                       // a verb by which a body gives a figure: gave, estimated
	fDigitsOnly                   // a noun that counts only after digits: "four regions" is no figure
	fSingular                     // the singular of a counted noun: "tank", "point"
	fWeak                         // counts a figure only with a casualty: "20 officials", "12 proposals"
	fFraction                     // a share: "third" of "a third", "two-thirds"; num holds it
)

// wordID names the function words the grammar of modifiers needs.
type wordID uint8

const (
	wNone wordID = iota
	wMore
	wLess
	wThan
	wAt
	wLeast
	wMost
	wUp
	wTo
	wBetween
	wAnd
	wFrom
	wOf
	wAs
	wMany
	wNo
	wNot
	wClose
	wA
	wThe
	wHalf
	wPer
	wCent
	wPercent
	wIn
	wOn
	wSince
	wEstimated
	wUpwards
	wExcess
	wJust
	wUS
	wBy
	wAged
	wAlso
	wThis
	wFor
)

// lex is what the lexicon knows about one lowercased word.
type lex struct {
	flags wflag
	id    wordID
	num   float64 // value of a number word or scale
	unit  string  // normalised unit or currency code
	event string  // normalised outcome: "killed" for died, dead, death
}

func (l *lex) has(f wflag) bool { return l != nil && l.flags&f != 0 }

// lexicon maps a lowercased word to what it does; built once at init and
// only read afterwards.
var lexicon = map[string]*lex{}

func add(f wflag, unit string, words ...string) {
	for _, w := range words {
		l := lexicon[w]
		if l == nil {
			l = &lex{}
			lexicon[w] = l
		}
		l.flags |= f
		if unit != "" && l.unit == "" {
			l.unit = unit
		}
	}
}

func addID(id wordID, f wflag, words ...string) {
	add(f, "", words...)
	for _, w := range words {
		lexicon[w].id = id
	}
}

var units = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen"}

var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func init() {
	initNumbers()
	initFractions()
	initModifiers()
	initNouns()
	initContext()
}

func initNumbers() {
	for v, w := range units {
		add(fNum, "", w)
		lexicon[w].num = float64(v)
	}
	for t := 2; t < len(tens); t++ {
		add(fNum, "", tens[t])
		lexicon[tens[t]].num = float64(t * 10)
		for u := 1; u < 10; u++ {
			w := tens[t] + "-" + units[u]
			add(fNum, "", w)
			lexicon[w].num = float64(t*10 + u)
		}
	}
	scales := map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
		"trillion": 1e12, "dozen": 12, "bn": 1e9, "mln": 1e6, "mn": 1e6, "bln": 1e9, "tn": 1e12,
		"trn": 1e12, "thousands": 0, "millions": 0, "billions": 0, "hundreds": 0, "dozens": 0,
		"tens": 0, "scores": 0}
	for w, v := range scales {
		if v == 0 {
			add(fVague|fStop, "", w)
			continue
		}
		add(fScale, "", w)
		lexicon[w].num = v
	}
}

func initModifiers() {
	add(fApprox, "", "about", "around", "approximately", "roughly", "some", "circa", "ca",
		"approx", "estimated", "almost", "nearly", "over", "under", "below", "above",
		"exceeding")
	add(fLowMod, "", "over", "above", "exceeding")
	// Verbs that put a number as a floor: "losses exceeded 50,000".
	add(fApprox|fLowMod, "", "exceeded", "exceeds", "surpassed", "surpasses", "topped", "tops")
	add(fHighMod, "", "nearly", "almost", "under", "below")
	ids := map[wordID][]string{wMore: {"more"}, wLess: {"less", "fewer"}, wThan: {"than"},
		wAt: {"at"}, wLeast: {"least"}, wMost: {"most"}, wUp: {"up"}, wTo: {"to"},
		wBetween: {"between"}, wAnd: {"and"}, wFrom: {"from"}, wOf: {"of"}, wAs: {"as"},
		wMany: {"many", "much"}, wNo: {"no"}, wNot: {"not"}, wClose: {"close"}, wA: {"a", "an"},
		wThe: {"the"}, wHalf: {"half"}, wPer: {"per"}, wCent: {"cent"},
		wPercent: {"percent", "pct", "percentage"}, wIn: {"in"}, wOn: {"on"}, wSince: {"since"},
		wEstimated: {"estimated"}, wUpwards: {"upwards", "upward"},
		wExcess: {"excess"}, wJust: {"just", "well", "only", "slightly"},
		wUS: {"us", "u.s"}, wBy: {"by"}, wAged: {"aged", "age", "ages"},
		wAlso: {"also"}, wThis: {"this", "these", "such"}, wFor: {"for"}}
	for id, ws := range ids {
		addID(id, 0, ws...)
	}
}

func initNouns() {
	people := "soldiers soldier troops men man civilians civilian people persons person " +
		"servicemen serviceman servicemembers personnel prisoners prisoner pows pow children " +
		"child kids women woman casualties fighters militants mercenaries conscripts reservists " +
		"recruits residents inhabitants citizens refugees evacuees hostages captives detainees " +
		"deportees victims dead wounded injured killed losses fatalities deaths marines " +
		"paratroopers officers sailors pilots volunteers combatants invaders occupiers orphans " +
		"adults nationals defenders servicewomen lives toll ukrainians russians " +
		"europeans americans belarusians georgians chechens syrians peacekeepers observers " +
		"monitors instructors guards guardsmen medics doctors nurses paramedics rescuers " +
		"firefighters journalists workers employees miners policemen students teenagers " +
		"boys girls babies infants minors pensioners crew crewmembers seamen farmers commanders " +
		"teachers priests draftees deserters defectors collaborators saboteurs crewmen"
	add(fNoun|fPeople, "people", strings.Fields(people)...)
	// Bodies handed over are counted as bodies, not as living people.
	add(fNoun, "bodies", "bodies")
	add(fNoun|fPeople, "people", "army", "armies", "forces")
	for _, pair := range [][2]string{
		{"tanks", "tank"}, {"vehicles", "vehicle"}, {"aircraft", ""}, {"planes", "plane"},
		{"jets", "jet"}, {"helicopters", "helicopter"}, {"drones", "drone"}, {"uavs", "uav"},
		{"missiles", "missile"}, {"rockets", "rocket"}, {"shells", "shell"}, {"artillery", ""},
		{"systems", "system"}, {"guns", "gun"}, {"howitzers", "howitzer"},
		{"launchers", "launcher"}, {"ships", "ship"}, {"boats", "boat"}, {"vessels", "vessel"},
		{"warships", "warship"}, {"submarines", "submarine"}, {"weapons", "weapon"},
		{"munitions", "munition"}, {"bombs", "bomb"}, {"mines", "mine"}, {"apcs", "apc"},
		{"ifvs", "ifv"}, {"equipment", ""}, {"ammunition", ""}, {"trucks", "truck"},
		{"countries", "country"}, {"states", "state"}, {"nations", "nation"},
		{"members", "member"}, {"points", "point"}, {"settlements", "settlement"},
		{"villages", "village"}, {"towns", "town"}, {"cities", "city"}, {"regions", "region"},
		{"buildings", "building"}, {"homes", "home"}, {"houses", "house"}, {"schools", "school"},
		{"hospitals", "hospital"}, {"targets", "target"}, {"strikes", "strike"},
		{"attacks", "attack"}, {"sorties", "sortie"}, {"violations", "violation"},
		{"votes", "vote"}, {"seats", "seat"}, {"packages", "package"}, {"doses", "dose"},
		{"tonnes", "tonne"}, {"tons", "ton"}, {"barrels", "barrel"}, {"hectares", "hectare"},
		{"cars", "car"}, {"trains", "train"}, {"wagons", "wagon"}, {"satellites", "satellite"},
		{"brigades", "brigade"}, {"battalions", "battalion"}, {"divisions", "division"},
		{"platforms", "platform"}, {"installations", "installation"}, {"objects", "object"},
		{"provisions", "provision"}, {"clauses", "clause"}, {"articles", "article"},
		{"organizations", "organization"},
		{"voyages", "voyage"}, {"flights", "flight"}, {"shipments", "shipment"},
		{"seats", "seat"}, {"signatories", "signatory"}, {"delegations", "delegation"},
		{"frigates", "frigate"}, {"corvettes", "corvette"}, {"cruisers", "cruiser"},
		{"destroyers", "destroyer"}, {"tankers", "tanker"}, {"minesweepers", "minesweeper"},
		{"bombers", "bomber"}, {"interceptors", "interceptor"}, {"radars", "radar"},
		{"warheads", "warhead"}, {"shaheds", "shahed"}, {"locomotives", "locomotive"},
		{"generators", "generator"}, {"transformers", "transformer"},
		{"substations", "substation"}, {"bridges", "bridge"}, {"airfields", "airfield"},
		{"depots", "depot"}, {"containers", "container"}, {"carriers", "carrier"},
	} {
		add(fNoun, pair[0], pair[0])
		if pair[1] != "" {
			add(fNoun|fSingular, pair[0], pair[1])
		}
	}
	add(fNoun, "organizations", "organisations")
	add(fNoun|fSingular, "organizations", "organisation")
	add(fNoun, "points", "steps")
	add(fNoun, "principles", "principles") // "five principles for protection of the plant"
	add(fNoun|fSingular, "points", "step")
	add(fDigitsOnly, "", "settlements", "settlement", "villages", "village", "towns", "town",
		"cities", "city", "regions", "region", "buildings", "building", "homes", "home", "houses",
		"house", "schools", "school", "hospitals", "hospital", "targets", "target", "objects",
		"object", "provisions", "provision", "clauses", "clause", "articles", "article",
		"platforms", "platform", "installations", "installation", "members", "member",
		"seats", "seat", "votes", "vote", "attacks", "attack", "strikes", "strike", "point",
		"step", "generators", "generator", "transformers", "transformer", "substations",
		"substation", "bridges", "bridge", "airfields", "airfield", "depots", "depot",
		"containers", "container")
	add(fWeak, "", strings.Fields(weakNouns)...)
	add(fWeak|fPeople, "people", strings.Fields(weakPeople)...)
	add(fOthers, "", "others")
	add(fCurrency, "USD", "dollars", "dollar", "usd")
	add(fCurrency, "EUR", "euros", "euro", "eur")
	add(fCurrency, "RUB", "rubles", "ruble", "roubles", "rouble", "rub")
	add(fCurrency, "UAH", "hryvnias", "hryvnia", "hryvnas", "hryvna", "hryvnyas", "uah")
	add(fCurrency, "GBP", "pounds", "gbp")
	add(fCurrency, "CNY", "yuan", "cny")
	add(fCurrency, "CHF", "francs", "chf")
	add(fCurrency, "JPY", "yen", "jpy")
	add(fCurrency, "TRY", "lira", "liras")
}

func initContext() {
	add(fMonth, "", "january", "february", "march", "april", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec")
	add(fTime, "", "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day",
		"days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second",
		"seconds", "sec", "decade", "decades", "century", "centuries", "night", "nights",
		// Distances: the width of a zone is no count.
		"km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "metres",
		"meters", "metre", "meter", "mm", "cm", "calibre", "caliber",
		"fortnight", "year-old", "years-old", "day-long", "morning", "evening", "am", "pm",
		"a.m", "p.m", "o'clock", "gmt", "utc", "cet", "kyiv-time",
		// Not time, but measures that make no figure either.
		"degrees", "degree", "celsius", "fahrenheit", "magnitude", "times")
	add(fLabel, "", "article", "articles", "resolution", "resolutions", "paragraph", "point",
		"clause", "section", "chapter", "page", "pages", "p", "pp", "no", "nos", "number",
		"decree", "law", "bill", "flight", "room", "brigade", "battalion", "regiment",
		"division", "corps", "route", "highway", "unit", "item", "version", "phase", "stage",
		"round", "minsk", "protocol", "annex", "part", "vol", "volume", "issue", "tel", "phone",
		"fax", "code", "index", "level", "category", "grade", "class", "block", "reactor",
		"aged", "age", "ages", "top", "group", "line", "step", "chapter")
	for w, u := range map[string]string{"killed": "killed", "dead": "killed", "died": "killed",
		"death": "killed", "deaths": "killed", "wounded": "wounded", "injured": "injured",
		"hurt": "injured", "lost": "lost", "destroyed": "destroyed", "downed": "destroyed",
		"captured": "captured", "seized": "captured", "sunk": "destroyed", "sank": "destroyed",
		"damaged": "damaged", "exchanged": "exchanged",
		"swapped": "exchanged", "released": "released", "freed": "released",
		"returned": "returned", "repatriated": "returned", "deported": "deported",
		"abducted": "deported", "displaced": "displaced", "evacuated": "evacuated",
		"missing": "missing", "opposing": "opposing", "opposed": "opposing",
		"against": "against", "abstaining": "abstaining", "abstained": "abstaining",
		"supporting": "supporting", "supported": "supporting", "favour": "in favour",
		"favor": "in favour", "pledged": "pledged", "allocated": "allocated",
		"provided": "provided", "delivered": "delivered", "sent": "sent", "supplied": "supplied",
		"approved": "approved", "frozen": "frozen", "occupied": "occupied",
		"controls": "controlled", "control": "controlled", "liberated": "liberated"} {
		add(fOutcome, "", w)
		lexicon[w].event = u
	}
	add(fReport, "", "reported", "said", "says", "announced", "stated", "published",
		"released", "updated", "wrote", "told", "claimed", "confirmed", "added", "reports",
		"announces", "states", "estimated", "according", "data", "figures", "report")
	add(fSource, "", "reported", "said", "says", "announced", "stated", "published", "released",
		"updated", "update", "gave", "gives", "estimated", "estimates", "put", "puts", "counted",
		"recorded", "confirmed", "claimed", "told", "wrote", "unveiled", "reports", "announces",
		"registered", "documented", "verified", "speak", "speaks", "spoke", "spoken", "cite", "cites", "cited",
		"tallied", "counts", "listed", "lists", "claims", "claim", "say", "estimate", "report",
		"noted", "notes", "indicated", "indicates", "shows", "showed", "show", "identified", "tracked",
		"admitted", "admits", "acknowledged", "acknowledges", "conceded",
		// machine translation from French and Italian: "has precised that", "has affirmed"
		"affirmed", "affirms", "precised", "specified", "declared", "declares", "informed", "informs")
	add(fPrep, "", "in", "to", "against", "with", "into", "from", "for", "at", "on", "near",
		"toward", "towards", "across", "over", "between", "and", "inside", "within", "through",
		"throughout", "via", "about", "regarding", "behind", "beyond")
	add(fDet, "", "the", "its", "their", "his", "her", "these", "those", "this", "that", "our",
		"all", "whom", "which", "them", "those", "your", "my")
	add(fStop, "", strings.Fields(stopWords)...)
	add(fOpener, "", "this", "these", "that", "those", "it", "they", "of", "among", "including",
		"besides", "moreover", "furthermore", "also", "according", "such", "overall", "total",
		"altogether", "additionally")
}

// weakNouns are plurals a news report counts without their being figures
// of the war: delegations, votes of lawmakers, items of an agenda. They
// count only when something happened to them ("12 officials were killed").
const weakPeople = "officials diplomats lawmakers legislators deputies senators congressmen " +
	"delegates leaders ministers negotiators representatives participants experts analysts " +
	"reporters envoys mediators speakers advisers aides lawyers judges"

const weakNouns = "proposals amendments demands conditions preconditions issues topics questions rounds " +
	"meetings sessions talks calls scenarios options principles items measures agreements " +
	"treaties recommendations documents words sentences paragraphs chapters lines decisions " +
	"resolutions letters messages interviews statements speeches visits trips conferences " +
	"summits exchanges swaps individuals entities companies firms banks businesses " +
	"priorities reasons goals objectives ideas elements requirements tasks sides parties"

// stopWords end a noun phrase: they cannot be part of what is counted.
const stopWords = "a an the and or but nor of in on at to from by for with without into onto " +
	"over under since during after before than as that which who whom whose this these those " +
	"its their his her our your my it they he she we you i is are was were be been being has " +
	"have had having do does did will would shall should can could may might must not no so " +
	"if then there here when where while because although though also only just even still " +
	"about around per each every all both either neither more most less fewer least many " +
	"much some any other such up down out off upon among across through between against " +
	"within toward towards via amid like unlike including alone already yet ago again once " +
	"according whether what how why abroad overseas annually yearly monthly weekly daily now " +
	"currently respectively instead"
