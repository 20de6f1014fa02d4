//go:build !(darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd)

package output

import "os"

// flockSupported is false where the syscall package has no flock (Windows,
// plan9, wasm, aix, solaris): there runs on one folder are not serialised,
// though each update is still all-or-nothing through the journal.
const flockSupported = false

func tryLock(*os.File) (busy bool, err error) { return false, nil }

// openNoBlock is 0 where there is no O_NONBLOCK to pass.
const openNoBlock = 0
