package input

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/read"
)

// readViaTemp reads several in-memory documents through read.Files and
// renames the temporary paths back in every position and message.
func readViaTemp(docs []doc) (*spec.Spec, spec.Diags) {
	dir, err := os.MkdirTemp("", "codebook-diff-")
	if err != nil {
		var diags spec.Diags
		diags.Errorf(spec.Pos{File: docs[0].name}, "cannot stage documents: %v", err)
		return &spec.Spec{}, diags
	}
	defer os.RemoveAll(dir)
	names := map[string]string{}
	var paths []string
	for i, d := range docs {
		p := filepath.Join(dir, fmt.Sprintf("%04d.md", i))
		if err := os.WriteFile(p, d.data, 0o600); err != nil {
			var diags spec.Diags
			diags.Errorf(spec.Pos{File: d.name}, "cannot stage document: %v", err)
			return &spec.Spec{}, diags
		}
		names[p] = d.name
		paths = append(paths, p)
	}
	s, diags := read.Files(paths...)
	rename := func(p *spec.Pos) {
		if n, ok := names[p.File]; ok {
			p.File = n
		}
	}
	relabel(s, rename)
	for i := range diags {
		rename(&diags[i].Pos)
		for p, n := range names {
			diags[i].Msg = strings.ReplaceAll(diags[i].Msg, p, n)
		}
	}
	return s, diags.Sort()
}

// relabel visits every position in the spec.
func relabel(s *spec.Spec, rename func(*spec.Pos)) {
	for _, set := range s.Sets {
		rename(&set.Pos)
		for i := range set.Tables {
			rename(&set.Tables[i])
		}
		for _, m := range set.Members {
			rename(&m.Pos)
			for lang, p := range m.Rows {
				rename(&p)
				m.Rows[lang] = p
			}
		}
		for _, r := range set.Ranges {
			rename(&r.Pos)
		}
	}
	for _, p := range s.Payloads {
		rename(&p.Pos)
	}
}
