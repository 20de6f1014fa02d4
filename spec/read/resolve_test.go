package read

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// resolved resolves the Go names of a spec the reader returned, as every
// caller of the reader does (goname.Resolve, without a lock): the tests
// look at the names as codebook spec prints them.
func resolved(s *spec.Spec, diags spec.Diags) (*spec.Spec, spec.Diags) {
	return s, append(diags, goname.Resolve(s, nil)...).Sort()
}
