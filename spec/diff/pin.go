package diff

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/lock"
)

// Pin resolves the Go names of both sides (goname.Resolve) as codebook
// generate would: each side with its own lock and, when the new side has
// none, with the old side's lock, which is what the next generate run
// would start from. Compare reads the names Pin resolved and derives
// none itself. It returns the naming warnings (collisions, renamed
// collisions with the lock, reused codes), each at its position in the
// spec.
func Pin(old, new *Side) spec.Diags {
	var diags spec.Diags
	if old.Spec != nil {
		diags = append(diags, goname.Resolve(old.Spec, pinner(old.Lock))...)
	}
	if new.Lock == nil && old.Lock != nil {
		new.Lock = old.Lock.Clone()
	}
	if new.Spec != nil {
		diags = append(diags, goname.Resolve(new.Spec, pinner(new.Lock))...)
	}
	return diags.Sort()
}

// pinner is the lock as a goname.Pinner; a nil lock pins nothing.
func pinner(l *lock.Lock) goname.Pinner {
	if l == nil {
		return nil
	}
	return l
}
