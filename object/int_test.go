package object

import (
	"math"
	"math/big"
	"testing"
)

// isCanonical reports whether an int result respects the invariant: in
// int64 range it is an immediate.
func isCanonical(v Value) bool {
	if v.IsInt() {
		return true
	}
	if v.IsImmediate() || v.Type() != IntType {
		return false
	}
	return !(*BigInt)(v.p).V.IsInt64()
}

func bigText(v Value) string {
	b, ok := AsBigInt(v)
	if !ok {
		return "<not an int: " + v.Type().Name + ">"
	}
	return b.String()
}

func TestIntOverflowEdges(t *testing.T) {
	const maxI, minI = math.MaxInt64, math.MinInt64
	th := &Thread{}
	mustV := func(v Value, err error) Value {
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct {
		name string
		got  Value
		want string
	}{
		{"MaxInt64+1", IntAdd(maxI, 1), "9223372036854775808"},
		{"MinInt64-1", IntSub(minI, 1), "-9223372036854775809"},
		{"MinInt64+MinInt64", IntAdd(minI, minI), "-18446744073709551616"},
		{"MaxInt64-(-1)", IntSub(maxI, -1), "9223372036854775808"},
		{"MaxInt64+(-1)", IntAdd(maxI, -1), "9223372036854775806"},
		{"MinInt64*-1", IntMul(minI, -1), "9223372036854775808"},
		{"MinInt64*1", IntMul(minI, 1), "-9223372036854775808"},
		{"2**32*2**31", IntMul(1<<32, 1<<31), "9223372036854775808"},
		{"-2**32*2**31", IntMul(-1<<32, 1<<31), "-9223372036854775808"},
		{"3037000500**2", IntMul(3037000500, 3037000500), "9223372037000250000"},
		{"MinInt64//-1", mustV(IntFloorDiv(minI, -1)), "9223372036854775808"},
		{"MinInt64%-1", mustV(IntMod(minI, -1)), "0"},
		{"-MinInt64", IntNeg(minI), "9223372036854775808"},
		{"abs(MinInt64)", IntAbs(minI), "9223372036854775808"},
		{"1<<63", mustV(IntLShift(1, 63)), "9223372036854775808"},
		{"-1<<63", mustV(IntLShift(-1, 63)), "-9223372036854775808"},
		{"3<<62", mustV(IntLShift(3, 62)), "13835058055282163712"},
		{"1<<64", mustV(IntLShift(1, 64)), "18446744073709551616"},
		{"-5>>100", mustV(IntRShift(-5, 100)), "-1"},
		{"2**63", mustV(IntPow(2, 63)), "9223372036854775808"},
		{"(-2)**63", mustV(IntPow(-2, 63)), "-9223372036854775808"},
		{"3**40", mustV(IntPow(3, 40)), "12157665459056928801"},
		{"2**64-2**32", mustV(BinaryOp(th, mustV(IntLShift(1, 64)), mustV(IntLShift(1, 32)), OpSub)), "18446744069414584320"},
	} {
		if got := bigText(c.got); got != c.want {
			t.Errorf("%s = %s, want %s", c.name, got, c.want)
		}
		if !isCanonical(c.got) {
			t.Errorf("%s: result not canonical", c.name)
		}
	}
}

// TestIntNormalization checks that big results falling back into int64
// range become immediates.
func TestIntNormalization(t *testing.T) {
	th := &Thread{}
	big64, _ := IntLShift(1, 64)
	for _, op := range []Operator{OpSub, OpFloorDiv, OpMod, OpXor, OpRShift} {
		r, err := BinaryOp(th, big64, big64, op)
		if op == OpRShift {
			r, err = BinaryOp(th, big64, Int(10), op)
		}
		if err != nil {
			t.Fatal(err)
		}
		if !r.IsInt() {
			t.Errorf("op %v: 2**64 result %s is not an immediate", op, bigText(r))
		}
	}
	if v := IntFromBig(big.NewInt(-5)); !v.IsInt() || v.AsInt() != -5 {
		t.Errorf("IntFromBig(-5) not an immediate")
	}
}

func TestDivModSigns(t *testing.T) {
	for _, c := range []struct{ a, b, q, r int64 }{
		{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1},
		{6, 3, 2, 0}, {-6, 3, -2, 0}, {0, -5, 0, 0}, {math.MinInt64, 7, -1317624576693539402, 6},
	} {
		q, _ := IntFloorDiv(c.a, c.b)
		r, _ := IntMod(c.a, c.b)
		if q.AsInt() != c.q || r.AsInt() != c.r {
			t.Errorf("divmod(%d, %d) = %d, %d; want %d, %d", c.a, c.b, q.AsInt(), r.AsInt(), c.q, c.r)
		}
	}
	negZero := math.Copysign(0, -1)
	for _, c := range []struct{ a, b, q, m float64 }{
		{7.5, 2, 3, 1.5}, {-7.5, 2, -4, 0.5}, {7.5, -2, -4, -0.5}, {-7.5, -2, 3, -1.5},
		{negZero, 5, negZero, 0}, {0, -5, negZero, negZero}, {1, math.Inf(1), 0, 1}, {-1, math.Inf(1), -1, math.Inf(1)},
	} {
		qv, err1 := FloatFloorDiv(c.a, c.b)
		mv, err2 := FloatMod(c.a, c.b)
		if err1 != nil || err2 != nil {
			t.Fatalf("divmod(%g, %g): %v, %v", c.a, c.b, err1, err2)
		}
		q, m := qv.AsFloat(), mv.AsFloat()
		if q != c.q || m != c.m || math.Signbit(q) != math.Signbit(c.q) || math.Signbit(m) != math.Signbit(c.m) {
			t.Errorf("divmod(%g, %g) = %g, %g; want %g, %g", c.a, c.b, q, m, c.q, c.m)
		}
	}
	if _, err := IntFloorDiv(1, 0); err == nil || err.Error() != "ZeroDivisionError: integer division or modulo by zero" {
		t.Errorf("1 // 0: %v", err)
	}
	if _, err := FloatMod(1, 0); err == nil || err.Error() != "ZeroDivisionError: float modulo" {
		t.Errorf("1.0 %% 0: %v", err)
	}
}

// TestNumericHashEq checks that equal numbers hash equal across types.
func TestNumericHashEq(t *testing.T) {
	th := &Thread{}
	big61, _ := IntLShift(1, 61)
	big100, _ := IntLShift(1, 100)
	negBig, _ := IntLShift(-3, 70)
	groups := [][]Value{
		{Int(1), Float(1), True, NewComplex(1)},
		{Int(0), Float(0), Float(math.Copysign(0, -1)), False, NewComplex(0)},
		{Int(-1), Float(-1), NewComplex(-1)},
		{Int(1 << 53), Float(1 << 53)},
		{big61, Float(0x1p61)},
		{big100, Float(0x1p100), NewComplex(0x1p100)},
		{negBig, Float(-3 * 0x1p70)},
		{Int(math.MinInt64), Float(-0x1p63)},
	}
	for _, g := range groups {
		h0, err := Hash(th, g[0])
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range g[1:] {
			if h, _ := Hash(th, v); h != h0 {
				t.Errorf("hash(%s) = %d, hash(%s) = %d", reprOrType(th, g[0]), h0, reprOrType(th, v), h)
			}
			if eq, err := Equal(th, g[0], v); err != nil || !eq {
				t.Errorf("%s != %s", reprOrType(th, g[0]), reprOrType(th, v))
			}
		}
	}
	for _, c := range []struct {
		v    Value
		want int64
	}{
		{Int(-1), -2}, {Float(1.5), 1152921504606846977}, {Float(math.Inf(1)), 314159},
		{Float(math.Inf(-1)), -314159}, {NewComplex(complex(1, 1)), 1000004}, {NewComplex(complex(0, -1)), -2000006},
		{big61, 1}, {IntSub(math.MinInt64, 1), -5}, {mustInt(IntLShift(-1, 61)), -2}, {mustInt(IntLShift(-1, 122)), -2},
	} {
		if h, _ := Hash(th, c.v); h != c.want {
			t.Errorf("hash(%s) = %d, want %d", reprOrType(th, c.v), h, c.want)
		}
	}
}

func mustInt(v Value, err error) Value {
	if err != nil {
		panic(err)
	}
	return v
}

func reprOrType(th *Thread, v Value) string {
	s, err := Repr(th, v)
	if err != nil {
		return v.Type().Name
	}
	return s.String()
}

func TestFloatReprRoundTrip(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want string
	}{
		{1e16, "1e+16"}, {1e-5, "1e-05"}, {0.1, "0.1"}, {math.Inf(1), "inf"}, {math.NaN(), "nan"},
		{math.Copysign(0, -1), "-0.0"}, {123456789012345678, "1.2345678901234568e+17"}, {1e15, "1000000000000000.0"},
		{5e-324, "5e-324"}, {0.0001, "0.0001"}, {1.5, "1.5"}, {-2.5e-7, "-2.5e-07"},
	} {
		r, err := Repr(nil, Float(c.x))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.String(); got != c.want {
			t.Errorf("repr(%g) = %s, want %s", c.x, got, c.want)
		}
	}
	for i := 0; i < 2000; i++ {
		x := math.Float64frombits(uint64(i) * 0x9E3779B97F4A7C15)
		if math.IsNaN(x) {
			continue
		}
		r, err := Repr(nil, Float(x))
		if err != nil {
			t.Fatal(err)
		}
		y, err := floatOf(nil, r.AsValue())
		if err != nil || math.Float64bits(x) != math.Float64bits(y) {
			t.Fatalf("float(repr(%v)) = %v, %v", x, y, err)
		}
	}
}

func TestIntFloatCompareExact(t *testing.T) {
	p63 := IntSub(math.MaxInt64, -1) // 2**63
	for _, c := range []struct {
		f     float64
		i     Value
		want  int
		unord bool
	}{
		{0x1p63, p63, 0, false},
		{0x1p63, Int(math.MaxInt64), 1, false},
		{9007199254740992, Int(9007199254740993), -1, false},
		{9007199254740992.5 - 0.5, Int(9007199254740992), 0, false},
		{-0x1p63, Int(math.MinInt64), 0, false},
		{math.Inf(1), p63, 1, false},
		{math.NaN(), Int(1), 0, true},
		{1e300, Int(1), 1, false},
		{-1.5, Int(-1), -1, false},
	} {
		i, b, _ := intOperand(c.i)
		got, unord := CompareFloatInt(c.f, i, b)
		if got != c.want || unord != c.unord {
			t.Errorf("cmp(%g, %s) = %d, %v", c.f, bigText(c.i), got, unord)
		}
	}
}

func TestPowSpecialCases(t *testing.T) {
	th := &Thread{}
	for _, c := range []struct {
		a, b float64
		want string
	}{
		{0, -1, "!ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{0, 0, "1.0"}, {math.NaN(), 0, "1.0"}, {1, math.NaN(), "1.0"}, {-1, math.Inf(1), "1.0"},
		{10, 400, "!OverflowError: (34, 'Numerical result out of range')"},
		{-2, 1e300, "!OverflowError: (34, 'Numerical result out of range')"},
		{2, -1075, "0.0"}, {math.Inf(-1), 3, "-inf"}, {math.Inf(-1), -3, "-0.0"}, {math.Copysign(0, -1), 3, "-0.0"},
	} {
		v, err := FloatPow(c.a, c.b)
		if got := resultText(th, v, err); got != c.want {
			t.Errorf("%g ** %g = %s, want %s", c.a, c.b, got, c.want)
		}
	}
	if v, err := FloatPow(-8, 1.0/3); err != nil || v.Type() != ComplexType {
		t.Errorf("(-8.0) ** (1/3) is not complex: %v", err)
	}
}

// Benchmarks of the immediate fast paths: each must report 0 allocs/op.

var sinkValue Value

func BenchmarkIntAdd(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkValue = IntAdd(int64(i), 12345)
	}
}

func BenchmarkIntMul(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkValue = IntMul(int64(i), -987654)
	}
}

func BenchmarkIntFloorDivMod(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		q, _ := IntFloorDiv(int64(i)-500, 7)
		r, _ := IntMod(q.AsInt(), -13)
		sinkValue = r
	}
}

func BenchmarkIntCompare(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for i := 0; i < b.N; i++ {
		if CompareOrdered(int64(i), 1000, CmpLT) {
			n++
		}
	}
	sinkValue = Int(int64(n))
}

// BenchmarkIntAddSlot measures the generic dispatch path (BinaryOp on two
// immediates).
func BenchmarkIntAddSlot(b *testing.B) {
	th := &Thread{}
	b.ReportAllocs()
	v := Int(1)
	for i := 0; i < b.N; i++ {
		v, _ = BinaryOp(th, v, Int(3), OpAdd)
	}
	sinkValue = v
}

func BenchmarkFloatFloorDiv(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkValue, _ = FloatFloorDiv(float64(i), 3.5)
	}
}

// TestFastPathsDoNotAllocate pins the 0-allocation property.
func TestFastPathsDoNotAllocate(t *testing.T) {
	th := &Thread{}
	for name, f := range map[string]func(){
		"IntAdd":      func() { sinkValue = IntAdd(40, 2) },
		"IntSub":      func() { sinkValue = IntSub(-40, 2) },
		"IntMul":      func() { sinkValue = IntMul(1<<31, 3) },
		"IntFloorDiv": func() { sinkValue, _ = IntFloorDiv(-7, 2) },
		"IntMod":      func() { sinkValue, _ = IntMod(-7, 2) },
		"IntPow":      func() { sinkValue, _ = IntPow(3, 20) },
		"IntLShift":   func() { sinkValue, _ = IntLShift(3, 20) },
		"IntTrueDiv":  func() { sinkValue, _ = IntTrueDiv(1, 3) },
		"BinaryOp":    func() { sinkValue, _ = BinaryOp(th, Int(5), Int(7), OpMul) },
		"RichCompare": func() { sinkValue, _ = RichCompare(th, Int(5), Float(7.5), CmpLT) },
		"Hash":        func() { h, _ := Hash(th, Float(2.5)); sinkValue = Int(h) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times", name, n)
		}
	}
}
