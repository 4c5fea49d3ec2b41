package object

// int_ops.go: the protocol slots of int: arithmetic, bitwise operations,
// comparison, hashing, conversions and repr.

import (
	"github.com/adderpy/adder/internal/pyhash"

	"math"
	"math/big"
	"strconv"
)

var _ = registerTypeInit(initInt)

func initInt() {
	t := IntType
	subclassable[BigInt](t)
	t.Doc = "int([x]) -> integer\nint(x, base=10) -> integer"
	t.New = intNew
	t.Repr = intRepr
	t.Hash = intHash
	t.Compare = intCompare
	t.Bool = func(_ *Thread, v Value) (bool, error) {
		i, b, _ := intOperand(v)
		return i != 0 || (b != nil && b.Sign() != 0), nil
	}
	t.Binary[OpAdd] = intBinarySlot(func(a, b int64) (Value, error) { return IntAdd(a, b), nil },
		bigArith((*big.Int).Add, carryWords))
	t.Binary[OpSub] = intBinarySlot(func(a, b int64) (Value, error) { return IntSub(a, b), nil },
		bigArith((*big.Int).Sub, carryWords))
	t.Binary[OpMul] = intBinarySlot(func(a, b int64) (Value, error) { return IntMul(a, b), nil },
		bigArith((*big.Int).Mul, func(m, n int) int { return m + n }))
	t.Binary[OpFloorDiv] = intBinarySlot(IntFloorDiv, func(a, b *big.Int) (Value, error) {
		if b.Sign() == 0 {
			return Null, errIntDivZero()
		}
		q, _ := bigFloorDivModValues(a, b)
		return q, nil
	})
	t.Binary[OpMod] = intBinarySlot(IntMod, func(a, b *big.Int) (Value, error) {
		if b.Sign() == 0 {
			return Null, NewError(ZeroDivisionError, "integer modulo by zero")
		}
		_, r := bigFloorDivModValues(a, b)
		return r, nil
	})
	t.Binary[OpTrueDiv] = intBinarySlot(IntTrueDiv, bigTrueDiv)
	t.Binary[OpPow] = intBinarySlot(IntPow, bigPow)
	t.Binary[OpLShift] = intBinarySlot(IntLShift, func(a, n *big.Int) (Value, error) {
		if n.Sign() < 0 {
			return Null, NewError(ValueError, "negative shift count")
		}
		if a.Sign() == 0 {
			return Int(0), nil
		}
		if !n.IsInt64() {
			return Null, NewException(MemoryError)
		}
		return bigLShift(a, n.Int64())
	})
	t.Binary[OpRShift] = intBinarySlot(IntRShift, func(a, n *big.Int) (Value, error) {
		if n.Sign() < 0 {
			return Null, NewError(ValueError, "negative shift count")
		}
		if !n.IsInt64() || n.Int64() > int64(a.BitLen()) {
			if a.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		s := uint(n.Int64())
		z := newBigResult(bigWords(a) + 1 - int(s/wordBits))
		z.V.Rsh(a, s)
		return z.result(), nil
	})
	t.Binary[OpAnd] = intBinarySlot(func(a, b int64) (Value, error) { return Int(a & b), nil },
		bigArith((*big.Int).And, carryWords))
	t.Binary[OpOr] = intBinarySlot(func(a, b int64) (Value, error) { return Int(a | b), nil },
		bigArith((*big.Int).Or, carryWords))
	t.Binary[OpXor] = intBinarySlot(func(a, b int64) (Value, error) { return Int(a ^ b), nil },
		bigArith((*big.Int).Xor, carryWords))
	t.Neg = intUnarySlot(IntNeg, (*big.Int).Neg)
	t.Pos = func(_ *Thread, v Value) (Value, error) { return exactInt(v), nil }
	t.Abs = intUnarySlot(IntAbs, (*big.Int).Abs)
	t.Invert = intUnarySlot(func(a int64) Value { return Int(^a) }, (*big.Int).Not)
	t.Index = t.Pos
	t.Int = t.Pos
	t.Float = func(_ *Thread, v Value) (Value, error) {
		f, err := intToFloat(v)
		if err != nil {
			return Null, err
		}
		return Float(f), nil
	}
	initIntMethods(t)
}

// intBinarySlot makes a number slot from its int64 and big.Int versions;
// operands that are not ints give NotImplemented. The big version must not
// modify its operands.
func intBinarySlot(small func(a, b int64) (Value, error), large func(a, b *big.Int) (Value, error)) BinaryFunc {
	return func(_ *Thread, a, b Value) (Value, error) {
		x, xb, ok := intOperand(a)
		if !ok {
			return NotImplemented, nil
		}
		y, yb, ok := intOperand(b)
		if !ok {
			return NotImplemented, nil
		}
		if xb == nil && yb == nil {
			return small(x, y)
		}
		var bx, by big.Int
		return large(bigOf(x, xb, &bx), bigOf(y, yb, &by))
	}
}

// bigArith makes the big version of a slot from the big.Int method
// computing it, whose result for operands of m and n words has at most
// words(m, n) words.
func bigArith(op func(z, a, b *big.Int) *big.Int, words func(m, n int) int) func(a, b *big.Int) (Value, error) {
	return func(a, b *big.Int) (Value, error) {
		z := newBigResult(words(bigWords(a), bigWords(b)))
		op(&z.V, a, b)
		return z.result(), nil
	}
}

// carryWords bounds the words of a sum, a difference or a bitwise
// operation (of negative operands too) of operands of m and n words.
func carryWords(m, n int) int { return max(m, n) + 1 }

// intUnarySlot makes a unary slot from its int64 version and the big.Int
// method setting z to the result for a (which needs at most one word more
// than a).
func intUnarySlot(small func(a int64) Value, large func(z, a *big.Int) *big.Int) UnaryFunc {
	return func(_ *Thread, v Value) (Value, error) {
		i, b, _ := intOperand(v)
		if b == nil {
			return small(i), nil
		}
		z := newBigResult(bigWords(b) + 1)
		large(&z.V, b)
		return z.result(), nil
	}
}

// bigFloorDivMod returns a // b and a % b (Python's floor semantics) as
// fresh results (see newBigResult). b must not be zero.
func bigFloorDivMod(a, b *big.Int) (q, r *BigInt) {
	// math/big's long division makes the quotient one word longer than
	// the difference of the lengths, and computes the remainder in place
	// of a copy of a with one more word.
	n, m := bigWords(a), bigWords(b)
	q, r = newBigResult(max(n-m+2, 1)), newBigResult(n+1)
	q.V.QuoRem(a, b, &r.V)
	if r.V.Sign() != 0 && r.V.Sign() != b.Sign() {
		q.V.Sub(&q.V, bigOne)
		r.V.Add(&r.V, b)
	}
	return q, r
}

// bigTrueDiv returns a / b correctly rounded, as CPython's true division.
func bigTrueDiv(a, b *big.Int) (Value, error) {
	if b.Sign() == 0 {
		return Null, NewError(ZeroDivisionError, "division by zero")
	}
	if a.Sign() == 0 {
		return Float(math.Copysign(0, float64(b.Sign()))), nil
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return Null, NewError(OverflowError, "integer division result too large for a float")
	}
	return Float(f), nil
}

// maxIntBits bounds the size of results of << and ** (2**40 bits is 128
// GiB): beyond it MemoryError is raised at once rather than after
// exhausting memory.
const maxIntBits = 1 << 40

// bigLShift returns a << n for a != 0, n >= 0.
func bigLShift(a *big.Int, n int64) (Value, error) {
	if n > maxIntBits {
		return Null, NewException(MemoryError)
	}
	z := newBigResult(bigWords(a) + 1 + int(n/wordBits))
	z.V.Lsh(a, uint(n))
	return z.result(), nil
}

// bigPow is int ** int when either operand is big.
func bigPow(a, b *big.Int) (Value, error) {
	if b.Sign() < 0 {
		fa, err := bigToFloat(a)
		if err != nil {
			return Null, err
		}
		fb, err := bigToFloat(b)
		if err != nil {
			return Null, err
		}
		return floatPow(fa, fb)
	}
	if a.IsInt64() {
		switch a.Int64() {
		case 0, 1:
			return Int(a.Int64()), nil
		case -1:
			if b.Bit(0) == 0 {
				return Int(1), nil
			}
			return Int(-1), nil
		}
	}
	if !b.IsInt64() || uint64(a.BitLen())*uint64(b.Int64()) > maxIntBits {
		return Null, NewException(MemoryError)
	}
	return IntFromBig(new(big.Int).Exp(a, b, nil)), nil
}

// intCompare is int's rich comparison with other ints (float's slot
// handles int-float comparisons).
func intCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	x, xb, ok := intOperand(a)
	if !ok {
		return NotImplemented, nil
	}
	y, yb, ok := intOperand(b)
	if !ok {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		return Bool(CompareOrdered(x, y, op)), nil
	}
	var bx, by big.Int
	return Bool(cmpResult(bigOf(x, xb, &bx).Cmp(bigOf(y, yb, &by)), op)), nil
}

func intHash(_ *Thread, v Value) (int64, error) {
	i, b, _ := intOperand(v)
	if b == nil {
		return hashInt64(i), nil
	}
	return hashBigInt(b), nil
}

// intToFloat returns float(v) for an int v, rounding half to even, with
// OverflowError when it is too large.
func intToFloat(v Value) (float64, error) {
	i, b, _ := intOperand(v)
	if b == nil {
		return float64(i), nil
	}
	return bigToFloat(b)
}

func bigToFloat(b *big.Int) (float64, error) {
	if b.IsInt64() {
		return float64(b.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, NewError(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// IntMaxStrDigits is sys.get_int_max_str_digits(): the most decimal digits
// int() parses and str() produces (0: no limit).
var IntMaxStrDigits = 4300

// intToDecimal returns the decimal text of an int, enforcing
// IntMaxStrDigits.
func intToDecimal(v Value) (string, error) {
	i, b, _ := intOperand(v)
	if b == nil {
		return strconv.FormatInt(i, 10), nil
	}
	return bigToDecimal(b)
}

func bigToDecimal(b *big.Int) (string, error) {
	// A number of n bits has at least floor((n-1)*log10(2))+1 digits; check
	// that bound before converting so huge ints fail fast.
	if lim := IntMaxStrDigits; lim > 0 && float64(b.BitLen()-1)*math.Log10(2) >= float64(lim) {
		return "", errStrDigits()
	}
	s := b.String()
	if lim := IntMaxStrDigits; lim > 0 {
		digits := len(s)
		if b.Sign() < 0 {
			digits--
		}
		if digits > lim {
			return "", errStrDigits()
		}
	}
	return s, nil
}

func errStrDigits() error {
	return Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits)
}

func intRepr(_ *Thread, v Value) (Value, error) {
	s, err := intToDecimal(v)
	if err != nil {
		return Null, err
	}
	return StrValue(s), nil
}

// exactInt returns the int value of v (an int, bool or int-subclass
// instance) as an exact int.
func exactInt(v Value) Value {
	if v.IsInt() || v.Type() == IntType {
		return v
	}
	i, b, _ := intOperand(v)
	if b == nil {
		return Int(i)
	}
	return IntFromBig(new(big.Int).Set(b))
}

// hashBigInt is hash(b) for any int, as CPython computes it.
func hashBigInt(b *big.Int) int64 { return pyhash.BigInt(b) }
