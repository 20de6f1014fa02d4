package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersionCommand runs the command in the test binary, whose main
// module is codebook, unstamped.
func TestVersionCommand(t *testing.T) {
	code, stdout, stderr := runArgs("version")
	want := "codebook.dev/codebook (devel)\nrevision: none stamped"
	if code != 0 || stderr != "" || !strings.HasPrefix(stdout, want) || !strings.Contains(stdout, "\ngo: go1.") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant 0 and %q…", code, stderr, stdout, want)
	}
}

func TestFormatVersion(t *testing.T) {
	stamped := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "799cee7"},
		{Key: "vcs.time", Value: "2026-12-03T17:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	for _, tt := range []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"a clone, go build", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: modulePath, Version: "(devel)"},
			Settings:  stamped,
		}, "codebook.dev/codebook (devel)\nrevision: 799cee7 (2026-12-03T17:00:00Z, with uncommitted changes)\ngo: go1.26.0\n"},
		{"go install @version", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: modulePath, Version: "v0.2.0", Sum: "h1:x"},
		}, "codebook.dev/codebook v0.2.0\nrevision: none stamped (see the module version)\ngo: go1.26.0\n"},
		{"a clone, go build since Go 1.24 (a pseudo-version from the checkout)", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: modulePath, Version: "v0.0.0-20261203192041-82325672c3cd"},
			Settings:  []debug.BuildSetting{{Key: "vcs.revision", Value: "82325672c3cd"}, {Key: "vcs.time", Value: "2026-12-03T19:20:41Z"}},
		}, "codebook.dev/codebook v0.0.0-20261203192041-82325672c3cd\nrevision: 82325672c3cd (2026-12-03T19:20:41Z)\ngo: go1.26.0\n"},
		{"go tool codebook, a replace by a clone", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: modulePath, Version: "v0.0.0", Replace: &debug.Module{Path: "/src/codebook", Version: "(devel)"}},
			Settings:  stamped,
		}, "codebook.dev/codebook v0.0.0 => /src/codebook\nrevision: none stamped (see the module version)\ngo: go1.26.0\n"},
		{"a clone, go build, clean", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: modulePath, Version: "(devel)"},
			Settings:  []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}},
		}, "codebook.dev/codebook (devel)\nrevision: abc\ngo: go1.26.0\n"},
		{"a dependency, through a replace", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: "example.com/app", Version: "(devel)"},
			Deps: []*debug.Module{
				{Path: "github.com/yuin/goldmark", Version: "v1.8.7"},
				{Path: modulePath, Version: "v0.0.0", Replace: &debug.Module{Path: "/src/codebook", Version: "(devel)"}},
			},
			Settings: stamped,
		}, "codebook.dev/codebook v0.0.0 => /src/codebook\nrevision: none stamped (see the module version)\ngo: go1.26.0\n"},
		{"a dependency, published", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: "example.com/app"},
			Deps:      []*debug.Module{{Path: modulePath, Version: "v0.3.1"}},
		}, "codebook.dev/codebook v0.3.1\nrevision: none stamped (see the module version)\ngo: go1.26.0\n"},
		{"a fork through a replace", debug.BuildInfo{
			GoVersion: "go1.26.0",
			Main:      debug.Module{Path: "example.com/app"},
			Deps:      []*debug.Module{{Path: modulePath, Version: "v0.3.1", Replace: &debug.Module{Path: "example.com/fork", Version: "v0.3.2"}}},
		}, "codebook.dev/codebook v0.3.1 => example.com/fork v0.3.2\nrevision: none stamped (see the module version)\ngo: go1.26.0\n"},
	} {
		if got := formatVersion(&tt.bi); got != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}
