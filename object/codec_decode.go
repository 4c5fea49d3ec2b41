package object

// codec_decode.go: the decoders of the built-in codecs. A decoder reports
// each undecodable range to its error handler and resumes where the
// handler says. When final is false (incremental decoding) an incomplete
// sequence at the end of the input is left unconsumed instead.

import (
	"bytes"
	"unicode/utf8"

	"github.com/adderpy/adder/internal/utf8err"
)

// decoder is the state of one Decode call.
type decoder struct {
	t         *Thread
	c         *Codec
	data      []byte
	errors    string
	handler   errorHandler
	handlerFn Value
	resolved  bool
	sb        strBuilder
}

// bad runs the error handler on data[start:end] and returns where to
// resume.
func (d *decoder) bad(start, end int, reason string) (int, error) {
	if !d.resolved {
		var err error
		if d.handler, d.handlerFn, err = resolveHandler(d.errors); err != nil {
			return 0, err
		}
		d.resolved = true
	}
	e := codecError{codec: d.c, errName: d.c.errName, data: d.data, start: start, end: end, reason: reason}
	r, err := e.handle(d.t, d.handler, d.handlerFn)
	if err != nil {
		return 0, err
	}
	for _, x := range r.repl {
		d.sb.writeRune(x)
	}
	return r.next, nil
}

// Decode returns data decoded with c and the named error handler, and how
// many bytes it consumed (all of them when final).
func (c *Codec) Decode(t *Thread, data []byte, errors string, final bool) (*Str, int, error) {
	switch {
	case c.kind == kindUTF8 || c.kind == kindASCII || c.kind == kindLatin1 || c.kind == kindCharmap && c.charmap.tables().asciiIdentity:
		ascii := true
		for _, b := range data {
			if b >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		if ascii {
			return newStrLen(string(data), len(data)), len(data), nil
		}
		if c.kind == kindUTF8 && utf8.Valid(data) {
			return NewStr(string(data)), len(data), nil
		}
	}
	d := decoder{t: t, c: c, data: data, errors: errors}
	var n int
	var err error
	switch c.kind {
	case kindASCII, kindLatin1, kindCharmap:
		n, err = d.singleByte()
	case kindUTF8, kindUTF8Sig:
		n, err = d.utf8(final)
	case kindUTF16:
		n, err = d.utf16or32(2, final)
	case kindUTF32:
		n, err = d.utf16or32(4, final)
	case kindUnicodeEscape:
		n, err = d.unicodeEscape(final, false)
	case kindRawUnicodeEscape:
		n, err = d.unicodeEscape(final, true)
	}
	if err != nil {
		return nil, 0, err
	}
	return d.sb.str(), n, nil
}

func (d *decoder) singleByte() (int, error) {
	var table *[256]rune
	if d.c.kind == kindCharmap {
		table = &d.c.charmap.tables().runes
	}
	for i := 0; i < len(d.data); {
		b := d.data[i]
		r := rune(b)
		if table != nil {
			r = table[b]
		}
		switch {
		case d.c.kind == kindASCII && b >= 0x80:
			r = -1
		case r == 0xFFFE:
			r = -1
		}
		if r >= 0 {
			d.sb.writeRune(r)
			i++
			continue
		}
		reason := "ordinal not in range(128)"
		if d.c.kind == kindCharmap {
			reason = "character maps to <undefined>"
		}
		next, err := d.bad(i, i+1, reason)
		if err != nil {
			return 0, err
		}
		i = next
	}
	return len(d.data), nil
}

func (d *decoder) utf8(final bool) (int, error) {
	data := d.data
	i := 0
	if d.c.kind == kindUTF8Sig {
		if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			i = 3
		}
	}
	for i < len(data) {
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || n > 1 {
			d.sb.writeString(string(data[i:i+n]), 1)
			i += n
			continue
		}
		n, reason := utf8err.Classify(data[i:])
		if !final && i+n == len(data) && reason == "unexpected end of data" {
			return i, nil
		}
		if !final && len(data)-i == 2 && data[i] == 0xED && data[i+1] >= 0xA0 && data[i+1] <= 0xBF {
			// A truncated surrogate: the next input may complete it for
			// surrogatepass.
			return i, nil
		}
		next, err := d.bad(i, i+n, reason)
		if err != nil {
			return 0, err
		}
		i = next
	}
	return len(data), nil
}

// byteOrderMark reads a BOM of size 2 or 4 at the start of data for a
// utf-16 or utf-32 codec without a fixed byte order, returning the codec
// of the byte order found (little endian without a BOM: errors then name
// it, as in CPython) and the BOM's length.
func (d *decoder) byteOrderMark(size int) (*Codec, int) {
	c, data := d.c, d.data
	if c.order != orderBOM {
		return c, 0
	}
	le, be := builtinCodecs["utf_16_le"], builtinCodecs["utf_16_be"]
	if size == 4 {
		le, be = builtinCodecs["utf_32_le"], builtinCodecs["utf_32_be"]
	}
	if len(data) < size {
		return le, 0
	}
	switch {
	case le.uint32or16(data) == 0xFEFF:
		return le, size
	case be.uint32or16(data) == 0xFEFF:
		return be, size
	}
	return le, 0
}

func (c *Codec) uint32or16(b []byte) uint32 {
	if c.kind == kindUTF16 {
		return uint32(c.uint16(b))
	}
	return c.uint32(b)
}

// utf16or32 decodes UTF-16 (unit 2) or UTF-32 (unit 4) in the byte order
// of the codec or of a leading byte order mark. A tail shorter than a unit
// (or than a surrogate pair) waits for more input unless final.
func (d *decoder) utf16or32(unit int, final bool) (int, error) {
	c, i := d.byteOrderMark(unit)
	d.c = c
	data := d.data
	for i < len(data) {
		var next int
		var err error
		if len(data)-i < unit {
			if !final {
				return i, nil
			}
			next, err = d.bad(i, len(data), "truncated data")
		} else if unit == 2 {
			u := rune(c.uint16(data[i:]))
			switch {
			case !isSurrogate(u):
				d.sb.writeRune(u)
				i += 2
				continue
			case u >= 0xDC00:
				next, err = d.bad(i, i+2, "illegal encoding")
			case len(data)-i < 4:
				if !final {
					return i, nil
				}
				next, err = d.bad(i, len(data), "unexpected end of data")
			default:
				u2 := rune(c.uint16(data[i+2:]))
				if u2 < 0xDC00 || u2 > 0xDFFF {
					next, err = d.bad(i, i+2, "illegal UTF-16 surrogate")
				} else {
					d.sb.writeRune(0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00))
					i += 4
					continue
				}
			}
		} else {
			switch u := c.uint32(data[i:]); {
			case u > 0x10FFFF:
				next, err = d.bad(i, i+4, "code point not in range(0x110000)")
			case isSurrogate(rune(u)):
				next, err = d.bad(i, i+4, "code point in surrogate code point range(0xd800, 0xe000)")
			default:
				d.sb.writeRune(rune(u))
				i += 4
				continue
			}
		}
		if err != nil {
			return 0, err
		}
		i = next
	}
	return len(data), nil
}

// simpleEscapes maps the letters of unicode_escape's one-letter escapes to
// their code points.
var simpleEscapes = map[byte]rune{'\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f', 't': '\t',
	'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a'}

// unicodeEscape decodes unicode_escape (all of Python's string literal
// escapes) or raw_unicode_escape (only \u and \U after an odd number of
// backslashes); other bytes are Latin-1.
func (d *decoder) unicodeEscape(final, raw bool) (int, error) {
	data := d.data
	for i := 0; i < len(data); {
		b := data[i]
		if b != '\\' {
			d.sb.writeRune(rune(b))
			i++
			continue
		}
		start := i
		if raw {
			// A backslash escapes only when the run of backslashes it
			// ends is of odd length and a 'u' or 'U' follows.
			j := i
			for j < len(data) && data[j] == '\\' {
				j++
			}
			if j == len(data) && !final {
				return i, nil
			}
			if j == len(data) || data[j] != 'u' && data[j] != 'U' || (j-i)%2 == 0 {
				for range j - i {
					d.sb.writeRune('\\')
				}
				i = j
				continue
			}
			for range j - i - 1 {
				d.sb.writeRune('\\')
			}
			start = j - 1
			i = j - 1
		}
		if i+1 >= len(data) {
			if !final {
				return start, nil
			}
			next, err := d.bad(start, len(data), "\\ at end of string")
			if err != nil {
				return 0, err
			}
			i = next
			continue
		}
		c := data[i+1]
		i += 2
		if r, ok := simpleEscapes[c]; ok && !raw {
			d.sb.writeRune(r)
			continue
		}
		var digits int
		var what string
		switch {
		case c == '\n' && !raw:
			continue
		case c >= '0' && c <= '7' && !raw:
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
				v = v*8 + rune(data[i]-'0')
				i++
			}
			d.sb.writeRune(v)
			continue
		case c == 'x' && !raw:
			digits, what = 2, "truncated \\xXX escape"
		case c == 'u':
			digits, what = 4, "truncated \\uXXXX escape"
		case c == 'U':
			digits, what = 8, "truncated \\UXXXXXXXX escape"
		case c == 'N' && !raw:
			if !final && !bytes.ContainsRune(data[i:], '}') {
				return start, nil
			}
			next, err := d.namedEscape(start, i)
			if err != nil {
				return 0, err
			}
			i = next
			continue
		default:
			d.sb.writeRune('\\')
			d.sb.writeRune(rune(c))
			continue
		}
		var v rune
		k := 0
		for ; k < digits && i < len(data); k++ {
			h := hexValue(data[i])
			if h < 0 {
				break
			}
			v = v<<4 | rune(h)
			i++
		}
		if k < digits {
			if i == len(data) && !final {
				return start, nil
			}
			next, err := d.bad(start, i, what)
			if err != nil {
				return 0, err
			}
			i = next
			continue
		}
		if v > 0x10FFFF {
			reason := "illegal Unicode character"
			if raw {
				reason = "\\Uxxxxxxxx out of range"
			}
			next, err := d.bad(start, i, reason)
			if err != nil {
				return 0, err
			}
			i = next
			continue
		}
		d.sb.writeRune(v)
	}
	return len(data), nil
}

// namedEscape decodes the \N{name} escape whose name part starts at i
// (after "\N"), returning where decoding resumes.
func (d *decoder) namedEscape(start, i int) (int, error) {
	data := d.data
	if i < len(data) && data[i] == '{' {
		j := i + 1
		for j < len(data) && data[j] != '}' {
			j++
		}
		if j < len(data) && j > i+1 {
			if r, ok := LookupUnicodeName(string(data[i+1 : j])); ok {
				d.sb.writeRune(r)
				return j + 1, nil
			}
			return d.bad(start, j+1, "unknown Unicode character name")
		}
	}
	return d.bad(start, len(data), "malformed \\N character escape")
}

func hexValue(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b - '0')
	case 'a' <= b && b <= 'f':
		return int(b-'a') + 10
	case 'A' <= b && b <= 'F':
		return int(b-'A') + 10
	}
	return -1
}

// newUnicodeError builds a Unicode error with its fields set as its
// __init__ sets them (the arguments are known to be valid).
func newUnicodeError(typ *Type, args ...Value) *Exc {
	e := NewException(typ, args...)
	if err := unicodeErrorInit(len(args))(nil, e.AsValue(), args, nil); err != nil {
		panic("BUG: newUnicodeError: " + err.Error())
	}
	return e
}

// isAlnumRune is str.isalnum of one code point.
func isAlnumRune(r rune) bool {
	return runeFlags(r)&(uAlpha|uDecimal|uDigit|uNumeric) != 0
}
