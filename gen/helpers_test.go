package gen_test

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// relabel renames the file of every position in s.
func relabel(s *spec.Spec, from, to string) {
	fix := func(p *spec.Pos) {
		if p.File == from {
			p.File = to
		}
	}
	for _, set := range s.Sets {
		fix(&set.Pos)
		for i := range set.Tables {
			fix(&set.Tables[i])
		}
		for _, r := range set.Ranges {
			fix(&r.Pos)
		}
		for _, m := range set.Members {
			fix(&m.Pos)
			for i := range m.Texts {
				fix(&m.Texts[i].Row)
			}
		}
	}
	for _, p := range s.Payloads {
		fix(&p.Pos)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
