package main

import (
	"fmt"
	"io"
)

// runDiff is a placeholder until its issue lands.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "codebook diff: not implemented yet")
	return 2
}
