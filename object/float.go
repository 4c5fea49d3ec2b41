package object

// float.go: the float type's arithmetic, comparison, hashing and repr.
//
// Every exact float is an immediate (Float(x)); instances of float
// subclasses are heap floatObjects. Operators accept int operands (and
// bools), converted to float with OverflowError when too large, except
// comparisons, which compare ints and floats exactly.

import (
	"math"
	"math/big"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/libm"
	"github.com/adderpy/adder/internal/pyhash"
)

// floatObject is an instance of a subclass of float.
type floatObject struct {
	Header
	V float64
}

// floatOperand returns the value of v as a float when v is a float or an
// int (converted, which may fail with OverflowError); ok is false for other
// types.
func floatOperand(v Value) (x float64, ok bool, err error) {
	if v.IsFloat() {
		return v.AsFloat(), true, nil
	}
	if v.IsInt() || v.IsBool() {
		return float64(v.AsInt()), true, nil
	}
	if v.IsImmediate() {
		return 0, false, nil
	}
	switch v.Type().solid {
	case FloatType:
		return (*floatObject)(v.p).V, true, nil
	case IntType:
		f, err := intToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

// AsFloat64 returns the value of a float or float-subclass instance; ok is
// false for any other value (ints included; see ToFloat).
func AsFloat64(v Value) (float64, bool) {
	if v.IsFloat() {
		return v.AsFloat(), true
	}
	if v.p != nil && !v.IsImmediate() && v.Type().solid == FloatType {
		return (*floatObject)(v.p).V, true
	}
	return 0, false
}

// ---- Fast paths ----
//
// + - * on two floats cannot fail and are plain Go arithmetic; these
// helpers are the float operators that can raise or need CPython's
// special semantics. They allocate only to raise.

// FloatTrueDiv returns a / b.
func FloatTrueDiv(a, b float64) (Value, error) {
	if b == 0 {
		return Null, NewError(ZeroDivisionError, "float division by zero")
	}
	return Float(a / b), nil
}

// FloatFloorDiv returns a // b.
func FloatFloorDiv(a, b float64) (Value, error) {
	d, _, ok := libm.FloatDivmod(a, b)
	if !ok {
		return Null, NewError(ZeroDivisionError, "float floor division by zero")
	}
	return Float(d), nil
}

// FloatMod returns a % b.
func FloatMod(a, b float64) (Value, error) {
	m, ok := libm.FloatMod(a, b)
	if !ok {
		return Null, NewError(ZeroDivisionError, "float modulo")
	}
	return Float(m), nil
}

// FloatPow returns a ** b: a float, or a complex for a negative base and a
// non-integer exponent.
func FloatPow(a, b float64) (Value, error) { return floatPow(a, b) }

func floatPow(a, b float64) (Value, error) {
	r, perr := libm.FloatPow(a, b)
	switch perr {
	case libm.PowZeroDivision:
		return Null, NewError(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	case libm.PowComplex:
		return complexPow(complex(a, 0), complex(b, 0))
	case libm.PowOverflow:
		return Null, errRange()
	}
	return Float(r), nil
}

// floatfmtError converts an error of internal/floatfmt into the Python
// exception it stands for.
func floatfmtError(err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case *floatfmt.Error:
		switch e.Kind {
		case floatfmt.ValueError:
			return NewError(ValueError, e.Msg)
		case floatfmt.OverflowError:
			return NewError(OverflowError, e.Msg)
		}
	}
	panic("BUG: unexpected floatfmt error " + err.Error())
}

// errRange is the OverflowError CPython raises from errno ERANGE.
func errRange() error {
	return NewException(OverflowError, Int(34), StrValue("Numerical result out of range"))
}

// CompareFloatInt compares the float f with the int (small, or b when b
// is not nil) exactly, without rounding the int: it returns -1, 0 or 1, and
// unordered true when f is a NaN.
func CompareFloatInt(f float64, small int64, b *big.Int) (c int, unordered bool) {
	switch {
	case math.IsNaN(f):
		return 0, true
	case math.IsInf(f, 0):
		if f > 0 {
			return 1, false
		}
		return -1, false
	}
	if b == nil {
		const exact = 1 << 53
		if -exact <= small && small <= exact {
			return cmpFloat(f, float64(small)), false
		}
		// f is finite: compare its integer part exactly, then its fraction.
		fl := math.Floor(f)
		if fl >= 0x1p63 {
			return 1, false
		}
		if fl < -0x1p63 {
			return -1, false
		}
		if n := int64(fl); n != small {
			if n < small {
				return -1, false
			}
			return 1, false
		}
		if f != fl {
			return 1, false
		}
		return 0, false
	}
	var fb big.Float
	fb.SetFloat64(f)
	var ib big.Float
	ib.SetInt(b)
	return fb.Cmp(&ib), false
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// floatCompare is float's rich comparison, with floats and ints.
func floatCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	x, ok := AsFloat64(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := AsFloat64(b); ok {
		return Bool(CompareOrdered(x, y, op)), nil
	}
	i, bi, ok := intOperand(b)
	if !ok {
		return NotImplemented, nil
	}
	c, unordered := CompareFloatInt(x, i, bi)
	if unordered {
		return Bool(op == CmpNE), nil
	}
	return Bool(cmpResult(c, op)), nil
}

// HashFloat returns hash(x) for a float that is not a NaN, as CPython
// computes it (equal to the hash of an equal int or fraction).
func HashFloat(x float64) int64 { return pyhash.Float(x) }

func floatHash(_ *Thread, v Value) (int64, error) {
	x, _ := AsFloat64(v)
	if math.IsNaN(x) {
		return identityHash(v), nil
	}
	return HashFloat(x), nil
}

func floatRepr(_ *Thread, v Value) (Value, error) {
	x, _ := AsFloat64(v)
	return StrValue(floatfmt.Repr(x)), nil
}

// floatBinarySlot makes a float number slot from its float64 version;
// operands that are neither floats nor ints give NotImplemented.
func floatBinarySlot(f func(a, b float64) (Value, error)) BinaryFunc {
	return func(_ *Thread, a, b Value) (Value, error) {
		x, ok, err := floatOperand(a)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		y, ok, err := floatOperand(b)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		return f(x, y)
	}
}

// notImplementedOr returns err when it is set, else NotImplemented.
func notImplementedOr(err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return NotImplemented, nil
}

func initFloat() {
	t := FloatType
	subclassable[floatObject](t)
	t.Doc = "Convert a string or number to a floating point number, if possible."
	t.New = floatNew
	t.Repr = floatRepr
	t.Hash = floatHash
	t.Compare = floatCompare
	t.Bool = func(_ *Thread, v Value) (bool, error) {
		x, _ := AsFloat64(v)
		return x != 0, nil
	}
	t.Binary[OpAdd] = floatBinarySlot(func(a, b float64) (Value, error) { return Float(a + b), nil })
	t.Binary[OpSub] = floatBinarySlot(func(a, b float64) (Value, error) { return Float(a - b), nil })
	t.Binary[OpMul] = floatBinarySlot(func(a, b float64) (Value, error) { return Float(a * b), nil })
	t.Binary[OpTrueDiv] = floatBinarySlot(FloatTrueDiv)
	t.Binary[OpFloorDiv] = floatBinarySlot(FloatFloorDiv)
	t.Binary[OpMod] = floatBinarySlot(FloatMod)
	t.Binary[OpPow] = floatBinarySlot(floatPow)
	unary := func(f func(float64) float64) UnaryFunc {
		return func(_ *Thread, v Value) (Value, error) {
			x, _ := AsFloat64(v)
			return Float(f(x)), nil
		}
	}
	t.Neg = unary(func(x float64) float64 { return -x })
	t.Pos = unary(func(x float64) float64 { return x })
	t.Abs = unary(math.Abs)
	t.Float = t.Pos
	t.Int = func(_ *Thread, v Value) (Value, error) {
		x, _ := AsFloat64(v)
		return FloatToInt(x)
	}
	initFloatMethods(t)
}

var _ = registerTypeInit(initFloat)

// FloatToInt returns int(x): x truncated toward zero, with CPython's
// errors for infinities and NaNs.
func FloatToInt(x float64) (Value, error) {
	if x > -0x1p63 && x < 0x1p63 {
		return Int(int64(x)), nil
	}
	switch {
	case math.IsNaN(x):
		return Null, NewError(ValueError, "cannot convert float NaN to integer")
	case math.IsInf(x, 0):
		return Null, NewError(OverflowError, "cannot convert float infinity to integer")
	}
	b, _ := big.NewFloat(x).Int(nil)
	return IntFromBig(b), nil
}
