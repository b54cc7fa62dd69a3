package analyze

import "sort"

// unionFind joins items into groups.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the groups of i and j; the smaller index stays the root, so
// groups are named by their first member whatever the order of joins.
func (u *unionFind) union(i, j int) {
	a, b := u.find(i), u.find(j)
	if a > b {
		a, b = b, a
	}
	u.parent[b] = a
}

// groups lists the members of each group, groups in order of their first member.
func (u *unionFind) groups() [][]int {
	byRoot := map[int]int{}
	var out [][]int
	for i := range u.parent {
		r := u.find(i)
		k, ok := byRoot[r]
		if !ok {
			k = len(out)
			byRoot[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// wordIndex finds earlier items sharing words with a new one. A word
// shared by very many items would make the scan quadratic, so each word
// keeps only its latest maxPosting items: items come in date order, and a
// report repeats or answers what was said recently.
type wordIndex struct{ post map[string][]int }

const maxPosting = 64

func newWordIndex() *wordIndex { return &wordIndex{post: map[string][]int{}} }

func (x *wordIndex) add(i int, ws []string) {
	for _, w := range ws {
		p := x.post[w]
		if len(p) == maxPosting {
			p = p[1:]
		}
		x.post[w] = append(p, i)
	}
}

// candidates returns, in order, the items sharing at least least words with ws.
func (x *wordIndex) candidates(ws []string, least int) []int {
	count := map[int]int{}
	for _, w := range ws {
		for _, i := range x.post[w] {
			count[i]++
		}
	}
	var out []int
	for i, n := range count {
		if n >= least {
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}
