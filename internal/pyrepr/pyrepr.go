// Package pyrepr formats str and bytes values as Python's repr() does.
//
// Strings are UTF-8, except that lone surrogate code points (which Python
// strings may hold) are kept in generalized UTF-8 (WTF-8): the three-byte
// sequence ED A0 80–ED BF BF that strict UTF-8 forbids. DecodeRune reads
// both forms.
package pyrepr

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// DecodeRune decodes the first code point of s like utf8.DecodeRuneInString,
// but also accepts an encoded surrogate (U+D800–U+DFFF). An invalid byte
// decodes as utf8.RuneError with width 1.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)), 3
	}
	return utf8.DecodeRuneInString(s)
}

// IsPrintable reports whether Python's str.isprintable() holds for r:
// everything but the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and the Zs
// spaces other than U+0020.
func IsPrintable(r rune) bool {
	return unicode.IsPrint(r)
}

// Str returns repr(s) for a Python str s.
func Str(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			writeASCII(&b, c, quote)
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		if IsPrintable(r) {
			b.WriteString(s[i : i+n])
		} else {
			writeEscape(&b, r)
		}
		i += n
	}
	b.WriteByte(quote)
	return b.String()
}

// Bytes returns repr(b) for a Python bytes value b; prefix is "b" for bytes.
func Bytes(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			writeASCII(&b, c, quote)
		} else {
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func writeASCII(b *strings.Builder, c, quote byte) {
	switch {
	case c == quote || c == '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	case c == '\t':
		b.WriteString(`\t`)
	case c == '\n':
		b.WriteString(`\n`)
	case c == '\r':
		b.WriteString(`\r`)
	case c < ' ' || c == 0x7f:
		b.WriteString(`\x`)
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	default:
		b.WriteByte(c)
	}
}

func writeEscape(b *strings.Builder, r rune) {
	var digits int
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		digits = 2
	case r < 0x10000:
		b.WriteString(`\u`)
		digits = 4
	default:
		b.WriteString(`\U`)
		digits = 8
	}
	for shift := (digits - 1) * 4; shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(r>>shift)&15])
	}
}

// EscapeNonASCII replaces every non-ASCII code point of s with its \x, \u
// or \U escape, as ascii() does to a repr.
func EscapeNonASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		writeEscape(&b, r)
		i += n
	}
	return b.String()
}

// EncodeRune returns the encoding of one code point, using the generalized
// UTF-8 form for a surrogate.
func EncodeRune(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xED, byte(0xA0 | (r>>6)&0x1F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}
