package ir

import (
	"fmt"
	"strings"
	"testing"
)

// build records a loop over two int inputs x and y whose body computes
// the next x, and finishes it.
func build(t *testing.T, body func(b *Builder, x, y Ref) Ref) *Trace {
	t.Helper()
	b := NewBuilder()
	b.Snap = func() int32 { return b.AddSnapshot(Snapshot{PC: 1, SP: 0}) }
	x := b.SLoad(Input{Kind: InSlotInt, Slot: 0}, Int)
	y := b.SLoad(Input{Kind: InSlotInt, Slot: 1}, Int)
	v := body(b, x, y)
	tr := b.Finish([]Phi{{Left: x, Right: v}}, b.AddSnapshot(Snapshot{PC: 0, SP: 0, Entries: []SnapEntry{{Slot: 0, Ref: x}}}))
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	return tr
}

func ops(tr *Trace) string {
	var s []string
	for _, in := range tr.Insts {
		s = append(s, in.Op.String())
	}
	return strings.Join(s, " ")
}

func TestFold(t *testing.T) {
	for _, c := range []struct {
		name string
		body func(b *Builder, x, y Ref) Ref
		want string
	}{
		{"const add", func(b *Builder, x, y Ref) Ref { return b.Emit(OpAddOv, b.KInt(2), b.KInt(3)) },
			"sload kint loop phi back"},
		{"add zero", func(b *Builder, x, y Ref) Ref { return b.Emit(OpAddOv, x, b.KInt(0)) },
			"sload loop phi back"},
		{"overflowing constants stay", func(b *Builder, x, y Ref) Ref { return b.Emit(OpAddOv, b.KInt(1<<62), b.KInt(1<<62)) },
			"sload kint loop addov phi back"},
		{"constant goes right", func(b *Builder, x, y Ref) Ref {
			r := b.Emit(OpMulOv, b.KInt(5), x)
			if b.inst(r).B != b.KInt(5) {
				t.Error("constant not moved right")
			}
			return r
		}, "sload kint loop mulov phi back"},
		{"cse", func(b *Builder, x, y Ref) Ref {
			return b.Emit(OpAdd, b.Emit(OpMulOv, x, y), b.Emit(OpMulOv, y, x))
		}, "sload sload loop mulov add phi back"},
		{"x - x", func(b *Builder, x, y Ref) Ref { return b.Emit(OpSubOv, y, y) },
			"sload kint loop phi back"},
		{"guard of not", func(b *Builder, x, y Ref) Ref {
			b.Emit(OpGuardT, b.Emit(OpNot, b.Emit(OpLt, x, y), None), None)
			return x
		}, "sload sload loop lt guardf phi back"},
		{"true guard folds", func(b *Builder, x, y Ref) Ref {
			b.Emit(OpGuardT, b.Emit(OpLt, b.KInt(1), b.KInt(2)), None)
			return y
		}, "sload sload loop phi back"},
		{"floor division of constants", func(b *Builder, x, y Ref) Ref {
			if k, _ := b.Const(b.Emit(OpFloorDiv, b.KInt(-7), b.KInt(2))); k != -4 {
				t.Errorf("-7 // 2 folded to %d", k)
			}
			if k, _ := b.Const(b.Emit(OpMod, b.KInt(-7), b.KInt(2))); k != 1 {
				t.Errorf("-7 %% 2 folded to %d", k)
			}
			return y
		}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tr := build(t, c.body)
			DCE(tr)
			if got, want := ops(tr), c.want; want != "" && got != want {
				t.Errorf("got  %s\nwant %s\n%s", got, want, tr)
			}
		})
	}
}

func TestDCEAndAllocate(t *testing.T) {
	tr := build(t, func(b *Builder, x, y Ref) Ref {
		b.Emit(OpMulOv, x, x) // a guard: stays
		b.Emit(OpAdd, y, y)   // dead
		return b.Emit(OpAddOv, x, y)
	})
	DCE(tr)
	if err := tr.Validate(); err != nil {
		t.Fatal(err)
	}
	if got, want := ops(tr), "sload sload loop mulov addov phi back"; got != want {
		t.Fatalf("after DCE: %s, want %s", got, want)
	}
	// y lives through the loop, x (carried) until the sum, which takes its
	// register, the product briefly: three registers suffice, and two
	// (x's frees at the sum); with one, a value spills.
	a, err := Allocate(tr, 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	for r, reg := range a.Reg {
		if reg == Spilled {
			t.Errorf("%04d spilled with three registers", r)
		}
	}
	a, err = Allocate(tr, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	for r, reg := range a.Reg {
		if reg == Spilled {
			t.Errorf("%04d spilled with two registers", r)
		}
	}
	a, err = Allocate(tr, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	spilled := 0
	for r, reg := range a.Reg {
		if reg == Spilled {
			spilled++
			if a.Home[r] < FirstInputSlot {
				t.Errorf("%04d spilled below the input slots", r)
			}
		}
	}
	if spilled == 0 {
		t.Error("nothing spilled with one register")
	}
}

func TestOpTable(t *testing.T) {
	for op := Op(0); op < numOps; op++ {
		if opInfo[op].name == "" {
			t.Errorf("op %d has no name", op)
		}
		if op.IsGuard() && op != OpBack && op != OpLink && op != OpExit && !op.IsPure() && !op.IsMemory() && op != OpGuardT && op != OpGuardF {
			t.Errorf("%v: guard that is neither pure, a memory access nor a plain guard", op)
		}
	}
}

// TestCallSpills checks that every value live across a helper call has a
// home (where backends save it over the call), that values defined after
// it need none, and that a call ends the reuse of fields read before it.
func TestCallSpills(t *testing.T) {
	var before, across, field1, field2 Ref
	tr := build(t, func(b *Builder, x, y Ref) Ref {
		p := b.KPtr(0x1000)
		before = b.Emit(OpAddOv, x, y)
		across = b.Emit(OpMulOv, x, y)
		field1 = b.LoadField(p, 8, Int)
		c := b.Call(3, []Ref{before, p}, Int, false)
		field2 = b.LoadField(p, 8, Int)
		return b.Emit(OpAddOv, b.Emit(OpAddOv, c, across), b.Emit(OpAdd, field1, field2))
	})
	if field1 == field2 {
		t.Fatal("a field read before a call was reused after it")
	}
	remap := func(r Ref) Ref { return tr.Loop + 1 + r } // body refs after Finish
	a, err := Allocate(tr, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	if a.Home[remap(across)] == 0 || a.Home[remap(field1)] == 0 {
		t.Errorf("values live across the call have no home:\n%s", tr)
	}
	if a.Reg[remap(across)] < 0 || a.Home[remap(field2)] != 0 {
		t.Errorf("values around the call do not keep (only) a register:\n%s", tr)
	}
	// y, read in every iteration, must survive the call; x, carried, is
	// dead after its last read before it (BACK's moves write its next
	// value into its register).
	if a.Home[1] == 0 {
		t.Errorf("an invariant input live across the call has no home")
	}
	if a.Reg[0] == Spilled || a.Home[0] != 0 {
		t.Errorf("a carried input dead before the call is spilled or has a home")
	}
	tr.Calls[0].Args[0] = Ref(len(tr.Insts) - 1)
	if tr.Validate() == nil {
		t.Error("Validate accepts a call argument defined after the call")
	}
}

// TestStorePtrAndPoolCall checks that STOREPTR makes later loads of the
// field it writes read memory again (as STOREFIELD does), that Validate
// wants its value to be a constant, and that pool calls keep loads and
// do not count as calls.
func TestStorePtrAndPoolCall(t *testing.T) {
	var obj, load1, load2 Ref
	tr := build(t, func(b *Builder, x, y Ref) Ref {
		obj = b.SLoad(Input{Kind: InSlotObj, Slot: 2}, Ptr)
		load1 = b.LoadField(obj, 8, Int)
		b.EmitAux(OpStorePtr, obj, b.KPtr(0x1000), 8)
		load2 = b.LoadField(obj, 8, Int)
		inst := b.PoolCall(3, []Ref{obj}, 0x2000)
		if b.LoadField(obj, 8, Int) != load2 || b.CallCost() != 0 {
			t.Error("a pool call dropped a load or counts as a call")
		}
		b.EmitAux(OpStorePtr, inst, b.KPtr(0x1000), 8)
		return x
	})
	if load1 == load2 {
		t.Error("load after STOREPTR reused the load before it")
	}
	if got := ops(tr); !strings.Contains(got, "loadfield storeptr loadfield call storeptr") {
		t.Errorf("ops %s", got)
	}
	if tr.Calls[0].Pool != 0x2000 || !strings.Contains(tr.String(), "pool[0x2000]") {
		t.Errorf("pool call lost its pool:\n%s", tr)
	}
	for i, in := range tr.Insts {
		if in.Op == OpStorePtr {
			tr.Insts[i].B = in.A // a Ptr, but no constant
			break
		}
	}
	if tr.Validate() == nil {
		t.Error("STOREPTR of a non-constant validated")
	}
}

func TestStoreElemChecksOnce(t *testing.T) {
	tr := build(t, func(b *Builder, x, y Ref) Ref {
		obj := b.SLoad(Input{Kind: InSlotObj, Slot: 2}, Ptr)
		slots := b.LoadField(obj, 16, Int)
		f := b.Emit(OpIToF, x, None)
		field := b.Emit(OpAdd, slots, b.KInt(32))
		// Loaded and stored as a float: the load checked the header.
		v := b.LoadElem(field, Float)
		b.StoreElem(field, b.Emit(OpFAdd, v, f))
		// An int store to the same item checks its own type.
		b.StoreElem(field, x)
		// The item at offset 0 was never loaded.
		b.StoreElem(slots, x)
		// A call may change any header.
		b.Call(1, []Ref{obj}, Void, false)
		b.StoreElem(field, x)
		// An item known to hold a float (GETELEM) is stored unchecked.
		other := b.Emit(OpAdd, slots, b.KInt(48))
		b.StoreElem(other, b.Emit(OpFAdd, b.GetElem(other, Float), f))
		return x
	})
	var got []string
	for _, in := range tr.Insts {
		if in.Op == OpLoadElem || in.Op == OpStoreElem || in.Op == OpSetElem || in.Op == OpGetElem {
			got = append(got, fmt.Sprintf("%v+%d", in.Op, in.Aux))
		}
	}
	if want := "loadelem+32 setelem+32 storeelem+32 storeelem+0 storeelem+32 getelem+48 setelem+48"; strings.Join(got, " ") != want {
		t.Errorf("item accesses %s, want %s\n%s", strings.Join(got, " "), want, tr)
	}
	if !strings.Contains(tr.String(), "setelem  +32") {
		t.Errorf("the text form lacks the offset:\n%s", tr)
	}
}

// TestAllocateHints checks the register preferences of Allocate: a PHI's
// right operand takes its carrier's register (rather than its first
// operand's, also the one freed last), a result without a snapshot the
// register of an operand dying there, and a result that may exit avoids
// the register of a snapshot entry dying there, even its carrier's.
func TestAllocateHints(t *testing.T) {
	b := NewBuilder()
	var entries []SnapEntry
	b.Snap = func() int32 { return b.AddSnapshot(Snapshot{PC: 1, Entries: entries}) }
	x := b.SLoad(Input{Kind: InSlotInt, Slot: 0}, Int)
	y := b.SLoad(Input{Kind: InSlotInt, Slot: 1}, Int)
	z := b.SLoad(Input{Kind: InSlotInt, Slot: 2}, Int)
	sum := b.Emit(OpAdd, x, y) // x dies
	twice := b.Emit(OpAdd, y, y)
	next := b.Emit(OpSub, twice, sum) // both die
	entries = []SnapEntry{{Slot: 1, Ref: y}, {Slot: 2, Ref: z}}
	prod := b.Emit(OpMulOv, z, z) // z dies, but its exit lists it
	tr := b.Finish([]Phi{{Left: x, Right: next}, {Left: z, Right: prod}}, b.AddSnapshot(Snapshot{PC: 0}))
	if err := tr.Validate(); err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	remap := func(r Ref) Ref { return tr.Loop + 1 + r } // body refs after Finish
	sum, next, prod = remap(sum), remap(next), remap(prod)
	x, z = x&^headBit, z&^headBit
	a, err := Allocate(tr, 8, 8)
	if err != nil {
		t.Fatal(err)
	}
	if a.Reg[sum] != a.Reg[x] {
		t.Errorf("x+y in register %d, not in that of x (%d), which dies there", a.Reg[sum], a.Reg[x])
	}
	if a.Reg[next] != a.Reg[x] {
		t.Errorf("the next x in register %d, not in its carrier's (%d)", a.Reg[next], a.Reg[x])
	}
	if a.Reg[prod] == a.Reg[z] {
		t.Errorf("z*z, which may exit, took the register of z, which its exit reads")
	}
	if t.Failed() {
		t.Logf("registers %v\n%s", a.Reg, tr)
	}
}
