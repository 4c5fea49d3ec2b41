// iters.go: iterators a trace makes itself, from pools: `for i in
// range(...)` without a range object.

package jit

import (
	"math"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// rangeIter records CALL of constant class fv at stack pointer sp, when
// fv is range, its arguments args are ints, the step (if given) is a
// nonzero constant and GET_ITER follows, as in `for i in range(a, b)`:
// the trace computes the iterator's count itself and takes a range
// iterator from its pool (as a class call takes an instance), setting its
// fields, and makes no range object. The GET_ITER that follows is then
// recorded as done (recorder.iterPC). It reports whether it recorded the
// call.
func (r *recorder) rangeIter(fv object.Value, self ir.Ref, args []ir.Ref, sp int) (bool, *abortError) {
	if fv.Pointer() != unsafe.Pointer(object.RangeType) {
		return false, nil
	}
	code := r.code.Instructions()
	if k, isK := r.b.Const(self); !isK || k != 0 || len(args) == 0 || len(args) > 3 ||
		r.pc+1 >= len(code) || code[r.pc+1].Op() != compile.GET_ITER {
		return false, nil
	}
	for _, a := range args {
		if r.typeOf(a) != ir.Int {
			return false, nil
		}
	}
	start, stop, step := r.b.KInt(0), args[0], int64(1)
	if len(args) >= 2 {
		start, stop = args[0], args[1]
	}
	if len(args) == 3 {
		k, isK := r.b.Const(args[2])
		if !isK || k == 0 || k == math.MinInt64 {
			return false, nil
		}
		step = k
	}
	// The count: max((hi - lo - 1) // |step| + 1, 0), exiting to the
	// interpreter where the subtraction overflows.
	lo, hi, abs := start, stop, step
	if step < 0 {
		lo, hi, abs = stop, start, -step
	}
	n := r.b.Emit(ir.OpSubOv, hi, lo)
	if abs != 1 {
		n = r.b.Emit(ir.OpSubOv, n, r.b.KInt(1))
		n = r.b.Emit(ir.OpAdd, r.b.Emit(ir.OpFloorDiv, n, r.b.KInt(abs)), r.b.KInt(1))
	}
	n = r.b.Emit(ir.OpMax, n, r.b.KInt(0))
	cls, err := r.constObject(object.FromPointer(unsafe.Pointer(object.RangeIterType)))
	if err != nil {
		return false, err
	}
	it := r.allocCall(cls, object.RangeIterType, sp-len(args)-1)
	delete(r.layouts, it)
	r.b.EmitAux(ir.OpStoreField, it, start, rangeNextOff)
	r.b.EmitAux(ir.OpStoreField, it, r.b.KInt(step), rangeStepOff)
	r.b.EmitAux(ir.OpStoreField, it, n, rangeLeftOff)
	r.iterPC = r.pc + 1
	return true, nil
}
