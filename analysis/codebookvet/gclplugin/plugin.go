// Package gclplugin registers codebookvet as a golangci-lint module
// plugin named "codebookvet". golangci-lint custom builds it in when
// .custom-gcl.yml names this package (see docs/codebookvet.md); the settings of
// linters.settings.custom.codebookvet.settings in .golangci.yml are the
// command's flags:
//
//	settings:
//	  cases: true           # report switches that miss members
//	  unknown: true         # report switches without a default
//	  magic: true           # report literals where a constant exists
//	  default-covers: false # let a default stand for missing members
//
// A key left out keeps the command's default.
package gclplugin

import (
	"codebook.dev/codebook/analysis/codebookvet"
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

func init() { register.Plugin("codebookvet", New) }

// Settings are the plugin's settings; nil leaves a check as the command
// has it.
type Settings struct {
	Cases         *bool `json:"cases"`
	Unknown       *bool `json:"unknown"`
	Magic         *bool `json:"magic"`
	DefaultCovers *bool `json:"default-covers"`
}

// New builds the plugin from its settings; an unknown key is an error,
// so a misspelt setting does not silently keep a check on.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err
	}
	cfg := codebookvet.DefaultConfig()
	for _, o := range []struct {
		from *bool
		to   *bool
	}{{s.Cases, &cfg.Cases}, {s.Unknown, &cfg.Unknown}, {s.Magic, &cfg.Magic}, {s.DefaultCovers, &cfg.DefaultCovers}} {
		if o.from != nil {
			*o.to = *o.from
		}
	}
	return plugin{cfg}, nil
}

type plugin struct{ cfg codebookvet.Config }

func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{codebookvet.New(p.cfg)}, nil
}

// GetLoadMode asks for type information: the checks need types and the
// facts of imported packages.
func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
