// objects.go: object-typed values in traces. Any Value that is not an
// int, float or bool immediate (None, instances, tuples, strings, lists,
// modules) is a Ptr: its p word. The recorder knows the class of every
// Ptr value it holds — from the guard where it was loaded, the entry
// check of its input, or the constant itself — and so folds `is None`,
// identity tests between different classes and the truth of None
// without code.
//
// Besides, this file records:
//   - FOR_ITER over a list or tuple iterator: the iterator is an input
//     and its index a loop-carried Int; the item's address is bounds
//     checked against the live length of the sequence every iteration;
//   - UNPACK_SEQUENCE of a tuple or list of the observed length;
//   - LOAD_ATTR and STORE_ATTR of an instance attribute held in the
//     instance's hidden-class layout (object.Layout), under guards on
//     the class, its version (no class attribute or descriptor appeared)
//     and the layout (the instance has the same attribute names and is
//     not in dict mode); a float loaded from a slot where the layout has
//     seen only floats (object.Layout.FloatSlot) is its payload word,
//     under a guard on the layout's record instead of the value's kind
//     (guardFloatSlot); a store writes only the payload word over an
//     immediate of the same kind, or the whole Value while the write
//     barrier is off (DESIGN §4.3);
//   - STORE_ATTR that adds an attribute (every __init__ does), when an
//     instance made the same layout transition before: the value goes
//     into the next slot of the slot array (guarded: it has room), the
//     layout word becomes the transition's layout (STOREPTR, under the
//     write-barrier guard) and the slice's length grows, as Attrs.Set
//     would do it;
//   - LOAD_ATTR of a module attribute: a constant under a guard on the
//     module dict's version.
//
// The object model keeps these fields unexported; their offsets are found
// by reflection (checked by TestObjectOffsets) or, for the sequence
// iterator, checked on a live iterator.
package jit

import (
	"reflect"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

// fieldOffset returns the offset of field name of struct type T, which
// must have kind k.
func fieldOffset(t reflect.Type, name string, k reflect.Kind) int64 {
	f, ok := t.FieldByName(name)
	if !ok || f.Type.Kind() != k {
		panic("BUG: jit: " + t.String() + " has no " + k.String() + " field " + name)
	}
	return int64(f.Offset)
}

// Offsets of the object fields traces read.
var (
	listItemsOff   = int64(unsafe.Offsetof(object.List{}.Items))
	tupleItemsOff  = int64(unsafe.Offsetof(object.Tuple{}.Items))
	typeVersionOff = fieldOffset(reflect.TypeOf(object.Type{}), "version", reflect.Uint32)
	attrsLayoutOff = fieldOffset(reflect.TypeOf(object.Attrs{}), "layout", reflect.Pointer)
	attrsSlotsOff  = fieldOffset(reflect.TypeOf(object.Attrs{}), "slots", reflect.Slice)
	attrsDictOff   = fieldOffset(reflect.TypeOf(object.Attrs{}), "dict", reflect.Pointer)
	// layoutNonFloatOff is the offset of a layout's record of the slots
	// that may hold values other than floats (object.Layout.FloatSlot):
	// bit i for slot i.
	layoutNonFloatOff = fieldOffset(reflect.TypeOf(object.Layout{}), "nonFloat", reflect.Uint64)
	// A list or tuple iterator is its header, a pointer to the Items
	// slice of its sequence (nil once exhausted), and the index of the
	// next item (TestSeqIterOffsets).
	seqIterItemsOff = int64(unsafe.Sizeof(object.Header{}))
	seqIterIndexOff = seqIterItemsOff + 8
	enumItOff       = fieldOffset(reflect.TypeOf(object.Enumerate{}), "it", reflect.Struct)
	enumIndexOff    = fieldOffset(reflect.TypeOf(object.Enumerate{}), "index", reflect.Int64)
	enumBigOff      = fieldOffset(reflect.TypeOf(object.Enumerate{}), "bigIndex", reflect.Pointer)
	// The lengths len() reads: a str's in code points (immutable), a
	// dict's or set's live entries (changed only by helper calls, after
	// which loads are made again).
	strLengthOff = fieldOffset(reflect.TypeOf(object.Str{}), "length", reflect.Int)
	dictUsedOff  = fieldOffset(reflect.TypeOf(object.Dict{}), "used", reflect.Int)
	setUsedOff   = fieldOffset(reflect.TypeOf(object.Set{}), "used", reflect.Int)
)

// enumState returns the iterator an enumerate object advances, its count
// and whether the count left int64 (a big int).
func enumState(v object.Value) (it object.Value, index *int64, big bool) {
	p := v.Pointer()
	return *(*object.Value)(unsafe.Add(p, enumItOff)), (*int64)(unsafe.Add(p, enumIndexOff)),
		*(*unsafe.Pointer)(unsafe.Add(p, enumBigOff)) != nil
}

// enumOverSeq returns the list or tuple iterator that enumerate object v
// advances, or Null when v is not such an enumerate (or counts in big
// ints).
func enumOverSeq(v object.Value) object.Value {
	if v.IsNull() || v.Type() != object.EnumerateType {
		return object.Null
	}
	it, _, big := enumState(v)
	if big || !isSeqIter(it) {
		return object.Null
	}
	return it
}

// seqIter returns the items pointer and index of a list or tuple iterator.
func seqIter(v object.Value) (items **[]object.Value, index *int) {
	p := v.Pointer()
	return (**[]object.Value)(unsafe.Add(p, seqIterItemsOff)), (*int)(unsafe.Add(p, seqIterIndexOff))
}

// isSeqIter reports whether v is a list or tuple iterator.
func isSeqIter(v object.Value) bool {
	return !v.IsNull() && (v.Type() == object.ListIterType || v.Type() == object.TupleIterType)
}

// classAddr is the address of a type, as inputs and guards name it.
func classAddr(t *object.Type) uintptr { return uintptr(unsafe.Pointer(t)) }

// immediateClass reports whether instances of t may be immediates, whose
// payload a Ptr would lose (an int outside int64 is a heap object of
// class int: such values are not traced).
func immediateClass(t *object.Type) bool {
	return t == object.IntType || t == object.FloatType || t == object.BoolType
}

// keepType keeps t alive with the trace (its address is a constant).
func (r *recorder) keepType(t *object.Type) {
	if !r.kept[t] {
		r.kept[t] = true
		r.keep = append(r.keep, t.AsValue())
	}
}

// guardClass emits a guard that Ptr value x has class t and records it.
func (r *recorder) guardClass(x ir.Ref, t *object.Type) {
	r.keepType(t)
	c := r.b.LoadField(x, 0, ir.Int)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, c, r.b.KInt(int64(classAddr(t)))), ir.None)
	r.cls[x] = t
	r.clsAt[x] = r.ncalls
}

// guardTypeVersion emits, once per trace, a guard that t keeps its
// current version: no attribute of t or of a class in its MRO changed.
func (r *recorder) guardTypeVersion(t *object.Type) *abortError {
	if t.Version() == 0 {
		return abort("NYI: class without a version tag", "%s", t.Name)
	}
	if !r.versioned[t] {
		r.keepType(t)
		r.b.GuardWord32(classAddr(t)+uintptr(typeVersionOff), t.Version())
		r.versioned[t] = true
	}
	return nil
}

// loadValue records the load of the Value at address addr (an Int),
// observed to be v: unboxed for an int, float or bool (guarded kind),
// else its p word under a guard on its class.
func (r *recorder) loadValue(addr ir.Ref, v object.Value) (ir.Ref, *abortError) {
	if t := immediateType(v); t != ir.Void {
		return r.b.LoadElem(addr, t), nil
	}
	if v.IsNull() || immediateClass(v.Type()) {
		return ir.None, abort("NYI: load of a "+typeName(v), "")
	}
	x := r.b.LoadElem(addr, ir.Ptr)
	r.guardClass(x, v.Type())
	return x, nil
}

// seqItemsOff returns the offset of the items slice of a list or tuple.
func seqItemsOff(t *object.Type) (int64, bool) {
	switch t {
	case object.ListType:
		return listItemsOff, true
	case object.TupleType:
		return tupleItemsOff, true
	}
	return 0, false
}

// unpack records UNPACK_SEQUENCE n of Ptr value x, observed as xv (a
// tuple or list of length n): a length guard and a load of each item.
func (r *recorder) unpack(x ir.Ref, xv object.Value, n, sp int) *abortError {
	off, ok := seqItemsOff(r.cls[x])
	if r.typeOf(x) != ir.Ptr || !ok {
		return abort("NYI: unpack of "+typeName(xv), "")
	}
	var items []object.Value
	if r.cls[x] == object.ListType {
		items = (*object.List)(xv.Pointer()).Items
	} else {
		items = (*object.Tuple)(xv.Pointer()).Items
	}
	if len(items) != n {
		return abort("ValueError while recording", "unpack")
	}
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, r.b.EmitAux(ir.OpListLen, x, ir.None, off), r.b.KInt(int64(n))), ir.None)
	// The length guard bounds-checks every item: they are at fixed
	// offsets from the items' address.
	data := r.b.LoadField(x, off, ir.Int)
	vals := make([]ir.Ref, n)
	for i := range n {
		addr := r.b.Emit(ir.OpAdd, data, r.b.KInt(int64(i)*int64(unsafe.Sizeof(object.Value{}))))
		v, err := r.loadValue(addr, items[i])
		if err != nil {
			return err
		}
		vals[i] = v
	}
	for i := range n {
		r.vals[sp-1+i] = vals[n-1-i]
	}
	return nil
}

// forIterSeq records FOR_ITER over the list or tuple iterator in slot
// sp-1: the item at the index (bounds checked against the sequence's
// current length: past the end, the exit resumes the interpreter at
// FOR_ITER, which finishes the loop) and the advanced index.
func (r *recorder) forIterSeq(sp int, slots []object.Value) *abortError {
	itv := slots[sp-1]
	inner := enumOverSeq(itv) // for an enumerate, the iterator it advances
	if !inner.IsNull() {
		itv = inner
	}
	items, index := seqIter(itv)
	slot := int32(sp - 1)
	iv := r.iters[slot]
	if *items == nil {
		return abort(reasonLoopExit, "")
	}
	if *index >= len(**items) {
		switch {
		case iv != nil && r.br != nil:
			// The bridge leaves the root's loop: the index is past the
			// end of the live sequence.
			it := iv.iter
			if iv.enum {
				it = r.b.LoadField(iv.iter, enumItOff, ir.Ptr)
			}
			hdr := r.b.LoadField(it, seqIterItemsOff, ir.Ptr)
			r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpNe, hdr, r.b.KPtr(0)), ir.None)
			n := r.b.EmitAux(ir.OpListLen, hdr, ir.None, 0)
			r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGe, iv.next, n), ir.None)
			r.exhaustSeqIter(it)
			r.dropIter(slot, r.instr().Arg())
			return nil
		case iv == nil && r.br != nil && inner.IsNull():
			// The end of a loop the bridge runs through.
			return r.forIterSeqObject(sp, slots)
		}
		return abort(reasonLoopExit, "")
	}
	if iv == nil && r.br != nil {
		if inner.IsNull() {
			return r.forIterSeqObject(sp, slots)
		}
		return r.forIterNext(sp, slots)
	}
	next := r.code.Instructions()[r.pc+1]
	if !inner.IsNull() && (next.Op() != compile.UNPACK_SEQUENCE || next.Arg() != 2) {
		return abort("NYI: enumerate not unpacked", "")
	}
	if iv == nil {
		t := itv.Type()
		r.keepType(t)
		iv = &iterVals{seq: true}
		if inner.IsNull() {
			iv.iter = r.b.SLoad(ir.Input{Kind: ir.InSeqIter, Slot: slot, Class: classAddr(t)}, ir.Ptr)
			iv.next = r.b.SLoad(ir.Input{Kind: ir.InSeqIndex, Slot: slot}, ir.Int)
		} else {
			iv.enum = true
			iv.iter = r.b.SLoad(ir.Input{Kind: ir.InEnumIter, Slot: slot, Class: classAddr(t)}, ir.Ptr)
			iv.next = r.b.SLoad(ir.Input{Kind: ir.InEnumInner, Slot: slot}, ir.Int)
			iv.left = r.b.SLoad(ir.Input{Kind: ir.InEnumCount, Slot: slot}, ir.Int)
		}
		r.cls[iv.iter] = slots[sp-1].Type()
		r.iters[slot] = iv
		r.iterList = append(r.iterList, slot)
	}
	it := iv.iter
	if iv.enum {
		// The enumerate's iterator: its p word (the entry checked its class).
		it = r.b.LoadField(iv.iter, enumItOff, ir.Ptr)
	}
	hdr := r.b.LoadField(it, seqIterItemsOff, ir.Ptr)
	// A helper call (in this iteration or the previous) may have
	// exhausted the iterator.
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpNe, hdr, r.b.KPtr(0)), ir.None)
	addr := r.b.EmitAux(ir.OpElemAddr, hdr, iv.next, 0)
	v, err := r.loadValue(addr, (**items)[*index])
	if err != nil {
		return err
	}
	iv.next = r.b.Emit(ir.OpAdd, iv.next, r.b.KInt(1))
	if iv.enum {
		// The (count, item) tuple stays virtual: UNPACK_SEQUENCE follows.
		r.tuple = append(r.tuple[:0], iv.left, v)
		iv.left = r.b.Emit(ir.OpAddOv, iv.left, r.b.KInt(1))
		return nil
	}
	r.vals[sp] = v
	return nil
}

// exhaustSeqIter records the end of list or tuple iterator it, which
// drops its sequence as the interpreter's next() does (so an exhausted
// iterator kept elsewhere stays exhausted when its list grows).
func (r *recorder) exhaustSeqIter(it ir.Ref) {
	r.b.EmitAux(ir.OpStorePtr, it, r.b.KPtr(0), seqIterItemsOff)
}

// forIterSeqObject records FOR_ITER over a list or tuple iterator that the
// trace advances in place, as forIterRangeObject does a range iterator.
func (r *recorder) forIterSeqObject(sp int, slots []object.Value) *abortError {
	it, err := r.below(sp-1, slots)
	if err != nil {
		return err
	}
	if it == ir.None || r.cls[it] != slots[sp-1].Type() {
		return r.forIterNext(sp, slots)
	}
	items, index := seqIter(slots[sp-1])
	hdr := r.b.LoadField(it, seqIterItemsOff, ir.Ptr)
	if *items == nil {
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, hdr, r.b.KPtr(0)), ir.None)
		r.endObjectLoop(sp)
		return nil
	}
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpNe, hdr, r.b.KPtr(0)), ir.None)
	i := r.b.LoadField(it, seqIterIndexOff, ir.Int)
	if *index >= len(**items) {
		n := r.b.EmitAux(ir.OpListLen, hdr, ir.None, 0)
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGe, i, n), ir.None)
		r.exhaustSeqIter(it)
		r.endObjectLoop(sp)
		return nil
	}
	v, err := r.loadValue(r.b.EmitAux(ir.OpElemAddr, hdr, i, 0), (**items)[*index])
	if err != nil {
		return err
	}
	r.b.EmitAux(ir.OpStoreField, it, r.b.Emit(ir.OpAdd, i, r.b.KInt(1)), seqIterIndexOff)
	r.vals[sp] = v
	return nil
}

// cellValueOff is the offset of a cell's value.
var cellValueOff = int64(unsafe.Offsetof(interp.Cell{}.Value))

// deref records LOAD_DEREF or STORE_DEREF of cell i of the loop's frame:
// a load of the cell's value (guarded like any load: an empty cell
// exits), or a store (storeValue).
func (r *recorder) deref(op compile.Opcode, i, sp int, slots []object.Value) *abortError {
	if r.depth() > 0 {
		return abort("NYI: cell of an inlined call", "")
	}
	k := r.code.NumLocals() + i
	cell, err := r.local(k, slots)
	if err != nil {
		return err
	}
	if r.cls[cell] != interp.CellType {
		return abort("NYI: cell slot holds "+typeName(slots[k]), "")
	}
	addr := r.b.EmitAux(ir.OpFieldAddr, cell, ir.None, cellValueOff)
	cur := (*interp.Cell)(slots[k].Pointer()).Value
	if op == compile.LOAD_DEREF {
		v, err := r.loadValue(addr, cur)
		r.vals[sp] = v
		return err
	}
	// The value stays on the stack until the store is recorded: the
	// snapshot of STOREVALUE's guard (the write barrier is on) resumes
	// the interpreter at STORE_DEREF, which pops it.
	err = r.storeValue(addr, r.vals[sp-1], cur)
	r.vals[sp-1] = ir.None
	return err
}

// isNone folds `x is None` by x's class (Ptr values have a known class,
// and None is the only instance of NoneType).
func (r *recorder) isNone(x ir.Ref) (bool, *abortError) {
	switch r.typeOf(x) {
	case ir.Int, ir.Float, ir.Bool:
		return false, nil
	case ir.Ptr:
		if t := r.cls[x]; t != nil {
			return t == object.NoneType, nil
		}
	}
	return false, abort("NYI: identity of an untracked value", "")
}

// identity records `x is y` as a Bool.
func (r *recorder) identity(x, y ir.Ref) (ir.Ref, *abortError) {
	tx, ty := r.typeOf(x), r.typeOf(y)
	switch {
	case tx == ir.Void || ty == ir.Void:
		return ir.None, abort("NYI: identity of an untracked value", "")
	case tx != ty:
		return r.b.KBool(false), nil // an immediate is never an object
	case tx == ir.Ptr:
		cx, cy := r.cls[x], r.cls[y]
		if cx == nil || cy == nil {
			return ir.None, abort("NYI: identity of null", "")
		}
		if cx != cy {
			return r.b.KBool(false), nil
		}
		if cx == object.NoneType {
			return r.b.KBool(true), nil
		}
		return r.b.Emit(ir.OpEq, x, y), nil
	case tx == ir.Int || tx == ir.Bool:
		return r.b.Emit(ir.OpEq, x, y), nil
	}
	return ir.None, abort("NYI: identity of floats", "")
}

// objectTruth records the truth of Ptr value x, observed as xv.
func (r *recorder) objectTruth(x ir.Ref, xv object.Value) (ir.Ref, bool, *abortError) {
	t := r.cls[x]
	if t == nil {
		return ir.None, false, abort("NYI: truth of null", "")
	}
	if t == object.NoneType {
		return r.b.KBool(false), false, nil
	}
	if off, ok := seqItemsOff(t); ok {
		n := r.b.EmitAux(ir.OpListLen, x, ir.None, off)
		var items []object.Value
		if t == object.ListType {
			items = (*object.List)(xv.Pointer()).Items
		} else {
			items = (*object.Tuple)(xv.Pointer()).Items
		}
		return r.b.Emit(ir.OpNe, n, r.b.KInt(0)), len(items) != 0, nil
	}
	if plainInstance(t, xv) {
		// An instance of a class defining neither is true.
		r.recheckClass(x)
		if err := r.guardTypeVersion(t); err != nil {
			return ir.None, false, err
		}
		return r.b.KBool(true), true, nil
	}
	if t.Flags&object.FlagHeapType == 0 && t != object.MappingProxyType {
		// A built-in type's truth (its Go __bool__ or __len__; a mapping
		// proxy's is its mapping's) runs no Python code: computed here
		// and by a helper, and again by the interpreter after a guard
		// exit, which changes nothing.
		truth, err := object.Truth(nil, xv)
		if err != nil {
			return ir.None, false, abort("NYI: truth of "+t.Name+" raised", "")
		}
		if err := r.helperCall(hTruth, 0, []ir.Ref{x}, ir.Bool, nil, false, r.sp); err != nil {
			return ir.None, false, err
		}
		// The call's result is not a stack value: x stays where the
		// instruction finds it.
		ref := r.vals[r.sp-1]
		r.vals[r.sp-1] = x
		return ref, truth, nil
	}
	return ir.None, false, abort("NYI: truth of "+t.Name, "")
}

// plainInstance reports whether xv, of class t, is an instance of a
// class defining neither __bool__ nor __len__ (so it is true) whose
// version the trace can guard.
func plainInstance(t *object.Type, xv object.Value) bool {
	return t.Dict != nil && t.Lookup(object.Intern("__bool__")).IsNull() && t.Lookup(object.Intern("__len__")).IsNull() &&
		t.Version() != 0 && object.AttrsOf(xv) != nil
}

// pythonTruth reports whether the truth of x, observed as xv, may run
// Python code: x is an instance of a Python class that defines (or
// inherits) __bool__ or __len__.
func (r *recorder) pythonTruth(x ir.Ref, xv object.Value) bool {
	t := r.cls[x]
	return r.typeOf(x) == ir.Ptr && t != nil && t.Flags&object.FlagHeapType != 0 && !plainInstance(t, xv)
}

// branchOnPythonTruth records POP_JUMP_IF_TRUE (ifTrue) or
// POP_JUMP_IF_FALSE to target on the instance in stack slot sp-1, whose
// truth runs Python code: a helper computes it once, and the guard on
// the direction (emitted by guardTruth at the next instruction, which
// shows the direction the interpreter took without the recorder calling
// __bool__ itself) exits to the interpreter at the jump with the helper's
// bool in the instance's place, so the exit runs no __bool__ again.
func (r *recorder) branchOnPythonTruth(ifTrue bool, target, sp int) *abortError {
	if err := r.helperCall(hUserTruth, 0, r.vals[sp-1:sp], ir.Bool, nil, false, sp); err != nil {
		return err
	}
	r.truthCall = r.vals[sp-1]
	r.snap = -1
	r.truthSnap = r.snapshot()
	r.truthJump, r.jumpIfTrue = target, ifTrue
	r.vals[sp-1] = ir.None
	return nil
}

// guardTruth emits the guard of a branchOnPythonTruth, now that the
// instruction at pc (of the jump's frame) shows its direction.
func (r *recorder) guardTruth(pc int) {
	jumped := pc == r.truthJump && pc != r.expectPC
	if jumped {
		r.expectPC = pc
	}
	r.snap = r.truthSnap
	if jumped == r.jumpIfTrue {
		r.b.Emit(ir.OpGuardT, r.truthCall, ir.None)
	} else {
		r.b.Emit(ir.OpGuardF, r.truthCall, ir.None)
	}
	r.truthCall = ir.None
}

// unpackEx records UNPACK_EX of Ptr value x, observed as xv (a list or
// tuple of at least before+after items), with before items before the
// starred target and after items behind it: a length guard, a load of
// each of those items, and the starred list, made natively for up to
// maxPooledCopy items (copyCall), else by a helper. A
// guard failing after the call resumes the interpreter before the
// instruction, which unpacks the list or tuple again (nothing else
// happened).
func (r *recorder) unpackEx(x ir.Ref, xv object.Value, before, after, sp int) *abortError {
	off, ok := seqItemsOff(r.cls[x])
	if r.typeOf(x) != ir.Ptr || !ok {
		return abort("NYI: starred unpack of "+typeName(xv), "")
	}
	items := seqItems(xv)
	if len(items) < before+after {
		return abort("ValueError while recording", "starred unpack")
	}
	n := r.b.EmitAux(ir.OpListLen, x, ir.None, off)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGe, n, r.b.KInt(int64(before+after))), ir.None)
	// The stack gets the items last first: item k at top-k, the list at
	// top-before.
	top := sp - 1 + before + after
	vals := make([]ir.Ref, before+1+after)
	for k := range vals {
		if k == before {
			continue
		}
		i, index := k, r.b.KInt(int64(k))
		if k > before {
			i = len(items) - after + k - before - 1
			index = r.b.Emit(ir.OpSub, n, r.b.KInt(int64(before+1+after-k)))
		}
		v, err := r.loadValue(r.b.EmitAux(ir.OpElemAddr, x, index, off), items[i])
		if err != nil {
			return err
		}
		vals[k] = v
	}
	if len(items)-before-after <= maxPooledCopy && !r.markingBridge() {
		r.vals[top-before] = r.copyCall(hStarList, before|after<<8, x, off, before, after, top-before+1)
	} else if err := r.helperCall(hStarList, before|after<<8, []ir.Ref{x}, ir.Ptr, object.ListType, false, top-before+1); err != nil {
		return err
	}
	for k, v := range vals {
		if k != before {
			r.vals[top-k] = v
		}
	}
	return nil
}

// instanceSlot returns where attribute name of instance xv (class t)
// lives when attribute access on it is generic and reads or writes an
// instance slot: slot i of layout l for an instance attribute with no
// class attribute of that name, or slot i of every instance (l nil) for
// a __slots__ member declared by exactly one class of the MRO.
func instanceSlot(t *object.Type, xv object.Value, name *object.Str) (l *object.Layout, i int, ok bool) {
	if !object.SameFunc(t.GetAttr, object.GetAttrFunc(object.GenericGetAttr)) ||
		!object.SameFunc(t.SetAttr, object.SetAttrFunc(object.GenericSetAttr)) {
		return nil, -1, false
	}
	a := object.AttrsOf(xv)
	if a == nil || a.Layout() == nil {
		return nil, -1, false
	}
	l = a.Layout()
	if i = l.Find(name); i < 0 {
		return nil, -1, false
	}
	switch d := t.Lookup(name); {
	case d.IsNull():
		return l, i, true
	case d.Type() == object.MemberDescriptorType:
		// One declaration: the name is once in the root layout, at the
		// index of the member's slot.
		n := 0
		for _, c := range t.MRO {
			if v, found := c.Dict.GetStr(name); found && v.Type() == object.MemberDescriptorType {
				n++
			}
		}
		return nil, i, n == 1
	}
	return nil, -1, false
}

// attrAddr records the address of the slot of x.name (x observed as xv)
// under guards on the class version and, for an instance attribute, the
// layout, and returns it with the layout and slot number of an instance
// attribute (l nil for a __slots__ member).
func (r *recorder) attrAddr(x ir.Ref, xv object.Value, name *object.Str) (addr ir.Ref, l *object.Layout, i int, err *abortError) {
	t := r.cls[x]
	if r.typeOf(x) != ir.Ptr || t == nil {
		return ir.None, nil, 0, abort("NYI: attribute of "+typeName(xv), "")
	}
	l, i, ok := instanceSlot(t, xv, name)
	if !ok {
		return ir.None, nil, 0, abort("NYI: attribute kind", "%s.%s", t.Name, name)
	}
	r.recheckClass(x)
	if err := r.guardTypeVersion(t); err != nil {
		return ir.None, nil, 0, err
	}
	attrs := int64(uintptr(unsafe.Pointer(object.AttrsOf(xv))) - uintptr(xv.Pointer()))
	if l != nil {
		r.guardLayout(x, xv, l)
	}
	// The slot exists: a layout's slot array is as long as its names,
	// and a __slots__ member's slot is kept in dict mode too.
	data := r.b.LoadField(x, attrs+attrsSlotsOff, ir.Int)
	return r.b.Emit(ir.OpAdd, data, r.b.KInt(int64(i)*int64(unsafe.Sizeof(object.Value{})))), l, i, nil
}

// guardFloatSlot emits, once per layout and slot since the last helper
// call, a guard that slot i of layout l has held only floats
// (object.Layout.FloatSlot), which a float load from such a slot of an
// instance of layout l relies on instead of checking the value's kind.
// The layout is a constant, so the guard is loop-invariant (ir.Hoist
// moves it before the loop; in a trace where it would stay in the body,
// ir.Unspeculate turns the loads back into checked ones, which cost
// less there). A helper call may store another kind of
// value into the slot: loads after it guard again. The trace itself
// stores into such a slot only what its recording stored, and the
// recording's store recorded any other kind in the layout (checkFloatSlots).
func (r *recorder) guardFloatSlot(l *object.Layout, i int) {
	k := layoutSlot{l, i}
	if at, ok := r.floatSlots[k]; ok && at == r.ncalls {
		return
	}
	w := r.b.LoadField(r.b.KPtr(uintptr(unsafe.Pointer(l))), layoutNonFloatOff, ir.Int)
	bit := r.b.Emit(ir.OpAnd, w, r.b.KInt(int64(1)<<i))
	r.b.SpecGuard(r.b.Emit(ir.OpEq, bit, r.b.KInt(0)))
	r.floatSlots[k] = r.ncalls
}

// layoutSlot is slot i of instances with layout l.
type layoutSlot struct {
	l *object.Layout
	i int
}

// checkFloatSlots aborts a recording that stored a value of another kind
// than float into a slot whose floats it loaded without checking their
// kind (guardFloatSlot): the trace's guard would fail at once. The
// recording made again reads the slot as the value it finds there.
func (r *recorder) checkFloatSlots() *abortError {
	for k := range r.floatSlots {
		if !k.l.FloatSlot(k.i) {
			return abort("slot that held floats took another kind", "%s", k.l.Owner().Name)
		}
	}
	return nil
}

// loadAttr records LOAD_ATTR name of x, observed as xv.
func (r *recorder) loadAttr(f *interp.Frame, x ir.Ref, xv object.Value, name *object.Str) (ir.Ref, *abortError) {
	if r.typeOf(x) == ir.Ptr && r.cls[x] == interp.ModuleType {
		return r.moduleAttr(x, xv, name)
	}
	if v, ok := r.classConstant(x, xv, name); ok {
		return v, nil
	}
	if v, ok, err := r.typeAttr(x, name); ok || err != nil {
		return v, err
	}
	addr, l, i, err := r.attrAddr(x, xv, name)
	if err != nil {
		return ir.None, err
	}
	v, ok := object.AttrsOf(xv).Get(name)
	if !ok {
		return ir.None, abort("AttributeError while recording", "")
	}
	if v.IsFloat() && l != nil && l.FloatSlot(i) {
		r.guardFloatSlot(l, i)
		return r.b.GetElem(addr, ir.Float), nil
	}
	return r.loadValue(addr, v)
}

// classConstant records LOAD_ATTR name of instance x (observed as xv)
// that finds a class attribute which is not a descriptor (a number, a
// str, a tuple: `self.MODULUS`) as that constant, under the guards of
// guardClassAttr. It reports whether it did.
func (r *recorder) classConstant(x ir.Ref, xv object.Value, name *object.Str) (ir.Ref, bool) {
	t := r.cls[x]
	if r.typeOf(x) != ir.Ptr || t == nil || !object.SameFunc(t.GetAttr, object.GetAttrFunc(object.GenericGetAttr)) {
		return ir.None, false
	}
	d := t.Lookup(name)
	if d.IsNull() || d.Type().DescrGet != nil || d.Type().Flags&object.FlagImmutable == 0 {
		return ir.None, false
	}
	k, err := r.constObject(d)
	if err != nil {
		return ir.None, false
	}
	if ok, err := r.guardClassAttr(x, xv, t, name); !ok || err != nil {
		return ir.None, false
	}
	return k, true
}

// typeAttr records LOAD_ATTR name of a class x the trace holds as a
// constant, of metaclass type, that finds a plain function or a constant
// of an immutable built-in type in the class's MRO (Base.method(self,
// ...), Strength.REQUIRED): that object, a constant, under a guard on the
// class's version (so calls of it inline). It reports whether it did;
// not when type itself has a data descriptor of that name (__name__),
// which wins.
func (r *recorder) typeAttr(x ir.Ref, name *object.Str) (ir.Ref, bool, *abortError) {
	xv, ok := r.objs[x]
	if !ok || xv.Type() != object.TypeType {
		return ir.None, false, nil
	}
	t, _ := xv.AsType()
	if m := object.TypeType.Lookup(name); !m.IsNull() && m.Type().DescrSet != nil {
		return ir.None, false, nil
	}
	d := t.Lookup(name)
	if d.IsNull() || d.Type() != interp.FunctionType && (d.Type().DescrGet != nil || d.Type().Flags&object.FlagImmutable == 0) {
		return ir.None, false, nil
	}
	k, err := r.constObject(d)
	if err != nil {
		return ir.None, false, nil
	}
	if err := r.guardTypeVersion(t); err != nil {
		return ir.None, false, err
	}
	return k, true, nil
}

// storeAttr records STORE_ATTR name: x.name = v (storeValue), or the
// add of a new attribute name to x (addAttr).
func (r *recorder) storeAttr(v, x ir.Ref, xv object.Value, name *object.Str) *abortError {
	if l, next := attrAdd(r.cls[x], xv, name); next != nil && r.typeOf(x) == ir.Ptr && !r.markingBridge() {
		return r.addAttr(v, x, xv, l, next)
	}
	addr, _, _, err := r.attrAddr(x, xv, name)
	if err != nil {
		return err
	}
	old, ok := object.AttrsOf(xv).Get(name)
	if !ok {
		if l, _, _ := instanceSlot(r.cls[x], xv, name); l != nil {
			return abort("NYI: attribute store that adds an attribute", "")
		}
		// An unset __slots__ member: its slot exists, and holds Null.
	}
	return r.storeValue(addr, v, old)
}

// Offsets of a slice header's length and capacity.
const (
	sliceLenOff = int64(unsafe.Sizeof(uintptr(0)))
	sliceCapOff = 2 * sliceLenOff
)

// attrAdd returns the layouts of a STORE_ATTR name into instance xv (of
// class t, nil when unknown) that adds the attribute: the instance's
// layout l and the layout next it moves to, when the store is generic
// (GenericSetAttr, no data descriptor of that name on the class), an
// instance made that transition before (object.Layout.Transition) and
// xv's slot array has room for one more (else the trace's guard on the
// room would fail at once); next is nil otherwise.
func attrAdd(t *object.Type, xv object.Value, name *object.Str) (l, next *object.Layout) {
	if t == nil || !object.SameFunc(t.SetAttr, object.SetAttrFunc(object.GenericSetAttr)) {
		return nil, nil
	}
	// A class attribute of a built-in type without __set__ (a function,
	// a number) is shadowed; a descriptor class could gain __set__
	// without a new version for t.
	if d := t.Lookup(name); !d.IsNull() && (d.Type().DescrSet != nil || d.Type().Flags&object.FlagImmutable == 0) {
		return nil, nil
	}
	a := object.AttrsOf(xv)
	if a == nil || a.Layout() == nil || a.Room() == 0 {
		return nil, nil
	}
	l = a.Layout()
	return l, l.Transition(name)
}

// addAttr records STORE_ATTR that adds an attribute to instance x
// (observed as xv, with layout l) as Attrs.Set does, without Go: under
// guards on the class version, the layout and the room left in the slot
// array, v goes into slot l.Len() (past the slice's length), the layout
// word becomes next (a pointer store, under the same write-barrier guard
// as the value's: DESIGN §4.3), and the slice's length grows by one (an
// int). A guard that fails exits before the instruction, with nothing
// visible changed (a slot past the length is no attribute).
func (r *recorder) addAttr(v, x ir.Ref, xv object.Value, l, next *object.Layout) *abortError {
	if !r.tracked(v) {
		return abort("NYI: store of an untracked value", "")
	}
	t := r.cls[x]
	r.recheckClass(x)
	if err := r.guardTypeVersion(t); err != nil {
		return err
	}
	slots := r.guardLayout(x, xv, l) + attrsSlotsOff
	i := int64(l.Len())
	capacity := r.b.LoadField(x, slots+sliceCapOff, ir.Int)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGt, capacity, r.b.KInt(i)), ir.None)
	data := r.b.LoadField(x, slots, ir.Int)
	r.b.Emit(ir.OpStoreValue, r.b.Emit(ir.OpAdd, data, r.b.KInt(i*int64(unsafe.Sizeof(object.Value{})))), v)
	// next is kept alive by t (its root layout leads to every layout).
	r.b.EmitAux(ir.OpStorePtr, x, r.b.KPtr(layoutAddr(next)), slots-attrsSlotsOff+attrsLayoutOff)
	r.made.noteLayout(next)
	r.b.EmitAux(ir.OpStoreField, x, r.b.KInt(i+1), slots+sliceLenOff)
	r.layouts[x] = next
	return nil
}

// storeValue records the store of v over the Value at address addr,
// observed as old: only the payload word when both are immediates of one
// kind, else the whole Value (guarded: the write barrier is off), which a
// bridge recorded while the collector marks declines (markingBridge: the
// caller stores by a helper, or the recording aborts).
func (r *recorder) storeValue(addr, v ir.Ref, old object.Value) *abortError {
	if err := r.checkStore(v, old); err != nil {
		return err
	}
	if t := r.typeOf(v); t != ir.Ptr && immediateType(old) == t {
		r.b.StoreElem(addr, v)
	} else {
		r.b.Emit(ir.OpStoreValue, addr, v)
	}
	return nil
}

// checkStore returns the abort of storeValue's store of v over old, or
// nil when it records one.
func (r *recorder) checkStore(v ir.Ref, old object.Value) *abortError {
	t := r.typeOf(v)
	switch {
	case t == ir.Void || t == ir.Ptr && r.cls[v] == nil:
		return abort("NYI: store of an untracked value", "")
	case t != ir.Ptr && immediateType(old) == t:
		return nil
	case r.markingBridge():
		return abort("NYI: pointer store in a bridge recorded while the collector marks", "")
	}
	return nil
}

// markingBridge reports whether the recording is a bridge made while the
// collector marks (the write barrier is on). Such a bridge most likely
// grew from the write-barrier guard of a pointer store (STOREVALUE,
// STOREPTR), which fails only while the collector marks: the bridge runs
// then, and its own native pointer stores would fail the same way, growing
// a chain of bridges, one per marking phase. Its pointer stores go through
// helpers instead. (A bridge for another guard that happens to be
// recorded then pays a helper call per store for good.)
func (r *recorder) markingBridge() bool {
	return r.br != nil && native.WriteBarrierEnabled()
}

// moduleAttr records LOAD_ATTR of a module attribute: a constant under a
// guard on the module dict's version (and on the module, when x is not a
// constant).
func (r *recorder) moduleAttr(x ir.Ref, xv object.Value, name *object.Str) (ir.Ref, *abortError) {
	if !interp.ModuleType.Lookup(name).IsNull() {
		return ir.None, abort("NYI: module attribute "+name.String(), "")
	}
	m := (*interp.Module)(xv.Pointer())
	if k, ok := r.b.Const(x); !ok || uintptr(k) != uintptr(xv.Pointer()) {
		mk, err := r.constObject(xv)
		if err != nil {
			return ir.None, err
		}
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, x, mk), ir.None)
	}
	v, ok := m.Dict().GetStr(name)
	r.guardVersion(m.Dict())
	if !ok {
		return ir.None, abort("AttributeError while recording", "")
	}
	return r.constObject(v)
}

// virtualSlice records BUILD_SLICE n (its items at stack slots sp-n..sp-1)
// when the next instruction, BINARY_SUBSCR, slices a list, tuple or str
// with int or None bounds: the slice object stays virtual (r.slice) and
// the subscript slices by one helper call without it (sliceSubscr). No
// guard comes between the two instructions, and the call's snapshot
// (BINARY_SUBSCR's), taken only when slicing raises, does not need the
// slice: the interpreter raises there.
func (r *recorder) virtualSlice(n, pc, sp int) bool {
	if r.code.Instructions()[pc+1].Op() != compile.BINARY_SUBSCR || !seqOrStr(r.clsOf(r.vals[sp-n-1])) {
		return false
	}
	for _, v := range r.vals[sp-n : sp] {
		if !r.bound(v) {
			return false
		}
	}
	r.slice = append(r.slice[:0], r.vals[sp-n:sp]...)
	if n == 2 {
		none, _ := r.constObject(object.None)
		r.slice = append(r.slice, none)
	}
	for i := sp - n; i < sp; i++ {
		r.vals[i] = ir.None
	}
	return true
}

// sliceSubscr records BINARY_SUBSCR of the virtual slice r.slice (stack
// slot sp-2 holds the sliced list, tuple or str): an hSliceStep call,
// whose result has the class of what it slices.
func (r *recorder) sliceSubscr(sp int) *abortError {
	x := r.vals[sp-2]
	args := append([]ir.Ref{x}, r.slice...)
	r.slice = r.slice[:0]
	return r.helperCall(hSliceStep, 0, args, ir.Ptr, r.cls[x], false, sp-1)
}

// storeSliceInts records STORE_SLICE (stack: value, container, start,
// stop at sp-4..sp-1) natively when it replaces the items of a list
// with as many items of a list or tuple, and both hold only ints: the
// payload words are copied (COPYINTS), and no pointer is written. It
// reports whether it did; the bounds must be None or non-negative ints
// in range, as they are in the recording (a negative or out-of-range
// bound, a length change, an item that is not an int exit to the
// interpreter, which stores).
func (r *recorder) storeSliceInts(sp int, slots []object.Value) bool {
	src, dst, lo, hi := r.vals[sp-4], r.vals[sp-3], r.vals[sp-2], r.vals[sp-1]
	off, ok := seqItemsOff(r.clsOf(src))
	if !ok || r.clsOf(dst) != object.ListType {
		return false
	}
	dl := (*object.List)(slots[sp-3].Pointer())
	s, e := int64(0), int64(len(dl.Items))
	for _, b := range []struct {
		v   ir.Ref
		obs object.Value
		at  *int64
	}{{lo, slots[sp-2], &s}, {hi, slots[sp-1], &e}} {
		switch {
		case r.typeOf(b.v) == ir.Int:
			*b.at = b.obs.AsInt()
		case r.clsOf(b.v) != object.NoneType:
			return false
		}
	}
	items := seqItems(slots[sp-4])
	if s < 0 || s >= e || e > int64(len(dl.Items)) || e-s != int64(len(items)) ||
		!allInts(items) || !allInts(dl.Items[s:e]) {
		return false
	}
	start := r.b.KInt(0)
	if r.typeOf(lo) == ir.Int {
		start = lo
	}
	dlen := r.b.EmitAux(ir.OpListLen, dst, ir.None, listItemsOff)
	stop := dlen
	if r.typeOf(hi) == ir.Int {
		stop = hi
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLe, stop, dlen), ir.None)
	}
	n := r.b.EmitAux(ir.OpListLen, src, ir.None, off)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, r.b.Emit(ir.OpSub, stop, start), n), ir.None)
	at := r.b.EmitAux(ir.OpElemAddr, dst, start, listItemsOff)
	r.b.EmitAux(ir.OpCopyInts, at, src, off)
	for i := sp - 4; i < sp; i++ {
		r.vals[i] = ir.None
	}
	return true
}

// allInts reports whether every item of items is an int.
func allInts(items []object.Value) bool {
	for _, v := range items {
		if !v.IsInt() {
			return false
		}
	}
	return true
}
