// range_big.go: ranges whose start, stop or step is outside int64, and the
// operations on any range whose operands or results leave int64 (a huge
// index, a slice of a range longer than MaxInt64). They compute with
// math/big as CPython computes with Python ints; they are slow and rare.

package object

import (
	"math/big"
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
)

// bigRange is a range as big ints; length is derived from the others.
type bigRange struct {
	start, stop, step, length big.Int
}

// LongRangeIterType is the type of iterators over big ranges.
var LongRangeIterType = newBuiltinType("longrange_iterator", nil)

// longRangeIter yields next, next+step, ... remaining times.
type longRangeIter struct {
	Header
	next, step, remaining big.Int
}

func initLongRangeIter() {
	LongRangeIterType.Iter = iterSelf
	LongRangeIterType.Next = longRangeIterNext
	LongRangeIterType.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: longRangeIterLengthHint,
		Doc: "Private method returning an estimate of len(list(it))."}})
}

// newRangeBig returns range(start, stop, step) (step not 0), with the
// int64 representation when every bound fits. It does not keep the
// arguments.
func newRangeBig(start, stop, step *big.Int) Value {
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() {
		return NewRange(start.Int64(), stop.Int64(), step.Int64()).AsValue()
	}
	b := &bigRange{}
	b.start.Set(start)
	b.stop.Set(stop)
	b.step.Set(step)
	// length = (hi - lo - 1) / |step| + 1 when lo < hi, else 0, where
	// (lo, hi) is (start, stop) for a positive step and (stop, start)
	// otherwise.
	lo, hi, absStep := start, stop, new(big.Int).Set(step)
	if step.Sign() < 0 {
		lo, hi = stop, start
		absStep.Neg(absStep)
	}
	if lo.Cmp(hi) < 0 {
		b.length.Sub(hi, lo)
		b.length.Sub(&b.length, bigOne)
		b.length.Quo(&b.length, absStep)
		b.length.Add(&b.length, bigOne)
	}
	r := &Range{Header: Header{RangeType}, big: b}
	return r.AsValue()
}

var bigOne = big.NewInt(1)

// bigParts returns r as big ints: r.big, or a new bigRange for a range
// with int64 bounds. The caller must not modify the result.
func (r *Range) bigParts() *bigRange {
	if r.big != nil {
		return r.big
	}
	b := &bigRange{}
	b.start.SetInt64(r.Start)
	b.stop.SetInt64(r.Stop)
	b.step.SetInt64(r.Step)
	b.length.SetUint64(r.length)
	return b
}

// item returns start + i*step.
func (b *bigRange) item(i *big.Int) *big.Int {
	x := new(big.Int).Mul(i, &b.step)
	return x.Add(x, &b.start)
}

func bigRangeEqual(a, b *bigRange) bool {
	switch {
	case a.length.Cmp(&b.length) != 0:
		return false
	case a.length.Sign() == 0:
		return true
	case a.start.Cmp(&b.start) != 0:
		return false
	}
	return a.length.Cmp(bigOne) == 0 || a.step.Cmp(&b.step) == 0
}

// bigRangeHash is rangeHash for a big range.
func bigRangeHash(b *bigRange, noneHash int64) int64 {
	h := pyhash.NewTupleHasher()
	h.Add(pyhash.BigInt(&b.length))
	switch {
	case b.length.Sign() == 0:
		h.Add(noneHash)
		h.Add(noneHash)
	case b.length.Cmp(bigOne) == 0:
		h.Add(pyhash.BigInt(&b.start))
		h.Add(noneHash)
	default:
		h.Add(pyhash.BigInt(&b.start))
		h.Add(pyhash.BigInt(&b.step))
	}
	return h.Sum()
}

// bigRangeItem is b[k] for the int k.
func bigRangeItem(b *bigRange, k Value) (Value, error) {
	i, _ := AsBigInt(k)
	if i.Sign() < 0 {
		i.Add(i, &b.length)
	}
	if i.Sign() < 0 || i.Cmp(&b.length) >= 0 {
		return Null, NewError(IndexError, "range object index out of range")
	}
	return IntFromBig(b.item(i)), nil
}

// bigRangeSlice is b[s], with the slice's bounds clamped to the range's
// length as Python ints (CPython's _PySlice_GetLongIndices).
func bigRangeSlice(t *Thread, b *bigRange, s *Slice) (Value, error) {
	step := big.NewInt(1)
	if !s.Step.IsNone() {
		v, err := bigSliceBound(t, s.Step)
		if err != nil {
			return Null, err
		}
		if step = v; step.Sign() == 0 {
			return Null, NewError(ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := new(big.Int), new(big.Int).Set(&b.length)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Add(upper, lower)
	}
	bound := func(v Value, dflt *big.Int) (*big.Int, error) {
		if v.IsNone() {
			return dflt, nil
		}
		x, err := bigSliceBound(t, v)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			x.Add(x, &b.length)
		}
		switch {
		case x.Cmp(lower) < 0:
			return lower, nil
		case x.Cmp(upper) > 0:
			return upper, nil
		}
		return x, nil
	}
	startDefault, stopDefault := lower, upper
	if step.Sign() < 0 {
		startDefault, stopDefault = upper, lower
	}
	start, err := bound(s.Start, startDefault)
	if err != nil {
		return Null, err
	}
	stop, err := bound(s.Stop, stopDefault)
	if err != nil {
		return Null, err
	}
	return newRangeBig(b.item(start), b.item(stop), step.Mul(step, &b.step)), nil
}

// bigSliceBound converts a slice bound (not None) to a new big int.
func bigSliceBound(t *Thread, v Value) (*big.Int, error) {
	if v.Type().Index == nil && !v.IsInt() {
		return nil, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	x, err := Index(t, v)
	if err != nil {
		return nil, err
	}
	b, _ := AsBigInt(x)
	return b, nil
}

// notExactInt is rangeFindExact's result for a value that is neither an
// exact int nor a bool.
const notExactInt = -2

// rangeFindExact looks v up in r when v is an exact int or a bool, which
// CPython compares arithmetically (anything else is compared item by
// item). It returns v's position, -1 when v is not an item, or
// notExactInt. For a big range the position returned is 0: see
// bigRangeIndex.
func rangeFindExact(r *Range, v Value) int64 {
	switch {
	case v.IsInt() || v.IsBool():
		if r.big == nil {
			return rangeFind(r, v.AsInt())
		}
	case v.IsImmediate() || v.Type() != IntType:
		return notExactInt
	case r.big == nil:
		return -1 // the items of such a range all fit in int64
	}
	x, _ := AsBigInt(v)
	if bigRangeFind(r.big, x) == nil {
		return -1
	}
	return 0
}

// bigRangeFind returns the position of x in b, or nil.
func bigRangeFind(b *bigRange, x *big.Int) *big.Int {
	if b.length.Sign() == 0 {
		return nil
	}
	if b.step.Sign() > 0 {
		if x.Cmp(&b.start) < 0 || x.Cmp(&b.stop) >= 0 {
			return nil
		}
	} else if x.Cmp(&b.start) > 0 || x.Cmp(&b.stop) <= 0 {
		return nil
	}
	d := new(big.Int).Sub(x, &b.start)
	q, m := new(big.Int).QuoRem(d, &b.step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

// bigRangeIndex is b.index(v) for an exact int v known to be in b.
func bigRangeIndex(b *bigRange, v Value) Value {
	x, _ := AsBigInt(v)
	return IntFromBig(bigRangeFind(b, x))
}

// bigRangeReversed is reversed(b).
func bigRangeReversed(b *bigRange) Value {
	if b.length.Sign() == 0 {
		return newRangeIter(0, 0, 0)
	}
	last := b.item(new(big.Int).Sub(&b.length, bigOne))
	return newLongRangeIter(last, new(big.Int).Neg(&b.step), &b.length)
}

// newLongRangeIter returns an iterator yielding length items from start
// by step; it copies its arguments.
func newLongRangeIter(start, step, length *big.Int) Value {
	it := &longRangeIter{Header: Header{LongRangeIterType}}
	it.next.Set(start)
	it.step.Set(step)
	it.remaining.Set(length)
	return FromPointer(unsafe.Pointer(it))
}

func longRangeIterNext(_ *Thread, v Value) (Value, error) {
	it := (*longRangeIter)(v.p)
	if it.remaining.Sign() == 0 {
		return Null, nil
	}
	x := new(big.Int).Set(&it.next)
	it.next.Add(&it.next, &it.step)
	it.remaining.Sub(&it.remaining, bigOne)
	return IntFromBig(x), nil
}

func longRangeIterLengthHint(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__length_hint__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return IntFromBig(new(big.Int).Set(&(*longRangeIter)(args[0].p).remaining)), nil
}
