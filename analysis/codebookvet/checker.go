package codebookvet

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// checker holds what one pass has learnt, so each set's fact is decoded
// and indexed once however many switches use it.
type checker struct {
	pass *analysis.Pass
	cfg  Config
	file *ast.File // the file being checked
	sets map[*types.TypeName]*set
	// visitors caches whether a receiver type implements a set's visitor.
	visitors map[visitorKey]bool
	// src caches file contents for the fixes' layout.
	src map[*token.File][]byte
}

// set is a code set as the checks use it.
type set struct {
	obj     *types.TypeName
	members []Member
	// first maps a value's key to the first member with that value: the
	// one a fix names, as two cases of one value do not compile.
	first map[string]int
	// firsts lists, in order, the members first with their value.
	firsts []int
}

// setOf returns the code set t is, or nil.
func (c *checker) setOf(t types.Type) *set {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.TypeArgs().Len() > 0 {
		return nil
	}
	obj := named.Obj()
	if s, ok := c.sets[obj]; ok {
		return s
	}
	var fact setFact
	var s *set
	if c.pass.ImportObjectFact(obj, &fact) {
		s = &set{obj: obj, members: fact.Members, first: make(map[string]int, len(fact.Members))}
		for i, m := range fact.Members {
			if _, dup := s.first[m.Key]; !dup {
				s.first[m.Key] = i
				s.firsts = append(s.firsts, i)
			}
		}
	}
	c.sets[obj] = s
	return s
}

// typeName names the set as the current package sees it (opi.ErrorCode).
func (c *checker) typeName(s *set) string {
	if s.obj.Pkg() == c.pass.Pkg {
		return s.obj.Name()
	}
	return s.obj.Pkg().Name() + "." + s.obj.Name()
}

// member returns the index of the first member whose value e is, when
// e is constant.
func (c *checker) member(s *set, e ast.Expr) (int, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	i, ok := s.first[valueKey(tv.Value)]
	return i, ok
}
