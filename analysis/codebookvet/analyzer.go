package codebookvet

import (
	_ "embed"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Config selects the checks; see the package documentation.
type Config struct {
	// Cases reports switches that miss members.
	Cases bool
	// Unknown reports switches without a default clause.
	Unknown bool
	// Magic reports literals written where a member's constant exists.
	Magic bool
	// DefaultCovers lets a default clause stand for missing members.
	DefaultCovers bool
}

// DefaultConfig turns every check on, with defaults not covering.
func DefaultConfig() Config { return Config{Cases: true, Unknown: true, Magic: true} }

// Analyzer runs with DefaultConfig, changed by its flags.
var Analyzer = New(DefaultConfig())

//go:embed doc.go
var docSource string

// New returns an analyzer with its own configuration, initially cfg, and
// flags bound to it; drivers that configure analyzers without flags
// (golangci-lint's plugins) use it.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:      "codebookvet",
		Doc:       analyzerDoc(),
		URL:       "https://pkg.go.dev/codebook.dev/codebook/analysis/codebookvet",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(setFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return nil, run(pass, *c) },
	}
	a.Flags.Init(a.Name, flag.ExitOnError)
	a.Flags.BoolVar(&c.Cases, "cases", c.Cases, "report switches on a code set that miss members")
	a.Flags.BoolVar(&c.Unknown, "unknown", c.Unknown, "report switches on a code set without a default clause")
	a.Flags.BoolVar(&c.Magic, "magic", c.Magic, "report literals compared with or converted to a code set where a member's constant exists")
	a.Flags.BoolVar(&c.DefaultCovers, "default-covers", c.DefaultCovers, "let a default clause stand for the members a switch misses")
	return a
}

// analyzerDoc is the "# Analyzer codebookvet" section of doc.go, so the
// command's help and go doc say the same thing.
func analyzerDoc() string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", docSource, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic("codebookvet: doc.go has no package documentation")
	}
	_, section, ok := strings.Cut(f.Doc.Text(), "# Analyzer codebookvet\n\n")
	if !ok {
		panic("codebookvet: doc.go has no \"# Analyzer codebookvet\" section")
	}
	return strings.TrimPrefix(section, "codebookvet: ")
}

func run(pass *analysis.Pass, cfg Config) error {
	local := exportSets(pass)
	if len(local) == 0 && len(pass.AllObjectFacts()) == 0 {
		return nil // no code set in sight: most of the standard library
	}
	c := &checker{pass: pass, cfg: cfg, sets: map[*types.TypeName]*set{}, visitors: map[visitorKey]bool{}, src: map[*token.File][]byte{}}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for fileCur := range insp.Root().Children() {
		file := fileCur.Node().(*ast.File)
		if ast.IsGenerated(file) {
			continue
		}
		c.file = file
		for cur := range fileCur.Preorder((*ast.SwitchStmt)(nil), (*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.SwitchStmt:
				c.checkSwitch(cur, n)
			case *ast.BinaryExpr:
				c.checkComparison(n)
			case *ast.CallExpr:
				c.checkConversion(n)
			}
		}
	}
	return nil
}
