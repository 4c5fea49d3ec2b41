// slices.go: a slice of a list assigned to a slice of the same list, in
// place. x[:k+1] = x[k::-1] reverses the list's first items, and
// x[:r] = x[1:r+1] moves items down by one: the statement is recorded as
// one loop over the list's items (REVERSEVALUES, SHIFTVALUES), and the
// list the interpreter makes for its right side is never made.

package jit

import (
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// maxSliceStatement bounds the instructions between a statement's source
// slice and its STORE_SLICE that inPlaceSlice reads.
const maxSliceStatement = 8

// sliceBound is one bound of a slice the recorder evaluates ahead: its
// value (None or an int) and the IR value it has in the trace.
type sliceBound struct {
	v   object.Value
	ref ir.Ref
}

// none reports whether b is None (an omitted bound).
func (b sliceBound) none() bool { return b.v == object.None }

// inPlaceSlice records, at the instruction at pc that slices list x
// (BINARY_SLICE, or BUILD_SLICE followed by BINARY_SUBSCR), the whole
// statement x[d0:d1] = x[s0:s1:step] it begins, when what lies between
// the source slice and STORE_SLICE only loads x and computes the bounds
// (LOAD_FAST, LOAD_CONST, + and - of ints), and the assignment moves the
// items within the list: a reversal of its first items (x[:k+1] =
// x[k::-1]) or a shift down (x[c1:j] = x[c0:j+c0-c1], c0 >= c1
// constants). Its guards exit before the statement, where the
// interpreter runs it all; the recorder then passes over the
// instructions up to the STORE_SLICE (recorder.skipEnd), which the
// interpreter runs as usual, and the trace does not.
func (r *recorder) inPlaceSlice(pc, sp int, slots []object.Value) bool {
	code := r.code.Instructions()
	var base, next int
	step, stepRef := object.None, ir.None
	switch code[pc].Op() {
	case compile.BINARY_SLICE:
		base, next = sp-3, pc+1
	case compile.BUILD_SLICE:
		n := code[pc].Arg()
		if code[pc+1].Op() != compile.BINARY_SUBSCR {
			return false
		}
		base, next = sp-n-1, pc+2
		if n == 3 {
			step, stepRef = slots[sp-1], r.vals[sp-1]
		}
	default:
		return false
	}
	x := r.vals[base]
	if r.clsOf(x) != object.ListType {
		return false
	}
	src := [2]sliceBound{{slots[base+1], r.vals[base+1]}, {slots[base+2], r.vals[base+2]}}
	dst, end, ok := r.destBounds(code, next, x, slots, false)
	if !ok {
		return false
	}
	for _, b := range src {
		if !b.none() && (!b.v.IsInt() || r.typeOf(b.ref) != ir.Int) {
			return false
		}
	}
	n := int64(len((*object.List)(slots[base].Pointer()).Items))
	items := func(k int64) ir.Ref { return r.b.EmitAux(ir.OpElemAddr, x, r.b.KInt(k), listItemsOff) }
	switch {
	case r.isIntConst(stepRef, -1) && src[1].none() && !src[0].none() && r.zeroBound(dst[0]) && !dst[1].none():
		// x[:k+1] = x[k::-1]: the first k+1 items reversed.
		k := src[0].v.AsInt()
		if k < 0 || k >= n || dst[1].v.AsInt() != k+1 {
			return false
		}
		dst, _, _ = r.destBounds(code, next, x, slots, true)
		last := r.b.EmitAux(ir.OpElemAddr, x, src[0].ref, listItemsOff)
		r.guardEq(dst[1].ref, r.b.Emit(ir.OpAdd, src[0].ref, r.b.KInt(1)))
		r.b.Emit(ir.OpReverseValues, items(0), last)
	case step == object.None && r.constBound(src[0]) && r.constBound(dst[0]):
		// x[c1:j] = x[c0:j+c0-c1]: items moved down by c0-c1.
		c0, c1 := boundValue(src[0], 0), boundValue(dst[0], 0)
		s1, d1 := boundValue(src[1], n), boundValue(dst[1], n)
		if c0 < c1 || s1 > n || s1-c0 < 1 || s1-c0 != d1-c1 {
			return false
		}
		dst, _, _ = r.destBounds(code, next, x, slots, true)
		length := r.b.EmitAux(ir.OpListLen, x, ir.None, listItemsOff)
		s1r, d1r := length, length
		if !src[1].none() {
			s1r = src[1].ref
		}
		if !dst[1].none() {
			d1r = dst[1].ref
		}
		r.guardEq(r.b.Emit(ir.OpSub, s1r, r.b.KInt(c0)), r.b.Emit(ir.OpSub, d1r, r.b.KInt(c1)))
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLe, s1r, length), ir.None)
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLt, r.b.KInt(c0), s1r), ir.None)
		last := r.b.EmitAux(ir.OpElemAddr, x, r.b.Emit(ir.OpSub, d1r, r.b.KInt(1)), listItemsOff)
		r.b.EmitAux(ir.OpShiftValues, items(c1), last, c0-c1)
	default:
		return false
	}
	for i := base; i < base+4; i++ {
		r.vals[i] = ir.None
	}
	r.skipEnd = end + 1
	return true
}

// destBounds reads, from instruction next on, the rest of a slice
// assignment whose source slices x: LOAD_FAST of x, then the two bounds
// of its target, made of LOAD_FAST, LOAD_CONST and + or - of ints, then
// STORE_SLICE at end. It evaluates the bounds, and with emit set emits
// their arithmetic too (whose guards exit before the statement; without
// it, the refs of computed bounds are None).
func (r *recorder) destBounds(code []compile.Instr, next int, x ir.Ref, slots []object.Value, emit bool) (b [2]sliceBound, end int, ok bool) {
	if in := code[next]; in.Op() != compile.LOAD_FAST || r.vals[in.Arg()] != x {
		return b, 0, false
	}
	var stack []sliceBound
	for i := next + 1; i < len(code) && i <= next+maxSliceStatement; i++ {
		in := code[i]
		switch in.Op() {
		case compile.LOAD_FAST:
			v, ref := slots[in.Arg()], r.vals[in.Arg()]
			if ref == ir.None || !v.IsInt() || r.typeOf(ref) != ir.Int {
				return b, 0, false
			}
			stack = append(stack, sliceBound{v, ref})
		case compile.LOAD_CONST:
			v := r.code.Const(in.Arg())
			if !v.IsInt() && v != object.None {
				return b, 0, false
			}
			ref, err := r.constObject(v)
			if err != nil {
				return b, 0, false
			}
			stack = append(stack, sliceBound{v, ref})
		case compile.BINARY_OP:
			k := len(stack)
			op := object.Operator(in.Arg())
			if k < 2 || op != object.OpAdd && op != object.OpSub || !stack[k-2].v.IsInt() || !stack[k-1].v.IsInt() {
				return b, 0, false
			}
			p, q := stack[k-2], stack[k-1]
			v := p.v.AsInt() + q.v.AsInt()
			if op == object.OpSub {
				v = p.v.AsInt() - q.v.AsInt()
			}
			if v < -1<<40 || v > 1<<40 {
				return b, 0, false // far from any list's length
			}
			ref := ir.None
			if emit {
				var err *abortError
				if ref, err = r.binary(in.Arg(), p.ref, q.ref, p.v, q.v); err != nil {
					panic("BUG: jit: int arithmetic of a slice bound not recorded: " + err.reason)
				}
			}
			stack = append(stack[:k-2], sliceBound{object.Int(v), ref})
		case compile.STORE_SLICE:
			if len(stack) != 2 {
				return b, 0, false
			}
			return [2]sliceBound{stack[0], stack[1]}, i, true
		default:
			return b, 0, false
		}
	}
	return b, 0, false
}

// guardEq guards that ints a and b are equal.
func (r *recorder) guardEq(a, b ir.Ref) {
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, a, b), ir.None)
}

// zeroBound reports whether b is an omitted start or the constant 0.
func (r *recorder) zeroBound(b sliceBound) bool {
	return b.none() || r.isIntConst(b.ref, 0)
}

// constBound reports whether b is omitted or a constant int >= 0.
func (r *recorder) constBound(b sliceBound) bool {
	if b.none() {
		return true
	}
	k, ok := r.intConst(b.ref)
	return ok && k >= 0
}

// isIntConst reports whether v is the int constant k.
func (r *recorder) isIntConst(v ir.Ref, k int64) bool {
	c, ok := r.intConst(v)
	return ok && c == k
}

// intConst returns the value of v, an int constant of the trace (not a
// value computed ahead: None).
func (r *recorder) intConst(v ir.Ref) (int64, bool) {
	if v == ir.None || r.typeOf(v) != ir.Int {
		return 0, false
	}
	return r.b.Const(v)
}

// boundValue returns b's value, or ifNone for an omitted bound.
func boundValue(b sliceBound, ifNone int64) int64 {
	if b.none() {
		return ifNone
	}
	return b.v.AsInt()
}
