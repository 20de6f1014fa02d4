package gen

import (
	"bytes"

	"codebook.dev/codebook/spec/goname"

	"github.com/dave/jennifer/jen"
)

// maxVisitor bounds the members a visitor interface is generated for
// (see goname.MaxVisitor: the visitor's names are part of the API).
const maxVisitor = goname.MaxVisitor

func (s *set) hasVisitor() bool { return goname.HasVisitor(s.Set) }

// emitVisitor declares <Type>Visitor, one method per member plus one for
// codes outside the spec, and Visit<Type>. A member added to the spec
// adds a method, so every implementation stops compiling until it
// handles the new code, while unknown codes still reach a handler.
func emitVisitor(f *jen.File, s *set) {
	if !s.hasVisitor() {
		return
	}
	f.Add(doc(
		visitorType(s)+" handles every "+s.Name+": one method per member, plus "+s.unknown,
		"for codes outside the spec. When the spec gains a member the interface",
		"gains a method, so an implementation stops compiling until it handles it.",
		"Call it with "+visitFunc(s)+".",
	))
	f.Type().Id(visitorType(s)).Types(jen.Id("R").Any()).InterfaceFunc(func(g *jen.Group) {
		g.Add(s.block(func(b *bytes.Buffer) {
			for _, m := range s.Members {
				b.WriteString(comment(m.GoName + " handles " + s.constName(m) + "."))
				b.WriteString("\n" + m.GoName + "() R\n")
			}
		}))
		g.Add(doc(s.unknown + " handles a code outside the spec."))
		g.Id(s.unknown).Params(jen.Id("c").Id(s.Name)).Id("R")
	})
	f.Add(doc(visitFunc(s) + " calls the method of v that handles c and returns its result."))
	f.Func().Id(visitFunc(s)).Types(jen.Id("R").Any()).Params(jen.Id("c").Id(s.Name), jen.Id("v").Id(visitorType(s)).Types(jen.Id("R"))).Id("R").Block(
		s.block(func(b *bytes.Buffer) {
			b.WriteString("switch c {\n")
			for _, m := range s.Members {
				b.WriteString("case " + s.constName(m) + ":\n\treturn v." + m.GoName + "()\n")
			}
			b.WriteString("}\n")
		}),
		jen.Return(jen.Id("v").Dot(s.unknown).Call(jen.Id("c"))),
	)
}
