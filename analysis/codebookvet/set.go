package codebookvet

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// marker is the directive codebook's generator writes on every code-set
// type. It is the analyzer's only contract with the generated code
// besides the type, its constants and the <Set>Visitor interface.
const marker = "//codebook:set"

// setFact is exported on a marked type for the packages importing it.
type setFact struct {
	// Members in declaration (spec) order.
	Members []Member
}

// Member is one constant of a code set. Its fields are exported for the
// fact's gob encoding.
type Member struct {
	// Name is the constant's name.
	Name string
	// Key is the constant's value (see valueKey).
	Key string
	// Text is what the spec says the code means, on one line, for the
	// comment the missing-cases fix writes; it may be empty.
	Text string
}

func (*setFact) AFact() {}

func (f *setFact) String() string { return fmt.Sprintf("codebook set of %d members", len(f.Members)) }

// exportSets finds the marked types declared in the package, exports
// their facts and returns them.
func exportSets(pass *analysis.Pass) map[*types.TypeName]*setFact {
	var sets map[*types.TypeName]*setFact
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				if !hasMarker(ts.Doc) && !(len(gd.Specs) == 1 && hasMarker(gd.Doc)) {
					continue
				}
				obj, ok := pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
				if !ok || ts.TypeParams != nil || ts.Assign.IsValid() || !codeKind(obj.Type()) {
					if !ast.IsGenerated(file) {
						pass.ReportRangef(ts.Name, "%s marks only a defined integer or string type", marker)
					}
					continue
				}
				if sets == nil {
					sets = map[*types.TypeName]*setFact{}
				}
				sets[obj] = &setFact{}
			}
		}
	}
	if sets == nil {
		return nil
	}
	collectMembers(pass, sets)
	for obj, fact := range sets {
		pass.ExportObjectFact(obj, fact)
	}
	return sets
}

// hasMarker reports whether a doc comment carries the directive, alone
// or followed by arguments a later version may add.
func hasMarker(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if rest, ok := strings.CutPrefix(c.Text, marker); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

// codeKind reports whether t's underlying type is an integer or string,
// the only kinds codebook generates.
func codeKind(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsString) != 0
}

// collectMembers fills each set with the exported package-level
// constants of its type, in file and declaration order.
func collectMembers(pass *analysis.Pass, sets map[*types.TypeName]*setFact) {
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for _, name := range vs.Names {
					obj, ok := pass.TypesInfo.Defs[name].(*types.Const)
					if !ok || !obj.Exported() {
						continue
					}
					named, ok := types.Unalias(obj.Type()).(*types.Named)
					if !ok {
						continue
					}
					fact := sets[named.Obj()]
					if fact == nil {
						continue
					}
					doc := vs.Doc
					if doc == nil && len(gd.Specs) == 1 {
						doc = gd.Doc
					}
					if deprecated(doc) {
						continue // kept for importers only: not a code to handle
					}
					fact.Members = append(fact.Members, Member{Name: obj.Name(), Key: valueKey(obj.Val()), Text: memberText(doc)})
				}
			}
		}
	}
}

// deprecated reports a doc comment with a paragraph that starts with
// "Deprecated: ", Go's convention, which codebook generate writes for a
// code the spec removed and the lock keeps for a while: a switch need
// not handle it, and a fix that added it would use a deprecated name.
func deprecated(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	blank := true
	for _, c := range doc.List {
		line, ok := strings.CutPrefix(c.Text, "//")
		if !ok {
			continue
		}
		line = strings.TrimSpace(line)
		if blank && strings.HasPrefix(line, "Deprecated: ") {
			return true
		}
		blank = line == ""
	}
	return false
}

// valueKey identifies a constant value within one set: the decimal
// integer or the quoted string.
func valueKey(v constant.Value) string {
	if v.Kind() == constant.Int {
		return constant.ToInt(v).ExactString()
	}
	return v.ExactString()
}

// memberText returns what a constant's doc comment says the code means:
// the first "- lang: text" item of the list codebook writes. Without
// one it returns "", and the fix writes no comment. It reads the raw
// comment lines: CommentGroup.Text copies every line of every member.
func memberText(doc *ast.CommentGroup) string {
	if doc == nil {
		return ""
	}
	for _, c := range doc.List {
		line, ok := strings.CutPrefix(c.Text, "//")
		if !ok {
			continue // a /* */ comment: codebook writes none
		}
		item, ok := strings.CutPrefix(strings.TrimLeft(line, " \t"), "- ")
		if !ok {
			continue
		}
		if _, text, ok := strings.Cut(item, ": "); ok {
			return oneLine(text)
		}
	}
	return ""
}
