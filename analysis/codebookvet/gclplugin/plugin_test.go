package gclplugin_test

import (
	"testing"

	_ "codebook.dev/codebook/analysis/codebookvet/gclplugin"
	"github.com/golangci/plugin-module-register/register"
)

// TestPlugin builds the plugin the way golangci-lint does: by its name,
// from settings decoded from YAML into maps.
func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("codebookvet")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		settings any
		want     map[string]string
	}{
		{nil, map[string]string{"cases": "true", "unknown": "true", "magic": "true", "default-covers": "false"}},
		{map[string]any{"unknown": false, "default-covers": true}, map[string]string{"cases": "true", "unknown": "false", "magic": "true", "default-covers": "true"}},
	} {
		p, err := newPlugin(tc.settings)
		if err != nil {
			t.Fatal(err)
		}
		if m := p.GetLoadMode(); m != register.LoadModeTypesInfo {
			t.Errorf("load mode %q", m)
		}
		as, err := p.BuildAnalyzers()
		if err != nil || len(as) != 1 || as[0].Name != "codebookvet" {
			t.Fatalf("analyzers %v, %v", as, err)
		}
		for name, want := range tc.want {
			if got := as[0].Flags.Lookup(name).Value.String(); got != want {
				t.Errorf("settings %v: %s = %s, want %s", tc.settings, name, got, want)
			}
		}
	}
	if _, err := newPlugin(map[string]any{"case": false}); err == nil {
		t.Error("a misspelt setting is accepted")
	}
}
