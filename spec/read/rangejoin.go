package read

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// joinRangeTables finds groups made of tables that list ranges only
// ("Range | Area", "Prefix | Kind" over 30xx, 4000xx) under a header
// that names no set, so that they formed a set of their own with no
// member, which nothing can generate. Their ranges join the set whose
// codes they cover most (a negative code counts by its digits: pages
// write -3001 under 30xx), with a warning; ranges that cover no code of
// the page are reported and not kept.
func joinRangeTables(groups []*group, diags *spec.Diags) []*group {
	out := groups[:0:0]
	var orphans []*group
	for _, g := range groups {
		if rangesOnly(g) {
			orphans = append(orphans, g)
			continue
		}
		out = append(out, g)
	}
	for _, g := range orphans {
		t := g.tables[0]
		into, n := coveringGroup(out, g)
		if into == nil {
			diags.Doubtf(spec.Skipped, t.pos, "table of ranges only covers no code of the page; its ranges are not kept")
			continue
		}
		into.tables = append(into.tables, g.tables...)
		diags.Doubtf(spec.Repaired, t.pos, "table of ranges only names no set; its ranges join the set of key %s (they cover %d of its codes)", strconv.Quote(into.key), n)
	}
	return out
}

// rangesOnly reports a group whose tables give ranges and no code.
func rangesOnly(g *group) bool {
	ranges := false
	for _, t := range g.tables {
		for _, rw := range t.rows {
			if len(rw.codes) > 0 {
				return false
			}
			ranges = ranges || len(rw.ranges) > 0
		}
	}
	return ranges
}

// coveringGroup returns the group with the most codes inside g's ranges,
// and how many; the first such group on a tie.
func coveringGroup(groups []*group, g *group) (*group, int) {
	type bounds struct{ lo, hi int64 }
	var rs []bounds
	for _, t := range g.tables {
		for _, rw := range t.rows {
			for _, r := range rw.ranges {
				if lo, hi, ok := rangeBounds(r); ok {
					rs = append(rs, bounds{lo, hi})
				}
			}
		}
	}
	covered := func(v int64) bool {
		for _, r := range rs {
			if r.lo <= v && v <= r.hi || v < 0 && r.lo <= -v && -v <= r.hi {
				return true
			}
		}
		return false
	}
	var best *group
	most := 0
	for _, h := range groups {
		n := 0
		for _, t := range h.tables {
			for _, rw := range t.rows {
				for _, c := range rw.codes {
					if v, err := strconv.ParseInt(c.value, 10, 64); err == nil && covered(v) {
						n++
					}
				}
			}
		}
		if n > most {
			best, most = h, n
		}
	}
	return best, most
}
