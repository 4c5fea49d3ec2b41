// range.go: the range type and its iterator. Bounds are int64: a range
// whose start, stop or step does not fit raises OverflowError until big
// ints take part (the arithmetic below is done modulo 2**64 where the
// result is known to fit).

package object

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
)

// Range is a range object.
type Range struct {
	Header
	Start, Stop, Step int64
	length            uint64 // may exceed MaxInt64, e.g. range(-2**63, 2**63-1)
}

// The range types.
var (
	RangeType     = newBuiltinType("range", nil)
	RangeIterType = newBuiltinType("range_iterator", nil)
)

// RangeIter is the state of a range iterator: it yields Next, Next+Step,
// ... (modulo 2**64) while Remaining is nonzero. It is exported for the
// JIT, which keeps Next and Remaining in registers while a trace runs and
// writes them back at exits.
type RangeIter struct {
	Header
	Next      uint64
	Step      uint64
	Remaining uint64
}

// AsRangeIter returns v's state if v is a range iterator, else nil.
func AsRangeIter(v Value) *RangeIter {
	if v.p == nil || v.Type() != RangeIterType {
		return nil
	}
	return (*RangeIter)(v.p)
}

// NewRange returns range(start, stop, step); step must not be 0.
func NewRange(start, stop, step int64) *Range {
	var n uint64
	switch {
	case step > 0 && start < stop:
		n = (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	case step < 0 && start > stop:
		n = (uint64(start)-uint64(stop)-1)/(-uint64(step)) + 1
	}
	return &Range{Header{RangeType}, start, stop, step, n}
}

// AsValue returns the range as a Value.
func (r *Range) AsValue() Value { return FromPointer(unsafe.Pointer(r)) }

// item returns r[i] for 0 <= i < length.
func (r *Range) item(i uint64) int64 { return int64(uint64(r.Start) + i*uint64(r.Step)) }

var _ = registerTypeInit(initRange)

func initRange() {
	typ := RangeType
	typ.New = rangeNew
	typ.Repr = rangeRepr
	typ.Compare = rangeCompare
	typ.Hash = rangeHash
	typ.Iter = func(_ *Thread, v Value) (Value, error) {
		r := (*Range)(v.p)
		return newRangeIter(uint64(r.Start), uint64(r.Step), r.length), nil
	}
	typ.Len = func(_ *Thread, v Value) (int, error) {
		r := (*Range)(v.p)
		if r.length > math.MaxInt64 {
			return 0, NewError(OverflowError, "Python int too large to convert to C ssize_t")
		}
		return int(r.length), nil
	}
	typ.Bool = func(_ *Thread, v Value) (bool, error) { return (*Range)(v.p).length != 0, nil }
	typ.GetItem = rangeGetItem
	typ.Contains = rangeContains
	typ.AddMethods([]MethodDef{
		{Name: "count", Fn: rangeCount, Doc: "rangeobject.count(value) -> integer -- return number of occurrences of value"},
		{Name: "index", Fn: rangeIndex, Doc: "rangeobject.index(value) -> integer -- return index of value."},
		{Name: "__reversed__", Fn: rangeReversed, Doc: "Return a reverse iterator."},
	})
	field := func(name string, get func(*Range) int64) GetSetDef {
		return GetSetDef{Name: name, Get: func(_ *Thread, v Value) (Value, error) { return Int(get((*Range)(v.p))), nil }}
	}
	typ.AddGetSets([]GetSetDef{
		field("start", func(r *Range) int64 { return r.Start }),
		field("stop", func(r *Range) int64 { return r.Stop }),
		field("step", func(r *Range) int64 { return r.Step }),
	})
	RangeIterType.Iter = iterSelf
	RangeIterType.Next = rangeIterNext
	RangeIterType.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: rangeIterLengthHint,
		Doc: "Private method returning an estimate of len(list(it))."}})
}

func newRangeIter(start, step, n uint64) Value {
	return FromPointer(unsafe.Pointer(&RangeIter{Header{RangeIterType}, start, step, n}))
}

func rangeIterNext(_ *Thread, v Value) (Value, error) {
	it := (*RangeIter)(v.p)
	if it.Remaining == 0 {
		return Null, nil
	}
	x := it.Next
	it.Next += it.Step
	it.Remaining--
	return Int(int64(x)), nil
}

func rangeIterLengthHint(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__length_hint__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return Int(int64(min((*RangeIter)(args[0].p).Remaining, math.MaxInt64))), nil
}

// rangeArg converts an argument of range().
func rangeArg(t *Thread, v Value) (int64, error) {
	n, kind, err := indexOf(t, v)
	switch {
	case err != nil:
		return 0, err
	case kind == indexNone:
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	case kind == indexBig:
		return 0, NewError(OverflowError, "range() arguments outside the 64-bit integer range are not supported yet")
	}
	return n, nil
}

func rangeNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if err := NoKeywords("range", kwnames); err != nil {
		return Null, err
	}
	switch n := len(args); {
	case n == 0:
		return Null, NewError(TypeError, "range expected at least 1 argument, got 0")
	case n > 3:
		return Null, Errorf(TypeError, "range expected at most 3 arguments, got %d", n)
	}
	var bounds [3]int64
	bounds[2] = 1
	for i, a := range args {
		x, err := rangeArg(t, a)
		if err != nil {
			return Null, err
		}
		bounds[i] = x
	}
	if len(args) == 1 {
		bounds[0], bounds[1] = 0, bounds[0]
	}
	if bounds[2] == 0 {
		return Null, NewError(ValueError, "range() arg 3 must not be zero")
	}
	return NewRange(bounds[0], bounds[1], bounds[2]).AsValue(), nil
}

func rangeRepr(_ *Thread, v Value) (Value, error) {
	r := (*Range)(v.p)
	if r.Step == 1 {
		return StrValue(fmt.Sprintf("range(%d, %d)", r.Start, r.Stop)), nil
	}
	return StrValue(fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step)), nil
}

// rangeEqual: ranges are equal when they produce the same sequence.
func rangeEqual(a, b *Range) bool {
	switch {
	case a == b:
		return true
	case a.length != b.length:
		return false
	case a.length == 0:
		return true
	case a.Start != b.Start:
		return false
	}
	return a.length == 1 || a.Step == b.Step
}

func rangeCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	if b.Type() != RangeType || (op != CmpEQ && op != CmpNE) {
		return NotImplemented, nil
	}
	return Bool(rangeEqual((*Range)(a.p), (*Range)(b.p)) == (op == CmpEQ)), nil
}

// rangeHash is hash((len, start, step)), with None for start and step of
// an empty range and for the step of a one-item range, as CPython.
func rangeHash(t *Thread, v Value) (int64, error) {
	r := (*Range)(v.p)
	noneHash, err := Hash(t, None)
	if err != nil {
		return 0, err
	}
	h := pyhash.NewTupleHasher()
	h.Add(pyhash.Int(int64(min(r.length, math.MaxInt64))))
	switch r.length {
	case 0:
		h.Add(noneHash)
		h.Add(noneHash)
	case 1:
		h.Add(pyhash.Int(r.Start))
		h.Add(noneHash)
	default:
		h.Add(pyhash.Int(r.Start))
		h.Add(pyhash.Int(r.Step))
	}
	return h.Sum(), nil
}

func rangeGetItem(t *Thread, obj, key Value) (Value, error) {
	r := (*Range)(obj.p)
	if s, ok := key.AsSlice(); ok {
		return rangeSlice(t, r, s)
	}
	i := key.AsInt()
	if !key.IsInt() {
		var err error
		if i, err = itemIndex(t, key, "range"); err != nil {
			return Null, err
		}
	}
	if i < 0 {
		i += int64(min(r.length, math.MaxInt64))
	}
	if i < 0 || uint64(i) >= r.length {
		return Null, NewError(IndexError, "range object index out of range")
	}
	return Int(r.item(uint64(i))), nil
}

// rangeSlice is r[s]: the range of the selected items.
func rangeSlice(t *Thread, r *Range, s *Slice) (Value, error) {
	if r.length > math.MaxInt64 {
		return Null, NewError(OverflowError, "Python int too large to convert to C ssize_t")
	}
	start, stop, step, err := s.unpack(t)
	if err != nil {
		return Null, err
	}
	adjustSliceIndices(int64(r.length), &start, &stop, step)
	// r.Start + i*r.Step for i in [-1, length] may leave int64 only at the
	// ends, where the result is a bound, not an item.
	newStart, ok1 := mulAdd(start, r.Step, r.Start)
	newStop, ok2 := mulAdd(stop, r.Step, r.Start)
	newStep, ok3 := mulAdd(step, r.Step, 0)
	if !ok1 || !ok2 || !ok3 {
		return Null, NewError(OverflowError, "range slice bounds outside the 64-bit integer range are not supported yet")
	}
	return NewRange(newStart, newStop, newStep).AsValue(), nil
}

// mulAdd returns a*b + c, reporting overflow.
func mulAdd(a, b, c int64) (int64, bool) {
	if a != 0 {
		p := a * b
		if p/a != b || (a == -1 && b == math.MinInt64) {
			return 0, false
		}
		s := p + c
		if (s > p) != (c > 0) {
			return 0, false
		}
		return s, true
	}
	return c, true
}

// rangeFind returns the position of the int x in r, or -1.
func rangeFind(r *Range, x int64) int64 {
	if r.length == 0 {
		return -1
	}
	last := r.item(r.length - 1)
	lo, hi := r.Start, last
	if r.Step < 0 {
		lo, hi = last, r.Start
	}
	if x < lo || x > hi {
		return -1
	}
	d := uint64(x) - uint64(r.Start)
	step := uint64(r.Step)
	if r.Step < 0 {
		d, step = uint64(r.Start)-uint64(x), -step
	}
	if d%step != 0 {
		return -1
	}
	return int64(d / step)
}

func rangeContains(t *Thread, container, v Value) (bool, error) {
	r := (*Range)(container.p)
	if v.IsInt() || v.IsBool() {
		return rangeFind(r, v.AsInt()) >= 0, nil
	}
	found := false
	err := ForEach(t, container, func(x Value) error {
		eq, err := Equal(t, x, v)
		if err != nil || !eq {
			return err
		}
		found = true
		return errStop
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

func rangeCount(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("range.count", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	r, v := (*Range)(args[0].p), args[1]
	if v.IsInt() || v.IsBool() {
		if rangeFind(r, v.AsInt()) >= 0 {
			return Int(1), nil
		}
		return Int(0), nil
	}
	var n int64
	err := ForEach(t, args[0], func(x Value) error {
		eq, err := Equal(t, x, v)
		if eq {
			n++
		}
		return err
	})
	return Int(n), err
}

func rangeIndex(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("range.index", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	r, v := (*Range)(args[0].p), args[1]
	if v.IsInt() || v.IsBool() {
		if i := rangeFind(r, v.AsInt()); i >= 0 {
			return Int(i), nil
		}
	} else {
		var i int64
		found := false
		err := ForEach(t, args[0], func(x Value) error {
			eq, err := Equal(t, x, v)
			if err != nil {
				return err
			}
			if eq {
				found = true
				return errStop
			}
			i++
			return nil
		})
		if err != nil && err != errStop {
			return Null, err
		}
		if found {
			return Int(i), nil
		}
	}
	rep, err := Repr(t, v)
	if err != nil {
		return Null, err
	}
	return Null, Errorf(ValueError, "%s is not in range", rep.s)
}

func rangeReversed(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("range.__reversed__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	r := (*Range)(args[0].p)
	if r.length == 0 {
		return newRangeIter(0, 0, 0), nil
	}
	return newRangeIter(uint64(r.item(r.length-1)), -uint64(r.Step), r.length), nil
}
