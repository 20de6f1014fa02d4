// Package pipeline is what `codebook generate` does: read the specs,
// resolve every Go name once with the lock file (goname.Resolve), generate the package and the updated lock
// (Run), and with Generate write both into place as one update, under a
// lock on the output folder. The command adds only flags and messages,
// so another tool (or a test) runs the same steps with the same results.
package pipeline

import (
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"sync"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// Options name the inputs of a run.
type Options struct {
	// Specs are the spec files, read together as one spec.
	Specs []string
	// Package is the generated package's name.
	Package string
	// Lock is the lock file's path, or "" to generate without one.
	Lock string
	// Output is the folder the files will be written to; when it holds
	// generated code, its constants keep their names (see KeepNames).
	Output string
	// RenameOK lets the new output rename what the old one declares.
	RenameOK bool
	// MaxSize is the largest spec file read, in bytes; 0 means
	// read.DefaultMaxSize.
	MaxSize int64
	// Strict makes the warnings that put a meaning in doubt errors
	// (spec.Diags.Strict).
	Strict bool
}

// Result is everything a run produced, for the caller to write.
type Result struct {
	Files []gen.File
	// Lock is the updated lock file, or nil without a lock.
	Lock []byte
}

// Run reads, pins and generates. The findings of every stage come back
// together, sorted; with any error Result is empty. err is a lock file
// that cannot be loaded.
func Run(opt Options) (Result, spec.Diags, error) {
	limit := opt.MaxSize
	if limit <= 0 {
		limit = read.DefaultMaxSize
	}
	// The lock file is parsed on the second core while the specs are
	// read: at 100,000 codes each takes a noticeable share of the run.
	lockc := make(chan owned, 1)
	if opt.Lock != "" {
		go func() { lockc <- loadOwned(opt.Lock, opt.Specs, limit) }()
	}
	s, diags := read.FilesMax(limit, opt.Specs...)
	diags = opt.strict(diags)
	if len(s.Sets) == 0 && !diags.HasErrors() && len(opt.Specs) > 0 {
		// An empty package is never what the user meant.
		diags.Errorf(spec.Pos{File: opt.Specs[0]}, "no code table found; nothing to generate")
	}
	// The reader's parse tree and rows die here and the model stays (at
	// 100,000 members about 60 MB of garbage beside a 100 MB model).
	// Collecting now sets the collector's next goal from the model
	// alone; left to itself it takes the goal from the reader's peak and
	// lets generation grow the heap to twice that.
	collectIfLarge()
	var own owned
	if opt.Lock != "" {
		if own = <-lockc; own.err != nil {
			return Result{}, diags, own.err
		}
		diags = append(diags, own.check(opt.Lock)...)
	}
	// Every Go name is resolved here, once: derived, made unique and,
	// when the spec read cleanly, pinned with the lock.
	var pins goname.Pinner
	if own.lk != nil && !diags.HasErrors() {
		pins = own.lk
	}
	diags = append(diags, goname.Resolve(s, pins)...)
	if diags.HasErrors() {
		return Result{}, diags.Sort(), nil
	}
	r := generate(s, own, opt)
	// The model dies here too; only the files remain. Without this the
	// writer's reads of the old files pile onto the generator's goal.
	// Together the two collections cut peak RSS at 100,000 members from
	// about 340 MB to about 250 MB for some 30 ms.
	collectIfLarge()
	diags = append(diags, opt.strict(r.diags)...)
	if opt.Lock != "" {
		diags = append(diags, opt.strict(lockNotGenerated(opt, r.Files))...)
	}
	if opt.Output != "" && !diags.HasErrors() {
		diags = append(diags, KeepNames(opt.Output, s, r.Files, opt.RenameOK, own.lk)...)
	}
	if diags.HasErrors() {
		return Result{}, diags.Sort(), nil
	}
	return r.Result, diags.Sort(), nil
}

func (opt Options) strict(diags spec.Diags) spec.Diags {
	if opt.Strict {
		return diags.Strict()
	}
	return diags
}

type generated struct {
	Result
	diags spec.Diags
}

// generate runs the generator and the lock's update side by side:
// goname.Resolve was the last writer of the model, and both only read
// it. The codes the updated lock keeps deprecated are declared after
// both, in a file of their own.
func generate(s *spec.Spec, own owned, opt Options) generated {
	var r generated
	var wg sync.WaitGroup
	lk := own.lk
	if lk != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lk.Update(s)
			lk.SetSpecs(own.specs)
			r.Lock = lk.Bytes()
		}()
	}
	gopt := gen.Options{Package: opt.Package, Source: Sources(opt.Specs)}
	r.Files, r.diags = gen.Generate(s, gopt)
	wg.Wait()
	if lk != nil && !r.diags.HasErrors() {
		f, ok, diags := gen.DeprecatedFile(s, removed(lk, s), gopt, filepath.ToSlash(opt.Lock))
		r.diags = append(r.diags, diags...)
		if ok {
			r.Files = append(r.Files, f)
			sort.Slice(r.Files, func(i, j int) bool { return r.Files[i].Name < r.Files[j].Name })
		}
	}
	return r
}

// removed are the codes the lock keeps as deprecated constants.
func removed(lk *lock.Lock, s *spec.Spec) []gen.Removed {
	kept := lk.Deprecated(s)
	out := make([]gen.Removed, len(kept))
	for i, k := range kept {
		out[i] = gen.Removed{Set: k.Set, Name: k.Name, Value: k.Value, Pos: k.Pos}
	}
	return out
}

// Sources are the spec paths as the generated header names them: as
// given, with forward slashes so the output does not depend on the OS.
func Sources(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.ToSlash(p)
	}
	return out
}

// forceGCHeap is the heap size above which a phase end is worth a
// collection; below it the peak is small anyway and a forced collection
// would cost a seed-sized run a third of its time.
const forceGCHeap = 64 << 20

// collectIfLarge collects when the heap (live and not yet swept) holds
// more than forceGCHeap bytes. Reading the metric stops nothing.
func collectIfLarge() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if v := sample[0].Value; v.Kind() == metrics.KindUint64 && v.Uint64() > forceGCHeap {
		runtime.GC()
	}
}
