package object

// numfmt.go: __format__ for int, float and complex: the format-spec
// mini-language of numbers (presentation types, sign, '#', '0', width,
// grouping, 'z').

import (
	"bytes"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/adderpy/adder/internal/floatfmt"
)

// formatSpecArg checks the argument of the __format__ method qualName and
// returns the
// spec text.
func formatSpecArg(qualName string, args []Value, kwnames *Tuple) (string, error) {
	if err := CheckMethodArity(qualName, args[1:], kwnames, 1, 1); err != nil {
		return "", err
	}
	s, ok := args[1].AsStr()
	if !ok {
		return "", Errorf(TypeError, "__format__() argument must be str, not %s", ArgTypeName(args[1]))
	}
	return s.String(), nil
}

// intFormatMethod is int.__format__(spec).
func intFormatMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	spec, err := formatSpecArg("int.__format__", args, kwnames)
	if err != nil {
		return Null, err
	}
	if spec == "" {
		s, err := StrOf(t, args[0])
		if err != nil {
			return Null, err
		}
		return s.AsValue(), nil
	}
	s, err := FormatInt(args[0], spec)
	if err != nil {
		return Null, err
	}
	return StrValue(s), nil
}

// FormatInt returns format(v, spec) for an int v (or bool, or
// int-subclass instance) and a non-empty spec.
func FormatInt(v Value, spec string) (string, error) {
	s, err := floatfmt.ParseSpec(spec, '>', v.Type().Name)
	if err != nil {
		return "", floatfmtError(err)
	}
	base := 10
	switch s.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := intToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(x, &s)
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	case 'd', 'n', 'c':
	case 0:
		if s.TypeGiven { // NUL: the default type of float, not of int
			return "", floatfmtError(floatfmt.UnknownTypeError(0, v.Type().Name))
		}
	default:
		return "", floatfmtError(floatfmt.UnknownTypeError(s.Type, v.Type().Name))
	}
	if s.Precision >= 0 {
		return "", NewError(ValueError, "Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return "", NewError(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	i, b, _ := intOperand(v)
	var scratch [80]byte
	if s.Type == 'c' {
		if s.Sign != 0 {
			return "", NewError(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if s.Alternate {
			return "", NewError(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if b != nil {
			return "", NewError(OverflowError, "Python int too large to convert to C long")
		}
		if i < 0 || i > utf8.MaxRune {
			return "", NewError(OverflowError, "%c arg not in range(0x110000)")
		}
		body := appendWTF8(scratch[:0], rune(i)) // a lone surrogate is a character too
		return string(s.AppendNumber(nil, false, "", body)), nil
	}
	var body []byte
	neg := false
	switch {
	case b == nil:
		neg = i < 0
		body = strconv.AppendUint(scratch[:0], uint64(abs64(i)), base)
	case base == 10:
		d, err := bigToDecimal(new(big.Int).Abs(b))
		if err != nil {
			return "", err
		}
		neg, body = b.Sign() < 0, []byte(d)
	default:
		neg, body = b.Sign() < 0, new(big.Int).Abs(b).Append(scratch[:0], base)
	}
	prefix := ""
	if s.Alternate && base != 10 {
		prefix = "0" + string(rune(s.Type))
	}
	if s.Type == 'X' {
		for k, c := range body {
			if 'a' <= c && c <= 'f' {
				body[k] = c - 'a' + 'A'
			}
		}
	}
	return string(s.AppendNumber(nil, neg, prefix, body)), nil
}

// formatFloatSpec lays out x as the parsed spec s asks.
func formatFloatSpec(x float64, s *floatfmt.Spec) (string, error) {
	if s.Precision > math.MaxInt32 && (s.Type == 0 || strings.ContainsRune("eEfFgGn%", s.Type)) {
		return "", NewError(ValueError, "precision too big")
	}
	var buf [64]byte
	b, err := floatfmt.FormatSpec(buf[:0], x, s)
	if err != nil {
		return "", floatfmtError(err)
	}
	return string(b), nil
}

// FormatFloat returns format(x, spec) for a float x and a non-empty spec.
func FormatFloat(x float64, spec string) (string, error) {
	s, err := floatfmt.ParseSpec(spec, '>', "float")
	if err != nil {
		return "", floatfmtError(err)
	}
	return formatFloatSpec(x, &s)
}

// floatFormatMethod is float.__format__(spec).
func floatFormatMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	spec, err := formatSpecArg("float.__format__", args, kwnames)
	if err != nil {
		return Null, err
	}
	if spec == "" {
		s, err := StrOf(t, args[0])
		if err != nil {
			return Null, err
		}
		return s.AsValue(), nil
	}
	x, _ := AsFloat64(args[0])
	s, err := FormatFloat(x, spec)
	if err != nil {
		return Null, err
	}
	return StrValue(s), nil
}

// complexFormatMethod is complex.__format__(spec).
func complexFormatMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	spec, err := formatSpecArg("complex.__format__", args, kwnames)
	if err != nil {
		return Null, err
	}
	if spec == "" {
		s, err := StrOf(t, args[0])
		if err != nil {
			return Null, err
		}
		return s.AsValue(), nil
	}
	c, _ := AsComplex(args[0])
	s, err := FormatComplex(c, spec)
	if err != nil {
		return Null, err
	}
	return StrValue(s), nil
}

// FormatComplex returns format(c, spec) for a non-empty spec: each part
// formatted as a float, "(re+imj)" with parentheses when there is no
// presentation type, the whole padded to the width.
func FormatComplex(c complex128, spec string) (string, error) {
	s, err := floatfmt.ParseSpec(spec, '>', "complex")
	if err != nil {
		return "", floatfmtError(err)
	}
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", floatfmtError(floatfmt.UnknownTypeError(s.Type, "complex"))
	}
	if s.Precision > math.MaxInt32 {
		return "", NewError(ValueError, "precision too big")
	}
	if s.Fill == '0' {
		return "", NewError(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if s.Align == '=' {
		return "", NewError(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	noType := s.Type == 0
	skipRe := noType && re == 0 && !math.Signbit(re)
	part := func(x float64) []byte {
		if noType && s.Precision < 0 {
			if s.NoNegZero && x == 0 {
				x = 0
			}
			r := []byte(reprFloatNoDot0(x))
			if s.Alternate && !math.IsInf(x, 0) && !math.IsNaN(x) && !bytes.ContainsRune(r, '.') {
				// The alternate form keeps the point: "1.", "1.e+16".
				i := bytes.IndexByte(r, 'e')
				if i < 0 {
					i = len(r)
				}
				r = append(r[:i], append([]byte{'.'}, r[i:]...)...)
			}
			return r
		}
		typ := s.Type
		if noType {
			typ = 'g'
		}
		return floatfmt.Format(nil, x, typ, s.Precision, s.Alternate, s.NoNegZero)
	}
	layout := func(dst []byte, body []byte, sign byte) []byte {
		ps := s
		ps.Width, ps.Sign, ps.Fill, ps.Align = -1, sign, ' ', '>'
		neg := body[0] == '-'
		if neg {
			body = body[1:]
		}
		return ps.AppendNumber(dst, neg, "", body)
	}
	var out []byte
	if noType && !skipRe {
		out = append(out, '(')
	}
	imSign := byte('+')
	if skipRe {
		imSign = s.Sign
	} else {
		out = layout(out, part(re), s.Sign)
	}
	out = layout(out, part(im), imSign)
	out = append(out, 'j')
	if noType && !skipRe {
		out = append(out, ')')
	}
	whole := floatfmt.Spec{Fill: s.Fill, Align: s.Align, Width: s.Width, Precision: -1, Type: 's'}
	return string(whole.AppendNumber(nil, false, "", out)), nil
}
