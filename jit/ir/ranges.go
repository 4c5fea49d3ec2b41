// ranges.go: overflow checks dropped where the operands' ranges, bounded
// once before the loop, rule overflow out.

package ir

// rangeBound bounds the int inputs Ranges assumes small: their values,
// and a range loop's first and last values, lie in [-rangeBound,
// rangeBound], guarded before the loop. Sums of two such values (an
// index plus an offset) may be multiplied without overflow.
const rangeBound = 1 << 29

// interval is a closed range of int values; a value without one may be
// any int.
type interval struct {
	lo, hi int64
	// deps is the set of inputs (bits by index into the assumed inputs)
	// whose bounds the interval relies on.
	deps uint64
}

// rangeLimit bounds the intervals Ranges computes with, so that sums and
// differences of two never overflow.
const rangeLimit = 1 << 62

// Ranges turns the overflow-checked adds, subtractions and products of a
// loop trace (one ending in BACK) into wrapping ones where the operands'
// ranges rule overflow out: when the operands derive, through those ops,
// floor divisions by positive constants and constants, from invariant int
// inputs (SLOADs no PHI carries) and from the value of a range loop of
// step 1 or -1 (which lies between the first and the first plus the
// count times the step), each guarded, once before the loop, to lie
// within rangeBound.
// A failing bound guard exits before the loop, through the pre-loop
// snapshot (see Hoist): the interpreter runs the iteration and a bridge
// with the checks grows from there. The body writes no int the analysis
// reads, so nothing else is needed: its int values are SSA values.
func Ranges(t *Trace) {
	n := len(t.Insts)
	if !t.canExitBeforeLoop() {
		return
	}
	carried := make([]bool, n)
	for _, in := range t.Insts[t.Loop:] {
		if in.Op == OpPhi {
			carried[in.A] = true
		}
	}
	// The assumed inputs: invariant int SLOADs, and range loop values
	// (with the SLOAD of their count).
	var assumed []Ref
	count := map[Ref]Ref{} // a range value's SLOAD: its count's
	iv := make([]*interval, n)
	for i := Ref(0); i < t.Loop; i++ {
		in := t.Insts[i]
		switch {
		case in.Op == OpKInt && in.Type == Int && in.Aux > -rangeLimit && in.Aux < rangeLimit:
			iv[i] = &interval{lo: in.Aux, hi: in.Aux}
		case in.Op != OpSLoad || in.Type != Int || len(assumed) == 64:
		case t.Inputs[in.Aux].Kind == InSlotInt && !carried[i]:
			iv[i] = &interval{lo: -rangeBound, hi: rangeBound, deps: 1 << len(assumed)}
			assumed = append(assumed, i)
		case t.Inputs[in.Aux].Kind == InRangeNext:
			step := t.Inputs[in.Aux].Step
			c, ok := t.rangeCount(t.Inputs[in.Aux].Slot)
			if !ok || step != 1 && step != -1 {
				break
			}
			iv[i] = &interval{lo: -rangeBound, hi: rangeBound, deps: 1 << len(assumed)}
			assumed = append(assumed, i)
			count[i] = c
		}
	}
	if len(assumed) == 0 {
		return
	}
	var used uint64 // the inputs whose bounds a dropped check relies on
	end := Ref(n - 1)
	for i := t.Loop + 1; i < end; i++ {
		in := &t.Insts[i]
		if in.Op == OpPhi {
			break
		}
		var x, y *interval
		if in.Op.NArgs() == 2 {
			x, y = iv[in.A], iv[in.B]
		}
		if x == nil || y == nil {
			continue
		}
		r := interval{deps: x.deps | y.deps}
		switch in.Op {
		case OpAdd, OpAddOv:
			r.lo, r.hi = x.lo+y.lo, x.hi+y.hi
		case OpSub, OpSubOv:
			r.lo, r.hi = x.lo-y.hi, x.hi-y.lo
		case OpMul, OpMulOv:
			const small = 1 << 31 // products of two stay below 2^62
			if max(-x.lo, x.hi, -y.lo, y.hi) >= small {
				continue
			}
			p := [4]int64{x.lo * y.lo, x.lo * y.hi, x.hi * y.lo, x.hi * y.hi}
			r.lo, r.hi = min(p[0], p[1], p[2], p[3]), max(p[0], p[1], p[2], p[3])
		case OpFloorDiv:
			if k := t.Insts[in.B]; k.Op != OpKInt || k.Aux <= 0 {
				continue
			}
			r.lo, r.hi = floorDiv(x.lo, y.lo), floorDiv(x.hi, y.lo)
		default:
			continue
		}
		if r.lo <= -rangeLimit || r.hi >= rangeLimit {
			continue
		}
		iv[i] = &r
		if op, ok := wrapping[in.Op]; ok {
			in.Op, in.Snap = op, -1
			used |= r.deps
		}
	}
	if used == 0 {
		return
	}
	// The bound guards, before LOOP.
	snap := t.preLoopSnapshot()
	kmin, kmax := Ref(len(t.Insts)), Ref(len(t.Insts)+1)
	t.Insts = append(t.Insts, Inst{Op: OpKInt, Type: Int, A: None, B: None, Aux: -rangeBound, Snap: -1, PC: -1},
		Inst{Op: OpKInt, Type: Int, A: None, B: None, Aux: rangeBound, Snap: -1, PC: -1})
	var guards []Ref
	// bound guards -rangeBound <= x <= rangeBound.
	bound := func(x Ref) {
		for _, c := range []struct {
			op Op
			k  Ref
		}{{OpGe, kmin}, {OpLe, kmax}} {
			cmp := Ref(len(t.Insts))
			t.Insts = append(t.Insts, Inst{Op: c.op, Type: Bool, A: x, B: c.k, Snap: -1, PC: -1},
				Inst{Op: OpGuardT, Type: Void, A: cmp, B: None, Snap: snap, PC: -1})
			guards = append(guards, cmp, cmp+1)
		}
	}
	for k, x := range assumed {
		if used&(1<<k) != 0 {
			bound(x)
			if c, ok := count[x]; ok {
				// The value after the last: next + count*step, which
				// cannot wrap (next is bounded, count at most 2^62).
				op := OpAdd
				if t.Inputs[t.Insts[x].Aux].Step < 0 {
					op = OpSub
				}
				last := Ref(len(t.Insts))
				t.Insts = append(t.Insts, Inst{Op: op, Type: Int, A: x, B: c, Snap: -1, PC: -1})
				guards = append(guards, last)
				bound(last)
			}
		}
	}
	// Entry section, the two constants, the pre-loop section, the
	// guards, LOOP and the rest.
	entry := Ref(0)
	for entry < t.Loop && (t.Insts[entry].Op == OpSLoad || t.Insts[entry].Op == OpKInt ||
		t.Insts[entry].Op == OpKFloat || t.Insts[entry].Op == OpKPtr || t.Insts[entry].Op == OpNop) {
		entry++
	}
	order := make([]Ref, 0, len(t.Insts))
	for i := range entry {
		order = append(order, i)
	}
	order = append(order, kmin, kmax)
	for i := entry; i < t.Loop; i++ {
		order = append(order, i)
	}
	order = append(order, guards...)
	for i := t.Loop; i < Ref(n); i++ {
		order = append(order, i)
	}
	t.permute(order)
}

// wrapping maps the overflow-checked ops to their wrapping forms.
var wrapping = map[Op]Op{OpAddOv: OpAdd, OpSubOv: OpSub, OpMulOv: OpMul}

// rangeCount returns the SLOAD of the count of the range loop over the
// iterator in frame slot slot.
func (t *Trace) rangeCount(slot int32) (Ref, bool) {
	for i := Ref(0); i < t.Loop; i++ {
		if in := t.Insts[i]; in.Op == OpSLoad && t.Inputs[in.Aux].Kind == InRangeCount && t.Inputs[in.Aux].Slot == slot {
			return i, true
		}
	}
	return 0, false
}

// floorDiv is Python's a // b for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
