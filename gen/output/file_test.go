package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFileThroughLink: a symbolic link at the output path stays a
// link, and its target gets the bytes; a dangling link is refused.
func TestWriteFileThroughLink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real", "ref.md")
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		t.Fatal(err)
	}
	writeRaw(t, filepath.Dir(target), "ref.md", "old\n")
	link := filepath.Join(dir, "ref.md")
	if err := os.Symlink(filepath.Join("real", "ref.md"), link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if d, err := CheckFile(link, []byte("new\n")); err != nil || !strings.Contains(d, "-old\n+new\n") {
		t.Errorf("check: %q, %v", d, err)
	}
	if changed, err := WriteFile(link, []byte("new\n")); err != nil || !changed {
		t.Fatalf("write: %v, %v", changed, err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v, %v", fi.Mode(), err)
	}
	if got := readRaw(t, filepath.Dir(target), "ref.md"); got != "new\n" {
		t.Errorf("target: %q", got)
	}
	if got := listDir(t, filepath.Dir(target)); len(got) != 1 {
		t.Errorf("left beside the target: %q", got)
	}

	dangling := filepath.Join(dir, "gone.md")
	if err := os.Symlink("nowhere.md", dangling); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteFile(dangling, []byte("x")); err == nil || !strings.Contains(err.Error(), "refusing to replace the link") {
		t.Errorf("dangling link: %v", err)
	}
	if fi, err := os.Lstat(dangling); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the dangling link was replaced")
	}
}

// TestWriteFileNotRegular: a device is neither read nor replaced.
func TestWriteFileNotRegular(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	if _, err := WriteFile("/dev/zero", []byte("x")); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("write: %v", err)
	}
	if _, err := CheckFile("/dev/zero", []byte("x")); err == nil {
		t.Errorf("check: no error")
	}
}
