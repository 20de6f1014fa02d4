package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// renderRun runs codebook render in dir and returns the exit status and
// both outputs.
func renderRun(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"render"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestRenderUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "missing -t NAME|FILE"},
		{[]string{"-t", "reference"}, "no SPEC file given"},
		{[]string{"-t", "nope", "spec.md"}, `unknown template "nope"`},
		{[]string{"-t", "reference", "spec.md", "-o", "x"}, `flag "-o" after the spec files`},
		{[]string{"-t", "reference", "-check", "spec.md"}, "-check needs -o OUT"},
		{[]string{"-t", "diff", "a.md"}, "-t diff wants OLD and NEW, have 1 arguments"},
		{[]string{"-t", "diff", "-lock", "x.lock", "a.md", "b.md"}, "-lock does not apply to -t diff"},
		{[]string{"-bogus"}, "flag provided but not defined: -bogus"},
	}
	for _, tt := range tests {
		code, stdout, stderr := renderRun(t, t.TempDir(), tt.args...)
		if code != 2 || stdout != "" {
			t.Errorf("%q: exit %d, stdout %q; want 2 and nothing", tt.args, code, stdout)
		}
		if !strings.Contains(stderr, tt.want) || !strings.HasSuffix(stderr, "\nrun 'codebook help render' for usage\n") {
			t.Errorf("%q: stderr lacks %q and where the usage is:\n%s", tt.args, tt.want, stderr)
		}
	}
}

// TestRenderHelp lists every built-in with what it renders.
func TestRenderHelp(t *testing.T) {
	code, _, stderr := renderRun(t, t.TempDir(), "-h")
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	for _, name := range []string{"reference", "typescript", "catalog", "diff", "i18next"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("help lacks %q:\n%s", name, stderr)
		}
	}
}

// TestRenderBuiltins renders each built-in of the seed to stdout and to
// a file, and checks the file is what stdout got and that -check then
// passes, fails after an edit and leaves the edit alone.
func TestRenderBuiltins(t *testing.T) {
	dir := genWorkdir(t)
	for _, name := range []string{"reference", "typescript", "catalog"} {
		code, stdout, stderr := renderRun(t, dir, "-t", name, "spec/opi.md")
		if code != 0 || stdout == "" {
			t.Fatalf("%s: exit %d, %d bytes\n%s", name, code, len(stdout), stderr)
		}
		if !strings.Contains(stderr, `warning: code "-10010" has no row in the Chinese table`) {
			t.Errorf("%s: the spec's warning is not printed:\n%s", name, stderr)
		}
		out := filepath.Join("out", name+".txt")
		if code, _, stderr := renderRun(t, dir, "-t", name, "-o", out, "spec/opi.md"); code != 0 {
			t.Fatalf("%s -o: exit %d\n%s", name, code, stderr)
		}
		if got := genRead(t, filepath.Join(dir, out)); got != stdout {
			t.Errorf("%s: the file differs from stdout", name)
		}
		if code, stdout, stderr := renderRun(t, dir, "-t", name, "-check", "-o", out, "spec/opi.md"); code != 0 || stdout != "" {
			t.Errorf("%s -check on a fresh file: exit %d\n%s%s", name, code, stdout, stderr)
		}
		genWrite(t, filepath.Join(dir, out), "edited\n")
		code, stdout, stderr = renderRun(t, dir, "-t", name, "-check", "-o", out, "spec/opi.md")
		if code != 1 || !strings.Contains(stdout, "-edited") || !strings.Contains(stderr, out+": stale") {
			t.Errorf("%s -check on an edited file: exit %d\nstdout %.200q\nstderr %q", name, code, stdout, stderr)
		}
		if genRead(t, filepath.Join(dir, out)) != "edited\n" {
			t.Errorf("%s -check wrote the file", name)
		}
	}
}

// TestRenderCatalogJSON: the catalog command output is JSON with one
// object per language.
func TestRenderCatalogJSON(t *testing.T) {
	_, stdout, stderr := renderRun(t, genWorkdir(t), "-t", "catalog", "spec/opi.md")
	var cat map[string]map[string]string
	if err := json.Unmarshal([]byte(stdout), &cat); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if got := cat["zh"]["TransactionStatus.FAILED"]; got != "交易失败" {
		t.Errorf(`zh "TransactionStatus.FAILED" = %q`, got)
	}
	if len(cat) != 2 || len(cat["en"]) != len(cat["zh"]) {
		t.Errorf("languages %d, en %d keys, zh %d keys", len(cat), len(cat["en"]), len(cat["zh"]))
	}
}

// TestRenderUserTemplate renders a template file of the user's and
// reports a template error at the file's line, writing nothing.
func TestRenderUserTemplate(t *testing.T) {
	dir := genWorkdir(t)
	genWrite(t, filepath.Join(dir, "codes.tmpl"),
		"{{range .Sets}}{{.Name}} {{snake .Name}}:{{range .Members}} {{.Value}}{{end}}\n{{end}}")
	code, stdout, stderr := renderRun(t, dir, "-t", "codes.tmpl", "spec/opi.md")
	if code != 0 || !strings.HasPrefix(stdout, "ErrorCode error_code: 10000 21000") {
		t.Errorf("exit %d\nstdout %q\nstderr %s", code, stdout, stderr)
	}
	genWrite(t, filepath.Join(dir, "bad.tmpl"), "line one\n{{range .Sets}}{{.Nope}}{{end}}\n")
	code, stdout, stderr = renderRun(t, dir, "-t", "./bad.tmpl", "-o", "out.txt", "spec/opi.md")
	if code != 1 || stdout != "" || !strings.Contains(stderr, "./bad.tmpl:2:") || !strings.Contains(stderr, "Nope") {
		t.Errorf("exit %d\nstdout %q\nstderr %s", code, stdout, stderr)
	}
	if genExists(filepath.Join(dir, "out.txt")) {
		t.Error("out.txt written despite the template error")
	}
	genWrite(t, filepath.Join(dir, "syntax.tmpl"), "ok\n\n{{if}}\n")
	code, _, stderr = renderRun(t, dir, "-t", "syntax.tmpl", "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, "syntax.tmpl:3: ") {
		t.Errorf("parse error: exit %d\n%s", code, stderr)
	}
	code, _, stderr = renderRun(t, dir, "-t", "missing.tmpl", "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, "missing.tmpl") {
		t.Errorf("missing template: exit %d\n%s", code, stderr)
	}
}

// TestRenderSpecErrors: a spec with errors renders nothing.
func TestRenderSpecErrors(t *testing.T) {
	dir := t.TempDir()
	// An integer outside int64 is an error at the second row.
	genWrite(t, filepath.Join(dir, "bad.md"), "| code | message |\n|---|---|\n| 1 | one |\n| 99999999999999999999 | uno |\n")
	code, stdout, stderr := renderRun(t, dir, "-t", "reference", "-o", "out.md", "bad.md")
	if code != 1 || stdout != "" || !strings.Contains(stderr, "bad.md:4:") {
		t.Errorf("exit %d\nstdout %q\nstderr %s", code, stdout, stderr)
	}
	if genExists(filepath.Join(dir, "out.md")) {
		t.Error("out.md written despite spec errors")
	}
}

// TestRenderLock: the lock beside the spec pins the names the templates
// see, and render only reads it.
func TestRenderLock(t *testing.T) {
	dir := genWorkdir(t)
	if code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md"); code != 0 {
		t.Fatalf("generate: exit %d\n%s", code, stderr)
	}
	lockPath := filepath.Join(dir, "spec", "opi.lock")
	lk := genRead(t, lockPath)
	const from, to = "member code 21001 ", "member code 21001 Renamed\n#"
	i := strings.Index(lk, from)
	if i < 0 {
		t.Fatalf("no %q in the lock:\n%s", from, lk)
	}
	lk = lk[:i] + to + lk[i+len(from):]
	genWrite(t, lockPath, lk)
	code, stdout, stderr := renderRun(t, dir, "-t", "typescript", "spec/opi.md")
	if code != 0 || !strings.Contains(stdout, "  Renamed: 21001,") {
		t.Errorf("the lock's name is not used: exit %d\n%s", code, stderr)
	}
	_, stdout, _ = renderRun(t, dir, "-t", "typescript", "-lock", "none", "spec/opi.md")
	if strings.Contains(stdout, "Renamed") {
		t.Error("-lock none still applied the lock")
	}
	if genRead(t, lockPath) != lk {
		t.Error("render changed the lock")
	}
}

// TestRenderDiff: -t diff prints what codebook diff -format markdown
// prints.
func TestRenderDiff(t *testing.T) {
	dir := t.TempDir()
	old := write(t, dir, "old.md", seedDoc(t))
	new := write(t, dir, "new.md", edit(t, seedDoc(t), "| 21001 |", "| 21099 |"))
	code, want, stderr := runCmd("-format", "markdown", "-fail-on", "never", old, new)
	if code != 0 {
		t.Fatalf("diff: exit %d\n%s", code, stderr)
	}
	code, got, stderr := renderRun(t, dir, "-t", "diff", old, new)
	if code != 0 || got != want {
		t.Errorf("exit %d\n%s\ngot:\n%s\nwant:\n%s", code, stderr, got, want)
	}
	if err := os.Remove(new); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := renderRun(t, dir, "-t", "diff", old, new); code != 1 || !strings.Contains(stderr, "new.md") {
		t.Errorf("missing side: exit %d\n%s", code, stderr)
	}
}
