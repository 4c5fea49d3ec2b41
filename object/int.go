package object

// int.go: the representation of int (int64 immediates and *BigInt heap
// objects) and the fast-path helpers the interpreter calls on immediates.
//
// An int in int64 range is always the immediate Int(i): an exact-int heap
// object (type int) never holds a value in int64 range. Every operation
// that can produce a big result goes through IntFromBig, which restores
// this invariant. Instances of int subclasses are heap objects (BigInt
// followed by attribute storage) holding any value; bool values are the
// True/False immediates.

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"
	"unsafe"
)

// BigInt is an exact int outside int64 range, or an instance of a subclass
// of int (any value).
type BigInt struct {
	Header
	V big.Int
}

// IntFromBig returns the int b, as an immediate when it fits in int64. It
// takes ownership of b: the caller must not use or modify b afterwards.
func IntFromBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	x := &BigInt{Header: Header{IntType}}
	x.V = *b
	return FromPointer(unsafe.Pointer(x))
}

// IntFromUint64 returns the int u.
func IntFromUint64(u uint64) Value {
	if u <= math.MaxInt64 {
		return Int(int64(u))
	}
	return IntFromBig(new(big.Int).SetUint64(u))
}

// intOperand returns the value of v when v is an int: an immediate, a bool,
// a big int or an instance of an int subclass. The value is small when big
// is nil, else *big (which the caller must not modify). ok is false when v
// is not an int.
func intOperand(v Value) (small int64, b *big.Int, ok bool) {
	if v.IsInt() || v.IsBool() {
		return v.AsInt(), nil, true
	}
	if v.IsImmediate() || v.Type().solid != IntType {
		return 0, nil, false
	}
	x := (*BigInt)(v.p)
	if v.Type() != IntType && x.V.IsInt64() {
		return x.V.Int64(), nil, true
	}
	return 0, &x.V, true
}

// AsBigInt returns the value of the int v (any int, bool or int-subclass
// instance) as a *big.Int the caller may modify; ok is false when v is not
// an int.
func AsBigInt(v Value) (*big.Int, bool) {
	i, b, ok := intOperand(v)
	if !ok {
		return nil, false
	}
	if b != nil {
		return new(big.Int).Set(b), true
	}
	return big.NewInt(i), true
}

// AsInt64 returns the value of the int v when it fits in int64. ok is false
// when v is not an int or does not fit (see IntIndex for the Python-level
// conversion with errors).
func AsInt64(v Value) (int64, bool) {
	i, b, ok := intOperand(v)
	return i, ok && b == nil
}

// bigOf returns the value (small, b) as a *big.Int, using buf when small.
func bigOf(small int64, b *big.Int, buf *big.Int) *big.Int {
	if b != nil {
		return b
	}
	return buf.SetInt64(small)
}

// ---- Fast paths on immediates ----
//
// These helpers implement Python's operators on two int64 operands with
// CPython's semantics. The ones returning only a Value cannot fail and
// allocate only when the result leaves int64 range. They are what the
// interpreter's specialized instructions and the JIT's slow paths call.

// IntAdd returns a + b.
func IntAdd(a, b int64) Value {
	s := a + b
	if (s^a)&(s^b) < 0 {
		return intAddBig(a, b)
	}
	return Int(s)
}

func intAddBig(a, b int64) Value {
	x := big.NewInt(a)
	return IntFromBig(x.Add(x, big.NewInt(b)))
}

// IntSub returns a - b.
func IntSub(a, b int64) Value {
	d := a - b
	if (a^b)&(a^d) < 0 {
		return intSubBig(a, b)
	}
	return Int(d)
}

func intSubBig(a, b int64) Value {
	x := big.NewInt(a)
	return IntFromBig(x.Sub(x, big.NewInt(b)))
}

// IntMul returns a * b.
func IntMul(a, b int64) Value {
	if p, ok := mul64(a, b); ok {
		return Int(p)
	}
	return intMulBig(a, b)
}

func intMulBig(a, b int64) Value {
	x := big.NewInt(a)
	return IntFromBig(x.Mul(x, big.NewInt(b)))
}

// mul64 returns a*b and whether it fits in int64.
func mul64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(abs64(a)), uint64(abs64(b)))
	neg := (a < 0) != (b < 0)
	if hi != 0 || (lo > math.MaxInt64 && !(neg && lo == 1<<63)) {
		return 0, false
	}
	if neg {
		return -int64(lo), true
	}
	return int64(lo), true
}

// abs64 returns |a| as a uint64-compatible int64 (MinInt64 stays MinInt64,
// which reads as 2**63 when converted to uint64).
func abs64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// IntNeg returns -a.
func IntNeg(a int64) Value {
	if a == math.MinInt64 {
		return IntFromBig(new(big.Int).Neg(big.NewInt(a)))
	}
	return Int(-a)
}

// IntAbs returns abs(a).
func IntAbs(a int64) Value {
	if a < 0 {
		return IntNeg(a)
	}
	return Int(a)
}

// floorDivMod64 returns a // b and a % b for b != 0, and ok false when the
// quotient overflows (MinInt64 // -1).
func floorDivMod64(a, b int64) (q, r int64, ok bool) {
	if b == -1 {
		if a == math.MinInt64 {
			return 0, 0, false
		}
		return -a, 0, true
	}
	q, r = a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r, true
}

// IntFloorDiv returns a // b.
func IntFloorDiv(a, b int64) (Value, error) {
	if b == 0 {
		return Null, errIntDivZero()
	}
	q, _, ok := floorDivMod64(a, b)
	if !ok {
		return IntNeg(a), nil
	}
	return Int(q), nil
}

// IntMod returns a % b (with the sign of b).
func IntMod(a, b int64) (Value, error) {
	if b == 0 {
		return Null, NewError(ZeroDivisionError, "integer modulo by zero")
	}
	_, r, _ := floorDivMod64(a, b)
	return Int(r), nil
}

func errIntDivZero() error {
	return NewError(ZeroDivisionError, "integer division or modulo by zero")
}

// IntTrueDiv returns a / b, correctly rounded.
func IntTrueDiv(a, b int64) (Value, error) {
	if b == 0 {
		return Null, NewError(ZeroDivisionError, "division by zero")
	}
	const exact = 1 << 53
	if -exact <= a && a <= exact && -exact <= b && b <= exact {
		return Float(float64(a) / float64(b)), nil
	}
	return bigTrueDiv(big.NewInt(a), big.NewInt(b))
}

// IntLShift returns a << n.
func IntLShift(a, n int64) (Value, error) {
	if n < 0 {
		return Null, NewError(ValueError, "negative shift count")
	}
	if a == 0 {
		return Int(0), nil
	}
	if n < 63 {
		if s := a << n; s>>n == a {
			return Int(s), nil
		}
	}
	return bigLShift(big.NewInt(a), n)
}

// IntRShift returns a >> n (rounding toward minus infinity).
func IntRShift(a, n int64) (Value, error) {
	if n < 0 {
		return Null, NewError(ValueError, "negative shift count")
	}
	if n > 63 {
		n = 63
	}
	return Int(a >> n), nil
}

// IntPow returns a ** b: an int for b >= 0, else a float.
func IntPow(a, b int64) (Value, error) {
	if b < 0 {
		return floatPow(float64(a), float64(b))
	}
	if r, ok := pow64(a, b); ok {
		return Int(r), nil
	}
	x := big.NewInt(a)
	return IntFromBig(x.Exp(x, big.NewInt(b), nil)), nil
}

// pow64 returns a**b (b >= 0) and whether it fits in int64.
func pow64(a, b int64) (int64, bool) {
	r := int64(1)
	for {
		if b&1 != 0 {
			var ok bool
			if r, ok = mul64(r, a); !ok {
				return 0, false
			}
		}
		b >>= 1
		if b == 0 {
			return r, true
		}
		var ok bool
		if a, ok = mul64(a, a); !ok {
			return 0, false
		}
	}
}

// CompareOrdered returns the result of a op b. For floats it is Python's
// comparison: a NaN compares unequal to everything, as Go's operators do.
func CompareOrdered[T cmp.Ordered](a, b T, op CompareOp) bool {
	switch op {
	case CmpLT:
		return a < b
	case CmpLE:
		return a <= b
	case CmpEQ:
		return a == b
	case CmpNE:
		return a != b
	case CmpGT:
		return a > b
	}
	return a >= b
}

// cmpResult turns a three-way comparison result c (-1, 0, 1) into the
// outcome of op.
func cmpResult(c int, op CompareOp) bool { return CompareOrdered(c, 0, op) }
