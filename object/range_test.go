package object

import (
	"math"
	"testing"
)

// Expected strings come from CPython 3.11.

func TestRange(t *testing.T) {
	th := &Thread{}
	rng := func(args ...any) Value {
		v, err := Call(th, RangeType.AsValue(), pvs(args), nil)
		if err != nil {
			panic(err)
		}
		return v
	}
	list := func(v Value) (Value, error) { return Call(th, ListType.AsValue(), []Value{v}, nil) }
	sl := func(a, b, c any) Value { return NewSlice(pv(a), pv(b), pv(c)) }
	runCases(t, th, []evalCase{
		{"list", func() (Value, error) { return list(rng(10, 0, -3)) }, "[10, 7, 4, 1]"},
		{"repr", func() (Value, error) { return rng(1, 2, 1), nil }, "range(1, 2)"},
		{"repr step", func() (Value, error) { return rng(1, 2, 3), nil }, "range(1, 2, 3)"},
		{"[::-1]", func() (Value, error) { return GetItem(th, rng(0, 10, 3), sl(nil, nil, -1)) }, "range(9, -3, -3)"},
		{"[::-2]", func() (Value, error) { return GetItem(th, rng(10), sl(nil, nil, -2)) }, "range(9, -1, -2)"},
		{"[2:8:3]", func() (Value, error) { return GetItem(th, rng(10), sl(2, 8, 3)) }, "range(2, 8, 3)"},
		{"[1:huge]", func() (Value, error) { return GetItem(th, rng(10), sl(1, math.MaxInt64, nil)) }, "range(1, 10)"},
		{"[-2]", func() (Value, error) { return GetItem(th, rng(5), Int(-2)) }, "3"},
		{"[20]", func() (Value, error) { return GetItem(th, rng(10), Int(20)) }, "IndexError: range object index out of range"},
		{"['a']", func() (Value, error) { return GetItem(th, rng(10), pv("a")) }, "TypeError: range indices must be integers or slices, not str"},
		{"in", func() (Value, error) { b, err := Contains(th, rng(0, 10, 3), Int(9)); return Bool(b), err }, "True"},
		{"not in", func() (Value, error) { b, err := Contains(th, rng(0, 10, 3), Int(8)); return Bool(b), err }, "False"},
		{"in neg", func() (Value, error) { b, err := Contains(th, rng(10, -10, -4), Int(-6)); return Bool(b), err }, "True"},
		{"index", func() (Value, error) { return callMethodAny(th, rng(0, 10, 3), "index", 9) }, "3"},
		{"index missing", func() (Value, error) { return callMethodAny(th, rng(10), "index", 20) }, "ValueError: 20 is not in range"},
		{"count", func() (Value, error) { return callMethodAny(th, rng(10), "count", 3) }, "1"},
		{"reversed", func() (Value, error) { return list(mustCall(th, rng(1, 10, 4), "__reversed__")) }, "[9, 5, 1]"},
		{"==", func() (Value, error) { return RichCompare(th, rng(3), rng(0, 3), CmpEQ) }, "True"},
		{"== empty", func() (Value, error) { return RichCompare(th, rng(3, 0), rng(5, 1, 2), CmpEQ) }, "True"},
		{"== one", func() (Value, error) { return RichCompare(th, rng(1, 2, 5), rng(1, 2, 9), CmpEQ) }, "True"},
		{"hash", func() (Value, error) { h, err := Hash(th, rng(5)); return Int(h), err }, "5795932985296280846"},
		{"hash step", func() (Value, error) { h, err := Hash(th, rng(3, 30, 4)); return Int(h), err }, "1939483136784642731"},
		{"range()", func() (Value, error) { return Call(th, RangeType.AsValue(), nil, nil) }, "TypeError: range expected at least 1 argument, got 0"},
		{"step 0", func() (Value, error) { return Call(th, RangeType.AsValue(), pvs([]any{1, 2, 0}), nil) }, "ValueError: range() arg 3 must not be zero"},
		{"range('a')", func() (Value, error) { return Call(th, RangeType.AsValue(), pvs([]any{"a"}), nil) }, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"attrs", func() (Value, error) { return GetAttr(th, rng(1, 5, 2), Intern("step")) }, "2"},
		{"len huge", func() (Value, error) {
			n, err := Len(th, NewRange(math.MinInt64, math.MaxInt64, 1).AsValue())
			return Int(int64(n)), err
		}, "OverflowError: Python int too large to convert to C ssize_t"},
		{"extreme", func() (Value, error) {
			return list(NewRange(math.MaxInt64-2, math.MinInt64, math.MinInt64).AsValue())
		}, "[9223372036854775805, -3]"},
	})
}

func TestIterators(t *testing.T) {
	th := &Thread{}
	list := func(v Value, err error) (Value, error) {
		if err != nil {
			return Null, err
		}
		return Call(th, ListType.AsValue(), []Value{v}, nil)
	}
	call := func(typ *Type, args ...any) (Value, error) { return Call(th, typ.AsValue(), pvs(args), nil) }
	isOdd := native("odd", func(_ *Thread, args []Value) (Value, error) { return Bool(args[0].AsInt()%2 != 0), nil })
	pair := native("pair", func(_ *Thread, args []Value) (Value, error) { return NewTuple(args...).AsValue(), nil })
	n := 0
	counter := native("counter", func(_ *Thread, args []Value) (Value, error) { n++; return Int(int64(n)), nil })
	runCases(t, th, []evalCase{
		{"enumerate", func() (Value, error) { return list(call(EnumerateType, lst("a", "b"))) }, "[(0, 'a'), (1, 'b')]"},
		{"enumerate start", func() (Value, error) {
			return list(callKw(th, EnumerateType.AsValue(), []any{lst("a")}, "start", 5))
		}, "[(5, 'a')]"},
		{"enumerate()", func() (Value, error) { return call(EnumerateType) }, "TypeError: enumerate() missing required argument 'iterable'"},
		{"enumerate(1)", func() (Value, error) { return call(EnumerateType, 1) }, "TypeError: 'int' object is not iterable"},
		{"zip", func() (Value, error) { return list(call(ZipType, lst(1, 2, 3), tup("a", "b"))) }, "[(1, 'a'), (2, 'b')]"},
		{"zip()", func() (Value, error) { return list(call(ZipType)) }, "[]"},
		{"zip strict longer", func() (Value, error) {
			return list(callKw(th, ZipType.AsValue(), []any{lst(1), lst(1, 2)}, "strict", true))
		}, "ValueError: zip() argument 2 is longer than argument 1"},
		{"zip strict shorter", func() (Value, error) {
			return list(callKw(th, ZipType.AsValue(), []any{lst(1, 2), lst(1)}, "strict", true))
		}, "ValueError: zip() argument 2 is shorter than argument 1"},
		{"zip strict 3", func() (Value, error) {
			return list(callKw(th, ZipType.AsValue(), []any{lst(1), lst(1), lst(1, 2)}, "strict", true))
		}, "ValueError: zip() argument 3 is longer than arguments 1-2"},
		{"map", func() (Value, error) { return list(call(MapType, pair, lst(1, 2), lst(3, 4, 5))) }, "[(1, 3), (2, 4)]"},
		{"map()", func() (Value, error) { return call(MapType, pair) }, "TypeError: map() must have at least two arguments."},
		{"filter", func() (Value, error) { return list(call(FilterType, isOdd, NewRange(0, 6, 1).AsValue())) }, "[1, 3, 5]"},
		{"filter None", func() (Value, error) { return list(call(FilterType, nil, lst(0, 1, false, "a", nil, lst()))) }, "[1, 'a']"},
		{"filter()", func() (Value, error) { return call(FilterType, 1) }, "TypeError: filter expected 2 arguments, got 1"},
		{"reversed list", func() (Value, error) { return list(call(ReversedType, lst(1, 2, 3))) }, "[3, 2, 1]"},
		{"reversed tuple", func() (Value, error) { return list(call(ReversedType, tup(1, 2, 3))) }, "[3, 2, 1]"},
		{"reversed dict", func() (Value, error) { return list(call(ReversedType, dict(th, 1, 1, 2, 2))) }, "[2, 1]"},
		{"reversed int", func() (Value, error) { return call(ReversedType, 1) }, "TypeError: 'int' object is not reversible"},
		{"reversed set", func() (Value, error) { return call(ReversedType, NewSet().AsValue()) }, "TypeError: 'set' object is not reversible"},
		{"callable iter", func() (Value, error) { return list(NewCallableIter(counter, Int(4)), nil) }, "[1, 2, 3]"},
		{"length hint", func() (Value, error) {
			it, _ := Iter(th, lst(1, 2, 3))
			Next(th, it)
			return callMethodAny(th, it, "__length_hint__")
		}, "2"},
	})
}

func TestUnpack(t *testing.T) {
	th := &Thread{}
	dst := make([]Value, 4)
	err := Unpack(th, lst(1), 2, dst)
	check(t, th, "short", Null, err, "ValueError: not enough values to unpack (expected 2, got 1)")
	err = Unpack(th, tup(1, 2, 3), 2, dst)
	check(t, th, "long", Null, err, "ValueError: too many values to unpack (expected 2)")
	err = Unpack(th, Int(5), 1, dst)
	check(t, th, "int", Null, err, "TypeError: cannot unpack non-iterable int object")
	err = Unpack(th, NewRange(0, 3, 1).AsValue(), 2, dst)
	check(t, th, "range long", Null, err, "ValueError: too many values to unpack (expected 2)")
	if err := Unpack(th, NewRange(0, 2, 1).AsValue(), 2, dst); err != nil || dst[1].AsInt() != 1 {
		t.Fatalf("unpack range: %v", err)
	}
	err = UnpackEx(th, lst(1), 1, 1, dst)
	check(t, th, "ex short", Null, err, "ValueError: not enough values to unpack (expected at least 2, got 1)")
	if err := UnpackEx(th, NewRange(0, 5, 1).AsValue(), 1, 2, dst); err != nil {
		t.Fatal(err)
	}
	check(t, th, "ex", NewTuple(dst[:4]...).AsValue(), nil, "(0, [1, 2], 3, 4)")
}

// TestRangeIterState checks the exported iterator state the JIT keeps in
// registers: writing Next and Remaining changes what the iterator yields.
func TestRangeIterState(t *testing.T) {
	th := &Thread{}
	it, err := Iter(th, NewRange(10, 0, -3).AsValue())
	if err != nil {
		t.Fatal(err)
	}
	s := AsRangeIter(it)
	if s == nil || s.Next != 10 || int64(s.Step) != -3 || s.Remaining != 4 {
		t.Fatalf("state of iter(range(10, 0, -3)) = %+v", s)
	}
	Next(th, it)
	if s.Next != 7 || s.Remaining != 3 {
		t.Fatalf("after one item: %+v", s)
	}
	s.Next, s.Remaining = 100, 2
	rest, err := Call(th, ListType.AsValue(), []Value{it}, nil)
	check(t, th, "rewritten", rest, err, "[100, 97]")
	if AsRangeIter(Int(3)) != nil || AsRangeIter(Null) != nil || AsRangeIter(NewRange(0, 1, 1).AsValue()) != nil {
		t.Fatal("AsRangeIter accepted a value that is not a range iterator")
	}
}

// TestRangeBig covers ranges with bounds outside int64 and operations that
// leave int64 on ranges with int64 bounds.
func TestRangeBig(t *testing.T) {
	th := &Thread{}
	big := func(s string) Value {
		v, err := ParseInt(s, 10)
		if err != nil {
			panic(err)
		}
		return v
	}
	two64, two70 := big("18446744073709551616"), big("1180591620717411303424")
	rng := func(args ...Value) Value {
		v, err := Call(th, RangeType.AsValue(), args, nil)
		if err != nil {
			panic(err)
		}
		return v
	}
	list := func(v Value, err error) (Value, error) {
		if err != nil {
			return Null, err
		}
		return Call(th, ListType.AsValue(), []Value{v}, nil)
	}
	r := rng(Int(-5), two70, big("295147905179352825856")) // step 2**68
	runCases(t, th, []evalCase{
		{"repr", func() (Value, error) { return r, nil }, "range(-5, 1180591620717411303424, 295147905179352825856)"},
		{"len", func() (Value, error) { n, err := Len(th, r); return Int(int64(n)), err }, "5"},
		{"[-1]", func() (Value, error) { return GetItem(th, r, Int(-1)) }, "1180591620717411303419"},
		{"[huge]", func() (Value, error) { return GetItem(th, rng(Int(5)), two70) }, "IndexError: range object index out of range"},
		{"list", func() (Value, error) { return list(rng(two64, big("18446744073709551618")), nil) }, "[18446744073709551616, 18446744073709551617]"},
		{"reversed", func() (Value, error) { return list(mustCall(th, r, "__reversed__"), nil) }, "[1180591620717411303419, 885443715538058477563, 590295810358705651707, 295147905179352825851, -5]"},
		{"in", func() (Value, error) { b, err := Contains(th, r, big("590295810358705651707")); return Bool(b), err }, "True"},
		{"not in", func() (Value, error) { b, err := Contains(th, r, two64); return Bool(b), err }, "False"},
		{"index", func() (Value, error) { return callMethodAny(th, r, "index", big("590295810358705651707")) }, "2"},
		{"slice", func() (Value, error) { return GetItem(th, rng(two70), NewSlice(Int(-3), None, Int(2))) }, "range(1180591620717411303421, 1180591620717411303424, 2)"},
		{"slice to small", func() (Value, error) { return GetItem(th, rng(two70), NewSlice(None, Int(3), None)) }, "range(0, 3)"},
		{"slice long small", func() (Value, error) {
			return GetItem(th, NewRange(math.MinInt64, math.MaxInt64, 1).AsValue(), NewSlice(None, None, big("4611686018427387904")))
		}, "range(-9223372036854775808, 9223372036854775807, 4611686018427387904)"},
		{"len huge", func() (Value, error) { n, err := Len(th, rng(two64)); return Int(int64(n)), err }, "OverflowError: Python int too large to convert to C ssize_t"},
		{"== empty", func() (Value, error) { return RichCompare(th, rng(two64, Int(0)), rng(Int(0)), CmpEQ) }, "True"},
		{"hash", func() (Value, error) { h, err := Hash(th, rng(two64, two70)); return Int(h), err }, "-5066142200020508552"},
		{"stop", func() (Value, error) { return GetAttr(th, rng(two64), Intern("stop")) }, "18446744073709551616"},
		{"enumerate", func() (Value, error) {
			return list(Call(th, EnumerateType.AsValue(), []Value{lst("a", "b"), Int(math.MaxInt64)}, nil))
		}, "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]"},
	})
}
