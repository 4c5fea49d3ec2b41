package object

// This file holds bound methods: the `method` type, a callable bound to
// an object (what function.__get__ and classmethod.__get__ return).

import (
	"fmt"
	"unsafe"
)

// MethodType is the type of bound methods.
var MethodType = newBuiltinType("method", nil)

// Method is a callable bound to an object: calling it calls Func with
// Self prepended.
type Method struct {
	Header
	Func Value
	Self Value
}

// NewMethod returns Func bound to self.
func NewMethod(fn, self Value) Value {
	return FromPointer(unsafe.Pointer(&Method{Header{MethodType}, fn, self}))
}

var _ = registerTypeInit(func() {
	m := MethodType
	m.Doc = "Create a bound instance method object."
	m.New = func(t *Thread, _ *Type, args []Value, kwnames *Tuple) (Value, error) {
		if err := CheckArity("method", args, kwnames, 2, 2); err != nil {
			return Null, err
		}
		if args[0].Type().Call == nil {
			return Null, NewError(TypeError, "first argument must be callable")
		}
		if args[1].IsNone() {
			return Null, NewError(TypeError, "instance must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}
	m.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) (Value, error) {
		bm := (*Method)(callable.p)
		full, mark := t.withSelf(bm.Self, args)
		r, err := Call(t, bm.Func, full, kwnames)
		t.ReleaseArgs(full, mark)
		return r, err
	}
	m.DescrGet = func(_ *Thread, descr, _ Value, _ *Type) (Value, error) { return descr, nil }
	m.GetAttr = methodGetAttr
	m.Repr = func(t *Thread, v Value) (Value, error) {
		bm := (*Method)(v.p)
		name := "?"
		for _, n := range []*Str{dunderQualname, Intern("__name__")} {
			if q, err := GetAttr(t, bm.Func, n); err == nil {
				if s, ok := q.exactStr(); ok {
					name = s.s
					break
				}
			}
		}
		r, err := Repr(t, bm.Self)
		if err != nil {
			return Null, err
		}
		return StrValue(fmt.Sprintf("<bound method %s of %s>", name, r.s)), nil
	}
	m.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		if (op != CmpEQ && op != CmpNE) || b.Type() != MethodType {
			return NotImplemented, nil
		}
		x, y := (*Method)(a.p), (*Method)(b.p)
		eq := x.Self == y.Self
		if eq {
			var err error
			if eq, err = Equal(t, x.Func, y.Func); err != nil {
				return Null, err
			}
		}
		return Bool(eq == (op == CmpEQ)), nil
	}
	m.Hash = func(t *Thread, v Value) (int64, error) {
		bm := (*Method)(v.p)
		h, err := Hash(t, bm.Func)
		return identityHash(bm.Self) ^ h, err
	}
	m.AddGetSets([]GetSetDef{
		{Name: "__func__", Get: func(_ *Thread, v Value) (Value, error) { return (*Method)(v.p).Func, nil }},
		{Name: "__self__", Get: func(_ *Thread, v Value) (Value, error) { return (*Method)(v.p).Self, nil }},
		{Name: "__doc__", Get: func(t *Thread, v Value) (Value, error) { return GetAttr(t, (*Method)(v.p).Func, dunderDoc) }},
	})
})

// methodGetAttr looks name up on the method type, then on the function
// (m.__name__ is m.__func__.__name__).
func methodGetAttr(t *Thread, obj Value, name *Str) (Value, error) {
	typ := obj.Type()
	if descr := typ.Lookup(name); !descr.IsNull() {
		if get := descr.Type().DescrGet; get != nil {
			return get(t, descr, obj, typ)
		}
		return descr, nil
	}
	return GetAttr(t, (*Method)(obj.p).Func, name)
}
