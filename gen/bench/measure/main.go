//go:build linux

// Command measure runs a command several times and prints its wall
// time and peak resident memory, so the benchmark script needs neither
// GNU time nor a shell's time keyword:
//
//	measure -runs 5 -setup 'rm -rf out' -- codebook generate -o out spec.md
//
// It prints one line: the fastest and median wall time and the largest
// peak RSS (getrusage of the child) over the runs. Linux only: peak RSS
// is read from getrusage, whose unit differs on other systems.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 5, "number of runs")
	setup := flag.String("setup", "", "shell `command` run before each run, not measured")
	label := flag.String("label", "", "label printed first")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure [-runs N] [-setup CMD] [-label L] -- COMMAND ARGS...")
		os.Exit(2)
	}
	var walls []time.Duration
	var rss int64
	for i := 0; i < *runs; i++ {
		if *setup != "" {
			if out, err := exec.Command("sh", "-c", *setup).CombinedOutput(); err != nil {
				fmt.Fprintf(os.Stderr, "measure: setup: %v\n%s", err, out)
				os.Exit(1)
			}
		}
		wall, peak, err := once(flag.Args())
		if err != nil {
			fmt.Fprintf(os.Stderr, "measure: %v\n", err)
			os.Exit(1)
		}
		walls = append(walls, wall)
		rss = max(rss, peak)
	}
	slices.Sort(walls)
	fmt.Printf("%-28s min %8.1f ms  median %8.1f ms  peak RSS %6.1f MB\n", *label,
		ms(walls[0]), ms(walls[len(walls)/2]), float64(rss)/1024)
}

// once runs the command and returns its wall time and peak RSS in KiB.
func once(args []string) (time.Duration, int64, error) {
	cmd := exec.Command(args[0], args[1:]...)
	var out bytes.Buffer // shown only when the command fails
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return 0, 0, fmt.Errorf("%v: %w\n%s", args, err, out.Bytes())
	}
	var peak int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		peak = int64(ru.Maxrss) // KiB on Linux
	}
	return wall, peak, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
