// lists.go: list.append and list.pop natively.

package jit

import (
	"unsafe"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// listAppend records l.append(v) (a call or LIST_APPEND) of a list l
// natively and reports whether it did: the length is below the capacity
// (a guard, isRoomGuard), the item is stored (a whole Value, under
// STOREVALUE's write-barrier guard: DESIGN §4.3) and the length grows by
// one. Either guard exits before anything is written. The bridge from a
// full list's exit (bridge.probeExit), or one recorded while the
// collector marks (whose pointer stores would exit again), takes the
// helper, which grows the list as the interpreter does.
func (r *recorder) listAppend(l, v ir.Ref) bool {
	if r.clsOf(l) != object.ListType || !r.tracked(v) || r.markingBridge() || r.declineProbe() {
		return false
	}
	n := r.b.EmitAux(ir.OpListLen, l, ir.None, listItemsOff)
	capacity := r.b.LoadField(l, listItemsOff+sliceCapOff, ir.Int)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLt, n, capacity), ir.None)
	// The address of item n, past the length: no ELEMADDR, which checks
	// the index against the length.
	data := r.b.LoadField(l, listItemsOff, ir.Int)
	offset := r.b.Emit(ir.OpShl, n, r.b.KInt(valueShift))
	r.b.Emit(ir.OpStoreValue, r.b.Emit(ir.OpAdd, data, offset), v)
	r.b.EmitAux(ir.OpStoreField, l, r.b.Emit(ir.OpAdd, n, r.b.KInt(1)), listItemsOff+sliceLenOff)
	return true
}

// listPopMethod is list.pop, the method descriptor.
var listPopMethod = object.ListType.Lookup(object.Intern("pop"))

// listPop records l.pop() natively, when fn is list.pop and l a list
// observed as lv holding an item the trace can load, and returns the item:
// the length is above 0 (a guard), the last item is loaded (its kind or
// class guarded as observed), its slot cleared (STOREVALUE of a null,
// under the write-barrier guard: DESIGN §4.3) and the length shrinks by
// one, as listPop does. Every guard exits before anything is written.
func (r *recorder) listPop(fn, l ir.Ref, lv object.Value) (ir.Ref, bool) {
	if fv, ok := r.objs[fn]; !ok || fv != listPopMethod || r.clsOf(l) != object.ListType || r.markingBridge() {
		return ir.None, false
	}
	items := (*object.List)(lv.Pointer()).Items
	if len(items) == 0 {
		return ir.None, false
	}
	if last := items[len(items)-1]; last.IsNull() || immediateType(last) == ir.Void && immediateClass(last.Type()) {
		return ir.None, false
	}
	n := r.b.EmitAux(ir.OpListLen, l, ir.None, listItemsOff)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGt, n, r.b.KInt(0)), ir.None)
	last := r.b.Emit(ir.OpSub, n, r.b.KInt(1))
	addr := r.b.EmitAux(ir.OpElemAddr, l, last, listItemsOff)
	v, err := r.loadValue(addr, items[len(items)-1])
	if err != nil {
		panic("BUG: jit: list.pop of a loadable item: " + err.Error())
	}
	r.b.Emit(ir.OpStoreValue, addr, r.b.KPtr(0))
	r.b.EmitAux(ir.OpStoreField, l, last, listItemsOff+sliceLenOff)
	return v, true
}

// valueShift is log2 of a Value's size: item k of a list is at data +
// k<<valueShift.
const valueShift = 4

var _ = [1]struct{}{}[unsafe.Sizeof(object.Value{})-1<<valueShift]

// isRoomGuard reports whether in is listAppend's guard that the list has
// room for the item: GUARDT (LT (LISTLEN l) capacity).
func isRoomGuard(t *ir.Trace, in ir.Inst) bool {
	if in.Op != ir.OpGuardT {
		return false
	}
	lt := t.Insts[in.A]
	return lt.Op == ir.OpLt && t.Insts[lt.A].Op == ir.OpListLen && t.Insts[lt.B].Op == ir.OpLoadField &&
		t.Insts[lt.B].Aux == listItemsOff+sliceCapOff
}
