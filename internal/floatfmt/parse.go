// parse.go: float(str) and float(bytes).

package floatfmt

import (
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// decimalValue returns the value of a Unicode decimal digit (category Nd),
// or -1. Unicode assigns decimal digits only in runs of ten, 0 to 9, so the
// value is the distance from the start of the run.
func decimalValue(r rune) int {
	if '0' <= r && r <= '9' {
		return int(r - '0')
	}
	if r < utf8.RuneSelf || !unicode.IsDigit(r) {
		return -1
	}
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int(r-start) % 10
}

// Parse is float(s) for a str: s is UTF-8. As CPython does, non-ASCII
// decimal digits count as their ASCII digits and non-ASCII white space as a
// space; then leading and trailing white space is stripped, and the rest
// must be a decimal literal (underscores allowed between digits), or
// "inf", "infinity" or "nan" in any case, with an optional sign. Out of
// range values become ±inf or ±0. A bad s gives [ErrInvalidFloat].
func Parse(s string) (float64, error) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return parseUnicode(s)
		}
	}
	return parseASCII(s)
}

// ParseBytes is float(b) for bytes: only ASCII is accepted.
func ParseBytes(b []byte) (float64, error) {
	return parseASCII(string(b))
}

func parseUnicode(s string) (float64, error) {
	buf := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			buf = append(buf, byte(r))
		case unicode.IsSpace(r):
			buf = append(buf, ' ')
		default:
			d := decimalValue(r)
			if d < 0 {
				return 0, ErrInvalidFloat
			}
			buf = append(buf, byte('0'+d))
		}
	}
	return parseASCII(string(buf))
}

// quietNaN is the NaN CPython's float('nan') has (math.NaN() has other
// payload bits).
var quietNaN = math.Float64frombits(0x7ff8000000000000)

func isSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

func parseASCII(s string) (float64, error) {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	body := s
	neg := false
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	if len(body) > 0 && !isDigit(body[0]) && body[0] != '.' {
		var v float64
		switch lower(body) {
		case "inf", "infinity":
			v = math.Inf(1)
		case "nan":
			v = quietNaN
		default:
			return 0, ErrInvalidFloat
		}
		if neg {
			v = -v
		}
		return v, nil
	}
	underscores, ok := validDecimal(body)
	if !ok {
		return 0, ErrInvalidFloat
	}
	if underscores {
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] != '_' {
				b = append(b, s[i])
			}
		}
		s = string(b)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && err.(*strconv.NumError).Err != strconv.ErrRange {
		panic("BUG: floatfmt: strconv rejected a validated literal " + s)
	}
	return v, nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lower returns s in ASCII lower case if it is short enough to be "inf",
// "infinity" or "nan", else "".
func lower(s string) string {
	if len(s) > 8 {
		return ""
	}
	var b [8]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b[:len(s)])
}

// validDecimal reports whether s (no sign) is digits [. digits] [e [sign]
// digits] with at least one mantissa digit, where '_' may stand only
// between two digits.
func validDecimal(s string) (underscores, ok bool) {
	i := 0
	digits := func() int {
		start := i
		for i < len(s) {
			if isDigit(s[i]) {
				i++
			} else if s[i] == '_' && i > start && i+1 < len(s) && isDigit(s[i+1]) {
				underscores = true
				i++
			} else {
				break
			}
		}
		return i - start
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false, false
		}
	}
	return underscores, i == len(s)
}
