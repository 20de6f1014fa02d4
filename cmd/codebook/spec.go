package main

import (
	"fmt"
	"io"
)

// runSpec is a placeholder until its issue lands.
func runSpec(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "codebook spec: not implemented yet")
	return 2
}
