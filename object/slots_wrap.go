package object

// This file shows the Go slots of built-in types as Python methods:
// wrapper_descriptor (int.__add__), method-wrapper ((1).__add__) and the
// __new__ built-in of each type with its own New slot.

import (
	"fmt"
	"unsafe"
)

// The types of slot wrappers.
var (
	WrapperDescriptorType = newBuiltinType("wrapper_descriptor", nil)
	MethodWrapperType     = newBuiltinType("method-wrapper", nil)
)

// SlotWrapper is a wrapper_descriptor: the Go slot of a built-in type, found
// in the type's namespace under its dunder name.
type SlotWrapper struct {
	Header
	Owner *Type
	def   *slotDef
	fn    any // the Go slot function, of the field's function type
}

// call calls the wrapped slot; args[0] is self.
func (sw *SlotWrapper) call(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	return sw.def.wrap(sw.def, sw.fn, t, args, kwnames)
}

// methodWrapper is a SlotWrapper bound to an instance.
type methodWrapper struct {
	Header
	w    *SlotWrapper
	self Value
}

var _ = registerTypeInit(func() {
	w := WrapperDescriptorType
	w.Flags |= FlagMethodDescriptor
	w.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
		sw := (*SlotWrapper)(callable.p)
		if Positional(args, kwnames) == 0 {
			return Null, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", sw.def.name, sw.Owner.Name)
		}
		if err := sw.checkSelf(args[0]); err != nil {
			return Null, err
		}
		return sw.call(t, args, kwnames)
	}
	w.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, error) {
		sw := (*SlotWrapper)(descr.p)
		if obj.IsNull() {
			return descr, nil
		}
		if err := sw.checkSelf(obj); err != nil {
			return Null, err
		}
		return FromPointer(unsafe.Pointer(&methodWrapper{Header{MethodWrapperType}, sw, obj})), nil
	}
	w.Repr = func(_ *Thread, v Value) (Value, error) {
		sw := (*SlotWrapper)(v.p)
		return StrValue(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", sw.def.name, sw.Owner.tpName())), nil
	}
	w.AddGetSets([]GetSetDef{
		{Name: "__name__", Get: func(_ *Thread, v Value) (Value, error) { return StrValue((*SlotWrapper)(v.p).def.name), nil }},
		{Name: "__qualname__", Get: func(_ *Thread, v Value) (Value, error) {
			sw := (*SlotWrapper)(v.p)
			return StrValue(sw.Owner.Name + "." + sw.def.name), nil
		}},
		{Name: "__objclass__", Get: func(_ *Thread, v Value) (Value, error) { return (*SlotWrapper)(v.p).Owner.AsValue(), nil }},
	})

	m := MethodWrapperType
	m.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
		mw := (*methodWrapper)(callable.p)
		full := make([]Value, len(args)+1)
		full[0] = mw.self
		copy(full[1:], args)
		return mw.w.call(t, full, kwnames)
	}
	m.Repr = func(_ *Thread, v Value) (Value, error) {
		mw := (*methodWrapper)(v.p)
		return StrValue(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", mw.w.def.name, mw.self.Type().Name, uintptr(mw.self.p))), nil
	}
	m.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		if (op != CmpEQ && op != CmpNE) || b.Type() != MethodWrapperType {
			return NotImplemented, nil
		}
		x, y := (*methodWrapper)(a.p), (*methodWrapper)(b.p)
		return Bool((x.w == y.w && x.self == y.self) == (op == CmpEQ)), nil
	}
	m.Hash = func(_ *Thread, v Value) (int64, error) {
		mw := (*methodWrapper)(v.p)
		return identityHash(mw.self) ^ identityHash(FromPointer(unsafe.Pointer(mw.w))), nil
	}
	m.AddGetSets([]GetSetDef{
		{Name: "__self__", Get: func(_ *Thread, v Value) (Value, error) { return (*methodWrapper)(v.p).self, nil }},
		{Name: "__name__", Get: func(_ *Thread, v Value) (Value, error) { return StrValue((*methodWrapper)(v.p).w.def.name), nil }},
		{Name: "__objclass__", Get: func(_ *Thread, v Value) (Value, error) { return (*methodWrapper)(v.p).w.Owner.AsValue(), nil }},
	})
})

func (sw *SlotWrapper) checkSelf(self Value) error {
	if !self.Type().IsSubtype(sw.Owner) {
		return Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", sw.def.name, sw.Owner.tpName(), self.Type().tpName())
	}
	return nil
}

// wrapperArgs checks the arguments of a wrapper taking exactly n arguments
// after self.
func wrapperArgs(def *slotDef, args []Value, kwnames *Tuple, n int) error {
	return checkWrapperArgs(def.name, args, kwnames, n)
}

// checkWrapperArgs checks the arguments of the slot wrapper name taking
// exactly n arguments after self (CPython's check_num_args).
func checkWrapperArgs(name string, args []Value, kwnames *Tuple, n int) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return Errorf(TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args)-1 != n {
		return Errorf(TypeError, "expected %d argument%s, got %d", n, plural(n), len(args)-1)
	}
	return nil
}

// unpackWrapperArgs checks the arguments of the slot wrapper name taking
// min to max arguments after self, for the wrappers that CPython unpacks
// with PyArg_UnpackTuple and an empty function name (__setattr__,
// __setitem__, __set__, __get__, __pow__, the sequence __mul__): their
// messages start with a space, as CPython's do (" expected 2 arguments,
// got 1").
func unpackWrapperArgs(name string, args []Value, kwnames *Tuple, min, max int) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return Errorf(TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	n := len(args) - 1
	switch {
	case n < min && min == max:
		return Errorf(TypeError, " expected %d argument%s, got %d", min, plural(min), n)
	case n < min:
		return Errorf(TypeError, " expected at least %d argument%s, got %d", min, plural(min), n)
	case n > max && min == max:
		return Errorf(TypeError, " expected %d argument%s, got %d", max, plural(max), n)
	case n > max:
		return Errorf(TypeError, " expected at most %d argument%s, got %d", max, plural(max), n)
	}
	return nil
}

// The wrap functions of slotDefs, one per calling convention: each checks
// the arguments of a call of a slot wrapper (args[0] is self) and calls fn,
// the Go slot function.

func wrapUnary(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(UnaryFunc)
	if err := wrapperArgs(def, args, kwnames, 0); err != nil {
		return Null, err
	}
	return f(t, args[0])
}

func wrapHash(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(HashFunc)
	if err := wrapperArgs(def, args, kwnames, 0); err != nil {
		return Null, err
	}
	h, err := f(t, args[0])
	return Int(h), err
}

func wrapLen(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(LenFunc)
	if err := wrapperArgs(def, args, kwnames, 0); err != nil {
		return Null, err
	}
	n, err := f(t, args[0])
	return Int(int64(n)), err
}

func wrapBool(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(BoolFunc)
	if err := wrapperArgs(def, args, kwnames, 0); err != nil {
		return Null, err
	}
	b, err := f(t, args[0])
	return Bool(b), err
}

func wrapNext(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(NextFunc)
	if err := wrapperArgs(def, args, kwnames, 0); err != nil {
		return Null, err
	}
	v, err := f(t, args[0])
	if err == nil && v.IsNull() {
		return Null, NewException(StopIteration)
	}
	return v, err
}

func wrapBinaryLeft(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(BinaryFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	return f(t, args[0], args[1])
}

// wrapRepeat is wrapBinaryLeft for a sequence's repeat (__mul__, __rmul__,
// __imul__), whose count CPython unpacks as __setitem__'s arguments.
func wrapRepeat(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(BinaryFunc)
	if err := unpackWrapperArgs(def.name, args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	return f(t, args[0], args[1])
}

func wrapBinaryRight(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(BinaryFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	return f(t, args[1], args[0])
}

func wrapCompare(op CompareOp) wrapFunc {
	return func(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := wrapperArgs(def, args, kwnames, 1); err != nil {
			return Null, err
		}
		return fn.(CompareFunc)(t, args[0], args[1], op)
	}
}

// attrName converts an attribute name argument to an interned str.
func attrName(v Value) (*Str, error) {
	s, ok := v.exactStr()
	if !ok {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", v.Type().Name)
	}
	return InternStr(s), nil
}

func wrapGetAttr(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(GetAttrFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Null, err
	}
	return f(t, args[0], name)
}

// setAttrHackCheck refuses object.__setattr__(x, ...) when the first
// built-in type of x's MRO has another __setattr__ (CPython's hackcheck):
// that would bypass the built-in type's own rules.
func setAttrHackCheck(self Value, f SetAttrFunc, name string) error {
	typ := self.Type()
	for typ.Flags&FlagHeapType != 0 && typ.Base != nil {
		typ = typ.Base
	}
	if typ.SetAttr != nil && !SameFunc(typ.SetAttr, f) {
		return Errorf(TypeError, "can't apply this %s to %s object", name, typ.Name)
	}
	return nil
}

func wrapSetAttr(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(SetAttrFunc)
	if err := unpackWrapperArgs(def.name, args, kwnames, 2, 2); err != nil {
		return Null, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Null, err
	}
	if err := setAttrHackCheck(args[0], f, def.name); err != nil {
		return Null, err
	}
	return None, f(t, args[0], name, args[2])
}

func wrapDelAttr(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(SetAttrFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Null, err
	}
	if err := setAttrHackCheck(args[0], f, def.name); err != nil {
		return Null, err
	}
	return None, f(t, args[0], name, Null)
}

func wrapDescrGet(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(DescrGetFunc)
	if err := unpackWrapperArgs(def.name, args, kwnames, 1, 2); err != nil {
		return Null, err
	}
	obj := args[1]
	if obj.IsNone() {
		obj = Null
	}
	var typ *Type
	if len(args) == 3 && !args[2].IsNone() {
		var ok bool
		if typ, ok = args[2].AsType(); !ok {
			return Null, Errorf(TypeError, "__get__(None, %s) is invalid", args[2].Type().Name)
		}
	}
	if obj.IsNull() && typ == nil {
		return Null, NewError(TypeError, "__get__(None, None) is invalid")
	}
	return f(t, args[0], obj, typ)
}

func wrapDescrSet(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(DescrSetFunc)
	if err := unpackWrapperArgs(def.name, args, kwnames, 2, 2); err != nil {
		return Null, err
	}
	return None, f(t, args[0], args[1], args[2])
}

func wrapDescrDelete(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(DescrSetFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	return None, f(t, args[0], args[1], Null)
}

func wrapGetItem(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(GetItemFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	return f(t, args[0], args[1])
}

func wrapSetItem(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(SetItemFunc)
	if err := unpackWrapperArgs(def.name, args, kwnames, 2, 2); err != nil {
		return Null, err
	}
	return None, f(t, args[0], args[1], args[2])
}

func wrapDelItem(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(SetItemFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	return None, f(t, args[0], args[1], Null)
}

func wrapContains(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(ContainsFunc)
	if err := wrapperArgs(def, args, kwnames, 1); err != nil {
		return Null, err
	}
	b, err := f(t, args[0], args[1])
	return Bool(b), err
}

func wrapCall(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(CallFunc)
	return f(t, args[0], args[1:], kwnames)
}

func wrapInit(def *slotDef, fn any, t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	f := fn.(InitFunc)
	return None, f(t, args[0], args[1:], kwnames)
}

// newWrapperDef defines every type's __new__ built-in: bound to the type,
// it receives the type first. Class creation recognizes an inherited
// built-in __new__ by it and uses the Go slot directly.
var newWrapperDef = &MethodDef{
	Name: "__new__",
	Doc:  "Create and return a new object.  See help(type) for accurate signature.",
	Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		return newWrapperCall(t, (*Type)(args[0].p), args[1:], kwnames)
	},
}

// newNewWrapper returns typ.__new__: a built-in method of the type, called
// as T.__new__(cls, ...).
func newNewWrapper(typ *Type) Value {
	f := newWrappers.new()
	*f = BuiltinFunction{Header: Header{BuiltinFunctionType}, Def: newWrapperDef, Self: typ.AsValue()}
	return f.AsValue()
}

// newWrappers allocates the __new__ built-ins of built-in types, which
// live for the whole run.
var newWrappers immortalBlock[BuiltinFunction]

// newWrapperOwner returns the type whose __new__ built-in f is.
func newWrapperOwner(f Value) (*Type, bool) {
	bf := (*BuiltinFunction)(f.p)
	if bf.Def != newWrapperDef {
		return nil, false
	}
	return (*Type)(bf.Self.p), true
}

// newWrapperCall is T.__new__(sub, ...) with CPython's checks
// (tp_new_wrapper): sub must be a subtype of T, and T's New must be the
// one sub's nearest built-in base uses.
func newWrapperCall(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if Positional(args, kwnames) == 0 {
		return Null, Errorf(TypeError, "%s.__new__(): not enough arguments", typ.Name)
	}
	sub, ok := args[0].AsType()
	if !ok {
		return Null, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", typ.Name, args[0].Type().Name)
	}
	if !sub.IsSubtype(typ) {
		return Null, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, sub.Name, sub.Name, typ.Name)
	}
	static := sub
	for static != nil && SameFunc(static.New, NewFunc(dispatchNew)) {
		static = static.Base
	}
	if static != nil && !SameFunc(static.New, typ.New) {
		return Null, Errorf(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", typ.Name, sub.Name, static.Name)
	}
	return typ.New(t, sub, args[1:], kwnames)
}
