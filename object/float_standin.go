package object

// float_standin.go: TEMPORARY stand-ins for internal/floatfmt (branch
// pyalgo) and internal/libm (branch libm), which are not merged yet. Each
// function mirrors one function of those packages (named in its comment)
// with strconv and package math; delete this file when they are merged and
// call them instead (converting *floatfmt.Error into *Exc). math.Pow is
// not bit-identical to glibc's pow, so float ** float may differ from
// CPython in the last bit until libm.FloatPow replaces powFloat.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// powErr mirrors libm.PowErr.
type powErr uint8

const (
	powOK powErr = iota
	powZeroDivision
	powComplex
	powOverflow
)

// powFloat mirrors libm.FloatPow: x**y with float.__pow__'s special cases.
func powFloat(x, y float64) (float64, powErr) {
	isOddInt := func(y float64) bool {
		return math.Abs(y) < 1<<53 && y == math.Trunc(y) && int64(y)&1 == 1
	}
	switch {
	case y == 0:
		return 1, powOK
	case math.IsNaN(x):
		return x, powOK
	case math.IsNaN(y):
		if x == 1 {
			return 1, powOK
		}
		return y, powOK
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return 1, powOK
		}
		if (y > 0) == (ax > 1) {
			return math.Inf(1), powOK
		}
		return 0, powOK
	case math.IsInf(x, 0):
		odd := isOddInt(y)
		if y > 0 {
			if odd {
				return x, powOK
			}
			return math.Abs(x), powOK
		}
		if odd {
			return math.Copysign(0, x), powOK
		}
		return 0, powOK
	case x == 0:
		if y < 0 {
			return 0, powZeroDivision
		}
		if isOddInt(y) {
			return x, powOK
		}
		return 0, powOK
	}
	negate := false
	if x < 0 {
		if y != math.Trunc(y) {
			return 0, powComplex
		}
		x = -x
		negate = isOddInt(y)
	}
	r := 1.0
	if x != 1 {
		r = math.Pow(x, y)
	}
	if negate {
		r = -r
	}
	if math.IsInf(r, 0) {
		return r, powOverflow
	}
	return r, powOK
}

// reprFloat mirrors floatfmt.Repr.
func reprFloat(x float64) string {
	return string(formatFloatDigits(nil, x, 0, -1, false, false))
}

// formatFloatDigits mirrors floatfmt.Format: x with presentation type typ
// (0, e, E, f, F, g, G, n or %) and precision prec (-1: none), before
// padding.
func formatFloatDigits(dst []byte, x float64, typ rune, prec int, alt, noNegZero bool) []byte {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if typ == '%' {
		x *= 100
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		} else if x < 0 {
			dst = append(dst, '-')
		}
		if upper {
			s = strings.ToUpper(s)
		}
		dst = append(dst, s...)
		if typ == '%' {
			dst = append(dst, '%')
		}
		return dst
	}
	code := byte(unicode.ToLower(typ))
	addDot0 := false
	switch typ {
	case 0:
		addDot0 = true
		code = 'r'
		if prec >= 0 {
			code = 'g'
		}
	case 'n':
		code = 'g'
	case '%':
		code = 'f'
	}
	if prec < 0 {
		prec = 6
	}
	var body []byte
	switch code {
	case 'e':
		body = fixExponent(strconv.AppendFloat(nil, x, 'e', prec, 64))
		if alt && prec == 0 {
			body = insertBeforeExp(body, ".")
		}
	case 'f':
		body = strconv.AppendFloat(nil, x, 'f', prec, 64)
		if alt && prec == 0 {
			body = append(body, '.')
		}
	case 'g', 'r':
		p := prec - 1
		limit := prec
		switch {
		case code == 'r':
			p, limit = -1, 16
		case prec == 0:
			p, limit = 0, 1
		}
		if addDot0 && code == 'g' {
			limit = max(prec, 1) - 1
		}
		e := strconv.AppendFloat(nil, x, 'e', p, 64)
		ei := strings.IndexByte(string(e), 'e')
		exp, _ := strconv.Atoi(string(e[ei+1:]))
		if exp < -4 || exp >= limit {
			body = fixExponent(e)
			if !alt {
				body = trimFraction(body)
			} else if !strings.Contains(string(body), ".") {
				body = insertBeforeExp(body, ".")
			}
			break
		}
		if code == 'r' {
			body = strconv.AppendFloat(nil, x, 'f', -1, 64)
		} else {
			body = strconv.AppendFloat(nil, x, 'f', max(p-exp, 0), 64)
		}
		if !alt {
			body = trimFraction(body)
		} else if !strings.Contains(string(body), ".") {
			body = append(body, '.')
		}
		if addDot0 && !strings.Contains(string(body), ".") {
			body = append(body, ".0"...)
		}
	}
	if upper {
		body = []byte(strings.ToUpper(string(body)))
	}
	if noNegZero && body[0] == '-' && strings.Trim(string(body), "-0.%eE+") == "" {
		body = body[1:]
	}
	dst = append(dst, body...)
	if typ == '%' {
		dst = append(dst, '%')
	}
	return dst
}

// fixExponent turns strconv's exponent into CPython's: at least two digits.
func fixExponent(s []byte) []byte {
	i := strings.IndexByte(string(s), 'e')
	if len(s)-i == 3 { // e±d
		return append(s[:i+2:i+2], '0', s[i+2])
	}
	return s
}

func insertBeforeExp(s []byte, ins string) []byte {
	i := strings.IndexByte(string(s), 'e')
	return []byte(string(s[:i]) + ins + string(s[i:]))
}

// trimFraction drops trailing zeros of the fraction, and a bare point.
func trimFraction(s []byte) []byte {
	mant, exp := string(s), ""
	if i := strings.IndexByte(mant, 'e'); i >= 0 {
		mant, exp = mant[:i], mant[i:]
	}
	if strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	return []byte(mant + exp)
}

// parseFloatText mirrors floatfmt.Parse; a bad s gives ok false.
func parseFloatText(s string) (float64, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			b.WriteByte(byte('0' + unicodeDigit(r)))
		default:
			b.WriteRune(r)
		}
	}
	t := strings.TrimSpace(b.String())
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 {
		return 0, false
	}
	switch strings.ToLower(body) {
	case "nan":
		return math.NaN(), true
	case "inf", "infinity":
		if t[0] == '-' {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	}
	// digits [. digits] [e [sign] digits], underscores only between digits.
	clean := make([]byte, 0, len(t))
	clean = append(clean, t[:len(t)-len(body)]...)
	sawDigit, sawExpDigit, inExp, sawPoint := false, false, false, false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c >= '0' && c <= '9':
			if inExp {
				sawExpDigit = true
			} else {
				sawDigit = true
			}
		case c == '_':
			if i == 0 || i+1 == len(body) || !isASCIIDigit(body[i-1]) || !isASCIIDigit(body[i+1]) {
				return 0, false
			}
			continue
		case c == '.' && !sawPoint && !inExp:
			sawPoint = true
		case (c == 'e' || c == 'E') && !inExp && sawDigit:
			inExp = true
			if i+1 < len(body) && (body[i+1] == '+' || body[i+1] == '-') {
				clean = append(clean, c)
				i++
				c = body[i]
			}
		default:
			return 0, false
		}
		clean = append(clean, c)
	}
	if !sawDigit || inExp && !sawExpDigit {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil && !math.IsInf(f, 0) && f != 0 {
		return 0, false
	}
	return f, true
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// unicodeDigit returns the value of a Unicode decimal digit (Nd): the
// digits of each script are contiguous runs starting at a multiple of 16
// or at an offset from one; counting back to the run's zero finds it.
func unicodeDigit(r rune) int {
	d := 0
	for unicode.IsDigit(r-1) && d < 9 {
		r--
		d++
	}
	return d
}

// roundFloat mirrors floatfmt.Round: round(x, ndigits).
func roundFloat(x float64, ndigits int) (float64, error) {
	switch {
	case math.IsInf(x, 0) || math.IsNaN(x) || ndigits > 323:
		return x, nil
	case ndigits < -308:
		return 0.0 * x, nil
	}
	var s string
	if ndigits >= 0 {
		s = strconv.FormatFloat(x, 'f', ndigits, 64)
	} else {
		// Round the exact value to a multiple of 10**-ndigits, ties to even.
		r, _ := new(big.Float).SetFloat64(x).Rat(nil)
		unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
		r.Quo(r, new(big.Rat).SetInt(unit))
		q, rem := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
		switch new(big.Int).Mul(rem.Abs(rem), big.NewInt(2)).Cmp(r.Denom()) {
		case 1:
			q.Add(q, big.NewInt(int64(r.Sign())))
		case 0:
			if q.Bit(0) == 1 {
				q.Add(q, big.NewInt(int64(r.Sign())))
			}
		}
		if q.Sign() == 0 && math.Signbit(x) {
			return math.Copysign(0, -1), nil
		}
		s = q.Mul(q, unit).String()
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && math.IsInf(f, 0) {
		return 0, NewError(OverflowError, "rounded value too large to represent")
	}
	return f, nil
}

// hexFloat mirrors floatfmt.Hex: float.hex(x).
func hexFloat(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	bits := math.Float64bits(x)
	exp := int(bits>>52&0x7ff) - 1023
	mant := bits & (1<<52 - 1)
	lead := "1"
	switch {
	case x == 0:
		return sign + "0x0.0p+0"
	case exp == -1023:
		lead, exp = "0", -1022
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	e := strconv.Itoa(exp)
	if exp >= 0 {
		e = "+" + e
	}
	return sign + "0x" + lead + "." + m + "p" + e
}

// fromHexFloat mirrors floatfmt.FromHex: float.fromhex(s).
func fromHexFloat(s string) (float64, error) {
	invalid := NewError(ValueError, "invalid hexadecimal floating-point string")
	t := strings.TrimSpace(s)
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 || strings.ContainsRune(body, '_') {
		return 0, invalid
	}
	sign := t[:len(t)-len(body)]
	switch strings.ToLower(body) {
	case "inf", "infinity", "nan":
		f, _ := parseFloatText(t)
		return f, nil
	}
	if len(body) > 1 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	if !strings.ContainsAny(body, "pP") {
		body += "p0"
	}
	f, err := strconv.ParseFloat(sign+"0x"+body, 64)
	if err != nil {
		if math.IsInf(f, 0) {
			return 0, NewError(OverflowError, "hexadecimal value too large to represent as a float")
		}
		return 0, invalid
	}
	return f, nil
}

// fmtSpec mirrors floatfmt.Spec: a parsed standard format specifier.
type fmtSpec struct {
	Fill      rune
	Align     byte
	Sign      byte
	NoNegZero bool
	Alternate bool
	Width     int
	Grouping  byte
	Precision int
	Type      rune
}

// parseFormatSpec mirrors floatfmt.ParseSpec.
func parseFormatSpec(spec string, defaultAlign byte, typeName string) (fmtSpec, error) {
	s := fmtSpec{Fill: ' ', Align: defaultAlign, Width: -1, Precision: -1}
	p := []rune(spec)
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	fillGiven, alignGiven := false, false
	if len(p) >= 2 && isAlign(p[1]) {
		s.Fill, s.Align, p = p[0], byte(p[1]), p[2:]
		fillGiven, alignGiven = true, true
	} else if len(p) >= 1 && isAlign(p[0]) {
		s.Align, p = byte(p[0]), p[1:]
		alignGiven = true
	}
	if len(p) >= 1 && (p[0] == ' ' || p[0] == '+' || p[0] == '-') {
		s.Sign, p = byte(p[0]), p[1:]
	}
	if len(p) >= 1 && p[0] == 'z' {
		s.NoNegZero, p = true, p[1:]
	}
	if len(p) >= 1 && p[0] == '#' {
		s.Alternate, p = true, p[1:]
	}
	if !fillGiven && len(p) >= 1 && p[0] == '0' {
		s.Fill = '0'
		if !alignGiven && defaultAlign == '>' {
			s.Align = '='
		}
		p = p[1:]
	}
	readInt := func() (int, bool, error) {
		n, i := 0, 0
		for ; i < len(p) && unicode.IsDigit(p[i]); i++ {
			if n > (math.MaxInt-9)/10 {
				return 0, false, NewError(ValueError, "Too many decimal digits in format string")
			}
			n = n*10 + unicodeDigit(p[i])
		}
		p = p[i:]
		return n, i > 0, nil
	}
	w, ok, err := readInt()
	if err != nil {
		return s, err
	}
	if ok {
		s.Width = w
	}
	if len(p) >= 1 && p[0] == ',' {
		s.Grouping, p = ',', p[1:]
	}
	if len(p) >= 1 && p[0] == '_' {
		if s.Grouping != 0 {
			return s, NewError(ValueError, "Cannot specify both ',' and '_'.")
		}
		s.Grouping, p = '_', p[1:]
	}
	if len(p) >= 1 && p[0] == ',' && s.Grouping == '_' {
		return s, NewError(ValueError, "Cannot specify both ',' and '_'.")
	}
	if len(p) >= 1 && p[0] == '.' {
		p = p[1:]
		if s.Precision, ok, err = readInt(); err != nil {
			return s, err
		} else if !ok {
			return s, NewError(ValueError, "Format specifier missing precision")
		}
	}
	if len(p) > 1 {
		return s, Errorf(ValueError, "Invalid format specifier '%s' for object of type '%.200s'", spec, typeName)
	}
	if len(p) == 1 {
		s.Type = p[0]
	}
	if s.Grouping != 0 {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return s, Errorf(ValueError, "Cannot specify '%c' with %s.", s.Grouping, quoteFormatType(s.Type))
		}
	}
	return s, nil
}

// quoteFormatType renders a presentation type as CPython's messages do.
func quoteFormatType(t rune) string {
	if t > 32 && t < 128 {
		return "'" + string(t) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(t), 16) + "'"
}

// unknownFormatType mirrors floatfmt.UnknownTypeError.
func unknownFormatType(t rune, typeName string) error {
	return Errorf(ValueError, "Unknown format code %s for object of type '%.200s'", quoteFormatType(t), typeName)
}

// appendNumber mirrors floatfmt.Spec.AppendNumber: sign, prefix, the
// leading digits of body grouped (and zero-padded inside the grouping for
// the '0' flag), the rest of body, and fill to the width.
func (s *fmtSpec) appendNumber(dst []byte, negative bool, prefix string, body []byte) []byte {
	hex := s.Type == 'x' || s.Type == 'X'
	n := 0
	for n < len(body) && (isASCIIDigit(body[n]) || hex && digitValue(body[n]) < 16) {
		n++
	}
	digits, rest := body[:n], body[n:]
	sign := ""
	switch {
	case negative:
		sign = "-"
	case s.Sign == '+' || s.Sign == ' ':
		sign = string(s.Sign)
	}
	nonDigit := len(sign) + len(prefix) + utf8.RuneCount(rest)
	minWidth := 0
	if s.Fill == '0' && s.Align == '=' {
		minWidth = s.Width - nonDigit
	}
	var sep byte
	if s.Type != 'n' {
		sep = s.Grouping
	}
	group := 3
	if hex || s.Type == 'b' || s.Type == 'o' {
		group = 4
	}
	// Build the grouped digits right to left.
	var rev []byte
	i := len(digits)
	take := func(l int) {
		for k := 0; k < l; k++ {
			if i > 0 {
				i--
				rev = append(rev, digits[i])
			} else {
				rev = append(rev, '0')
			}
		}
	}
	if sep == 0 {
		take(max(i, minWidth, 1))
	} else {
		for first := true; ; first = false {
			if !first {
				rev = append(rev, sep)
			}
			l := min(group, max(i, minWidth, 1))
			take(l)
			minWidth -= l
			if i <= 0 && minWidth <= 0 {
				break
			}
			minWidth--
		}
	}
	if n == 0 {
		rev = rev[:0]
	}
	padding := s.Width - nonDigit - len(rev)
	var lpad, spad, rpad int
	if padding > 0 {
		switch s.Align {
		case '<':
			rpad = padding
		case '^':
			lpad = padding / 2
			rpad = padding - lpad
		case '=':
			spad = padding
		default:
			lpad = padding
		}
	}
	fill := string(s.Fill)
	dst = append(dst, strings.Repeat(fill, lpad)...)
	dst = append(dst, sign...)
	dst = append(dst, prefix...)
	dst = append(dst, strings.Repeat(fill, spad)...)
	for k := len(rev) - 1; k >= 0; k-- {
		dst = append(dst, rev[k])
	}
	dst = append(dst, rest...)
	return append(dst, strings.Repeat(fill, rpad)...)
}
