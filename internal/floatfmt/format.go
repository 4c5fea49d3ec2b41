// format.go: digit generation and PyOS_double_to_string's layout.

package floatfmt

import (
	"math"
	"strconv"
)

// dtoa returns the decimal digits of |x| (finite) without trailing zeros,
// and the position decpt of the decimal point relative to them (the value is
// 0.DIGITS * 10**decpt), like Gay's _Py_dg_dtoa:
//
//	mode 0: the shortest digits that round-trip;
//	mode 2: n >= 1 significant digits, correctly rounded;
//	mode 3: n >= 0 digits after the decimal point, correctly rounded (the
//	        digits may then be empty, with decpt = -n).
//
// Zero gives "0" with decpt 1. buf is scratch space for the digits.
func dtoa(buf []byte, x float64, mode, n int) ([]byte, int) {
	x = math.Abs(x)
	if x == 0 {
		return append(buf[:0], '0'), 1
	}
	if mode == 3 {
		s := strconv.AppendFloat(buf[:0], x, 'f', n, 64)
		// Drop the point, then the leading zeros.
		intLen := len(s)
		if n > 0 {
			intLen = len(s) - n - 1
			copy(s[intLen:], s[intLen+1:])
			s = s[:len(s)-1]
		}
		lead := 0
		for lead < len(s) && s[lead] == '0' {
			lead++
		}
		if lead == len(s) {
			return s[:0], -n
		}
		d := trimZeros(s[lead:])
		return d, intLen - lead
	}
	prec := -1
	if mode == 2 {
		prec = n - 1
	}
	s := strconv.AppendFloat(buf[:0], x, 'e', prec, 64)
	// s is d[.ddd]e±XX.
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp, _ := strconv.Atoi(string(s[e+1:]))
	d := s[:e]
	if len(d) > 1 {
		copy(d[1:], d[2:])
		d = d[:len(d)-1]
	}
	return trimZeros(d), exp + 1
}

func trimZeros(d []byte) []byte {
	for len(d) > 1 && d[len(d)-1] == '0' {
		d = d[:len(d)-1]
	}
	return d
}

// Repr returns repr(x).
func Repr(x float64) string {
	var buf [32]byte
	return string(AppendRepr(buf[:0], x))
}

// AppendRepr appends repr(x) to dst.
func AppendRepr(dst []byte, x float64) []byte {
	return appendDouble(dst, x, 'r', 0, true, false, false)
}

// Format returns x formatted with presentation type typ and precision prec
// (-1 when the spec gives none), as format(x, spec) produces it before
// padding: typ is 0 (no type), 'e', 'E', 'f', 'F', 'g', 'G', 'n' (as 'g':
// the C locale) or '%'; alt is the '#' flag and noNegZero the 'z' flag.
// The same types with prec defaulted to 6 are what %-formatting uses.
func Format(dst []byte, x float64, typ rune, prec int, alt, noNegZero bool) []byte {
	addDot0 := false
	defaultPrec := 6
	code := byte(typ)
	switch typ {
	case 0:
		// No type: repr without precision, else 'g' keeping a digit after
		// the point.
		addDot0 = true
		code = 'r'
		defaultPrec = 0
	case 'n':
		code = 'g'
	case '%':
		code = 'f'
		x *= 100
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		panic("BUG: floatfmt.Format: bad presentation type")
	}
	if prec < 0 {
		prec = defaultPrec
	} else if code == 'r' {
		code = 'g'
	}
	dst = appendDouble(dst, x, code, prec, addDot0, alt, noNegZero)
	if typ == '%' {
		dst = append(dst, '%')
	}
	return dst
}

// appendDouble is PyOS_double_to_string (without Py_DTSF_SIGN): code is
// one of eEfFgGr; 'r' ignores prec.
func appendDouble(dst []byte, x float64, code byte, prec int, addDot0, alt, noNegZero bool) []byte {
	upper := false
	var mode int
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	switch code {
	case 'e':
		mode = 2
		prec++
	case 'f':
		mode = 3
	case 'g':
		mode = 2
		if prec == 0 {
			prec = 1
		}
	case 'r':
		mode = 0
	}
	switch {
	case math.IsNaN(x):
		if upper {
			return append(dst, "NAN"...)
		}
		return append(dst, "nan"...)
	case math.IsInf(x, 0):
		if x < 0 {
			dst = append(dst, '-')
		}
		if upper {
			return append(dst, "INF"...)
		}
		return append(dst, "inf"...)
	}
	var scratch [40]byte
	digits, decpt := dtoa(scratch[:], x, mode, prec)
	if math.Signbit(x) && !(noNegZero && (len(digits) == 0 || len(digits) == 1 && digits[0] == '0')) {
		dst = append(dst, '-')
	}

	// The output is a slice [start, end) of the digits padded with zeros
	// on both sides, with a point at decpt and perhaps an exponent.
	useExp := false
	end := len(digits)
	switch code {
	case 'e':
		useExp = true
		end = prec
	case 'f':
		end = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			end = prec
		}
	case 'r':
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	start := 0
	if decpt <= 0 {
		start = decpt - 1
	}
	if !useExp && addDot0 {
		end = max(end, decpt+1)
	} else {
		end = max(end, decpt)
	}

	n := len(digits)
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-start)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -start)
	}
	if 0 < decpt && decpt <= n {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if n < decpt {
		dst = appendZeros(dst, decpt-n)
		dst = append(dst, '.')
		dst = appendZeros(dst, end-decpt)
	} else {
		dst = appendZeros(dst, end-n)
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}
