package render_test

import (
	"testing"

	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
)

// TestConstIsGens: .Const is the constant gen declares, stutter dropped
// (goname.Const), not the set name and member name glued together.
func TestConstIsGens(t *testing.T) {
	s := &spec.Spec{Sets: []*spec.Set{{Name: "ErrorCode", Key: "code", Kind: spec.Int, Members: []*spec.Member{
		{Value: "21401", Int: 21401, GoName: "Code21401"},
		{Value: "1", Int: 1, GoName: "SignError"},
	}}}}
	d := render.New(s, []string{"x.md"})
	got := []string{d.Sets[0].Members[0].Const, d.Sets[0].Members[1].Const}
	if got[0] != "ErrorCode21401" || got[1] != "ErrorCodeSignError" {
		t.Errorf("Const = %q", got)
	}
}
