package render_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/internal/golden"
	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

// TestGolden renders every built-in for each testdata archive and
// compares with its want/ sections. The archive's comment names the
// input: "spec: PATH" a spec of the repository (the seed and the
// annotated copy, never copied), "model: NAME" a model of handModels,
// "diff: OLD NEW" the diff built-in on two specs; else a spec.md section
// of its own.
func TestGolden(t *testing.T) {
	isOutput := func(name string) bool { return strings.HasPrefix(name, "want/") }
	golden.Run(t, isOutput, func(t *testing.T, ar *txtar.Archive) []txtar.File {
		var specPath, model, diffArgs string
		for _, line := range strings.Split(string(ar.Comment), "\n") {
			if v, ok := strings.CutPrefix(line, "spec: "); ok {
				specPath = v
			}
			if v, ok := strings.CutPrefix(line, "model: "); ok {
				model = v
			}
			if v, ok := strings.CutPrefix(line, "diff: "); ok {
				diffArgs = v
			}
		}
		switch {
		case diffArgs != "":
			return goldenDiff(t, diffArgs)
		case specPath != "":
			s, diags := readRepoSpec(t, specPath)
			return goldenModel(t, render.New(s, []string{specPath}), diags)
		case inArchive(ar, "spec.md") != nil:
			s, diags := read.Source("spec.md", inArchive(ar, "spec.md"))
			diags = append(diags, goname.Resolve(s, nil)...).Sort()
			return goldenModel(t, render.New(s, []string{"spec.md"}), diags)
		case handModels[model] != nil:
			return goldenModel(t, render.New(handModels[model](), []string{"hand.md"}), nil)
		}
		t.Fatal(`archive names no input ("spec: PATH", "model: NAME" or "diff: OLD NEW")`)
		return nil
	})
}

func inArchive(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func goldenModel(t *testing.T, d *render.Data, diags spec.Diags) []txtar.File {
	var out []txtar.File
	if len(diags) > 0 {
		out = append(out, txtar.File{Name: "want/diags", Data: []byte(diags.Error() + "\n")})
	}
	for _, b := range modelBuiltins() {
		out = append(out, txtar.File{Name: outputName(b), Data: renderBuiltin(t, b.Name, d)})
	}
	return out
}

// goldenDiff renders the diff built-in; the paths are from this folder,
// so the report names them with "../".
func goldenDiff(t *testing.T, args string) []txtar.File {
	old, new, _ := strings.Cut(args, " ")
	data, diags, err := render.Diff(old, new, 0)
	if err != nil || diags.HasErrors() {
		t.Fatalf("diff %s: %v %v", args, err, diags)
	}
	return []txtar.File{{Name: "want/diff.md", Data: data}}
}
