// symtable.go builds symbol tables: one Scope per module, class, function,
// lambda, comprehension and annotation scope, with every name's binding
// resolved as CPython's symtable does (local, global, free, cell).

package compile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/adderpy/adder/interp/syntax"
)

// ScopeKind is the kind of a Scope.
type ScopeKind uint8

// The scope kinds.
const (
	ModuleScope     ScopeKind = iota
	ClassScope                // a class body
	FunctionScope             // def, lambda, comprehension
	AnnotationScope           // PEP 695 scopes: type parameters, bounds, type alias values
)

// Binding is where a name lives, as seen from one scope.
type Binding uint8

// The bindings, as CPython's symtable scopes.
const (
	BindUnknown        Binding = iota
	BindLocal                  // bound in this scope (fast local in functions)
	BindGlobalExplicit         // declared global
	BindGlobalImplicit         // not bound in any enclosing function: globals/builtins
	BindFree                   // bound in an enclosing function scope
	BindCell                   // local, and captured by a nested scope
)

var bindingNames = [...]string{"unknown", "local", "global_explicit", "global_implicit", "free", "cell"}

func (b Binding) String() string { return bindingNames[b] }

// symFlags record how a name is used in one scope.
type symFlags uint16

const (
	defGlobal    symFlags = 1 << iota // global statement
	defLocal                          // assignment, def, import, ...
	defParam                          // parameter
	defNonlocal                       // nonlocal statement
	use                               // read
	defFreeClass                      // free in a method, also bound in the class
	defImport                         // bound by import
	defAnnot                          // annotated (x: int)
	defCompIter                       // comprehension iteration variable
	defTypeParam                      // PEP 695 type parameter

	defBound = defLocal | defParam | defImport
)

// Symbol is one name in a Scope.
type Symbol struct {
	Name    string
	flags   symFlags
	Binding Binding
}

// Referenced reports whether the scope reads the name.
func (s *Symbol) Referenced() bool { return s.flags&use != 0 }

// Assigned reports whether the scope binds the name.
func (s *Symbol) Assigned() bool { return s.flags&defBound != 0 }

// IsParameter reports whether the name is a parameter.
func (s *Symbol) IsParameter() bool { return s.flags&defParam != 0 }

// Scope is the symbol table of one block.
type Scope struct {
	Kind     ScopeKind
	Name     string
	Lineno   int
	Symbols  map[string]*Symbol
	order    []string // names in first-seen order
	Params   []string // parameter names in order
	Children []*Scope

	Nested            bool // inside a function scope
	Generator         bool
	Coroutine         bool
	AsyncDef          bool        // an async def (not merely containing async comprehensions)
	Comprehension     syntax.Node // the comprehension node, for comprehension scopes
	VarArgs, VarKw    bool
	NeedsClassClosure bool   // class whose methods use __class__ or super
	NeedsClassDict    bool   // class whose annotation scopes read __classdict__
	CanSeeClassScope  bool   // annotation scope directly inside a class
	private           string // class name for mangling
	compIterTarget    bool
	compIterExpr      int
	directives        map[string]syntax.Pos
}

// Lookup returns the symbol for name (already mangled), or nil.
func (s *Scope) Lookup(name string) *Symbol { return s.Symbols[name] }

// Names returns the scope's names in first-seen order.
func (s *Scope) Names() []string { return s.order }

// scopeKey identifies the scope a node opens; sub tells apart the scopes
// one node opens (a generic function opens its type-parameter scope and
// its body).
type scopeKey struct {
	node syntax.Node
	sub  uint8
}

const (
	subBody       = 0
	subTypeParams = 1
)

// SymbolTable holds the scopes of one module.
type SymbolTable struct {
	Top      *Scope
	scopes   map[scopeKey]*Scope
	filename string
	future   futureFlags
	stack    []*Scope
	cur      *Scope
	global   *Scope
}

type futureFlags uint8

const futureAnnotations futureFlags = 1

// scopeOf returns the scope opened by n.
func (st *SymbolTable) scopeOf(n syntax.Node, sub uint8) *Scope {
	s := st.scopes[scopeKey{n, sub}]
	if s == nil {
		panic(fmt.Sprintf("BUG: no scope for %T", n))
	}
	return s
}

// symtableError is the panic value carrying a SyntaxError out of the walk.
type symtableError struct{ err *syntax.Error }

// BuildSymbolTable builds and analyzes the symbol tables of mod.
func BuildSymbolTable(mod syntax.ModNode, filename string) (*SymbolTable, error) {
	return buildSymbolTable(mod, filename, 0)
}

// buildSymbolTable is BuildSymbolTable with __future__ features enabled
// from outside the module (compile()'s flags).
func buildSymbolTable(mod syntax.ModNode, filename string, future futureFlags) (st *SymbolTable, err error) {
	st = &SymbolTable{scopes: map[scopeKey]*Scope{}, filename: filename}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(symtableError)
			if !ok {
				panic(r)
			}
			st, err = nil, se.err
		}
	}()
	st.enter("top", ModuleScope, mod, subBody, 0)
	st.global = st.cur
	st.Top = st.cur
	switch m := mod.(type) {
	case *syntax.Module:
		st.future = future | futureFeatures(m.Body)
		st.stmts(m.Body)
	case *syntax.Interactive:
		st.future = future | futureFeatures(m.Body)
		st.stmts(m.Body)
	case *syntax.Expression:
		st.expr(m.Body)
	default:
		panic(fmt.Sprintf("BUG: BuildSymbolTable: %T", mod))
	}
	st.exit()
	st.analyze()
	return st, nil
}

// futureFeatures returns the __future__ features imported at the top of body.
func futureFeatures(body []syntax.Stmt) futureFlags {
	var f futureFlags
	for i, s := range body {
		if i == 0 && isDocstring(s) {
			continue
		}
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				f |= futureAnnotations
			}
		}
	}
	return f
}

func isDocstring(s syntax.Stmt) bool {
	e, ok := s.(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}

func (st *SymbolTable) errorAt(pos syntax.Pos, format string, args ...any) {
	panic(symtableError{&syntax.Error{
		Msg: fmt.Sprintf(format, args...), Filename: st.filename,
		Lineno: pos.Lineno, Offset: pos.ColOffset + 1, EndLineno: pos.EndLineno, EndOffset: pos.EndColOffset + 1,
	}})
}

func (st *SymbolTable) enter(name string, kind ScopeKind, n syntax.Node, sub uint8, lineno int) *Scope {
	s := &Scope{Kind: kind, Name: name, Lineno: lineno, Symbols: map[string]*Symbol{}}
	if prev := st.cur; prev != nil {
		prev.Children = append(prev.Children, s)
		s.Nested = prev.Nested || prev.Kind == FunctionScope || prev.Kind == AnnotationScope
		s.private = prev.private
		st.stack = append(st.stack, prev)
	}
	st.scopes[scopeKey{n, sub}] = s
	st.cur = s
	return s
}

func (st *SymbolTable) exit() {
	if n := len(st.stack); n > 0 {
		st.cur = st.stack[n-1]
		st.stack = st.stack[:n-1]
	} else {
		st.cur = nil
	}
}

// mangle applies private name mangling: __x inside class C is _C__x.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (st *SymbolTable) addDef(name string, flag symFlags, pos syntax.Pos) {
	st.addDefIn(st.cur, name, flag, pos)
}

func (st *SymbolTable) addDefIn(s *Scope, name string, flag symFlags, pos syntax.Pos) {
	name = mangle(st.cur.private, name)
	sym := s.Symbols[name]
	if sym == nil {
		sym = &Symbol{Name: name}
		s.Symbols[name] = sym
		s.order = append(s.order, name)
	} else {
		if flag&defParam != 0 && sym.flags&defParam != 0 {
			st.errorAt(pos, "duplicate argument '%s' in function definition", name)
		}
		if flag&defTypeParam != 0 && sym.flags&defTypeParam != 0 {
			st.errorAt(pos, "duplicate type parameter '%s'", name)
		}
	}
	val := sym.flags | flag
	if s.compIterTarget {
		if val&(defGlobal|defNonlocal) != 0 {
			st.errorAt(pos, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= defCompIter
	}
	sym.flags = val
	if flag&defParam != 0 {
		s.Params = append(s.Params, name)
	} else if flag&defGlobal != 0 {
		g := st.global.Symbols[name]
		if g == nil {
			g = &Symbol{Name: name}
			st.global.Symbols[name] = g
			st.global.order = append(st.global.order, name)
		}
		g.flags |= flag
	}
}

func (st *SymbolTable) lookup(name string) symFlags {
	if sym := st.cur.Symbols[mangle(st.cur.private, name)]; sym != nil {
		return sym.flags
	}
	return 0
}

func (st *SymbolTable) recordDirective(name string, pos syntax.Pos) {
	if st.cur.directives == nil {
		st.cur.directives = map[string]syntax.Pos{}
	}
	name = mangle(st.cur.private, name)
	if _, ok := st.cur.directives[name]; !ok {
		st.cur.directives[name] = pos
	}
}

func (st *SymbolTable) stmts(body []syntax.Stmt) {
	for _, s := range body {
		st.stmt(s)
	}
}

func (st *SymbolTable) exprs(es []syntax.Expr) {
	for _, e := range es {
		if e != nil {
			st.expr(e)
		}
	}
}

func (st *SymbolTable) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		st.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *syntax.AsyncFunctionDef:
		st.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *syntax.ClassDef:
		st.addDef(s.Name, defLocal, s.Pos)
		st.exprs(s.DecoratorList)
		private := st.cur.private
		if len(s.TypeParams) > 0 {
			st.enterTypeParams(s, "<generic parameters of "+s.Name+">", s.Pos)
			st.cur.private = s.Name
			st.addDef(".type_params", defLocal|use, s.Pos)
			st.addDef(".generic_base", defLocal|use, s.Pos)
			st.typeParams(s.TypeParams)
		}
		st.exprs(s.Bases)
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.enter(s.Name, ClassScope, s, subBody, s.Lineno)
		st.cur.private = s.Name
		if len(s.TypeParams) > 0 {
			st.addDef("__type_params__", defLocal, s.Pos)
			st.addDef(".type_params", use, s.Pos)
		}
		st.stmts(s.Body)
		st.exit()
		if len(s.TypeParams) > 0 {
			st.exit()
		}
		st.cur.private = private
	case *syntax.TypeAlias:
		name := s.Name.(*syntax.Name)
		st.addDef(name.Id, defLocal, name.Pos)
		if len(s.TypeParams) > 0 {
			st.enterTypeParams(s, "<generic parameters of "+name.Id+">", s.Pos)
			st.typeParams(s.TypeParams)
		}
		st.enter(name.Id, AnnotationScope, s, subBody, s.Lineno)
		st.cur.CanSeeClassScope = st.stack[len(st.stack)-1].Kind == ClassScope
		if st.cur.CanSeeClassScope {
			st.addDef("__classdict__", use, s.Pos)
		}
		st.expr(s.Value)
		st.exit()
		if len(s.TypeParams) > 0 {
			st.exit()
		}
	case *syntax.Return:
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.Delete:
		st.exprs(s.Targets)
	case *syntax.Assign:
		st.exprs(s.Targets)
		st.expr(s.Value)
	case *syntax.AugAssign:
		st.expr(s.Target)
		st.expr(s.Value)
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			cur := st.lookup(n.Id)
			if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.global && s.Simple != 0 {
				if cur&defGlobal != 0 {
					st.errorAt(s.Pos, "annotated name '%s' can't be global", n.Id)
				}
				st.errorAt(s.Pos, "annotated name '%s' can't be nonlocal", n.Id)
			}
			if s.Simple != 0 {
				st.addDef(n.Id, defAnnot|defLocal, n.Pos)
			} else if s.Value != nil {
				st.addDef(n.Id, defLocal, n.Pos)
			}
		} else {
			st.expr(s.Target)
		}
		st.annotation(s.Annotation)
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.For:
		st.expr(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.AsyncFor:
		st.expr(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.With:
		st.withItems(s.Items)
		st.stmts(s.Body)
	case *syntax.AsyncWith:
		st.withItems(s.Items)
		st.stmts(s.Body)
	case *syntax.Match:
		st.expr(s.Subject)
		for _, c := range s.Cases {
			st.pattern(c.Pattern)
			if c.Guard != nil {
				st.expr(c.Guard)
			}
			st.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
			if s.Cause != nil {
				st.expr(s.Cause)
			}
		}
	case *syntax.Try:
		st.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		st.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *syntax.Import:
		st.imports(s.Names, s.Pos)
	case *syntax.ImportFrom:
		st.imports(s.Names, s.Pos)
	case *syntax.Global:
		st.declare(s.Names, s.Pos, defGlobal, "global")
	case *syntax.Nonlocal:
		st.declare(s.Names, s.Pos, defNonlocal, "nonlocal")
	case *syntax.ExprStmt:
		st.expr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	default:
		panic(fmt.Sprintf("BUG: symtable: statement %T", s))
	}
}

func (st *SymbolTable) declare(names []string, pos syntax.Pos, flag symFlags, what string) {
	for _, name := range names {
		cur := st.lookup(name)
		if cur&(defParam|defLocal|use|defAnnot) != 0 {
			switch {
			case cur&defParam != 0:
				st.errorAt(pos, "name '%s' is parameter and %s", name, what)
			case cur&use != 0:
				st.errorAt(pos, "name '%s' is used prior to %s declaration", name, what)
			case cur&defAnnot != 0:
				st.errorAt(pos, "annotated name '%s' can't be %s", name, what)
			default:
				st.errorAt(pos, "name '%s' is assigned to before %s declaration", name, what)
			}
		}
		st.addDef(name, flag, pos)
		st.recordDirective(name, pos)
	}
}

func (st *SymbolTable) imports(names []*syntax.Alias, pos syntax.Pos) {
	for _, a := range names {
		if a.Name == "*" {
			if st.cur.Kind != ModuleScope {
				st.errorAt(a.Pos, "import * only allowed at module level")
			}
			continue
		}
		name := a.Asname
		if name == "" {
			name, _, _ = strings.Cut(a.Name, ".")
		}
		st.addDef(name, defImport, a.Pos)
	}
}

func (st *SymbolTable) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	st.stmts(body)
	for _, h := range handlers {
		if h.Type != nil {
			st.expr(h.Type)
		}
		if h.Name != "" {
			st.addDef(h.Name, defLocal, h.Pos)
		}
		st.stmts(h.Body)
	}
	st.stmts(orelse)
	st.stmts(final)
}

func (st *SymbolTable) withItems(items []*syntax.WithItem) {
	for _, it := range items {
		st.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			st.expr(it.OptionalVars)
		}
	}
}

func (st *SymbolTable) annotation(e syntax.Expr) {
	if st.future&futureAnnotations != 0 {
		// Annotations become strings: their names are not used.
		return
	}
	st.expr(e)
}

func (st *SymbolTable) argAnnotations(args *syntax.Arguments, returns syntax.Expr) {
	visit := func(as []*syntax.Arg) {
		for _, a := range as {
			if a.Annotation != nil {
				st.annotation(a.Annotation)
			}
		}
	}
	visit(args.Posonlyargs)
	visit(args.Args)
	if args.Vararg != nil && args.Vararg.Annotation != nil {
		st.annotation(args.Vararg.Annotation)
	}
	if args.Kwarg != nil && args.Kwarg.Annotation != nil {
		st.annotation(args.Kwarg.Annotation)
	}
	visit(args.Kwonlyargs)
	if returns != nil {
		st.annotation(returns)
	}
}

func (st *SymbolTable) params(args *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs} {
		for _, a := range list {
			st.addDef(a.Arg, defParam, a.Pos)
		}
	}
	// VarNames order, as CPython's co_varnames: positional, keyword-only,
	// then *args and **kwargs.
	if args.Vararg != nil {
		st.addDef(args.Vararg.Arg, defParam, args.Vararg.Pos)
		st.cur.VarArgs = true
	}
	if args.Kwarg != nil {
		st.addDef(args.Kwarg.Arg, defParam, args.Kwarg.Pos)
		st.cur.VarKw = true
	}
}

func (st *SymbolTable) function(n syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, typeParams []syntax.TypeParam, async bool) {
	pos := *syntax.PosOf(n)
	st.addDef(name, defLocal, pos)
	st.exprs(args.Defaults)
	st.exprs(args.KwDefaults)
	st.exprs(decorators)
	if len(typeParams) > 0 {
		st.enterTypeParams(n, "<generic parameters of "+name+">", pos)
		if len(args.Defaults) > 0 {
			st.addDef(".defaults", defParam, pos)
		}
		if hasKwDefaults(args) {
			st.addDef(".kwdefaults", defParam, pos)
		}
		st.typeParams(typeParams)
	}
	st.argAnnotations(args, returns)
	st.enter(name, FunctionScope, n, subBody, pos.Lineno)
	st.cur.Coroutine = async
	st.cur.AsyncDef = async
	st.params(args)
	st.stmts(body)
	st.exit()
	if len(typeParams) > 0 {
		st.exit()
	}
}

func hasKwDefaults(args *syntax.Arguments) bool {
	for _, d := range args.KwDefaults {
		if d != nil {
			return true
		}
	}
	return false
}

func (st *SymbolTable) enterTypeParams(n syntax.Node, name string, pos syntax.Pos) {
	inClass := st.cur.Kind == ClassScope
	st.enter(name, AnnotationScope, n, subTypeParams, pos.Lineno)
	if inClass {
		st.cur.CanSeeClassScope = true
		st.addDef("__classdict__", use, pos)
	}
}

func (st *SymbolTable) typeParams(tps []syntax.TypeParam) {
	for _, tp := range tps {
		switch tp := tp.(type) {
		case *syntax.TypeVar:
			st.addDef(tp.Name, defTypeParam|defLocal, tp.Pos)
			if tp.Bound != nil {
				inClass := st.cur.Kind == ClassScope || st.cur.CanSeeClassScope
				st.enter(tp.Name, AnnotationScope, tp, subBody, tp.Lineno)
				if inClass {
					st.cur.CanSeeClassScope = true
					st.addDef("__classdict__", use, tp.Pos)
				}
				st.expr(tp.Bound)
				st.exit()
			}
		case *syntax.ParamSpec:
			st.addDef(tp.Name, defTypeParam|defLocal, tp.Pos)
		case *syntax.TypeVarTuple:
			st.addDef(tp.Name, defTypeParam|defLocal, tp.Pos)
		}
	}
}

func (st *SymbolTable) expr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		if st.cur.compIterExpr > 0 {
			st.errorAt(e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
		}
		if st.cur.Comprehension != nil {
			st.extendNamedExprScope(e.Target.(*syntax.Name))
		}
		st.expr(e.Value)
		st.expr(e.Target)
	case *syntax.BoolOp:
		st.exprs(e.Values)
	case *syntax.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *syntax.UnaryOp:
		st.expr(e.Operand)
	case *syntax.Lambda:
		st.exprs(e.Args.Defaults)
		st.exprs(e.Args.KwDefaults)
		st.enter("lambda", FunctionScope, e, subBody, e.Lineno)
		st.params(e.Args)
		st.expr(e.Body)
		st.exit()
	case *syntax.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *syntax.Dict:
		st.exprs(e.Keys)
		st.exprs(e.Values)
	case *syntax.Set:
		st.exprs(e.Elts)
	case *syntax.GeneratorExp:
		st.comprehension(e, "genexpr", e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		st.comprehension(e, "listcomp", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		st.comprehension(e, "setcomp", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		st.comprehension(e, "dictcomp", e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		st.annotationCheck(e.Pos, "yield expression")
		if e.Value != nil {
			st.expr(e.Value)
		}
		st.cur.Generator = true
		st.comprehensionYieldCheck(e.Pos)
	case *syntax.YieldFrom:
		st.annotationCheck(e.Pos, "yield expression")
		st.expr(e.Value)
		st.cur.Generator = true
		st.comprehensionYieldCheck(e.Pos)
	case *syntax.Await:
		st.annotationCheck(e.Pos, "await expression")
		st.expr(e.Value)
		if st.cur.Comprehension != nil {
			st.cur.Coroutine = true
		}
	case *syntax.Compare:
		st.expr(e.Left)
		st.exprs(e.Comparators)
	case *syntax.Call:
		st.expr(e.Func)
		st.exprs(e.Args)
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *syntax.FormattedValue:
		st.expr(e.Value)
		if e.FormatSpec != nil {
			st.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		st.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		st.expr(e.Value)
	case *syntax.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	case *syntax.Starred:
		st.expr(e.Value)
	case *syntax.Slice:
		st.exprs([]syntax.Expr{e.Lower, e.Upper, e.Step})
	case *syntax.Name:
		flag := use
		if e.Ctx != syntax.Load {
			flag = defLocal
		}
		st.addDef(e.Id, flag, e.Pos)
		if e.Ctx == syntax.Load && st.cur.Kind == FunctionScope && e.Id == "super" {
			st.addDef("__class__", use, e.Pos)
		}
	case *syntax.List:
		st.exprs(e.Elts)
	case *syntax.Tuple:
		st.exprs(e.Elts)
	default:
		panic(fmt.Sprintf("BUG: symtable: expression %T", e))
	}
}

// annotationCheck rejects yield and await in PEP 695 annotation scopes.
func (st *SymbolTable) annotationCheck(pos syntax.Pos, what string) {
	if st.cur.Kind == AnnotationScope {
		st.errorAt(pos, "%s cannot be used within %s", what, annotationScopeWhat(st.cur))
	}
}

func annotationScopeWhat(s *Scope) string {
	if strings.HasPrefix(s.Name, "<generic parameters of ") {
		return "the definition of a generic"
	}
	return "a TypeVar bound"
}

func (st *SymbolTable) comprehensionYieldCheck(pos syntax.Pos) {
	switch st.cur.Comprehension.(type) {
	case nil:
	case *syntax.ListComp:
		st.errorAt(pos, "'yield' inside list comprehension")
	case *syntax.SetComp:
		st.errorAt(pos, "'yield' inside set comprehension")
	case *syntax.DictComp:
		st.errorAt(pos, "'yield' inside dict comprehension")
	default:
		st.errorAt(pos, "'yield' inside generator expression")
	}
}

func (st *SymbolTable) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	outer := gens[0]
	st.cur.compIterExpr++
	st.expr(outer.Iter)
	st.cur.compIterExpr--
	_, isGen := e.(*syntax.GeneratorExp)
	st.enter("<"+name+">", FunctionScope, e, subBody, syntax.PosOf(e).Lineno)
	st.cur.Comprehension = e
	if outer.IsAsync != 0 {
		st.cur.Coroutine = true
	}
	st.addDef(".0", defParam, *syntax.PosOf(e))
	st.compTarget(outer.Target)
	st.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		st.compTarget(g.Target)
		st.cur.compIterExpr++
		st.expr(g.Iter)
		st.cur.compIterExpr--
		st.exprs(g.Ifs)
		if g.IsAsync != 0 {
			st.cur.Coroutine = true
		}
	}
	if value != nil {
		st.expr(value)
	}
	st.expr(elt)
	st.cur.Generator = isGen
	async := st.cur.Coroutine && !isGen
	st.exit()
	if async {
		st.cur.Coroutine = true
	}
}

func (st *SymbolTable) compTarget(t syntax.Expr) {
	st.cur.compIterTarget = true
	st.expr(t)
	st.cur.compIterTarget = false
}

func (st *SymbolTable) extendNamedExprScope(target *syntax.Name) {
	name := target.Id
	for i := len(st.stack); i >= 0; i-- {
		s := st.cur
		if i < len(st.stack) {
			s = st.stack[i]
		}
		if s.Comprehension != nil {
			if sym := s.Symbols[name]; sym != nil && sym.flags&defCompIter != 0 {
				st.errorAt(target.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch s.Kind {
		case FunctionScope:
			if sym := s.Symbols[name]; sym != nil && sym.flags&defGlobal != 0 {
				st.addDef(name, defGlobal, target.Pos)
			} else {
				st.addDef(name, defNonlocal, target.Pos)
			}
			st.recordDirective(name, target.Pos)
			st.addDefIn(s, name, defLocal, target.Pos)
			return
		case ModuleScope:
			st.addDef(name, defGlobal, target.Pos)
			st.recordDirective(name, target.Pos)
			st.addDefIn(s, name, defGlobal, target.Pos)
			return
		case ClassScope:
			st.errorAt(target.Pos, "assignment expression within a comprehension cannot be used in a class body")
		case AnnotationScope:
			st.errorAt(target.Pos, "assignment expression within a comprehension cannot be used within the definition of a generic")
		}
	}
	panic("BUG: extendNamedExprScope: no enclosing function or module")
}

func (st *SymbolTable) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		st.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			st.addDef(p.Name, defLocal, p.Pos)
		}
	case *syntax.MatchMapping:
		st.exprs(p.Keys)
		for _, q := range p.Patterns {
			st.pattern(q)
		}
		if p.Rest != "" {
			st.addDef(p.Rest, defLocal, p.Pos)
		}
	case *syntax.MatchClass:
		st.expr(p.Cls)
		for _, q := range p.Patterns {
			st.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			st.pattern(q)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			st.pattern(p.Pattern)
		}
		if p.Name != "" {
			st.addDef(p.Name, defLocal, p.Pos)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	default:
		panic(fmt.Sprintf("BUG: symtable: pattern %T", p))
	}
}

// nameSet is a set of names used by the analysis.
type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

// analyze resolves the binding of every name, as CPython's analyze_block.
func (st *SymbolTable) analyze() {
	free := nameSet{}
	st.analyzeBlock(st.Top, nil, free, nameSet{})
}

func (st *SymbolTable) analyzeBlock(s *Scope, bound, free, global nameSet) {
	local := nameSet{}
	scopes := map[string]Binding{}
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}
	if s.Kind == ClassScope {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range s.order {
		st.analyzeName(s, scopes, name, s.Symbols[name].flags, bound, local, free, global)
	}
	if s.Kind != ClassScope {
		if s.Kind == FunctionScope || s.Kind == AnnotationScope {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
		newBound["__classdict__"] = true
	}
	allFree := nameSet{}
	for _, c := range s.Children {
		childFree := newFree.copy()
		st.analyzeBlock(c, newBound.copy(), childFree, newGlobal.copy())
		allFree.addAll(childFree)
	}
	newFree.addAll(allFree)
	switch s.Kind {
	case FunctionScope, AnnotationScope:
		for name := range newFree {
			if scopes[name] == BindLocal {
				scopes[name] = BindCell
				delete(newFree, name)
			}
		}
	case ClassScope:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.NeedsClassClosure = true
		}
		if newFree["__classdict__"] {
			delete(newFree, "__classdict__")
			s.NeedsClassDict = true
		}
	}
	// update_symbols
	for name, b := range scopes {
		s.Symbols[name].Binding = b
	}
	names := make([]string, 0, len(newFree))
	for name := range newFree {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if sym := s.Symbols[name]; sym != nil {
			if s.Kind == ClassScope {
				sym.flags |= defFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue
		}
		s.Symbols[name] = &Symbol{Name: name, Binding: BindFree}
		s.order = append(s.order, name)
	}
	free.addAll(newFree)
}

func (st *SymbolTable) analyzeName(s *Scope, scopes map[string]Binding, name string, flags symFlags,
	bound, local, free, global nameSet) {
	directive := func() syntax.Pos { return s.directives[name] }
	switch {
	case flags&defGlobal != 0:
		if flags&defNonlocal != 0 {
			st.errorAt(directive(), "name '%s' is nonlocal and global", name)
		}
		scopes[name] = BindGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defNonlocal != 0:
		if bound == nil {
			st.errorAt(directive(), "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			st.errorAt(directive(), "no binding for nonlocal '%s' found", name)
		}
		scopes[name] = BindFree
		free[name] = true
	case flags&defBound != 0:
		scopes[name] = BindLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		scopes[name] = BindFree
		free[name] = true
	case global[name]:
		scopes[name] = BindGlobalImplicit
	default:
		scopes[name] = BindGlobalImplicit
	}
}
