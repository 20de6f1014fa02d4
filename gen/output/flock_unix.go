//go:build darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd

package output

import (
	"errors"
	"os"
	"syscall"
)

// flockSupported says that concurrent runs on one folder are serialised
// on this system.
const flockSupported = true

// tryLock takes an exclusive flock on the open directory f without
// waiting. busy is true when another open file (another process, or
// another Folder in this one) holds it. The kernel drops the lock when
// the process dies, however it dies, so a killed run never leaves the
// folder locked.
func tryLock(f *os.File) (busy bool, err error) {
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return true, nil
	}
	return false, err
}

// openNoBlock keeps an open of a FIFO from waiting for a writer.
const openNoBlock = syscall.O_NONBLOCK
