package object

// str_slice_standin.go: TEMPORARY stand-in for the slice type of branch
// containers (object/slice.go there), with the same API that the str,
// bytes, bytearray and memoryview code uses: SliceType, Slice, NewSlice,
// Value.AsSlice and Slice.Indices. Delete this file when that branch is
// merged.

import (
	"math"
	"unsafe"
)

// SliceType is the type of slice objects.
var SliceType = newBuiltinType("slice", nil)

// Slice is a slice object; omitted parts are None.
type Slice struct {
	Header
	Start, Stop, Step Value
}

// NewSlice returns slice(start, stop, step); Null stands for None.
func NewSlice(start, stop, step Value) Value {
	or := func(v Value) Value {
		if v.IsNull() {
			return None
		}
		return v
	}
	return FromPointer(unsafe.Pointer(&Slice{Header{SliceType}, or(start), or(stop), or(step)}))
}

// AsSlice returns v as a *Slice when v is a slice object.
func (v Value) AsSlice() (*Slice, bool) {
	if v.p != nil && v.Type() == SliceType {
		return (*Slice)(v.p), true
	}
	return nil, false
}

// Indices returns the start, stop and step of s applied to a sequence of
// the given length, and the number of items selected.
func (s *Slice) Indices(t *Thread, length int) (start, stop, step, n int, err error) {
	step = 1
	if !s.Step.IsNone() {
		if step, err = sliceBound(t, s.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, 0, NewError(ValueError, "slice step cannot be zero")
		}
		step = max(step, -math.MaxInt)
	}
	bound := func(v Value, dflt int) (int, error) {
		if v.IsNone() {
			return dflt, nil
		}
		i, err := sliceBound(t, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += length
			if i < 0 {
				i = 0
				if step < 0 {
					i = -1
				}
			}
		} else if i >= length {
			i = length
			if step < 0 {
				i = length - 1
			}
		}
		return i, nil
	}
	if step > 0 {
		start, err = bound(s.Start, 0)
		if err == nil {
			stop, err = bound(s.Stop, length)
		}
	} else {
		start, err = bound(s.Start, length-1)
		if err == nil {
			stop, err = bound(s.Stop, -1)
		}
	}
	switch {
	case err != nil:
	case step < 0 && stop < start:
		n = (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		n = (stop-start-1)/step + 1
	}
	return
}
