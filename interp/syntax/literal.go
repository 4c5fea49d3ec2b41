// literal.go: the values of NUMBER, STRING and FSTRING_MIDDLE tokens.

package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// maxIntDigits is CPython's default limit on the digits of a decimal int
// literal (sys.int_info.default_max_str_digits).
const maxIntDigits = 4300

// ParseNumber returns the value of a NUMBER token: int64, or *big.Int when
// it does not fit; float64 (correctly rounded); complex128 for an imaginary
// literal. The error is CPython's for decimal ints of more than 4300 digits
// (see Scanner.Locate).
func ParseNumber(tok Token) (Const, *Error) {
	text := tok.Text
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if last := text[len(text)-1]; last == 'j' || last == 'J' {
		return complex(0, parseFloat(text[:len(text)-1])), nil
	}
	base := 10
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
	}
	if base != 10 {
		text = text[2:]
	} else if strings.ContainsAny(text, ".eE") {
		return parseFloat(text), nil
	}
	if n, err := strconv.ParseInt(text, base, 64); err == nil {
		return n, nil
	}
	if base == 10 && len(text) > maxIntDigits {
		return nil, &Error{
			Kind: SyntaxError,
			Msg: fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "+
				"use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
				maxIntDigits, len(text)),
			Lineno: tok.Start.Line, EndLineno: tok.Start.Line,
		}
	}
	n, ok := new(big.Int).SetString(text, base)
	if !ok {
		panic("BUG: ParseNumber: malformed NUMBER token " + strconv.Quote(tok.Text))
	}
	return n, nil
}

// parseFloat parses the digits of a float literal (underscores removed).
func parseFloat(text string) float64 {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && err.(*strconv.NumError).Err != strconv.ErrRange {
		panic("BUG: ParseNumber: malformed float literal " + strconv.Quote(text))
	}
	return f // ±Inf when out of range, as in Python
}

// DecodeString returns the value of a STRING token: a string (UTF-8, lone
// surrogates in WTF-8) or Bytes. It handles the prefixes r, u, b, rb and br
// in any case, both quote sizes and all escapes; an invalid escape keeps
// its backslash and produces a SyntaxWarning (once per literal). Errors
// are CPython's, placed at the end of the token (see Scanner.Locate).
func DecodeString(tok Token, warn WarnFunc, filename string) (Const, *Error) {
	text := tok.Text
	i := strings.IndexAny(text, `'"`)
	if i < 0 {
		panic("BUG: DecodeString: not a STRING token: " + strconv.Quote(text))
	}
	prefix := strings.ToLower(text[:i])
	raw := strings.IndexByte(prefix, 'r') >= 0
	isBytes := strings.IndexByte(prefix, 'b') >= 0
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	body := text[i+q : len(text)-q]

	if isBytes {
		for j := 0; j < len(body); j++ {
			if body[j] >= utf8.RuneSelf {
				return nil, &Error{
					Kind: SyntaxError, Msg: "bytes can only contain ASCII literal characters",
					Filename: filename, Lineno: tok.Start.Line, Offset: tok.Start.Col + 1,
					EndLineno: tok.End.Line, EndOffset: tok.End.Col + 1,
				}
			}
		}
	}
	plain := raw || strings.IndexByte(body, '\\') < 0
	if !isBytes && hasRawBytes(body) {
		return nil, rawBytesInLiteral(body, plain, filename)
	}
	if plain {
		if isBytes {
			return Bytes(body), nil
		}
		return body, nil
	}
	d := escapeDecoder{tok: tok, warn: warn, filename: filename, bytes: isBytes}
	s, err := d.decode(body, false)
	if err != nil {
		return nil, err
	}
	if isBytes {
		return Bytes(s), nil
	}
	return s, nil
}

// rawBytesInLiteral returns the error for the body of a str literal that
// holds raw bytes (see markRawBytes). As in CPython, the position is
// counted from the start of the body when the literal has no escapes to
// decode, and otherwise from the start of the run of non-ASCII bytes.
func rawBytesInLiteral(body string, plain bool, filename string) *Error {
	b := unmarkRawBytes(body)
	i, reason := utf8Error(b)
	start := 0
	if !plain {
		for start = i; start > 0 && b[start-1] >= utf8.RuneSelf; start-- {
		}
	}
	return &Error{Kind: SyntaxError, Msg: utf8CodecError(b[i], i-start, reason), Filename: filename}
}

// DecodeFStringMiddle returns the value of an FSTRING_MIDDLE token: its
// text with "{{" and "}}" halved and, unless the f-string is raw, escapes
// decoded as in a str literal. A backslash before '{' or '}' stays a
// backslash (the scanner has warned about it). Errors are as DecodeString's.
func DecodeFStringMiddle(tok Token, raw bool, warn WarnFunc, filename string) (string, *Error) {
	text := tok.Text
	if hasRawBytes(text) {
		return "", rawBytesInLiteral(text, raw || strings.IndexByte(text, '\\') < 0, filename)
	}
	if raw {
		if strings.Contains(text, "{{") || strings.Contains(text, "}}") {
			text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
		}
		return text, nil
	}
	if strings.IndexAny(text, "\\{}") < 0 {
		return text, nil
	}
	d := escapeDecoder{tok: tok, warn: warn, filename: filename}
	return d.decode(text, true)
}

// escapeDecoder decodes the backslash escapes of one literal.
type escapeDecoder struct {
	tok      Token
	warn     WarnFunc
	filename string
	bytes    bool // a bytes literal: no \u, \U, \N; octal values wrap to a byte
	warned   bool
}

// decode decodes the escapes of body; in an f-string, doubled braces
// stand for one.
func (d *escapeDecoder) decode(body string, fstring bool) (string, *Error) {
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if fstring && (c == '{' || c == '}') {
			b.WriteByte(c)
			i++
			if i < len(body) && body[i] == c {
				i++
			}
			continue
		}
		if c != '\\' {
			j := i + 1
			for j < len(body) && body[j] != '\\' && !(fstring && (body[j] == '{' || body[j] == '}')) {
				j++
			}
			b.WriteString(body[i:j])
			i = j
			continue
		}
		if i+1 == len(body) {
			b.WriteByte('\\') // only in an f-string: a backslash before a field
			break
		}
		start := i
		c = body[i+1]
		i += 2
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for n := 1; n < 3 && i < len(body) && '0' <= body[i] && body[i] <= '7'; n++ {
				v = v*8 + rune(body[i]-'0')
				i++
			}
			if v > 0o377 {
				d.warnOnce(fmt.Sprintf("invalid octal escape sequence '\\%s'", body[start+1:i]))
			}
			if d.bytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(v)
			}
		case 'x':
			v, n, ok := hexValue(body[i:], 2)
			if !ok {
				return "", d.truncated(start, i+n, `\xXX`)
			}
			i += n
			if d.bytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(v)
			}
		case 'u', 'U', 'N':
			if d.bytes {
				d.invalidEscape(&b, body[i-1:i], rune(c))
				continue
			}
			var v rune
			switch c {
			case 'u', 'U':
				size, name := 4, `\uXXXX`
				if c == 'U' {
					size, name = 8, `\UXXXXXXXX`
				}
				var n int
				var ok bool
				v, n, ok = hexValue(body[i:], size)
				if !ok {
					return "", d.truncated(start, i+n, name)
				}
				i += n
				if v > utf8.MaxRune {
					return "", d.unicodeError(start, i, "illegal Unicode character")
				}
			case 'N':
				end := -1
				if i < len(body) && body[i] == '{' {
					end = strings.IndexByte(body[i:], '}')
				}
				if end <= 1 {
					return "", d.unicodeError(start, len(body), `malformed \N character escape`)
				}
				r, ok := lookupCharName(body[i+1 : i+end])
				if !ok {
					return "", d.unicodeError(start, i+end+1, "unknown Unicode character name")
				}
				v = r
				i += end + 1
			}
			writeWTF8(&b, v)
		default:
			if c >= utf8.RuneSelf {
				// CPython keeps a backslash before a non-ASCII character
				// without a warning.
				b.WriteByte('\\')
				i--
				continue
			}
			d.invalidEscape(&b, body[i-1:i], rune(c))
		}
	}
	return b.String(), nil
}

// invalidEscape keeps an unknown escape (a backslash and the character
// r, written as text) as it is and warns once.
func (d *escapeDecoder) invalidEscape(b *strings.Builder, text string, r rune) {
	b.WriteByte('\\')
	b.WriteString(text)
	d.warnOnce("invalid escape sequence '\\" + string(r) + "'")
}

// warnOnce reports the first invalid escape of the literal.
func (d *escapeDecoder) warnOnce(msg string) {
	if d.warned || d.warn == nil {
		return
	}
	d.warned = true
	d.warn(Warning{Category: "SyntaxWarning", Msg: msg, Filename: d.filename, Lineno: d.tok.Start.Line})
}

// truncated reports a \x, \u or \U escape with too few hex digits.
func (d *escapeDecoder) truncated(start, end int, what string) *Error {
	if d.bytes {
		return d.errorf("(value error) invalid \\x escape at position %d", start)
	}
	return d.unicodeError(start, end, "truncated "+what+" escape")
}

// unicodeError reports a malformed escape as the unicodeescape codec does,
// with byte positions in the literal's body.
func (d *escapeDecoder) unicodeError(start, end int, reason string) *Error {
	return d.errorf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
}

func (d *escapeDecoder) errorf(format string, args ...any) *Error {
	return &Error{
		Kind: SyntaxError, Msg: fmt.Sprintf(format, args...), Filename: d.filename,
		Lineno: d.tok.End.Line, Offset: d.tok.End.Col + 1, EndLineno: d.tok.End.Line, EndOffset: d.tok.End.Col + 1,
	}
}

// hexValue reads exactly size hex digits from s; n is how many it read.
func hexValue(s string, size int) (v rune, n int, ok bool) {
	for n < size {
		if n >= len(s) || !isHexDigit(int(s[n])) {
			return 0, n, false
		}
		d, _ := strconv.ParseUint(s[n:n+1], 16, 8)
		v = v<<4 | rune(d)
		n++
	}
	return v, n, true
}

// writeWTF8 writes r in UTF-8, and a surrogate in the same three-byte form
// (generalized UTF-8), which Go's encoder would replace by U+FFFD.
func writeWTF8(b *strings.Builder, r rune) {
	if 0xD800 <= r && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

var (
	charNamesOnce sync.Once
	charNames     map[string]rune
)

// lookupCharName finds the character named in a \N{...} escape, ignoring
// case as Python does: Unicode names, CJK UNIFIED IDEOGRAPH-XXXX and
// HANGUL SYLLABLE names.
func lookupCharName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok && (len(hex) == 4 || len(hex) == 5) {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err == nil && strings.HasPrefix(runenames.Name(rune(v)), "<CJK Ideograph") {
			return rune(v), true
		}
		return 0, false
	}
	if syl, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(syl)
	}
	charNamesOnce.Do(func() {
		charNames = make(map[string]rune, 40000)
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				charNames[n] = r
			}
		}
	})
	r, ok := charNames[name]
	return r, ok
}

// The parts of Hangul syllable names (Unicode section 3.12).
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable finds the syllable whose name ends in syl.
func hangulSyllable(syl string) (rune, bool) {
	for l, ls := range hangulL {
		rest, ok := strings.CutPrefix(syl, ls)
		if !ok {
			continue
		}
		for v, vs := range hangulV {
			tail, ok := strings.CutPrefix(rest, vs)
			if !ok {
				continue
			}
			for t, ts := range hangulT {
				if tail == ts {
					return rune(0xAC00 + (l*len(hangulV)+v)*len(hangulT) + t), true
				}
			}
		}
	}
	return 0, false
}
