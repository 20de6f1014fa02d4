package diff

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// ranges compares documented ranges by pattern.
func (d *differ) ranges(o, n *spec.Set, at func(string, Change)) {
	for _, or := range o.Ranges {
		nr := findRange(n, or.Pattern)
		if nr == nil {
			at(or.Pattern, Change{Kind: RangeRemoved, Old: bounds(o, or)})
			continue
		}
		if ob, nb := bounds(o, or), bounds(n, nr); ob != nb {
			at(or.Pattern, Change{Kind: RangeChanged, Old: ob, New: nb})
		}
		texts(rangeTexts(or.Text), rangeTexts(nr.Text), func(lang string, c Change) {
			c.Lang = lang
			if c.Kind == TextChanged {
				c.Kind = RangeTextChanged
			}
			at(or.Pattern, c)
		}, RangeTextChanged)
	}
	for _, nr := range n.Ranges {
		if findRange(o, nr.Pattern) == nil {
			at(nr.Pattern, Change{Kind: RangeAdded, New: bounds(n, nr)})
		}
	}
}

func findRange(s *spec.Set, pattern string) *spec.Range {
	for _, r := range s.Ranges {
		if r.Pattern == pattern {
			return r
		}
	}
	return nil
}

func bounds(s *spec.Set, r *spec.Range) string {
	if s.Kind != spec.Int {
		return r.Pattern
	}
	return strconv.FormatInt(r.Lo, 10) + ".." + strconv.FormatInt(r.Hi, 10)
}
