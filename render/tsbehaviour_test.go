package render_test

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/gen/fill"
	"codebook.dev/codebook/generated/opi"
	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
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

// paramsModel has texts with every placeholder syntax, names in another
// order in the second language, and a string set.
func paramsModel() *spec.Spec {
	return &spec.Spec{Sets: []*spec.Set{
		{Name: "Code", Key: "code", Kind: spec.Int, Errors: true, Members: []*spec.Member{
			member("0", 0, "OK", "en", "Success"),
			member("-2003", -2003, "RateExceeded", "en", "IP banned until %s (100%%).", "zh", "IP 被禁止直到 %s。"),
			member("-2010", -2010, "AmountRange", "en", "Amount must be between {min} and {max}", "zh", "金额必须在 {max} 与 {min} 之间"),
			member("-2011", -2011, "Hello", "en", "Hello {{name}}, see ${url}; {not a placeholder} {{name}"),
			member("-2012", -2012, "Indexed", "en", "{1} before {0}"),
		}},
		{Name: "Channel", Key: "channel", Kind: spec.String, Members: []*spec.Member{
			member("LIMIT-1", 0, "Limit", "en", "Limit is %d per %s"),
		}},
	}}
}

// TestTypeScriptMessageWith: the module's MessageWith fills every text
// as the Go package's does (gen/fill.Fill is its filler).
func TestTypeScriptMessageWith(t *testing.T) {
	bin := tsc(t)
	d := render.New(paramsModel(), []string{"params.md"})
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "codes.ts"), string(renderBuiltin(t, "typescript", d)))
	args := append([]string{"--module", "commonjs", "--outDir", filepath.Join(dir, "out"), filepath.Join(dir, "codes.ts")}, strictFlags...)
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("tsc: %v\n%s", err, out)
	}
	type call struct {
		Fn   string `json:"fn"`
		Code any    `json:"code"`
		Lang string `json:"lang"`
		Args []any  `json:"args"`
	}
	var calls []call
	var want []string
	for _, s := range d.Sets {
		for _, m := range s.Members {
			for _, lang := range []string{"en", "zh"} {
				for n := 0; n <= len(m.Params); n++ {
					a := make([]any, n)
					for i := range a {
						a[i] = fmt.Sprintf("<%d>", i)
					}
					var code any = m.Value
					if s.IsInt() {
						code = json.Number(m.Value)
					}
					calls = append(calls, call{render.Camel(s.Name) + "MessageWith", code, lang, a})
					want = append(want, fill.Fill(m.Message(lang), a, m.ParamNames...))
				}
			}
		}
	}
	b, err := json.Marshal(calls)
	if err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, filepath.Join(dir, "calls.json"), string(b))
	out, err := exec.Command("node", "-e", messageWithScript, filepath.Join(dir, "out", "codes.js"), filepath.Join(dir, "calls.json")).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil || len(got) != len(want) {
		t.Fatalf("node answered %s (%v)", out, err)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s(%v, %q, %v) = %q, want %q", calls[i].Fn, calls[i].Code, calls[i].Lang, calls[i].Args, got[i], want[i])
		}
	}
}

const messageWithScript = `
const m = require(process.argv[1]);
const calls = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
process.stdout.write(JSON.stringify(calls.map((c) => m[c.fn](c.code, c.lang, ...c.args))));
`

// acceptHeaders are Accept-Language values for TestTypeScriptLangIndex.
var acceptHeaders = []string{
	"", "en", "zh", "ZH_cn", "zh-Hant-TW", "fr-FR", "fr-FR,zh;q=0.9", "fr-FR, en;q=0.5, zh-CN;q=0.9",
	"zh;q=0.8, en;q=0.8", "en;q=0.8, zh;q=0.8", "zh-TW;q=0.2, fr", "de, *;q=0.1", "*", "*, en;q=0", "*, en;q=0, zh;q=0",
	"*, en_US;q=0, zh;q=0", "zh;q=0, fr", "zh;q=1.5", "zh;q=1.", "zh;q=0.0001, en;q=0.1", "zh;q=.5, en;q=0.1",
	"zh ; Q = 0.5 , en ; q=0.4", "zh;level=1;q=0.5, en;q=0.4", " ,, zh ,", "zh;q=", "zh;q", "\tzh\t",
	"de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,de,zh",
}

// TestTypeScriptLangIndex: the module's langIndex reads Accept-Language
// values as the Go package does (generated/opi, from the same spec).
func TestTypeScriptLangIndex(t *testing.T) {
	bin := tsc(t)
	annotated, _ := readRepoSpec(t, "spec/opi.annotated.md")
	d := render.New(annotated, []string{"spec/opi.annotated.md"})
	if !slices.Equal(d.Langs, opi.Languages()) {
		t.Fatalf("languages %q, generated/opi has %q: run go generate", d.Langs, opi.Languages())
	}
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "codes.ts"), string(renderBuiltin(t, "typescript", d)))
	args := append([]string{"--module", "commonjs", "--outDir", filepath.Join(dir, "out"), filepath.Join(dir, "codes.ts")}, strictFlags...)
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("tsc: %v\n%s", err, out)
	}
	b, _ := json.Marshal(acceptHeaders)
	writeTestFile(t, filepath.Join(dir, "headers.json"), string(b))
	out, err := exec.Command("node", "-e", langIndexScript, filepath.Join(dir, "out", "codes.js"), filepath.Join(dir, "headers.json")).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil || len(got) != len(acceptHeaders) {
		t.Fatalf("node answered %s (%v)", out, err)
	}
	for i, h := range acceptHeaders {
		if want := opi.Language(h); got[i] != want {
			t.Errorf("langIndex(%q) picks %q, Go's Language %q", h, got[i], want)
		}
	}
}

const langIndexScript = `
const m = require(process.argv[1]);
const headers = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
process.stdout.write(JSON.stringify(headers.map((h) => m.langs[m.langIndex(h)])));
`
