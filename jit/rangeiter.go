// rangeiter.go: the state of object's range iterator, which traces keep in
// registers (an induction variable and a count) and write back at exits.
//
// object does not export the iterator's fields yet, so this file mirrors
// its layout; TestRangeIterLayout checks the mirror against the iterator's
// behaviour, so a change in object fails the JIT's tests instead of
// corrupting memory. (To do: an accessor in object.)

package jit

import "github.com/adderpy/adder/object"

// rangeIter mirrors object.rangeIter.
type rangeIter struct {
	object.Header
	next      uint64
	step      uint64
	remaining uint64
}

// asRangeIter returns v's range iterator state, or nil if v is not a
// range iterator.
func asRangeIter(v object.Value) *rangeIter {
	if v.IsNull() || v.Type() != object.RangeIterType {
		return nil
	}
	return (*rangeIter)(v.Pointer())
}
