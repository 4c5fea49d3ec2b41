package object

// str_codec.go: str.encode and bytes.decode for the built-in codecs
// (utf-8, ascii, latin-1, utf-16 and utf-32 with their byte orders) and
// error handlers (strict, ignore, replace, backslashreplace,
// surrogateescape, surrogatepass, xmlcharrefreplace), with CPython's
// UnicodeError arguments.

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/adderpy/adder/internal/pyrepr"
)

// codecArgs converts the encoding and errors arguments of fname (Null when
// absent); pos is the position of encoding among the arguments.
func codecArgs(fname string, enc, errs Value, pos int) (encoding, errors string, err error) {
	encoding, errors = "utf-8", "strict"
	if !enc.IsNull() {
		s, ok := enc.exactStr()
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", fname, enc.Type().Name)
		}
		encoding = s.s
	}
	if !errs.IsNull() {
		s, ok := errs.exactStr()
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'errors' must be str, not %s", fname, errs.Type().Name)
		}
		errors = s.s
	}
	return encoding, errors, nil
}

// codec identifies a built-in codec.
type codec uint8

const (
	codecUTF8 codec = iota
	codecASCII
	codecLatin1
	codecUTF16
	codecUTF16LE
	codecUTF16BE
	codecUTF32
	codecUTF32LE
	codecUTF32BE
)

// codecNames are the names UnicodeErrors report.
var codecNames = [...]string{"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}

// codecAliases maps normalized encoding names (lower case, '-' and ' '
// as '_') to codecs.
var codecAliases = map[string]codec{
	"utf_8": codecUTF8, "utf8": codecUTF8, "u8": codecUTF8, "utf": codecUTF8, "cp65001": codecUTF8,
	"ascii": codecASCII, "us_ascii": codecASCII, "646": codecASCII, "us": codecASCII, "ansi_x3.4_1968": codecASCII,
	"latin_1": codecLatin1, "latin1": codecLatin1, "latin": codecLatin1, "l1": codecLatin1, "iso_8859_1": codecLatin1,
	"iso8859_1": codecLatin1, "8859": codecLatin1, "cp819": codecLatin1, "iso_ir_100": codecLatin1,
	"utf_16": codecUTF16, "utf16": codecUTF16, "u16": codecUTF16,
	"utf_16_le": codecUTF16LE, "utf_16le": codecUTF16LE, "utf_16_be": codecUTF16BE, "utf_16be": codecUTF16BE,
	"utf_32": codecUTF32, "utf32": codecUTF32, "u32": codecUTF32,
	"utf_32_le": codecUTF32LE, "utf_32le": codecUTF32LE, "utf_32_be": codecUTF32BE, "utf_32be": codecUTF32BE,
}

func lookupCodec(encoding string) (codec, error) {
	norm := strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(strings.TrimSpace(encoding)))
	if c, ok := codecAliases[norm]; ok {
		return c, nil
	}
	return 0, Errorf(LookupError, "unknown encoding: %s", encoding)
}

var errorHandlers = map[string]bool{"strict": true, "ignore": true, "replace": true, "backslashreplace": true,
	"surrogateescape": true, "surrogatepass": true, "xmlcharrefreplace": true, "namereplace": false}

func checkErrorHandler(errors string) error {
	if ok := errorHandlers[errors]; !ok {
		return Errorf(LookupError, "unknown error handler name '%s'", errors)
	}
	return nil
}

// Encode returns s encoded with the named codec and error handler.
func Encode(s *Str, encoding, errors string) ([]byte, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if c == codecUTF8 && !strings.Contains(s.s, "\xed") || (c == codecASCII || c == codecLatin1) && s.IsASCII() {
		return []byte(s.s), nil
	}
	limit := rune(0x10FFFF)
	switch c {
	case codecASCII:
		limit = 0x7F
	case codecLatin1:
		limit = 0xFF
	}
	var out []byte
	switch c {
	case codecUTF16:
		out = append(out, 0xFF, 0xFE)
	case codecUTF32:
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	put := func(r rune) {
		switch c {
		case codecUTF8:
			out = appendWTF8(out, r)
		case codecASCII, codecLatin1:
			out = append(out, byte(r))
		case codecUTF16, codecUTF16LE, codecUTF16BE:
			var units []uint16
			if r >= 0x10000 {
				r -= 0x10000
				units = []uint16{uint16(0xD800 + r>>10), uint16(0xDC00 + r&0x3FF)}
			} else {
				units = []uint16{uint16(r)}
			}
			for _, u := range units {
				if c == codecUTF16BE {
					out = binary.BigEndian.AppendUint16(out, u)
				} else {
					out = binary.LittleEndian.AppendUint16(out, u)
				}
			}
		default:
			if c == codecUTF32BE {
				out = binary.BigEndian.AppendUint32(out, uint32(r))
			} else {
				out = binary.LittleEndian.AppendUint32(out, uint32(r))
			}
		}
	}
	rs := []rune{}
	for i := 0; i < len(s.s); {
		r, n := pyrepr.DecodeRune(s.s[i:])
		rs = append(rs, r)
		i += n
	}
	for i := 0; i < len(rs); {
		if r := rs[i]; r <= limit && !(0xD800 <= r && r <= 0xDFFF) {
			put(r)
			i++
			continue
		}
		// A run of unencodable code points, reported together (the
		// UTF-16 and UTF-32 encoders take them one at a time).
		j := i + 1
		for c <= codecLatin1 && j < len(rs) && (rs[j] > limit || 0xD800 <= rs[j] && rs[j] <= 0xDFFF) {
			j++
		}
		reason := "ordinal not in range(128)"
		switch {
		case limit == 0xFF:
			reason = "ordinal not in range(256)"
		case limit == 0x10FFFF:
			reason = "surrogates not allowed"
		}
		switch errors {
		case "strict":
			return nil, unicodeEncodeError(codecNames[c], s, i, j, reason)
		case "ignore":
		case "replace":
			for range j - i {
				put('?')
			}
		case "backslashreplace":
			for _, r := range rs[i:j] {
				for _, b := range []byte(escapeCodePoint(r)) {
					put(rune(b))
				}
			}
		case "xmlcharrefreplace":
			for _, r := range rs[i:j] {
				for _, b := range "&#" + strconv.Itoa(int(r)) + ";" {
					put(b)
				}
			}
		case "surrogateescape":
			// The handler gives one byte per code point, which the
			// UTF-16 and UTF-32 encoders accept only in whole units.
			unit := map[codec]int{codecUTF16: 2, codecUTF16LE: 2, codecUTF16BE: 2, codecUTF32: 4, codecUTF32LE: 4, codecUTF32BE: 4}[c]
			if unit > 0 && (j-i)%unit != 0 {
				return nil, unicodeEncodeError(codecNames[c], s, i, j, reason)
			}
			for k, r := range rs[i:j] {
				if r < 0xDC80 || r > 0xDCFF {
					return nil, unicodeEncodeError(codecNames[c], s, i+k, j, reason)
				}
				out = append(out, byte(r-0xDC00))
			}
		case "surrogatepass":
			for _, r := range rs[i:j] {
				if !(0xD800 <= r && r <= 0xDFFF) || c == codecASCII || c == codecLatin1 {
					return nil, unicodeEncodeError(codecNames[c], s, i, j, reason)
				}
				if c == codecUTF8 {
					out = appendWTF8(out, r)
				} else {
					put(r)
				}
			}
		default:
			return nil, checkErrorHandler(errors)
		}
		i = j
	}
	return out, nil
}

// escapeCodePoint returns the \x, \u or \U escape of r.
func unicodeEncodeError(encoding string, s *Str, start, end int, reason string) *Exc {
	return newUnicodeError(UnicodeEncodeError, StrValue(encoding), s.AsValue(), Int(int64(start)), Int(int64(end)), StrValue(reason))
}

func unicodeDecodeError(encoding string, data []byte, start, end int, reason string) *Exc {
	return newUnicodeError(UnicodeDecodeError, StrValue(encoding), NewBytes(data), Int(int64(start)), Int(int64(end)), StrValue(reason))
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

// Decode returns data decoded with the named codec and error handler.
func Decode(t *Thread, data []byte, encoding, errors string) (*Str, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if c == codecUTF8 || c == codecASCII || c == codecLatin1 {
		ascii := true
		for _, b := range data {
			if b >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		if ascii {
			return newStrLen(string(data), len(data)), nil
		}
		if c == codecUTF8 && utf8.Valid(data) {
			return NewStr(string(data)), nil
		}
	}
	var sb strBuilder
	// bad handles data[start:end] that cannot be decoded.
	bad := func(start, end int, reason string) error {
		switch errors {
		case "strict":
			return unicodeDecodeError(codecNames[c], data, start, end, reason)
		case "ignore":
		case "replace":
			sb.writeRune(0xFFFD)
		case "backslashreplace":
			for _, b := range data[start:end] {
				sb.writeString(`\x`+hexDigits(uint32(b), 2), 4)
			}
		case "surrogateescape":
			for _, b := range data[start:end] {
				if b < 128 {
					return unicodeDecodeError(codecNames[c], data, start, end, reason)
				}
				sb.writeRune(0xDC00 + rune(b))
			}
		default:
			if err := checkErrorHandler(errors); err != nil {
				return err
			}
			return unicodeDecodeError(codecNames[c], data, start, end, reason)
		}
		return nil
	}
	switch c {
	case codecASCII, codecLatin1:
		for i, b := range data {
			if b < 128 || c == codecLatin1 {
				sb.writeRune(rune(b))
			} else if err := bad(i, i+1, "ordinal not in range(128)"); err != nil {
				return nil, err
			}
		}
	case codecUTF8:
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r != utf8.RuneError || n > 1 {
				sb.writeString(string(data[i:i+n]), 1)
				i += n
				continue
			}
			if errors == "surrogatepass" && i+2 < len(data) && data[i] == 0xED && data[i+1]&0xE0 == 0xA0 && data[i+2]&0xC0 == 0x80 {
				sb.writeString(string(data[i:i+3]), 1)
				i += 3
				continue
			}
			n, reason := utf8ErrorLength(data[i:])
			if err := bad(i, i+n, reason); err != nil {
				return nil, err
			}
			i += n
		}
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		order := binary.ByteOrder(binary.LittleEndian)
		i := 0
		if c == codecUTF16BE {
			order = binary.BigEndian
		} else if c == codecUTF16 && len(data) >= 2 {
			switch {
			case data[0] == 0xFF && data[1] == 0xFE:
				i = 2
			case data[0] == 0xFE && data[1] == 0xFF:
				order, i = binary.BigEndian, 2
			}
		}
		for i < len(data) {
			if len(data)-i < 2 {
				if err := bad(i, len(data), "truncated data"); err != nil {
					return nil, err
				}
				break
			}
			u := rune(order.Uint16(data[i:]))
			switch {
			case u < 0xD800 || u > 0xDFFF:
				sb.writeRune(u)
				i += 2
			case u >= 0xDC00:
				if err := bad(i, i+2, "illegal encoding"); err != nil {
					return nil, err
				}
				i += 2
			case len(data)-i < 4:
				if err := bad(i, len(data), "unexpected end of data"); err != nil {
					return nil, err
				}
				i = len(data)
			default:
				u2 := rune(order.Uint16(data[i+2:]))
				if u2 < 0xDC00 || u2 > 0xDFFF {
					if err := bad(i, i+2, "illegal UTF-16 surrogate"); err != nil {
						return nil, err
					}
					i += 2
					continue
				}
				sb.writeRune(0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00))
				i += 4
			}
		}
	default:
		order := binary.ByteOrder(binary.LittleEndian)
		i := 0
		if c == codecUTF32BE {
			order = binary.BigEndian
		} else if c == codecUTF32 && len(data) >= 4 {
			switch {
			case data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0:
				i = 4
			case data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF:
				order, i = binary.BigEndian, 4
			}
		}
		for i < len(data) {
			if len(data)-i < 4 {
				if err := bad(i, len(data), "truncated data"); err != nil {
					return nil, err
				}
				break
			}
			u := order.Uint32(data[i:])
			switch {
			case u > 0x10FFFF:
				if err := bad(i, i+4, "code point not in range(0x110000)"); err != nil {
					return nil, err
				}
			case u >= 0xD800 && u <= 0xDFFF:
				if err := bad(i, i+4, "code point in surrogate code point range(0xd800, 0xe000)"); err != nil {
					return nil, err
				}
			default:
				sb.writeRune(rune(u))
			}
			i += 4
		}
	}
	return sb.str(), nil
}

// utf8ErrorLength classifies an invalid UTF-8 sequence at the start of b
// as CPython's decoder does: how many bytes the error covers and why.
func utf8ErrorLength(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		l, h := byte(0x80), byte(0xBF)
		if k == 1 {
			l, h = lo, hi
		}
		if b[k] < l || b[k] > h {
			return k, "invalid continuation byte"
		}
	}
	panic("BUG: utf8ErrorLength on a valid sequence")
}

func strEncode(t *Thread, s *Str, a []Value) (Value, error) {
	encoding, errors, err := codecArgs("encode", a[0], a[1], 0)
	if err != nil {
		return Null, err
	}
	b, err := Encode(s, encoding, errors)
	if err != nil {
		return Null, err
	}
	return NewBytes(b), nil
}

// hexDigits formats v in lowercase hex, zero-padded to digits.
func hexDigits(v uint32, digits int) string {
	s := strconv.FormatUint(uint64(v), 16)
	return strings.Repeat("0", max(digits-len(s), 0)) + s
}
