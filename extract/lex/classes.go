package lex

// Classes answers, in one lookup, which of up to 64 word lists a word is
// in: a stage that asks "is it a travel verb? a host verb? a reporting
// verb?" of the same token looks it up once and tests bits.
type Classes struct{ m *Map[uint64] }

// NewClasses builds the classes of lists: bit k of Of(w) is set when
// lists[k][w] is true. It panics on more than 64 lists.
func NewClasses(lists ...map[string]bool) *Classes {
	if len(lists) > 64 {
		panic("lex: more than 64 classes")
	}
	m := map[string]uint64{}
	for k, list := range lists {
		for w, ok := range list {
			if ok {
				m[w] |= 1 << k
			}
		}
	}
	return &Classes{m: NewMap(m)}
}

// Of returns the class bits of w, 0 for a word in no list.
func (c *Classes) Of(w string) uint64 { return c.m.Get(w) }

// OfBytes is Of for a word held in a byte slice.
func (c *Classes) OfBytes(w []byte) uint64 { return c.m.GetBytes(w) }
