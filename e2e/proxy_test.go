package e2e

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The install tests fetch modules through fakeProxy, a module proxy on
// loopback that behaves as the one users reach does where codebook is
// not published: it answers 403 Forbidden for a path it does not serve,
// and the go command stops at a 403 (it goes on past a 404). The
// module cache the tests used as their proxy before never answered 403,
// so recipes passed there that fail for users.
//
// It serves the dependencies as a fresh machine gets them: from the
// module cache this test binary was built with (go.mod and go.sum pin
// them), else relayed from the real GOPROXY. The checksum database is
// out of reach (403), as on a closed network: the user's go.sum must
// hold the checksums (README: codebook's go.sum appended). With
// published set, it also serves codebook itself, zipped from this
// working tree as publishedVersion, to prove the recipes that can only
// work once the module is published.
type fakeProxy struct {
	URL       string
	published bool
	cache     string // the module cache's download folder
	upstream  string // the first http(s) proxy in GOPROXY, or ""
	root      string // this working tree

	zipOnce sync.Once
	zipData []byte
	zipErr  error
}

// modulePath is codebook's module path.
const modulePath = "codebook.dev/codebook"

// publishedVersion is the version a published-mode proxy gives codebook.
const publishedVersion = "v0.1.0"

// newFakeProxy starts a proxy for the test; it stops with the test.
func newFakeProxy(t testing.TB, published bool) *fakeProxy {
	t.Helper()
	p := &fakeProxy{published: published, root: repoRoot(t)}
	p.cache = filepath.Join(goEnvValue(t, "GOMODCACHE"), "cache", "download")
	for _, u := range strings.FieldsFunc(goEnvValue(t, "GOPROXY"), func(r rune) bool { return r == ',' || r == '|' }) {
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			p.upstream = strings.TrimSuffix(u, "/")
			break
		}
	}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	p.URL = srv.URL
	return p
}

func goEnvValue(t testing.TB, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
}

func (p *fakeProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	mod, file, ok := splitProxyPath(r.URL.Path)
	switch {
	case !ok || strings.Contains(r.URL.Path, ".."):
		forbid(w, r.URL.Path)
	case mod == modulePath:
		p.serveCodebook(w, r, file)
	case strings.HasPrefix(mod, modulePath+"/"):
		// go get asks every prefix of a package path; once codebook is
		// published, the longer ones are "not found" as on the real
		// proxy, and before, unknown.
		if p.published {
			http.NotFound(w, r)
		} else {
			forbid(w, r.URL.Path)
		}
	default:
		p.serveDependency(w, r)
	}
}

// splitProxyPath splits /ESCAPED/MODULE/@v/FILE (or /@latest) into the
// module path and the file, undoing the proxy's case escaping.
func splitProxyPath(urlPath string) (mod, file string, ok bool) {
	escaped, file, ok := strings.Cut(strings.TrimPrefix(urlPath, "/"), "/@v/")
	if !ok {
		escaped, ok = strings.CutSuffix(strings.TrimPrefix(urlPath, "/"), "/@latest")
		file = "@latest"
	}
	if !ok || strings.HasPrefix(escaped, "sumdb/") {
		return "", "", false
	}
	var b strings.Builder
	for i := 0; i < len(escaped); i++ {
		c := escaped[i]
		if c == '!' && i+1 < len(escaped) {
			i++
			c = escaped[i] - 'a' + 'A'
		}
		b.WriteByte(c)
	}
	return b.String(), file, true
}

func forbid(w http.ResponseWriter, what string) {
	http.Error(w, "forbidden: "+what, http.StatusForbidden)
}

// serveCodebook answers for codebook's own module: 403 until published.
func (p *fakeProxy) serveCodebook(w http.ResponseWriter, r *http.Request, file string) {
	if !p.published {
		forbid(w, r.URL.Path)
		return
	}
	info := fmt.Sprintf("{\"Version\":%q,\"Time\":%q}\n", publishedVersion, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	switch file {
	case "list":
		io.WriteString(w, publishedVersion+"\n")
	case "@latest", publishedVersion + ".info":
		io.WriteString(w, info)
	case publishedVersion + ".mod":
		http.ServeFile(w, r, filepath.Join(p.root, "go.mod"))
	case publishedVersion + ".zip":
		data, err := p.moduleZip()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Write(data)
	default:
		http.NotFound(w, r)
	}
}

// serveDependency serves from the module cache, else relays upstream,
// else forbids.
func (p *fakeProxy) serveDependency(w http.ResponseWriter, r *http.Request) {
	local := filepath.Join(p.cache, filepath.FromSlash(path.Clean(r.URL.Path)))
	if st, err := os.Stat(local); err == nil && st.Mode().IsRegular() {
		http.ServeFile(w, r, local)
		return
	}
	if p.upstream == "" {
		forbid(w, r.URL.Path)
		return
	}
	resp, err := http.Get(p.upstream + r.URL.Path)
	if err != nil {
		forbid(w, r.URL.Path+" (upstream: "+err.Error()+")")
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// moduleZip zips the working tree's module files as the go command
// would: every file git tracks or would track, under MODULE@VERSION/.
func (p *fakeProxy) moduleZip() ([]byte, error) {
	p.zipOnce.Do(func() { p.zipData, p.zipErr = zipTree(p.root) })
	return p.zipData, p.zipErr
}

func zipTree(root string) ([]byte, error) {
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-files: %v", err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00") {
		st, err := os.Lstat(filepath.Join(root, name))
		if err != nil || !st.Mode().IsRegular() {
			continue // deleted in the work tree, or a symlink (not in module zips)
		}
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			return nil, err
		}
		f, err := zw.Create(modulePath + "@" + publishedVersion + "/" + name)
		if err != nil {
			return nil, err
		}
		f.Write(data)
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// userCaches are the module caches of users' modules, one for each kind
// of proxy, shared by the tests of this binary and removed by TestMain.
// The first test to use one starts from an empty cache, as a fresh
// machine does; the rest are spared compiling every dependency again
// (the build cache keys on the module cache's paths). A 403 is never
// cached, so every test still meets the proxy's answers for codebook.
var userCaches struct {
	sync.Mutex
	dirs map[bool]string
}

func userCache(t testing.TB, published bool) string {
	t.Helper()
	userCaches.Lock()
	defer userCaches.Unlock()
	if d, ok := userCaches.dirs[published]; ok {
		return d
	}
	d, err := os.MkdirTemp("", "codebook-e2e-modcache-")
	if err != nil {
		t.Fatal(err)
	}
	if userCaches.dirs == nil {
		userCaches.dirs = map[bool]string{}
	}
	userCaches.dirs[published] = d
	return d
}

// removeUserCaches removes the module caches (-modcacherw made them
// writable).
func removeUserCaches() {
	userCaches.Lock()
	defer userCaches.Unlock()
	for _, d := range userCaches.dirs {
		os.RemoveAll(d)
	}
}

// env is the go command's environment for a user's module fetching
// through the proxy: a module cache of users' modules (see userCaches),
// no workspace, the toolchain running the tests, and binaries installed
// into bin.
func (p *fakeProxy) env(t testing.TB, bin string) []string {
	t.Helper()
	env := append(os.Environ(),
		"GOPROXY="+p.URL,
		"GOMODCACHE="+userCache(t, p.published),
		"GOWORK=off",
		"GOTOOLCHAIN=local",
		"GOBIN="+bin,
		"GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -modcacherw -buildvcs=false"),
		"GONOSUMDB=",
		"GOPRIVATE=",
		"GONOPROXY=",
	)
	if p.published {
		// The checksum database would know a published codebook, and go
		// install pkg@version checks through it alone (it ignores the
		// module's go.sum); this codebook is zipped from the work tree,
		// so no database can vouch for it. What these runs test is the
		// module path lookups, not checksums.
		env = append(env, "GOSUMDB=off")
	}
	return env
}

// TestFakeProxy pins the answers the install tests rely on.
func TestFakeProxy(t *testing.T) {
	get := func(p *fakeProxy, path string) (int, []byte) {
		t.Helper()
		resp, err := http.Get(p.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, body
	}
	today, published := newFakeProxy(t, false), newFakeProxy(t, true)
	today.upstream, published.upstream = "", ""
	for _, tt := range []struct {
		p    *fakeProxy
		path string
		code int
	}{
		{today, "/codebook.dev/codebook/@v/list", http.StatusForbidden},
		{today, "/codebook.dev/codebook/@latest", http.StatusForbidden},
		{today, "/codebook.dev/codebook/cmd/codebookvet/@v/list", http.StatusForbidden},
		{today, "/sumdb/sum.golang.org/supported", http.StatusForbidden},
		{today, "/example.com/nobody/@v/list", http.StatusForbidden},
		{published, "/codebook.dev/codebook/cmd/codebookvet/@v/list", http.StatusNotFound},
		{published, "/codebook.dev/codebook/@v/list", http.StatusOK},
		{published, "/codebook.dev/codebook/@v/" + publishedVersion + ".mod", http.StatusOK},
	} {
		if code, body := get(tt.p, tt.path); code != tt.code {
			t.Errorf("published=%v %s: %d %q, want %d", tt.p.published, tt.path, code, body, tt.code)
		}
	}
	code, body := get(published, "/codebook.dev/codebook/@v/"+publishedVersion+".zip")
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if code != http.StatusOK || err != nil {
		t.Fatalf("zip: %d, %v", code, err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	for _, want := range []string{"go.mod", "cmd/codebook/main.go"} {
		if !slices.Contains(names, modulePath+"@"+publishedVersion+"/"+want) {
			t.Errorf("the module zip lacks %s", want)
		}
	}
	if mod, file, ok := splitProxyPath("/github.com/!burnt!sushi/toml/@v/list"); !ok || mod != "github.com/BurntSushi/toml" || file != "list" {
		t.Errorf("splitProxyPath = %q, %q, %v", mod, file, ok)
	}
}
