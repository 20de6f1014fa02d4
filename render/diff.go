package render

import (
	"bytes"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/diff"
	"codebook.dev/codebook/spec/diff/input"
)

// Diff renders the diff built-in: the markdown report of the changes
// from old to new (files, folders or git REV:path), each side pinned by
// the lock beside it as codebook diff pins them. It is exactly what
// codebook diff -format markdown prints. err is a side that cannot be
// read; spec errors come back in diags with no output. maxSize is the
// largest spec file read (0: read.DefaultMaxSize).
func Diff(old, new string, maxSize int64) ([]byte, spec.Diags, error) {
	var diags spec.Diags
	load := func(arg string) (diff.Side, error) {
		side, d, err := input.Load(arg, input.Options{MaxSize: maxSize})
		diags = append(diags, d...)
		return side, err
	}
	o, err := load(old)
	if err != nil {
		return nil, diags, err
	}
	n, err := load(new)
	if err != nil {
		return nil, diags, err
	}
	if diags.HasErrors() {
		return nil, diags, nil
	}
	diags = append(diags, diff.Pin(&o, &n)...)
	var b bytes.Buffer
	if err := diff.Compare(o, n).WriteMarkdown(&b); err != nil {
		return nil, diags, err
	}
	return b.Bytes(), diags, nil
}
