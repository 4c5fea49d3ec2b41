// range.go: the range type and its iterator. A range whose start, stop and
// step fit in int64 keeps them in int64 fields and the operations below
// work on them directly (modulo 2**64 where the result is known to fit);
// any other range, and any operation whose operands leave int64, goes
// through the math/big path in range_big.go.

package object

import (
	"fmt"
	"math"
	"math/big"
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
)

// Range is a range object.
type Range struct {
	Header
	Start, Stop, Step int64
	length            uint64 // may exceed MaxInt64, e.g. range(-2**63, 2**63-1)
	// big holds the range instead of the fields above when its start, stop
	// or step is outside int64; it is nil otherwise.
	big *bigRange
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
	return &Range{Header: Header{RangeType}, Start: start, Stop: stop, Step: step, length: n}
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
		if b := r.big; b != nil {
			return newLongRangeIter(&b.start, &b.step, &b.length), nil
		}
		return newRangeIter(uint64(r.Start), uint64(r.Step), r.length), nil
	}
	typ.Len = func(_ *Thread, v Value) (int, error) {
		r := (*Range)(v.p)
		if b := r.big; b != nil {
			if !b.length.IsInt64() {
				return 0, errRangeLen()
			}
			return int(b.length.Int64()), nil
		}
		if r.length > math.MaxInt64 {
			return 0, errRangeLen()
		}
		return int(r.length), nil
	}
	typ.Bool = func(_ *Thread, v Value) (bool, error) {
		r := (*Range)(v.p)
		if r.big != nil {
			return r.big.length.Sign() != 0, nil
		}
		return r.length != 0, nil
	}
	typ.GetItem = rangeGetItem
	typ.Contains = rangeContains
	typ.AddMethods([]MethodDef{
		{Name: "count", Fn: rangeCount, Doc: "rangeobject.count(value) -> integer -- return number of occurrences of value"},
		{Name: "index", Fn: rangeIndex, Doc: "rangeobject.index(value) -> integer -- return index of value."},
		{Name: "__reversed__", Fn: rangeReversed, Doc: "Return a reverse iterator."},
	})
	field := func(name string, get func(*Range) int64, getBig func(*bigRange) *big.Int) GetSetDef {
		return GetSetDef{Name: name, Get: func(_ *Thread, v Value) (Value, error) {
			r := (*Range)(v.p)
			if r.big != nil {
				return IntFromBig(new(big.Int).Set(getBig(r.big))), nil
			}
			return Int(get(r)), nil
		}}
	}
	typ.AddGetSets([]GetSetDef{
		field("start", func(r *Range) int64 { return r.Start }, func(b *bigRange) *big.Int { return &b.start }),
		field("stop", func(r *Range) int64 { return r.Stop }, func(b *bigRange) *big.Int { return &b.stop }),
		field("step", func(r *Range) int64 { return r.Step }, func(b *bigRange) *big.Int { return &b.step }),
	})
	RangeIterType.Iter = iterSelf
	RangeIterType.Next = rangeIterNext
	RangeIterType.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: rangeIterLengthHint,
		Doc: "Private method returning an estimate of len(list(it))."}})
	initLongRangeIter()
}

// errRangeLen is the error of len() on a range longer than MaxInt64.
func errRangeLen() error {
	return NewError(OverflowError, "Python int too large to convert to C ssize_t")
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
	bounds := [3]Value{Int(0), Null, Int(1)}
	if len(args) == 1 {
		args = []Value{bounds[0], args[0]}
	}
	small := true
	for i, a := range args {
		x, err := Index(t, a)
		if err != nil {
			return Null, err
		}
		bounds[i] = x
		small = small && x.IsInt()
	}
	if bounds[2] == Int(0) {
		return Null, NewError(ValueError, "range() arg 3 must not be zero")
	}
	if small {
		return NewRange(bounds[0].AsInt(), bounds[1].AsInt(), bounds[2].AsInt()).AsValue(), nil
	}
	var parts [3]*big.Int
	for i, b := range bounds {
		parts[i], _ = AsBigInt(b)
	}
	return newRangeBig(parts[0], parts[1], parts[2]), nil
}

func rangeRepr(_ *Thread, v Value) (Value, error) {
	r := (*Range)(v.p)
	if b := r.big; b != nil {
		if b.step.IsInt64() && b.step.Int64() == 1 {
			return StrValue(fmt.Sprintf("range(%s, %s)", &b.start, &b.stop)), nil
		}
		return StrValue(fmt.Sprintf("range(%s, %s, %s)", &b.start, &b.stop, &b.step)), nil
	}
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
	case a.big != nil || b.big != nil:
		return bigRangeEqual(a.bigParts(), b.bigParts())
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
	if r.big != nil {
		return bigRangeHash(r.big, noneHash), nil
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
	if !key.IsInt() || r.big != nil {
		if key.Type().Index == nil {
			return Null, Errorf(TypeError, "range indices must be integers or slices, not %s", key.Type().tpName())
		}
		k, err := Index(t, key)
		if err != nil {
			return Null, err
		}
		if !k.IsInt() || r.big != nil {
			return bigRangeItem(r.bigParts(), k)
		}
		i = k.AsInt()
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
	if r.big != nil || r.length > math.MaxInt64 {
		return bigRangeSlice(t, r.bigParts(), s)
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
		return bigRangeSlice(t, r.bigParts(), s)
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
	if i := rangeFindExact(r, v); i != notExactInt {
		return i >= 0, nil
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
	if i := rangeFindExact(r, v); i != notExactInt {
		if i >= 0 {
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
	if i := rangeFindExact(r, v); i != notExactInt {
		if i >= 0 {
			if r.big != nil {
				return bigRangeIndex(r.big, v), nil
			}
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
		return Null, NewError(ValueError, "sequence.index(x): x not in sequence")
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
	if r.big != nil {
		return bigRangeReversed(r.big), nil
	}
	if r.length == 0 {
		return newRangeIter(0, 0, 0), nil
	}
	return newRangeIter(uint64(r.item(r.length-1)), -uint64(r.Step), r.length), nil
}
