package object

// This file holds the slot functions of classes that define dunders in
// Python: each looks the dunder up on the type (Type.Lookup, cached by the
// type's version) and calls it, as CPython's slot_* functions do.

// callSpecial calls descr, a dunder found on type(self), as a method of
// self. Plain functions (types with FlagMethodDescriptor) and the
// instance methods of built-in types are called with self prepended,
// without making a bound method.
func callSpecial(t *Thread, descr, self Value, args ...Value) (Value, error) {
	// args stays on the caller's stack: only copies of it escape.
	if callsWithSelf(descr) {
		full, mark := t.withSelf(self, args)
		r, err := Call(t, descr, full, nil)
		t.ReleaseArgs(full, mark)
		return r, err
	}
	return callSpecialKw(t, descr, self, append([]Value(nil), args...), nil)
}

// callsWithSelf reports whether calling descr with self prepended is
// what binding it to self and calling the result does: for Python
// functions, slot wrappers and the instance methods of built-in types
// (the descriptor checks self's type as binding would; an arity error
// names the defining type, "dict.keys()", as CPython's slots, which call
// the descriptor unbound, name it).
func callsWithSelf(descr Value) bool {
	dt := descr.Type()
	return dt.Flags&FlagMethodDescriptor != 0 ||
		dt == MethodDescriptorType && (*MethodDescriptor)(descr.p).Def.Kind == InstanceMethod
}

func callSpecialKw(t *Thread, descr, self Value, args []Value, kwnames *Tuple) (Value, error) {
	if callsWithSelf(descr) {
		full, mark := t.withSelf(self, args)
		r, err := Call(t, descr, full, kwnames)
		t.ReleaseArgs(full, mark)
		return r, err
	}
	dt := descr.Type()
	if get := dt.DescrGet; get != nil {
		bound, err := get(t, descr, self, self.Type())
		if err != nil {
			return Null, err
		}
		return Call(t, bound, args, kwnames)
	}
	return Call(t, descr, args, kwnames)
}

// LookupSpecial returns type(v).name bound to v, or Null when the type has
// no such attribute (for __enter__, __exit__, __format__ and the other
// dunders without a slot, which are looked up on the type only).
func LookupSpecial(t *Thread, v Value, name *Str) (Value, error) {
	d := v.Type().Lookup(name)
	if d.IsNull() {
		return Null, nil
	}
	if get := d.Type().DescrGet; get != nil {
		return get(t, d, v, v.Type())
	}
	return d, nil
}

// CallMethod calls the dunder name of type(self) as a method of self; found
// is false (and nothing is called) when the type lacks it.
func CallMethod(t *Thread, self Value, name *Str, args ...Value) (r Value, found bool, err error) {
	d := self.Type().Lookup(name)
	if d.IsNull() {
		return Null, false, nil
	}
	r, err = callSpecialKw(t, d, self, args, nil)
	return r, true, err
}

// requireSpecial looks name up on type(v), failing with AttributeError as
// CPython's slot functions do when the dunder vanished.
func requireSpecial(v Value, name *Str) (Value, error) {
	d := v.Type().Lookup(name)
	if d.IsNull() {
		return Null, NewError(AttributeError, name.s)
	}
	return d, nil
}

func dispatchUnary(name *Str) UnaryFunc {
	return func(t *Thread, v Value) (Value, error) {
		d, err := requireSpecial(v, name)
		if err != nil {
			return Null, err
		}
		if d.IsNone() && name == dunderIter {
			return Null, Errorf(TypeError, "'%s' object is not iterable", v.Type().tpName())
		}
		return callSpecial(t, d, v)
	}
}

var (
	dunderIter         = Intern("__iter__")
	dunderNext         = Intern("__next__")
	dunderLen          = Intern("__len__")
	dunderBool         = Intern("__bool__")
	dunderCall         = Intern("__call__")
	dunderInit         = Intern("__init__")
	dunderGetAttribute = Intern("__getattribute__")
	dunderGetAttr      = Intern("__getattr__")
	dunderSetAttr      = Intern("__setattr__")
	dunderDelAttr      = Intern("__delattr__")
	dunderGet          = Intern("__get__")
	dunderSet          = Intern("__set__")
	dunderDelete       = Intern("__delete__")
	dunderGetItem      = Intern("__getitem__")
	dunderSetItem      = Intern("__setitem__")
	dunderDelItem      = Intern("__delitem__")
	dunderContains     = Intern("__contains__")
)

func dispatchHash(t *Thread, v Value) (int64, error) {
	d, err := requireSpecial(v, dunderHash)
	if err != nil {
		return 0, err
	}
	r, err := callSpecial(t, d, v)
	if err != nil {
		return 0, err
	}
	var h int64
	switch {
	case r.IsInt() || r.IsBool():
		h = r.AsInt()
	case r.Type().IsSubtype(IntType) && IntType.Hash != nil:
		// A big int (or an int subclass): its hash, as CPython does when
		// the value does not fit a Py_ssize_t.
		if h, err = IntType.Hash(t, r); err != nil {
			return 0, err
		}
	default:
		return 0, NewError(TypeError, "__hash__ method should return an integer")
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

func dispatchCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	d := a.Type().Lookup(compareNames[op])
	if d.IsNull() || t.declines(d) {
		return NotImplemented, nil
	}
	return callSpecial(t, d, a, b)
}

var compareNames = func() (names [CmpGE + 1]*Str) {
	for op := range names {
		names[op] = Intern(compareOpInfo[op].name)
	}
	return names
}()

// dispatchGetAttr is __getattribute__ with the __getattr__ fallback on
// AttributeError (CPython's slot_tp_getattr_hook).
func dispatchGetAttr(t *Thread, obj Value, name *Str) (Value, error) {
	typ := obj.Type()
	getattribute := typ.Lookup(dunderGetAttribute)
	var r Value
	var err error
	if isSlotWrapperOf(getattribute, GetAttrFunc(GenericGetAttr)) {
		r, err = GenericGetAttr(t, obj, name)
	} else if !getattribute.IsNull() {
		r, err = callSpecial(t, getattribute, obj, name.AsValue())
	} else {
		err = noAttributeError(obj, name)
	}
	if err == nil {
		return r, nil
	}
	getattr := typ.Lookup(dunderGetAttr)
	if e, ok := err.(*Exc); !ok || getattr.IsNull() || !e.typ.IsSubtype(AttributeError) {
		return Null, err
	}
	return callSpecial(t, getattr, obj, name.AsValue())
}

// isSlotWrapperOf reports whether d is the wrapper of the Go slot fn.
func isSlotWrapperOf[F any](d Value, fn F) bool {
	if d.IsNull() || d.Type() != WrapperDescriptorType {
		return false
	}
	g, ok := (*SlotWrapper)(d.p).fn.(F)
	return ok && SameFunc(g, fn)
}

func dispatchSetAttr(t *Thread, obj Value, name *Str, value Value) error {
	dname := dunderSetAttr
	if value.IsNull() {
		dname = dunderDelAttr
	}
	d, err := requireSpecial(obj, dname)
	if err != nil {
		return err
	}
	if isSlotWrapperOf(d, SetAttrFunc(GenericSetAttr)) {
		return GenericSetAttr(t, obj, name, value)
	}
	if value.IsNull() {
		_, err = callSpecial(t, d, obj, name.AsValue())
	} else {
		_, err = callSpecial(t, d, obj, name.AsValue(), value)
	}
	return err
}

func dispatchDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	d, err := requireSpecial(descr, dunderGet)
	if err != nil {
		return Null, err
	}
	o, ty := None, None
	if !obj.IsNull() {
		o = obj
	}
	if typ != nil {
		ty = typ.AsValue()
	}
	return callSpecial(t, d, descr, o, ty)
}

func dispatchDescrSet(t *Thread, descr, obj, value Value) error {
	if value.IsNull() {
		d, err := requireSpecial(descr, dunderDelete)
		if err != nil {
			return err
		}
		_, err = callSpecial(t, d, descr, obj)
		return err
	}
	d, err := requireSpecial(descr, dunderSet)
	if err != nil {
		return err
	}
	_, err = callSpecial(t, d, descr, obj, value)
	return err
}

func dispatchNext(t *Thread, it Value) (Value, error) {
	d, err := requireSpecial(it, dunderNext)
	if err != nil {
		return Null, err
	}
	r, err := callSpecial(t, d, it)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(StopIteration) {
			return Null, nil
		}
		return Null, err
	}
	return r, nil
}

func dispatchLen(t *Thread, v Value) (int, error) {
	d, err := requireSpecial(v, dunderLen)
	if err != nil {
		return 0, err
	}
	r, err := callSpecial(t, d, v)
	if err != nil {
		return 0, err
	}
	n, err := indexValue(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, NewError(ValueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

// indexValue converts v to an index-sized int through __index__, with
// CPython's errors (PyNumber_AsSsize_t raising OverflowError).
func indexValue(t *Thread, v Value) (int64, error) {
	if v.IsInt() || v.IsBool() {
		return v.AsInt(), nil
	}
	typ := v.Type()
	if typ.Index == nil {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typ.tpName())
	}
	r, err := typ.Index(t, v)
	if err != nil {
		return 0, err
	}
	if r.IsInt() || r.IsBool() {
		return r.AsInt(), nil
	}
	if r.Type().IsSubtype(IntType) {
		return 0, Errorf(OverflowError, "cannot fit '%s' into an index-sized integer", typ.Name)
	}
	return 0, Errorf(TypeError, "__index__ returned non-int (type %s)", r.Type().tpName())
}

func dispatchGetItem(t *Thread, obj, key Value) (Value, error) {
	d, err := requireSpecial(obj, dunderGetItem)
	if err != nil {
		return Null, err
	}
	return callSpecial(t, d, obj, key)
}

func dispatchSetItem(t *Thread, obj, key, value Value) error {
	if value.IsNull() {
		d, err := requireSpecial(obj, dunderDelItem)
		if err != nil {
			return err
		}
		_, err = callSpecial(t, d, obj, key)
		return err
	}
	d, err := requireSpecial(obj, dunderSetItem)
	if err != nil {
		return err
	}
	_, err = callSpecial(t, d, obj, key, value)
	return err
}

func dispatchContains(t *Thread, container, v Value) (bool, error) {
	d, err := requireSpecial(container, dunderContains)
	if err != nil {
		return false, err
	}
	if d.IsNone() {
		return false, Errorf(TypeError, "'%s' object is not a container", container.Type().Name)
	}
	r, err := callSpecial(t, d, container, v)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func dispatchBool(t *Thread, v Value) (bool, error) {
	d, err := requireSpecial(v, dunderBool)
	if err != nil {
		return false, err
	}
	r, err := callSpecial(t, d, v)
	if err != nil {
		return false, err
	}
	if !r.IsBool() {
		return false, Errorf(TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
	}
	return r.AsInt() != 0, nil
}

func dispatchCall(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
	d, err := requireSpecial(callable, dunderCall)
	if err != nil {
		return Null, err
	}
	return callSpecialKw(t, d, callable, args, kwnames)
}

func dispatchInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	d, err := requireSpecial(self, dunderInit)
	if err != nil {
		return err
	}
	r, err := callSpecialKw(t, d, self, args, kwnames)
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return InitReturnedError(r)
	}
	return nil
}

// dispatchNew calls typ.__new__(typ, ...): the attribute of the class (a
// staticmethod, usually), not of its metaclass.
func dispatchNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	f := typ.Lookup(dunderNew)
	if f.IsNull() {
		return Null, NewError(AttributeError, "__new__")
	}
	if get := f.Type().DescrGet; get != nil {
		var err error
		if f, err = get(t, f, Null, typ); err != nil {
			return Null, err
		}
	}
	full, mark := t.withSelf(typ.AsValue(), args)
	r, err := Call(t, f, full, kwnames)
	t.ReleaseArgs(full, mark)
	return r, err
}

// dispatchBinary returns the Binary[op] slot of classes defining __op__ or
// __rop__ (CPython's SLOT1BINFULL). It is called with the operands in
// source order whichever has the slot: it tries a.__op__(b), then
// b.__rop__(a) when b's type has this slot too (first when b's type is a
// proper subclass of a's overriding __rop__), never __rop__ for operands of
// the same type.
func dispatchBinary(op Operator) BinaryFunc {
	name, rname := Intern(binaryOpInfo[op].name), Intern(binaryOpInfo[op].rname)
	var self BinaryFunc
	self = func(t *Thread, a, b Value) (Value, error) {
		ta, tb := a.Type(), b.Type()
		doOther := ta != tb && SameFunc(tb.Binary[op], self)
		if SameFunc(ta.Binary[op], self) {
			if doOther && tb.IsSubtype(ta) && methodIsOverloaded(ta, tb, rname) {
				r, err := callBinaryDunder(t, b, rname, a)
				if err != nil || r != NotImplemented {
					return r, err
				}
				doOther = false
			}
			r, err := callBinaryDunder(t, a, name, b)
			if err != nil || r != NotImplemented || ta == tb {
				return r, err
			}
		}
		if doOther {
			return callBinaryDunder(t, b, rname, a)
		}
		return NotImplemented, nil
	}
	return self
}

// methodIsOverloaded reports whether right's name differs from left's.
func methodIsOverloaded(left, right *Type, name *Str) bool {
	b := right.Lookup(name)
	if b.IsNull() {
		return false
	}
	return left.Lookup(name) != b
}

func callBinaryDunder(t *Thread, self Value, name *Str, other Value) (Value, error) {
	d := self.Type().Lookup(name)
	if d.IsNull() || t.declines(d) {
		return NotImplemented, nil
	}
	return callSpecial(t, d, self, other)
}

func dispatchInPlace(op Operator) BinaryFunc {
	name := Intern(binaryOpInfo[op].iname)
	return func(t *Thread, a, b Value) (Value, error) {
		return callBinaryDunder(t, a, name, b)
	}
}
