package read

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// overrideNames records go.VALUE=Name directives: only the reader knows
// them, so it writes the name into the member and marks it Explicit;
// goname.Resolve derives every other member's name and keeps this one.
func (b *setBuilder) overrideNames(g *group) {
	for _, t := range g.tables {
		if t.dir == nil {
			continue
		}
		for _, gn := range t.dir.goNames {
			v := gn.value
			if b.set.Kind == spec.Int {
				if n, err := strconv.ParseInt(v, 10, 64); err == nil {
					v = strconv.FormatInt(n, 10)
				}
			}
			i := b.index(v)
			if i < 0 {
				b.diags.Errorf(gn.pos, "directive go.%s: no such code in the set", gn.value)
				continue
			}
			m := b.set.Members[i]
			m.GoName, m.Explicit = gn.name, true
		}
	}
}

func (b *setBuilder) index(v string) int {
	for i, m := range b.set.Members {
		if m.Value == v {
			return i
		}
	}
	return -1
}
