// spec.go: the format-spec mini-language: parsing and number layout.

package floatfmt

import (
	"fmt"
	"math"
	"unicode/utf8"
)

// Spec is a parsed standard format specifier
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
type Spec struct {
	Fill      rune // fill character; ' ' unless given (or '0' by the 0 flag)
	Align     byte // '<', '>', '=' or '^' (the default when not given)
	Sign      byte // '+', '-', ' ', or 0 when not given
	NoNegZero bool // the 'z' flag
	Alternate bool // the '#' flag
	Width     int  // minimum width, -1 when not given
	Grouping  byte // ',' or '_', or 0 for none
	Precision int  // -1 when not given
	Type      rune // presentation type, 0 when not given
	TypeGiven bool // a type was given (it may be NUL, float's default type but no other's)
}

// ParseSpec parses spec as CPython's parse_internal_render_format_spec
// does. defaultAlign is '>' for numbers and '<' for strings; typeName names
// the formatted object's type in the "Invalid format specifier" message.
// It accepts every type letter: the caller rejects the ones its type does
// not support (see [UnknownTypeError]).
func ParseSpec(spec string, defaultAlign byte, typeName string) (Spec, error) {
	s := Spec{Fill: ' ', Align: defaultAlign, Width: -1, Precision: -1}
	cps := make([]rune, 0, len(spec))
	for i := 0; i < len(spec); {
		r, n := decodeWTF8(spec[i:])
		cps = append(cps, r)
		i += n
	}
	p := cps
	fillGiven, alignGiven := false, false
	if len(p) >= 2 && isAlign(p[1]) {
		s.Fill, s.Align = p[0], byte(p[1])
		fillGiven, alignGiven = true, true
		p = p[2:]
	} else if len(p) >= 1 && isAlign(p[0]) {
		s.Align = byte(p[0])
		alignGiven = true
		p = p[1:]
	}
	if len(p) >= 1 && (p[0] == ' ' || p[0] == '+' || p[0] == '-') {
		s.Sign = byte(p[0])
		p = p[1:]
	}
	if len(p) >= 1 && p[0] == 'z' {
		s.NoNegZero = true
		p = p[1:]
	}
	if len(p) >= 1 && p[0] == '#' {
		s.Alternate = true
		p = p[1:]
	}
	if !fillGiven && len(p) >= 1 && p[0] == '0' {
		s.Fill = '0'
		if !alignGiven && defaultAlign == '>' {
			s.Align = '='
		}
		p = p[1:]
	}
	var ok bool
	var err error
	if s.Width, p, ok, err = readInt(p); err != nil {
		return s, err
	} else if !ok {
		s.Width = -1
	}
	if len(p) >= 1 && p[0] == ',' {
		s.Grouping = ','
		p = p[1:]
	}
	if len(p) >= 1 && p[0] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		p = p[1:]
	}
	if len(p) >= 1 && p[0] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if len(p) >= 1 && p[0] == '.' {
		if s.Precision, p, ok, err = readInt(p[1:]); err != nil {
			return s, err
		} else if !ok {
			return s, valueError("Format specifier missing precision")
		}
	}
	if len(p) > 1 {
		return s, valueError(fmt.Sprintf("Invalid format specifier '%s' for object of type '%.200s'", spec, typeName))
	}
	if len(p) == 1 {
		s.Type, s.TypeGiven = p[0], true
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
			return s, valueError(fmt.Sprintf("Cannot specify '%c' with %s.", s.Grouping, quoteType(s.Type)))
		}
	}
	return s, nil
}

// decodeWTF8 decodes the first code point of s, which is UTF-8 but for
// lone surrogates, encoded as UTF-8 encodes other code points (as a str
// holds them).
func decodeWTF8(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, n
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// quoteType renders a presentation type as CPython's messages do.
func quoteType(t rune) string {
	if t > 32 && t < 128 {
		return fmt.Sprintf("'%c'", t)
	}
	return fmt.Sprintf("'\\x%x'", t)
}

// UnknownTypeError is the error for a presentation type that a value of
// type typeName does not support.
func UnknownTypeError(t rune, typeName string) error {
	return valueError(fmt.Sprintf("Unknown format code %s for object of type '%.200s'", quoteType(t), typeName))
}

// readInt reads a decimal integer (any Unicode decimal digits) at the start
// of p; ok reports whether there was one.
func readInt(p []rune) (n int, rest []rune, ok bool, err error) {
	i := 0
	for ; i < len(p); i++ {
		d := decimalValue(p[i])
		if d < 0 {
			break
		}
		if n > (math.MaxInt-d)/10 {
			return 0, p, false, valueError("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, p[i:], i > 0, nil
}

// FormatSpec is format(x, spec) for a parsed spec: the type is checked,
// the number formatted by [Format] and laid out by [Spec.AppendNumber].
func FormatSpec(dst []byte, x float64, s *Spec) ([]byte, error) {
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return dst, UnknownTypeError(s.Type, "float")
	}
	var scratch [64]byte
	body := Format(scratch[:0], x, s.Type, s.Precision, s.Alternate, s.NoNegZero)
	neg := len(body) > 0 && body[0] == '-'
	if neg {
		body = body[1:]
	}
	return s.AppendNumber(dst, neg, "", body), nil
}

// codePoints counts the code points of b, UTF-8 in which a lone surrogate
// is encoded as any other code point (WTF-8), as Python strs are held.
func codePoints(b []byte) int {
	n := utf8.RuneCount(b)
	for i := 0; i+2 < len(b); i++ {
		if b[i] == 0xED && b[i+1] >= 0xA0 && b[i+1] <= 0xBF {
			n -= 2 // three invalid bytes for utf8, one surrogate for Python
			i += 2
		}
	}
	return n
}

// AppendNumber appends a number laid out as the spec asks (CPython's
// calc_number_widths and fill_number): sign, prefix (such as "0x"), the
// leading decimal digits of body grouped as the spec asks (zero-padded
// inside the grouping when the fill is '0' and the alignment '='), then a
// '.' and the rest of body, and fill to the width. body holds no sign; it
// is digits, perhaps followed by '.', fraction, exponent or '%' (or starts
// with none, as "inf" does); for types x and X the digits include the hex
// letters. Grouping is by 4 for types b, o, x and X, by 3 otherwise, and
// never for type 'n' (the C locale). The rest of body may be any UTF-8
// text, lone surrogates included (a character of type 'c'); it counts by
// code points in the width.
func (s *Spec) AppendNumber(dst []byte, negative bool, prefix string, body []byte) []byte {
	hex := s.Type == 'x' || s.Type == 'X'
	nDigits := 0
	for nDigits < len(body) && (isDigit(body[nDigits]) || hex && isHex(body[nDigits])) {
		nDigits++
	}
	rest := body[nDigits:]
	hasDecimal := len(rest) > 0 && rest[0] == '.'
	if hasDecimal {
		rest = rest[1:]
	}
	var sign byte
	switch {
	case negative:
		sign = '-'
	case s.Sign == '+' || s.Sign == ' ':
		sign = s.Sign
	}
	nonDigit := len(prefix) + codePoints(rest)
	if sign != 0 {
		nonDigit++
	}
	if hasDecimal {
		nonDigit++
	}
	minWidth := 0
	if s.Fill == '0' && s.Align == '=' {
		minWidth = s.Width - nonDigit
	}
	var sep byte
	group := 3
	if s.Type != 'n' {
		sep = s.Grouping
	}
	switch s.Type {
	case 'b', 'o', 'x', 'X':
		group = 4
	}
	var gbuf [64]byte
	var grouped []byte
	if nDigits > 0 {
		grouped = appendGroupedReversed(gbuf[:0], body[:nDigits], minWidth, sep, group)
	}
	padding := s.Width - nonDigit - len(grouped)
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
	dst = appendFill(dst, s.Fill, lpad)
	if sign != 0 {
		dst = append(dst, sign)
	}
	dst = append(dst, prefix...)
	dst = appendFill(dst, s.Fill, spad)
	for i := len(grouped) - 1; i >= 0; i-- {
		dst = append(dst, grouped[i])
	}
	if hasDecimal {
		dst = append(dst, '.')
	}
	dst = append(dst, rest...)
	return appendFill(dst, s.Fill, rpad)
}

// appendGroupedReversed appends digits, right to left, with a separator
// every group digits and zeros on the left up to minWidth characters, as
// CPython's _PyUnicode_InsertThousandsGrouping does (sep 0: no grouping).
func appendGroupedReversed(dst, digits []byte, minWidth int, sep byte, group int) []byte {
	remaining := len(digits)
	pos := len(digits)
	take := func(l int, useSep bool) {
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		if useSep {
			dst = append(dst, sep)
		}
		for i := 0; i < nChars; i++ {
			pos--
			dst = append(dst, digits[pos])
		}
		for i := 0; i < nZeros; i++ {
			dst = append(dst, '0')
		}
		remaining -= nChars
	}
	if sep == 0 {
		take(max(remaining, minWidth, 1), false)
		return dst
	}
	for first := true; ; first = false {
		l := min(group, max(remaining, minWidth, 1))
		take(l, !first)
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			return dst
		}
		minWidth-- // the separator
	}
}

func appendFill(dst []byte, fill rune, n int) []byte {
	for ; n > 0; n-- {
		dst = utf8.AppendRune(dst, fill)
	}
	return dst
}
