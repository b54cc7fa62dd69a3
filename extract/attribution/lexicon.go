package attribution

// flag describes what a lower-cased word can do in an attribution. The
// tables are built once at init; lookups never allocate.
type flag uint32

const (
	fCue        flag = 1 << iota // a speech verb: said, noted, told …
	fStrict                      // a cue that needs "that", ":" or a quote to count (insist, believe …)
	fTell                        // takes its addressee as a direct object (told Axios)
	fWrite                       // "on/in X" after it names the medium (writes on Substack)
	fAux                         // has, also, previously … may stand between subject and verb
	fBe                          // is, was … before a cue makes it passive
	fDet                         // a, the, some, two …
	fPrep                        // of, in, at …: may start a post-modifier
	fBound                       // that, which, and …: a subject never runs over it
	fAnon                        // sources, officials …: heads of anonymous speakers
	fSourceish                   // anonymous heads that are an outlet's own sources
	fRole                        // official, minister …: "the Russian official" refers back
	fHe                          // he, she, him, her, himself, herself, the latter
	fThey                        // they, them
	fReport                      // report, publication …: "According to the report" continues
	fSide                        // side, government …: "the Russian side" speaks for a party
	fHedge                       // allegedly, reportedly, may …
	fStop                        // words that end a speaker phrase after an inverted cue
	fListener                    // reporters, journalists …: whom a statement is told to
	fModal                       // will, would …: a bare cue after one is a plan ("will explain")
	fAside                       // the words of short parentheticals (", in turn,")
	fSpecial                     // according, read, quoted, cited: cues of their own shape
	fBase                        // the base form of a cue verb (explain, say)
	fNeg                         // not, never, neither: a denied statement is none
	fDeterminer                  // its, the, a …: a "cue" after one is a noun (its demands)
	fCalendar                    // Monday, March …: capitalised but never a name of a speaker
	fNumber                      // two, three …: a count before an anonymous head
	fPart                        // saying, warning …: a participle that reports a statement
	fAdd                         // adding, noting …: a participle that goes on with the same one
	fMessage                     // statement, communique …: "issued a statement saying"
	fIssue                       // issued, released …: "issued a joint statement: …"
	fReply                       // answer, response …: "Zelensky's answer was clear: …"
)

// lexicon maps lower-cased words to their flags.
var lexicon = map[string]flag{}

func add(f flag, words ...string) {
	for _, w := range words {
		lexicon[w] |= f
	}
}

// verbs lists cue verbs by their base form; inflections are generated.
var (
	plainCues = []string{
		"say", "state", "report", "claim", "note", "add", "announce", "confirm", "deny",
		"reveal", "explain", "mention", "declare", "unveil", "disclose", "lament", "react",
		"comment", "remark", "reply", "respond", "recall", "specify", "assure", "observe",
		"underline", "concede", "complain", "clarify", "tweet", "stress", "emphasize", "emphasise",
		"reiterate", "estimate", "demand", "affirm",
	}
	strictCues = []string{
		"insist", "believe", "suggest", "warn", "argue", "acknowledge", "admit",
		"think", "allege", "predict", "promise", "vow", "urge", "hint", "indicate",
		"propose", "threaten", "call", "describe", "dismiss", "denounce", "welcome", "repeat", "maintain", "express", "voice", "underscore", "inform", "accuse", "reject", "dispute", "show", "assess",
	}
	irregular = map[string][]string{
		"say": {"said"}, "tell": {"tell", "tells", "told"}, "write": {"write", "writes", "wrote", "written"},
		"precise": {"precised", "precises"}, // machine translation of French "a précisé"
		"deny":    {"denies", "denied"}, "speak": {"spoke"}, "reply": {"replies", "replied"}, "specify": {"specifies", "specified"},
		"clarify": {"clarifies", "clarified"}, "admit": {"admitted"}, "stress": {"stresses", "stressed"}, "show": {"shown"},
	}
)

func init() {
	for _, v := range plainCues {
		add(fCue, inflect(v)...)
	}
	for _, v := range strictCues {
		add(fCue|fStrict, inflect(v)...)
	}
	for v, forms := range irregular {
		add(fCue|lexicon[v]&fStrict, forms...)
	}
	add(fCue|fTell, "tell", "tells", "told")
	add(fTell, "inform", "informs", "informed")
	add(fCue|fWrite, "write", "writes", "wrote", "written", "posted", "tweeted", "tweets")
	add(fStrict, "spoke", "written")           // "has written a letter" is no statement; "has written that" is
	add(fCue|fStrict, "answered")              // the noun "answer" opens "X's answer was clear: …"
	add(fCue|fStrict|fBase, "speak", "speaks") // "speak of 19,500 children": see strictObject
	add(fCue|fStrict, "pointed")               // "pointed out that": see pointedOut
	add(fPart, "saying", "warning", "calling", "insisting", "arguing", "claiming", "accusing",
		"urging", "describing", "denying", "stating", "alleging", "suggesting", "complaining",
		"acknowledging", "admitting", "predicting", "vowing", "promising", "threatening", "telling",
		"adding", "noting", "stressing", "explaining", "emphasizing", "emphasising", "underlining",
		"recalling", "reiterating", "specifying", "clarifying", "pointing")
	add(fReply, "answer", "response", "reply", "reaction", "message", "verdict", "position", "words",
		"comment", "stance", "conclusion", "assessment", "retort")
	add(fIssue, "issued", "released", "published", "adopted", "signed", "issue", "issues", "passed",
		"approved", "voted")
	add(fMessage, "statement", "communique", "communiqué", "declaration", "message", "post", "letter",
		"note", "video", "address", "tweet", "release", "decree", "resolution")
	add(fAdd, "saying", "adding", "noting", "stressing", "explaining", "emphasizing", "emphasising",
		"underlining", "recalling", "reiterating", "specifying", "clarifying", "pointing")
	for _, v := range append(append([]string{"say", "tell", "write"}, plainCues...), strictCues...) {
		add(fBase, v)
	}
	add(fNeg, "not", "never", "neither", "nor", "didn't", "didn’t", "hasn't", "hasn’t", "haven't",
		"haven’t", "hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "doesn't",
		"doesn’t", "don't", "don’t", "cannot", "can't", "can’t", "refused", "declined")
	add(fDeterminer, "its", "his", "her", "their", "our", "my", "your", "the", "a", "an", "these",
		"those", "this", "such", "any", "no", "whose")
	add(fNumber, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "several",
		"hundred", "hundreds", "thousand", "thousands", "dozens")
	add(fCalendar, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december")
	add(fAux, "has", "have", "had", "also", "previously", "already", "again", "earlier", "later",
		"recently", "since", "then", "once", "repeatedly", "too", "just", "will", "would", "could", "can",
		"should", "may", "might", "must", "did", "does", "do", "not", "never", "still", "now",
		"further", "first", "even", "today", "yesterday", "reportedly", "allegedly", "publicly", "openly",
		"afterwards", "afterward", "subsequently")
	add(fBe, "is", "was", "were", "are", "been", "be", "being")
	add(fDet, "a", "an", "the", "some", "several", "many", "multiple", "two", "three", "four",
		"five", "few", "other", "these", "those", "this", "same", "various", "numerous",
		"most", "all", "one", "senior", "top", "high-ranking", "unnamed", "anonymous")
	add(fPrep, "of", "in", "at", "on", "from", "with", "among", "by", "for", "to", "close",
		"familiar", "within", "inside", "near", "during", "after", "before", "about", "over")
	add(fBound, "that", "which", "who", "whom", "whose", "when", "while", "because", "if",
		"as", "but", "although", "though", "since", "so", "where", "whether", "and", "or",
		"than", "unless", "until", "after", "before", "however")
	add(fAnon|fSourceish, "source", "sources", "official", "officials", "insider", "insiders",
		"people", "person", "persons", "interlocutor", "interlocutors", "aide", "aides")
	add(fAnon, "analyst", "analysts", "commentator", "commentators", "observer", "observers",
		"expert", "experts", "diplomat", "diplomats", "columnist", "columnists", "reports",
		"media", "critics", "witnesses", "residents", "bloggers", "journalists", "reporters",
		"representatives", "negotiators", "lawmakers", "legislators", "politicians", "governments",
		"outlets", "agencies", "posts", "resident", "volunteer", "volunteers", "witness", "soldier", "soldiers",
		"nurse", "doctor", "doctors", "medic", "medics", "monitor", "monitors", "economist", "economists",
		"pensioner", "pensioners", "farmer", "farmers", "teacher", "woman", "women", "man", "men", "mother",
		"father", "survivor", "survivors", "refugee", "refugees", "historian", "historians", "scholar",
		"scholars", "researcher", "researchers", "academic", "academics", "veteran", "veterans", "senator",
		"senators", "congressman", "congressmen", "deputies", "mps", "colleague", "colleagues", "channels",
		"bloggers", "milbloggers", "members", "protesters", "demonstrators", "activists", "relatives",
		"families", "lawyers", "campaigners")
	add(fRole, "official", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
		"envoy", "negotiator", "diplomat", "secretary", "chancellor", "leader", "head", "chief",
		"adviser", "advisor", "ambassador", "general", "commander", "premier", "politician",
		"journalist", "winner", "reporter", "author", "representative", "director", "prosecutor")
	add(fListener, "reporters", "journalists", "press", "media", "newspaper", "agency", "outlet",
		"broadcaster", "channel", "publication", "magazine", "lawmakers", "deputies", "parliament",
		"audience", "correspondent", "correspondents", "journalist", "television", "interviewer", "students")
	add(fSpecial, "according", "read", "quoted", "cited", "quotes", "cites", "interview", "speaking", "comments", "remarks",
		"words", "view", "opinion", "put", "puts", "learned", "learnt", "understood", "made", "per")
	add(fModal, "will", "would", "could", "can", "should", "must", "may", "might", "shall")
	add(fAside, "in", "turn", "however", "for", "its", "his", "her", "their", "part", "meanwhile",
		"though", "therefore", "moreover", "instead", "particular", "contrast", "response",
		"return", "addition", "this", "regard", "too")
	add(fHe, "he", "she", "him", "her", "himself", "herself", "latter")
	add(fThey, "they", "them", "themselves")
	add(fReport, "report", "publication", "newspaper", "outlet", "agency", "article", "paper",
		"magazine", "broadcaster", "channel", "portal", "website", "daily", "weekly", "statement",
		"material", "investigation", "story")
	add(fSide, "side", "government", "authorities", "leadership", "delegation", "administration", "delegations", "sides",
		"ministry", "command", "army", "military", "forces", "navy", "parliament")
	add(fHedge, "allegedly", "reportedly", "supposedly", "purportedly", "apparently",
		"unconfirmed", "unverified", "rumored", "rumoured", "may", "might")
	add(fStop, "at", "on", "in", "during", "after", "before", "when", "while", "who", "that",
		"which", "told", "to", "with", "from", "as", "because", "since", "and", "but")
}

// inflect returns the regular forms of a verb: notes, noted, noting is left
// out on purpose (participles are not statements: "announcing the death").
func inflect(v string) []string {
	third, past := v+"s", v+"ed"
	switch {
	case v[len(v)-1] == 'e':
		past = v + "d"
	case v[len(v)-1] == 's' || v[len(v)-1] == 'h':
		third = v + "es"
	case v[len(v)-1] == 'y' && !isVowel(v[len(v)-2]):
		third, past = v[:len(v)-1]+"ies", v[:len(v)-1]+"ied"
	}
	return []string{v, third, past}
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// bodies are the heads of public bodies that speak as themselves without a
// name of their own: "regional police said …" is neither anonymous nor a
// knowledge-base entity.
var bodies = map[string]bool{"police": true, "prosecutors": true, "investigators": true, "rescuers": true,
	"firefighters": true, "coroners": true, "council": true}

// outletKinds are the knowledge-base kinds that relay other people's words.
var outletKinds = map[string]bool{"outlet": true, "wire": true, "journalist": true, "news_agency": true}
