package main

import (
	"fmt"
	"io"
)

// runGenerate is a placeholder until its issue lands.
func runGenerate(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "codebook generate: not implemented yet")
	return 2
}
