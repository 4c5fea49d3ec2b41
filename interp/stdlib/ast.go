// ast.go is the _ast module: the node classes of the ast module and the
// conversions between syntax trees (package syntax) and trees of Python
// node objects, both generated from python.asdl into ast_gen.go. The
// helpers of the ast module (dump, walk, NodeVisitor, ...) are Python, in
// lib/ast.py.
//
// Each interpreter gets its own classes (created by the module's Init);
// the module's functions are closures over them.

package stdlib

//go:generate go run astgen.go

import (
	"math/big"
	"os"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

func init() {
	modules = append(modules, &interp.ModuleDef{Name: "_ast", Doc: "Node classes and conversions of the ast module.", Init: initAST})
}

// astClassDef describes one class of the ast module.
type astClassDef struct {
	name     string
	base     int // index in astClassDefs, -1 for AST
	abstract bool
	fields   []string
	// optional lists the fields that are None when absent (ASDL "?"); they
	// are None class attributes, as in CPython.
	optional                       []string
	attributes, optionalAttributes []string
}

// The compile() flags of the ast module.
const (
	pyCFOnlyAST            = 0x400
	pyCFTypeComments       = 0x1000
	pyCFAllowTopLevelAwait = 0x2000
	pyCFOptimizedAST       = 0x8000
)

// astModule is one interpreter's ast classes.
type astModule struct {
	classes [numASTClasses]*object.Type
	// classIndex maps each class to its index in astClassDefs.
	classIndex map[*object.Type]int
	// singletons holds the shared instance of each enum class (Load(),
	// Add(), ...), made on first use.
	singletons [numASTClasses]object.Value
}

var (
	astStrFields       = object.Intern("_fields")
	astStrAttributes   = object.Intern("_attributes")
	astStrMatchArgs    = object.Intern("__match_args__")
	astStrModule       = object.Intern("__module__")
	astStrInit         = object.Intern("__init__")
	astStrLineno       = object.Intern("lineno")
	astStrColOffset    = object.Intern("col_offset")
	astStrEndLineno    = object.Intern("end_lineno")
	astStrEndColOffset = object.Intern("end_col_offset")
)

func astNameTuple(names []string) object.Value {
	items := make([]object.Value, len(names))
	for i, n := range names {
		items[i] = object.Intern(n).AsValue()
	}
	return object.NewTuple(items...).AsValue()
}

func initAST(th *interp.Thread, m *interp.Module) error {
	t := &th.Thread
	am := &astModule{classIndex: make(map[*object.Type]int, numASTClasses)}
	for i, def := range astClassDefs {
		ns := object.NewDict()
		ns.SetStr(astStrModule, object.StrValue("ast"))
		ns.SetStr(astStrFields, astNameTuple(def.fields))
		if def.base < 0 || def.attributes != nil {
			ns.SetStr(astStrAttributes, astNameTuple(def.attributes))
		}
		if !def.abstract && def.base >= 0 {
			ns.SetStr(astStrMatchArgs, astNameTuple(def.fields))
		}
		for _, f := range append(def.optional, def.optionalAttributes...) {
			ns.SetStr(object.Intern(f), object.None)
		}
		var bases []*object.Type
		if def.base >= 0 {
			bases = []*object.Type{am.classes[def.base]}
		}
		cls, err := object.NewClass(t, object.TypeType, def.name, bases, ns)
		if err != nil {
			return err
		}
		if def.base < 0 {
			init := &object.MethodDescriptor{Header: object.NewHeader(object.MethodDescriptorType), Owner: cls, Def: &astInitDef}
			if err := object.SetAttr(t, cls.AsValue(), astStrInit, init.AsValue()); err != nil {
				return err
			}
		}
		am.classes[i] = cls
		am.classIndex[cls] = i
		m.Dict().SetStr(object.Intern(def.name), cls.AsValue())
	}
	for name, v := range map[string]int64{
		"PyCF_ONLY_AST": pyCFOnlyAST, "PyCF_TYPE_COMMENTS": pyCFTypeComments,
		"PyCF_ALLOW_TOP_LEVEL_AWAIT": pyCFAllowTopLevelAwait, "PyCF_OPTIMIZED_AST": pyCFOptimizedAST,
	} {
		m.Dict().SetStr(object.Intern(name), object.Int(v))
	}
	for _, def := range []*object.MethodDef{
		{Name: "_parse", Fn: am.parse, Doc: "_parse(source, filename, mode, type_comments=False) -> AST: parse source into Python node objects."},
		{Name: "_parse_file", Fn: am.parseFile, Doc: "_parse_file(filename, mode, type_comments=False) -> AST: parse the file's bytes (python -m ast)."},
		{Name: "_unparse", Fn: am.unparse, Doc: "_unparse(expr) -> str: source text of an expression node."},
		{Name: "_compile", Fn: am.compile, Doc: "_compile(tree, filename, mode) -> code: compile a tree of node objects."},
	} {
		m.Dict().SetStr(object.Intern(def.Name), object.NewBuiltinFunction(def, "_ast").AsValue())
	}
	return nil
}

// astInitDef is AST.__init__(self, *args, **kwargs): positional arguments
// fill _fields in order, keyword arguments set any attribute.
var astInitDef = object.MethodDef{Name: "__init__", Fn: astInit}

func astInit(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	self := args[0]
	npos := object.Positional(args, kwnames) - 1
	var fields []object.Value
	if npos > 0 {
		fv, err := object.GetAttr(t, self.Type().AsValue(), astStrFields)
		if err != nil {
			return object.Null, err
		}
		ft, ok := fv.AsTuple()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "%s._fields must be a tuple", self.Type().Name)
		}
		fields = ft.Items
		if npos > len(fields) {
			word := "arguments"
			if len(fields) == 1 {
				word = "argument"
			}
			return object.Null, object.Errorf(object.TypeError, "%s constructor takes at most %d positional %s",
				self.Type().Name, len(fields), word)
		}
	}
	for i := range npos {
		name, ok := fields[i].AsStr()
		if !ok {
			return object.Null, object.NewError(object.TypeError, "_fields must contain only str")
		}
		if err := object.SetAttr(t, self, object.InternStr(name), args[1+i]); err != nil {
			return object.Null, err
		}
	}
	if kwnames != nil {
		for i, k := range kwnames.Items {
			name, _ := k.AsStr()
			for _, f := range fields[:npos] {
				if fs, _ := f.AsStr(); fs.String() == name.String() {
					return object.Null, object.Errorf(object.TypeError, "%s got multiple values for argument '%s'", self.Type().Name, name)
				}
			}
			if err := object.SetAttr(t, self, object.InternStr(name), args[1+npos+i]); err != nil {
				return object.Null, err
			}
		}
	}
	return object.None, nil
}

// astParseMode converts the mode argument of parse and compile.
func astParseMode(v object.Value, fname string) (syntax.Mode, error) {
	s, ok := v.AsStr()
	if ok {
		switch s.String() {
		case "exec":
			return syntax.ModeExec, nil
		case "eval":
			return syntax.ModeEval, nil
		case "single":
			return syntax.ModeSingle, nil
		case "func_type":
			return syntax.ModeFuncType, nil
		}
	}
	return 0, object.Errorf(object.ValueError, "%s() mode must be 'exec', 'eval', 'single' or 'func_type'", fname)
}

// withTypeComments adds syntax.TypeComments to mode when the optional
// type_comments argument v is true.
func withTypeComments(t *object.Thread, mode syntax.Mode, v object.Value) (syntax.Mode, error) {
	if v.IsNull() {
		return mode, nil
	}
	on, err := object.Truth(t, v)
	if on {
		mode |= syntax.TypeComments
	}
	return mode, err
}

// astSource returns the text of a str source (bytes come when the bytes
// type does).
func astSource(v object.Value) ([]byte, error) {
	if s, ok := v.AsStr(); ok {
		return []byte(s.String()), nil
	}
	if b, ok := object.BytesData(v); ok {
		return b, nil
	}
	return nil, object.Errorf(object.TypeError, "compile() arg 1 must be a string, bytes or AST object")
}

// parse is _ast._parse(source, filename, mode).
func (am *astModule) parse(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [4]object.Value
	if err := object.ParseArgs("_parse", args, kwnames, []string{"source", "filename", "mode", "type_comments"}, 3, 4, a[:]); err != nil {
		return object.Null, err
	}
	src, err := astSource(a[0])
	if err != nil {
		return object.Null, err
	}
	filename, ok := a[1].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", a[1].Type().Name)
	}
	mode, err := astParseMode(a[2], "compile")
	if err != nil {
		return object.Null, err
	}
	if mode, err = withTypeComments(t, mode, a[3]); err != nil {
		return object.Null, err
	}
	tree, err := t.State.(*interp.Thread).ParseSource(src, filename.String(), mode|syntax.StringInput)
	if err != nil {
		return object.Null, err
	}
	return am.toPython(t, tree)
}

// parseFile is _ast._parse_file(filename, mode): parse(open(filename,
// 'rb').read(), filename, mode) without the round trip through a bytes
// object.
func (am *astModule) parseFile(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("_parse_file", args, kwnames, []string{"filename", "mode", "type_comments"}, 2, 3, a[:]); err != nil {
		return object.Null, err
	}
	filename, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "_parse_file() argument 'filename' must be str, not %s", object.ArgTypeName(a[0]))
	}
	mode, err := astParseMode(a[1], "compile")
	if err != nil {
		return object.Null, err
	}
	if mode, err = withTypeComments(t, mode, a[2]); err != nil {
		return object.Null, err
	}
	src, err := os.ReadFile(filename.String())
	if err != nil {
		return object.Null, osError(err, filename.String())
	}
	tree, err := t.State.(*interp.Thread).ParseSource(src, filename.String(), mode|syntax.StringInput)
	if err != nil {
		return object.Null, err
	}
	return am.toPython(t, tree)
}

// toPython converts a syntax tree to node objects.
func (am *astModule) toPython(t *object.Thread, tree syntax.ModNode) (v object.Value, err error) {
	c := &astToPy{am: am, t: t}
	defer recoverAST(&err)
	return c.tMod(tree), nil
}

// compile is _ast._compile(tree, filename, mode): the tree may be a
// subclass instance; it is checked as CPython's compile() checks it.
func (am *astModule) compile(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("_compile", args, kwnames, []string{"tree", "filename", "mode"}, 3, 3, a[:]); err != nil {
		return object.Null, err
	}
	filename, ok := a[1].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", a[1].Type().Name)
	}
	mode, err := astParseMode(a[2], "compile")
	if err != nil {
		return object.Null, err
	}
	want := map[syntax.Mode]int{syntax.ModeExec: clsModule, syntax.ModeEval: clsExpression,
		syntax.ModeSingle: clsInteractive, syntax.ModeFuncType: clsFunctionType}[mode]
	if !a[0].Type().IsSubtype(am.classes[want]) {
		return object.Null, object.Errorf(object.TypeError, "expected %s node, got %s", astClassDefs[want].name, a[0].Type().Name)
	}
	if mode == syntax.ModeFuncType {
		return object.Null, object.NewError(object.ValueError, "compile() of a FunctionType tree is not supported")
	}
	tree, err := am.fromPython(t, a[0])
	if err != nil {
		return object.Null, err
	}
	code, err := t.State.(*interp.Thread).CompileTree(tree, filename.String(), nil)
	if err != nil {
		return object.Null, err
	}
	return code.AsValue(), nil
}

// unparse is _ast._unparse(node) for expression nodes (and Expression).
func (am *astModule) unparse(t *object.Thread, args []object.Value, kwnames *object.Tuple) (s object.Value, err error) {
	if err := object.CheckArity("_unparse", args, kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	v := args[0]
	if v.Type().IsSubtype(am.classes[clsExpression]) {
		if v, err = object.GetAttr(t, v, astFieldBody); err != nil {
			return object.Null, err
		}
	}
	if !v.Type().IsSubtype(am.classes[clsAbstractExpr]) {
		return object.Null, object.Errorf(object.NotImplementedError, "ast.unparse of %s nodes is not supported yet (only expressions)", v.Type().Name)
	}
	c := &astFromPy{am: am, t: t}
	defer recoverAST(&err)
	return object.StrValue(compile.Unparse(c.tExpr(v))), nil
}

// fromPython converts a tree of node objects to a syntax tree.
func (am *astModule) fromPython(t *object.Thread, v object.Value) (tree syntax.ModNode, err error) {
	c := &astFromPy{am: am, t: t}
	defer recoverAST(&err)
	return c.tMod(v), nil
}

// astError carries a Python exception out of a conversion (the
// converters panic with it; recover returns it).
type astError struct{ err error }

// recoverAST must be deferred directly (recover only works there).
func recoverAST(errp *error) {
	if r := recover(); r != nil {
		ce, ok := r.(astError)
		if !ok {
			panic(r)
		}
		*errp = ce.err
	}
}

// astToPy converts syntax nodes to Python node objects.
type astToPy struct {
	am        *astModule
	t         *object.Thread
	bytesType object.Value // builtins.bytes, found on first use
}

func (c *astToPy) fail(err error) { panic(astError{err}) }

// node makes an instance of class cls with no fields set.
func (c *astToPy) node(cls int) object.Value {
	v, err := object.Call(c.t, c.am.classes[cls].AsValue(), nil, nil)
	if err != nil {
		c.fail(err)
	}
	return v
}

func (c *astToPy) set(o object.Value, name *object.Str, v object.Value) {
	if err := object.SetAttr(c.t, o, name, v); err != nil {
		c.fail(err)
	}
}

func (c *astToPy) pos(o object.Value, p *syntax.Pos) {
	c.set(o, astStrLineno, object.Int(int64(p.Lineno)))
	c.set(o, astStrColOffset, object.Int(int64(p.ColOffset)))
	c.set(o, astStrEndLineno, object.Int(int64(p.EndLineno)))
	c.set(o, astStrEndColOffset, object.Int(int64(p.EndColOffset)))
}

func (c *astToPy) singleton(cls int) object.Value {
	if v := c.am.singletons[cls]; !v.IsNull() {
		return v
	}
	v := c.node(cls)
	c.am.singletons[cls] = v
	return v
}

func (c *astToPy) str(s string) object.Value { return object.StrValue(s) }

func (c *astToPy) optStr(s string) object.Value {
	if s == "" {
		return object.None
	}
	return object.StrValue(s)
}

func (c *astToPy) int(n int) object.Value { return object.Int(int64(n)) }

func (c *astToPy) constant(k syntax.Const) object.Value {
	switch k := k.(type) {
	case syntax.NoneConst:
		return object.None
	case syntax.EllipsisConst:
		return object.Ellipsis
	case bool:
		return object.Bool(k)
	case int64:
		return object.Int(k)
	case *big.Int:
		return object.IntFromBig(new(big.Int).Set(k))
	case float64:
		return object.Float(k)
	case complex128:
		return object.NewComplex(k)
	case string:
		return object.StrValue(k)
	case syntax.Bytes:
		return c.bytes(string(k))
	}
	panic("BUG: ast: unknown constant type")
}

// bytes makes a bytes object by calling the bytes type with a list of
// ints (object has no bytes constructor on this branch; after the merge
// with the strings branch this becomes object.NewBytes).
func (c *astToPy) bytes(b string) object.Value {
	if c.bytesType.IsNull() {
		bi, err := c.t.State.(object.Hooks).Import("builtins")
		if err == nil {
			c.bytesType, err = object.GetAttr(c.t, bi, object.Intern("bytes"))
		}
		if err != nil {
			c.fail(err)
		}
	}
	items := make([]object.Value, len(b))
	for i := range len(b) {
		items[i] = object.Int(int64(b[i]))
	}
	v, err := object.Call(c.t, c.bytesType, []object.Value{object.NewList(items).AsValue()}, nil)
	if err != nil {
		c.fail(err)
	}
	return v
}

func astToList[T any](c *astToPy, xs []T, f func(T) object.Value) object.Value {
	items := make([]object.Value, len(xs))
	for i, x := range xs {
		items[i] = f(x)
	}
	return object.NewList(items).AsValue()
}

// astFromPy converts Python node objects to syntax nodes, checking them.
type astFromPy struct {
	am *astModule
	t  *object.Thread
}

func (c *astFromPy) fail(err error) { panic(astError{err}) }

// classOf returns the index of v's ast class (v may be an instance of a
// subclass of it), which must derive from the abstract class want.
func (c *astFromPy) classOf(v object.Value, want int) int {
	for typ := v.Type(); typ != nil; typ = typ.Base {
		if i, ok := c.am.classIndex[typ]; ok && !astClassDefs[i].abstract && i != clsAST {
			if typ.IsSubtype(c.am.classes[want]) {
				return i
			}
			break
		}
	}
	r, err := object.Repr(c.t, v)
	if err != nil {
		c.fail(err)
	}
	c.fail(object.Errorf(object.TypeError, "expected some sort of %s, but got %s", astClassDefs[want].name, r))
	panic("unreachable")
}

// get returns field name of node v (of class owner), None when an
// optional field is missing.
func (c *astFromPy) get(v object.Value, name *object.Str, owner string, optional bool) object.Value {
	x, err := object.GetAttr(c.t, v, name)
	if err == nil {
		return x
	}
	if e, ok := err.(*object.Exc); !ok || !e.Type().IsSubtype(object.AttributeError) {
		c.fail(err)
	}
	if optional {
		return object.None
	}
	c.fail(object.Errorf(object.TypeError, "required field \"%s\" missing from %s", name, owner))
	panic("unreachable")
}

func (c *astFromPy) pos(v object.Value, p *syntax.Pos, owner string) {
	p.Lineno = c.int(c.get(v, astStrLineno, owner, false))
	p.ColOffset = c.int(c.get(v, astStrColOffset, owner, false))
	p.EndLineno, p.EndColOffset = p.Lineno, p.ColOffset
	if x := c.get(v, astStrEndLineno, owner, true); !x.IsNone() {
		p.EndLineno = c.int(x)
	}
	if x := c.get(v, astStrEndColOffset, owner, true); !x.IsNone() {
		p.EndColOffset = c.int(x)
	}
}

// enum returns the value (1..n) of an enum node such as Load() or Add().
func (c *astFromPy) enum(v object.Value, abstract, n int) int {
	for typ := v.Type(); typ != nil; typ = typ.Base {
		if i, ok := c.am.classIndex[typ]; ok && i > abstract && i <= abstract+n {
			return i - abstract
		}
	}
	r, err := object.Repr(c.t, v)
	if err != nil {
		c.fail(err)
	}
	c.fail(object.Errorf(object.TypeError, "expected some sort of %s, but got %s", astClassDefs[abstract].name, r))
	panic("unreachable")
}

func (c *astFromPy) str(v object.Value) string {
	s, ok := v.AsStr()
	if !ok {
		c.fail(object.Errorf(object.TypeError, "AST string must be of type str"))
	}
	return s.String()
}

func (c *astFromPy) int(v object.Value) int {
	if !v.IsInt() {
		c.fail(object.Errorf(object.TypeError, "invalid integer value: %s", v.Type().Name))
	}
	return int(v.AsInt())
}

func (c *astFromPy) constant(v object.Value) syntax.Const {
	switch {
	case v.IsNone():
		return syntax.NoneConst{}
	case v.Is(object.Ellipsis):
		return syntax.EllipsisConst{}
	case v.IsBool():
		return v.AsInt() != 0
	case v.IsInt():
		return v.AsInt()
	case v.IsFloat():
		return v.AsFloat()
	case v.Type() == object.IntType:
		return new(big.Int).Set(&(*object.BigInt)(v.Pointer()).V)
	case v.Type() == object.ComplexType:
		z, _ := object.AsComplex(v)
		return z
	case v.Type() == object.StrType:
		s, _ := v.AsStr()
		return s.String()
	}
	if b, ok := object.BytesData(v); ok && v.Type().Name == "bytes" {
		return syntax.Bytes(b)
	}
	c.fail(object.Errorf(object.TypeError, "got an invalid type in Constant: %s", v.Type().Name))
	panic("unreachable")
}

func astFromList[T comparable](c *astFromPy, v object.Value, f func(object.Value) T, nilOK bool) []T {
	l, ok := v.AsList()
	if !ok {
		c.fail(object.Errorf(object.TypeError, "AST field must be a list, not %s", v.Type().Name))
	}
	items := append([]object.Value(nil), l.Items...)
	out := make([]T, len(items))
	var zero T
	for i, x := range items {
		if out[i] = f(x); out[i] == zero && !nilOK {
			c.fail(object.NewError(object.ValueError, "None disallowed in AST list"))
		}
	}
	return out
}

// check enforces the shape invariants the compiler relies on (CPython's
// AST validator checks the same).
func (c *astFromPy) check(n syntax.Node) {
	bad := ""
	switch n := n.(type) {
	case *syntax.Dict:
		if len(n.Keys) != len(n.Values) {
			bad = "Dict doesn't have the same number of keys as values"
		}
	case *syntax.Compare:
		if len(n.Ops) == 0 {
			bad = "Compare with no comparators"
		} else if len(n.Ops) != len(n.Comparators) {
			bad = "Compare has a different number of comparators and operands"
		}
	case *syntax.Arguments:
		if len(n.Defaults) > len(n.Posonlyargs)+len(n.Args) {
			bad = "more positional defaults than args on arguments"
		} else if len(n.KwDefaults) != len(n.Kwonlyargs) {
			bad = "length of kwonlyargs is not the same as kw_defaults on arguments"
		}
	case *syntax.MatchMapping:
		if len(n.Keys) != len(n.Patterns) {
			bad = "MatchMapping doesn't have the same number of keys as patterns"
		}
	case *syntax.MatchClass:
		if len(n.KwdAttrs) != len(n.KwdPatterns) {
			bad = "MatchClass doesn't have the same number of keyword attributes as patterns"
		}
	case *syntax.BoolOp:
		if len(n.Values) < 2 {
			bad = "BoolOp with less than 2 values"
		}
	}
	if bad != "" {
		c.fail(object.NewError(object.ValueError, bad))
	}
}
