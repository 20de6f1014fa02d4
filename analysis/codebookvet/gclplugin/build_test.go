package gclplugin_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// host stands in for golangci-lint's main package: it looks the plugin
// up by name, as golangci-lint does with the name in .golangci.yml, and
// runs its analyzer.
const host = `package main

import (
	"log"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	newPlugin, err := register.GetPlugin("codebookvet")
	if err != nil {
		log.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"cases": false, "unknown": false})
	if err != nil {
		log.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		log.Fatal(err)
	}
	singlechecker.Main(analyzers[0])
}
`

// TestCustomBuild repeats what golangci-lint custom does for a plugin
// with a path in .custom-gcl.yml — a blank import of the plugin package
// in the main module, go mod edit -replace to the path, go get, go
// build — offline, with the module cache as the proxy, and runs the
// result with the plugin's settings. It leaves out the go mod tidy
// golangci-lint runs before building: tidy loads the tests of
// x/tools' packages, whose dependencies (go-cmp) a fresh module cache
// filled through this module's go.mod does not hold.
func TestCustomBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mod := filepath.Join(dir, "host")
	write(t, filepath.Join(mod, "go.mod"), "module example.com/host\n\ngo 1.26\n")
	write(t, filepath.Join(mod, "plugins.go"), "package main\n\nimport _ \"codebook.dev/codebook/analysis/codebookvet/gclplugin\"\n")
	write(t, filepath.Join(mod, "main.go"), host)
	cache := strings.TrimSpace(goRun(t, mod, nil, "env", "GOMODCACHE"))
	offline := []string{"GOPROXY=file://" + filepath.ToSlash(filepath.Join(cache, "cache", "download")), "GOSUMDB=off"}
	goRun(t, mod, nil, "mod", "edit", "-replace", "codebook.dev/codebook="+root)
	goRun(t, mod, offline, "get", "codebook.dev/codebook/analysis/codebookvet/gclplugin")
	bin := filepath.Join(dir, "custom-gcl")
	goRun(t, mod, offline, "build", "-o", bin, ".")

	app := filepath.Join(dir, "app")
	write(t, filepath.Join(app, "go.mod"), "module example.com/app\n\ngo 1.26\n")
	write(t, filepath.Join(app, "codes", "codes.go"), "package codes\n\n// Status is a code set.\n//\n//codebook:set\ntype Status string\n\n// StatusDone is done.\nconst StatusDone Status = \"DONE\"\n")
	write(t, filepath.Join(app, "app.go"), "package app\n\nimport \"example.com/app/codes\"\n\nfunc Done(s codes.Status) bool {\n\tswitch s {\n\t}\n\treturn s == \"DONE\"\n}\n")
	cmd := exec.Command(bin, "./...")
	cmd.Dir = app
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
	out, err := cmd.CombinedOutput()
	// Only the magic value is reported: the settings turned the switch
	// checks off.
	if err == nil || !strings.Contains(string(out), `app.go:8:14: "DONE" is codes.StatusDone: use the constant`) || strings.Contains(string(out), "switch") {
		t.Errorf("plugin host: %v\n%s", err, out)
	}
}

// goRun runs the go command in dir, in module mode outside any
// workspace, with env added to the environment.
func goRun(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append([]string{"GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local"}, env...)...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out.String())
	}
	return out.String()
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
