//go:build !unix

package output

import "testing"

func mkfifo(t *testing.T, path string) { t.Skip("no FIFO here") }
