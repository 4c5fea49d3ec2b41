package interp

import (
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// evalRare executes the opcodes that the eval loop's main switch leaves
// out: the less frequent ones, kept here so that the hot loop stays small.
// It takes and returns the stack pointer and the next instruction index.
func (th *Thread) evalRare(f *Frame, ins compile.Instr, sp, pc int) (int, int, error) {
	t := &th.Thread
	slots := f.slots
	arg := ins.Arg()
	pop := func() object.Value {
		sp--
		v := slots[sp]
		slots[sp] = object.Null
		return v
	}
	push := func(v object.Value) {
		slots[sp] = v
		sp++
	}
	switch ins.Op() {
	case compile.DELETE_FAST:
		if slots[arg].IsNull() {
			return sp, pc, unboundLocal(f.code, arg)
		}
		slots[arg] = object.Null

	case compile.DELETE_DEREF:
		cell := f.cell(arg)
		if cell.Value.IsNull() {
			return sp, pc, unboundDeref(f.code, arg)
		}
		cell.Value = object.Null

	case compile.LOAD_LOCALS:
		if f.locals.IsNull() {
			return sp, pc, object.NewError(object.SystemError, "no locals found")
		}
		push(f.locals)

	case compile.LOAD_FROM_DICT_OR_DEREF:
		v, found, err := mappingGet(t, slots[sp-1], f.code.cellNames[arg])
		if err != nil {
			return sp, pc, err
		}
		if !found {
			if v = f.cell(arg).Value; v.IsNull() {
				return sp, pc, unboundDeref(f.code, arg)
			}
		}
		slots[sp-1] = v

	case compile.LOAD_FROM_DICT_OR_GLOBALS:
		name := f.code.names[arg]
		v, found, err := mappingGet(t, slots[sp-1], name)
		if err != nil {
			return sp, pc, err
		}
		if !found {
			if v, found = f.globals.GetStr(name); !found {
				if v, found = f.builtins.GetStr(name); !found {
					return sp, pc, nameError(name)
				}
			}
		}
		slots[sp-1] = v

	case compile.DELETE_NAME:
		if err := deleteName(t, f, f.code.names[arg]); err != nil {
			return sp, pc, err
		}

	case compile.DELETE_GLOBAL:
		name := f.code.names[arg]
		if found, _ := f.globals.DelItem(t, name.AsValue()); !found {
			return sp, pc, nameError(name)
		}

	case compile.DELETE_ATTR:
		if err := object.SetAttr(t, pop(), f.code.names[arg], object.Null); err != nil {
			return sp, pc, err
		}

	case compile.LOAD_ASSERTION_ERROR:
		push(object.AssertionError.AsValue())

	case compile.BUILD_SET:
		s, err := object.NewSetFrom(t, slots[sp-arg:sp])
		if err != nil {
			return sp, pc, err
		}
		clear(slots[sp-arg : sp])
		sp -= arg
		push(s.AsValue())

	case compile.BUILD_MAP:
		d := object.NewDictSized(arg)
		base := sp - 2*arg
		for i := base; i < sp; i += 2 {
			if err := d.SetItem(t, slots[i], slots[i+1]); err != nil {
				return sp, pc, err
			}
		}
		clear(slots[base:sp])
		sp = base
		push(d.AsValue())

	case compile.BUILD_CONST_KEY_MAP:
		keys, _ := pop().AsTuple()
		d := object.NewDictSized(arg)
		base := sp - arg
		for i, k := range keys.Items {
			if err := d.SetItem(t, k, slots[base+i]); err != nil {
				return sp, pc, err
			}
		}
		clear(slots[base:sp])
		sp = base
		push(d.AsValue())

	case compile.BUILD_STRING:
		s := BuildString(slots[sp-arg : sp])
		clear(slots[sp-arg : sp])
		sp -= arg
		push(s)

	case compile.SET_ADD:
		v := pop()
		s, _ := slots[sp-arg].AsSet()
		if err := s.Add(t, v); err != nil {
			return sp, pc, err
		}

	case compile.MAP_ADD:
		v := pop()
		k := pop()
		d, _ := slots[sp-arg].AsDict()
		if err := d.SetItem(t, k, v); err != nil {
			return sp, pc, err
		}

	case compile.LIST_EXTEND:
		v := pop()
		l, _ := slots[sp-arg].AsList()
		if err := object.ListExtend(t, l, v); err != nil {
			if isInstance(err, object.TypeError) && v.Type().Iter == nil && v.Type().GetItem == nil {
				return sp, pc, object.Errorf(object.TypeError, "Value after * must be an iterable, not %s", v.Type().Name)
			}
			return sp, pc, err
		}

	case compile.SET_UPDATE:
		v := pop()
		s, _ := slots[sp-arg].AsSet()
		if err := object.SetUpdate(t, s, v); err != nil {
			return sp, pc, err
		}

	case compile.DICT_UPDATE:
		v := pop()
		d, _ := slots[sp-arg].AsDict()
		if err := object.DictUpdate(t, d, v); err != nil {
			return sp, pc, err
		}

	case compile.DICT_MERGE:
		v := pop()
		d, _ := slots[sp-arg].AsDict()
		fn := slots[sp-arg-3] // "f null args dict": the callable is below the null
		dup, err := object.DictMerge(t, d, v)
		switch {
		case err != nil && isInstance(err, object.AttributeError):
			return sp, pc, object.Errorf(object.TypeError, "%s argument after ** must be a mapping, not %s", CallableName(t, fn), v.Type().Name)
		case err != nil:
			return sp, pc, err
		case !dup.IsNull():
			if s, ok := dup.AsStr(); ok {
				return sp, pc, object.Errorf(object.TypeError, "%s got multiple values for keyword argument '%s'", CallableName(t, fn), s)
			}
			return sp, pc, object.Errorf(object.TypeError, "%s keywords must be strings", CallableName(t, fn))
		}

	case compile.LOAD_CLOSURE:
		push(slots[len(f.code.VarNames)+arg])

	case compile.STORE_GLOBAL:
		f.globals.SetStr(f.code.names[arg], pop())

	case compile.LIST_TO_TUPLE:
		l, _ := slots[sp-1].AsList()
		slots[sp-1] = object.NewTuple(l.Items...).AsValue()

	case compile.MAKE_FUNCTION:
		code := (*Code)(slots[sp-1].Pointer())
		n := MakeFunctionOperands(arg)
		fn, err := MakeFunction(t, code, f.globals, arg, slots[sp-1-n:sp-1])
		clear(slots[sp-1-n : sp])
		sp -= 1 + n
		if err != nil {
			return sp, pc, err
		}
		push(fn)

	case compile.DELETE_SUBSCR:
		err := object.SetItem(t, slots[sp-2], slots[sp-1], object.Null)
		sp -= 2
		clearValues(slots[sp : sp+2])
		if err != nil {
			return sp, pc, err
		}

	case compile.STORE_SLICE:
		err := object.SetSlice(t, slots[sp-3], slots[sp-2], slots[sp-1], slots[sp-4])
		sp -= 4
		clearValues(slots[sp : sp+4])
		if err != nil {
			return sp, pc, err
		}

	case compile.BUILD_SLICE:
		step := object.None
		if arg == 3 {
			step = pop()
		}
		stop := pop()
		slots[sp-1] = object.NewSlice(slots[sp-1], stop, step)

	case compile.UNPACK_SEQUENCE:
		seq := pop()
		items := make([]object.Value, arg)
		if err := object.Unpack(t, seq, arg, items); err != nil {
			return sp, pc, err
		}
		for i := len(items) - 1; i >= 0; i-- {
			push(items[i])
		}

	case compile.UNPACK_EX:
		before, after := arg&0xff, arg>>8
		seq := pop()
		items := make([]object.Value, before+1+after)
		if err := object.UnpackEx(t, seq, before, after, items); err != nil {
			return sp, pc, err
		}
		for i := len(items) - 1; i >= 0; i-- {
			push(items[i])
		}

	case compile.CALL_FUNCTION_EX:
		var kwargs object.Value
		if arg&1 != 0 {
			kwargs = pop()
		}
		argsTuple := pop()
		pop() // the null of "f null args"
		fn := pop()
		args, err := th.starArgs(fn, argsTuple)
		if err != nil {
			return sp, pc, err
		}
		var kwnames *object.Tuple
		if !kwargs.IsNull() {
			d, _ := kwargs.AsDict()
			names := make([]object.Value, 0, d.Len())
			for pos := 0; ; {
				k, v, next, ok := d.Next(pos)
				if !ok {
					break
				}
				if _, isStr := k.AsStr(); !isStr {
					return sp, pc, object.Errorf(object.TypeError, "keywords must be strings")
				}
				names = append(names, k)
				args = append(args, v)
				pos = next
			}
			if len(names) > 0 {
				kwnames = object.NewTuple(names...)
			}
		}
		f.sp = sp
		r, err := object.Call(t, fn, args, kwnames)
		if err != nil {
			return sp, pc, err
		}
		push(r)

	case compile.LOAD_BUILD_CLASS:
		v, ok := f.builtins.GetStr(strBuildClass)
		if !ok {
			return sp, pc, object.NewError(object.NameError, "__build_class__ not found")
		}
		push(v)

	case compile.SETUP_ANNOTATIONS:
		_, found, err := mappingGet(t, f.locals, strAnnotations)
		if err != nil {
			return sp, pc, err
		}
		if !found {
			if err := mappingSet(t, f.locals, strAnnotations, object.NewDict().AsValue()); err != nil {
				return sp, pc, err
			}
		}

	case compile.IMPORT_NAME:
		fromlist := pop()
		level := pop()
		locals := f.locals
		if locals.IsNull() {
			locals = object.None
		}
		m, err := th.importName(f, f.code.names[arg], fromlist, level)
		if err != nil {
			return sp, pc, err
		}
		push(m)

	case compile.IMPORT_FROM:
		v, err := th.importFrom(slots[sp-1], f.code.names[arg])
		if err != nil {
			return sp, pc, err
		}
		push(v)

	case compile.IMPORT_STAR:
		m := pop()
		if err := th.importStar(f, m); err != nil {
			return sp, pc, err
		}

	case compile.BEFORE_WITH, compile.BEFORE_ASYNC_WITH:
		mgr := pop()
		enterName, exitName, what := strEnter, strExit, "context manager"
		if ins.Op() == compile.BEFORE_ASYNC_WITH {
			enterName, exitName, what = strAenter, strAexit, "asynchronous context manager"
		}
		enter, exit, err := lookupSpecialPair(t, mgr, enterName, exitName,
			"'%s' object does not support the "+what+" protocol")
		if err != nil {
			return sp, pc, err
		}
		push(exit)
		r, err := object.Call(t, enter, nil, nil)
		if err != nil {
			return sp, pc, err
		}
		push(r)

	case compile.WITH_EXCEPT_START:
		exc := slots[sp-1]
		exit := slots[sp-4]
		e, _ := exc.AsException()
		tb := e.Traceback
		if tb.IsNull() {
			tb = object.None
		}
		r, err := object.Call(t, exit, []object.Value{exc.Type().AsValue(), exc, tb}, nil)
		if err != nil {
			return sp, pc, err
		}
		push(r)

	case compile.FORMAT_VALUE:
		spec := object.Null
		if arg&compile.FormatWithSpec != 0 {
			spec = pop()
		}
		v := pop()
		s, err := FormatValue(&th.Thread, v, arg&compile.FormatConvMask, spec)
		if err != nil {
			return sp, pc, err
		}
		push(s)

	case compile.PRINT_EXPR:
		v := pop()
		if err := th.displayHook(v); err != nil {
			return sp, pc, err
		}

	case compile.GET_LEN:
		n, err := object.Len(t, slots[sp-1])
		if err != nil {
			return sp, pc, err
		}
		push(object.Int(int64(n)))

	case compile.MATCH_MAPPING:
		push(object.Bool(isMatchMapping(slots[sp-1])))

	case compile.MATCH_SEQUENCE:
		push(object.Bool(isMatchSequence(slots[sp-1])))

	case compile.MATCH_KEYS:
		r, err := th.matchKeys(slots[sp-2], slots[sp-1])
		if err != nil {
			return sp, pc, err
		}
		push(r)

	case compile.MATCH_CLASS:
		names := pop()
		cls := pop()
		subject := pop()
		r, err := th.matchClass(subject, cls, names, arg)
		if err != nil {
			return sp, pc, err
		}
		push(r)

	case compile.GET_YIELD_FROM_ITER:
		v := slots[sp-1]
		if v.Type() == CoroutineType && f.code.Flags&(compile.Coroutine|compile.IterableCoroutine) == 0 {
			return sp, pc, object.NewError(object.TypeError,
				"cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		if v.Type() != GeneratorType && v.Type() != CoroutineType {
			it, err := object.Iter(t, v)
			if err != nil {
				return sp, pc, err
			}
			slots[sp-1] = it
		}

	case compile.GET_AWAITABLE:
		aw, err := th.awaitable(slots[sp-1], arg)
		if err != nil {
			return sp, pc, err
		}
		slots[sp-1] = aw

	case compile.GET_AITER:
		obj := pop()
		m := obj.Type().Lookup(strAiter)
		if m.IsNull() {
			return sp, pc, object.Errorf(object.TypeError,
				"'async for' requires an object with __aiter__ method, got %s", obj.Type().Name)
		}
		it, err := callUnbound(t, m, obj)
		if err != nil {
			return sp, pc, err
		}
		if it.Type().Lookup(strAnext).IsNull() {
			return sp, pc, object.Errorf(object.TypeError,
				"'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
		}
		push(it)

	case compile.GET_ANEXT:
		aiter := slots[sp-1]
		m := aiter.Type().Lookup(strAnext)
		if m.IsNull() {
			return sp, pc, object.Errorf(object.TypeError,
				"'async for' requires an iterator with __anext__ method, got %s", aiter.Type().Name)
		}
		r, err := callUnbound(t, m, aiter)
		if err != nil {
			return sp, pc, err
		}
		aw, err := th.awaitable(r, 0)
		if err != nil {
			return sp, pc, object.Errorf(object.TypeError,
				"'async for' received an invalid object from __anext__: %s", r.Type().Name)
		}
		push(aw)

	case compile.END_ASYNC_FOR:
		exc := pop()
		pop()
		if !exc.Type().IsSubtype(object.StopAsyncIteration) {
			e, _ := exc.AsException()
			return sp, pc, e
		}

	case compile.CHECK_EG_MATCH:
		typ := pop()
		exc := pop()
		rest, match, err := th.exceptionGroupMatch(exc, typ)
		if err != nil {
			return sp, pc, err
		}
		push(rest)
		push(match)
		if !match.IsNone() {
			th.handled = match
			if g := f.gen; g != nil {
				g.handled = match
			}
		}

	case compile.PREP_RERAISE_STAR:
		list := pop()
		orig := pop()
		r, err := th.prepReraiseStar(orig, list)
		if err != nil {
			return sp, pc, err
		}
		push(r)

	case compile.CALL_INTRINSIC_1:
		r, err := th.intrinsic1(compile.Intrinsic1(arg), slots[sp-1])
		if err != nil {
			return sp, pc, err
		}
		slots[sp-1] = r

	case compile.CALL_INTRINSIC_2:
		y := pop()
		r, err := th.intrinsic2(compile.Intrinsic2(arg), slots[sp-1], y)
		if err != nil {
			return sp, pc, err
		}
		slots[sp-1] = r

	default:
		panic("BUG: eval: unknown opcode " + ins.Op().String())
	}
	return sp, pc, nil
}

// callUnbound calls a function found on a type with obj as self.
func callUnbound(t *object.Thread, fn, obj object.Value) (object.Value, error) {
	return object.Call(t, fn, []object.Value{obj}, nil)
}

// lookupSpecialPair finds the bound enter/exit methods of a context
// manager on its type, as with-statements do.
func lookupSpecialPair(t *object.Thread, mgr object.Value, enterName, exitName *object.Str, msg string) (object.Value, object.Value, error) {
	typ := mgr.Type()
	enter, exit := typ.Lookup(enterName), typ.Lookup(exitName)
	if enter.IsNull() {
		return object.Null, object.Null, object.Errorf(object.TypeError, msg, typ.Name)
	}
	if exit.IsNull() {
		return object.Null, object.Null, object.Errorf(object.TypeError,
			msg[:len(msg)-len("protocol")]+"protocol (missed __exit__ method)", typ.Name)
	}
	bind := func(f object.Value) (object.Value, error) {
		if get := f.Type().DescrGet; get != nil {
			return get(t, f, mgr, typ)
		}
		return f, nil
	}
	e, err := bind(enter)
	if err != nil {
		return object.Null, object.Null, err
	}
	x, err := bind(exit)
	if err != nil {
		return object.Null, object.Null, err
	}
	return e, x, nil
}

// starArgs turns the positional argument object of f(*args) into a fresh
// slice of arguments.
func (th *Thread) starArgs(fn, v object.Value) ([]object.Value, error) {
	if tup, ok := v.AsTuple(); ok {
		return append([]object.Value(nil), tup.Items...), nil
	}
	t := &th.Thread
	it, err := object.Iter(t, v)
	if err != nil {
		if isInstance(err, object.TypeError) {
			return nil, object.Errorf(object.TypeError, "%s argument after * must be an iterable, not %s",
				CallableName(t, fn), v.Type().Name)
		}
		return nil, err
	}
	var args []object.Value
	for {
		x, err := object.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return args, nil
		}
		args = append(args, x)
	}
}

// CallableName describes a callable in argument errors as CPython's
// _PyObject_FunctionStr does: "module.qualname()", without the module for
// builtins.
func CallableName(t *object.Thread, fn object.Value) string {
	if fn.IsNull() {
		return "function"
	}
	q, err := object.GetAttr(t, fn, strQualName)
	if err != nil {
		if s, err := object.StrOf(t, fn); err == nil {
			return s.String()
		}
		return fn.Type().Name + " object"
	}
	qs, err := object.StrOf(t, q)
	if err != nil {
		return fn.Type().Name + " object"
	}
	if m, err := object.GetAttr(t, fn, strModule); err == nil && !m.IsNone() {
		if ms, err := object.StrOf(t, m); err == nil && ms.String() != "builtins" {
			return ms.String() + "." + qs.String() + "()"
		}
	}
	return qs.String() + "()"
}
