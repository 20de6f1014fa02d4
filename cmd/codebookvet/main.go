// Command codebookvet checks code that uses codebook's generated code
// sets: switches that miss members or have no default, and literals
// written where a member's constant exists. See the documentation of
// codebook.dev/codebook/analysis/codebookvet for the checks and flags.
//
// Usage:
//
//	codebookvet [-cases=false] [-unknown=false] [-magic=false] [-default-covers] [-fix] packages
//	go vet -vettool=$(command -v codebookvet) [flags] packages
package main

import (
	"codebook.dev/codebook/analysis/codebookvet"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(codebookvet.Analyzer) }
