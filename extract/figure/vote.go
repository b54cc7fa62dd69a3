package figure

import "strings"

// statesVote reports a sentence about a vote in a body whose members are
// states (the UN General Assembly or Security Council): its bare counts
// and abstentions are countries, where a parliament's are lawmakers.
func (s *scan) statesVote() bool {
	s.findVote()
	return s.vote
}

// lawmakersVote reports a sentence about a vote in any other body: a
// parliament's bare tallies ("ended 280 to 12") count lawmakers, no
// figure of the war.
func (s *scan) lawmakersVote() bool {
	s.findVote()
	return s.otherVote
}

// findVote works out once per sentence, so that it stays linear, whether
// it tells a vote and whether states cast it.
func (s *scan) findVote() {
	if s.voteDone {
		return
	}
	s.voteDone = true
	voted := false
	for i := range s.toks {
		t := s.toks[i]
		if c := s.text[t.start] | 0x20; t.kind == tWord && (c == 'v' || c == 'a') && voteWords[s.lowerShort(t)] {
			voted = true
			break
		}
	}
	if !voted {
		return
	}
	for i := range s.mentions {
		n := s.mentions[i].Name
		if strings.HasSuffix(n, "General Assembly") || strings.HasSuffix(n, "Security Council") {
			s.vote = true
			return
		}
		if strings.HasPrefix(n, "United Nations") || n == "OSCE" || strings.HasPrefix(n, "Organization for Security") {
			return // a body of states, though not one whose bare tallies are sure to be states
		}
	}
	s.otherVote = true
}

var voteWords = map[string]bool{"voted": true, "vote": true, "votes": true, "abstentions": true,
	"abstained": true, "abstaining": true}
