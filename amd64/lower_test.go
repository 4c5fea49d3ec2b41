//go:build amd64 && linux

// lower_test.go: IR traces lowered with each set of extensions compute
// what Go computes, values live across a helper call survive it, and a
// call's failure exit reports them.

package amd64

import (
	"math"
	"testing"
	"unsafe"

	"github.com/adderpy/adder/alloc"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
)

// loopDone is the snapshot of floatLoop's exit when n reaches 0.
const loopDone = 0

// floatLoop builds a loop over inputs zr, zi (floats), n and s (ints):
// while n > 0, a Mandelbrot-like step of zr, zi with constant operands,
// a division and a square root, and s = s + helper 0 (n) with zr and zi
// live across the call. The snapshot of the exit holds zr, zi, n, s.
func floatLoop(t *testing.T) *ir.Trace {
	b := ir.NewBuilder()
	var entries []ir.SnapEntry
	b.Snap = func() int32 { return b.AddSnapshot(ir.Snapshot{PC: 1, Entries: entries}) }
	zr := b.SLoad(ir.Input{Kind: ir.InSlotFloat, Slot: 0}, ir.Float)
	zi := b.SLoad(ir.Input{Kind: ir.InSlotFloat, Slot: 1}, ir.Float)
	n := b.SLoad(ir.Input{Kind: ir.InSlotInt, Slot: 2}, ir.Int)
	s := b.SLoad(ir.Input{Kind: ir.InSlotInt, Slot: 3}, ir.Int)
	entries = []ir.SnapEntry{{Slot: 0, Ref: zr}, {Slot: 1, Ref: zi}, {Slot: 2, Ref: n}, {Slot: 3, Ref: s}}
	b.Emit(ir.OpGuardT, b.Emit(ir.OpGt, n, b.KInt(0)), ir.None)
	h := b.Call(0, []ir.Ref{n}, ir.Int, false)
	s2 := b.Emit(ir.OpAddOv, s, h)
	n2 := b.Emit(ir.OpSubOv, n, b.KInt(1))
	sq := func(x ir.Ref) ir.Ref { return b.Emit(ir.OpFMul, x, x) }
	re := b.Emit(ir.OpFAdd, b.Emit(ir.OpFSub, sq(zr), sq(zi)), b.KFloat(0.25))
	im := b.Emit(ir.OpFSub, b.Emit(ir.OpFMul, b.Emit(ir.OpFMul, b.KFloat(2), zr), zi), b.KFloat(0.5))
	norm := b.Emit(ir.OpFSqrt, b.Emit(ir.OpFAdd, b.Emit(ir.OpFAdd, sq(re), sq(im)), b.KFloat(1)), ir.None)
	re = b.Emit(ir.OpFDiv, re, norm)
	tr := b.Finish([]ir.Phi{{Left: zr, Right: re}, {Left: zi, Right: im}, {Left: n, Right: n2}, {Left: s, Right: s2}},
		b.AddSnapshot(ir.Snapshot{PC: 0, Entries: entries}))
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	if tr.Insts[tr.Loop+2].Op != ir.OpGuardT || tr.Insts[tr.Loop+2].Snap != loopDone {
		t.Fatalf("the first guard is not the loop's exit:\n%s", tr)
	}
	return tr
}

// floatLoopGo is floatLoop in Go, helper 0 being 3n.
func floatLoopGo(zr, zi float64, n, s int64) (float64, float64, int64, int64) {
	for ; n > 0; n-- {
		s += 3 * n
		re := float64(float64(zr*zr)-float64(zi*zi)) + 0.25
		im := float64(float64(2*zr)*zi) - 0.5
		norm := math.Sqrt(float64(float64(re*re)+float64(im*im)) + 1)
		zr, zi = re/norm, im
	}
	return zr, zi, n, s
}

// runFloatLoop runs tr lowered with f from the given inputs, serving the
// helper calls (3n, or a failure when fail is set) after trashing every
// register (clobberCode), until an exit other than a helper call; it
// returns that exit, the first four spill slots and the iteration count.
func runFloatLoop(t *testing.T, tr *ir.Trace, f Features, in [4]uint64, fail bool) (native.Exit, [4]uint64, uint64) {
	t.Helper()
	mem := alloc.New()
	be := New(mem, f)
	c, _, err := be.CompileTrace(tr, native.Placement{ExitTable: make([]uintptr, len(tr.Snaps))}, false)
	if err != nil {
		t.Fatal(err)
	}
	defer be.Free(c)
	clobber := install(t, mem, clobberCode())
	var interrupt uint32
	ctx := native.NewContext(&interrupt)
	for i, v := range in {
		ctx.Spill[ir.InputSlot(i)].N = v
	}
	at := c.Entry
	for {
		e := be.Enter(c, at, ctx)
		if e.Code() != native.ExitHelper {
			return e, [4]uint64{ctx.Spill[0].N, ctx.Spill[1].N, ctx.Spill[2].N, ctx.Spill[3].N}, ctx.Scratch[native.IterCount]
		}
		call := c.Calls[e.ID()&0xffff]
		arg := ctx.Spill[0].N
		Enter(clobber, ctx)
		if fail {
			at = call.Fail
			continue
		}
		ctx.Spill[0].N = 3 * arg
		at = call.Resume
	}
}

func TestFloatLoopFeatures(t *testing.T) {
	tr := floatLoop(t)
	zr, zi, n, s := floatLoopGo(0.1, -0.2, 50, 7)
	want := [4]uint64{math.Float64bits(zr), math.Float64bits(zi), uint64(n), uint64(s)}
	in := [4]uint64{math.Float64bits(0.1), math.Float64bits(-0.2), 50, 7}
	host := HostFeatures()
	for _, f := range []Features{{}, host} {
		if f == host && !host.AVX {
			t.Log("no AVX on this host: only the SSE2 code runs")
		}
		// The iteration count (kept in a register over the helper calls,
		// lowering.iters) reaches Go.
		e, got, iters := runFloatLoop(t, tr, f, in, false)
		if e.Code() != native.ExitGuard || e.ID()&0xffff != loopDone || got != want || iters != 50 {
			t.Errorf("%+v: exit %v, slots %x, %d iterations, want guard #%d, %x, 50", f, e, got, iters, loopDone, want)
		}
		// A failing helper exits through the call's snapshot, written from
		// the homes the call saved its live values in.
		e, got, iters = runFloatLoop(t, tr, f, in, true)
		if e.Code() != native.ExitCallFailed || got != in || iters != 0 {
			t.Errorf("%+v, failing call: exit %v, slots %x, want call failure, %x", f, e, got, in)
		}
	}
}

// TestExitStores checks what a guard's exit stores (ir.Trace.ExitStores):
// nothing for a frame slot's constant, a Ptr into the pointer word only,
// an int into the payload word only; and that the exit word and the jump
// through the exit table word are the guard's snapshot's.
func TestExitStores(t *testing.T) {
	var obj, konst, sentinel [2]uint64
	b := ir.NewBuilder()
	var entries []ir.SnapEntry
	b.Snap = func() int32 { return b.AddSnapshot(ir.Snapshot{PC: 1, Entries: entries}) }
	p := b.SLoad(ir.Input{Kind: ir.InSlotObj, Slot: 0}, ir.Ptr)
	n := b.SLoad(ir.Input{Kind: ir.InSlotInt, Slot: 1}, ir.Int)
	entries = []ir.SnapEntry{{Slot: 0, Ref: b.KInt(7)}, {Slot: 1, Ref: b.KPtr(uintptr(unsafe.Pointer(&konst)))},
		{Slot: 2, Ref: p}, {Slot: 3, Ref: n}}
	b.Emit(ir.OpGuardT, b.Emit(ir.OpGt, n, b.KInt(0)), ir.None)
	b.Emit(ir.OpGuardT, b.Emit(ir.OpLt, n, b.KInt(100)), ir.None)
	n2 := b.Emit(ir.OpSubOv, n, b.KInt(1))
	tr := b.Finish([]ir.Phi{{Left: n, Right: n2}}, b.AddSnapshot(ir.Snapshot{PC: 0, Entries: entries}))
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	var guards []int32 // the snapshots of the two guards, in order
	for _, in := range tr.Insts {
		if in.Op == ir.OpGuardT {
			guards = append(guards, in.Snap)
		}
	}
	if len(guards) != 2 || guards[0] == guards[1] {
		t.Fatalf("want two guards with snapshots of their own:\n%s", tr)
	}
	mem := alloc.New()
	be := New(mem, HostFeatures())
	const index = 0x8003 // its ID's top bit set
	pl := native.Placement{Index: index, ExitTable: make([]uintptr, len(tr.Snaps))}
	c, _, err := be.CompileTrace(tr, pl, false)
	if err != nil {
		t.Fatal(err)
	}
	defer be.Free(c)
	// The second guard's exit goes on to "linked" code of its own.
	linked := NewAsm()
	emitExit(linked, native.ExitInterrupt, 0xabcd)
	pl.ExitTable[guards[1]] = install(t, mem, linked)
	var interrupt uint32
	run := func(n int64) (native.Exit, *native.Context) {
		ctx := native.NewContext(&interrupt)
		for j := range 4 {
			ctx.Spill[j] = native.Slot{P: unsafe.Pointer(&sentinel), N: 0x5a5a}
		}
		ctx.Spill[ir.InputSlot(0)] = native.Slot{P: unsafe.Pointer(&obj), N: uint64(uintptr(unsafe.Pointer(&obj)))}
		ctx.Spill[ir.InputSlot(1)].N = uint64(n)
		return be.Enter(c, c.Entry, ctx), ctx
	}
	e, ctx := run(0)
	if e.Code() != native.ExitGuard || e.ID() != index<<16|uint32(guards[0]) {
		t.Fatalf("exit %v %#x, want %v %#x", e.Code(), e.ID(), native.ExitGuard, index<<16|uint32(guards[0]))
	}
	want := []native.Slot{
		{P: unsafe.Pointer(&sentinel), N: 0x5a5a}, // constants: not stored
		{P: unsafe.Pointer(&sentinel), N: 0x5a5a},
		{P: unsafe.Pointer(&obj), N: 0x5a5a}, // a Ptr: the pointer word
		{P: unsafe.Pointer(&sentinel), N: 0}, // an int: the payload word
	}
	for j, w := range want {
		if ctx.Spill[j] != w {
			t.Errorf("spill slot %d = %+v, want %+v", j, ctx.Spill[j], w)
		}
	}
	if e, _ := run(200); e.Code() != native.ExitInterrupt || e.ID() != 0xabcd {
		t.Errorf("second guard: exit %v %#x, want the linked code's %v 0xabcd", e.Code(), e.ID(), native.ExitInterrupt)
	}
}
