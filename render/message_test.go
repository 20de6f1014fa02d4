package render_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/generated/opi"
	"codebook.dev/codebook/render"
)

// probeTags are the BCP 47 tags every message test asks for: exact,
// regional, script, underscore, upper case, unknown, empty and broken.
var probeTags = []string{"en", "zh", "zh-CN", "zh-Hans", "ZH_hant_TW", "en-US", "fr", "", "zhx", "zh-", "-", "_zh"}

// probe is one question to a Message: a code of a set in a language.
type probe struct{ set, value, tag string }

// probes asks for every member of every set, for codes outside the spec
// (inside and outside its ranges), in every probe tag.
func probes(d *render.Data) []probe {
	var out []probe
	for _, s := range d.Sets {
		values := []string{"X", "not a code"}
		if s.IsInt() {
			values = []string{"-1", "3", "40050", "50000", "59999", "60000", "21400", "99999999"}
		}
		for _, m := range s.Members {
			values = append(values, m.Value)
		}
		for _, v := range values {
			for _, tag := range probeTags {
				out = append(out, probe{s.Name, v, tag})
			}
		}
	}
	return out
}

// TestMessageMatchesGenerated checks the texts the templates write
// against generated/opi, the Go package of the same spec.
func TestMessageMatchesGenerated(t *testing.T) {
	s, _ := readRepoSpec(t, "spec/opi.annotated.md")
	d := render.New(s, []string{"spec/opi.annotated.md"})
	goMessage := map[string]func(v, tag string) string{
		"Code": func(v, tag string) string {
			n, _ := strconv.ParseInt(v, 10, 64)
			return opi.Code(n).Message(tag)
		},
		"FailedCode": func(v, tag string) string {
			n, _ := strconv.ParseInt(v, 10, 64)
			return opi.FailedCode(n).Message(tag)
		},
		"TransactionStatus": func(v, tag string) string { return opi.TransactionStatus(v).Message(tag) },
	}
	if len(d.Sets) != len(goMessage) {
		t.Fatalf("sets %d, generated/opi has %d", len(d.Sets), len(goMessage))
	}
	for _, p := range probes(d) {
		want := goMessage[p.set](p.value, p.tag)
		if got := d.Set(p.set).Message(p.value, p.tag); got != want {
			t.Errorf("%s(%s).Message(%q) = %q, generated/opi says %q", p.set, p.value, p.tag, got, want)
		}
	}
}

// TestMessageMatchesGen generates the Go package of the hand-built model
// (ranges, a set without text, a Chinese-only set, blank translations),
// runs its Message for every probe and compares with render's texts.
func TestMessageMatchesGen(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a generated package")
	}
	s := behaviourModel()
	files, diags := gen.Generate(s, gen.Options{Package: "hand", Source: []string{"hand.md"}})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "go.mod"), "module scratch\n\ngo 1.26\n")
	for _, f := range files {
		writeTestFile(t, filepath.Join(dir, "hand", f.Name), string(f.Data))
	}
	d := render.New(s, []string{"hand.md"})
	ps := probes(d)
	writeTestFile(t, filepath.Join(dir, "main.go"), probeProgram(d, ps))
	cmd := exec.Command("go", "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	compareProbes(t, "the generated package", d, ps, string(out))
}

// probeProgram is a main package that prints the Message of every probe
// as a Go-quoted line.
func probeProgram(d *render.Data, ps []probe) string {
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"fmt\"\n\n\t\"scratch/hand\"\n)\n\nfunc main() {\n")
	for _, p := range ps {
		v := strconv.Quote(p.value)
		if d.Set(p.set).IsInt() {
			v = p.value // probes gives integer sets decimal codes only
		}
		fmt.Fprintf(&b, "\tfmt.Printf(\"%%q\\n\", hand.%s(%s).Message(%q))\n", p.set, v, p.tag)
	}
	b.WriteString("}\n")
	return b.String()
}

// compareProbes compares Go-quoted answers, one line per probe, with
// render's texts.
func compareProbes(t *testing.T, who string, d *render.Data, ps []probe, out string) {
	t.Helper()
	var lines []string
	if out != "" {
		lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	}
	if len(lines) != len(ps) {
		t.Fatalf("%s printed %d lines for %d probes:\n%s", who, len(lines), len(ps), out)
	}
	for i, p := range ps {
		got, err := strconv.Unquote(lines[i])
		if err != nil {
			t.Fatalf("line %d: %q: %v", i+1, lines[i], err)
		}
		// Both write string literals, which hold valid UTF-8 (gen.Clean).
		if want := gen.Clean(d.Set(p.set).Message(p.value, p.tag)); got != want {
			t.Errorf("%s: %s(%s) in %q = %q, render says %q", who, p.set, p.value, p.tag, got, want)
		}
	}
}

func writeTestFile(t testing.TB, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
