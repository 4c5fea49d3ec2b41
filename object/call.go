package object

import (
	"slices"
	"strings"
	"unsafe"
)

// NativeFunc is a function implemented in Go, called with Python's
// vectorcall convention: args holds the positional arguments followed by
// the values of the keyword arguments named in kwnames (nil when there are
// none). For methods, args[0] is self.
type NativeFunc func(t *Thread, args []Value, kwnames *Tuple) (Value, error)

// MethodKind says how a MethodDef binds.
type MethodKind uint8

// The method kinds.
const (
	InstanceMethod MethodKind = iota // args[0] is the instance
	ClassMethod                      // args[0] is the class
	StaticMethod                     // no implicit first argument
)

// MethodDef defines a method of a built-in type, or a function of a
// built-in module.
type MethodDef struct {
	Name string
	Fn   NativeFunc
	Kind MethodKind
	Doc  string
}

// GetSetDef defines a computed attribute of a built-in type. Set may be nil
// for a read-only attribute; a Null value deletes.
type GetSetDef struct {
	Name string
	Get  func(t *Thread, self Value) (Value, error)
	Set  func(t *Thread, self, value Value) error
	Doc  string
}

// BuiltinFunction is a Go function as a Python object: a function of a
// built-in module, or a method of a built-in type bound to Self.
type BuiltinFunction struct {
	Header
	Def  *MethodDef
	Self Value // Null for an unbound module function
	// Module is __module__ (the module name) for module functions.
	Module string
}

// NewBuiltinFunction returns a module-level built-in function.
func NewBuiltinFunction(def *MethodDef, module string) *BuiltinFunction {
	return &BuiltinFunction{Header: Header{BuiltinFunctionType}, Def: def, Module: module}
}

// AsValue returns the function as a Value.
func (f *BuiltinFunction) AsValue() Value { return FromPointer(unsafe.Pointer(f)) }

func callBuiltinFunction(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
	f := (*BuiltinFunction)(callable.p)
	if f.Self.IsNull() {
		return f.Def.Fn(t, args, kwnames)
	}
	full, mark := t.withSelf(f.Self, args)
	r, err := f.Def.Fn(t, full, kwnames)
	t.ReleaseArgs(full, mark)
	if err != nil {
		err = f.BoundCallError(err)
	}
	return r, err
}

// BoundCallError renames the method in the argument-count errors of a call
// of the bound method f, for callers that call f.Def.Fn with f.Self
// themselves. CPython names a bound built-in method by its
// __qualname__, after the class of its __self__ ("D.keys() takes no
// arguments (1 given)" for a dict subclass D), where a call through the
// type's method descriptor, the usual obj.keys(1), names the type defining
// the method ("dict.keys() ..."), as the methods' own checks do. Only a
// fresh error (no traceback yet) of the forms CPython words this way is
// replaced.
func (f *BuiltinFunction) BoundCallError(err error) error {
	e, ok := err.(*Exc)
	if !ok || e.typ != TypeError || !e.Traceback.IsNull() || e.Args == nil || len(e.Args.Items) != 1 {
		return err
	}
	s, ok := e.Args.Items[0].exactStr()
	if !ok {
		return err
	}
	name, qual := f.Def.Name, f.qualName()
	i := strings.Index(s.s, name+"() takes ")
	if i < 0 || s.s[:i]+name == qual {
		return err
	}
	rest := s.s[i+len(name):]
	if !strings.HasPrefix(rest, "() takes no arguments (") && !strings.HasPrefix(rest, "() takes exactly one argument (") &&
		rest != "() takes no keyword arguments" {
		return err
	}
	if owner := s.s[:i]; owner != "" && !f.selfClassNamed(owner[:len(owner)-1]) {
		return err
	}
	return NewError(TypeError, qual+rest)
}

// selfClassNamed reports whether name is the name of a class in the MRO
// of the class of f's __self__ (of __self__ itself for a class method).
func (f *BuiltinFunction) selfClassNamed(name string) bool {
	for _, c := range f.selfClass().MRO {
		if c.Name == name || c.tpName() == name {
			return true
		}
	}
	return false
}

// selfClass is the class a bound method is named after: __self__ when it
// is a class (a class method), else its type.
func (f *BuiltinFunction) selfClass() *Type {
	if c, ok := f.Self.AsType(); ok {
		return c
	}
	return f.Self.Type()
}

// qualName is __qualname__: the method's name after its class's
// __qualname__ when bound, the bare name for a module function.
func (f *BuiltinFunction) qualName() string {
	if f.Self.IsNull() {
		return f.Def.Name
	}
	c := f.selfClass()
	q := c.Name
	if c.QualName != "" {
		q = c.QualName
	}
	return q + "." + f.Def.Name
}

// MethodDescriptor is a method of a built-in type, found in the type's
// namespace; it binds to instances.
type MethodDescriptor struct {
	Header
	Owner *Type
	Def   *MethodDef
}

// AsValue returns the descriptor as a Value.
func (m *MethodDescriptor) AsValue() Value { return FromPointer(unsafe.Pointer(m)) }

func methodDescriptorGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	m := (*MethodDescriptor)(descr.p)
	switch m.Def.Kind {
	case ClassMethod:
		owner := typ
		if owner == nil {
			owner = obj.Type()
		}
		return (&BuiltinFunction{Header: Header{BuiltinFunctionType}, Def: m.Def, Self: owner.AsValue()}).AsValue(), nil
	}
	if obj.IsNull() {
		return descr, nil
	}
	if !obj.Type().IsSubtype(m.Owner) {
		return Null, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			m.Def.Name, m.Owner.tpName(), obj.Type().tpName())
	}
	return (&BuiltinFunction{Header: Header{BuiltinFunctionType}, Def: m.Def, Self: obj}).AsValue(), nil
}

// callMethodDescriptor calls an unbound method descriptor: args[0] is self.
func callMethodDescriptor(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
	m := (*MethodDescriptor)(callable.p)
	noSelf := len(args) == 0 || (kwnames != nil && len(args) == len(kwnames.Items))
	switch m.Def.Kind {
	case InstanceMethod:
		if noSelf {
			return Null, Errorf(TypeError, "unbound method %s.%s() needs an argument", m.Owner.Name, m.Def.Name)
		}
		if !args[0].Type().IsSubtype(m.Owner) {
			return Null, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				m.Def.Name, m.Owner.tpName(), args[0].Type().tpName())
		}
	case ClassMethod:
		// The class comes first, as CPython's classmethod_descriptor wants.
		if noSelf {
			return Null, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", m.Def.Name, m.Owner.tpName())
		}
		cls, ok := args[0].AsType()
		if !ok {
			return Null, Errorf(TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
				m.Def.Name, m.Owner.tpName(), args[0].Type().tpName())
		}
		if !cls.IsSubtype(m.Owner) {
			return Null, Errorf(TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
				m.Def.Name, m.Owner.tpName(), cls.tpName())
		}
	}
	return m.Def.Fn(t, args, kwnames)
}

// GetSetDescriptor is a computed attribute of a built-in type.
type GetSetDescriptor struct {
	Header
	Owner *Type
	Def   *GetSetDef
}

func getSetDescriptorGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	g := (*GetSetDescriptor)(descr.p)
	if obj.IsNull() {
		return descr, nil
	}
	if !obj.Type().IsSubtype(g.Owner) {
		return Null, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			g.Def.Name, g.Owner.tpName(), obj.Type().tpName())
	}
	return g.Def.Get(t, obj)
}

func getSetDescriptorSet(t *Thread, descr, obj, value Value) error {
	g := (*GetSetDescriptor)(descr.p)
	if g.Def.Set == nil {
		return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", g.Def.Name, g.Owner.tpName())
	}
	return g.Def.Set(t, obj, value)
}

// AddMethods puts method descriptors for defs into typ's namespace. The
// descriptors share one allocation (a type's methods live as long as it).
func (typ *Type) AddMethods(defs []MethodDef) {
	typ.reserveNames(len(defs))
	descrs := make([]MethodDescriptor, len(defs))
	for i := range defs {
		def := &defs[i]
		var v Value
		switch def.Kind {
		case StaticMethod:
			// As in CPython: staticmethod(<built-in method>), so that
			// instance.name(...) never receives the instance.
			v = NewStaticMethod((&BuiltinFunction{Header: Header{BuiltinFunctionType}, Def: def}).AsValue())
		case ClassMethod:
			descrs[i] = MethodDescriptor{Header: Header{ClassMethodDescriptorType}, Owner: typ, Def: def}
			v = descrs[i].AsValue()
		default:
			descrs[i] = MethodDescriptor{Header: Header{MethodDescriptorType}, Owner: typ, Def: def}
			v = descrs[i].AsValue()
		}
		typ.Dict.SetStr(Intern(def.Name), v)
	}
}

// reserveNames makes room in typ's namespace (creating it if need be) for
// n more names, so that filling it in does not resize it step by step.
func (typ *Type) reserveNames(n int) {
	d := typ.Dict
	switch {
	case d == nil:
		typ.Dict = NewDictSized(n)
	case len(d.entries)+n > dictUsable(len(d.indices)):
		d.resize((d.used+n)*3/2 + 1)
	}
}

// AddGetSets puts getset descriptors for defs into typ's namespace, in
// one allocation as AddMethods does.
func (typ *Type) AddGetSets(defs []GetSetDef) {
	typ.reserveNames(len(defs))
	descrs := make([]GetSetDescriptor, len(defs))
	for i := range defs {
		d := &descrs[i]
		*d = GetSetDescriptor{Header: Header{GetSetDescriptorType}, Owner: typ, Def: &defs[i]}
		typ.Dict.SetStr(Intern(defs[i].Name), FromPointer(unsafe.Pointer(d)))
	}
}

// Call1 returns callable(x), its argument vector in t's scratch space (a
// []Value{x} literal would be a heap allocation, since Call's args leak).
func Call1(t *Thread, callable, x Value) (Value, error) {
	args, mark := t.scratchArgs(1)
	args[0] = x
	r, err := Call(t, callable, args, nil)
	t.ReleaseArgs(args, mark)
	return r, err
}

// Call2 returns callable(x, y), as Call1 calls.
func Call2(t *Thread, callable, x, y Value) (Value, error) {
	args, mark := t.scratchArgs(2)
	args[0], args[1] = x, y
	r, err := Call(t, callable, args, nil)
	t.ReleaseArgs(args, mark)
	return r, err
}

// Call calls callable with vectorcall-style arguments (see NativeFunc).
func Call(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
	call := callable.Type().Call
	if call == nil {
		return Null, Errorf(TypeError, "'%s' object is not callable", callable.Type().tpName())
	}
	return call(t, callable, args, kwnames)
}

// Positional returns the number of positional arguments in args.
func Positional(args []Value, kwnames *Tuple) int {
	if kwnames == nil {
		return len(args)
	}
	return len(args) - len(kwnames.Items)
}

// ParseArgs binds vectorcall arguments to the parameters names of the
// function fname, the first nRequired of which are required and the first
// nPositional of which may be given by position (-1: all), storing each in
// out[i] (Null when not given). Error messages, and which error wins when
// several apply, are those of CPython 3.11's Argument Clinic
// (_PyArg_UnpackKeywords): too many arguments, too many positional ones,
// a missing required one, then a keyword that names no parameter or one
// already given by position.
func ParseArgs(fname string, args []Value, kwnames *Tuple, names []string, nRequired, nPositional int, out []Value) error {
	if nPositional < 0 {
		nPositional = len(names)
	}
	npos := Positional(args, kwnames)
	if len(args) > len(names) {
		keyword := ""
		if npos == 0 {
			keyword = "keyword "
		}
		return Errorf(TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, len(names), keyword, plural(len(names)), len(args))
	}
	if npos > nPositional {
		if nPositional == 0 {
			return Errorf(TypeError, "%s() takes no positional arguments", fname)
		}
		how := "exactly"
		if nRequired < nPositional {
			how = "at most"
		}
		return Errorf(TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, nPositional, plural(nPositional), npos)
	}
	for i := range out {
		out[i] = Null
	}
	copy(out, args[:npos])
	unexpected := -1 // the first keyword that binds no parameter
	if kwnames != nil {
		for k, kv := range kwnames.Items {
			kw := (*Str)(kv.p)
			i := slices.Index(names, kw.s)
			if i < npos {
				if unexpected < 0 {
					unexpected = k
				}
				continue
			}
			out[i] = args[npos+k]
		}
	}
	for i := npos; i < nRequired; i++ {
		if out[i].IsNull() {
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	if unexpected >= 0 {
		for _, kv := range kwnames.Items {
			if i := slices.Index(names, (*Str)(kv.p).s); i >= 0 && i < npos {
				return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, names[i], i+1)
			}
		}
		return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", (*Str)(kwnames.Items[unexpected].p).s, fname)
	}
	return nil
}

// NoKeywords fails when keyword arguments were given to fname.
func NoKeywords(fname string, kwnames *Tuple) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// CheckArity fails unless fname got between min and max positional
// arguments and no keywords, with CPython's messages.
func CheckArity(fname string, args []Value, kwnames *Tuple, min, max int) error {
	if kwnames == nil && len(args) >= min && len(args) <= max {
		return nil
	}
	return checkArity(fname, fname, args, kwnames, min, max)
}

// CheckMethodArity is CheckArity for the method qualName ("dict.get") of
// a built-in type: as in CPython, the messages for keywords, for no
// arguments and for exactly one name the method with its type
// ("dict.get() takes no keyword arguments"), and those for other counts
// (Argument Clinic's) the method alone ("get expected at least 1
// argument, got 0").
func CheckMethodArity(qualName string, args []Value, kwnames *Tuple, min, max int) error {
	if kwnames == nil && len(args) >= min && len(args) <= max {
		return nil // the common case, before the method name is cut out
	}
	return checkArity(qualName, qualName[strings.LastIndexByte(qualName, '.')+1:], args, kwnames, min, max)
}

func checkArity(qualName, fname string, args []Value, kwnames *Tuple, min, max int) error {
	if err := NoKeywords(qualName, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case n >= min && n <= max:
		return nil
	case min == max && min == 0:
		return Errorf(TypeError, "%s() takes no arguments (%d given)", qualName, n)
	case min == max && min == 1:
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", qualName, n)
	case min == max:
		return Errorf(TypeError, "%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	return Errorf(TypeError, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// tpName is what CPython's messages call typ (its tp_name): "module.name"
// for a built-in type outside builtins, the bare name for a class.
// TpName is the name CPython's messages give typ (its tp_name): "module.name"
// for a built-in type outside builtins ("collections.deque"), else the
// name.
func (typ *Type) TpName() string { return typ.tpName() }

func (typ *Type) tpName() string {
	if typ.Flags&FlagHeapType != 0 {
		return typ.Name
	}
	return qualifiedName(typ.Module, typ.Name)
}

// qualifiedName returns "module.name" for a built-in function's repr.
func qualifiedName(module, name string) string {
	if module == "" || module == "builtins" {
		return name
	}
	return strings.Join([]string{module, name}, ".")
}

// ArgTypeName is how CPython's argument-conversion errors ("f() argument
// 'x' must be str, not None") name the type of the bad argument v: "None"
// for None, else the type's name (module.Name for module types).
func ArgTypeName(v Value) string {
	if v.IsNone() {
		return "None"
	}
	return v.Type().tpName()
}
