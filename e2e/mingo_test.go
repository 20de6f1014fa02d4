package e2e

import (
	"os/exec"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
)

// minGoToolchain is the toolchain that proves the generated packages'
// "builds with Go N or later": the oldest patch release of gen.MinGo.
// The go command downloads it through the module proxy; with no checksum
// database in reach, GONOSUMDB lets it trust the proxy for the
// toolchain module alone.
const minGoToolchain = "go" + gen.MinGo + ".0"

// buildWithMinGo builds and vets pkgs of the module in dir with
// minGoToolchain: a newer language feature or standard-library function
// in the emitter fails here, where the current toolchain, whatever the
// go line says, would accept a newer library function.
func buildWithMinGo(t *testing.T, dir string, pkgs ...string) {
	t.Helper()
	for _, verb := range []string{"build", "vet"} {
		cmd := exec.Command("go", append([]string{verb}, pkgs...)...)
		cmd.Dir = dir
		cmd.Env = goEnv("GOTOOLCHAIN="+minGoToolchain, "GONOSUMDB=golang.org/toolchain")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s with %s: %v\n%s", verb, minGoToolchain, err, out)
		}
	}
	cmd := exec.Command("go", "version")
	cmd.Dir = dir
	cmd.Env = goEnv("GOTOOLCHAIN="+minGoToolchain, "GONOSUMDB=golang.org/toolchain")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), minGoToolchain+" ") {
		t.Fatalf("go version with GOTOOLCHAIN=%s: %s (%v)", minGoToolchain, out, err)
	}
}
