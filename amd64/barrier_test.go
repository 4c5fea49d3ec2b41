//go:build amd64 && linux

// barrier_test.go: a pointer store that finds the write barrier on exits
// through its snapshot marked as such (Context.Scratch[BarrierExit]), so
// Go does not take it for a failed guard.

package amd64

import (
	"testing"
	"unsafe"

	"github.com/adderpy/adder/alloc"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

func TestBarrierExitMarked(t *testing.T) {
	b := ir.NewBuilder()
	n := b.SLoad(ir.Input{Kind: ir.InSlotInt, Slot: 1}, ir.Int)
	atStore := b.AddSnapshot(ir.Snapshot{PC: 1, Entries: []ir.SnapEntry{{Slot: 1, Ref: n}}})
	b.Snap = func() int32 { return atStore }
	b.Emit(ir.OpStoreValue, b.EmitAux(ir.OpFrameAddr, ir.None, ir.None, 0), n)
	done := b.AddSnapshot(ir.Snapshot{PC: 2, Entries: []ir.SnapEntry{{Slot: 1, Ref: n}}})
	tr := b.FinishExit(done, 0)
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	be := New(alloc.New(), HostFeatures())
	c, _, err := be.CompileTrace(tr, native.Placement{ExitTable: make([]uintptr, len(tr.Snaps))}, false)
	if err != nil {
		t.Fatal(err)
	}
	defer be.Free(c)
	for _, on := range []uint32{0, 1} {
		var interrupt uint32
		ctx := native.NewContext(&interrupt)
		barrier := on // stands for the runtime's flag
		ctx.WriteBarrier = &barrier
		frame := []object.Value{object.None, object.Int(5)}
		ctx.Frame = uintptr(unsafe.Pointer(&frame[0]))
		ctx.Spill[ir.InputSlot(0)].N = 5
		e := be.Enter(c, c.Entry, ctx)
		wantSnap, wantMark, want0 := done, uint64(0), object.Int(5)
		if on != 0 {
			wantSnap, wantMark, want0 = atStore, 1, object.None
		}
		if e.Code() != native.ExitGuard || int32(e.ID()&0xffff) != wantSnap || ctx.Scratch[native.BarrierExit] != wantMark || frame[0] != want0 {
			t.Errorf("barrier %d: exit %v, mark %d, slot 0 %v; want guard #%d, mark %d, slot 0 %v",
				on, e, ctx.Scratch[native.BarrierExit], frame[0], wantSnap, wantMark, want0)
		}
	}
}
