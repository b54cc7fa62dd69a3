package event

// Event types (truce.Event.Type).
const (
	Talks            = "talks"
	Meeting          = "meeting"
	Summit           = "summit"
	Proposal         = "proposal"
	Ceasefire        = "ceasefire"
	PrisonerExchange = "prisoner_exchange"
	Agreement        = "agreement"
	Statement        = "statement"
	Cancellation     = "cancellation"
	Vote             = "vote"
	Other            = "other"
)

// Statuses (truce.Event.Status).
const (
	Held      = "held"
	Planned   = "planned"
	Cancelled = "cancelled"
	Proposed  = "proposed"
	Reported  = "reported"
)

// word is what the lexicon knows about a trigger word.
type word struct {
	typ  string
	verb bool // a verb form: no determiner, no anaphora
}

// triggers maps lower-case words to the event they may signal. Words that
// need a neighbour to count (ceasefire needs a verb that makes it happen,
// an exchange needs prisoners) are decided in trigger.go.
var triggers = map[string]word{
	"talks": {Talks, false}, "negotiations": {Talks, false}, "negotiation": {Talks, false},
	"negotiate": {Talks, true}, "negotiated": {Talks, true}, "negotiates": {Talks, true},
	"negotiating": {Talks, true}, "discuss": {Talks, true}, "discussed": {Talks, true},
	"discusses": {Talks, true}, "discussing": {Talks, true}, "discussion": {Talks, false},
	"discussions": {Talks, false}, "consultations": {Talks, false}, "consultation": {Talks, false},
	"dialogue": {Talks, false}, "dialog": {Talks, false}, "conversation": {Talks, false},
	"contacted": {Talks, true}, "talked": {Talks, true}, "phoned": {Talks, true},
	"call": {Talks, false}, "calls": {Talks, false},

	"meeting": {Meeting, false}, "meetings": {Meeting, false}, "meet": {Meeting, true},
	"meets": {Meeting, true}, "met": {Meeting, true}, "visit": {Meeting, false},
	"visits": {Meeting, false}, "visited": {Meeting, true},
	"received": {Meeting, true}, "arrived": {Meeting, true},
	"arrives": {Meeting, true}, "summit": {Summit, false},
	"summits": {Summit, false},

	"plan": {Proposal, false}, "plans": {Proposal, false}, "terms": {Proposal, false}, "proposal": {Proposal, false},
	"proposals": {Proposal, false}, "precondition": {Proposal, false},
	"preconditions": {Proposal, false}, "initiative": {Proposal, false},
	"roadmap": {Proposal, false}, "formula": {Proposal, false}, "framework": {Proposal, false},
	"counterproposal": {Proposal, false}, "draft": {Proposal, false}, "proposed": {Proposal, true},
	"proposes": {Proposal, true}, "propose": {Proposal, true},

	"ceasefire": {Ceasefire, false}, "ceasefires": {Ceasefire, false}, "truce": {Ceasefire, false},
	"armistice": {Ceasefire, false},

	"exchange": {PrisonerExchange, false}, "exchanges": {PrisonerExchange, false},
	"exchanged": {PrisonerExchange, true}, "swap": {PrisonerExchange, false},
	"swaps": {PrisonerExchange, false}, "swapped": {PrisonerExchange, true},

	"agreement": {Agreement, false}, "agreements": {Agreement, false}, "deal": {Agreement, false},
	"accord": {Agreement, false}, "accords": {Agreement, false}, "treaty": {Agreement, false},
	"memorandum": {Agreement, false}, "protocol": {Agreement, false}, "protocols": {Agreement, false},

	"vote": {Vote, false}, "votes": {Vote, false}, "voted": {Vote, true},
	"resolution": {Vote, false},

	"statement": {Statement, false}, "declaration": {Statement, false},
	"communique": {Statement, false},

	"cancel": {Cancellation, true}, "cancels": {Cancellation, true},
	"canceled": {Cancellation, true}, "cancelled": {Cancellation, true},
	"cancellation": {Cancellation, false}, "postponed": {Cancellation, true},
	"postpone": {Cancellation, true}, "postpones": {Cancellation, true}, "postponing": {Cancellation, true}, "scrapped": {Cancellation, true},
	"shelved": {Cancellation, true}, "suspended": {Cancellation, true},
}

// phone words make "call" and "conversation" talks.
var phone = map[string]bool{"phone": true, "telephone": true, "video": true, "by": true}

// prisonerWords make an exchange or swap a prisoner exchange.
var prisonerWords = map[string]bool{
	"prisoner": true, "prisoners": true, "pows": true, "pow": true, "captives": true,
	"detainees": true, "servicemen": true, "soldiers": true, "bodies": true, "civilians": true,
}

// returnWords after an exchange tell of people coming home.
var returnWords = map[string]bool{
	"home": true, "freed": true, "released": true, "captivity": true, "returned": true,
	"repatriated": true,
}

// ceasefireVerbs make a ceasefire or an agreement something that happens
// rather than a topic ("declared a truce" against "discuss a truce").
var ceasefireVerbs = map[string]bool{
	"declared": true, "declares": true, "announced": true, "announces": true, "agreed": true,
	"agree": true, "reached": true, "reach": true, "signed": true, "signs": true, "sign": true,
	"concluded": true, "conclude": true, "concludes": true, "struck": true, "brokered": true, "violated": true, "violate": true,
	"broke": true, "observed": true, "extended": true, "effect": true, "force": true,
	"expired": true, "collapsed": true, "ended": true, "sealed": true, "implemented": true, "implement": true,
	"holding": true, "held": true, "accepted": true, "ordered": true, "observe": true,
}

// beginVerbs before "to" start an activity rather than a goal.
var beginVerbs = map[string]bool{
	"began": true, "begun": true, "begin": true, "begins": true, "started": true,
	"start": true, "starts": true, "continue": true, "continued": true,
}

// phoneOnly makes "spoke" talks.
var phoneOnly = map[string]bool{"phone": true, "telephone": true, "video": true, "phones": true}

// signVerbs make an agreement a signing (type other).
var signVerbs = map[string]bool{"signed": true, "sign": true, "signing": true, "signs": true, "initialled": true}

// statementVerbs make a statement or declaration an event of its own
// rather than any quoted remark.
var statementVerbs = map[string]bool{
	"joint": true, "issued": true, "issue": true, "released": true, "adopted": true,
	"signed": true, "published": true,
}

// voteVerbs make a resolution a vote.
var voteVerbs = map[string]bool{
	"passed": true, "adopted": true, "approved": true, "backed": true, "rejected": true,
	"endorsed": true, "pass": true, "adopt": true, "approve": true,
}

// actVerbs make a proposal noun an act ("unveiled a plan").
var actVerbs = map[string]bool{
	"unveiled": true, "unveils": true, "presented": true, "presents": true, "submitted": true,
	"submits": true, "offered": true, "offers": true, "drafted": true, "drafting": true,
	"working": true, "developing": true, "developed": true, "announced": true, "tabled": true,
	"outlined": true, "sent": true, "handed": true, "delivered": true, "proposed": true,
	"published": true, "publishes": true, "issued": true,
	"out": true, // "set out", "laid out"
}

// lightVerbs carry an event when they head an infinitive ("ready to hold
// talks"); any other verb after "to" makes the event a goal ("to obtain a
// ceasefire"), which is not an event.
var lightVerbs = map[string]bool{
	"hold": true, "have": true, "start": true, "begin": true, "resume": true, "continue": true,
	"conduct": true, "attend": true, "join": true, "participate": true, "sign": true,
	"host": true, "launch": true, "open": true, "convene": true, "activate": true,
	"implement": true, "carry": true, "take": true, "discuss": true, "meet": true,
	"unblock": true, "restart": true, "renew": true, "revive": true,
	"negotiate": true, "talk": true, "contact": true, "exchange": true, "swap": true,
	"propose": true, "put": true, "present": true, "unveil": true, "vote": true, "cancel": true,
	"postpone": true, "call": true, "declare": true, "announce": true, "arrange": true,
	"organise": true, "organize": true, "schedule": true, "observe": true, "respect": true,
	"introduce": true, "establish": true,
}

// determiners before a trigger noun, and what they say about it.
const (
	detNew = iota + 1
	detDefinite
	detAnaphoric
	detPossessive // "Trump's proposal": new for a proposal, definite otherwise
)

var determiners = map[string]int{
	"a": detNew, "an": detNew, "new": detNew, "next": detNew, "upcoming": detNew,
	"another": detNew, "first": detNew, "second": detNew, "third": detNew, "latest": detNew,
	"fresh": detNew, "one": detNew, "two": detNew, "three": detNew, "four": detNew,
	"five": detNew, "several": detNew, "own": detNew,
	"the":  detDefinite,
	"this": detAnaphoric, "these": detAnaphoric, "those": detAnaphoric, "such": detAnaphoric,
	"its": detAnaphoric, "their": detAnaphoric, "his": detAnaphoric, "her": detAnaphoric,
	"our": detAnaphoric, "same": detAnaphoric, "said": detAnaphoric, "that": detAnaphoric,
	// "as it did in previous votes": events known before, not a new one.
	"previous": detAnaphoric, "past": detAnaphoric, "prior": detAnaphoric,
}

// irrealis words before a trigger make it hypothetical, wished for or in
// doubt: no event.
var irrealis = map[string]bool{
	"could": true, "might": true, "may": true, "can": true, "whether": true, "unclear": true,
	"if": true, "unless": true, "trying": true, "tries": true, "tried": true, "try": true,
	"attempt": true, "attempts": true, "attempting": true, "hopes": true, "hope": true,
	"hoped": true, "want": true, "wants": true, "wanted": true, "wish": true, "seek": true,
	"seeks": true, "seeking": true, "urged": true, "urges": true, "urge": true,
	"possibility": true, "push": true, "must": true, "refuses": true, "refused": true,
	"refusing": true, "rejects": true, "rejected": true, "rejecting": true, "open": true,
	"openness": true, "any": true, "rushing": true, "eager": true, "keen": true, "regular": true,
	"encouraged": true, "urging": true, "avoid": true, "avoided": true, "without": true,
	"pushing": true, "demanded": true, "demands": true, "would": true, "need": true, "needs": true,
}

// plannedWords before a trigger put the event in the future.
var plannedWords = map[string]bool{
	"will": true, "shall": true, "'ll": true, "plans": true, "plan": true, "planning": true,
	"planned": true, "expected": true, "scheduled": true, "due": true, "set": true,
	"going": true, "ready": true, "intends": true, "intend": true, "agreed": true, "agree": true, "agrees": true,
	"next": true, "upcoming": true, "future": true, "prepared": true, "would": true,
	"tomorrow": true, "willing": true, "arranging": true, "preparing": true, "organising": true,
	"organizing": true, "prepare": true, "prepares": true,
}

// proposalVerbs before a ceasefire make it a proposal ("demanded an
// unconditional 30-day ceasefire"); for proposals they are no irrealis.
var proposalVerbs = map[string]bool{
	"demanded": true, "demands": true, "demand": true, "proposed": true, "proposes": true,
	"offered": true, "offers": true, "suggested": true, "suggests": true, "put": true,
}

// demandVerbs before a ceasefire make it terms set by one side, a proposal.
var demandVerbs = map[string]bool{
	"demanded": true, "demands": true, "demand": true, "demanding": true, "put": true,
	// "had convinced Kyiv to accept a ceasefire of 30 days": the presser's terms.
	"convinced": true, "persuaded": true, "pressed": true, "pressured": true,
}

// hedgeWords mark unverified reporting.
var hedgeWords = map[string]bool{
	"reportedly": true, "allegedly": true, "rumored": true, "rumoured": true, "revealed": true,
	"sources": true, "reports": true, "purportedly": true, "supposedly": true,
}

// placeBlockers are nouns whose "in X" gives the place of something else
// ("the war in Ukraine", "partners in Turkey").
var placeBlockers = map[string]bool{
	"war": true, "conflict": true, "fighting": true, "invasion": true, "situation": true,
	"crisis": true, "partners": true, "troops": true, "forces": true, "people": true,
	"attacks": true, "residents": true, "aid": true, "embassy": true, "offensive": true,
	"peace": true, "born": true, "based": true, "occupation": true, "front": true,
}

// bothSides are phrases for the two parties of the conflict.
var bothSides = [][]string{
	{"the", "parties"}, {"both", "parties"}, {"both", "sides"}, {"the", "two", "sides"},
	{"the", "sides"}, {"two", "sides"}, {"the", "warring", "parties"}, {"the", "two", "countries"},
}

// belligerents are the two parties that "both sides" stands for.
var belligerents = []string{"Russia", "Ukraine"}
