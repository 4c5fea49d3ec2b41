package ir

import (
	"strings"
	"testing"
)

// newObject is the NewObject of the tests' instances: two slots, both
// set by the trace, of class 0x500 and layout 0x600.
var newObject = NewObject{Class: 0x500, LayoutOff: 8, DictOff: 16, DataOff: 24, LenOff: 32, CapOff: 40,
	Layout: 0x600, Len: 2, Room: 2}

// sinkTrace builds a loop trace whose body allocates an instance o from a
// pool, stores x+1 and x into its slots, guards its class, loads both
// slots back and carries their sum; at, called with o and the sum, may
// use o otherwise (end is the snapshot the last guard exits through, for
// at to name o in).
func sinkTrace(t *testing.T, at func(b *Builder, o, sum Ref, end int32)) *Trace {
	t.Helper()
	b := NewBuilder()
	cur := b.AddSnapshot(Snapshot{PC: 1})
	b.Snap = func() int32 { return cur }
	x := b.SLoad(Input{Kind: InSlotFloat, Slot: 0}, Float)
	o := b.PoolCall(7, nil, 0x1000)
	b.SetNew(o, newObject)
	cur = b.AddSnapshot(Snapshot{PC: 2, SP: 4, Entries: []SnapEntry{{Slot: 3, Ref: o}}})
	d := b.LoadField(o, newObject.DataOff, Int)
	x1 := b.Emit(OpFAdd, x, b.KFloat(1))
	b.Emit(OpStoreValue, d, x1)
	b.Emit(OpStoreValue, b.Emit(OpAdd, d, b.KInt(16)), x)
	cur = b.AddSnapshot(Snapshot{PC: 3, SP: 4, Entries: []SnapEntry{{Slot: 3, Ref: o}}})
	b.Emit(OpGuardT, b.Emit(OpEq, b.LoadField(o, 0, Int), b.KInt(0x500)), None)
	sum := b.Emit(OpFAdd, b.LoadElem(d, Float), b.LoadElem(b.Emit(OpAdd, d, b.KInt(16)), Float))
	end := b.AddSnapshot(Snapshot{PC: 4, SP: 5, Entries: []SnapEntry{{Slot: 3, Ref: o}, {Slot: 4, Ref: sum}}})
	cur = end
	b.Emit(OpGuardT, b.Emit(OpFLt, sum, b.KFloat(1e9)), None)
	if at != nil {
		at(b, o, sum, end)
	}
	tr := b.Finish([]Phi{{Left: x, Right: sum}}, b.AddSnapshot(Snapshot{PC: 0, Entries: []SnapEntry{{Slot: 0, Ref: x}}}))
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	return tr
}

func TestSinkRemovesAllocation(t *testing.T) {
	tr := sinkTrace(t, nil)
	Sink(tr)
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	want := "sload kflt kint kint kflt loop virtual fadd fadd flt guardt phi back"
	if got := ops(tr); got != want {
		t.Fatalf("got  %s\nwant %s\n%s", got, want, tr)
	}
	// The sum adds the stored values, and the last guard's snapshot
	// describes the object with both slots set.
	var sum Inst
	for _, in := range tr.Insts {
		if in.Op == OpFAdd {
			sum = in
		}
	}
	if tr.Insts[sum.A].Op != OpFAdd || tr.Insts[sum.B].Op != OpSLoad {
		t.Errorf("the sum adds %v and %v, want the stored x+1 and x\n%s", tr.Insts[sum.A].Op, tr.Insts[sum.B].Op, tr)
	}
	guard := tr.Insts[len(tr.Insts)-3]
	s := tr.Snaps[guard.Snap]
	if len(s.Virtuals) != 1 || s.Virtuals[0].N != 2 || s.Virtuals[0].Len != 2 || s.Virtuals[0].Layout != 0x600 {
		t.Fatalf("snapshot %+v", s)
	}
	if txt := tr.String(); !strings.Contains(txt, "={layout 0x600 len 2 [0]=") {
		t.Errorf("text form without the virtual object:\n%s", txt)
	}
	// An exit stores the slot values, not the object.
	for _, e := range s.Entries {
		if tr.ExitStores(e) != (tr.Insts[e.Ref].Op != OpVirtual) {
			t.Errorf("entry %+v: ExitStores %v", e, tr.ExitStores(e))
		}
	}
	if _, err := Allocate(tr, 4, 4); err != nil {
		t.Fatal(err)
	}
}

func TestSinkKeepsEscapingAllocation(t *testing.T) {
	for _, c := range []struct {
		name string
		at   func(b *Builder, o, sum Ref, end int32)
	}{
		{"a call argument", func(b *Builder, o, sum Ref, end int32) { b.Call(3, []Ref{o}, Void, false) }},
		{"a stored value", func(b *Builder, o, sum Ref, end int32) {
			b.Emit(OpStoreValue, b.LoadField(o, newObject.DataOff, Int), o)
		}},
		{"a field the pass does not know", func(b *Builder, o, sum Ref, end int32) {
			b.Emit(OpGuardT, b.Emit(OpEq, b.LoadField(o, 56, Int), b.KInt(0)), None)
		}},
		{"a snapshot of a Sync call", func(b *Builder, o, sum Ref, end int32) { b.Call(3, nil, Void, true) }},
		{"a snapshot seen in two states", func(b *Builder, o, sum Ref, end int32) {
			b.Emit(OpStoreValue, b.LoadField(o, newObject.DataOff, Int), sum)
			b.Emit(OpGuardT, b.Emit(OpFGt, sum, b.KFloat(-1)), None)
		}},
		{"a slot beyond its room", func(b *Builder, o, sum Ref, end int32) {
			b.Emit(OpStoreValue, b.Emit(OpAdd, b.LoadField(o, newObject.DataOff, Int), b.KInt(32)), sum)
		}},
	} {
		tr := sinkTrace(t, c.at)
		Sink(tr)
		if err := tr.Validate(); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, tr)
		}
		if strings.Contains(ops(tr), "virtual") {
			t.Errorf("%s: the allocation was removed\n%s", c.name, tr)
		}
	}
}
