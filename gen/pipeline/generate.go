package pipeline

import (
	"context"
	"time"

	"codebook.dev/codebook/gen/output"
	"codebook.dev/codebook/spec"
)

// Output says where and how Generate writes.
type Output struct {
	// Dir is the output folder.
	Dir string
	// Check writes nothing, not even a repair of what a killed run left,
	// and reports what would change.
	Check bool
	// Prune replaces or removes generated files from another spec.
	Prune bool
	// Wait is how long to wait for another run on the folder.
	Wait time.Duration
	// Log receives the folder's messages: waiting, repairs.
	Log func(msg string)
	// Hook is called at every step of the update (see output.OpenOptions).
	Hook func(step string)
}

// Generate is all of codebook generate: it takes the output folder
// (waiting for another run, repairing one that was killed), then reads,
// pins and generates, then writes the Go files and the lock file as one
// all-or-nothing update (see output.Folder). The folder stays locked
// from before the lock file is read until the update is in place, so two
// runs cannot both start from the same lock.
//
// Spec findings come back as diags; with errors nothing is written and
// err is nil. When ctx ends before the update's commit point (while
// waiting for the folder, reading, generating or staging) Generate
// returns at once with output.ErrInterrupted and nothing written; a read
// or generation under way then runs on to its end in the background and
// its result is dropped.
func Generate(ctx context.Context, opt Options, out Output) (output.Result, spec.Diags, error) {
	f, err := output.OpenContext(ctx, out.Dir, output.OpenOptions{
		Create:   !out.Check,
		ReadOnly: out.Check,
		LockFile: opt.Lock,
		Wait:     out.Wait,
		Log:      out.Log,
		Hook:     out.Hook,
	})
	if err != nil {
		return output.Result{}, nil, err
	}
	defer f.Close()
	r, diags, err := runContext(ctx, opt, out.Hook)
	if err != nil || diags.HasErrors() {
		return output.Result{}, diags, err
	}
	res, err := f.Write(ctx, r.Files, output.Options{Check: out.Check, Prune: out.Prune, Lock: r.Lock})
	return res, diags, err
}

// runContext is Run, given up on when ctx ends: the reader and the
// generator take no context, and nothing they do needs undoing.
func runContext(ctx context.Context, opt Options, hook func(string)) (Result, spec.Diags, error) {
	type ran struct {
		r     Result
		diags spec.Diags
		err   error
	}
	done := make(chan ran, 1)
	go func() {
		if hook != nil {
			hook("read")
		}
		r, diags, err := Run(opt)
		done <- ran{r, diags, err}
	}()
	select {
	case <-ctx.Done():
		return Result{}, nil, output.ErrInterrupted
	case x := <-done:
		if x.err == nil && !x.diags.HasErrors() && ctx.Err() != nil {
			return Result{}, x.diags, output.ErrInterrupted
		}
		return x.r, x.diags, x.err
	}
}
