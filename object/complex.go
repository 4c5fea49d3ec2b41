package object

// complex.go: the complex type. Complex numbers are heap objects holding
// two float64s; arithmetic follows CPython's algorithms operation by
// operation (products without fused multiply-add, Smith-style division,
// integer powers by repeated squaring).

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unsafe"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/libm"
)

// ComplexType is the complex type.
var ComplexType = newBuiltinType("complex", nil)

// Complex is a complex number (or an instance of a subclass of complex).
type Complex struct {
	Header
	V complex128
}

// NewComplex returns the complex number c.
func NewComplex(c complex128) Value {
	return FromPointer(unsafe.Pointer(&Complex{Header{ComplexType}, c}))
}

// AsComplex returns the value of a complex (or complex-subclass instance).
func AsComplex(v Value) (complex128, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == ComplexType {
		return (*Complex)(v.p).V, true
	}
	return 0, false
}

// complexOperand returns v as a complex when it is a complex, float or int
// (an int too large for a float fails with OverflowError).
func complexOperand(v Value) (c complex128, ok bool, err error) {
	if c, ok := AsComplex(v); ok {
		return c, true, nil
	}
	x, ok, err := floatOperand(v)
	return complex(x, 0), ok, err
}

func complexBinarySlot(f func(a, b complex128) (Value, error)) BinaryFunc {
	return func(_ *Thread, a, b Value) (Value, error) {
		x, ok, err := complexOperand(a)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		y, ok, err := complexOperand(b)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		return f(x, y)
	}
}

// complexMul is CPython's _Py_c_prod. The float64 conversions keep Go from
// fusing a multiply and an add, which would round differently.
func complexMul(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// complexDiv is CPython's _Py_c_quot; ok is false for division by zero.
func complexDiv(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// complexPow is complex ** complex as CPython computes it.
func complexPow(a, b complex128) (Value, error) {
	var r complex128
	zeroDiv := false
	if e := real(b); imag(b) == 0 && e == math.Floor(e) && math.Abs(e) <= 100 {
		n := int(e)
		if n >= 0 {
			r = complexPowUint(a, n)
		} else {
			r, zeroDiv = complexDiv(1, complexPowUint(a, -n))
			zeroDiv = !zeroDiv
		}
	} else {
		r, zeroDiv = complexPowGeneral(a, b)
	}
	switch {
	case zeroDiv:
		return Null, NewError(ZeroDivisionError, "0.0 to a negative or complex power")
	case math.IsInf(real(r), 0) || math.IsInf(imag(r), 0):
		return Null, NewError(OverflowError, "complex exponentiation")
	}
	return NewComplex(r), nil
}

// complexPowUint is x**n for n >= 0 by repeated squaring (CPython's c_powu).
func complexPowUint(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// complexPowGeneral is CPython's _Py_c_pow; zeroDiv reports 0 raised to a
// negative or complex power, or another domain error.
func complexPowGeneral(a, b complex128) (r complex128, zeroDiv bool) {
	switch {
	case b == 0:
		return 1, false
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return 0, true
		}
		return 0, false
	}
	// The libm functions return their results (inf, nan) along with the
	// errors errno would report; CPython only looks at errno afterwards.
	vabs, _ := libm.Hypot(real(a), imag(a))
	length, _ := libm.Pow(vabs, real(b))
	at, _ := libm.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		e, _ := libm.Exp(at * imag(b))
		length /= e
		l, _ := libm.Log(vabs)
		phase += imag(b) * l
	}
	cos, _ := libm.Cos(phase)
	sin, _ := libm.Sin(phase)
	// cos and sin of an infinite phase are domain errors (errno EDOM),
	// which CPython reports as this ZeroDivisionError too.
	return complex(length*cos, length*sin), math.IsInf(phase, 0)
}

func complexCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	x, _ := AsComplex(a)
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	var eq bool
	if y, ok := AsComplex(b); ok {
		eq = x == y
	} else if f, ok := AsFloat64(b); ok {
		eq = real(x) == f && imag(x) == 0
	} else if i, bi, ok := intOperand(b); ok {
		c, unordered := CompareFloatInt(real(x), i, bi)
		eq = imag(x) == 0 && !unordered && c == 0
	} else {
		return NotImplemented, nil
	}
	return Bool(eq == (op == CmpEQ)), nil
}

// hashImag is the multiplier of the imaginary part's hash (sys.hash_info.imag).
const hashImag = 1000003

func complexHash(_ *Thread, v Value) (int64, error) {
	c, _ := AsComplex(v)
	if math.IsNaN(real(c)) || math.IsNaN(imag(c)) {
		return identityHash(v), nil
	}
	h := int64(uint64(HashFloat(real(c))) + hashImag*uint64(HashFloat(imag(c))))
	if h == -1 {
		h = -2
	}
	return h, nil
}

// reprFloatNoDot0 is repr(x) without the ".0" of integral values, as the
// parts of a complex repr are written.
func reprFloatNoDot0(x float64) string {
	return strings.TrimSuffix(floatfmt.Repr(x), ".0")
}

// complexRepr is repr(c): "1j", "(1+2j)", "(-0-0j)", "(nan+infj)".
func complexRepr(_ *Thread, v Value) (Value, error) {
	c, _ := AsComplex(v)
	im := reprFloatNoDot0(imag(c))
	if real(c) == 0 && !math.Signbit(real(c)) {
		return StrValue(im + "j"), nil
	}
	if im[0] != '-' {
		im = "+" + im
	}
	return StrValue("(" + reprFloatNoDot0(real(c)) + im + "j)"), nil
}

func initComplex() {
	t := ComplexType
	subclassable[Complex](t)
	t.Doc = "Create a complex number from a real part and an optional imaginary part."
	t.New = complexNew
	t.Repr = complexRepr
	t.Hash = complexHash
	t.Compare = complexCompare
	t.Bool = func(_ *Thread, v Value) (bool, error) {
		c, _ := AsComplex(v)
		return c != 0, nil
	}
	t.Binary[OpAdd] = complexBinarySlot(func(a, b complex128) (Value, error) { return NewComplex(a + b), nil })
	t.Binary[OpSub] = complexBinarySlot(func(a, b complex128) (Value, error) { return NewComplex(a - b), nil })
	t.Binary[OpMul] = complexBinarySlot(func(a, b complex128) (Value, error) { return NewComplex(complexMul(a, b)), nil })
	t.Binary[OpTrueDiv] = complexBinarySlot(func(a, b complex128) (Value, error) {
		q, ok := complexDiv(a, b)
		if !ok {
			return Null, NewError(ZeroDivisionError, "complex division by zero")
		}
		return NewComplex(q), nil
	})
	t.Binary[OpPow] = complexBinarySlot(complexPow)
	t.Neg = func(_ *Thread, v Value) (Value, error) {
		c, _ := AsComplex(v)
		return NewComplex(-c), nil
	}
	t.Pos = func(_ *Thread, v Value) (Value, error) {
		if v.Type() == ComplexType {
			return v, nil
		}
		c, _ := AsComplex(v)
		return NewComplex(c), nil
	}
	t.Abs = func(_ *Thread, v Value) (Value, error) {
		c, _ := AsComplex(v)
		r := math.Hypot(real(c), imag(c))
		if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
			return Null, NewError(OverflowError, "absolute value too large")
		}
		return Float(r), nil
	}
	t.AddMethods([]MethodDef{
		{Name: "conjugate", Fn: complexMethod0("conjugate", func(c complex128) Value { return NewComplex(complex(real(c), -imag(c))) }),
			Doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
		{Name: "__complex__", Fn: complexMethod0("__complex__", NewComplex), Doc: "Convert complex to a complex."},
		{Name: "__getnewargs__", Fn: complexMethod0("__getnewargs__", func(c complex128) Value {
			return NewTuple(Float(real(c)), Float(imag(c))).AsValue()
		})},
		{Name: "__format__", Fn: complexFormatMethod, Doc: "Convert to a string according to format_spec."},
		{Name: "__pow__", Fn: powMethod(false), Doc: "Return pow(self, value, mod)."},
		{Name: "__rpow__", Fn: powMethod(true), Doc: "Return pow(value, self, mod)."},
	})
	t.AddGetSets([]GetSetDef{
		{Name: "real", Get: func(_ *Thread, v Value) (Value, error) { c, _ := AsComplex(v); return Float(real(c)), nil }, Doc: "the real part of a complex number"},
		{Name: "imag", Get: func(_ *Thread, v Value) (Value, error) { c, _ := AsComplex(v); return Float(imag(c)), nil }, Doc: "the imaginary part of a complex number"},
	})
}

var _ = registerTypeInit(initComplex)

func complexMethod0(name string, f func(c complex128) Value) NativeFunc {
	name = "complex." + name
	return func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := CheckMethodArity(name, args[1:], kwnames, 0, 0); err != nil {
			return Null, err
		}
		c, _ := AsComplex(args[0])
		return f(c), nil
	}
}

// complexNew is complex.__new__(real=0, imag=0).
func complexNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	var a [2]Value
	if err := ParseArgs("complex", args, kwnames, []string{"real", "imag"}, 0, 2, a[:]); err != nil {
		return Null, err
	}
	r, i := a[0], a[1]
	if r.IsNull() {
		r = Int(0)
	}
	var c complex128
	if s, ok := r.AsStr(); ok {
		if !i.IsNull() {
			return Null, NewError(TypeError, "complex() can't take second arg if first is a string")
		}
		if c, ok = parseComplex(s.String()); !ok {
			return Null, NewError(ValueError, "complex() arg is a malformed string")
		}
	} else {
		if _, ok := i.AsStr(); ok {
			return Null, NewError(TypeError, "complex() second arg can't be a string")
		}
		if r.Type() == ComplexType && i.IsNull() && typ == ComplexType {
			return r, nil
		}
		re, reIsComplex, err := complexPart(t, r, true)
		if err != nil {
			return Null, err
		}
		if i.IsNull() {
			c = re
		} else {
			im, imIsComplex, err := complexPart(t, i, false)
			if err != nil {
				return Null, err
			}
			// real(re) + real(im) i, corrected by the imaginary parts of
			// complex arguments only, so that signed zeros survive:
			// complex(-0.0, -0.0) is (-0-0j).
			x, y := real(re), real(im)
			if imIsComplex {
				x -= imag(im)
			}
			if reIsComplex {
				y += imag(re)
			}
			c = complex(x, y)
		}
	}
	if typ == ComplexType {
		return NewComplex(c), nil
	}
	p := typ.AllocInstance()
	(*Complex)(p).V = c
	return FromPointer(p), nil
}

// complexPart converts the first or second argument of complex(): a
// complex (or, first only, __complex__), or a real number through
// __float__ or __index__; isComplex says which.
func complexPart(t *Thread, v Value, first bool) (c complex128, isComplex bool, err error) {
	if c, ok := AsComplex(v); ok {
		return c, true, nil
	}
	if f := v.Type().Lookup(Intern("__complex__")); first && !f.IsNull() {
		r, err := callDescriptor(t, f, v)
		if err != nil {
			return 0, false, err
		}
		c, ok := AsComplex(r)
		if !ok {
			return 0, false, Errorf(TypeError, "__complex__ returned non-complex (type %s)", r.Type().Name)
		}
		return c, true, nil
	}
	if v.Type().Float == nil && v.Type().Index == nil {
		if first {
			return 0, false, Errorf(TypeError, "complex() first argument must be a string or a number, not '%s'", v.Type().tpName())
		}
		return 0, false, Errorf(TypeError, "complex() second argument must be a number, not '%s'", v.Type().Name)
	}
	x, err := ToFloat(t, v)
	return complex(x, 0), false, err
}

// parseComplex parses the text of complex(str): an optionally
// parenthesized real, imaginary ("2j", "j", "-j") or real±imaginary
// number, with white space around (and inside the parentheses).
func parseComplex(text string) (complex128, bool) {
	s := strings.TrimFunc(text, unicode.IsSpace)
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = strings.TrimFunc(s[1:len(s)-1], unicode.IsSpace)
	}
	if s == "" || strings.ContainsFunc(s, unicode.IsSpace) {
		return 0, false
	}
	s, ok := stripUnderscores(s)
	if !ok {
		return 0, false
	}
	isJ := func(s string) bool { return s == "j" || s == "J" }
	x, n := scanFloat(s)
	if n == 0 {
		// "j", "+j", "-j"
		y := 1.0
		if s[0] == '+' || s[0] == '-' {
			if s[0] == '-' {
				y = -1
			}
			s = s[1:]
		}
		return complex(0, y), isJ(s)
	}
	s = s[n:]
	switch {
	case s == "":
		return complex(x, 0), true
	case isJ(s):
		return complex(0, x), true
	case s[0] == '+' || s[0] == '-':
		y, m := scanFloat(s)
		if m == 0 {
			y, m = 1, 1
			if s[0] == '-' {
				y = -1
			}
		}
		return complex(x, y), isJ(s[m:])
	}
	return 0, false
}

// stripUnderscores removes underscores that sit between two digits, and
// fails on any other underscore.
func stripUnderscores(s string) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			if i == 0 || i+1 == len(s) || !isASCIIDigit(s[i-1]) || !isASCIIDigit(s[i+1]) {
				return "", false
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String(), true
}

// scanFloat parses the longest float literal (with optional sign, or
// inf, infinity, nan) at the start of s, returning its value and length
// (0 when there is none).
func scanFloat(s string) (float64, int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lower := strings.ToLower(s[i:])
	for _, w := range [...]string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, w) {
			// strconv takes no sign on "nan"; the sign of a NaN is not
			// shown anyway.
			f, _ := strconv.ParseFloat(s[i:i+len(w)], 64)
			if i > 0 && s[0] == '-' {
				f = -f
			}
			return f, i + len(w)
		}
	}
	digits := 0
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isASCIIDigit(s[i]) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isASCIIDigit(s[j]) {
			for j < len(s) && isASCIIDigit(s[j]) {
				j++
			}
			i = j
		}
	}
	f, _ := strconv.ParseFloat(s[:i], 64)
	return f, i
}
