package entity

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/kb"
)

// testKB is the fixed knowledge base of testdata/kb.
func testKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Load(os.DirFS("testdata/kb"))
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Validate(); err != nil {
		t.Fatal(err)
	}
	return k
}

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// brief renders a mention as text|name|type|party|role; type "adj" for a
// mention that is no entity.
func brief(d *extract.Doc, m extract.Mention) string {
	typ := m.Type
	if m.Entity < 0 {
		typ = "adj"
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s", d.Text[m.Start:m.End], m.Name, typ, m.Party, m.Role)
}

func TestExtract(t *testing.T) {
	r := New(testKB(t))
	tests := []struct {
		name      string
		text      string
		published string
		want      []string
	}{
		{"possessives straight and curly", "Zelensky's team and Zelensky’s aides met.",
			"", []string{"Zelensky|Volodymyr Zelensky|person|Ukraine|", "Zelensky|Volodymyr Zelensky|person|Ukraine|"}},
		{"longest match", "The Kyiv Independent reported from Kyiv.",
			"", []string{"The Kyiv Independent|Kyiv Independent|organization||", "Kyiv|Kyiv|place|Ukraine|"}},
		{"word boundaries", "Kyivstar customers and Putinism scholars gathered.", "", nil},
		{"short names keep their case", "Tell us what the talks in the US brought.",
			"", []string{"US|United States|place|United States|"}},
		{"abbreviation as modifier", "US officials said the plan was ready.",
			"", []string{"US|United States|adj|United States|"}},
		{"metonyms", "The Kremlin said Moscow was ready, and Kiev agreed.",
			"", []string{"Kremlin|Kremlin|organization|Russia|", "Moscow|Moscow|place|Russia|", "Kiev|Kyiv|place|Ukraine|"}},
		{"nationality adjective", "Russian forces advanced as the Russian side waited.",
			"", []string{"Russian|Russia|adj|Russia|", "Russian|Russia|adj|Russia|"}},
		{"adjective naming a place", "Talks were held on Belarusian territory.",
			"", []string{"Belarusian|Belarus|place|Belarus|"}},
		{"all capitals dateline", "MOSCOW, Nov 3 - The talks resumed.",
			"", []string{"MOSCOW|Moscow|place|Russia|"}},
		{"cyrillic", "Зеленский заявил, что Россия не готова.",
			"", []string{"Зеленский|Volodymyr Zelensky|person|Ukraine|", "Россия|Russia|place|Russia|"}},
		{"given name before a known surname", "General Valery Zaluzhny led the army.",
			"", []string{"Valery Zaluzhny|Valerii Zaluzhnyi|person|Ukraine|"}},
		{"unknown envoy after a title", "The American special envoy Keith Kellogg arrived in Kyiv.",
			"", []string{"American|United States|adj|United States|", "Keith Kellogg|Keith Kellogg|person|United States|", "Kyiv|Kyiv|place|Ukraine|"}},
		{"unknown speaker before a verb of saying", "Later on, Jonas Ohman said the aid would come.",
			"", []string{"Jonas Ohman|Jonas Ohman|person||"}},
		{"unknown name from a given name", "Talks with Andriy Yermak continued.",
			"", []string{"Andriy Yermak|Andriy Yermak|person||"}},
		{"one word after a role title", "Foreign Minister Lavrov met the delegation.",
			"", []string{"Lavrov|Lavrov|person||"}},
		{"sentence-initial capitals are not names", "Secret Negotiations Continue. Both Sides said little.", "", nil},
		{"body named by its head noun", "The Russian Defense Ministry and the Ministry of Foreign Affairs of Ukraine spoke.",
			"", []string{"Russian|Russia|adj|Russia|", "Defense Ministry|Ministry of Defence of the Russian Federation|organization|Russia|",
				"Ministry of Foreign Affairs of Ukraine|Ministry of Foreign Affairs of Ukraine|organization|Ukraine|"}},
		{"body inside a job title", "Kremlin spokesman Dmitry Peskov declined to comment.",
			"", []string{"Kremlin|Kremlin|organization|Russia|", "Dmitry Peskov|Dmitry Peskov|person|Russia|"}},
		{"surname of a guessed name", "Journalist Marta Gichko wrote the piece. Gichko added a note.",
			"", []string{"Marta Gichko|Marta Gichko|person||", "Gichko|Marta Gichko|person||"}},
		{"role title after a titled name", "Secretary of State Antony Blinken spoke. The Secretary of State also warned Moscow.",
			"", []string{"Antony Blinken|Antony Blinken|person|United States|", "Secretary of State|Antony Blinken|person|United States|secretary_of_state",
				"Moscow|Moscow|place|Russia|"}},
		{"role of a country on the date", "Ukraine's foreign minister said so.",
			"2023-06-01", []string{"Ukraine|Ukraine|place|Ukraine|", "foreign minister|Dmytro Kuleba|person|Ukraine|foreign_minister"}},
		{"role of a country on a later date", "The foreign minister of Ukraine said so.",
			"2025-02-01", []string{"foreign minister|Andrii Sybiha|person|Ukraine|foreign_minister", "Ukraine|Ukraine|place|Ukraine|"}},
		{"role by adjective", "The Ukrainian president flew home.",
			"2023-06-01", []string{"Ukrainian|Ukraine|adj|Ukraine|", "president|Volodymyr Zelensky|person|Ukraine|president"}},
		{"former holders are not current", "The former Ukrainian foreign minister spoke.",
			"2023-06-01", []string{"Ukrainian|Ukraine|adj|Ukraine|"}},
		{"role without a date goes to the holder in office", "Ukraine's foreign minister said so.",
			"", []string{"Ukraine|Ukraine|place|Ukraine|", "foreign minister|Andrii Sybiha|person|Ukraine|foreign_minister"}},
		{"ambiguous name without support", "Georgia voted.", "", nil},
		{"regions of a shared name", "Putin wants the regions of Kherson and Zaporizhzhia.",
			"", []string{"Putin|Vladimir Putin|person|Russia|", "Kherson|Kherson Oblast|place||", "Zaporizhzhia|Zaporizhzhia Oblast|place||"}},
		{"a shared name alone is the city", "Shelling hit Kherson overnight.",
			"", []string{"Kherson|Kherson|place||"}},
		{"places inside names the knowledge base lacks", "The Istanbul agreements and the Black Sea Grain Initiative were cited in Istanbul.",
			"", []string{"Istanbul|Istanbul|place||"}},
		{"title-case headline guesses nothing", "Putin Says Talks With Envoy Jonas Ohman Are Over",
			"", []string{"Putin|Vladimir Putin|person|Russia|"}},
		{"adjectives joined by a hyphen name places", "They met on the Polish-Belarusian border.",
			"", []string{"Polish|Poland|place||", "Belarusian|Belarus|place|Belarus|"}},
		{"honorific with a period", "Mr. Ohman declined to comment.",
			"", []string{"Ohman|Ohman|person||"}},
		{"byline", "By Jonas Ohman\nKyiv is calm.",
			"", []string{"Jonas Ohman|Jonas Ohman|person||", "Kyiv|Kyiv|place|Ukraine|"}},
		{"deputies do not hold the role", "Deputy Foreign Minister Jonas Ohman met the foreign minister of Ukraine.",
			"2023-06-01", []string{"Jonas Ohman|Jonas Ohman|person||", "foreign minister|Dmytro Kuleba|person|Ukraine|foreign_minister", "Ukraine|Ukraine|place|Ukraine|"}},
		{"body's name ends before a date", "The Ministry of Foreign Affairs on Monday denied it.",
			"", []string{"Ministry of Foreign Affairs|Ministry of Foreign Affairs|organization||"}},
		{"a deputy is not remembered as the holder", "Deputy Foreign Minister Jonas Ohman spoke. Later the foreign minister left.",
			"", []string{"Jonas Ohman|Jonas Ohman|person||"}},
		{"initials inside a name", "Talks with George W. Bush and John F. Kennedy ended.",
			"", []string{"George W. Bush|George W. Bush|person||", "John F. Kennedy|John F. Kennedy|person||"}},
		{"acronym of a guessed body", "The Foreign Intelligence Service (SVR) said so. Later the SVR denied it.",
			"", []string{"Foreign Intelligence Service|Foreign Intelligence Service|organization||", "SVR|Foreign Intelligence Service|organization||", "SVR|Foreign Intelligence Service|organization||"}},
		{"body named after a place", "The Moscow Times and the Institute for the Study of War agreed.",
			"", []string{"Moscow Times|Moscow Times|organization||", "Institute for the Study of War|Institute for the Study of War|organization||"}},
		{"a person and a body", "Andriy Yermak and Defense Intelligence of Ukraine chief Kyrylo Budanov came.",
			"", []string{"Andriy Yermak|Andriy Yermak|person||", "Defense Intelligence of Ukraine|Defense Intelligence of Ukraine|organization|Ukraine|",
				"Kyrylo Budanov|Kyrylo Budanov|person|Ukraine|"}},
		{"a capitalised name needs a capital", "The north atlantic alliance met; the North Atlantic Alliance spoke.",
			"", []string{"North Atlantic Alliance|NATO|organization||"}},
		{"nationality the knowledge base lacks", "Later, Lithuanian Kestutis Budrys said the aid would come.",
			"", []string{"Kestutis Budrys|Kestutis Budrys|person||"}},
		{"body inside a charter's name", "NATO leaders cited the NATO Charter.",
			"", []string{"NATO|NATO|organization||"}},
		{"unknown speaker opening the sentence", "Kestutis Budrys said the aid would come.",
			"", []string{"Kestutis Budrys|Kestutis Budrys|person||"}},
		{"short names in shouted text", "TELL US WHAT THE US WANTS",
			"", []string{"US|United States|place|United States|"}},
		{"ordinary words in shouted headings", "LIVE UPDATE / READ TIME 4 MIN\nThe magazine TIME said so.",
			"", []string{"TIME|TIME|organization||"}},
		{"a paper's masthead in capitals", "THE ODESA EVENING COURIER | Region\nTalks resumed.",
			"", []string{"ODESA EVENING COURIER|Odesa Evening Courier|organization||"}},
		{"a masthead must start its line", "Talks resumed. THE KYIV EVENING COURIER | Region",
			"", []string{"KYIV|Kyiv|place|Ukraine|"}},
		{"a known place inside a masthead", "THE KYIV EVENING COURIER / Politics\nTalks resumed.",
			"", []string{"KYIV EVENING COURIER|KYIV EVENING COURIER|organization||"}},
		{"a heading of media words alone is no masthead", "THE EVENING NEWS | Region\nTalks resumed.", "", nil},
		{"a section's heading is no outlet", "WORLD NEWS | EUROPE\nLive Updates: talks resumed.", "", nil},
		{"the article goes to the longer name", "A fellow at the Atlantic Council said the Atlantic erred.",
			"", []string{"Atlantic Council|Atlantic Council|organization||", "the Atlantic|The Atlantic|organization||"}},
		{"pro- and anti- adjectives speak for nobody", "Pro-Russian separatists and anti-American protesters met Russian officials.",
			"", []string{"Russian|Russia|adj|Russia|"}},
		{"outlet named by its head noun", "The report was aired by Fox News on Monday.",
			"", []string{"Fox News|Fox News|organization||"}},
		{"names do not cross line breaks", "Volodymyr\nZelensky", "", []string{"Zelensky|Volodymyr Zelensky|person|Ukraine|"}},
		{"village after its cue", "Shelling hit the village of Stepove and the town of Hulyaipole overnight.",
			"", []string{"Stepove|Stepove|place||", "Hulyaipole|Hulyaipole|place||"}},
		{"places after in and near", "Fighting raged near Toretsk and in Nelipivka, officials said.",
			"", []string{"Toretsk|Toretsk|place||", "Nelipivka|Nelipivka|place||"}},
		{"unknown region named as an oblast", "Drones struck the Tambov region and Lipetsk Region.",
			"", []string{"Tambov region|Tambov Oblast|place||", "Lipetsk Region|Lipetsk Oblast|place||"}},
		{"in before words that name no place", "He said it in English and in Parliament, in Smith's view.", "", nil},
		{"a surname is no place", "Oleksandr Kamyshin spoke. Little changed in Kamyshin's plan or in Kamyshin.",
			"", []string{"Oleksandr Kamyshin|Oleksandr Kamyshin|person||", "Kamyshin|Oleksandr Kamyshin|person||", "Kamyshin|Oleksandr Kamyshin|person||"}},
		{"a name before -style is only compared", "KYIV (Reuters-style wire) - A Minsk-like deal was signed in Kyiv.",
			"", []string{"KYIV|Kyiv|place|Ukraine|", "Kyiv|Kyiv|place|Ukraine|"}},
		{"title of a body after of", "Matteo Zuppi, archbishop of Bologna and president of the Italian Bishops' Conference, met the adviser of the Kremlin Yuri Ushakov.",
			"2023-06-28", []string{"Matteo Zuppi|Matteo Zuppi|person||", "Kremlin|Kremlin|organization|Russia|", "Yuri Ushakov|Yuri Ushakov|person||"}},
		{"a title settles an ambiguous surname", "Talks were led by Defense Secretary Austin, who liked Austin and Texas.",
			"", []string{"Austin|Lloyd Austin|person|United States|"}},
		{"a city council is one body", "The Kyiv City Council met, and Maxar Technologies sent images.",
			"", []string{"Kyiv City Council|Kyiv City Council|organization||", "Maxar Technologies|Maxar Technologies|organization||"}},
		{"a country before a body stays the country", "A Ukraine Defense Ministry statement followed.",
			"", []string{"Ukraine|Ukraine|place|Ukraine|", "Defense Ministry|Defense Ministry|organization|Ukraine|"}},
		{"a person after the title of a body", "The Secretary-General of NATO, Jaap Hoekstra, welcomed it.",
			"", []string{"NATO|NATO|organization||", "Jaap Hoekstra|Jaap Hoekstra|person||"}},
		{"a body in another word order", "The Defense Ministry of the Russian Federation and the Russian Ministry of Defense agreed.",
			"", []string{"Defense Ministry of the Russian Federation|Ministry of Defence of the Russian Federation|organization|Russia|",
				"Russian|Russia|adj|Russia|", "Ministry of Defense|Ministry of Defence of the Russian Federation|organization|Russia|"}},
		{"an outlet named after its town", "Officials told the Kyiv Courier and the Odesa Observer nothing.",
			"", []string{"Kyiv Courier|Kyiv Courier|organization||", "Odesa Observer|Odesa Observer|organization||"}},
		{"a body before a title settles an ambiguous name", "Army Secretary Dan Driscoll said the Army was ready.",
			"", []string{"Army|United States Army|organization|United States|", "Dan Driscoll|Dan Driscoll|person|United States|"}},
		{"bodies the KB lacks keep their country", "The Polish Ministry of Agriculture and Poland's Border Guard answered.",
			"", []string{"Polish|Poland|adj||", "Ministry of Agriculture|Polish Ministry of Agriculture|organization||",
				"Poland|Poland|place||", "Border Guard|Polish Border Guard|organization||"}},
		{"another country's army is its own body", "The Polish Army joined, but the Army of the US did not.",
			"", []string{"Polish|Poland|adj||", "Army|Polish Army|organization||", "US|United States|place|United States|"}},
		{"embassies", "The Polish Embassy and the Embassy of Turkey reopened.",
			"", []string{"Polish|Poland|adj||", "Embassy|Polish Embassy|organization||", "Embassy of Turkey|Embassy of Turkey|organization|Turkey|"}},
		{"a town's administration is one body", "The Kherson Regional Military Administration reported shelling of Bilozerka and Antonivka.",
			"", []string{"Kherson Regional Military Administration|Kherson Regional Military Administration|organization||",
				"Bilozerka|Bilozerka|place||", "Antonivka|Antonivka|place||"}},
		{"abbreviated months are no places", "KYIV, Nov 3 and Dec 4 (Reuters) - Talks resumed.",
			"", []string{"KYIV|Kyiv|place|Ukraine|", "Reuters|Reuters|organization||"}},
		{"a capital The alone makes no name", "The kyiv independent spirit survived. The Kyiv Independent reported it.",
			"", []string{"The Kyiv Independent|Kyiv Independent|organization||"}},
		{"titles of clergy and nobility are no part of the name", "Archbishop Claudio Gugerotti and Lord Peter Ricketts spoke.",
			"", []string{"Claudio Gugerotti|Claudio Gugerotti|person||", "Peter Ricketts|Peter Ricketts|person||"}},
		{"foreign affairs is no place", "Writing in Foreign Affairs, he met the Minister for Foreign Affairs.", "", nil},
		{"places after verbs of war", "Russian troops captured Plekhovo and shelled Yablunivka, the Kyiv School of Economics said.",
			"", []string{"Russian|Russia|adj|Russia|", "Plekhovo|Plekhovo|place||", "Yablunivka|Yablunivka|place||",
				"Kyiv School of Economics|Kyiv School of Economics|organization||"}},
		{"a parliament's committee is one body", "The NATO Committee on Security, Defence and Intelligence met in Kyiv.",
			"", []string{"NATO Committee on Security, Defence and Intelligence|NATO Committee on Security, Defence and Intelligence|organization||",
				"Kyiv|Kyiv|place|Ukraine|"}},
		{"a committee without a list", "The Commission on Human Rights met.", "", []string{"Commission on Human Rights|Commission on Human Rights|organization||"}},
		{"another given name is another person", "Oleh Zelensky said, and Volodymyr Zelensky agreed.",
			"", []string{"Oleh Zelensky|Oleh Zelensky|person||", "Volodymyr Zelensky|Volodymyr Zelensky|person|Ukraine|"}},
		{"a given name in another spelling is the same person", "Vladimir Zelensky spoke.",
			"", []string{"Vladimir Zelensky|Volodymyr Zelensky|person|Ukraine|"}},
		{"photo credits", "Photo: Efrem Lukatsky / AP. Editing by Gareth Jones.",
			"", []string{"Efrem Lukatsky|Efrem Lukatsky|person||", "Gareth Jones|Gareth Jones|person||"}},
		{"regional names the oblast", "The Zaporizhzhia regional administration said Zaporizhzhia was calm.",
			"", []string{"Zaporizhzhia|Zaporizhzhia Oblast|place||", "Zaporizhzhia|Zaporizhzhia|place||"}},
		{"a sentence opening with a place cue", "Near Staromaiorske, fighting continued. In Addition, In Brief: nothing. In Soviet times, too.",
			"", []string{"Staromaiorske|Staromaiorske|place||"}},
		{"the president of the country the sentence is about", "President Vladimir Putin spoke. In Kyiv, the president answered.",
			"2023-06-01", []string{"Vladimir Putin|Vladimir Putin|person|Russia|", "Kyiv|Kyiv|place|Ukraine|", "president|Volodymyr Zelensky|person|Ukraine|president"}},
		{"a short body after its full name", "The Russian Defence Ministry spoke first. Later the Defence Ministry added more.",
			"", []string{"Russian Defence Ministry|Ministry of Defence of the Russian Federation|organization|Russia|",
				"Defence Ministry|Ministry of Defence of the Russian Federation|organization|Russia|"}},
		{"a short body alone stays a guess", "The Defence Ministry added more.", "", []string{"Defence Ministry|Defence Ministry|organization||"}},
		{"a town among towns", "The Kherson region was calm, but strikes hit Kyiv, Kherson and Moscow.",
			"", []string{"Kherson region|Kherson Oblast|place||", "Kyiv|Kyiv|place|Ukraine|", "Kherson|Kherson|place||", "Moscow|Moscow|place|Russia|"}},
		{"plural nouns and greetings are no speakers", "Border Guards said queues formed. Merry Christmas said the president. Happy Easter from Kyiv.",
			"", []string{"Kyiv|Kyiv|place|Ukraine|"}},
		{"a paper after wrote in", "He wrote in Dagbladet and in an op-ed in Le Point that talks in Oslo failed.",
			"", []string{"Dagbladet|Dagbladet|organization||", "Le Point|Le Point|organization||", "Oslo|Oslo|place||"}},
		{"a group on a subject with its acronym", "The Joint Working Group on Prisoner Exchanges (JWG) met. The JWG and the Defence Council on Monday agreed.",
			"", []string{"Joint Working Group on Prisoner Exchanges|Joint Working Group on Prisoner Exchanges|organization||",
				"JWG|Joint Working Group on Prisoner Exchanges|organization||", "JWG|Joint Working Group on Prisoner Exchanges|organization||",
				"Defence Council|Defence Council|organization||"}},
		{"a body in a known person's title is of the person's country", "Defence Ministry spokesman Vladimir Putin said so.",
			"", []string{"Defence Ministry|Ministry of Defence of the Russian Federation|organization|Russia|", "Vladimir Putin|Vladimir Putin|person|Russia|"}},
		{"a known town before region names its oblast", "Drones hit the Kyiv region, the Istanbul region and the Baltic region.",
			"", []string{"Kyiv region|Kyiv Oblast|place||", "Istanbul|Istanbul|place||"}},
		{"a list of regions", "Drones hit the Kherson, Tambov and Lipetsk regions.",
			"", []string{"Kherson|Kherson Oblast|place||", "Tambov|Tambov Oblast|place||", "Lipetsk|Lipetsk Oblast|place||"}},
		{"one place before regions is no list", "Drones hit Kherson regions.", "", []string{"Kherson|Kherson|place||"}},
		{"a region spelt out elsewhere leaves the bare name to the city", "Officials of the Kherson region said troops entered Kherson on Friday.",
			"", []string{"Kherson region|Kherson Oblast|place||", "Kherson|Kherson|place||"}},
		{"a lower-case alias matches in lower case", `Leaders formed a "coalition of the willing" in March.`,
			"", []string{"coalition of the willing|Coalition of the Willing|organization||"}},
		{"a paper of a town with a time of day", "He told the Odesa Evening Courier that talks had stalled.",
			"", []string{"Odesa Evening Courier|Odesa Evening Courier|organization||"}},
		{"a dateline's credit is a wire", "KYIV, March 3 (Baltic News Wire) - Talks resumed.",
			"", []string{"KYIV|Kyiv|place|Ukraine|", "Baltic News Wire|Baltic News Wire|organization||"}},
		{"parentheses after a place and no dash are no credit", "Talks in Kyiv (Old Town) resumed.",
			"", []string{"Kyiv|Kyiv|place|Ukraine|"}},
		{"a country's title in apposition describes the name before it", "Talks began with Petro Poroshenko, Ukraine's president then, in the room.",
			"2024-05-01", []string{"Petro Poroshenko|Petro Poroshenko|person||", "Ukraine|Ukraine|place|Ukraine|"}},
		{"a governor and a regional body govern the region", "The Kharkiv regional governor said shelling hit Kharkiv, and Kharkov's governor later added a toll.",
			"", []string{"Kharkiv|Kharkiv Oblast|place||", "Kharkiv|Kharkiv|place||", "Kharkov|Kharkiv Oblast|place||"}},
		{"a governor of a town with no region on record leaves the town", "The Istanbul governor and the Kyiv governor met.",
			"", []string{"Istanbul|Istanbul|place||", "Kyiv|Kyiv|place|Ukraine|"}},
		{"a regional body's own name keeps its town inside", "The Kharkiv Regional Military Administration said the Kharkiv Governor was away.",
			"", []string{"Kharkiv Regional Military Administration|Kharkiv Regional Military Administration|organization||", "Kharkiv|Kharkiv Oblast|place||"}},
		{"a person of a body is two names", "Researcher Olga Petrenko of the Institute for Eastern Policy said talks stalled. Tom Walsh of the Baltic Security Foundation argued otherwise.",
			"", []string{"Olga Petrenko|Olga Petrenko|person||", "Institute for Eastern Policy|Institute for Eastern Policy|organization||",
				"Tom Walsh|Tom Walsh|person||", "Baltic Security Foundation|Baltic Security Foundation|organization||"}},
		{"a body's own of stays in its name", "The Ministry of Foreign Affairs of Latvia and the Bank of Lithuania Council met.",
			"", []string{"Ministry of Foreign Affairs of Latvia|Ministry of Foreign Affairs of Latvia|organization||", "Bank of Lithuania Council|Bank of Lithuania Council|organization||"}},
		{"a platform after wrote on or a post on", "He wrote on X that talks failed. Article X of the treaty was cited. In a post on X, she agreed.",
			"", []string{"X|X|organization||", "X|X|organization||"}},
		{"sites named by their last or first noun", "Delegates met at the Diriyah Palace on Tuesday, then at the Palais des Nations, near Independence Square.",
			"", []string{"Diriyah Palace|Diriyah Palace|place||", "Palais des Nations|Palais des Nations|place||", "Independence Square|Independence Square|place||"}},
		{"a site's town is part of its name", "Shelling near the Kherson Thermal Power Plant went on.",
			"", []string{"Kherson Thermal Power Plant|Kherson Thermal Power Plant|place||"}},
		{"a given name after a place starts a person", "The ambassador in Kyiv Geoffrey Pyatt met reporters.",
			"", []string{"Kyiv|Kyiv|place|Ukraine|", "Geoffrey Pyatt|Geoffrey Pyatt|person||"}},
		{"a desk's label in a dateline is no wire", "KYIV, March 3 (Wire) - Talks resumed.",
			"", []string{"KYIV|Kyiv|place|Ukraine|"}},
		{"a numbered part of a text is no place", "The council backed it in Resolution 2202, and troops stayed in Kupiansk.",
			"", []string{"Kupiansk|Kupiansk|place||"}},
		{"an adjective before a modifier and a place noun names the place", "Talks in a Polish border town ended, and a Polish army officer spoke.",
			"", []string{"Polish|Poland|place||", "Polish|Poland|adj||"}},
		{"an abbreviation coordinated with another modifier", "US and allied officials met, and US and Polish diplomats agreed.",
			"", []string{"US|United States|adj|United States|", "US|United States|adj|United States|", "Polish|Poland|adj||"}},
		{"a date after a place is no part of its name", "Fighting went on in Zelenyi Hai on Tuesday and near Velyka Novosilka in March.",
			"", []string{"Zelenyi Hai|Zelenyi Hai|place||", "Velyka Novosilka|Velyka Novosilka|place||"}},
		{"particles make a name longer", "The mediator Ahmed bin Ali Al-Sayed said the lists were ready, and the envoy Dirk van der Berg agreed.",
			"", []string{"Ahmed bin Ali Al-Sayed|Ahmed bin Ali Al-Sayed|person||", "Dirk van der Berg|Dirk van der Berg|person||"}},
		{"a noun of the press names the outlet after it", "The Hungarian outlet Magyar Hang said so, and the state news agency BTA agreed.",
			"", []string{"Magyar Hang|Magyar Hang|organization||", "BTA|BTA|organization||"}},
		{"another country's body keeps its own name", "The Russian Defence Ministry spoke, and the Polish Defence Ministry replied.",
			"", []string{"Russian Defence Ministry|Ministry of Defence of the Russian Federation|organization|Russia|", "Polish|Poland|adj||",
				"Defence Ministry|Polish Defence Ministry|organization||"}},
		{"what only a person takes after a lone surname", "Kowalczyk, who leads the team, spoke. \"Soon,\" said Haraldsen, a spokesman for the ministry. Tereshchenko, 54, agreed.",
			"", []string{"Kowalczyk|Kowalczyk|person||", "Haraldsen|Haraldsen|person||", "Tereshchenko|Tereshchenko|person||"}},
		{"an apposition that names no person", "Naftogaz, the state company, said gas flowed. In Zelenyi, the mayor spoke. Avdiivka, 40 km away, was shelled.",
			"", []string{"Zelenyi|Zelenyi|place||"}},
		{"a given name after a title or a place starts the person", "The envoy to the Far East Igor Matveyev spoke, and UN Special Rapporteur Alice Edwards and the Committee on Foreign Affairs Bohdan Zinchuk agreed.",
			"", []string{"Igor Matveyev|Igor Matveyev|person||", "Alice Edwards|Alice Edwards|person||",
				"Committee on Foreign Affairs|Committee on Foreign Affairs|organization||", "Bohdan Zinchuk|Bohdan Zinchuk|person||"}},
		{"a title that makes one name a name", "Patriarch Bartholomew and Lord Ricketts spoke.",
			"", []string{"Bartholomew|Patriarch Bartholomew|person||", "Ricketts|Lord Ricketts|person||"}},
		{"a known town before a capitalised Oblast is the oblast", "Drones hit the Kyiv Oblast and Vladimir Oblast.",
			"", []string{"Kyiv Oblast|Kyiv Oblast|place||", "Vladimir Oblast|Vladimir Oblast|place||"}},
		{"verbs of attack and advance cue a place", "Drones struck Zvenyhorodka overnight, and Russian troops entered Novopavlivka.",
			"", []string{"Zvenyhorodka|Zvenyhorodka|place||", "Russian|Russia|adj|Russia|", "Novopavlivka|Novopavlivka|place||"}},
		{"capitalised phrases after in are no names", "In Other News, talks resumed. In Exchange, Moscow released soldiers. On Balance, At Stake: little.",
			"", []string{"Moscow|Moscow|place|Russia|"}},
		{"a body in lower case in a known person's title", "The defence ministry spokesman Vladimir Putin said so, and the ministry spokesman Vladimir Putin agreed.",
			"", []string{"defence ministry|Ministry of Defence of the Russian Federation|organization|Russia|", "Vladimir Putin|Vladimir Putin|person|Russia|",
				"Vladimir Putin|Vladimir Putin|person|Russia|"}},
		{"a title of a country before a name", "Foreign Minister of Poland Ruben Ramirez signed, and Ingrid Solberg spoke with him.",
			"", []string{"Poland|Poland|place||", "Ruben Ramirez|Ruben Ramirez|person||", "Ingrid Solberg|Ingrid Solberg|person||"}},
		{"countries joined by a dash before a noun modify it", "The Russia-Ukraine talks stalled. On the Russia-Ukraine border, Kherson-Kyiv trains ran.",
			"", []string{"Russia|Russia|adj|Russia|", "Ukraine|Ukraine|adj|Ukraine|", "Russia|Russia|place|Russia|", "Ukraine|Ukraine|place|Ukraine|",
				"Kherson|Kherson|place||", "Kyiv|Kyiv|place|Ukraine|"}},
		{"a programme's heading is no outlet", "MORNING NEWS / 08:00\nRADIO BULLETIN / 13:00\nTalks resumed.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &extract.Doc{Text: tt.text}
			if tt.published != "" {
				d.Published = day(tt.published)
			}
			r.Extract(d)
			var got []string
			for _, m := range d.Mentions {
				got = append(got, brief(d, m))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mentions of %q (-want +got):\n%s", tt.text, diff)
			}
			checkDoc(t, d)
		})
	}
}

func TestJournalistKind(t *testing.T) {
	r := New(testKB(t))
	d := &extract.Doc{Text: "Journalist Marta Gichko wrote the piece."}
	r.Extract(d)
	if len(d.Mentions) != 1 || d.Mentions[0].Kind != "journalist" {
		t.Errorf("mentions %+v; want one with kind journalist", d.Mentions)
	}
}

// TestConcurrent runs one recogniser from several goroutines; run with
// -race to check that Extract shares nothing mutable.
func TestConcurrent(t *testing.T) {
	r := New(testKB(t))
	text := "Secretary of State Antony Blinken met Zelensky in Kyiv. The Secretary of State said Moscow lied."
	want := &extract.Doc{Text: text}
	r.Extract(want)
	done := make(chan *extract.Doc)
	for range 8 {
		go func() {
			d := &extract.Doc{Text: text}
			r.Extract(d)
			done <- d
		}()
	}
	for range 8 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent result differs:\n%s", diff)
		}
	}
}

// checkDoc checks the invariants every result keeps: spans in bounds and on
// rune boundaries, mentions sorted and disjoint, entities ordered by first
// mention and matching their mentions.
func checkDoc(t *testing.T, d *extract.Doc) {
	t.Helper()
	n := len(d.Text)
	starts := runeStarts(d.Text)
	prevEnd := 0
	count := 0
	for i, m := range d.Mentions {
		if !m.Valid(n) || m.Start == m.End {
			t.Fatalf("mention %d: span %v out of bounds (%d)", i, m.Span, n)
		}
		if !starts[m.Start] || !starts[m.End] {
			t.Fatalf("mention %d: span %v not on rune boundaries", i, m.Span)
		}
		if m.Start < prevEnd {
			t.Fatalf("mention %d: span %v overlaps or precedes the one before", i, m.Span)
		}
		prevEnd = m.End
		if m.Entity >= len(d.Entities) || m.Entity < -1 {
			t.Fatalf("mention %d: entity %d out of range", i, m.Entity)
		}
		if m.Entity >= 0 {
			count++
			if e := d.Entities[m.Entity]; e.Name != m.Name || e.Type != m.Type {
				t.Fatalf("mention %d: %s/%s, entity %s/%s", i, m.Name, m.Type, e.Name, e.Type)
			}
		}
	}
	total := 0
	first := -1
	for i, e := range d.Entities {
		if len(e.Mentions) == 0 {
			t.Fatalf("entity %d (%s) has no mentions", i, e.Name)
		}
		if e.Mentions[0].Start <= first {
			t.Fatalf("entity %d (%s) is not in order of first mention", i, e.Name)
		}
		first = e.Mentions[0].Start
		total += len(e.Mentions)
	}
	if total != count {
		t.Fatalf("entities hold %d mentions, the document %d", total, count)
	}
}

// runeStarts marks the offsets where a rune starts, as ranging over the
// string decodes them (a stray byte of bad UTF-8 is a rune of its own), and
// the end.
func runeStarts(s string) map[int]bool {
	m := map[int]bool{len(s): true}
	for i := range s {
		m[i] = true
	}
	return m
}
