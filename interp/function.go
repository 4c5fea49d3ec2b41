package interp

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// Function is a Python function (def or lambda).
type Function struct {
	object.Header
	code       *Code
	globals    *object.Dict
	builtins   *object.Dict
	name       object.Value // __name__, a str
	qualName   object.Value // __qualname__, a str
	defaults   *object.Tuple
	kwDefaults *object.Dict
	// closure holds one cell per FreeVars entry of the code (the tuple
	// MAKE_FUNCTION pops, kept as it is), or is nil.
	closure     *object.Tuple
	doc         object.Value
	module      object.Value
	annotations object.Value
	attrs       object.Attrs
}

// Cell is a cell object: a variable shared between a function and the
// functions nested in it.
type Cell struct {
	object.Header
	Value object.Value // Null when empty
}

// The types defined in this file.
var (
	FunctionType = object.NewNativeType("function", "", nil)
	CellType     = object.NewNativeType("cell", "", nil)
)

func init() {
	FunctionType.Call = callFunctionSlot
	FunctionType.DescrGet = functionGet
	FunctionType.Repr = func(_ *object.Thread, v object.Value) (object.Value, error) {
		f := (*Function)(v.Pointer())
		q, _ := f.qualName.AsStr()
		return object.StrValue(fmt.Sprintf("<function %s at %#x>", q, uintptr(v.Pointer()))), nil
	}
	FunctionType.GetAttr = object.GenericGetAttr
	FunctionType.SetAttr = object.GenericSetAttr
	FunctionType.SetAttrsOffset(unsafe.Offsetof(Function{}.attrs))
	FunctionType.AddGetSets(functionGetSets)
	FunctionType.Flags |= object.FlagMethodDescriptor
	FunctionType.New = functionNew
	FunctionType.Ready()

	CellType.AddGetSets([]object.GetSetDef{{Name: "cell_contents", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		c := (*Cell)(v.Pointer())
		if c.Value.IsNull() {
			return object.Null, object.NewError(object.ValueError, "Cell is empty")
		}
		return c.Value, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		(*Cell)(v.Pointer()).Value = x
		return nil
	}}})
	CellType.Ready()
}

// AsValue returns the function as a Value.
func (f *Function) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(f)) }

// newFunction makes a function of code c with the given globals.
func newFunction(th *Thread, c *Code, globals *object.Dict) *Function {
	env := th.functionEnvOf(globals)
	f := &Function{
		Header:      object.NewHeader(FunctionType),
		code:        c,
		globals:     globals,
		builtins:    env.builtins,
		name:        c.name.AsValue(),
		qualName:    c.qualName.AsValue(),
		doc:         object.None,
		module:      env.module,
		annotations: object.Null,
	}
	f.attrs.Init(FunctionType)
	if c.Flags&(compile.Optimized) != 0 && len(c.consts) > 0 {
		if _, ok := c.consts[0].AsStr(); ok {
			f.doc = c.consts[0]
		}
	}
	return f
}

// functionEnv is what a new function takes from its globals: the builtins
// (Thread.builtinsOf) and __module__ (globals["__name__"], or None), as
// they were at the globals' version.
type functionEnv struct {
	globals  *object.Dict
	version  uint64
	builtins *object.Dict
	module   object.Value
}

// functionEnvOf returns the environment of a function made with globals.
// The last one is kept, and is right while the globals keep their version
// (a dict's version changes at every mutation and is never reused): the
// closures a function makes at every call look nothing up.
func (th *Thread) functionEnvOf(globals *object.Dict) *functionEnv {
	env := &th.lastFunctionEnv
	if env.globals == globals && env.version == globals.Version() {
		return env
	}
	env.globals, env.version, env.builtins, env.module = globals, globals.Version(), th.builtinsOf(globals), object.None
	if m, ok := globals.GetStr(strName); ok {
		env.module = m
	}
	return env
}

// numDefaults returns the number of positional parameters with defaults.
func (f *Function) numDefaults() int {
	if f.defaults == nil {
		return 0
	}
	return len(f.defaults.Items)
}

func functionGet(t *object.Thread, descr, obj object.Value, typ *object.Type) (object.Value, error) {
	if obj.IsNull() {
		return descr, nil
	}
	return object.NewMethod(descr, obj), nil
}

func callFunctionSlot(t *object.Thread, callable object.Value, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	th := t.State.(*Thread)
	return th.callFunction((*Function)(callable.Pointer()), args, kwnames)
}

var functionGetSets = []object.GetSetDef{
	{Name: "__name__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Function)(v.Pointer()).name, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		if _, ok := x.AsStr(); !ok {
			return object.NewError(object.TypeError, "__name__ must be set to a string object")
		}
		(*Function)(v.Pointer()).name = x
		return nil
	}},
	{Name: "__qualname__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Function)(v.Pointer()).qualName, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		if _, ok := x.AsStr(); !ok {
			return object.NewError(object.TypeError, "__qualname__ must be set to a string object")
		}
		(*Function)(v.Pointer()).qualName = x
		return nil
	}},
	{Name: "__doc__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Function)(v.Pointer()).doc, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		if x.IsNull() {
			x = object.None
		}
		(*Function)(v.Pointer()).doc = x
		return nil
	}},
	{Name: "__module__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Function)(v.Pointer()).module, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		if x.IsNull() {
			x = object.None
		}
		(*Function)(v.Pointer()).module = x
		return nil
	}},
	{Name: "__code__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Function)(v.Pointer()).code.AsValue(), nil
	}},
	{Name: "__globals__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Function)(v.Pointer()).globals.AsValue(), nil
	}},
	{Name: "__defaults__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if d := (*Function)(v.Pointer()).defaults; d != nil {
			return d.AsValue(), nil
		}
		return object.None, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		f := (*Function)(v.Pointer())
		if x.IsNull() || x.IsNone() {
			f.defaults = nil
			return nil
		}
		t, ok := x.AsTuple()
		if !ok {
			return object.NewError(object.TypeError, "__defaults__ must be set to a tuple object")
		}
		f.defaults = t
		return nil
	}},
	{Name: "__kwdefaults__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if d := (*Function)(v.Pointer()).kwDefaults; d != nil {
			return d.AsValue(), nil
		}
		return object.None, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		f := (*Function)(v.Pointer())
		if x.IsNull() || x.IsNone() {
			f.kwDefaults = nil
			return nil
		}
		d, ok := x.AsDict()
		if !ok {
			return object.NewError(object.TypeError, "__kwdefaults__ must be set to a dict object")
		}
		f.kwDefaults = d
		return nil
	}},
	{Name: "__closure__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if c := (*Function)(v.Pointer()).closure; c != nil {
			return c.AsValue(), nil
		}
		return object.None, nil
	}},
	{Name: "__annotations__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		f := (*Function)(v.Pointer())
		if f.annotations.IsNull() {
			f.annotations = object.NewDict().AsValue()
		}
		return f.annotations, nil
	}, Set: func(_ *object.Thread, v, x object.Value) error {
		f := (*Function)(v.Pointer())
		if x.IsNull() {
			x = object.Null
		} else if _, ok := x.AsDict(); !ok && !x.IsNone() {
			return object.NewError(object.TypeError, "__annotations__ must be set to a dict object")
		}
		f.annotations = x
		return nil
	}},
	{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Function)(v.Pointer()).attrs.Dict().AsValue(), nil
	}},
}

// bindArgs binds vectorcall arguments to the parameters of f into locals
// (len(locals) >= len(code.VarNames), all Null), with CPython's rules and
// error messages.
func (th *Thread) bindArgs(f *Function, locals []object.Value, args []object.Value, kwnames *object.Tuple) error {
	c := f.code
	if kwnames == nil && c.Flags&(compile.VarArgs|compile.VarKeywords) == 0 && c.KwOnlyArgCount == 0 &&
		len(args) <= c.ArgCount && len(args) >= c.ArgCount-f.numDefaults() {
		// The common case: positional arguments only, the missing ones
		// defaulted.
		copyValues(locals, args)
		if len(args) < c.ArgCount {
			d := f.defaults.Items
			copyValues(locals[len(args):], d[len(d)-(c.ArgCount-len(args)):])
		}
		return nil
	}
	nargs := c.ArgCount
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	// Positional arguments.
	n := min(npos, nargs)
	copyValues(locals, args[:n])
	next := nargs + c.KwOnlyArgCount
	varArgs, varKw := -1, -1
	if c.Flags&compile.VarArgs != 0 {
		varArgs = next
		next++
	}
	if c.Flags&compile.VarKeywords != 0 {
		varKw = next
	}
	if varArgs >= 0 {
		extra := args[n:npos]
		locals[varArgs] = object.NewTupleCopy(extra).AsValue()
	} else if npos > nargs {
		return th.tooManyPositional(f, npos, kwnames, args)
	}
	var kwDict *object.Dict
	if varKw >= 0 {
		kwDict = object.NewDict()
		locals[varKw] = kwDict.AsValue()
	}
	// Keyword arguments.
	if kwnames != nil {
		var posOnlyAsKw []string
	kwLoop:
		for k, kv := range kwnames.Items {
			name, _ := kv.AsStr()
			value := args[npos+k]
			if i := c.keywordParam(name, c.PosOnlyArgCount, nargs+c.KwOnlyArgCount); i >= 0 {
				if !locals[i].IsNull() {
					return object.Errorf(object.TypeError, "%s() got multiple values for argument '%s'", f.qualNameString(), name)
				}
				locals[i] = value
				continue kwLoop
			}
			if kwDict == nil {
				for i := 0; i < c.PosOnlyArgCount; i++ {
					if c.varNames[i].String() == name.String() {
						posOnlyAsKw = append(posOnlyAsKw, name.String())
						continue kwLoop
					}
				}
				return object.Errorf(object.TypeError, "%s() got an unexpected keyword argument '%s'", f.qualNameString(), name)
			}
			if err := kwDict.SetItem(&th.Thread, kv, value); err != nil {
				return err
			}
		}
		if posOnlyAsKw != nil {
			return object.Errorf(object.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
				f.qualNameString(), strings.Join(posOnlyAsKw, ", "))
		}
	}
	// Defaults and missing arguments.
	if npos < nargs {
		ndef := 0
		if f.defaults != nil {
			ndef = len(f.defaults.Items)
		}
		var missing []string
		for i := npos; i < nargs; i++ {
			if !locals[i].IsNull() {
				continue
			}
			if d := i - (nargs - ndef); d >= 0 {
				locals[i] = f.defaults.Items[d]
			} else {
				missing = append(missing, c.VarNames[i])
			}
		}
		if missing != nil {
			return missingArgs(f, missing, "positional")
		}
	}
	if c.KwOnlyArgCount > 0 {
		var missing []string
		for i := nargs; i < nargs+c.KwOnlyArgCount; i++ {
			if !locals[i].IsNull() {
				continue
			}
			if f.kwDefaults != nil {
				if d, ok := f.kwDefaults.GetStr(c.varNames[i]); ok {
					locals[i] = d
					continue
				}
			}
			missing = append(missing, c.VarNames[i])
		}
		if missing != nil {
			return missingArgs(f, missing, "keyword-only")
		}
	}
	return nil
}

// keywordParam returns the index of the parameter called name among
// varNames[lo:hi], or -1. Names from compiled code are interned, so
// identity finds them; other strings are compared by value.
func (c *Code) keywordParam(name *object.Str, lo, hi int) int {
	for i := lo; i < hi; i++ {
		if c.varNames[i] == name {
			return i
		}
	}
	for i := lo; i < hi; i++ {
		if c.varNames[i].String() == name.String() {
			return i
		}
	}
	return -1
}

func (f *Function) qualNameString() string {
	if s, ok := f.qualName.AsStr(); ok {
		return s.String()
	}
	return f.code.QualName
}

func (th *Thread) tooManyPositional(f *Function, given int, kwnames *object.Tuple, args []object.Value) error {
	c := f.code
	ndef := 0
	if f.defaults != nil {
		ndef = len(f.defaults.Items)
	}
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", c.ArgCount-ndef, c.ArgCount)
	} else {
		takes = fmt.Sprintf("%d positional argument%s", c.ArgCount, plural(c.ArgCount))
	}
	kwGiven := 0
	if kwnames != nil {
		for _, kv := range kwnames.Items {
			name, _ := kv.AsStr()
			for i := c.ArgCount; i < c.ArgCount+c.KwOnlyArgCount; i++ {
				if c.VarNames[i] == name.String() {
					kwGiven++
				}
			}
		}
	}
	was := "were"
	if given == 1 && kwGiven == 0 {
		was = "was"
	}
	if kwGiven > 0 {
		return object.Errorf(object.TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			f.qualNameString(), takes, given, plural(given), kwGiven, plural(kwGiven))
	}
	return object.Errorf(object.TypeError, "%s() takes %s but %d %s given", f.qualNameString(), takes, given, was)
}

func missingArgs(f *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return object.Errorf(object.TypeError, "%s() missing %d required %s argument%s: %s",
		f.qualNameString(), len(names), kind, plural(len(names)), list)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// functionNew is types.FunctionType(code, globals, name=None,
// argdefs=None, closure=None), with CPython's checks and messages.
func functionNew(t *object.Thread, _ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [5]object.Value
	if err := object.ParseArgs("function", args, kwnames, []string{"code", "globals", "name", "argdefs", "closure"}, 2, 5, a[:]); err != nil {
		return object.Null, err
	}
	if a[0].IsNull() || a[0].Type() != CodeType {
		return object.Null, object.Errorf(object.TypeError, "function() argument 'code' must be code, not %s", a[0].Type().Name)
	}
	globals, ok := a[1].AsDict()
	if !ok || a[1].Type() != object.DictType {
		return object.Null, object.Errorf(object.TypeError, "function() argument 'globals' must be dict, not %s", a[1].Type().Name)
	}
	c := (*Code)(a[0].Pointer())
	f := newFunction(t.State.(*Thread), c, globals)
	if name := a[2]; !name.IsNull() && !name.IsNone() {
		if _, ok := name.AsStr(); !ok {
			return object.Null, object.NewError(object.TypeError, "arg 3 (name) must be None or string")
		}
		f.name = name
	}
	if defs := a[3]; !defs.IsNull() && !defs.IsNone() {
		tup, ok := defs.AsTuple()
		if !ok {
			return object.Null, object.NewError(object.TypeError, "arg 4 (defaults) must be None or tuple")
		}
		f.defaults = tup
	}
	nfree := len(c.Code.FreeVars)
	closure := a[4]
	if closure.IsNull() || closure.IsNone() {
		if nfree > 0 {
			return object.Null, object.NewError(object.TypeError, "arg 5 (closure) must be tuple")
		}
		return f.AsValue(), nil
	}
	cells, ok := closure.AsTuple()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "arg 5 (closure) must be None or tuple")
	}
	if len(cells.Items) != nfree {
		return object.Null, object.Errorf(object.ValueError, "%s requires closure of length %d, not %d", c.name, nfree, len(cells.Items))
	}
	for _, cv := range cells.Items {
		if cv.Type() != CellType {
			return object.Null, object.Errorf(object.TypeError, "arg 5 (closure) expected cell, found %s", cv.Type().Name)
		}
	}
	if nfree > 0 {
		f.closure = cells
	}
	return f.AsValue(), nil
}
