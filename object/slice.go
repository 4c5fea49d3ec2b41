// slice.go: the slice type, and the conversion of index arguments (ints and
// objects with __index__) that every sequence type shares.

package object

import (
	"math"
	"unsafe"
)

// SliceType is the type of slice objects.
var SliceType = newBuiltinType("slice", nil)

// Slice is a slice object (start:stop:step). Its fields are never Null: an
// omitted part is None.
type Slice struct {
	Header
	Start, Stop, Step Value
}

// NewSlice returns slice(start, stop, step), for BUILD_SLICE. Null or None
// stands for an omitted part.
func NewSlice(start, stop, step Value) Value {
	s := &Slice{Header{SliceType}, orNone(start), orNone(stop), orNone(step)}
	return FromPointer(unsafe.Pointer(s))
}

func orNone(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

// AsSlice returns v as a *Slice when v is a slice object.
func (v Value) AsSlice() (*Slice, bool) {
	if v.p != nil && v.Type() == SliceType {
		return (*Slice)(v.p), true
	}
	return nil, false
}

// indexKind classifies what indexOf found.
type indexKind uint8

const (
	indexOK   indexKind = iota // an int that fits in int64
	indexNone                  // not an int and no __index__
	indexBig                   // an int outside int64: n is clamped by sign
)

// indexOf returns operator.index(v) when it fits in int64. For a larger int
// it returns indexBig with n clamped to MinInt64 or MaxInt64 by its sign.
func indexOf(t *Thread, v Value) (n int64, kind indexKind, err error) {
	if v.IsInt() || v.IsBool() {
		return v.AsInt(), indexOK, nil
	}
	f := v.Type().Index
	if f == nil {
		return 0, indexNone, nil
	}
	r, err := f(t, v)
	if err != nil {
		return 0, indexOK, err
	}
	if r.IsInt() || r.IsBool() {
		return r.AsInt(), indexOK, nil
	}
	if !r.Type().IsSubtype(IntType) {
		return 0, indexOK, Errorf(TypeError, "__index__ returned non-int (type %s)", r.Type().tpName())
	}
	// A heap int outside int64 range.
	neg, err := RichCompare(t, r, Int(0), CmpLT)
	if err != nil {
		return 0, indexOK, err
	}
	if neg == True {
		return math.MinInt64, indexBig, nil
	}
	return math.MaxInt64, indexBig, nil
}

// errCannotFitIndex is the error for an index outside the int64 range.
func errCannotFitIndex(typ *Type) error {
	return Errorf(typ, "cannot fit 'int' into an index-sized integer")
}

// itemIndex converts the subscript of seq[i] for a sequence called
// typeName ("list"), with CPython's errors.
func itemIndex(t *Thread, key Value, typeName string) (int64, error) {
	n, kind, err := indexOf(t, key)
	switch {
	case err != nil:
		return 0, err
	case kind == indexNone:
		return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", typeName, key.Type().tpName())
	case kind == indexBig:
		return 0, errCannotFitIndex(IndexError)
	}
	return n, nil
}

// sliceIndex converts one bound of a slice (not None), clamping ints
// outside int64 as CPython clamps to Py_ssize_t.
func sliceIndex(t *Thread, v Value) (int64, error) {
	n, kind, err := indexOf(t, v)
	if err == nil && kind == indexNone {
		err = Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return n, err
}

// unpack returns the start, stop and step of s before adjustment to a
// length (PySlice_Unpack).
func (s *Slice) unpack(t *Thread) (start, stop, step int64, err error) {
	step = 1
	if !s.Step.IsNone() {
		if step, err = sliceIndex(t, s.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, NewError(ValueError, "slice step cannot be zero")
		}
		step = max(step, -math.MaxInt64) // so that -step cannot overflow
	}
	if s.Start.IsNone() {
		start = 0
		if step < 0 {
			start = math.MaxInt64
		}
	} else if start, err = sliceIndex(t, s.Start); err != nil {
		return
	}
	if s.Stop.IsNone() {
		stop = math.MaxInt64
		if step < 0 {
			stop = math.MinInt64
		}
	} else if stop, err = sliceIndex(t, s.Stop); err != nil {
		return
	}
	return start, stop, step, nil
}

// adjustSliceIndices clips start and stop to a sequence of the given
// length and returns the number of items selected (PySlice_AdjustIndices).
func adjustSliceIndices(length int64, start, stop *int64, step int64) int64 {
	clip := func(p *int64) {
		if *p < 0 {
			*p += length
			if *p < 0 {
				*p = 0
				if step < 0 {
					*p = -1
				}
			}
		} else if *p >= length {
			*p = length
			if step < 0 {
				*p = length - 1
			}
		}
	}
	clip(start)
	clip(stop)
	switch {
	case step < 0 && *stop < *start:
		return (*start-*stop-1)/(-step) + 1
	case step > 0 && *start < *stop:
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// Indices returns the start, stop and step of s applied to a sequence of
// the given length, and the number of items selected.
func (s *Slice) Indices(t *Thread, length int) (start, stop, step, n int, err error) {
	a, b, c, err := s.unpack(t)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	m := adjustSliceIndices(int64(length), &a, &b, c)
	return int(a), int(b), int(c), int(m), nil
}

func initSlice() {
	typ := SliceType
	typ.New = sliceNew
	typ.Repr = sliceRepr
	typ.Compare = sliceCompare
	// No Hash: slices are unhashable in 3.11 (and a type with Compare does
	// not inherit object's hash).
	typ.AddMethods([]MethodDef{
		{Name: "indices", Fn: sliceIndicesMethod, Doc: "S.indices(len) -> (start, stop, stride)"},
	})
	field := func(name string, get func(*Slice) Value) GetSetDef {
		return GetSetDef{Name: name, Get: func(_ *Thread, v Value) (Value, error) { return get((*Slice)(v.p)), nil }}
	}
	typ.AddGetSets([]GetSetDef{
		field("start", func(s *Slice) Value { return s.Start }),
		field("stop", func(s *Slice) Value { return s.Stop }),
		field("step", func(s *Slice) Value { return s.Step }),
	})
}

var _ = registerTypeInit(initSlice)

func sliceNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if err := NoKeywords("slice", kwnames); err != nil {
		return Null, err
	}
	switch len(args) {
	case 0:
		return Null, NewError(TypeError, "slice expected at least 1 argument, got 0")
	case 1:
		return NewSlice(None, args[0], None), nil
	case 2:
		return NewSlice(args[0], args[1], None), nil
	case 3:
		return NewSlice(args[0], args[1], args[2]), nil
	}
	return Null, Errorf(TypeError, "slice expected at most 3 arguments, got %d", len(args))
}

func sliceRepr(t *Thread, v Value) (Value, error) {
	s := (*Slice)(v.p)
	buf := []byte("slice(")
	for i, part := range [3]Value{s.Start, s.Stop, s.Step} {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, err := Repr(t, part)
		if err != nil {
			return Null, err
		}
		buf = append(buf, r.s...)
	}
	buf = append(buf, ')')
	return StrValue(string(buf)), nil
}

// sliceCompare compares slices as the tuples (start, stop, step).
func sliceCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	sb, ok := b.AsSlice()
	if !ok {
		return NotImplemented, nil
	}
	sa := (*Slice)(a.p)
	if sa == sb && (op == CmpEQ || op == CmpNE) {
		return Bool(op == CmpEQ), nil
	}
	x := [3]Value{sa.Start, sa.Stop, sa.Step}
	y := [3]Value{sb.Start, sb.Stop, sb.Step}
	return seqCompare(t, x[:], y[:], op)
}

func sliceIndicesMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("slice.indices", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	s := (*Slice)(args[0].p)
	length, err := IndexInt(t, args[1])
	if err != nil {
		return Null, err
	}
	if length < 0 {
		return Null, NewError(ValueError, "length should not be negative")
	}
	start, stop, step, err := s.unpack(t)
	if err != nil {
		return Null, err
	}
	adjustSliceIndices(int64(length), &start, &stop, step)
	return NewTuple(Int(start), Int(stop), Int(step)).AsValue(), nil
}
