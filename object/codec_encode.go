package object

// codec_encode.go: the encoders of the built-in codecs. Each encodes one
// code point at a time (appendRune); a code point it cannot encode starts
// an error range that the error handler replaces, as CPython's encoders
// do: a whole run of unencodable code points for utf-8, ascii, latin-1 and
// the charmap codecs, one code point for utf-16 and utf-32.

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// Encode returns s encoded with c and the named error handler.
func (c *Codec) Encode(t *Thread, s *Str, errors string) ([]byte, error) {
	switch c.kind {
	case kindUTF8:
		if !strings.Contains(s.s, "\xed") {
			return []byte(s.s), nil
		}
	case kindASCII, kindLatin1:
		if s.IsASCII() {
			return []byte(s.s), nil
		}
	case kindCharmap:
		if c.charmap.tables().asciiIdentity && s.IsASCII() {
			return []byte(s.s), nil
		}
	}
	rs := strRunes(s)
	out := make([]byte, 0, len(s.s)+4)
	switch {
	case c.kind == kindUTF8Sig:
		out = append(out, 0xEF, 0xBB, 0xBF)
	case c.kind == kindUTF16 && c.order == orderBOM:
		out = append(out, 0xFF, 0xFE)
	case c.kind == kindUTF32 && c.order == orderBOM:
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	var handler errorHandler
	var handlerFn Value
	handlerKnown := false
	for i := 0; i < len(rs); {
		var ok bool
		if out, ok = c.appendRune(out, rs[i]); ok {
			i++
			continue
		}
		if !handlerKnown {
			var err error
			if handler, handlerFn, err = resolveHandler(errors); err != nil {
				return nil, err
			}
			handlerKnown = true
		}
		j := i + 1
		if c.kind != kindUTF16 && c.kind != kindUTF32 {
			for j < len(rs) && !c.canEncode(rs[j]) {
				j++
			}
		}
		if handler == handlerSurrogateEscape && (c.kind == kindASCII || c.kind == kindLatin1 || c.kind == kindUTF8 || c.kind == kindUTF8Sig) {
			// CPython's encoders take the escaped bytes at the start of
			// the range themselves and call the handler on the rest.
			for i < j && 0xDC80 <= rs[i] && rs[i] <= 0xDCFF {
				out = append(out, byte(rs[i]))
				i++
			}
			if i == j {
				continue
			}
		}
		e := codecError{codec: c, encode: true, errName: c.errName, runes: rs, s: s, start: i, end: j, reason: c.encodeReason()}
		r, err := e.handle(t, handler, handlerFn)
		if err != nil {
			return nil, err
		}
		if r.isBytes {
			if unit := c.unitSize(); len(r.replBytes)%unit != 0 {
				return nil, e.exception()
			}
			out = append(out, r.replBytes...)
		} else {
			for _, x := range r.repl {
				if x >= 0x80 && c.kind != kindASCII && c.kind != kindLatin1 && c.kind != kindCharmap || !c.canEncode(x) {
					return nil, e.exception()
				}
				out, _ = c.appendRune(out, x)
			}
		}
		i = r.next
	}
	return out, nil
}

// encodeReason is the reason UnicodeEncodeErrors of c give.
func (c *Codec) encodeReason() string {
	switch c.kind {
	case kindASCII:
		return "ordinal not in range(128)"
	case kindLatin1:
		return "ordinal not in range(256)"
	case kindCharmap:
		return "character maps to <undefined>"
	}
	return "surrogates not allowed"
}

// unitSize is the size of c's code units: bytes an error handler returns
// must fill whole units.
func (c *Codec) unitSize() int {
	switch c.kind {
	case kindUTF16:
		return 2
	case kindUTF32:
		return 4
	}
	return 1
}

// canEncode reports whether c encodes r.
func (c *Codec) canEncode(r rune) bool {
	switch c.kind {
	case kindASCII:
		return r < 0x80
	case kindLatin1:
		return r < 0x100
	case kindCharmap:
		_, ok := c.charmap.tables().encoder[r]
		return ok
	case kindUnicodeEscape, kindRawUnicodeEscape:
		return true
	}
	return !isSurrogate(r)
}

// appendRune appends the encoding of r, reporting false (and appending
// nothing) when c cannot encode it.
func (c *Codec) appendRune(out []byte, r rune) ([]byte, bool) {
	switch c.kind {
	case kindUTF8, kindUTF8Sig:
		if isSurrogate(r) {
			return out, false
		}
		return utf8.AppendRune(out, r), true
	case kindASCII, kindLatin1:
		if !c.canEncode(r) {
			return out, false
		}
		return append(out, byte(r)), true
	case kindCharmap:
		b, ok := c.charmap.tables().encoder[r]
		if !ok {
			return out, false
		}
		return append(out, b), true
	case kindUTF16, kindUTF32:
		if isSurrogate(r) {
			return out, false
		}
		if c.kind == kindUTF16 && r >= 0x10000 {
			r -= 0x10000
			return c.appendUnit(c.appendUnit(out, 0xD800+r>>10), 0xDC00+r&0x3FF), true
		}
		return c.appendUnit(out, r), true
	case kindUnicodeEscape:
		switch {
		case r == '\\':
			return append(out, '\\', '\\'), true
		case r == '\t':
			return append(out, '\\', 't'), true
		case r == '\n':
			return append(out, '\\', 'n'), true
		case r == '\r':
			return append(out, '\\', 'r'), true
		case r >= 0x20 && r < 0x7F:
			return append(out, byte(r)), true
		}
		return appendByteEscape(out, r), true
	case kindRawUnicodeEscape:
		if r < 0x100 {
			return append(out, byte(r)), true
		}
		return appendByteEscape(out, r), true
	}
	panic("BUG: appendRune: unknown codec kind")
}

// appendByteEscape appends the \x, \u or \U escape of r as ASCII bytes.
func appendByteEscape(out []byte, r rune) []byte {
	var buf [10]rune
	for _, x := range appendEscape(buf[:0], r) {
		out = append(out, byte(x))
	}
	return out
}

// appendUnit appends one UTF-16 or UTF-32 code unit in c's byte order.
func (c *Codec) appendUnit(out []byte, u rune) []byte {
	switch c.kind {
	case kindUTF8, kindUTF8Sig:
		return appendWTF8(out, u)
	case kindUTF16:
		if c.order == orderBig {
			return binary.BigEndian.AppendUint16(out, uint16(u))
		}
		return binary.LittleEndian.AppendUint16(out, uint16(u))
	}
	if c.order == orderBig {
		return binary.BigEndian.AppendUint32(out, uint32(u))
	}
	return binary.LittleEndian.AppendUint32(out, uint32(u))
}

func (c *Codec) uint16(b []byte) uint16 {
	if c.order == orderBig {
		return binary.BigEndian.Uint16(b)
	}
	return binary.LittleEndian.Uint16(b)
}

func (c *Codec) uint32(b []byte) uint32 {
	if c.order == orderBig {
		return binary.BigEndian.Uint32(b)
	}
	return binary.LittleEndian.Uint32(b)
}
