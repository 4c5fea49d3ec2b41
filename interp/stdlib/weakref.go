// weakref.go: the _weakref module: weak references (ref) through Go's weak
// pointers. A ref does not keep its referent alive; once the collector
// has freed the referent, calling the ref returns None.
//
// Callbacks are not supported: Go runs cleanups on its own goroutine,
// outside any Python thread, and the interpreter has no hook yet to run
// them at a safe point, so ref(obj, callback) raises NotImplementedError.

package stdlib

import (
	"fmt"
	"unsafe"
	"weak"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var weakrefType = object.NewNativeType("ReferenceType", "weakref", nil)

// weakRef is a weak reference; hash caches the referent's hash once
// computed (CPython keeps it after the referent dies).
type weakRef struct {
	object.Header
	target  weak.Pointer[object.Header]
	hash    int64
	hasHash bool
}

// weakrefable reports whether v's type supports weak references, as in
// CPython: classes (unless derived from a variable-size built-in) and the
// built-in types listed here.
func weakrefable(v object.Value) bool {
	if v.IsImmediate() {
		return false
	}
	typ := v.Type()
	if typ.Flags&object.FlagHeapType != 0 {
		for _, b := range []*object.Type{object.IntType, object.TupleType, object.BytesType, object.StrType} {
			if typ.IsSubtype(b) {
				return false
			}
		}
		return true
	}
	switch typ {
	case object.TypeType, object.SetType, object.FrozenSetType, interp.FunctionType, interp.ModuleType,
		interp.GeneratorType, object.MethodType, partialType, dequeType, weakrefType:
		return true
	}
	_, isType := v.AsType()
	return isType
}

func (r *weakRef) referent() object.Value {
	if h := r.target.Value(); h != nil {
		return object.FromPointer(unsafe.Pointer(h))
	}
	return object.Null
}

func init() {
	typ := weakrefType
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("ref", args, kw, 1, 2); err != nil {
			return object.Null, err
		}
		if len(args) == 2 && !args[1].IsNone() {
			return object.Null, object.NewError(object.NotImplementedError, "weakref callbacks are not supported")
		}
		if !weakrefable(args[0]) {
			return object.Null, object.Errorf(object.TypeError, "cannot create weak reference to '%s' object", args[0].Type().Name)
		}
		r := newObj[weakRef](typ)
		r.target = weak.Make((*object.Header)(args[0].Pointer()))
		return asValue(r), nil
	}
	typ.Init = func(*object.Thread, object.Value, []object.Value, *object.Tuple) error { return nil }
	typ.Call = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("weakref", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		if x := self[weakRef](v).referent(); !x.IsNull() {
			return x, nil
		}
		return object.None, nil
	}
	typ.Hash = func(t *object.Thread, v object.Value) (int64, error) {
		r := self[weakRef](v)
		if !r.hasHash {
			x := r.referent()
			if x.IsNull() {
				return 0, object.NewError(object.TypeError, "weak object has gone away")
			}
			h, err := object.Hash(t, x)
			if err != nil {
				return 0, err
			}
			r.hash, r.hasHash = h, true
		}
		return r.hash, nil
	}
	typ.Compare = func(t *object.Thread, a, b object.Value, op object.CompareOp) (object.Value, error) {
		if (op != object.CmpEQ && op != object.CmpNE) || !b.Type().IsSubtype(weakrefType) {
			return object.NotImplemented, nil
		}
		x, y := self[weakRef](a).referent(), self[weakRef](b).referent()
		if x.IsNull() || y.IsNull() {
			return object.Bool((a == b) == (op == object.CmpEQ)), nil
		}
		return object.RichCompare(t, x, y, op)
	}
	typ.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		x := self[weakRef](v).referent()
		if x.IsNull() {
			return object.StrValue(fmt.Sprintf("<weakref at %#x; dead>", uintptr(v.Pointer()))), nil
		}
		return object.StrValue(fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", uintptr(v.Pointer()), x.Type().Name, uintptr(x.Pointer()))), nil
	}
	typ.AddGetSets([]object.GetSetDef{{Name: "__callback__", Get: func(*object.Thread, object.Value) (object.Value, error) {
		return object.None, nil
	}}})
	typ.Ready()
	modules = append(modules, &interp.ModuleDef{
		Name: "_weakref",
		Doc:  "Weak-reference support module.",
		Init: func(_ *interp.Thread, m *interp.Module) error {
			m.Dict().SetStr(object.Intern("ref"), typ.AsValue())
			m.Dict().SetStr(object.Intern("ReferenceType"), typ.AsValue())
			return nil
		},
	})
}
