package gen

import (
	"bytes"
	"go/format"
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// Removed is a code the spec no longer lists whose constant the lock
// keeps, deprecated, for one more round: importers get a warning from
// staticcheck or gopls before their build breaks.
type Removed struct {
	Set *spec.Set
	// Name is the member's Go name without the type prefix; Value the
	// code as the spec wrote it.
	Name, Value string
	// Pos is the lock line that keeps it.
	Pos spec.Pos
}

// DeprecatedFile returns the file that declares the removed codes'
// constants, <pkg>_deprecated.go, and false when there are none. They
// are only constants: Values, Parse, String and the visitors know the
// spec's codes alone, so a kept code reads as any unknown code does. A
// constant whose name the package already declares (a directive gave it
// to another code) is left out with a warning at its lock line.
func DeprecatedFile(s *spec.Spec, kept []Removed, opt Options, lockPath string) (File, bool, spec.Diags) {
	var diags spec.Diags
	taken := declaredNames(s)
	var b bytes.Buffer
	b.WriteString(Header(opt.Source) + "\n\npackage " + opt.Package + "\n")
	n := 0
	for _, k := range kept {
		name := goname.Const(k.Set.Name, k.Name)
		lit, ok := constLiteral(k.Set, k.Value)
		switch {
		case !ok:
			diags.Warnf(k.Pos, "removed code %q of %s is not an integer; its deprecated constant is left out", k.Value, k.Set.Name)
			continue
		case taken[name]:
			diags.Warnf(k.Pos, "removed code %s of %s: the package already declares %s; its deprecated constant is left out", k.Value, k.Set.Name, name)
			continue
		}
		taken[name] = true
		b.WriteString("\n" + comment(deprecatedDoc(name, k, opt.Source, lockPath)...) + "\n")
		b.WriteString("const " + name + " " + k.Set.Name + " = " + lit + "\n")
		n++
	}
	if n == 0 {
		return File{}, false, diags
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		diags.Errorf(spec.Pos{File: lockPath}, "internal error generating deprecated constants: %v", err)
		return File{}, false, diags
	}
	return File{Name: opt.Package + "_deprecated.go", Data: src}, true, diags
}

// deprecatedDoc follows Go's convention: a paragraph that starts with
// "Deprecated: " is what tools warn about.
func deprecatedDoc(name string, k Removed, sources []string, lockPath string) []string {
	value := oneLine(k.Value)
	if k.Set.Kind != spec.Int {
		value = quoteMsg(value)
	}
	specs := oneLine(strings.Join(sources, ", "))
	return []string{
		name + " was code " + value + " of " + k.Set.Name + ", which the spec no longer lists.",
		"",
		"Deprecated: removed from " + specs + "; kept by the lock " + oneLine(lockPath) +
			" so that code using it still builds. The provider no longer documents the code;" +
			" the constant goes when its \"removed\" line in the lock is marked \"reserved\" or deleted.",
	}
}

func constLiteral(set *spec.Set, value string) (string, bool) {
	if set.Kind != spec.Int {
		return quote(value), true
	}
	n, err := strconv.ParseInt(value, 10, 64)
	return strconv.FormatInt(n, 10), err == nil
}

// declaredNames are the exported names the package declares for s.
func declaredNames(s *spec.Spec) map[string]bool {
	taken := map[string]bool{}
	for _, d := range goname.PackageDecls(s) {
		taken[d.Name] = true
	}
	for _, set := range s.Sets {
		for _, d := range goname.SetDecls(set) {
			taken[d.Name] = true
		}
		for _, m := range set.Members {
			taken[goname.Const(set.Name, m.GoName)] = true
		}
	}
	return taken
}
