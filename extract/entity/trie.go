package entity

// trie maps token sequences (vocabulary ids) to the patterns they spell.
// Transitions live in one map keyed by node and token, which keeps the
// structure compact for tens of thousands of names.
type trie struct {
	next map[uint64]int32
	out  [][]pattern // by node; nil for inner nodes
	root []int32     // by vocabulary id: the node after the root, 0 for none
}

// pattern is one name (or title) ending at a trie node.
type pattern struct {
	target    int32    // index of the entry (names) or title (titles)
	exact     []string // the tokens as written, when the name is case sensitive
	hasUpper  bool     // the name has a capital, so the text must have one too
	adjective bool     // a nationality adjective, not a name
	ambiguous bool     // the name may mean another entry or a common word
}

func newTrie() *trie {
	return &trie{next: map[uint64]int32{}, out: [][]pattern{nil}}
}

func edge(node, id int32) uint64 { return uint64(node)<<32 | uint64(uint32(id)) }

// freeze builds the root table once the vocabulary is complete, so that the
// many words that start no name cost no map look-up.
func (t *trie) freeze(vocabSize int) {
	t.root = make([]int32, vocabSize)
	for id := range t.root {
		t.root[id] = t.next[edge(0, int32(id))]
	}
}

// add inserts the token ids of one name with its pattern; a pattern already
// present for the same target is not added twice, but a lower-case alias
// ("coalition of the willing") lets its capitalised twin match in lower case,
// and a name the entry also lists as ambiguous stays ambiguous (the
// platform X).
func (t *trie) add(ids []int32, p pattern) {
	node := int32(0)
	for _, id := range ids {
		nx, ok := t.next[edge(node, id)]
		if !ok {
			nx = int32(len(t.out))
			t.out = append(t.out, nil)
			t.next[edge(node, id)] = nx
		}
		node = nx
	}
	for k, q := range t.out[node] {
		if q.target == p.target && q.adjective == p.adjective && len(q.exact) == len(p.exact) {
			t.out[node][k].hasUpper = q.hasUpper && p.hasUpper
			t.out[node][k].ambiguous = q.ambiguous || p.ambiguous
			return
		}
	}
	t.out[node] = append(t.out[node], p)
}

// longest returns the end (exclusive token index) and patterns of the
// longest name starting at toks[i] that ok accepts, or 0, nil. Names do not
// run across line breaks.
func (t *trie) longest(toks []token, i int, ok func(toks []token, i, j int, p *pattern) bool) (int, []pattern) {
	node := int32(0)
	bestEnd, best := 0, []pattern(nil)
	if id := toks[i].id; id < 0 || int(id) >= len(t.root) || t.root[id] == 0 {
		return 0, nil
	}
	for j := i; j < len(toks); j++ {
		if toks[j].id < 0 || (j > i && toks[j].nl) {
			break
		}
		if j == i {
			node = t.root[toks[j].id]
		} else if nx, found := t.next[edge(node, toks[j].id)]; found {
			node = nx
		} else {
			break
		}
		if keep := accepted(t.out[node], toks, i, j+1, ok); keep != nil {
			bestEnd, best = j+1, keep
		}
	}
	return bestEnd, best
}

// accepted returns the patterns ok accepts, allocating only when it rejects
// some but not all.
func accepted(outs []pattern, toks []token, i, j int, ok func(toks []token, i, j int, p *pattern) bool) []pattern {
	n := 0
	for k := range outs {
		if ok(toks, i, j, &outs[k]) {
			n++
		}
	}
	switch n {
	case 0:
		return nil
	case len(outs):
		return outs
	}
	keep := make([]pattern, 0, n)
	for k := range outs {
		if ok(toks, i, j, &outs[k]) {
			keep = append(keep, outs[k])
		}
	}
	return keep
}
