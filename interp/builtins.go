package interp

import (
	"strings"

	"github.com/adderpy/adder/internal/pyrepr"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// builtinImportDef is builtins.__import__; IMPORT_NAME calls the import
// machinery directly while builtins.__import__ is still builtinImport.
var builtinImportDef = object.MethodDef{Name: "__import__", Fn: builtinImport}

// newBuiltinsModule creates the builtins module: the built-in functions,
// types and constants.
func newBuiltinsModule(th *Thread) *Module {
	// The functions, __import__, the types (about as many as the
	// functions) and a few constants.
	m := newModuleSized("builtins", 2*len(builtinFunctions)+8)
	m.builtin = true
	d := m.dict
	for i := range builtinFunctions {
		f := object.NewBuiltinFunction(&builtinFunctions[i], "builtins")
		d.SetStr(object.Intern(builtinFunctions[i].Name), f.AsValue())
	}
	d.SetStr(strImport, object.NewBuiltinFunction(&builtinImportDef, "builtins").AsValue())
	for _, typ := range object.BuiltinTypes() {
		if typ.Module == "" && builtinTypeNames[typ.Name] || typ.IsSubtype(object.BaseException) {
			d.SetStr(object.Intern(typ.Name), typ.AsValue())
		}
	}
	d.SetStr(object.Intern("None"), object.None)
	d.SetStr(object.Intern("True"), object.True)
	d.SetStr(object.Intern("False"), object.False)
	d.SetStr(object.Intern("Ellipsis"), object.Ellipsis)
	d.SetStr(object.Intern("NotImplemented"), object.NotImplemented)
	d.SetStr(object.Intern("__debug__"), object.True)
	d.SetStr(object.Intern("EnvironmentError"), object.OSError.AsValue())
	d.SetStr(object.Intern("IOError"), object.OSError.AsValue())
	return m
}

// builtinTypeNames lists the types of package object that the builtins
// module exposes by name.
var builtinTypeNames = map[string]bool{
	"object": true, "type": true, "int": true, "bool": true, "float": true, "complex": true,
	"str": true, "bytes": true, "bytearray": true, "memoryview": true, "tuple": true, "list": true,
	"dict": true, "set": true, "frozenset": true, "range": true, "slice": true, "enumerate": true,
	"zip": true, "map": true, "filter": true, "reversed": true, "property": true,
	"classmethod": true, "staticmethod": true, "super": true,
}

var builtinFunctions = []object.MethodDef{
	{Name: "print", Fn: builtinPrint},
	{Name: "len", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("len", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		n, err := object.Len(t, args[0])
		return object.Int(int64(n)), err
	}},
	{Name: "repr", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("repr", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		s, err := object.Repr(t, args[0])
		if err != nil {
			return object.Null, err
		}
		return s.AsValue(), nil
	}},
	{Name: "ascii", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("ascii", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		s, err := object.ASCII(t, args[0])
		if err != nil {
			return object.Null, err
		}
		return s.AsValue(), nil
	}},
	{Name: "format", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("format", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		spec := object.StrValue("")
		if len(args) == 2 {
			if _, ok := args[1].AsStr(); !ok {
				return object.Null, object.Errorf(object.TypeError, "format() argument 2 must be str, not %s", object.ArgTypeName(args[1]))
			}
			spec = args[1]
		}
		return object.Format(t, args[0], spec)
	}},
	{Name: "hash", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("hash", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		h, err := object.Hash(t, args[0])
		return object.Int(h), err
	}},
	{Name: "id", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("id", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		return object.Int(object.ID(args[0])), nil
	}},
	{Name: "callable", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("callable", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		return object.Bool(args[0].Type().Call != nil), nil
	}},
	{Name: "getattr", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("getattr", args, kw, 2, 3); err != nil {
			return object.Null, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return object.Null, err
		}
		if len(args) == 3 {
			v, found, err := object.LookupAttr(t, args[0], name)
			if err == nil && !found {
				v = args[2]
			}
			return v, err
		}
		return object.GetAttr(t, args[0], name)
	}},
	{Name: "setattr", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("setattr", args, kw, 3, 3); err != nil {
			return object.Null, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return object.Null, err
		}
		return object.None, object.SetAttr(t, args[0], name, args[2])
	}},
	{Name: "delattr", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("delattr", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return object.Null, err
		}
		return object.None, object.SetAttr(t, args[0], name, object.Null)
	}},
	{Name: "hasattr", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("hasattr", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return object.Null, err
		}
		_, found, err := object.LookupAttr(t, args[0], name)
		if err != nil {
			return object.Null, err
		}
		return object.Bool(found), nil
	}},
	{Name: "iter", Fn: builtinIter},
	{Name: "next", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("next", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		if args[0].Type().Next == nil {
			return object.Null, object.Errorf(object.TypeError, "'%s' object is not an iterator", args[0].Type().Name)
		}
		v, err := args[0].Type().Next(t, args[0]) // not object.Next: keep StopIteration's value
		if err != nil {
			if len(args) == 2 && isInstance(err, object.StopIteration) {
				return args[1], nil
			}
			return object.Null, err
		}
		if v.IsNull() {
			if len(args) == 2 {
				return args[1], nil
			}
			return object.Null, object.NewException(object.StopIteration)
		}
		return v, nil
	}},
	{Name: "isinstance", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("isinstance", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		r, err := object.IsInstance(t, args[0], args[1])
		return object.Bool(r), err
	}},
	{Name: "issubclass", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("issubclass", args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		r, err := object.IsSubclass(t, args[0], args[1])
		return object.Bool(r), err
	}},
	{Name: "chr", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("chr", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		x, err := object.Index(t, args[0])
		if err != nil {
			return object.Null, err
		}
		c, ok := object.AsInt64(x)
		if !ok || c != int64(int32(c)) {
			return object.Null, object.NewError(object.OverflowError, "Python int too large to convert to C int")
		}
		if c < 0 || c > 0x10ffff {
			return object.Null, object.NewError(object.ValueError, "chr() arg not in range(0x110000)")
		}
		return object.StrValue(pyrepr.EncodeRune(rune(c))), nil
	}},
	{Name: "ord", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("ord", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		if b, ok := object.BytesData(args[0]); ok {
			if len(b) != 1 {
				return object.Null, object.Errorf(object.TypeError, "ord() expected a character, but string of length %d found", len(b))
			}
			return object.Int(int64(b[0])), nil
		}
		s, ok := args[0].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "ord() expected string of length 1, but %s found", args[0].Type().Name)
		}
		if s.Len() != 1 {
			return object.Null, object.Errorf(object.TypeError, "ord() expected a character, but string of length %d found", s.Len())
		}
		r, _ := pyrepr.DecodeRune(s.String())
		return object.Int(int64(r)), nil
	}},
	{Name: "globals", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("globals", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return t.State.(*Thread).frame.globals.AsValue(), nil
	}},
	{Name: "locals", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("locals", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return t.State.(*Thread).frame.localsMapping(), nil
	}},
	{Name: "vars", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("vars", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		if len(args) == 0 {
			return t.State.(*Thread).frame.localsMapping(), nil
		}
		d, err := object.GetAttr(t, args[0], strDict)
		if err != nil && isInstance(err, object.AttributeError) {
			return object.Null, object.NewError(object.TypeError, "vars() argument must have __dict__ attribute")
		}
		return d, err
	}},
	{Name: "__build_class__", Fn: builtinBuildClass},
	{Name: "exec", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return t.State.(*Thread).execOrEval("exec", args, kw)
	}},
	{Name: "eval", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return t.State.(*Thread).execOrEval("eval", args, kw)
	}},
	{Name: "compile", Fn: builtinCompile},
	{Name: "input", Fn: builtinInput},
	{Name: "breakpoint", Fn: builtinBreakpoint},
}

func attrName(v object.Value) (*object.Str, error) {
	s, ok := v.AsStr()
	if !ok {
		return nil, object.Errorf(object.TypeError, "attribute name must be string, not '%s'", v.Type().Name)
	}
	return object.InternStr(s), nil
}

var strFlush = object.Intern("flush")

func builtinPrint(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	th := t.State.(*Thread)
	npos := object.Positional(args, kwnames)
	sep, end := " ", "\n"
	file := object.Null
	flush := false
	if kwnames != nil {
		for i, k := range kwnames.Items {
			v := args[npos+i]
			name, _ := k.AsStr()
			switch name.String() {
			case "sep", "end":
				if v.IsNone() {
					continue
				}
				s, ok := v.AsStr()
				if !ok {
					return object.Null, object.Errorf(object.TypeError, "%s must be None or a string, not %s", name, v.Type().Name)
				}
				if name.String() == "sep" {
					sep = s.String()
				} else {
					end = s.String()
				}
			case "file":
				if !v.IsNone() {
					file = v
				}
			case "flush":
				f, err := object.Truth(t, v)
				if err != nil {
					return object.Null, err
				}
				flush = f
			default:
				return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for print()", name)
			}
		}
	}
	if file.IsNull() {
		var ok bool
		if file, ok = th.sysAttr("stdout"); !ok || file.IsNone() {
			return object.None, nil
		}
	}
	if file.Type() == streamType {
		// The standard streams take the whole line at once.
		var b strings.Builder
		for i, v := range args[:npos] {
			if i > 0 {
				b.WriteString(sep)
			}
			s, err := object.StrOf(t, v)
			if err != nil {
				return object.Null, err
			}
			b.WriteString(s.String())
		}
		b.WriteString(end)
		if err := th.writeTo(file, b.String()); err != nil {
			return object.Null, err
		}
	} else {
		// Other files see each piece written separately, as CPython
		// writes them.
		for i, v := range args[:npos] {
			if i > 0 {
				if err := th.writeTo(file, sep); err != nil {
					return object.Null, err
				}
			}
			s, err := object.StrOf(t, v)
			if err != nil {
				return object.Null, err
			}
			if err := th.writeTo(file, s.String()); err != nil {
				return object.Null, err
			}
		}
		if err := th.writeTo(file, end); err != nil {
			return object.Null, err
		}
	}
	if flush {
		if file.Type() == streamType {
			th.interp.Flush()
		} else if f, err := object.GetAttr(t, file, strFlush); err == nil {
			if _, err := object.Call(t, f, nil, nil); err != nil {
				return object.Null, err
			}
		}
	}
	return object.None, nil
}

func builtinIter(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("iter", args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	if len(args) == 2 {
		if args[0].Type().Call == nil {
			return object.Null, object.NewError(object.TypeError, "iter(v, w): v must be callable")
		}
		return object.NewCallableIter(args[0], args[1]), nil
	}
	return object.Iter(t, args[0])
}

// builtinImport is builtins.__import__(name, globals=None, locals=None,
// fromlist=(), level=0).
func builtinImport(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [5]object.Value
	if err := object.ParseArgs("__import__", args, kwnames, []string{"name", "globals", "locals", "fromlist", "level"}, 1, 5, a[:]); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	level := 0
	if !a[4].IsNull() {
		iv, err := object.Index(t, a[4])
		if err != nil {
			return object.Null, err
		}
		n, ok := object.AsInt64(iv)
		if !ok || n != int64(int32(n)) {
			return object.Null, object.NewError(object.OverflowError, "Python int too large to convert to C int")
		}
		level = int(n)
	}
	name, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "module name must be a string")
	}
	globals, _ := a[1].AsDict()
	if globals == nil {
		globals = object.NewDict()
	}
	return th.importModuleLevel(name.String(), globals, a[3], level)
}

// builtinBuildClass is __build_class__(func, name, *bases, metaclass=None,
// **kwds): run the class body in a fresh namespace and call the metaclass.
func builtinBuildClass(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	th := t.State.(*Thread)
	npos := object.Positional(args, kwnames)
	if npos < 2 {
		return object.Null, object.NewError(object.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].Pointer(), args[0].Type() == FunctionType
	if !ok {
		return object.Null, object.NewError(object.TypeError, "__build_class__: func must be a function")
	}
	body := (*Function)(fn)
	name := args[1]
	if _, ok := name.AsStr(); !ok {
		return object.Null, object.NewError(object.TypeError, "__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	bases, err := resolveMRO(t, origBases)
	if err != nil {
		return object.Null, err
	}
	var meta object.Value
	var kwValues []object.Value
	var kwKeys []object.Value
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if s, _ := k.AsStr(); s.String() == "metaclass" {
				meta = args[npos+i]
				continue
			}
			kwKeys = append(kwKeys, k)
			kwValues = append(kwValues, args[npos+i])
		}
	}
	isClass := false
	if meta.IsNull() {
		meta = object.TypeType.AsValue()
		if len(bases) > 0 {
			meta = bases[0].Type().AsValue()
		}
		isClass = true
	} else if _, ok := meta.AsType(); ok {
		isClass = true
	}
	if isClass {
		m, _ := meta.AsType()
		winner, err := object.CalculateMetaclass(m, bases)
		if err != nil {
			return object.Null, err
		}
		meta = winner.AsValue()
	}
	var kw *object.Tuple
	if len(kwKeys) > 0 {
		kw = object.NewTuple(kwKeys...)
	}
	basesTuple := object.NewTuple(append([]object.Value(nil), bases...)...).AsValue()
	// __prepare__
	ns := object.Null
	if prep, err := object.GetAttr(t, meta, object.Intern("__prepare__")); err == nil {
		ns, err = object.Call(t, prep, append([]object.Value{name, basesTuple}, kwValues...), kw)
		if err != nil {
			return object.Null, err
		}
	} else if !isInstance(err, object.AttributeError) {
		return object.Null, err
	} else {
		ns = object.NewDict().AsValue()
	}
	if ns.Type().GetItem == nil {
		metaName := "<metaclass>"
		if m, ok := meta.AsType(); ok {
			metaName = m.Name
		}
		return object.Null, object.Errorf(object.TypeError, "%s.__prepare__() must return a mapping, not %s", metaName, ns.Type().Name)
	}
	cellV, err := th.runClassBody(body, ns)
	if err != nil {
		return object.Null, err
	}
	if len(origBases) != len(bases) || !sameValues(origBases, bases) {
		if err := object.SetItem(t, ns, object.Intern("__orig_bases__").AsValue(), object.NewTuple(append([]object.Value(nil), origBases...)...).AsValue()); err != nil {
			return object.Null, err
		}
	}
	cls, err := object.Call(t, meta, append([]object.Value{name, basesTuple, ns}, kwValues...), kw)
	if err != nil {
		return object.Null, err
	}
	if cellV.Type() == CellType {
		cell := (*Cell)(cellV.Pointer())
		if cell.Value.IsNull() {
			cell.Value = cls
		} else if cell.Value != cls {
			var reprs [3]string
			for i, v := range []object.Value{cell.Value, name, cls} {
				r, err := object.Repr(t, v)
				if err != nil {
					return object.Null, err
				}
				reprs[i] = r.String()
			}
			return object.Null, object.Errorf(object.TypeError, "__class__ set to %s defining %s as %s", reprs[0], reprs[1], reprs[2])
		}
	}
	return cls, nil
}

func sameValues(a, b []object.Value) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resolveMRO applies __mro_entries__ to the bases of a class statement.
func resolveMRO(t *object.Thread, bases []object.Value) ([]object.Value, error) {
	var out []object.Value
	changed := false
	for _, b := range bases {
		if _, ok := b.AsType(); ok {
			out = append(out, b)
			continue
		}
		me, err := object.GetAttr(t, b, object.Intern("__mro_entries__"))
		if err != nil {
			if isInstance(err, object.AttributeError) {
				out = append(out, b)
				continue
			}
			return nil, err
		}
		r, err := object.Call(t, me, []object.Value{object.NewTuple(append([]object.Value(nil), bases...)...).AsValue()}, nil)
		if err != nil {
			return nil, err
		}
		tup, ok := r.AsTuple()
		if !ok {
			return nil, object.NewError(object.TypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, tup.Items...)
		changed = true
	}
	if !changed {
		return bases, nil
	}
	return out, nil
}

// runClassBody runs a class body function with ns as its locals and
// returns what the body returns (the __class__ cell or None).
func (th *Thread) runClassBody(body *Function, ns object.Value) (object.Value, error) {
	c := body.code
	f := th.newFrame(c, body.globals, body.builtins, ns)
	f.fn = body
	th.initCells(f)
	v, err := th.run(f)
	th.releaseFrame(f)
	return v, err
}

// localsMapping returns the frame's locals as locals() does: the locals
// mapping, or a new dict of the fast locals and cells.
func (f *Frame) localsMapping() object.Value {
	if !f.locals.IsNull() {
		return f.locals
	}
	d := object.NewDict()
	c := f.code
	for i, name := range c.varNames {
		if v := f.slots[i]; !v.IsNull() {
			d.SetStr(name, v)
		}
	}
	for i, name := range c.cellNames {
		if v := f.cell(i).Value; !v.IsNull() {
			d.SetStr(name, v)
		}
	}
	return d.AsValue()
}

// execOrEval implements exec() and eval().
func (th *Thread) execOrEval(fname string, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	t := &th.Thread
	var a [3]object.Value
	closure := object.Null
	if fname == "eval" {
		// eval(source, globals=None, locals=None, /)
		if err := object.CheckArity("eval", args, kwnames, 1, 3); err != nil {
			return object.Null, err
		}
		copy(a[:], args)
		if l := a[2]; !l.IsNull() && !l.IsNone() && l.Type().GetItem == nil {
			return object.Null, object.NewError(object.TypeError, "locals must be a mapping")
		}
		if g := a[1]; !g.IsNull() && !g.IsNone() && g.Type() != object.DictType && !g.Type().IsSubtype(object.DictType) {
			if g.Type().GetItem != nil {
				return object.Null, object.NewError(object.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return object.Null, object.NewError(object.TypeError, "globals must be a dict")
		}
	} else {
		// exec(source, globals=None, locals=None, /, *, closure=None)
		npos := object.Positional(args, kwnames)
		switch {
		case len(args) > 4:
			return object.Null, object.Errorf(object.TypeError, "exec() takes at most 4 arguments (%d given)", len(args))
		case npos < 1:
			return object.Null, object.NewError(object.TypeError, "exec() takes at least 1 positional argument (0 given)")
		case npos > 3:
			return object.Null, object.Errorf(object.TypeError, "exec() takes at most 3 positional arguments (%d given)", npos)
		}
		copy(a[:], args[:npos])
		if kwnames != nil {
			for i, k := range kwnames.Items {
				if name, _ := k.AsStr(); name.String() != "closure" {
					return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for exec()", name)
				}
				closure = args[npos+i]
			}
		}
		if g := a[1]; !g.IsNull() && !g.IsNone() && !g.Type().IsSubtype(object.DictType) {
			return object.Null, object.Errorf(object.TypeError, "exec() globals must be a dict, not %s", g.Type().Name)
		}
		if l := a[2]; !l.IsNull() && !l.IsNone() && l.Type().GetItem == nil {
			return object.Null, object.Errorf(object.TypeError, "locals must be a mapping or None, not %s", l.Type().Name)
		}
		if !closure.IsNull() && !closure.IsNone() {
			if a[0].Type() != CodeType {
				return object.Null, object.NewError(object.TypeError, "closure can only be used when source is a code object")
			}
			return object.Null, object.NewError(object.NotImplementedError, "exec() with a closure is not supported by Adder")
		}
	}
	caller := th.frame
	globals := caller.globals
	locals := caller.localsMapping()
	if !a[1].IsNull() && !a[1].IsNone() {
		globals, _ = a[1].AsDict()
		locals = a[1]
	}
	if !a[2].IsNull() && !a[2].IsNone() {
		locals = a[2]
	}
	var code *Code
	switch src := a[0]; {
	case src.Type() == CodeType:
		code = (*Code)(src.Pointer())
	default:
		text, err := sourceText(t, src, fname)
		if err != nil {
			return object.Null, err
		}
		mode := syntax.ModeExec
		if fname == "eval" {
			mode = syntax.ModeEval
			text = strings.TrimLeft(text, " \t")
		}
		if code, err = th.compileSource([]byte(text), "<string>", mode|syntax.StringInput); err != nil {
			return object.Null, err
		}
	}
	v, err := th.execCode(code, globals, locals)
	if err != nil {
		return object.Null, err
	}
	if fname == "exec" {
		return object.None, nil
	}
	return v, nil
}

// sourceText returns the source of exec/eval/compile: a str, or bytes.
func sourceText(t *object.Thread, v object.Value, fname string) (string, error) {
	if s, ok := v.AsStr(); ok {
		if strings.IndexByte(s.String(), 0) >= 0 {
			return "", object.NewError(object.ValueError, "source code string cannot contain null bytes")
		}
		return s.String(), nil
	}
	if b, ok := object.BytesData(v); ok {
		return string(b), nil
	}
	what := "a string, bytes or code object"
	if fname == "compile" {
		what = "a string, bytes or AST object"
	}
	return "", object.Errorf(object.TypeError, "%s() arg 1 must be %s", fname, what)
}

// compileFilename converts compile()'s filename as os.fsdecode does: a str,
// bytes, or an os.PathLike giving one of them.
func compileFilename(t *object.Thread, v object.Value) (string, error) {
	if s, ok := v.AsStr(); ok {
		return s.String(), nil
	}
	if b, ok := v.AsBytes(); ok {
		return string(b.Data()), nil
	}
	r, found, err := object.CallMethod(t, v, object.Intern("__fspath__"))
	if !found {
		return "", object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	if err != nil {
		return "", err
	}
	if s, ok := r.AsStr(); ok {
		return s.String(), nil
	}
	if b, ok := r.AsBytes(); ok {
		return string(b.Data()), nil
	}
	return "", object.Errorf(object.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
}

func builtinCompile(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	th := t.State.(*Thread)
	var a [6]object.Value
	if err := object.ParseArgs("compile", args, kwnames, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, 6, a[:]); err != nil {
		return object.Null, err
	}
	// Argument Clinic's conversions, in parameter order.
	filename, err := compileFilename(t, a[1])
	if err != nil {
		return object.Null, err
	}
	modeStr, ok := a[2].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "compile() argument 'mode' must be str, not %s", object.ArgTypeName(a[2]))
	}
	var ints [3]int64 // flags, dont_inherit, optimize
	ints[2] = -1
	for i, v := range a[3:] {
		if v.IsNull() {
			continue
		}
		iv, err := object.Index(t, v)
		if err != nil {
			return object.Null, err
		}
		n, ok := object.AsInt64(iv)
		if !ok || n != int64(int32(n)) {
			return object.Null, object.NewError(object.OverflowError, "Python int too large to convert to C int")
		}
		ints[i] = n
	}
	if ints[2] < -1 || ints[2] > 2 {
		return object.Null, object.NewError(object.ValueError, "compile(): invalid optimize value")
	}
	var mode syntax.Mode
	switch modeStr.String() {
	case "exec":
		mode = syntax.ModeExec
	case "eval":
		mode = syntax.ModeEval
	case "single":
		mode = syntax.ModeSingle
	default:
		return object.Null, object.NewError(object.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if v, done, err := th.compileAST(a[0], a[1], a[2], a[3]); done {
		return v, err
	}
	text, err := sourceText(t, a[0], "compile")
	if err != nil {
		return object.Null, err
	}
	code, err := th.compileSource([]byte(text), filename, mode|syntax.StringInput)
	if err != nil {
		return object.Null, err
	}
	return code.AsValue(), nil
}

func builtinInput(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("input", args, kw, 0, 1); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	if len(args) == 1 {
		s, err := object.StrOf(t, args[0])
		if err != nil {
			return object.Null, err
		}
		if err := th.writeStdout(s.String()); err != nil {
			return object.Null, err
		}
	}
	th.interp.Flush()
	in, ok := th.sysAttr("stdin")
	if !ok || in.IsNone() {
		return object.Null, object.NewError(object.RuntimeError, "input(): lost sys.stdin")
	}
	rl, err := object.GetAttr(t, in, object.Intern("readline"))
	if err != nil {
		return object.Null, err
	}
	line, err := object.Call(t, rl, nil, nil)
	if err != nil {
		return object.Null, err
	}
	s, _ := line.AsStr()
	if s == nil || s.Len() == 0 {
		return object.Null, object.NewError(object.EOFError, "EOF when reading a line")
	}
	return object.StrValue(strings.TrimSuffix(s.String(), "\n")), nil
}

// compileAST handles the compile() calls the ast module implements: an AST
// object as source (_ast._compile) or the PyCF_ONLY_AST flag (_ast._parse).
func (th *Thread) compileAST(source, filename, mode, flags object.Value) (object.Value, bool, error) {
	t := &th.Thread
	fn := ""
	if flags.IsInt() && flags.AsInt()&pyCFOnlyAST != 0 {
		fn = "_parse"
	} else if source.Type().Flags&object.FlagHeapType != 0 {
		if _, ok := th.interp.modules.GetStr(object.Intern("_ast")); ok {
			fn = "_compile"
		}
	}
	if fn == "" {
		return object.Null, false, nil
	}
	mod, err := th.importModule("_ast")
	if err != nil {
		return object.Null, true, err
	}
	if fn == "_compile" {
		cls, err := object.GetAttr(t, mod, object.Intern("AST"))
		if err != nil {
			return object.Null, true, err
		}
		if ct, ok := cls.AsType(); !ok || !source.Type().IsSubtype(ct) {
			return object.Null, false, nil
		}
	}
	f, err := object.GetAttr(t, mod, object.Intern(fn))
	if err != nil {
		return object.Null, true, err
	}
	args := []object.Value{source, filename, mode}
	if fn == "_parse" {
		args = append(args, object.Bool(flags.AsInt()&pyCFTypeComments != 0))
	}
	v, err := object.Call(t, f, args, nil)
	return v, true, err
}

// compile()'s flags for returning the AST (ast.PyCF_ONLY_AST) and for
// reading type comments into it (ast.PyCF_TYPE_COMMENTS).
const (
	pyCFOnlyAST      = 0x400
	pyCFTypeComments = 0x1000
)
