// random.go: random.Random.random() in traces (RANDOM), computed from the
// generator's state natively instead of by a helper call.

package jit

import (
	"unsafe"

	"github.com/adderpy/adder/internal/mt19937"
	"github.com/adderpy/adder/interp/stdlib"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// randomCall records CALL of fn with self and nargs arguments when it is
// random() of an exact random.Random, self observed as selfv, whose
// generator has the two state words left that the call takes: RANDOM
// computes it (and exits where the state would regenerate, which the
// interpreter does). It returns the float, or ir.None when the call is
// not such a one, or the recording saw the state regenerate (a helper
// makes that call: the bridge from RANDOM's exit).
func (r *recorder) randomCall(fn, self ir.Ref, nargs int, selfv object.Value) ir.Ref {
	cls, off := stdlib.JITRandom()
	fv, ok := r.objs[fn]
	if !ok || nargs != 0 || r.typeOf(self) != ir.Ptr || r.cls[self] != cls ||
		fv != cls.Lookup(object.Intern("random")) {
		return ir.None
	}
	if *(*int)(unsafe.Add(selfv.Pointer(), off+mt19937.IndexOffset)) > mt19937.N-2 {
		return ir.None
	}
	return r.b.EmitAux(ir.OpRandom, self, ir.None, off)
}
