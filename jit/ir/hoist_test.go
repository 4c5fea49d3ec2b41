package ir

import (
	"fmt"
	"strings"
	"testing"
)

func TestHoist(t *testing.T) {
	for _, c := range []struct {
		name string
		body func(b *Builder, x, y Ref) Ref
		want string
	}{
		{"version and class guards", func(b *Builder, x, y Ref) Ref {
			b.Emit(OpGuardT, b.Emit(OpGt, x, b.KInt(0)), None) // carried: stays
			b.GuardWord(0x1000, 7)
			o := b.SLoad(Input{Kind: InSlotObj, Slot: 2}, Ptr)
			b.Emit(OpGuardT, b.Emit(OpEq, b.LoadField(o, 0, Int), b.KInt(0x2000)), None)
			b.GuardWord(0x1000, 7) // the same check again: dropped
			return b.Emit(OpAddOv, x, y)
		}, "sload sload kint kint sload kint guardword loadfield eq guardt loop gt guardt addov phi back"},
		{"a field store keeps them", func(b *Builder, x, y Ref) Ref {
			o := b.SLoad(Input{Kind: InSlotObj, Slot: 2}, Ptr)
			b.GuardWord(0x1000, 7)
			b.EmitAux(OpStoreField, o, x, 8)
			return b.Emit(OpAddOv, x, y)
		}, "sload sload sload kint loop guardword storefield addov phi back"},
	} {
		tr := build(t, c.body)
		Hoist(tr)
		if err := tr.Validate(); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, tr)
		}
		if got := ops(tr); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
		if c.want == ops(tr) && tr.Insts[tr.Loop-1].Op != OpSLoad && tr.Insts[tr.Loop-1].Op != OpKInt {
			// The hoisted guards exit through a snapshot of their own,
			// after the header.
			s := tr.Snaps[tr.Insts[tr.Loop-1].Snap]
			if back := tr.Snaps[tr.Insts[len(tr.Insts)-1].Snap]; s.PC != back.PC+1 || len(s.Entries) != len(back.Entries) {
				t.Errorf("%s: pre-loop snapshot %+v, BACK's %+v", c.name, s, back)
			}
		}
		if _, err := Allocate(tr, 4, 2); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRanges(t *testing.T) {
	b := NewBuilder()
	b.Snap = func() int32 { return b.AddSnapshot(Snapshot{PC: 1}) }
	next := b.SLoad(Input{Kind: InRangeNext, Slot: 0, Step: 1}, Int)
	left := b.SLoad(Input{Kind: InRangeCount, Slot: 0}, Int)
	i := b.SLoad(Input{Kind: InSlotInt, Slot: 1}, Int)
	s := b.SLoad(Input{Kind: InSlotInt, Slot: 2}, Int)
	b.Emit(OpGuardT, b.Emit(OpGt, left, b.KInt(0)), None)
	ij := b.Emit(OpAddOv, next, i)                              // bounded: no check
	sq := b.Emit(OpMulOv, ij, b.Emit(OpAddOv, ij, b.KInt(1)))   // bounded: no check
	s2 := b.Emit(OpAddOv, s, b.Emit(OpFloorDiv, sq, b.KInt(2))) // s is carried: checked
	big := b.Emit(OpMulOv, sq, sq)                              // too wide: checked
	s2 = b.Emit(OpAddOv, s2, b.Emit(OpAnd, big, b.KInt(1)))     // checked
	off := b.SLoad(Input{Kind: InSlotInt, Slot: 3}, Int)
	s2 = b.Emit(OpAddOv, s2, b.Emit(OpSubOv, next, off)) // off, only subtracted, may be large
	tr := b.Finish([]Phi{{Left: next, Right: b.Emit(OpAdd, next, b.KInt(1))}, {Left: left, Right: b.Emit(OpSub, left, b.KInt(1))},
		{Left: s, Right: s2}}, b.AddSnapshot(Snapshot{PC: 0, Entries: []SnapEntry{{Slot: 2, Ref: s}}}))
	Ranges(tr)
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	// Bound guards on next, next+left (the value after the last) and i.
	want := "sload sload sload sload kint kint kint sload kint kint kint kint " +
		"ge guardt le guardt add ge guardt le guardt ge guardt le guardt ge guardt le guardt loop " +
		"gt guardt add add mul floordiv addov mulov and addov sub addov add sub phi phi phi back"
	if got := ops(tr); got != want {
		t.Errorf("got  %s\nwant %s\n%s", got, want, tr)
	}
	// off's bound is the widest.
	var bounds []int64
	for _, in := range tr.Insts[:tr.Loop] {
		if in.Op == OpLe {
			bounds = append(bounds, tr.Insts[in.B].Aux)
		}
	}
	if want := []int64{rangeBound, rangeBound, rangeBound, 1 << 60}; fmt.Sprint(bounds) != fmt.Sprint(want) {
		t.Errorf("upper bounds %v, want %v", bounds, want)
	}
}

// TestRangesSeen checks that an input whose recorded value breaks the
// bound it would get is not assumed: its check stays in the body, with no
// bound guard that entries like the recorded one would fail.
func TestRangesSeen(t *testing.T) {
	for _, seen := range []int64{1000, 1 << 40} {
		b := NewBuilder()
		b.Snap = func() int32 { return b.AddSnapshot(Snapshot{PC: 1}) }
		next := b.SLoad(Input{Kind: InRangeNext, Slot: 0, Step: 1}, Int)
		left := b.SLoad(Input{Kind: InRangeCount, Slot: 0}, Int)
		k := b.SLoad(Input{Kind: InSlotInt, Slot: 1}, Int)
		b.Saw(k, seen)
		s := b.SLoad(Input{Kind: InSlotInt, Slot: 2}, Int)
		b.Emit(OpGuardT, b.Emit(OpGt, left, b.KInt(0)), None)
		s2 := b.Emit(OpAddOv, s, b.Emit(OpMod, b.Emit(OpMulOv, next, k), b.KInt(7)))
		tr := b.Finish([]Phi{{Left: next, Right: b.Emit(OpAdd, next, b.KInt(1))}, {Left: left, Right: b.Emit(OpSub, left, b.KInt(1))},
			{Left: s, Right: s2}}, b.AddSnapshot(Snapshot{PC: 0, Entries: []SnapEntry{{Slot: 2, Ref: s}}}))
		Ranges(tr)
		if err := tr.Validate(); err != nil {
			t.Fatalf("%v\n%s", err, tr)
		}
		checked := strings.Contains(ops(tr), "mulov")
		if want := seen > rangeBound; checked != want {
			t.Errorf("seen %d: product checked %v, want %v\n%s", seen, checked, want, tr)
		}
	}
}

// TestUnspeculate: a GETELEM's guard (SpecGuard) is hoisted with the
// other invariant guards, and in a trace whose guards stay in the body
// (a helper call) the GETELEM is the LOADELEM it stands for, with its own
// snapshot, and the guard is gone.
func TestUnspeculate(t *testing.T) {
	for _, call := range []bool{false, true} {
		tr := build(t, func(b *Builder, x, y Ref) Ref {
			o := b.SLoad(Input{Kind: InSlotObj, Slot: 2}, Ptr)
			bits := b.LoadField(b.KPtr(0x3000), 8, Int)
			b.SpecGuard(b.Emit(OpEq, b.Emit(OpAnd, bits, b.KInt(4)), b.KInt(0)))
			v := b.GetElem(b.Emit(OpAdd, b.LoadField(o, 16, Int), b.KInt(32)), Float)
			if call {
				b.Call(1, []Ref{o}, Void, false)
			}
			return b.Emit(OpAddOv, x, b.Emit(OpFToI, v, None))
		})
		Optimize(tr)
		if err := tr.Validate(); err != nil {
			t.Fatalf("call %v: %v\n%s", call, err, tr)
		}
		text := tr.String()
		var elem Inst
		hoisted := false
		for i, in := range tr.Insts {
			if in.Op == OpGetElem || in.Op == OpLoadElem {
				elem = in
			}
			hoisted = hoisted || in.Op == OpGuardT && Ref(i) < tr.Loop
		}
		switch {
		case !call && (elem.Op != OpGetElem || !hoisted):
			t.Errorf("without a call, want the GETELEM and its guard hoisted:\n%s", text)
		case call && (elem.Op != OpLoadElem || elem.Snap < 0 || strings.Contains(text, "guardt") || strings.Contains(text, "and")):
			t.Errorf("with a call, want a LOADELEM with a snapshot and no guard:\n%s", text)
		}
	}
}
