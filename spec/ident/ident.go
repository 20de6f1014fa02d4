// Package ident is codebook's one definition of identity across two
// revisions of a spec: which set of the old revision is which set of the
// new one, and which member is which member. The lock (pinning Go names
// to the sets they were generated for), the diff (reporting what changed)
// and generate (refusing to rename what its output declares) all pair
// sets through Pair, so they can never disagree about what a set is.
//
// A set is identified by its wire key and its section: since the reader
// splits the tables of one key by heading when their codes mean
// different things, one key can name several sets, each under its own
// heading. Pair tries, each step only among sets not yet paired:
//
//  1. the same key and the same section;
//  2. the same key, when each side has exactly one such set left (a
//     heading reworded);
//  3. the same Go type name and at least one code in common (a key
//     changed under a name= directive; a new set that merely takes the
//     name of a removed one is not the same set);
//  4. the codes: the pair sharing the most codes, if they are more than
//     half of the larger set (a table whose headers were translated, or
//     one part of a set split by heading).
//
// Every step is symmetric, so Pair(b, a) pairs what Pair(a, b) does.
// Members are identified by their code value within paired sets.
package ident

import "sort"

// Set is what identifies a set: the fields Pair looks at.
type Set struct {
	// Key is the wire key, e.g. "code".
	Key string
	// Section is the heading the set's first table stands under.
	Section string
	// Name is the Go type name.
	Name string
	// Values are the set's code values.
	Values []string
}

// Pair returns, for each old set, the index of its counterpart in new,
// or -1 when it has none.
func Pair(old, new []Set) []int {
	p := &pairing{out: make([]int, len(old)), used: make([]bool, len(new))}
	for i := range p.out {
		p.out[i] = -1
	}
	p.by(old, new, func(s Set) (string, bool) { return s.Key + "\x00" + s.Section, true })
	p.uniqueKey(old, new)
	p.sameName(old, new)
	p.overlap(old, new)
	return p.out
}

type pairing struct {
	out  []int
	used []bool
}

func (p *pairing) link(o, n int) { p.out[o], p.used[n] = n, true }

// by pairs the i-th unpaired old set with a given id with the i-th
// unpaired new set with that id, in order: symmetric, and total when
// ids repeat.
func (p *pairing) by(old, new []Set, id func(Set) (string, bool)) {
	queue := map[string][]int{}
	for j, n := range new {
		if k, ok := id(n); ok && !p.used[j] {
			queue[k] = append(queue[k], j)
		}
	}
	for i, o := range old {
		k, ok := id(o)
		if !ok || p.out[i] >= 0 || len(queue[k]) == 0 {
			continue
		}
		p.link(i, queue[k][0])
		queue[k] = queue[k][1:]
	}
}

// sameName pairs sets with the same Go name that share a code. Names
// are unique within a spec, so each set has at most one candidate.
func (p *pairing) sameName(old, new []Set) {
	byName := map[string]int{}
	for j, n := range new {
		if _, dup := byName[n.Name]; !dup && !p.used[j] && n.Name != "" {
			byName[n.Name] = j
		}
	}
	for i, o := range old {
		j, ok := byName[o.Name]
		if !ok || p.out[i] >= 0 || p.used[j] || !shareOne(o.Values, new[j].Values) {
			continue
		}
		p.link(i, j)
	}
}

func shareOne(a, b []string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	in := make(map[string]bool, len(a))
	for _, v := range a {
		in[v] = true
	}
	for _, v := range b {
		if in[v] {
			return true
		}
	}
	return false
}

// uniqueKey pairs sets by key alone where each side has exactly one
// unpaired set with that key.
func (p *pairing) uniqueKey(old, new []Set) {
	oldBy, newBy := map[string][]int{}, map[string][]int{}
	for i, o := range old {
		if p.out[i] < 0 && o.Key != "" {
			oldBy[o.Key] = append(oldBy[o.Key], i)
		}
	}
	for j, n := range new {
		if !p.used[j] && n.Key != "" {
			newBy[n.Key] = append(newBy[n.Key], j)
		}
	}
	for i, o := range old {
		if os, ns := oldBy[o.Key], newBy[o.Key]; len(os) == 1 && len(ns) == 1 && p.out[i] < 0 {
			p.link(i, ns[0])
		}
	}
}

type candidate struct {
	o, n   int
	score  int
	lo, hi string // the two sets' identities, ordered, for a symmetric tie-break
}

func (p *pairing) overlap(old, new []Set) {
	var cs []candidate
	for i, o := range old {
		if p.out[i] >= 0 {
			continue
		}
		values := make(map[string]bool, len(o.Values))
		for _, v := range o.Values {
			values[v] = true
		}
		for j, n := range new {
			if p.used[j] {
				continue
			}
			score := 0
			for _, v := range n.Values {
				if values[v] {
					score++
				}
			}
			if Majority(score, len(values), len(n.Values)) {
				a, b := o.id(), n.id()
				cs = append(cs, candidate{i, j, score, min(a, b), max(a, b)})
			}
		}
	}
	sort.SliceStable(cs, func(a, b int) bool {
		x, y := cs[a], cs[b]
		if x.score != y.score {
			return x.score > y.score
		}
		if x.lo != y.lo {
			return x.lo < y.lo
		}
		return x.hi < y.hi
	})
	for _, c := range cs {
		if p.out[c.o] < 0 && !p.used[c.n] {
			p.link(c.o, c.n)
		}
	}
}

func (s Set) id() string { return s.Key + "\x00" + s.Section + "\x00" + s.Name }

// Majority reports whether n shared codes are more than half of the
// larger of two sets of a and b codes, so two unrelated sets that share
// a code or two never pair.
func Majority(n, a, b int) bool { return n > 0 && 2*n > max(a, b) }
