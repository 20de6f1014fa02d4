package diff

import "codebook.dev/codebook/spec"

// members indexes sets by code value: spec.Set.Member scans, and a
// provider's table can hold thousands of codes.
type members map[*spec.Set]map[string]*spec.Member

// get returns the member of s with the value, or nil; s may be nil.
func (ix members) get(s *spec.Set, value string) *spec.Member {
	if s == nil {
		return nil
	}
	m, ok := ix[s]
	if !ok {
		m = make(map[string]*spec.Member, len(s.Members))
		for _, mem := range s.Members {
			if _, dup := m[mem.Value]; !dup {
				m[mem.Value] = mem
			}
		}
		ix[s] = m
	}
	return m[value]
}
