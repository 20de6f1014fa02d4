package render_test

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/render"
)

// TestTypeScriptBehaviour compiles the modules, asks node each set's
// HTTP status, retryable and status predicates for every member and for
// a code outside the spec, and compares with render's members, which
// take them from spec/semantics as the Go package does.
func TestTypeScriptBehaviour(t *testing.T) {
	bin := tsc(t)
	for name, d := range tsInputs(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeTestFile(t, filepath.Join(dir, "codes.ts"), string(renderBuiltin(t, "typescript", d)))
			args := append([]string{"--module", "commonjs", "--outDir", filepath.Join(dir, "out"), filepath.Join(dir, "codes.ts")}, strictFlags...)
			if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
				t.Fatalf("tsc: %v\n%s", err, out)
			}
			type call struct {
				Fn   string `json:"fn"`
				Code any    `json:"code"`
			}
			var calls []call
			var want []string
			for _, s := range d.Sets {
				fn := render.Camel(s.Name)
				add := func(code any, m *render.Member) {
					if s.HasHTTPStatus {
						calls = append(calls, call{fn + "HttpStatus", code})
						h := s.DefaultHTTPStatus
						if m != nil {
							h = m.HTTPStatus
						}
						want = append(want, fmt.Sprint(h))
					}
					if s.HasRetryable {
						calls = append(calls, call{fn + "Retryable", code})
						want = append(want, fmt.Sprint(m != nil && m.Retry))
					}
					if s.IsStatus {
						st := ""
						if m != nil {
							st = m.Status
						}
						for _, p := range []struct {
							fn  string
							yes bool
						}{{"IsSuccess", st == "success"}, {"IsFailure", st == "failure"}, {"IsPending", st == "pending"}, {"IsTerminal", st == "success" || st == "failure"}} {
							calls = append(calls, call{fn + p.fn, code})
							want = append(want, fmt.Sprint(p.yes))
						}
					}
				}
				for _, m := range s.Members {
					var code any = gen.Clean(m.Value)
					if s.IsInt() {
						code = json.Number(m.Value)
					}
					add(code, m)
				}
				if s.IsInt() {
					add(json.Number("987654321"), nil)
				} else {
					add("no such code", nil)
				}
			}
			if len(calls) == 0 {
				return
			}
			b, err := json.Marshal(calls)
			if err != nil {
				t.Fatal(err)
			}
			writeTestFile(t, filepath.Join(dir, "calls.json"), string(b))
			out, err := exec.Command("node", "-e", behaviourScript, filepath.Join(dir, "out", "codes.js"), filepath.Join(dir, "calls.json")).Output()
			if err != nil {
				t.Fatalf("node: %v\n%s", err, out)
			}
			got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
			if len(got) != len(want) {
				t.Fatalf("%d answers for %d calls:\n%s", len(got), len(want), out)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s(%v) = %s, want %s", calls[i].Fn, calls[i].Code, got[i], want[i])
				}
			}
		})
	}
}

const behaviourScript = `
const m = require(process.argv[1]);
const calls = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
for (const c of calls) {
  process.stdout.write(String(m[c.fn](c.code)) + "\n");
}
`
