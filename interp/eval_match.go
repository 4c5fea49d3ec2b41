package interp

import (
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// This file holds the runtime side of match statements, awaitables,
// exception groups in except*, f-string formatting and intrinsics.

var (
	strMappingABC  = object.Intern("Mapping")
	strSequenceABC = object.Intern("Sequence")
)

// isMatchMapping reports whether a subject matches mapping patterns: dicts
// and classes registered as collections.abc.Mapping (tp_flags
// Py_TPFLAGS_MAPPING in CPython).
func isMatchMapping(v object.Value) bool {
	for _, m := range v.Type().MRO {
		if m == object.DictType || m.Name == "mappingproxy" || m.Name == "OrderedDict" || m.Name == "defaultdict" {
			return true
		}
		if abcRegistered(m, strMappingABC) {
			return true
		}
	}
	return false
}

// isMatchSequence reports whether a subject matches sequence patterns:
// list, tuple, range, memoryview, deque and collections.abc.Sequence
// classes, but not str, bytes or bytearray.
func isMatchSequence(v object.Value) bool {
	for _, m := range v.Type().MRO {
		switch m.Name {
		case "str", "bytes", "bytearray":
			if m.Module == "" {
				return false
			}
		}
		if m == object.ListType || m == object.TupleType {
			return true
		}
		switch m.Name {
		case "range", "memoryview", "deque", "array":
			return true
		}
		if abcRegistered(m, strSequenceABC) {
			return true
		}
	}
	return false
}

var strABCFlags = object.Intern("__abc_match_flags__")

// abcRegistered reports whether class m was marked by collections.abc
// (or an ABC registration) as matching the given ABC: the abc module sets
// __abc_match_flags__ in the class namespace to "Mapping" or "Sequence".
func abcRegistered(m *object.Type, abc *object.Str) bool {
	if m.Dict == nil {
		return false
	}
	v, ok := m.Dict.GetStr(strABCFlags)
	if !ok {
		return false
	}
	s, ok := v.AsStr()
	return ok && s.String() == abc.String()
}

// matchKeys implements MATCH_KEYS: the values of subject for keys, or None
// when one is missing.
func (th *Thread) matchKeys(subject, keys object.Value) (object.Value, error) {
	t := &th.Thread
	kt, _ := keys.AsTuple()
	if len(kt.Items) == 0 {
		return object.EmptyTuple.AsValue(), nil
	}
	get, err := object.GetAttr(t, subject, strGet)
	if err != nil {
		return object.Null, err
	}
	sentinel := object.NewList(nil).AsValue() // a unique object

	values := make([]object.Value, len(kt.Items))
	seen := object.NewDict()
	for i, k := range kt.Items {
		if _, found, err := seen.GetItem(t, k); err != nil {
			return object.Null, err
		} else if found {
			r, _ := object.Repr(t, k)
			return object.Null, object.Errorf(object.ValueError, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.SetItem(t, k, object.None); err != nil {
			return object.Null, err
		}
		v, err := object.Call(t, get, []object.Value{k, sentinel}, nil)
		if err != nil {
			return object.Null, err
		}
		if v == sentinel {
			return object.None, nil
		}
		values[i] = v
	}
	return object.NewTuple(values...).AsValue(), nil
}

// matchClass implements MATCH_CLASS: the tuple of n positional then
// keyword attributes of subject, or None when it is not an instance of cls
// or lacks an attribute.
func (th *Thread) matchClass(subject, cls, names object.Value, n int) (object.Value, error) {
	t := &th.Thread
	typ, ok := cls.AsType()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "called match pattern must be a class")
	}
	isInst, err := object.IsInstance(t, subject, cls)
	if err != nil || !isInst {
		return object.None, err
	}
	kw, _ := names.AsTuple()
	var attrs []object.Value
	var seen []string
	if n > 0 {
		matchArgs, err := object.GetAttr(t, cls, strMatchArgs)
		var items []object.Value
		switch {
		case err == nil:
			tup, ok := matchArgs.AsTuple()
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "%s.__match_args__ must be a tuple (got %s)", typ.Name, matchArgs.Type().Name)
			}
			items = tup.Items
		case isInstance(err, object.AttributeError):
			if selfMatching(typ) {
				if n > 1 {
					return object.Null, object.Errorf(object.TypeError, "%s() accepts 1 positional sub-pattern (%d given)", typ.Name, n)
				}
				attrs = append(attrs, subject)
				seen = nil
				n = 0
			}
		default:
			return object.Null, err
		}
		if n > len(items) && n > 0 {
			s := "s"
			if len(items) == 1 {
				s = ""
			}
			return object.Null, object.Errorf(object.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", typ.Name, len(items), s, n)
		}
		for i := 0; i < n; i++ {
			name, ok := items[i].AsStr()
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "__match_args__ elements must be strings (got %s)", items[i].Type().Name)
			}
			v, found, err := th.matchAttr(subject, name, &seen)
			if err != nil || !found {
				return object.None, err
			}
			attrs = append(attrs, v)
		}
	}
	for _, k := range kw.Items {
		name, _ := k.AsStr()
		v, found, err := th.matchAttr(subject, name, &seen)
		if err != nil || !found {
			return object.None, err
		}
		attrs = append(attrs, v)
	}
	return object.NewTuple(attrs...).AsValue(), nil
}

func (th *Thread) matchAttr(subject object.Value, name *object.Str, seen *[]string) (object.Value, bool, error) {
	for _, s := range *seen {
		if s == name.String() {
			return object.Null, false, object.Errorf(object.TypeError, "%s() got multiple sub-patterns for attribute '%s'", subject.Type().Name, name)
		}
	}
	*seen = append(*seen, name.String())
	v, err := object.GetAttr(&th.Thread, subject, object.InternStr(name))
	if err != nil {
		if isInstance(err, object.AttributeError) {
			return object.Null, false, nil
		}
		return object.Null, false, err
	}
	return v, true, nil
}

// selfMatching reports whether instances of typ match a single positional
// sub-pattern as a whole (bool, int, float, str, bytes, dict, list, ...).
func selfMatching(typ *object.Type) bool {
	for _, m := range typ.MRO {
		switch m.Name {
		case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple":
			if m.Module == "" {
				return true
			}
		}
	}
	return false
}

// awaitable implements GET_AWAITABLE: the iterator to drive for `await v`.
func (th *Thread) awaitable(v object.Value, where int) (object.Value, error) {
	t := &th.Thread
	if v.Type() == CoroutineType {
		return v, nil
	}
	if g, ok := asGenerator(v); ok && g.code.Flags&compile.IterableCoroutine != 0 {
		return v, nil
	}
	m := v.Type().Lookup(strAwait)
	if m.IsNull() {
		switch where {
		case 1:
			return object.Null, object.Errorf(object.TypeError,
				"'async with' received an object from __aenter__ that does not implement __await__: %s", v.Type().Name)
		case 2:
			return object.Null, object.Errorf(object.TypeError,
				"'async with' received an object from __aexit__ that does not implement __await__: %s", v.Type().Name)
		}
		return object.Null, object.Errorf(object.TypeError, "object %s can't be used in 'await' expression", v.Type().Name)
	}
	var it object.Value
	var err error
	if m.Type() == FunctionType {
		// The usual __await__, a generator function: no slice for the
		// argument on the heap.
		self := [1]object.Value{v}
		it, err = th.callFunction((*Function)(m.Pointer()), self[:], nil)
	} else {
		it, err = callUnbound(t, m, v)
	}
	if err != nil {
		return object.Null, err
	}
	if it.Type() == CoroutineType {
		return object.Null, object.NewError(object.TypeError, "__await__() returned a coroutine")
	}
	if it.Type().Next == nil {
		return object.Null, object.Errorf(object.TypeError, "__await__() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

// exceptionGroupMatch implements CHECK_EG_MATCH.
func (th *Thread) exceptionGroupMatch(exc, typ object.Value) (rest, match object.Value, err error) {
	t := &th.Thread
	if err := checkExceptStarType(typ); err != nil {
		return object.Null, object.Null, err
	}
	if exc.IsNone() {
		return object.None, object.None, nil
	}
	if m, err := exceptionMatches(t, exc, typ); err != nil {
		return object.Null, object.Null, err
	} else if m {
		e, _ := exc.AsException()
		if !exc.Type().IsSubtype(object.BaseExceptionGroup) {
			// A naked exception is wrapped in an ExceptionGroup("", [exc]).
			eg, err := object.Call(t, object.ExceptionGroup.AsValue(),
				[]object.Value{object.StrValue(""), object.NewTuple(exc).AsValue()}, nil)
			if err != nil {
				return object.Null, object.Null, err
			}
			g, _ := eg.AsException()
			g.Traceback = e.Traceback
			return object.None, eg, nil
		}
		return object.None, exc, nil
	}
	if !exc.Type().IsSubtype(object.BaseExceptionGroup) {
		return exc, object.None, nil
	}
	split, err := object.GetAttr(t, exc, object.Intern("split"))
	if err != nil {
		return object.Null, object.Null, err
	}
	pair, err := object.Call(t, split, []object.Value{typ}, nil)
	if err != nil {
		return object.Null, object.Null, err
	}
	p, ok := pair.AsTuple()
	if !ok || len(p.Items) != 2 {
		return object.Null, object.Null, object.Errorf(object.TypeError, "X.split(...) must return a tuple, not %s", pair.Type().Name)
	}
	if p.Items[0].IsNone() {
		return exc, object.None, nil
	}
	return p.Items[1], p.Items[0], nil
}

func checkExceptStarType(typ object.Value) error {
	check := func(v object.Value) error {
		cls, ok := v.AsType()
		if !ok || !cls.IsSubtype(object.BaseException) {
			return object.NewError(object.TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if cls.IsSubtype(object.BaseExceptionGroup) {
			return object.NewError(object.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tup, ok := typ.AsTuple(); ok {
		for _, x := range tup.Items {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// prepReraiseStar implements PREP_RERAISE_STAR: combine the exceptions left
// by except* clauses into the group to re-raise (or None).
func (th *Thread) prepReraiseStar(orig, list object.Value) (object.Value, error) {
	t := &th.Thread
	l, _ := list.AsList()
	var raised []object.Value
	for _, x := range l.Items {
		if !x.IsNone() {
			raised = append(raised, x)
		}
	}
	if len(raised) == 0 {
		return object.None, nil
	}
	if !orig.Type().IsSubtype(object.BaseExceptionGroup) {
		return raised[0], nil
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	derive, err := object.GetAttr(t, orig, object.Intern("derive"))
	if err != nil {
		return object.Null, err
	}
	return object.Call(t, derive, []object.Value{object.NewList(raised).AsValue()}, nil)
}

// BuildString implements BUILD_STRING: the concatenation of parts, strs.
func BuildString(parts []object.Value) object.Value {
	var n int
	for _, v := range parts {
		s, _ := v.AsStr()
		n += len(s.String())
	}
	buf := make([]byte, 0, n)
	for _, v := range parts {
		s, _ := v.AsStr()
		buf = append(buf, s.String()...)
	}
	return object.StrValue(string(buf))
}

// FormatValue implements FORMAT_VALUE: conversion conv (0 none, 1 str,
// 2 repr, 3 ascii) of v, then format(v, spec) (spec Null: none).
func FormatValue(t *object.Thread, v object.Value, conv int, spec object.Value) (object.Value, error) {
	var s *object.Str
	var err error
	switch conv {
	case 1:
		s, err = object.StrOf(t, v)
	case 2:
		s, err = object.Repr(t, v)
	case 3:
		s, err = object.ASCII(t, v)
	}
	if err != nil {
		return object.Null, err
	}
	if s != nil {
		v = s.AsValue()
	}
	if spec.IsNull() && v.Type() == object.StrType {
		return v, nil
	}
	if spec.IsNull() {
		spec = object.StrValue("")
	}
	return object.Format(t, v, spec)
}

// displayHook implements PRINT_EXPR through sys.displayhook.
func (th *Thread) displayHook(v object.Value) error {
	sys, err := th.sysModule()
	if err != nil {
		return err
	}
	hook, ok := sys.dict.GetStr(strDisplayhook)
	if !ok {
		return object.NewError(object.RuntimeError, "lost sys.displayhook")
	}
	_, err = object.Call(&th.Thread, hook, []object.Value{v}, nil)
	return err
}

// intrinsic1 runs a CALL_INTRINSIC_1 operation (PEP 695 type parameters).
func (th *Thread) intrinsic1(fn compile.Intrinsic1, x object.Value) (object.Value, error) {
	name := map[compile.Intrinsic1]string{
		compile.IntrinsicTypeVar:          "TypeVar",
		compile.IntrinsicParamSpec:        "ParamSpec",
		compile.IntrinsicTypeVarTuple:     "TypeVarTuple",
		compile.IntrinsicSubscriptGeneric: "Generic",
		compile.IntrinsicTypeAlias:        "TypeAliasType",
	}[fn]
	typing, err := th.importModule("typing")
	if err != nil {
		return object.Null, err
	}
	t := &th.Thread
	target, err := object.GetAttr(t, typing, object.Intern(name))
	if err != nil {
		return object.Null, err
	}
	switch fn {
	case compile.IntrinsicSubscriptGeneric:
		return object.GetItem(t, target, x)
	case compile.IntrinsicTypeAlias:
		args, _ := x.AsTuple()
		return object.Call(t, target, args.Items, nil)
	}
	return object.Call(t, target, []object.Value{x}, nil)
}

// intrinsic2 runs a CALL_INTRINSIC_2 operation. A type variable's bound or
// constraints are evaluated when the type variable is created (CPython
// 3.12 evaluates them lazily; forward references there are not supported
// yet).
func (th *Thread) intrinsic2(fn compile.Intrinsic2, x, y object.Value) (object.Value, error) {
	t := &th.Thread
	if fn == compile.IntrinsicSetFunctionTypeParams {
		err := object.SetAttr(t, x, object.Intern("__type_params__"), y)
		return x, err
	}
	typing, err := th.importModule("typing")
	if err != nil {
		return object.Null, err
	}
	typeVar, err := object.GetAttr(t, typing, object.Intern("TypeVar"))
	if err != nil {
		return object.Null, err
	}
	v, err := object.Call(t, y, nil, nil)
	if err != nil {
		return object.Null, err
	}
	if fn == compile.IntrinsicTypeVarWithBound {
		return object.Call(t, typeVar, []object.Value{x, v}, object.NewTuple(object.Intern("bound").AsValue()))
	}
	constraints, ok := v.AsTuple()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "TypeVar constraints must be a tuple")
	}
	return object.Call(t, typeVar, append([]object.Value{x}, constraints.Items...), nil)
}
