package object

// This file holds BaseExceptionGroup and ExceptionGroup (PEP 654).

import "fmt"

func initExceptionGroups() {
	g := BaseExceptionGroup
	g.Doc = "A combination of multiple unrelated exceptions."
	g.New = exceptionGroupNew
	g.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) error {
		return NoKeywords(self.Type().Name, kwnames)
	}
	g.Str = func(t *Thread, v Value) (Value, error) {
		e := (*Exc)(v.p)
		n := len((*Tuple)(e.field(fieldGroupExceptions).p).Items)
		s, err := pyFormat(t, "%s", e.field(fieldGroupMessage))
		if err != nil {
			return Null, err
		}
		return StrValue(fmt.Sprintf("%s (%d sub-exception%s)", s, n, plural(n))), nil
	}
	g.AddMethods([]MethodDef{
		{Name: "__class_getitem__", Fn: ClassGetItem, Kind: ClassMethod, Doc: "See PEP 585"},
		{Name: "derive", Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity("derive", args[1:], kwnames, 1, 1); err != nil {
				return Null, err
			}
			msg := (*Exc)(args[0].p).field(fieldGroupMessage)
			return Call(t, BaseExceptionGroup.AsValue(), []Value{msg, args[1]}, nil)
		}},
		{Name: "split", Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity("split", args[1:], kwnames, 1, 1); err != nil {
				return Null, err
			}
			match, rest, err := splitGroup(t, args[0], args[1], true)
			if err != nil {
				return Null, err
			}
			return NewTuple(nullToNone(match), nullToNone(rest)).AsValue(), nil
		}},
		{Name: "subgroup", Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity("subgroup", args[1:], kwnames, 1, 1); err != nil {
				return Null, err
			}
			match, _, err := splitGroup(t, args[0], args[1], false)
			return nullToNone(match), err
		}},
	})
}

// exceptionGroupNew is BaseExceptionGroup.__new__(cls, message,
// exceptions), with CPython's validation; BaseExceptionGroup of only
// Exceptions makes an ExceptionGroup.
func exceptionGroupNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if err := NoKeywords(typ.Name, kwnames); err != nil {
		return Null, err
	}
	if len(args) != 2 {
		return Null, Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := args[0].exactStr(); !ok {
		return Null, Errorf(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", ArgTypeName(args[0]))
	}
	seq := args[1]
	_, isDict := seq.AsDict()
	_, isTuple := seq.AsTuple()
	_, isList := seq.AsList()
	if !isTuple && !isList && (seq.Type().GetItem == nil || isDict) {
		return Null, NewError(TypeError, "second argument (exceptions) must be a sequence")
	}
	items, err := sequenceItems(t, seq)
	if err != nil {
		return Null, err
	}
	if len(items) == 0 {
		return Null, NewError(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, x := range items {
		if _, ok := x.AsException(); !ok {
			return Null, Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		nestedBase = nestedBase || !x.Type().IsSubtype(Exception)
	}
	switch {
	case typ == BaseExceptionGroup:
		if !nestedBase {
			typ = ExceptionGroup
		}
	case typ == ExceptionGroup:
		if nestedBase {
			return Null, NewError(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case typ.IsSubtype(Exception):
		if nestedBase {
			return Null, Errorf(TypeError, "Cannot nest BaseExceptions in '%s'", typ.Name)
		}
	}
	e := allocException(typ, args)
	e.setField(fieldGroupMessage, args[0])
	e.setField(fieldGroupExceptions, NewTuple(append([]Value(nil), items...)...).AsValue())
	return e.AsValue(), nil
}

// groupMatcher returns the predicate of split and subgroup: an exception
// type, a tuple of them, or a callable.
func groupMatcher(t *Thread, cond Value) (func(Value) (bool, error), error) {
	if c, ok := cond.AsType(); ok && c.IsSubtype(BaseException) {
		return func(e Value) (bool, error) { return IsInstance(t, e, cond) }, nil
	}
	if tu, ok := cond.AsTuple(); ok {
		for _, x := range tu.Items {
			if c, ok := x.AsType(); !ok || !c.IsSubtype(BaseException) {
				return nil, NewError(TypeError, "expected a function, exception type or tuple of exception types")
			}
		}
		return func(e Value) (bool, error) { return IsInstance(t, e, cond) }, nil
	}
	if _, isType := cond.AsType(); !isType && cond.Type().Call != nil {
		return func(e Value) (bool, error) {
			r, err := Call(t, cond, []Value{e}, nil)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}, nil
	}
	return nil, NewError(TypeError, "expected a function, exception type or tuple of exception types")
}

func splitGroup(t *Thread, group, cond Value, wantRest bool) (match, rest Value, err error) {
	matcher, err := groupMatcher(t, cond)
	if err != nil {
		return Null, Null, err
	}
	return splitRecursive(t, group, matcher, wantRest)
}

func splitRecursive(t *Thread, exc Value, matcher func(Value) (bool, error), wantRest bool) (match, rest Value, err error) {
	if ok, err := matcher(exc); err != nil || ok {
		return exc, Null, err
	}
	if !exc.Type().IsSubtype(BaseExceptionGroup) {
		return Null, exc, nil
	}
	if err := t.Enter(" in split()"); err != nil {
		return Null, Null, err
	}
	defer t.Leave()
	var matches, rests []Value
	for _, sub := range (*Tuple)((*Exc)(exc.p).field(fieldGroupExceptions).p).Items {
		m, r, err := splitRecursive(t, sub, matcher, wantRest)
		if err != nil {
			return Null, Null, err
		}
		if !m.IsNull() {
			matches = append(matches, m)
		}
		if !r.IsNull() {
			rests = append(rests, r)
		}
	}
	if len(matches) > 0 {
		if match, err = deriveAndCopy(t, exc, matches); err != nil {
			return Null, Null, err
		}
	}
	if wantRest && len(rests) > 0 {
		if rest, err = deriveAndCopy(t, exc, rests); err != nil {
			return Null, Null, err
		}
	}
	return match, rest, nil
}

var dunderDerive = Intern("derive")

// deriveAndCopy returns group.derive(excs) with the group's traceback,
// cause, context and notes.
func deriveAndCopy(t *Thread, group Value, excs []Value) (Value, error) {
	r, found, err := CallMethod(t, group, dunderDerive, NewList(excs).AsValue())
	if err != nil {
		return Null, err
	}
	e, ok := r.AsException()
	if !found || !ok || !r.Type().IsSubtype(BaseExceptionGroup) {
		return Null, NewError(TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	src := (*Exc)(group.p)
	e.Traceback, e.Cause, e.Context = src.Traceback, src.Cause, src.Context
	if notes, err := GetAttr(t, group, dunderNotes); err == nil {
		if err := SetAttr(t, r, dunderNotes, notes); err != nil {
			return Null, err
		}
	}
	return r, nil
}
