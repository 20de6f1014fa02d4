//go:build codebook_crashtest && unix

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// In a binary built with -tags codebook_crashtest (only the crash tests
// build one), CODEBOOK_CRASH picks a step of generate's folder update
// (or render's one step, "read") and what happens there, so that a test can kill the process at every
// step, mid-write included:
//
//	list           print "step N NAME" on stderr at each step
//	kill:N         SIGKILL at step N (counted from 0)
//	term:N         SIGTERM at step N, then carry on as the handler decides
//	pause:N:DUR    print "paused" on stderr at step N and sleep DUR
func init() {
	what, arg, _ := strings.Cut(os.Getenv("CODEBOOK_CRASH"), ":")
	if what == "" {
		return
	}
	at, durStr, _ := strings.Cut(arg, ":")
	n, _ := strconv.Atoi(at)
	dur, _ := time.ParseDuration(durStr)
	step := 0
	generateHook = func(name string) {
		defer func() { step++ }()
		switch {
		case what == "list":
			fmt.Fprintf(os.Stderr, "step %d %s\n", step, name)
		case step != n:
		case what == "kill":
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			time.Sleep(time.Minute) // the signal arrives before this ends
		case what == "term":
			syscall.Kill(os.Getpid(), syscall.SIGTERM)
			// Carry on only once the handler has seen it, as a
			// signal that arrives at this step would be.
			if ctx := interruptCtx; ctx != nil {
				select {
				case <-ctx.Done():
				case <-time.After(30 * time.Second):
				}
			}
		case what == "pause":
			fmt.Fprintln(os.Stderr, "paused")
			time.Sleep(dur)
		}
	}
	renderHook = generateHook
}
