package diff

import (
	"codebook.dev/codebook/spec"
)

// Pin applies the locks to both sides as codebook generate would: each
// side with its own lock and, when the new side has none, with the old
// side's lock, which is what the next generate run would start from. It
// returns the lock warnings (renamed collisions, reused codes), each at
// its position in the spec.
func Pin(old, new *Side) spec.Diags {
	var diags spec.Diags
	if old.Lock != nil && old.Spec != nil {
		diags = append(diags, old.Lock.Apply(old.Spec)...)
	}
	if new.Lock == nil && old.Lock != nil {
		new.Lock = old.Lock.Clone()
	}
	if new.Lock != nil && new.Spec != nil {
		diags = append(diags, new.Lock.Apply(new.Spec)...)
	}
	return diags.Sort()
}
