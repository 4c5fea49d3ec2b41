// virtuals.go: the instances whose allocation ir.Sink removed (virtual
// objects), made by the exits that need them: Go makes each from its
// snapshot's description (ir.Snapshot.Virtuals) and the values the exit
// stored, for the interpreter (snapSlots) or for a bridge, which an exit
// naming virtual objects enters through Go (trace.via).

package jit

import (
	"unsafe"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

// made is what a recording allocates: the classes of its instances and
// the layouts they start with or move to, by address, for the exits that
// make the instances Sink removed.
type made struct {
	classes map[uintptr]*object.Type
	layouts map[uintptr]*object.Layout
}

// noteClass records class t and its root layout l.
func (m *made) noteClass(t *object.Type, l *object.Layout) {
	if m.classes == nil {
		m.classes, m.layouts = map[uintptr]*object.Type{}, map[uintptr]*object.Layout{}
	}
	m.classes[classAddr(t)] = t
	m.noteLayout(l)
}

// noteLayout records layout l.
func (m *made) noteLayout(l *object.Layout) {
	if m.layouts == nil {
		m.layouts = map[uintptr]*object.Layout{}
	}
	m.layouts[layoutAddr(l)] = l
}

// layoutAddr returns the address of layout l, as traces compare with it.
func layoutAddr(l *object.Layout) uintptr { return uintptr(unsafe.Pointer(l)) }

// materialize makes the virtual objects of snapshot snap of xt, from the
// values its exit stored into ctx's spill slots (or the IR's constants),
// in the order of the snapshot's Virtuals; nil when it has none.
func (xt *trace) materialize(snap int, ctx *native.Context) []object.Value {
	s := &xt.ir.Snaps[snap]
	if len(s.Virtuals) == 0 {
		return nil
	}
	objs := make([]object.Value, len(s.Virtuals))
	for k, v := range s.Virtuals {
		n := xt.ir.Calls[xt.ir.Insts[v.Ref].Aux].New
		t, l := xt.made.classes[n.Class], xt.made.layouts[v.Layout]
		if t == nil || l == nil {
			panic("BUG: jit: a virtual object of a class or layout its recording did not note")
		}
		vals := make([]object.Value, v.Len)
		for j := v.First; j < v.First+v.N; j++ {
			if e := s.Entries[j]; int(e.Slot) < len(vals) {
				vals[e.Slot] = xt.entryValue(e, int(j), ctx)
			}
		}
		objs[k] = object.FromPointer(t.NewInstanceWith(l, vals))
	}
	return objs
}

// entryValue returns the value of entry e (the j-th) of an exit's
// snapshot: a constant of the IR, or what the exit stored into ctx's
// spill slot j (its pointer word then cleared: the context keeps nothing
// alive).
func (xt *trace) entryValue(e ir.SnapEntry, j int, ctx *native.Context) object.Value {
	in := xt.ir.Insts[e.Ref]
	if !xt.ir.ExitStores(e) {
		return xt.constValue(in)
	}
	return spillValue(&ctx.Spill[j], in.Type)
}

// virtualIndex returns the index in snapshot s's Virtuals of the virtual
// object ref, or -1 when ref is no virtual object.
func virtualIndex(s *ir.Snapshot, ref ir.Ref) int {
	for k, v := range s.Virtuals {
		if v.Ref == ref {
			return k
		}
	}
	return -1
}

// enterVia makes the virtual objects of exit snap of xt and stores each
// into the spill slots of the entries naming it, as the exit stores an
// object it computed, for the bridge linked there (trace.via), which
// reads them.
func (xt *trace) enterVia(snap int, ctx *native.Context) {
	objs := xt.materialize(snap, ctx)
	s := &xt.ir.Snaps[snap]
	for j, e := range s.Entries {
		if k := virtualIndex(s, e.Ref); k >= 0 && e.Kind == ir.SnapSlot {
			ctx.Spill[j].P = objs[k].Pointer()
			ctx.Spill[j].N = uint64(uintptr(objs[k].Pointer()))
		}
	}
}
