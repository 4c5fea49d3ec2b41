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
// within a bound: rangeBound for one multiplied, wider (up to 2^60) for
// one only added, so that ordinary values pass.
//
// A failing bound guard exits before the loop, through the pre-loop
// snapshot (see Hoist): the interpreter runs the iteration and a bridge
// with the checks grows from there, which then runs every iteration of
// the entries that fail (linking back to the root, whose guard fails
// again). The body writes no int the analysis reads, so nothing else is
// needed: its int values are SSA values.
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
	for i := Ref(0); i < t.Loop && len(assumed) < 64; i++ {
		in := t.Insts[i]
		if in.Op != OpSLoad || in.Type != Int {
			continue
		}
		switch input := t.Inputs[in.Aux]; {
		case input.Kind == InSlotInt && !carried[i]:
			assumed = append(assumed, i)
		case input.Kind == InRangeNext && (input.Step == 1 || input.Step == -1):
			if c, ok := t.rangeCount(input.Slot); ok {
				assumed = append(assumed, i)
				count[i] = c
			}
		}
	}
	if len(assumed) == 0 {
		return
	}
	// An input whose recorded value breaks the bound it would get is
	// left out (its guard would fail on entries like the recorded one,
	// each iteration then running as a bridge and a re-entry).
	var bounds []int64
	var drop []Ref
	var used uint64
	for {
		bounds, drop, used = t.rangeBounds(assumed)
		if used == 0 {
			return
		}
		kept := make([]Ref, 0, len(assumed))
		for k, x := range assumed {
			v, saw := t.Seen[t.Insts[x].Aux]
			if !saw || used&(1<<k) == 0 || -bounds[k] <= v && v <= bounds[k] {
				kept = append(kept, x)
			}
		}
		if len(kept) == len(assumed) {
			break
		}
		assumed = kept
	}
	for _, i := range drop {
		t.Insts[i].Op, t.Insts[i].Snap = wrapping[t.Insts[i].Op], -1
	}
	// The bound guards, before LOOP.
	snap := t.preLoopSnapshot()
	var consts, guards []Ref
	konst := map[int64]Ref{}
	kint := func(v int64) Ref {
		if k, ok := konst[v]; ok {
			return k
		}
		k := Ref(len(t.Insts))
		t.Insts = append(t.Insts, Inst{Op: OpKInt, Type: Int, A: None, B: None, Aux: v, Snap: -1, PC: -1})
		konst[v] = k
		consts = append(consts, k)
		return k
	}
	// bound guards -b <= x <= b.
	bound := func(x Ref, b int64) {
		for _, c := range []struct {
			op Op
			k  Ref
		}{{OpGe, kint(-b)}, {OpLe, kint(b)}} {
			cmp := Ref(len(t.Insts))
			t.Insts = append(t.Insts, Inst{Op: c.op, Type: Bool, A: x, B: c.k, Snap: -1, PC: -1},
				Inst{Op: OpGuardT, Type: Void, A: cmp, B: None, Snap: snap, PC: -1})
			guards = append(guards, cmp, cmp+1)
		}
	}
	for k, x := range assumed {
		if used&(1<<k) != 0 {
			bound(x, bounds[k])
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
				bound(last, bounds[k])
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
	order = append(order, consts...)
	for i := entry; i < t.Loop; i++ {
		order = append(order, i)
	}
	order = append(order, guards...)
	for i := t.Loop; i < Ref(n); i++ {
		order = append(order, i)
	}
	t.permute(order)
}

// rangeBounds returns the bound of each assumed input and the checks
// those bounds drop (see rangeChecks): every input bounded by
// rangeBound, then each widened as far as it can be without losing a
// dropped check (an input added to others may grow, one multiplied may
// not).
func (t *Trace) rangeBounds(assumed []Ref) (bounds []int64, drop []Ref, used uint64) {
	bounds = make([]int64, len(assumed))
	for k := range bounds {
		bounds[k] = rangeBound
	}
	drop, used = t.rangeChecks(assumed, bounds)
	if used == 0 {
		return bounds, drop, used
	}
	for k := range bounds {
		for _, wider := range []int64{1 << 40, 1 << 50, 1 << 60} {
			bounds[k] = wider
			if d, _ := t.rangeChecks(assumed, bounds); len(d) < len(drop) {
				bounds[k] = wider >> 10
				if wider == 1<<40 {
					bounds[k] = rangeBound
				}
				break
			}
		}
	}
	return bounds, drop, used
}

// rangeChecks returns the overflow-checked instructions of t's body
// whose checks the ranges of their operands rule out when input
// assumed[k] lies within [-bounds[k], bounds[k]] (for a range value, all
// its values), and the set of inputs (bit k for assumed[k]) they rely on.
func (t *Trace) rangeChecks(assumed []Ref, bounds []int64) (drop []Ref, used uint64) {
	iv := make([]*interval, len(t.Insts))
	for k, x := range assumed {
		iv[x] = &interval{lo: -bounds[k], hi: bounds[k], deps: 1 << k}
	}
	for i := range t.Loop {
		if in := t.Insts[i]; in.Op == OpKInt && in.Type == Int && in.Aux > -rangeLimit && in.Aux < rangeLimit {
			iv[i] = &interval{lo: in.Aux, hi: in.Aux}
		}
	}
	for i := t.Loop + 1; i < Ref(len(t.Insts)); i++ {
		in := t.Insts[i]
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
		if _, ok := wrapping[in.Op]; ok {
			drop = append(drop, i)
			used |= r.deps
		}
	}
	return drop, used
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
