// globals.go: global variables in traces (LOAD_GLOBAL, STORE_GLOBAL, and
// LOAD_NAME and STORE_NAME in module code, whose locals are its globals),
// and calls of the builtins a trace computes itself.
//
// A dict the trace never stores into is read through constants: a
// global's value is a constant of the trace under guards on the versions
// of the dicts it was looked up in (object.Dict.Version changes on every
// mutation, and versions are unique across dicts): the globals dict, and
// the builtins dict when the name came from there. An object constant (a
// function, a list) is a KPTR; the trace keeps it alive.
//
// A dict the trace stores into (the loop's code stores to its globals,
// which a module-level loop always does with its loop variable) changes
// version every iteration, so its version is never guarded. Instead the
// trace guards its keysVersion (once per stretch without helper calls, as
// a helper may add or remove keys), under which every entry keeps its
// address (object.Dict.StrValueAddr), and reads and writes the entry's
// Value in place: a load is a guarded load of an immediate or a pointer
// of the recorded class (names the loop's code stores), or a guard that
// the entry still holds the recorded value, which is then a constant
// (other names: functions to inline, constants); a store writes the
// payload word over an immediate of the same kind, or the whole Value
// while the write barrier is off (DESIGN §4.3), and then advances the
// dict's version from object.VersionCounter as the interpreter would, so
// that the interpreter's LOAD_GLOBAL caches and other traces' version
// guards see the change. A name absent from a stored dict stays absent
// while keysVersion holds (a builtin is then a constant under the
// builtins dict's version). A store that adds a key, and `del`, are not
// traced. An inlined callee that stores into a dict whose version the
// trace already guarded aborts the recording (the scan finds the stores
// of functions the loop loads by name, not those of methods or of
// functions reached through other calls).

package jit

import (
	"reflect"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// dictVersionOffset is the offset of the word Dict.Version returns; the
// guards read it from native code. TestDictVersionOffset checks it.
var dictVersionOffset = uintptr(fieldOffset(reflect.TypeOf(object.Dict{}), "version", reflect.Uint64))

// versionAddr returns the address of d's version word.
func versionAddr(d *object.Dict) uintptr {
	return uintptr(unsafe.Pointer(d)) + dictVersionOffset
}

// dictKeysVersionOffset is the offset of the word Dict.KeysVersion
// returns (TestDictVersionOffset).
var dictKeysVersionOffset = uintptr(fieldOffset(reflect.TypeOf(object.Dict{}), "keysVersion", reflect.Uint64))

// globalState is what a recording knows of the global dicts it touches.
type globalState struct {
	// stored holds the dicts the trace stores into, with the names the
	// loop's code stores (found by scanning it) or the trace stored.
	stored map[*object.Dict]map[string]bool
	// folded holds the dicts whose version the trace guards.
	folded map[*object.Dict]bool
	// keysAt holds, for each stored dict, the helper calls' cost (CallCost) when its
	// keysVersion was last guarded.
	keysAt map[*object.Dict]int
}

// globals returns the recording's globalState, made on first use from a
// scan of the loop's code: its stores to globals (STORE_GLOBAL, and
// STORE_NAME in module code) mark the globals dict as stored, and so do
// the STORE_GLOBALs of the Python functions it loads from its globals
// (which it may call, and the trace inline, after it loaded other
// globals).
func (r *recorder) globals() *globalState {
	if r.gs != nil {
		return r.gs
	}
	r.gs = &globalState{stored: map[*object.Dict]map[string]bool{}, folded: map[*object.Dict]bool{}, keysAt: map[*object.Dict]int{}}
	f := r.frames[0].frame
	code := r.loopCode.Instructions()
	for _, ins := range code[r.header : loopEnd(code, r.header)+1] {
		switch op := ins.Op(); {
		case op == compile.STORE_GLOBAL, op == compile.STORE_NAME && moduleLocals(f):
			r.markStored(f.Globals(), r.loopCode.NameAt(ins.Arg()))
		case op == compile.LOAD_GLOBAL, op == compile.LOAD_NAME && moduleLocals(f):
			v, ok := f.Globals().GetStr(r.loopCode.NameAt(ins.Arg()))
			if !ok || v.Type() != interp.FunctionType {
				continue
			}
			callee := (*interp.Function)(v.Pointer()).Code()
			for _, ins := range callee.Instructions() {
				if ins.Op() == compile.STORE_GLOBAL {
					r.markStored(f.Globals(), callee.NameAt(ins.Arg()))
				}
			}
		}
	}
	return r.gs
}

// markStored records that the trace stores name into d.
func (r *recorder) markStored(d *object.Dict, name *object.Str) {
	names := r.gs.stored[d]
	if names == nil {
		names = map[string]bool{}
		r.gs.stored[d] = names
	}
	names[name.String()] = true
}

// moduleLocals reports whether f's locals are its globals dict (module
// code), so that LOAD_NAME and STORE_NAME are global accesses.
func moduleLocals(f *interp.Frame) bool {
	return f.Locals() == f.Globals().AsValue()
}

// global records LOAD_GLOBAL of name i.
func (r *recorder) global(f *interp.Frame, i int) (ir.Ref, *abortError) {
	return r.loadGlobal(f.Globals(), f.Builtins(), r.code.NameAt(i))
}

// loadName records LOAD_NAME of name i in module code.
func (r *recorder) loadName(f *interp.Frame, i int) (ir.Ref, *abortError) {
	if !moduleLocals(f) {
		return ir.None, abort("NYI: LOAD_NAME outside module code", "")
	}
	return r.loadGlobal(f.Globals(), f.Builtins(), r.code.NameAt(i))
}

// loadGlobal records the load of name from globals g, else builtins b.
func (r *recorder) loadGlobal(g, b *object.Dict, name *object.Str) (ir.Ref, *abortError) {
	gs := r.globals()
	if gs.stored[g] == nil {
		v, ok := g.GetStr(name)
		r.guardVersion(g)
		if ok {
			return r.constObject(v)
		}
	} else {
		r.guardKeys(g)
		if addr := g.StrValueAddr(name); addr != nil {
			return r.loadEntry(addr, gs.stored[g][name.String()])
		}
	}
	if gs.stored[b] != nil {
		return ir.None, abort("NYI: builtin from a dict the trace stores into", "")
	}
	v, ok := b.GetStr(name)
	if !ok {
		return ir.None, abort("NameError while recording", "")
	}
	r.guardVersion(b)
	return r.constObject(v)
}

// loadEntry records the load of the dict entry value at addr, under a
// guard of its dict's keysVersion: the value when stored is set (a name
// the trace stores, or a float), else a constant under a guard that the
// entry still holds it.
func (r *recorder) loadEntry(addr *object.Value, stored bool) (ir.Ref, *abortError) {
	v := *addr
	a := r.b.KInt(int64(uintptr(unsafe.Pointer(addr))))
	if stored || v.IsFloat() {
		return r.loadValue(a, v)
	}
	k, err := r.constObject(v)
	if err != nil {
		return ir.None, err
	}
	x := r.b.LoadElem(a, r.typeOf(k))
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, x, k), ir.None)
	return k, nil
}

// storeGlobal records the store of v into name of g (STORE_GLOBAL, or
// STORE_NAME in module code), observed as vv.
func (r *recorder) storeGlobal(g *object.Dict, name *object.Str, v ir.Ref) *abortError {
	gs := r.globals()
	if gs.folded[g] {
		return abort("NYI: global store after a folded load", "%s", name)
	}
	addr := g.StrValueAddr(name)
	if addr == nil {
		return abort("NYI: store that adds a global", "%s", name)
	}
	r.markStored(g, name)
	r.guardKeys(g)
	if err := r.storeValue(r.b.KInt(int64(uintptr(unsafe.Pointer(addr)))), v, *addr); err != nil {
		return err
	}
	gk, err := r.constObject(g.AsValue())
	if err != nil {
		return err
	}
	r.bumpVersion(gk)
	return nil
}

// bumpVersion emits the advance of dict d's version after a store into
// it, as nextDictVersion advances it.
func (r *recorder) bumpVersion(d ir.Ref) {
	counter := r.b.KPtr(uintptr(unsafe.Pointer(object.VersionCounter())))
	next := r.b.Emit(ir.OpAdd, r.b.LoadField(counter, 0, ir.Int), r.b.KInt(1))
	r.b.EmitAux(ir.OpStoreField, counter, next, 0)
	r.b.EmitAux(ir.OpStoreField, d, next, int64(dictVersionOffset))
}

// guardKeys emits a guard that stored dict d keeps its current key set,
// unless one since the last helper call did.
func (r *recorder) guardKeys(d *object.Dict) {
	if at, ok := r.gs.keysAt[d]; ok && at == r.b.CallCost() {
		return
	}
	r.keep = append(r.keep, d.AsValue())
	r.b.GuardWord(uintptr(unsafe.Pointer(d))+dictKeysVersionOffset, d.KeysVersion())
	r.gs.keysAt[d] = r.b.CallCost()
}

// guardVersion emits a guard that d still has its current version.
func (r *recorder) guardVersion(d *object.Dict) {
	r.globals().folded[d] = true
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
	case name == "len" && len(args) == 1 && types[0] == ir.Ptr && lengthOff[r.cls[args[0]]] != 0:
		return r.b.LoadField(args[0], lengthOff[r.cls[args[0]]], ir.Int), nil
	case name == "int" && len(args) == 1 && types[0] == ir.Int, name == "float" && len(args) == 1 && types[0] == ir.Float:
		return args[0], nil
	case name == "int" && len(args) == 1 && types[0] == ir.Float:
		return r.b.Emit(ir.OpFToI, args[0], ir.None), nil
	case name == "float" && len(args) == 1 && types[0] == ir.Int:
		return r.b.Emit(ir.OpIToF, args[0], ir.None), nil
	case name == "abs" && len(args) == 1 && types[0] == ir.Int:
		return r.b.Emit(ir.OpAbsOv, args[0], ir.None), nil
	case name == "abs" && len(args) == 1 && types[0] == ir.Float:
		return r.b.Emit(ir.OpFAbs, args[0], ir.None), nil
	case name == "isinstance" && len(args) == 2:
		if res, ok, err := r.isinstanceConst(args[0], args[1]); err != nil || ok {
			return r.b.KBool(res), err
		}
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

// isinstanceConst returns isinstance(x, c) as a constant when the trace
// knows x's class t and c is a constant class, or tuple of classes, of
// metaclass type: t's MRO (under a guard on t's version, unless t is
// built in and immutable) decides, and a class that is not in it needs t
// to take __class__ from object (the attribute isinstance asks next).
// ok is false when the call must be made.
func (r *recorder) isinstanceConst(x, c ir.Ref) (res, ok bool, err *abortError) {
	cv, known := r.objs[c]
	var t *object.Type
	switch r.typeOf(x) {
	case ir.Int:
		t = object.IntType
	case ir.Float:
		t = object.FloatType
	case ir.Bool:
		t = object.BoolType
	case ir.Ptr:
		t = r.cls[x]
	}
	if !known || t == nil || r.typeOf(c) != ir.Ptr {
		return false, false, nil
	}
	classes := []object.Value{cv}
	if tu, isTuple := cv.AsTuple(); isTuple && cv.Type() == object.TupleType {
		classes = tu.Items
	}
	for _, k := range classes {
		kt, isType := k.AsType()
		if !isType || k.Type() != object.TypeType {
			return false, false, nil
		}
		res = res || t.IsSubtype(kt)
	}
	if !res && t.Lookup(dunderClass) != object.ObjectType.Lookup(dunderClass) {
		return false, false, nil
	}
	if t.Flags&object.FlagImmutable == 0 {
		if err := r.guardTypeVersion(t); err != nil {
			return false, false, err
		}
	}
	return res, true, nil
}

// dunderClass is the name of the attribute isinstance reads when the
// class's MRO does not decide.
var dunderClass = object.Intern("__class__")

// isMathSqrt reports whether fv is math.sqrt.
func isMathSqrt(fv object.Value) bool {
	if fv.Type() != object.BuiltinFunctionType {
		return false
	}
	f := (*object.BuiltinFunction)(fv.Pointer())
	return f.Self.IsNull() && f.Module == "math" && f.Def.Name == "sqrt"
}

// tracedBuiltins are the builtins call knows.
var tracedBuiltins = []string{"len", "abs", "min", "max", "int", "float", "isinstance"}

// lengthOff holds the offset of the length field len() reads, by class
// (other than list and tuple).
var lengthOff = map[*object.Type]int64{object.StrType: strLengthOff, object.DictType: dictUsedOff,
	object.SetType: setUsedOff, object.FrozenSetType: setUsedOff}

// builtinName returns which of tracedBuiltins fv is in f's builtins, or "".
func builtinName(f *interp.Frame, fv object.Value) string {
	for _, name := range tracedBuiltins {
		if v, ok := f.Builtins().GetStr(object.Intern(name)); ok && v == fv {
			return name
		}
	}
	return ""
}
