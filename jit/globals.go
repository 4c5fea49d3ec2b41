// globals.go: LOAD_GLOBAL folded to a constant, and calls of the builtins
// a trace computes itself.
//
// A global's value is a constant of the trace under guards on the
// versions of the dicts it was looked up in (object.Dict.Version changes
// on every mutation, and versions are unique across dicts): the globals
// dict, and the builtins dict when the name came from there. An object
// constant (a function, a list) is a KPTR; the trace keeps it alive.

package jit

import (
	"reflect"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// dictVersionOffset is the offset of the word Dict.Version returns; the
// guards read it from native code. TestDictVersionOffset checks it.
var dictVersionOffset = func() uintptr {
	f, ok := reflect.TypeOf(object.Dict{}).FieldByName("version")
	if !ok || f.Type.Kind() != reflect.Uint64 {
		panic("BUG: jit: object.Dict has no uint64 field version")
	}
	return f.Offset
}()

// versionAddr returns the address of d's version word.
func versionAddr(d *object.Dict) uintptr {
	return uintptr(unsafe.Pointer(d)) + dictVersionOffset
}

// global records LOAD_GLOBAL of name i.
func (r *recorder) global(f *interp.Frame, i int) (ir.Ref, *abortError) {
	name := r.code.NameAt(i)
	g, b := f.Globals(), f.Builtins()
	v, ok := g.GetStr(name)
	r.guardVersion(g)
	if !ok {
		if v, ok = b.GetStr(name); !ok {
			return ir.None, abort("NameError while recording", "")
		}
		r.guardVersion(b)
	}
	return r.constObject(v)
}

// guardVersion emits a guard that d still has its current version.
func (r *recorder) guardVersion(d *object.Dict) {
	r.keep = append(r.keep, d.AsValue())
	r.b.GuardWord(versionAddr(d), d.Version())
}

// constObject returns the IR constant of v: an int, float or bool, or
// any object (a KPTR of known class, kept alive with the trace).
func (r *recorder) constObject(v object.Value) (ir.Ref, *abortError) {
	switch {
	case v.IsInt():
		return r.b.KInt(v.AsInt()), nil
	case v.IsFloat():
		return r.b.KFloat(v.AsFloat()), nil
	case v.IsBool():
		return r.b.KBool(v == object.True), nil
	case immediateClass(v.Type()):
		return ir.None, abort("NYI: constant of type big "+v.Type().Name, "")
	}
	ref := r.b.KPtr(uintptr(v.Pointer()))
	if _, ok := r.objs[ref]; !ok {
		r.objs[ref] = v
		r.cls[ref] = v.Type()
		r.keep = append(r.keep, v)
	}
	return ref, nil
}

// call records CALL of the constant callable fn with no self and the
// given arguments: builtins computed by the trace.
func (r *recorder) call(fn, self ir.Ref, args []ir.Ref, argv []object.Value) (ir.Ref, *abortError) {
	fv, ok := r.objs[fn]
	if !ok || r.typeOf(fn) != ir.Ptr {
		return ir.None, abort("NYI: call of a value the trace does not know", "")
	}
	if k, isK := r.b.Const(self); !isK || r.typeOf(self) != ir.Ptr || k != 0 {
		return ir.None, abort("NYI: method call", "")
	}
	if isMathSqrt(fv) && len(args) == 1 {
		switch r.typeOf(args[0]) {
		case ir.Float:
			return r.b.Emit(ir.OpFSqrt, args[0], ir.None), nil
		case ir.Int:
			return r.b.Emit(ir.OpFSqrt, r.b.Emit(ir.OpIToF, args[0], ir.None), ir.None), nil
		}
	}
	name := builtinName(r.frame, fv)
	if name == "" {
		return ir.None, abort("NYI: call of "+typeName(fv), "")
	}
	types := make([]ir.Type, len(args))
	for i, a := range args {
		types[i] = r.typeOf(a)
	}
	switch {
	case name == "len" && len(args) == 1 && types[0] == ir.Ptr && (r.cls[args[0]] == object.ListType || r.cls[args[0]] == object.TupleType):
		off, _ := seqItemsOff(r.cls[args[0]])
		return r.b.EmitAux(ir.OpListLen, args[0], ir.None, off), nil
	case name == "abs" && len(args) == 1 && types[0] == ir.Int:
		return r.b.Emit(ir.OpAbsOv, args[0], ir.None), nil
	case name == "abs" && len(args) == 1 && types[0] == ir.Float:
		return r.b.Emit(ir.OpFAbs, args[0], ir.None), nil
	case (name == "min" || name == "max") && len(args) == 2 && types[0] == ir.Int && types[1] == ir.Int:
		if name == "min" {
			return r.b.Emit(ir.OpMin, args[0], args[1]), nil
		}
		return r.b.Emit(ir.OpMax, args[0], args[1]), nil
	case (name == "min" || name == "max") && len(args) == 2 && types[0] == ir.Float && types[1] == ir.Float:
		if name == "min" {
			return r.b.Emit(ir.OpFMin, args[0], args[1]), nil
		}
		return r.b.Emit(ir.OpFMax, args[0], args[1]), nil
	}
	return ir.None, abort("NYI: call of builtin "+name, "")
}

// isMathSqrt reports whether fv is math.sqrt.
func isMathSqrt(fv object.Value) bool {
	if fv.Type() != object.BuiltinFunctionType {
		return false
	}
	f := (*object.BuiltinFunction)(fv.Pointer())
	return f.Self.IsNull() && f.Module == "math" && f.Def.Name == "sqrt"
}

// tracedBuiltins are the builtins call knows.
var tracedBuiltins = []string{"len", "abs", "min", "max"}

// builtinName returns which of tracedBuiltins fv is in f's builtins, or "".
func builtinName(f *interp.Frame, fv object.Value) string {
	for _, name := range tracedBuiltins {
		if v, ok := f.Builtins().GetStr(object.Intern(name)); ok && v == fv {
			return name
		}
	}
	return ""
}
