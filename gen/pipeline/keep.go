package pipeline

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/gen/output"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/ident"
	"codebook.dev/codebook/spec/lock"
)

// declared is what a generated package declares for its code sets: per
// type, its constants by code value.
type declared struct {
	types []string
	// consts maps type → value → constant, and pos where it stands.
	consts map[string]map[string]string
	pos    map[string]token.Position
}

// Declared reads the code-set constants that generated files declare:
// `Name Type = value` with an integer or string literal. Files that do
// not parse are skipped (the writer will replace them).
func Declared(files []gen.File, dir string) declared {
	d := declared{consts: map[string]map[string]string{}, pos: map[string]token.Position{}}
	fset := token.NewFileSet()
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".go") || strings.HasSuffix(f.Name, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, filepath.Join(dir, f.Name), f.Data, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, decl := range af.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.CONST {
				d.constants(fset, gd)
			}
		}
	}
	for t := range d.consts {
		d.types = append(d.types, t)
	}
	sort.Strings(d.types)
	return d
}

func (d *declared) constants(fset *token.FileSet, gd *ast.GenDecl) {
	for _, s := range gd.Specs {
		vs, ok := s.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 || !vs.Names[0].IsExported() {
			continue
		}
		typ, ok := vs.Type.(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := literal(vs.Values[0])
		if !ok {
			continue
		}
		if d.consts[typ.Name] == nil {
			d.consts[typ.Name] = map[string]string{}
		}
		d.consts[typ.Name][v] = vs.Names[0].Name
		d.pos[vs.Names[0].Name] = fset.Position(vs.Names[0].Pos())
	}
}

// literal returns a constant's code value as the spec writes it: the
// decimal integer, or the string unquoted.
func literal(e ast.Expr) (string, bool) {
	neg := ""
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		neg, e = "-", u.X
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok {
		return "", false
	}
	switch {
	case lit.Kind == token.INT:
		n, err := strconv.ParseInt(neg+lit.Value, 0, 64)
		return strconv.FormatInt(n, 10), err == nil
	case lit.Kind == token.STRING && neg == "":
		s, err := strconv.Unquote(lit.Value)
		return s, err == nil
	}
	return "", false
}

func (d declared) idents() []ident.Set {
	out := make([]ident.Set, len(d.types))
	for i, t := range d.types {
		var vs []string
		for v := range d.consts[t] {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		// The type name stands in for the key: the output does not
		// record wire keys, and a type that kept its name is the same.
		out[i] = ident.Set{Key: t, Name: t, Values: vs}
	}
	return out
}

// KeepNames is the rule that generate never renames silently: every
// constant and code-set type the existing output declares keeps its
// name in the new output, unless the rename is explicit (a go.VALUE=
// directive or a lock line for a constant, a name= directive for a
// type, or renameOK), and no constant takes another value (keepValues),
// explicit or not, unless renameOK. A type renamed by the lock alone is
// refused: a lock copied from another spec does just that. The files on
// disk are the record of last resort: this holds with the lock missing,
// emptied, foreign or at a wrong path. Types are paired as ident.Pair
// pairs sets (by name, then by codes); codes that leave a type (removed
// or moved) are for the diff to report, not renames. lk is the lock the
// names were pinned with, or nil.
func KeepNames(dir string, s *spec.Spec, files []gen.File, renameOK bool, lk *lock.Lock) spec.Diags {
	var diags spec.Diags
	if renameOK {
		return diags
	}
	old := Declared(onDisk(dir, headerOf(files)), dir)
	if len(old.types) == 0 {
		return diags
	}
	cur := Declared(files, dir)
	explicit := map[string]*spec.Set{}
	for _, set := range s.Sets {
		explicit[set.Name] = set
	}
	pins := lk.Pins(s)
	for i, j := range ident.Pair(old.idents(), cur.idents()) {
		if j < 0 {
			continue
		}
		ot, nt := old.types[i], cur.types[j]
		set := explicit[nt]
		if ot != nt {
			if at, ok := lockRenames(pins, set); ok {
				diags.Errorf(at, "the lock renames type %s to %s, with every constant of it; importers break. Restore the lock's name %s, or rename on purpose with <!-- codebook: name=%s --> or -rename-ok", ot, nt, ot, nt)
				continue
			}
		}
		if ot != nt && (set == nil || !set.Explicit) {
			p := old.pos[firstConst(old.consts[ot])]
			diags.Errorf(pos(p), "type %s would be renamed %s, with every constant of it; importers break. Keep it with <!-- codebook: name=%s -->, or make the rename explicit with name=%s or -rename-ok", ot, nt, ot, nt)
			continue
		}
		for _, v := range sortedKeys(old.consts[ot]) {
			on, nn := old.consts[ot][v], cur.consts[nt][v]
			if nn == "" || on == nn || memberExplicit(set, v) {
				continue
			}
			diags.Errorf(pos(old.pos[on]), "code %s: constant %s would be renamed %s; importers break. Keep it with <!-- codebook: go.%s=%s --> (or restore its lock line), or rename on purpose with go.%s=%s or -rename-ok",
				v, on, nn, v, strings.TrimPrefix(on, ot), v, strings.TrimPrefix(nn, nt))
		}
	}
	return append(diags, keepValues(old, cur, s, pins)...)
}

// lockRenames reports a set whose type name comes from the lock: the
// lock pins it under the name it has now. The position is the lock's
// set line.
func lockRenames(pins lock.Pins, set *spec.Set) (spec.Pos, bool) {
	if set == nil {
		return spec.Pos{}, false
	}
	name, ok := pins.Set(set)
	if !ok || name != set.Name {
		return spec.Pos{}, false
	}
	at, ok := pins.SetPos(set)
	return at, ok
}

func memberExplicit(set *spec.Set, v string) bool {
	if set == nil {
		return false
	}
	m := set.Member(v)
	return m != nil && m.Explicit
}

func firstConst(m map[string]string) string {
	ks := sortedKeys(m)
	if len(ks) == 0 {
		return ""
	}
	return m[ks[0]]
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func pos(p token.Position) spec.Pos {
	return spec.Pos{File: filepath.ToSlash(p.Filename), Line: p.Line, Col: p.Column}
}

// headerOf is the first line of the generated files: the header naming
// their specs.
func headerOf(files []gen.File) string {
	if len(files) == 0 {
		return ""
	}
	line, _, _ := strings.Cut(string(files[0].Data), "\n")
	return line
}

// onDisk returns the Go files in dir generated from the specs header
// names (codebook's header with those paths, not tests), or nothing when
// dir is missing. Files generated from another spec are not this spec's
// record of names: the writer refuses to touch them anyway.
func onDisk(dir, header string) []gen.File {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []gen.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		// Only the first few KB of a file without the header are read.
		data, err := output.ReadGenerated(filepath.Join(dir, name))
		line, _, _ := strings.Cut(string(data), "\n")
		if err == nil && data != nil && strings.TrimSuffix(line, "\r") == header {
			out = append(out, gen.File{Name: name, Data: data})
		}
	}
	return out
}

// HasGenerated reports whether dir holds a file codebook generated from
// the specs at paths.
func HasGenerated(dir string, paths []string) bool {
	return len(onDisk(dir, gen.Header(Sources(paths)))) > 0
}
