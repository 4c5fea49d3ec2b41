package object

// strformat.go: the three ways of formatting text: printf-style %
// (str % args, shared with bytes), str.format / format_map, and
// str.__format__ (the format-spec mini-language for strings).

import (
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/pyrepr"
)

// ---- str.__format__ ----

func strDunderFormat(t *Thread, s *Str, a []Value) (Value, error) {
	spec, ok := a[0].exactStr()
	if !ok {
		return Null, Errorf(TypeError, "__format__() argument must be str, not %s", ArgTypeName(a[0]))
	}
	r, err := FormatStr(s, spec.s)
	if err != nil {
		return Null, err
	}
	return r.AsValue(), nil
}

// FormatStr returns format(s, spec) for a str s.
func FormatStr(s *Str, spec string) (*Str, error) {
	if spec == "" {
		return s.exact(), nil
	}
	sp, err := floatfmt.ParseSpec(spec, '<', "str")
	if err != nil {
		return nil, floatfmtError(err)
	}
	switch {
	case sp.TypeGiven && sp.Type == 0:
		return nil, floatfmtError(floatfmt.UnknownTypeError(0, "str"))
	case sp.Grouping != 0 && sp.Type == 0:
		// CPython parses a str spec with 's' as the default type.
		return nil, Errorf(ValueError, "Cannot specify '%c' with 's'.", sp.Grouping)
	case sp.Type != 0 && sp.Type != 's':
		return nil, floatfmtError(floatfmt.UnknownTypeError(sp.Type, "str"))
	case sp.Sign == ' ':
		return nil, NewError(ValueError, "Space not allowed in string format specifier")
	case sp.Sign != 0:
		return nil, NewError(ValueError, "Sign not allowed in string format specifier")
	case sp.NoNegZero:
		return nil, NewError(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case sp.Alternate:
		return nil, NewError(ValueError, "Alternate form (#) not allowed in string format specifier")
	case sp.Align == '=':
		return nil, NewError(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if sp.Precision >= 0 && sp.Precision < s.length {
		s = s.substr(0, sp.Precision)
	}
	if sp.Width <= s.length {
		return s.exact(), nil
	}
	pad := sp.Width - s.length
	left := 0
	switch sp.Align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	return padStr(s, left, pad-left, string(sp.Fill))
}

// ---- str.format ----

// formatString is fmt.format(*args, **kwargs) (kwargs as name, value
// pairs), or fmt.format_map(mapping) when mapping is not Null.
func formatString(t *Thread, fmt *Str, args []Value, kwargs *Tuple, mapping Value) (Value, error) {
	f := &formatter{t: t, args: args, kwargs: kwargs, mapping: mapping}
	if err := f.format(fmt.s, 2); err != nil {
		return Null, err
	}
	return f.out.str().AsValue(), nil
}

type formatter struct {
	t       *Thread
	args    []Value
	kwargs  *Tuple
	mapping Value
	out     strBuilder
	// autoIndex is the next automatic field number; -1 once a field was
	// numbered manually.
	autoIndex int
	auto      bool
}

func (f *formatter) format(s string, depth int) error {
	if depth <= 0 {
		return NewError(ValueError, "Max string recursion exceeded")
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '}':
			if i+1 < len(s) && s[i+1] == '}' {
				f.out.writeString("}", 1)
				i += 2
				continue
			}
			return NewError(ValueError, "Single '}' encountered in format string")
		case c == '{':
			if i+1 < len(s) && s[i+1] == '{' {
				f.out.writeString("{", 1)
				i += 2
				continue
			}
			if i+1 == len(s) {
				return NewError(ValueError, "Single '{' encountered in format string")
			}
			next, err := f.field(s, i+1, depth)
			if err != nil {
				return err
			}
			i = next
		default:
			j := i
			for j < len(s) && s[j] != '{' && s[j] != '}' {
				j++
			}
			f.out.writeString(s[i:j], countCodePoints(s[i:j]))
			i = j
		}
	}
	return nil
}

// field formats the replacement field starting at s[i] (after its '{')
// and returns the offset after its '}'.
func (f *formatter) field(s string, i, depth int) (int, error) {
	start := i
	for i < len(s) {
		c := s[i]
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '{' {
			return 0, NewError(ValueError, "unexpected '{' in field name")
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
		i++
	}
	if i >= len(s) {
		return 0, NewError(ValueError, "expected '}' before end of string")
	}
	name := s[start:i]
	var conv rune
	if s[i] == '!' {
		i++
		if i >= len(s) {
			return 0, NewError(ValueError, "end of string while looking for conversion specifier")
		}
		r, n := pyrepr.DecodeRune(s[i:])
		conv = r
		i += n
		if i >= len(s) {
			return 0, NewError(ValueError, "unmatched '{' in format spec")
		}
		if s[i] != '}' && s[i] != ':' {
			return 0, NewError(ValueError, "expected ':' after conversion specifier")
		}
	}
	spec := ""
	if s[i] == ':' {
		i++
		specStart, count := i, 1
		for ; i < len(s); i++ {
			if s[i] == '{' {
				count++
			} else if s[i] == '}' {
				if count--; count == 0 {
					break
				}
			}
		}
		if i >= len(s) {
			return 0, NewError(ValueError, "unmatched '{' in format spec")
		}
		spec = s[specStart:i]
	}
	i++ // the closing '}'
	v, err := f.lookup(name)
	if err != nil {
		return 0, err
	}
	switch conv {
	case 0:
	case 'r', 's', 'a':
		var r *Str
		switch conv {
		case 'r':
			r, err = Repr(f.t, v)
		case 's':
			r, err = StrOf(f.t, v)
		default:
			r, err = ASCII(f.t, v)
		}
		if err != nil {
			return 0, err
		}
		v = r.AsValue()
	default:
		return 0, Errorf(ValueError, "Unknown conversion specifier %s", string(conv))
	}
	specStr := NewStr(spec)
	if containsByte(spec, '{') {
		sub := &formatter{t: f.t, args: f.args, kwargs: f.kwargs, mapping: f.mapping, autoIndex: f.autoIndex, auto: f.auto}
		if err := sub.format(spec, depth-1); err != nil {
			return 0, err
		}
		f.autoIndex, f.auto = sub.autoIndex, sub.auto
		specStr = sub.out.str()
	}
	r, err := formatValue(f.t, v, specStr)
	if err != nil {
		return 0, err
	}
	f.out.writeStr(r)
	return i, nil
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// formatValue is format(v, spec), with fast paths for str, int and float.
func formatValue(t *Thread, v Value, spec *Str) (*Str, error) {
	if s, ok := v.exactStr(); ok && v.Type() == StrType {
		return FormatStr(s, spec.s)
	}
	r, err := Format(t, v, spec.AsValue())
	if err != nil {
		return nil, err
	}
	s, _ := r.exactStr()
	return s, nil
}

// parseDecimal parses a field index; ok is false if s is not all digits.
func parseDecimal(s string) (n int, ok bool, err error) {
	if s == "" {
		return 0, false, nil
	}
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return 0, false, nil
		}
		if n > (math.MaxInt-9)/10 {
			return 0, true, NewError(ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true, nil
}

// lookup evaluates a field name: the argument, then .attr and [key].
func (f *formatter) lookup(name string) (Value, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	var v Value
	idx, isIndex, err := parseDecimal(first)
	if err != nil {
		return Null, err
	}
	switch {
	case first == "":
		if f.autoIndex < 0 {
			return Null, NewError(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		f.auto = true
		idx = f.autoIndex
		f.autoIndex++
		isIndex = true
	case isIndex:
		if f.auto {
			return Null, NewError(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.autoIndex = -1
	}
	if isIndex {
		if !f.mapping.IsNull() {
			return Null, NewError(ValueError, "Format string contains positional fields")
		}
		if idx >= len(f.args) {
			return Null, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = f.args[idx]
	} else {
		key := NewStr(first).AsValue()
		if !f.mapping.IsNull() {
			if v, err = GetItem(f.t, f.mapping, key); err != nil {
				return Null, err
			}
		} else {
			found := false
			if f.kwargs != nil {
				for k := 0; k < len(f.kwargs.Items); k += 2 {
					if ks, _ := f.kwargs.Items[k].exactStr(); ks.s == first {
						v, found = f.kwargs.Items[k+1], true
					}
				}
			}
			if !found {
				return Null, NewException(KeyError, key)
			}
		}
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			j := 1
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			attr := rest[1:j]
			if attr == "" {
				return Null, NewError(ValueError, "Empty attribute in format string")
			}
			if v, err = GetAttr(f.t, v, InternStr(NewStr(attr))); err != nil {
				return Null, err
			}
			rest = rest[j:]
		case '[':
			j := 1
			for j < len(rest) && rest[j] != ']' {
				j++
			}
			if j == len(rest) {
				return Null, NewError(ValueError, "Missing ']' in format string")
			}
			keyText := rest[1:j]
			if keyText == "" {
				return Null, NewError(ValueError, "Empty attribute in format string")
			}
			var key Value
			if n, ok, err := parseDecimal(keyText); err != nil {
				return Null, err
			} else if ok {
				key = Int(int64(n))
			} else {
				key = NewStr(keyText).AsValue()
			}
			if v, err = GetItem(f.t, v, key); err != nil {
				return Null, err
			}
			rest = rest[j+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return Null, NewError(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return Null, NewError(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}

// ---- printf-style % ----

// percentFlags are the conversion flags of one % specifier.
type percentFlags struct {
	left, plus, space, alt, zero bool
	width, prec                  int // -1 when absent
}

// percentTarget is what differs between str % args and bytes % args.
type percentTarget interface {
	// convert appends conversion c of v (s, r, a, c, and b for bytes).
	convert(t *Thread, out []byte, c byte, v Value, fl *percentFlags) ([]byte, error)
}

// percentFormat is CPython's PyUnicode_Format / bytes % args over the
// format text (WTF-8 or bytes).
func percentFormat(t *Thread, format string, args Value, target percentTarget, isBytes bool) ([]byte, error) {
	var argList []Value
	argIdx := 0
	single := true
	if tup, ok := args.AsTuple(); ok {
		argList, single = tup.Items, false
	} else {
		argList = []Value{args}
	}
	var dict Value
	if !single {
		dict = Null
	} else if _, isStr := args.exactStr(); !isStr && args.Type().GetItem != nil && !isBytesLike(args) {
		dict = args
	}
	nextArg := func() (Value, error) {
		if argIdx >= len(argList) {
			return Null, NewError(TypeError, "not enough arguments for format string")
		}
		argIdx++
		return argList[argIdx-1], nil
	}
	out := make([]byte, 0, len(format)+16)
	for i := 0; i < len(format); {
		if format[i] != '%' {
			j := i
			for j < len(format) && format[j] != '%' {
				j++
			}
			out = append(out, format[i:j]...)
			i = j
			continue
		}
		i++
		var v Value
		usedKey := false
		if i < len(format) && format[i] == '(' {
			if dict.IsNull() {
				return nil, NewError(TypeError, "format requires a mapping")
			}
			depth, j := 1, i+1
			for j < len(format) && depth > 0 {
				switch format[j] {
				case '(':
					depth++
				case ')':
					depth--
				}
				j++
			}
			if depth > 0 {
				return nil, NewError(ValueError, "incomplete format key")
			}
			var key Value
			if isBytes {
				key = NewBytes([]byte(format[i+1 : j-1]))
			} else {
				key = NewStr(format[i+1 : j-1]).AsValue()
			}
			var err error
			if v, err = GetItem(t, dict, key); err != nil {
				return nil, err
			}
			usedKey = true
			argList, argIdx = nil, 0
			i = j
		}
		fl := percentFlags{width: -1, prec: -1}
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				fl.left = true
			case '+':
				fl.plus = true
			case ' ':
				fl.space = true
			case '#':
				fl.alt = true
			case '0':
				fl.zero = true
			default:
				break flags
			}
		}
		readNum := func(what string) (int, error) {
			if i < len(format) && format[i] == '*' {
				i++
				a, err := nextArg()
				if err != nil {
					return 0, err
				}
				if _, _, ok := intOperand(a); !ok {
					return 0, NewError(TypeError, "* wants int")
				}
				n, ok := AsInt64(a)
				if !ok || n > math.MaxInt32 || n < -math.MaxInt32 {
					return 0, Errorf(ValueError, "%s too big", what)
				}
				return int(n), nil
			}
			n := -1
			for i < len(format) && isASCIIDigit(format[i]) {
				if n < 0 {
					n = 0
				}
				n = n*10 + int(format[i]-'0')
				if n > math.MaxInt32 {
					return 0, Errorf(ValueError, "%s too big", what)
				}
				i++
			}
			return n, nil
		}
		starWidth := i < len(format) && format[i] == '*'
		w, err := readNum("width")
		if err != nil {
			return nil, err
		}
		if starWidth && w < 0 {
			fl.left, w = true, -w
		}
		fl.width = w
		if i < len(format) && format[i] == '.' {
			i++
			p, err := readNum("precision")
			if err != nil {
				return nil, err
			}
			fl.prec = max(p, 0)
		}
		if i >= len(format) {
			return nil, NewError(ValueError, "incomplete format")
		}
		c := format[i]
		i++
		if c == '%' {
			out = append(out, '%')
			continue
		}
		if !usedKey {
			if v, err = nextArg(); err != nil {
				return nil, err
			}
		}
		switch c {
		case 'd', 'i', 'u', 'o', 'x', 'X':
			out, err = percentInt(t, out, c, v, &fl)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			out, err = percentFloat(t, out, c, v, &fl)
		default:
			out, err = target.convert(t, out, c, v, &fl)
			if err == errBadConversion {
				r, _ := pyrepr.DecodeRune(format[i-1:])
				pos := i - 1
				if !isBytes {
					pos = countCodePoints(format[:i-1])
				}
				// CPython shows a str's character when printable ASCII
				// (or 0x1f), else '?'; a byte as it is, and fails to
				// format one of 0x80 or more (a negative C char).
				shown := "?"
				if isBytes {
					r, shown = rune(c), string(rune(c))
					if c >= 0x80 {
						return nil, NewError(OverflowError, "character argument not in range(0x110000)")
					}
				} else if r >= 31 && r <= 126 {
					shown = string(r)
				}
				return nil, Errorf(ValueError, "unsupported format character '%s' (0x%x) at index %d", shown, r, pos)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	if argIdx < len(argList) && dict.IsNull() {
		if isBytes {
			return nil, NewError(TypeError, "not all arguments converted during bytes formatting")
		}
		return nil, NewError(TypeError, "not all arguments converted during string formatting")
	}
	return out, nil
}

// errBadConversion reports an unknown conversion character to
// percentFormat, which builds the message.
var errBadConversion = NewError(ValueError, "unsupported format character")

// padField appends sign, prefix and body padded to fl.width (counting
// bodyLen code points for body); zeroPad puts zeros after the prefix.
func padField(out []byte, sign, prefix string, body []byte, bodyLen int, fl *percentFlags, zeroPad bool) []byte {
	n := len(sign) + len(prefix) + bodyLen
	pad := max(fl.width-n, 0)
	switch {
	case fl.left:
		out = append(append(append(out, sign...), prefix...), body...)
		for range pad {
			out = append(out, ' ')
		}
	case zeroPad && fl.zero:
		out = append(append(out, sign...), prefix...)
		for range pad {
			out = append(out, '0')
		}
		out = append(out, body...)
	default:
		for range pad {
			out = append(out, ' ')
		}
		out = append(append(append(out, sign...), prefix...), body...)
	}
	return out
}

func numberSign(neg bool, fl *percentFlags) string {
	switch {
	case neg:
		return "-"
	case fl.plus:
		return "+"
	case fl.space:
		return " "
	}
	return ""
}

func percentInt(t *Thread, out []byte, c byte, v Value, fl *percentFlags) ([]byte, error) {
	i, b, ok := intOperand(v)
	if !ok {
		hasNumber := v.Type().Index != nil || v.Type().Int != nil || v.Type().Float != nil
		if !hasNumber {
			if c == 'd' || c == 'i' || c == 'u' {
				return nil, Errorf(TypeError, "%%%c format: a real number is required, not %s", c, v.Type().tpName())
			}
			return nil, Errorf(TypeError, "%%%c format: an integer is required, not %s", c, v.Type().tpName())
		}
		var iv Value
		var err error
		if c == 'd' || c == 'i' || c == 'u' {
			iv, err = IntOf(t, v)
		} else {
			if v.Type().Index == nil {
				return nil, Errorf(TypeError, "%%%c format: an integer is required, not %s", c, v.Type().tpName())
			}
			iv, err = Index(t, v)
		}
		if err != nil {
			return nil, err
		}
		i, b, _ = intOperand(iv)
	}
	base := 10
	prefix := ""
	switch c {
	case 'o':
		base = 8
		if fl.alt {
			prefix = "0o"
		}
	case 'x', 'X':
		base = 16
		if fl.alt {
			prefix = "0" + string(c)
		}
	}
	var digits []byte
	neg := false
	if b == nil {
		neg = i < 0
		u := uint64(i)
		if neg {
			u = -u
		}
		digits = strconv.AppendUint(nil, u, base)
	} else {
		neg = b.Sign() < 0
		digits = new(big.Int).Abs(b).Append(nil, base)
	}
	if c == 'X' {
		for k, d := range digits {
			if 'a' <= d && d <= 'f' {
				digits[k] = d - 32
			}
		}
	}
	for len(digits) < fl.prec {
		digits = append([]byte{'0'}, digits...)
	}
	return padField(out, numberSign(neg, fl), prefix, digits, len(digits), fl, true), nil
}

func percentFloat(t *Thread, out []byte, c byte, v Value, fl *percentFlags) ([]byte, error) {
	x, ok := AsFloat64(v)
	if !ok {
		if v.Type().Float == nil && v.Type().Index == nil {
			if _, _, isInt := intOperand(v); !isInt {
				return nil, Errorf(TypeError, "must be real number, not %s", v.Type().tpName())
			}
		}
		var err error
		if x, err = ToFloat(t, v); err != nil {
			return nil, err
		}
	}
	prec := fl.prec
	if prec < 0 {
		prec = 6
	}
	body := floatfmt.Format(nil, x, rune(c), prec, fl.alt, false)
	neg := body[0] == '-'
	if neg {
		body = body[1:]
	}
	return padField(out, numberSign(neg, fl), "", body, len(body), fl, true), nil
}

// strPercent is the str side of percentFormat.
type strPercent struct{}

func (strPercent) convert(t *Thread, out []byte, c byte, v Value, fl *percentFlags) ([]byte, error) {
	var s *Str
	var err error
	switch c {
	case 's':
		s, err = StrOf(t, v)
	case 'r':
		s, err = Repr(t, v)
	case 'a':
		s, err = ASCII(t, v)
	case 'c':
		if cs, ok := v.exactStr(); ok {
			if cs.length != 1 {
				return nil, NewError(TypeError, "%c requires int or char")
			}
			s = cs
			break
		}
		if _, _, ok := intOperand(v); !ok {
			if v.Type().Index == nil {
				return nil, NewError(TypeError, "%c requires int or char")
			}
		}
		iv, err := Index(t, v)
		if err != nil {
			return nil, err
		}
		n, ok := AsInt64(iv)
		if !ok || n < 0 || n > utf8.MaxRune {
			return nil, NewError(OverflowError, "%c arg not in range(0x110000)")
		}
		s = runeStr(rune(n))
	default:
		return nil, errBadConversion
	}
	if err != nil {
		return nil, err
	}
	if fl.prec >= 0 && fl.prec < s.length && c != 'c' {
		s = s.substr(0, fl.prec)
	}
	return padField(out, "", "", []byte(s.s), s.length, fl, false), nil
}

// strPercentFormat is str % args.
func strPercentFormat(t *Thread, format *Str, args Value) (Value, error) {
	b, err := percentFormat(t, format.s, args, strPercent{}, false)
	if err != nil {
		return Null, err
	}
	return newStrBytes(b).AsValue(), nil
}
