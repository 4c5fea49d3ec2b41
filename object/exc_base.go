package object

// This file holds the behaviour of BaseException: construction, args,
// str and repr, tracebacks, chaining, notes and pickling support.

var _ = registerTypeInit(initBaseException)

func initBaseException() {
	b := BaseException
	b.Doc = "Common base class for all exceptions"
	b.New = baseExceptionNew
	b.Init = baseExceptionInit
	b.Repr = baseExceptionRepr
	b.Str = baseExceptionStr
	b.AddGetSets([]GetSetDef{
		{Name: "args", Get: func(_ *Thread, v Value) (Value, error) { return (*Exc)(v.p).argsTuple().AsValue(), nil },
			Set: func(t *Thread, v, value Value) error {
				if value.IsNull() {
					return NewError(TypeError, "args may not be deleted")
				}
				items, err := sequenceItems(t, value)
				if err != nil {
					return err
				}
				(*Exc)(v.p).Args = NewTuple(items...)
				return nil
			}},
		{Name: "__traceback__", Get: func(_ *Thread, v Value) (Value, error) { return nullToNone((*Exc)(v.p).Traceback), nil },
			Set: func(_ *Thread, v, value Value) error {
				if value.IsNull() {
					return NewError(TypeError, "__traceback__ may not be deleted")
				}
				(*Exc)(v.p).SetTraceback(value)
				return nil
			}},
		{Name: "__context__", Get: func(_ *Thread, v Value) (Value, error) { return nullToNone((*Exc)(v.p).Context), nil },
			Set: func(_ *Thread, v, value Value) error {
				if value.IsNull() {
					return NewError(TypeError, "__context__ may not be deleted")
				}
				if err := checkChained(value, "context"); err != nil {
					return err
				}
				(*Exc)(v.p).Context = noneToNull(value)
				return nil
			}},
		{Name: "__cause__", Get: func(_ *Thread, v Value) (Value, error) { return nullToNone((*Exc)(v.p).Cause), nil },
			Set: func(_ *Thread, v, value Value) error {
				if value.IsNull() {
					return NewError(TypeError, "__cause__ may not be deleted")
				}
				if err := checkChained(value, "cause"); err != nil {
					return err
				}
				e := (*Exc)(v.p)
				e.Cause, e.SuppressContext = noneToNull(value), true
				return nil
			}},
		{Name: "__suppress_context__", Get: func(_ *Thread, v Value) (Value, error) { return Bool((*Exc)(v.p).SuppressContext), nil },
			Set: func(t *Thread, v, value Value) error {
				if value.IsNull() {
					return NewError(TypeError, "can't delete attribute")
				}
				b, err := Truth(t, value)
				(*Exc)(v.p).SuppressContext = b
				return err
			}},
		{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet},
	})
	b.AddMethods([]MethodDef{
		{Name: "with_traceback", Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity("with_traceback", args[1:], kwnames, 1, 1); err != nil {
				return Null, err
			}
			(*Exc)(args[0].p).SetTraceback(args[1])
			return args[0], nil
		}, Doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
		{Name: "add_note", Fn: excAddNote, Doc: "Exception.add_note(note) --\n    add a note to the exception"},
		{Name: "__reduce__", Fn: excReduce},
		{Name: "__setstate__", Fn: excSetState},
	})
}

func noneToNull(v Value) Value {
	if v.IsNone() {
		return Null
	}
	return v
}

func checkChained(v Value, what string) error {
	if _, ok := v.AsException(); ok || v.IsNone() {
		return nil
	}
	return Errorf(TypeError, "exception %s must be None or derive from BaseException", what)
}

// SetTraceback sets __traceback__ (the interpreter's traceback object, or
// None).
func (e *Exc) SetTraceback(tb Value) { e.Traceback = noneToNull(tb) }

func (e *Exc) argsTuple() *Tuple {
	if e.Args == nil {
		return EmptyTuple
	}
	return e.Args
}

// allocException returns a new exception of class typ (a subclass of
// BaseException) with the given args, not yet initialized.
func allocException(typ *Type, args []Value) *Exc {
	e := &Exc{Header: Header{typ}, Args: NewTuple(append([]Value(nil), args...)...)}
	e.attrs.Init(typ)
	return e
}

func baseExceptionNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	return allocException(typ, args[:Positional(args, kwnames)]).AsValue(), nil
}

func baseExceptionInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	if err := NoKeywords(self.Type().Name, kwnames); err != nil {
		return err
	}
	(*Exc)(self.p).Args = NewTuple(append([]Value(nil), args...)...)
	return nil
}

func baseExceptionRepr(t *Thread, v Value) (Value, error) {
	e := (*Exc)(v.p)
	name := v.Type().Name
	args := e.argsTuple()
	if len(args.Items) == 1 {
		r, err := Repr(t, args.Items[0])
		if err != nil {
			return Null, err
		}
		return StrValue(name + "(" + r.s + ")"), nil
	}
	if len(args.Items) == 0 {
		return StrValue(name + "()"), nil
	}
	r, err := Repr(t, args.AsValue())
	if err != nil {
		return Null, err
	}
	return StrValue(name + r.s), nil
}

func baseExceptionStr(t *Thread, v Value) (Value, error) {
	args := (*Exc)(v.p).argsTuple()
	var s *Str
	var err error
	switch len(args.Items) {
	case 0:
		return StrValue(""), nil
	case 1:
		s, err = StrOf(t, args.Items[0])
	default:
		s, err = StrOf(t, args.AsValue())
	}
	if err != nil {
		return Null, err
	}
	return s.AsValue(), nil
}

var dunderNotes = Intern("__notes__")

// excAddNote is BaseException.add_note: append to the __notes__ list,
// creating it.
func excAddNote(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("add_note", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	self, note := args[0], args[1]
	if _, ok := note.exactStr(); !ok {
		return Null, Errorf(TypeError, "note must be a str, not '%s'", note.Type().Name)
	}
	notes, err := GetAttr(t, self, dunderNotes)
	if err != nil {
		if e, ok := err.(*Exc); !ok || !e.typ.IsSubtype(AttributeError) {
			return Null, err
		}
		notes = NewList(nil).AsValue()
		if err := SetAttr(t, self, dunderNotes, notes); err != nil {
			return Null, err
		}
	}
	l, ok := notes.AsList()
	if !ok {
		return Null, NewError(TypeError, "Cannot add note: __notes__ is not a list")
	}
	l.Items = append(l.Items, note)
	return None, nil
}

// excReduce is BaseException.__reduce__: (type, args[, __dict__]).
func excReduce(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__reduce__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	e := (*Exc)(args[0].p)
	typ := args[0].Type().AsValue()
	hasAttrs := e.attrs.dict != nil && e.attrs.dict.Len() > 0 ||
		e.attrs.dict == nil && len(e.attrs.slots) > len(e.attrs.layout.owner.rootNames())
	if hasAttrs {
		return NewTuple(typ, e.argsTuple().AsValue(), e.attrs.Dict().AsValue()).AsValue(), nil
	}
	return NewTuple(typ, e.argsTuple().AsValue()).AsValue(), nil
}

// excSetState is BaseException.__setstate__: set each item of a dict as
// an attribute.
func excSetState(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__setstate__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	if args[1].IsNone() {
		return None, nil
	}
	d, ok := args[1].AsDict()
	if !ok {
		return Null, NewError(TypeError, "state is not a dictionary")
	}
	for pos := 0; ; {
		k, v, next, ok := d.Next(pos)
		if !ok {
			return None, nil
		}
		pos = next
		name, err := attrName(k)
		if err != nil {
			return Null, err
		}
		if err := SetAttr(t, args[0], name, v); err != nil {
			return Null, err
		}
	}
}

// keywordsOnly fails unless every keyword of a constructor is one of
// names, with CPython's message for the others.
func keywordsOnly(typ *Type, kwnames *Tuple, names ...string) error {
	if kwnames == nil {
		return nil
	}
	for _, k := range kwnames.Items {
		ks := (*Str)(k.p).s
		found := false
		for _, n := range names {
			found = found || n == ks
		}
		if !found {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", ks, typ.Name)
		}
	}
	return nil
}

// keyword returns the value of keyword argument name, or Null.
func keyword(args []Value, kwnames *Tuple, name string) Value {
	if kwnames == nil {
		return Null
	}
	npos := len(args) - len(kwnames.Items)
	for i, k := range kwnames.Items {
		if (*Str)(k.p).s == name {
			return args[npos+i]
		}
	}
	return Null
}
