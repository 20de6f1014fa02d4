package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// modulePath is codebook's module: the command may be built as the main
// module (a clone, go install) or as a dependency (a go.mod tool
// directive), and the version to print is this module's either way.
const modulePath = "codebook.dev/codebook"

// runVersion prints which codebook this is, so a bug report or a CI log
// names it: the module version (a replace shows where it points) and,
// when the go command stamped it, the VCS revision.
func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		return usageError(stderr, "version", fmt.Sprintf("takes no arguments, have %q", args))
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Fprintln(stdout, "codebook: no build information (built without module support)")
		return 0
	}
	fmt.Fprint(stdout, formatVersion(bi))
	return 0
}

// formatVersion reads what the go command recorded at build time.
func formatVersion(bi *debug.BuildInfo) string {
	var b strings.Builder
	m := &bi.Main
	if m.Path != modulePath {
		m = nil
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				m = d
			}
		}
	}
	switch {
	case m == nil:
		fmt.Fprintf(&b, "%s: not in the build information\n", modulePath)
	case m.Replace != nil:
		fmt.Fprintf(&b, "%s => %s\n", moduleVersion(m), replacement(m.Replace))
	default:
		fmt.Fprintln(&b, moduleVersion(m))
	}
	fmt.Fprintf(&b, "revision: %s\n", revision(bi, m))
	fmt.Fprintf(&b, "go: %s\n", bi.GoVersion)
	return b.String()
}

func moduleVersion(m *debug.Module) string {
	if m.Version == "" {
		return m.Path
	}
	return m.Path + " " + m.Version
}

// replacement is where a replace points: a folder (whose version the go
// command gives as "(devel)") or another module version.
func replacement(r *debug.Module) string {
	if r.Version == "(devel)" {
		return r.Path
	}
	return moduleVersion(r)
}

// revision is the VCS stamp. The go command stamps only the checkout of
// the build's main module, and not for go run or go test. BuildInfo.Main
// is the module of the main package even when codebook is another
// module's tool; then it is replaced, and the replace names the code.
func revision(bi *debug.BuildInfo, m *debug.Module) string {
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "with uncommitted changes"
			}
		}
	}
	clone := m == &bi.Main && m.Replace == nil
	switch {
	case clone && rev == "" && m.Version == "(devel)":
		return "none stamped (go run and go test do not stamp one; go build and go install in a clone do)"
	case !clone || rev == "":
		return "none stamped (see the module version)"
	case at != "" && modified != "":
		return rev + " (" + at + ", " + modified + ")"
	case at != "":
		return rev + " (" + at + ")"
	case modified != "":
		return rev + " (" + modified + ")"
	}
	return rev
}
