// hex.go: float.hex and float.fromhex.

package floatfmt

import (
	"math"
	"strconv"
)

// Hex is float.hex(x): "[-]0xH.HHHHHHHHHHHHHp±E" with all 13 fraction
// digits, "0x0.0p+0" for zero, and "inf", "-inf", "nan".
func Hex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	var b []byte
	if math.Signbit(x) {
		b = append(b, '-')
	}
	if x == 0 {
		return string(append(b, "0x0.0p+0"...))
	}
	bits := math.Float64bits(x)
	frac := bits & (1<<52 - 1)
	exp := int(bits>>52&0x7ff) - 1023
	lead := byte('1')
	if exp == -1023 { // subnormal
		lead = '0'
		exp = -1022
	}
	b = append(b, '0', 'x', lead, '.')
	for shift := 48; shift >= 0; shift -= 4 {
		b = append(b, "0123456789abcdef"[frac>>shift&0xf])
	}
	b = append(b, 'p')
	if exp >= 0 {
		b = append(b, '+')
	}
	return string(strconv.AppendInt(b, int64(exp), 10))
}

// FromHex is float.fromhex(s): optional white space, sign and "0x", hex
// digits with an optional point, an optional binary exponent "p[±]digits",
// or inf, infinity or nan in any case. The value is correctly rounded.
func FromHex(s string) (float64, error) {
	invalid := valueError("invalid hexadecimal floating-point string")
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	neg := false
	body := s
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch lower(body) {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), sign(neg)), nil
	case "nan":
		return math.Copysign(quietNaN, sign(neg)), nil
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	// Mantissa: hex digits with at most one point, at least one digit.
	i := 0
	nd := 0
	for i < len(body) && isHex(body[i]) {
		i, nd = i+1, nd+1
	}
	if i < len(body) && body[i] == '.' {
		i++
		for i < len(body) && isHex(body[i]) {
			i, nd = i+1, nd+1
		}
	}
	if nd == 0 {
		return 0, invalid
	}
	mant := body[:i]
	exp := 0
	if i < len(body) && (body[i] == 'p' || body[i] == 'P') {
		i++
		eneg := false
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			eneg = body[i] == '-'
			i++
		}
		start := i
		for i < len(body) && isDigit(body[i]) {
			// Saturate: beyond this the value is 0 or too large anyway.
			if exp < 1<<40 {
				exp = exp*10 + int(body[i]-'0')
			}
			i++
		}
		if i == start {
			return 0, invalid
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(body) {
		return 0, invalid
	}
	// strconv parses Go hex literals ("0x" mantissa "p" exponent) with
	// correct rounding; clamp the exponent to a range it handles exactly.
	exp = max(min(exp, 1<<30), -1<<30)
	lit := make([]byte, 0, len(mant)+16)
	if neg {
		lit = append(lit, '-')
	}
	lit = append(lit, "0x"...)
	if mant[0] == '.' {
		lit = append(lit, '0')
	}
	lit = append(lit, mant...)
	lit = append(lit, 'p')
	lit = strconv.AppendInt(lit, int64(exp), 10)
	v, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		if math.IsInf(v, 0) {
			return 0, &Error{OverflowError, "hexadecimal value too large to represent as a float"}
		}
		if v != 0 {
			panic("BUG: floatfmt.FromHex: " + err.Error())
		}
	}
	return v, nil
}

func sign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
