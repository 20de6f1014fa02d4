package codebookvet

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

type visitorKey struct {
	recv *types.TypeName
	set  *types.TypeName
}

// inVisitor reports whether cur is inside a method of a type that
// implements s's visitor: the compiler already makes such a type handle
// every member, and its Unknown method is where the other codes go.
func (c *checker) inVisitor(cur inspector.Cursor, s *set) bool {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd := fc.Node().(*ast.FuncDecl)
		if fd.Recv == nil {
			return false
		}
		fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok {
			return false
		}
		recv := fn.Signature().Recv().Type()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		named, ok := types.Unalias(recv).(*types.Named)
		if !ok {
			return false
		}
		key := visitorKey{named.Obj(), s.obj}
		impl, seen := c.visitors[key]
		if !seen {
			impl = implementsVisitor(named, s.obj)
			c.visitors[key] = impl
		}
		return impl
	}
	return false
}

// implementsVisitor reports whether T or *T implements <Set>Visitor[R]
// for some R. The interface is generic in its result; R is read off T's
// method for the interface's first method, and the instance checked.
func implementsVisitor(t *types.Named, setObj *types.TypeName) bool {
	vobj, ok := setObj.Pkg().Scope().Lookup(setObj.Name() + "Visitor").(*types.TypeName)
	if !ok {
		return false
	}
	vis, ok := vobj.Type().(*types.Named)
	if !ok {
		return false
	}
	iface, ok := vis.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	ptr := types.NewPointer(t)
	switch vis.TypeParams().Len() {
	case 0:
		return types.Implements(ptr, iface)
	case 1:
	default:
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(ptr, false, t.Obj().Pkg(), iface.Method(0).Name())
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().Results().Len() != 1 {
		return false
	}
	inst, err := types.Instantiate(nil, vis, []types.Type{fn.Signature().Results().At(0).Type()}, true)
	if err != nil {
		return false
	}
	return types.Implements(ptr, inst.Underlying().(*types.Interface))
}
