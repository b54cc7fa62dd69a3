package position

// Stances (truce.Position.Stance).
//
// A dropped demand ("Putin no longer insists on …") is recorded as accept:
// the party stops opposing the other side's position on that issue, which
// is what accepting it means for the negotiation. A conditional or possible
// demand or concession ("may consider modifying", "Kyiv could join NATO")
// is consider.
const (
	Demand   = "demand"
	Offer    = "offer"
	Accept   = "accept"
	Reject   = "reject"
	Consider = "consider"
)

// cue is a word that states a stance.
type cue struct {
	stance string
	// noun cues ("preconditions", "demands") take their holder from a
	// possessive after them too ("the conditions include Russia's …").
	noun bool
	// passive cues ("is required to") make the mention before them the
	// target, not the holder.
	passive bool
}

// cues maps lower-case words to the stance they state.
var cues = map[string]cue{
	"demand": {Demand, false, false}, "demands": {Demand, false, false},
	"demanded": {Demand, false, false}, "demanding": {Demand, false, false},
	"insist": {Demand, false, false}, "insists": {Demand, false, false},
	"insisted": {Demand, false, false}, "insisting": {Demand, false, false},
	"requires": {Demand, false, false}, "require": {Demand, false, false},
	"requirement": {Demand, true, false}, "requirements": {Demand, true, false},
	"precondition": {Demand, true, false}, "preconditions": {Demand, true, false},
	"condition": {Demand, true, false}, "conditions": {Demand, true, false},
	"ultimatum": {Demand, true, false}, "wants": {Demand, false, false},
	"seeks": {Demand, false, false}, "seek": {Demand, false, false},
	"sought": {Demand, false, false}, "urged": {Demand, false, false},
	"urges": {Demand, false, false}, "expects": {Demand, false, false},
	"want": {Demand, false, false}, "wanted": {Demand, false, false},
	// What a party is after: "Kyiv's priority is an unconditional truce",
	// "Moscow's main goal was neutrality".
	"priority": {Demand, true, false}, "priorities": {Demand, true, false},
	"goal": {Demand, true, false}, "goals": {Demand, true, false},
	"objective": {Demand, true, false}, "objectives": {Demand, true, false},

	"reject": {Reject, false, false}, "rejects": {Reject, false, false},
	"rejected": {Reject, false, false}, "rejecting": {Reject, false, false},
	"rejection": {Reject, true, false}, "oppose": {Reject, false, false},
	"opposes": {Reject, false, false}, "opposed": {Reject, false, false},
	"opposing": {Reject, false, false}, "refuse": {Reject, false, false},
	"refuses": {Reject, false, false}, "refused": {Reject, false, false},
	"refusal": {Reject, true, false}, "dismissed": {Reject, false, false},
	"dismisses": {Reject, false, false}, "unacceptable": {Reject, false, false},
	"denounced": {Reject, false, false}, "condemned": {Reject, false, false},

	"accept": {Accept, false, false}, "accepts": {Accept, false, false},
	"accepted": {Accept, false, false}, "accepting": {Accept, false, false},
	"agree": {Accept, false, false}, "agrees": {Accept, false, false},
	"agreed": {Accept, false, false}, "concede": {Accept, false, false},
	"concedes": {Accept, false, false}, "conceded": {Accept, false, false},
	"recognize": {Accept, false, false}, "recognise": {Accept, false, false},
	"recognized": {Accept, false, false}, "supports": {Accept, false, false},
	"support": {Accept, false, false}, "backs": {Accept, false, false},
	"backed": {Accept, false, false}, "endorsed": {Accept, false, false},
	"welcomed": {Accept, false, false}, "compromise": {Accept, false, false},
	"welcome": {Accept, false, false}, "welcomes": {Accept, false, false},

	"offer": {Offer, false, false}, "offers": {Offer, false, false},
	"offered": {Offer, false, false}, "propose": {Offer, false, false},
	"proposes": {Offer, false, false}, "proposed": {Offer, false, false},
	"proposal": {Offer, true, false}, "proposals": {Offer, true, false},
	"promised": {Offer, false, false}, "promises": {Offer, false, false},
	"promise": {Offer, false, false},
	"pledged": {Offer, false, false}, "concessions": {Offer, true, false},
	"concession": {Offer, true, false}, "guaranteed": {Offer, false, false},

	"consider": {Consider, false, false}, "considers": {Consider, false, false},
	"considering": {Consider, false, false}, "mulling": {Consider, false, false},
	"weighing": {Consider, false, false}, "explore": {Consider, false, false},
	"exploring": {Consider, false, false}, "evaluated": {Consider, false, false},
	"discussed": {Consider, false, false},
}

// readyWords before "to" make an offer: "ready to", "willing to".
var readyWords = map[string]bool{
	"ready": true, "willing": true, "prepared": true, "open": true,
}

// mayWords make a stance possible rather than held: consider.
var mayWords = map[string]bool{
	"may": true, "might": true, "could": true, "possibly": true, "reportedly": false,
}

// doubtWords make the clause assert no stance at all.
var doubtWords = map[string]bool{
	"whether": true, "if": true, "unless": true, "unclear": true, "unknown": true, "how": true,
	"doubt": true, "doubts": true, "doubted": true, "doubtful": true, "skeptical": true,
	"sceptical": true,
}

// reluctant words negate what follows: "unlikely to accept".
var reluctant = map[string]bool{
	"unlikely": true, "reluctant": true, "unwilling": true, "refuses": true, "refused": true,
}

// anaphors point back to the issues of the last stance: "these conditions".
var anaphors = map[string]bool{
	"these": true, "this": true, "those": true, "such": true, "them": true, "it": true,
	"terms": true, "the": true,
}

// pronouns stand for a holder told before.
var pronouns = map[string]bool{
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true,
}

// prepositions before a mention make it an object, not the holder.
var prepositions = map[string]bool{
	"of": true, "with": true, "by": true, "from": true, "to": true, "in": true, "against": true,
	"for": true, "on": true, "over": true, "into": true, "at": true, "about": true,
	"between": true, "near": true, "toward": true, "towards": true, "than": true,
}

// stanceVerbs words the summary.
var stanceVerbs = map[string]string{
	Demand: "demands", Offer: "offers", Accept: "accepts", Reject: "rejects", Consider: "considers",
}
