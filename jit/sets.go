// sets.go: membership tests and adds of ints in sets, natively.

package jit

import (
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// setHasInt records CONTAINS_OP (`in`, or `not in` with not set) of an
// int in a set or frozenset as SETHASINT, which probes the table natively
// (the interpreter decides what the probe cannot: keys of equal hash that
// are not the int itself). It reports whether it did.
func (r *recorder) setHasInt(sp int, not bool) bool {
	set, key := r.vals[sp-1], r.vals[sp-2]
	if c := r.clsOf(set); c != object.SetType && c != object.FrozenSetType || r.typeOf(key) != ir.Int || r.declineProbe() {
		return false
	}
	in := r.b.Emit(ir.OpSetHasInt, set, key)
	if not {
		in = r.b.Emit(ir.OpNot, in, ir.None)
	}
	r.vals[sp-2], r.vals[sp-1] = in, ir.None
	return true
}

// setAddInt records set.add(key) (a call or SET_ADD) of an int to a set
// as SETADDINT and reports whether it did.
func (r *recorder) setAddInt(set, key ir.Ref) bool {
	if r.clsOf(set) != object.SetType || r.typeOf(key) != ir.Int || r.declineProbe() {
		return false
	}
	r.b.Emit(ir.OpSetAddInt, set, key)
	return true
}

// declineProbe reports whether the set probe being recorded is the one
// whose exit the bridge starts at (bridge.probeExit), once.
func (r *recorder) declineProbe() bool {
	if r.br == nil || !r.br.probeExit {
		return false
	}
	r.br.probeExit = false
	return true
}
