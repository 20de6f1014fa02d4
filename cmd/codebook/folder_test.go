package main

import (
	"fmt"
	"hash/crc32"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateCheckIgnoresPlantedJournal: a journal planted in the
// output folder (naming a hand-written file for removal) changes nothing
// under -check; a plain run obeys it only for codebook's files.
func TestGenerateCheckIgnoresPlantedJournal(t *testing.T) {
	dir := genWorkdir(t)
	if code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md"); code != 0 {
		t.Fatalf("generate: exit %d\n%s", code, stderr)
	}
	mine := filepath.Join(dir, "out", "mine.go")
	genWrite(t, mine, "package out\n")
	journal := "codebook update 1\ndel \"mine.go\"\n"
	journal += "end " + crcHex(journal) + "\n"
	genWrite(t, filepath.Join(dir, "out", ".codebook-update", "journal"), journal)

	code, _, stderr := genRun(t, dir, "-check", "-o", "out", "spec/opi.md")
	if !genExists(mine) || !genExists(filepath.Join(dir, "out", ".codebook-update", "journal")) {
		t.Fatalf("-check acted on a journal:\n%s", stderr)
	}
	if code != 0 || !strings.Contains(stderr, "interrupted while replacing files") {
		t.Errorf("-check: exit %d\n%s", code, stderr)
	}
	code, _, stderr = genRun(t, dir, "-o", "out", "spec/opi.md")
	if code != 0 || !genExists(mine) || !strings.Contains(stderr, "left them alone") {
		t.Errorf("generate: exit %d, mine.go there: %v\n%s", code, genExists(mine), stderr)
	}
}

// TestGenerateRefusesRoot: -o at a file system root is refused before
// anything is read.
func TestGenerateRefusesRoot(t *testing.T) {
	dir := genWorkdir(t)
	code, _, stderr := genRun(t, dir, "-pkg", "x", "-lock", "none", "-o", string(filepath.Separator), "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, "is a file system root; refusing to generate into it") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
}

// TestGenerateFirstRunFailsLeavesNothing: a first run with errors in the
// spec leaves no output folder, nor one above it.
func TestGenerateFirstRunFailsLeavesNothing(t *testing.T) {
	dir := genWorkdir(t)
	genWrite(t, filepath.Join(dir, "spec", "bad.md"), "no table here\n")
	code, _, stderr := genRun(t, dir, "-o", "gen/out", "spec/bad.md")
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if genExists(filepath.Join(dir, "gen")) {
		t.Errorf("a failed first run left a folder")
	}
}

// crcHex is the checksum line a journal ends with.
func crcHex(body string) string {
	return fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body)))
}
