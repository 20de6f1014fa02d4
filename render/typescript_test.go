package render_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
)

// typescriptVersion is the compiler .ci/run installs; the test installs
// the same one when it has to.
const typescriptVersion = "7.0.2"

// tscEnv names the TypeScript compiler (node_modules/.bin/tsc) for the
// tests; .ci/run sets it.
const tscEnv = "CODEBOOK_TSC"

// strictFlags are what a strict front-end project turns on: the module
// must check clean under all of them, not just --strict.
var strictFlags = []string{
	"--strict", "--noUncheckedIndexedAccess", "--noUnusedLocals", "--noUnusedParameters",
	"--noImplicitReturns", "--noFallthroughCasesInSwitch", "--exactOptionalPropertyTypes",
	"--noPropertyAccessFromIndexSignature", "--isolatedModules", "--erasableSyntaxOnly",
	"--target", "es2020",
}

// tsc returns the TypeScript compiler: $CODEBOOK_TSC, else typescript
// installed with npm into the user cache (once). It skips the test only
// when node is not installed; with node but no compiler it fails, so a
// machine that could check the output never silently does not.
func tsc(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(tscEnv); p != "" {
		return p
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skipf("node is not installed, so the TypeScript output is not type-checked (install node; .ci/run installs typescript@%s and sets %s)", typescriptVersion, tscEnv)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Fatalf("no %s and no user cache to install typescript into: %v", tscEnv, err)
	}
	dir := filepath.Join(cache, "codebook", "typescript@"+typescriptVersion)
	bin := filepath.Join(dir, "node_modules", ".bin", "tsc")
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	if testing.Short() {
		t.Skipf("-short: not installing typescript with npm; set %s to a tsc to type-check", tscEnv)
	}
	if err := installTypeScript(dir); err != nil {
		t.Fatalf("node is installed but no TypeScript compiler: set %s to node_modules/.bin/tsc of typescript@%s (as .ci/run does): %v", tscEnv, typescriptVersion, err)
	}
	return bin
}

// installTypeScript runs npm install into a temporary folder beside dir
// and renames it into place, so that a failed or concurrent install
// never leaves a half-filled dir.
func installTypeScript(dir string) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".typescript-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("npm", "install", "--prefix", tmp, "--no-audit", "--no-fund", "typescript@"+typescriptVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("npm install typescript@%s: %v\n%s", typescriptVersion, err, out)
	}
	if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, os.ErrExist) {
		if _, statErr := os.Stat(dir); statErr != nil {
			return err
		}
	}
	return nil
}

// tsInputs are the models whose TypeScript must type-check.
func tsInputs(t *testing.T) map[string]*render.Data {
	seed, _ := readRepoSpec(t, "spec/opi.md")
	annotated, _ := readRepoSpec(t, "spec/opi.annotated.md")
	return map[string]*render.Data{
		"seed":      render.New(seed, []string{"spec/opi.md"}),
		"annotated": render.New(annotated, []string{"spec/opi.annotated.md"}),
		"behaviour": render.New(behaviourModel(), []string{"hand.md"}),
		"hostile":   render.New(hostileModel(nastyText), []string{"spec/" + nastyText}),
		"empty":     render.New(&spec.Spec{}, []string{"empty.md"}),
		"params":    render.New(paramsModel(), []string{"params.md"}),
	}
}

// TestTypeScriptStrict type-checks the typescript built-in's output with
// tsc --noEmit and every strict flag.
func TestTypeScriptStrict(t *testing.T) {
	bin := tsc(t)
	dir := t.TempDir()
	args := append([]string{"--noEmit"}, strictFlags...)
	for name, d := range tsInputs(t) {
		path := filepath.Join(dir, name+".ts")
		writeTestFile(t, path, string(renderBuiltin(t, "typescript", d)))
		args = append(args, path)
	}
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("tsc %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestTypeScriptMessages compiles the modules to JavaScript, asks node
// every probe of the message tests, and compares with render's texts,
// which TestMessageMatchesGen ties to the Go package.
func TestTypeScriptMessages(t *testing.T) {
	bin := tsc(t)
	for name, d := range tsInputs(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeTestFile(t, filepath.Join(dir, "codes.ts"), string(renderBuiltin(t, "typescript", d)))
			args := append([]string{"--module", "commonjs", "--outDir", filepath.Join(dir, "out"), filepath.Join(dir, "codes.ts")}, strictFlags...)
			if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
				t.Fatalf("tsc: %v\n%s", err, out)
			}
			ps := probes(d)
			writeTestFile(t, filepath.Join(dir, "probes.json"), probeJSON(t, d, ps))
			cmd := exec.Command("node", "-e", probeScript, filepath.Join(dir, "out", "codes.js"), filepath.Join(dir, "probes.json"))
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("node: %v\n%s", err, out)
			}
			compareProbes(t, "the TypeScript module", d, ps, string(out))
		})
	}
}

// probeScript calls each probe's message function and prints the answer
// Go-quoted, one a line, for compareProbes.
const probeScript = `
const m = require(process.argv[1]);
const probes = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const goQuote = (s) => '"' + Array.from(s, (c) => {
  const n = c.codePointAt(0);
  if (c === '"' || c === "\\") return "\\" + c;
  if (n < 0x20 || n === 0x7f || (n >= 0x80 && n < 0xa0) || (n >= 0xd800 && n < 0xe000)) return "\\u" + n.toString(16).padStart(4, "0");
  return c;
}).join("") + '"';
for (const p of probes) {
  process.stdout.write(goQuote(m[p.fn](p.code, p.tag)) + "\n");
}
`

func probeJSON(t *testing.T, d *render.Data, ps []probe) string {
	type jsProbe struct {
		Fn   string `json:"fn"`
		Code any    `json:"code"`
		Tag  string `json:"tag"`
	}
	out := make([]jsProbe, len(ps))
	for i, p := range ps {
		// The module holds a code as valid UTF-8, as gen writes it.
		out[i] = jsProbe{Fn: render.Camel(p.set) + "Message", Code: gen.Clean(p.value), Tag: p.tag}
		if d.Set(p.set).IsInt() {
			out[i].Code = json.Number(p.value)
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
