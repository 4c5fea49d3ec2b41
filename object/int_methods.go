package object

// int_methods.go: the methods and attributes of int, three-argument pow
// and divmod.

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/adderpy/adder/internal/libm"
)

func initIntMethods(t *Type) {
	t.AddMethods([]MethodDef{
		{Name: "bit_length", Fn: intMethod0("bit_length", func(i int64, b *big.Int) Value {
			if b != nil {
				return Int(int64(b.BitLen()))
			}
			return Int(int64(bits.Len64(uint64(abs64(i)))))
		}), Doc: "Number of bits necessary to represent self in binary."},
		{Name: "bit_count", Fn: intMethod0("bit_count", func(i int64, b *big.Int) Value {
			if b != nil {
				n := 0
				for _, w := range b.Bits() {
					n += bits.OnesCount(uint(w))
				}
				return Int(int64(n))
			}
			return Int(int64(bits.OnesCount64(uint64(abs64(i)))))
		}), Doc: "Number of ones in the binary representation of the absolute value of self."},
		{Name: "as_integer_ratio", Fn: intMethod0("as_integer_ratio", func(i int64, b *big.Int) Value {
			return NewTuple(exactIntOf(i, b), Int(1)).AsValue()
		}), Doc: "Return integer ratio."},
		{Name: "conjugate", Fn: intMethod0("conjugate", exactIntOf), Doc: "Returns self, the complex conjugate of any int."},
		{Name: "is_integer", Fn: intMethod0("is_integer", func(int64, *big.Int) Value { return True }), Doc: "Returns True."},
		{Name: "__trunc__", Fn: intMethod0("__trunc__", exactIntOf), Doc: "Truncating an Integral returns itself."},
		{Name: "__floor__", Fn: intMethod0("__floor__", exactIntOf), Doc: "Flooring an Integral returns itself."},
		{Name: "__ceil__", Fn: intMethod0("__ceil__", exactIntOf), Doc: "Ceiling of an Integral returns itself."},
		{Name: "__getnewargs__", Fn: intMethod0("__getnewargs__", func(i int64, b *big.Int) Value {
			return NewTuple(exactIntOf(i, b)).AsValue()
		})},
		{Name: "__sizeof__", Fn: intMethod0("__sizeof__", func(i int64, b *big.Int) Value {
			// CPython's layout: a 24-byte header and 30-bit digits (at least one).
			n := bits.Len64(uint64(abs64(i)))
			if b != nil {
				n = b.BitLen()
			}
			return Int(24 + 4*int64(max(1, (n+29)/30)))
		}), Doc: "Returns size in memory, in bytes."},
		{Name: "to_bytes", Fn: intToBytes, Doc: "Return an array of bytes representing an integer."},
		{Name: "from_bytes", Fn: intFromBytes, Kind: ClassMethod, Doc: "Return the integer represented by the given array of bytes."},
		{Name: "__round__", Fn: intRound, Doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
		{Name: "__format__", Fn: intFormatMethod, Doc: "Convert to a string according to format_spec."},
		{Name: "__pow__", Fn: powMethod(false), Doc: "Return pow(self, value, mod)."},
		{Name: "__rpow__", Fn: powMethod(true), Doc: "Return pow(value, self, mod)."},
		{Name: "__divmod__", Fn: divmodMethod(false), Doc: "Return divmod(self, value)."},
		{Name: "__rdivmod__", Fn: divmodMethod(true), Doc: "Return divmod(value, self)."},
	})
	t.AddGetSets([]GetSetDef{
		{Name: "real", Get: func(_ *Thread, v Value) (Value, error) { return exactInt(v), nil }, Doc: "the real part of a complex number"},
		{Name: "imag", Get: func(*Thread, Value) (Value, error) { return Int(0), nil }, Doc: "the imaginary part of a complex number"},
		{Name: "numerator", Get: func(_ *Thread, v Value) (Value, error) { return exactInt(v), nil }, Doc: "the numerator of a rational number in lowest terms"},
		{Name: "denominator", Get: func(*Thread, Value) (Value, error) { return Int(1), nil }, Doc: "the denominator of a rational number in lowest terms"},
	})
}

// intMethod0 makes an int method without arguments from a function of the
// value (small, or b when b is not nil).
func intMethod0(name string, f func(i int64, b *big.Int) Value) NativeFunc {
	name = "int." + name
	return func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := CheckMethodArity(name, args[1:], kwnames, 0, 0); err != nil {
			return Null, err
		}
		i, b, _ := intOperand(args[0])
		return f(i, b), nil
	}
}

// exactIntOf returns the exact int with value i, or b when b is not nil.
func exactIntOf(i int64, b *big.Int) Value {
	if b != nil {
		return IntFromBig(new(big.Int).Set(b))
	}
	return Int(i)
}

// intRound is int.__round__(ndigits=None): rounding to a multiple of
// 10**-ndigits, ties to even.
func intRound(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("int.__round__", args[1:], kwnames, 0, 1); err != nil {
		return Null, err
	}
	self := exactInt(args[0])
	if len(args) == 1 {
		return self, nil
	}
	nd, err := Index(t, args[1]) // None too is refused, as by CPython
	if err != nil {
		return Null, err
	}
	n, ok := AsInt64(nd)
	if !ok {
		b, _ := AsBigInt(nd)
		if b.Sign() > 0 {
			return self, nil
		}
	} else if n >= 0 {
		return self, nil
	}
	x, _ := AsBigInt(self)
	// x has fewer than -n digits, so 10**-n exceeds 2|x|: the result is 0.
	if maxDigits := int64(float64(x.BitLen())*math.Log10(2)) + 2; !ok || -n > maxDigits {
		return Int(0), nil
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	qr, rr := bigFloorDivMod(x, unit)
	q, r := &qr.V, &rr.V
	switch c := new(big.Int).Lsh(r, 1).Cmp(unit); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, bigOne)
	}
	return IntFromBig(q.Mul(q, unit)), nil
}

// powMethod makes __pow__ (or, reflected, __rpow__) with an optional
// modulus, for int, float and complex.
func powMethod(reflected bool) NativeFunc {
	name := "__pow__"
	if reflected {
		name = "__rpow__"
	}
	return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := unpackWrapperArgs(name, args, kwnames, 1, 2); err != nil {
			return Null, err
		}
		a, b := args[0], args[1]
		if reflected {
			a, b = b, a
		}
		if len(args) == 3 && !args[2].IsNone() {
			return ternaryPowSlot(args[0], a, b, args[2])
		}
		slot := args[0].Type().Binary[OpPow]
		return slot(t, a, b)
	}
}

// ternaryPowSlot is the three-argument power slot of int, float or complex
// (the type of self) as CPython's: int's computes pow(a, b, m) for three
// ints, float's refuses any modulus, complex's refuses one once it can
// convert a and b; otherwise NotImplemented.
func ternaryPowSlot(self, a, b, m Value) (Value, error) {
	switch self.Type().solid {
	case IntType, BoolType:
		x, okA := AsBigInt(a)
		y, okB := AsBigInt(b)
		z, okM := AsBigInt(m)
		if okA && okB && okM {
			return intPowMod(x, y, z)
		}
	case FloatType:
		return Null, NewError(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	case ComplexType:
		if isNumber(a) && isNumber(b) {
			return Null, NewError(ValueError, "complex modulo")
		}
	}
	return NotImplemented, nil
}

// isNumber reports whether v is an int, float or complex (or an instance
// of a subclass).
func isNumber(v Value) bool {
	if v.IsImmediate() {
		return !v.IsNone()
	}
	s := v.Type().solid
	return s == IntType || s == FloatType || s == ComplexType
}

// intPowMod returns pow(x, y, m) for ints; it may modify its arguments.
func intPowMod(x, y, m *big.Int) (Value, error) {
	if m.Sign() == 0 {
		return Null, NewError(ValueError, "pow() 3rd argument cannot be 0")
	}
	neg := m.Sign() < 0
	m.Abs(m)
	if m.Cmp(big.NewInt(1)) == 0 {
		return Int(0), nil
	}
	if y.Sign() < 0 {
		if x.ModInverse(x.Mod(x, m), m) == nil {
			return Null, NewError(ValueError, "base is not invertible for the given modulus")
		}
		y.Neg(y)
	}
	r := new(big.Int).Exp(x, y, m)
	if neg && r.Sign() != 0 {
		r.Sub(r, m)
	}
	return IntFromBig(r), nil
}

// PowMod returns pow(a, b, m): modular exponentiation for ints, else
// a.__pow__(b, m), with CPython's errors.
func PowMod(t *Thread, a, b, m Value) (Value, error) {
	if f := a.Type().Lookup(Intern("__pow__")); !f.IsNull() {
		r, err := callDescriptor(t, f, a, b, m)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	// The slots of the other operands' types, each once, as CPython's
	// ternary_op tries them.
	for i, v := range [...]Value{b, m} {
		if !isNumber(v) || v.Type().solid == a.Type().solid || (i == 1 && v.Type().solid == b.Type().solid) {
			continue
		}
		if r, err := ternaryPowSlot(v, a, b, m); err != nil || r != NotImplemented {
			return r, err
		}
	}
	return Null, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		a.Type().tpName(), b.Type().tpName(), m.Type().tpName())
}

// divmodMethod makes __divmod__ (or, reflected, __rdivmod__) for int and
// float.
func divmodMethod(reflected bool) NativeFunc {
	name := "__divmod__"
	if reflected {
		name = "__rdivmod__"
	}
	return func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := checkWrapperArgs(name, args, kwnames, 1); err != nil {
			return Null, err
		}
		a, b := args[0], args[1]
		if reflected {
			a, b = b, a
		}
		return numberDivMod(a, b)
	}
}

// numberDivMod is divmod for ints and floats; NotImplemented for other
// operands.
func numberDivMod(a, b Value) (Value, error) {
	if x, xb, ok := intOperand(a); ok {
		if y, yb, ok := intOperand(b); ok {
			return intDivMod(x, xb, y, yb)
		}
	}
	fa, okA := AsFloat64(a)
	fb, okB := AsFloat64(b)
	if !okA && !okB {
		return NotImplemented, nil
	}
	var err error
	if !okA {
		fa, okA, err = floatOperand(a)
	}
	if !okB {
		fb, okB, err = floatOperand(b)
	}
	if !okA || !okB || err != nil {
		return notImplementedOr(err)
	}
	d, m, ok := libm.FloatDivmod(fa, fb)
	if !ok {
		return Null, NewError(ZeroDivisionError, "float divmod()")
	}
	return NewTuple(Float(d), Float(m)).AsValue(), nil
}

func intDivMod(x int64, xb *big.Int, y int64, yb *big.Int) (Value, error) {
	if xb == nil && yb == nil {
		if y == 0 {
			return Null, errIntDivZero()
		}
		if q, r, ok := floorDivMod64(x, y); ok {
			return NewPair(Int(q), Int(r)).AsValue(), nil
		}
	}
	var bx, by big.Int
	a, b := bigOf(x, xb, &bx), bigOf(y, yb, &by)
	if b.Sign() == 0 {
		return Null, errIntDivZero()
	}
	q, r := bigFloorDivModValues(a, b)
	return NewPair(q, r).AsValue(), nil
}

// DivMod returns divmod(a, b): the numbers' own algorithm for ints and
// floats, else __divmod__ of a, then __rdivmod__ of b.
func DivMod(t *Thread, a, b Value) (Value, error) {
	r, err := numberDivMod(a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	for _, try := range [...]struct {
		self, other Value
		name        string
	}{{a, b, "__divmod__"}, {b, a, "__rdivmod__"}} {
		if f := try.self.Type().Lookup(Intern(try.name)); !f.IsNull() {
			r, err := callDescriptor(t, f, try.self, try.other)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return Null, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().tpName(), b.Type().tpName())
}
