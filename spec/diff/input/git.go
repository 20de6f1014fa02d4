package input

import (
	"bytes"
	"fmt"
	"os/exec"
	"sort"
	"strconv"
	"strings"

	"codebook.dev/codebook/spec/read"
)

// gitRev is a file or folder at a git revision, read with git cat-file
// and git ls-tree: nothing is checked out.
type gitRev struct {
	dir, rev, path string
	limit          int64 // the largest spec blob read, as on disk
}

func (g gitRev) object(p string) string { return g.rev + ":" + p }

func (g gitRev) docs() ([]doc, error) {
	kind, err := g.git("cat-file", "-t", endOfOptions, g.object(g.path))
	if err != nil {
		return nil, err
	}
	var paths []string
	switch strings.TrimSpace(string(kind)) {
	case "blob":
		paths = []string{g.path}
	case "tree":
		if paths, err = g.markdownFiles(); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%s: not a file or folder", g.object(g.path))
	}
	var docs []doc
	for _, p := range paths {
		if err := g.checkSize(p); err != nil {
			return nil, err
		}
		data, err := g.git("cat-file", "blob", endOfOptions, g.object(p))
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc{g.object(p), data})
	}
	return docs, nil
}

// markdownFiles lists the folder's *.md blobs, sorted by name.
func (g gitRev) markdownFiles() ([]string, error) {
	out, err := g.git("ls-tree", "-z", endOfOptions, g.object(g.path))
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, rec := range bytes.Split(out, []byte{0}) {
		meta, name, ok := bytes.Cut(rec, []byte{'\t'})
		if !ok || !bytes.Contains(meta, []byte(" blob ")) || !bytes.HasSuffix(name, []byte(".md")) {
			continue
		}
		paths = append(paths, joinPath(g.path, string(name)))
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no *.md files in the folder", g.object(g.path))
	}
	sort.Strings(paths)
	return paths, nil
}

// joinPath joins without cleaning: git reads "./dir" from the working
// directory and "dir" from the repository root, so the prefix matters.
func joinPath(dir, name string) string {
	if dir == "" {
		return name
	}
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// checkSize fails for a blob over the limit before git hands it over.
func (g gitRev) checkSize(p string) error {
	out, err := g.git("cat-file", "-s", endOfOptions, g.object(p))
	if err != nil {
		return err
	}
	if n, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64); err == nil && n > g.limit {
		return fmt.Errorf("%s: %v", g.object(p), read.TooLarge(g.limit))
	}
	return nil
}

// file reads a blob beside the spec, refusing one over the limit
// before git hands it over, as for the spec.
func (g gitRev) file(p string) ([]byte, bool, error) {
	if _, err := g.git("cat-file", "-e", endOfOptions, g.object(p)); err != nil {
		return nil, false, nil
	}
	if err := g.checkSize(p); err != nil {
		return nil, false, err
	}
	data, err := g.git("cat-file", "blob", endOfOptions, g.object(p))
	return data, err == nil, err
}

// endOfOptions goes before every argument that comes from the user: a
// revision such as "--output=x" must be read as a revision, never as an
// option. git understands it since 2.24 (2019).
const endOfOptions = "--end-of-options"

// git runs git in g.dir; a failure carries git's own message, and a git
// too old to know endOfOptions says so.
func (g gitRev) git(args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = g.dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		if strings.Contains(msg, endOfOptions) {
			msg += " (codebook diff needs git 2.24 or later for REV:path)"
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out, nil
}
