package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// interruptCtx is the latest interruptible context, for the crash-test
// hook to wait until its own SIGTERM has been seen (a fixed sleep was
// flaky on a loaded machine).
var interruptCtx context.Context

// interruptible returns a context that ends at the first SIGINT or
// SIGTERM, so that generate stops cleanly: before its commit point it
// removes what it staged, after it it finishes the update. A second
// signal gets the default action (the process dies; the next run
// repairs). stop releases the signals.
func interruptible() (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	interruptCtx = ctx
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			signal.Reset(os.Interrupt, syscall.SIGTERM)
			cancel()
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel()
	}
}
