package object

// int_new.go: int(), conversions to int (__int__, __index__, __trunc__),
// and parsing int literals from text.

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
	"unicode"
	"unsafe"

	"github.com/adderpy/adder/internal/pyrepr"
)

// intNew is int.__new__: int(), int(x), int(text, base).
func intNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	var a [2]Value
	if err := ParseArgs("int", args, kwnames, []string{"", "base"}, 0, 2, a[:]); err != nil {
		return Null, err
	}
	x, baseArg := a[0], a[1]
	var v Value
	var err error
	switch {
	case x.IsNull() && !baseArg.IsNull():
		return Null, NewError(TypeError, "int() missing string argument")
	case x.IsNull():
		v = Int(0)
	case baseArg.IsNull():
		v, err = IntOf(t, x)
	default:
		var base int
		if base, err = IndexInt(t, baseArg); err != nil {
			return Null, err
		}
		if base != 0 && (base < 2 || base > 36) {
			return Null, NewError(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		if s, ok := x.AsStr(); ok {
			v, err = ParseInt(s.String(), base)
		} else if x.Type().solid == BytesType || x.Type().solid == ByteArrayType {
			v, err = parseIntBytes(bytesOf(x), base)
		} else {
			return Null, NewError(TypeError, "int() can't convert non-string with explicit base")
		}
	}
	if err != nil || typ == IntType {
		return v, err
	}
	return newIntSubclassInstance(typ, v), nil
}

// newIntSubclassInstance returns an instance of typ, a subclass of int,
// holding the int v.
func newIntSubclassInstance(typ *Type, v Value) Value {
	p := typ.AllocInstance()
	x := (*BigInt)(p)
	i, b, _ := intOperand(v)
	if b != nil {
		x.V.Set(b)
	} else {
		x.V.SetInt64(i)
	}
	return FromPointer(unsafe.Pointer(x))
}

// IntOf returns int(x) for one argument: x itself for an exact int, else
// through __int__, __index__ or __trunc__, or by parsing a str.
func IntOf(t *Thread, x Value) (Value, error) {
	if x.IsInt() {
		return x, nil
	}
	typ := x.Type()
	if typ == IntType {
		return x, nil
	}
	if typ.Int != nil {
		return intResult(t, typ.Int, x, "__int__")
	}
	if typ.Index != nil {
		return intResult(t, typ.Index, x, "__index__")
	}
	if trunc := typ.Lookup(Intern("__trunc__")); !trunc.IsNull() {
		r, err := callDescriptor(t, trunc, x)
		if err != nil {
			return Null, err
		}
		if _, _, ok := intOperand(r); ok {
			return exactInt(r), nil
		}
		if idx := r.Type().Index; idx != nil {
			return intResult(t, idx, r, "__index__")
		}
		return Null, Errorf(TypeError, "__trunc__ returned non-Integral (type %s)", r.Type().Name)
	}
	if s, ok := x.AsStr(); ok {
		return ParseInt(s.String(), 10)
	}
	if b, ok := contiguousBuffer(x); ok {
		return parseIntBytes(b, 10)
	}
	return Null, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typ.tpName())
}

// intResult calls the conversion slot f (named name) and checks that it
// returned an int, converting an int subclass instance to an exact int.
func intResult(t *Thread, f UnaryFunc, x Value, name string) (Value, error) {
	r, err := f(t, x)
	if err != nil {
		return Null, err
	}
	if _, _, ok := intOperand(r); !ok {
		return Null, Errorf(TypeError, "%s returned non-int (type %s)", name, r.Type().Name)
	}
	return exactInt(r), nil
}

// Index returns operator.index(v): the exact int v stands for, through
// __index__, or TypeError.
func Index(t *Thread, v Value) (Value, error) {
	if v.IsInt() {
		return v, nil
	}
	if _, _, ok := intOperand(v); ok {
		return exactInt(v), nil
	}
	if idx := v.Type().Index; idx != nil {
		return intResult(t, idx, v, "__index__")
	}
	return Null, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.Type().tpName())
}

// IndexInt returns v as a Go int through __index__ (CPython's
// PyNumber_AsSsize_t with OverflowError).
func IndexInt(t *Thread, v Value) (int, error) {
	if v.IsInt() {
		return int(v.AsInt()), nil
	}
	iv, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	i, ok := AsInt64(iv)
	if !ok || i < math.MinInt || i > math.MaxInt {
		return 0, Errorf(OverflowError, "cannot fit '%s' into an index-sized integer", v.Type().Name)
	}
	return int(i), nil
}

// callDescriptor calls attr, found on the type of self, as a method of
// self.
func callDescriptor(t *Thread, attr, self Value, args ...Value) (Value, error) {
	if get := attr.Type().DescrGet; get != nil {
		bound, err := get(t, attr, self, self.Type())
		if err != nil {
			return Null, err
		}
		return Call(t, bound, args, nil)
	}
	return Call(t, attr, args, nil)
}

// ParseInt is int(text, base) for a str: base 0 or 2..36. Surrounding
// white space, a sign, a base prefix (0x, 0o, 0b: required for base 0,
// allowed for the matching base) and single underscores between digits are
// accepted, and non-ASCII decimal digits count as their ASCII digits.
// Decimal text longer than IntMaxStrDigits digits is refused.
func ParseInt(text string, base int) (Value, error) {
	s := strings.TrimFunc(text, unicode.IsSpace)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			s = asciiDigits(s)
			break
		}
	}
	v, ok, err := parseIntASCII(s, base)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, errIntLiteral(pyrepr.Str(text), base)
	}
	return v, nil
}

// parseIntBytes is int(b, base) for bytes: ASCII only, as ParseInt
// otherwise.
func parseIntBytes(b []byte, base int) (Value, error) {
	for _, c := range b {
		if c >= 0x80 || c == 0 {
			return Null, errIntLiteral(pyrepr.Bytes(string(b)), base)
		}
	}
	v, ok, err := parseIntASCII(strings.TrimSpace(string(b)), base)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, errIntLiteral(pyrepr.Bytes(string(b)), base)
	}
	return v, nil
}

// errIntLiteral is the error for the text whose repr is rep, cut to 200
// characters as CPython does.
func errIntLiteral(rep string, base int) error {
	if r := []rune(rep); len(r) > 200 {
		rep = string(r[:200])
	}
	return Errorf(ValueError, "invalid literal for int() with base %d: %s", base, rep)
}

// asciiDigits replaces non-ASCII decimal digits by ASCII ones (other
// non-ASCII text is kept, and later rejected).
func asciiDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if d := decimalValue(r); r >= 0x80 && d >= 0 {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func parseIntASCII(s string, base int) (v Value, ok bool, err error) {
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		pb := 0
		switch s[1] | 0x20 {
		case 'x':
			pb = 16
		case 'o':
			pb = 8
		case 'b':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			base, s, prefixed = pb, s[2:], true
		}
	}
	if base == 0 {
		base = 10
		// Leading zeros are only allowed for zero itself.
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return Null, false, nil
		}
	}
	// Validate: digits with single underscores between them (one may
	// follow the prefix).
	if s == "" {
		return Null, false, nil
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if i+1 == len(s) || s[i+1] == '_' || (i == 0 && !prefixed) {
				return Null, false, nil
			}
			continue
		}
		if digitValue(c) >= base {
			return Null, false, nil
		}
		digits++
	}
	if base&(base-1) != 0 && IntMaxStrDigits > 0 && digits > IntMaxStrDigits {
		return Null, false, Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits, digits)
	}
	// Fast path: accumulate in a uint64 while it cannot overflow.
	var u uint64
	small := true
	for i := 0; i < len(s) && small; i++ {
		if s[i] == '_' {
			continue
		}
		hi, lo := bits.Mul64(u, uint64(base))
		sum, carry := bits.Add64(lo, uint64(digitValue(s[i])), 0)
		if hi != 0 || carry != 0 {
			small = false
		}
		u = sum
	}
	if small {
		if neg {
			if u <= 1<<63 {
				return Int(-int64(u)), true, nil
			}
			return IntFromBig(new(big.Int).Neg(new(big.Int).SetUint64(u))), true, nil
		}
		return IntFromUint64(u), true, nil
	}
	b, ok := new(big.Int).SetString(strings.ReplaceAll(s, "_", ""), base)
	if !ok {
		panic("BUG: validated int literal rejected by math/big")
	}
	if neg {
		b.Neg(b)
	}
	return IntFromBig(b), true, nil
}

// digitValue returns the value of an ASCII digit or letter in bases up to
// 36, or 99.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}
