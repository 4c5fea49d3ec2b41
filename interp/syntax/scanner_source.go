// scanner_source.go: from the bytes of a source file to UTF-8 text: the
// byte order mark, PEP 263 encoding declarations, and the checks CPython
// makes on the bytes before tokenizing.

package syntax

import (
	"bytes"
	"fmt"
	"golang.org/x/text/encoding/charmap"
	"strings"
	"unicode/utf8"

	"github.com/adderpy/adder/internal/utf8err"
)

// The source encodings NewScanner can decode.
const (
	encUTF8 = iota
	encLatin1
	encASCII
)

// encodingAliases maps Python's codec names (normalized as
// encodings.normalize_encoding does) to the encodings NewScanner decodes.
var encodingAliases = map[string]int{
	"utf_8": encUTF8, "utf8": encUTF8, "u8": encUTF8, "utf": encUTF8,
	"utf8_ucs2": encUTF8, "utf8_ucs4": encUTF8, "cp65001": encUTF8,

	"latin_1": encLatin1, "latin1": encLatin1, "latin": encLatin1, "l1": encLatin1,
	"iso8859_1": encLatin1, "iso_8859_1": encLatin1, "8859": encLatin1, "cp819": encLatin1,
	"iso_ir_100": encLatin1, "csisolatin1": encLatin1, "iso_8859_1_1987": encLatin1, "ibm819": encLatin1,

	"ascii": encASCII, "646": encASCII, "us_ascii": encASCII, "ansi_x3.4_1968": encASCII,
	"ansi_x3_4_1968": encASCII, "ansi_x3.4_1986": encASCII, "cp367": encASCII, "csascii": encASCII,
	"ibm367": encASCII, "iso646_us": encASCII, "iso_646.irv_1991": encASCII, "iso_ir_6": encASCII,
	"us": encASCII,
}

// decodeSource turns the bytes of a source file into UTF-8 text, or
// returns the SyntaxError CPython raises for them. For string input
// (compile() of a str or bytes object) undeclared invalid UTF-8 is not an
// error here: it comes through as raw-byte marks (see markRawBytes) and
// rawBytes says so.
func decodeSource(filename string, src []byte, stringInput bool) (text string, rawBytes bool, err *Error) {
	bom := len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
	if bom {
		src = src[3:]
	}
	name := codingSpec(src)
	enc := encUTF8
	if name != "" {
		if bom && name != "utf-8" {
			return "", false, &Error{Kind: SyntaxError, Msg: fmt.Sprintf("encoding problem: %s with BOM", name), Filename: filename, Offset: -1}
		}
		e, ok := encodingAliases[normalizeEncoding(name)]
		if cm, isCharmap := singleByteEncodings[normalizeEncoding(name)]; isCharmap && !ok {
			text, derr := cm.NewDecoder().String(string(src))
			if derr != nil {
				return "", false, &Error{Kind: SyntaxError, Msg: fmt.Sprintf("(unicode error) '%s' codec can't decode: %v", name, derr), Filename: filename, Offset: -1}
			}
			text, err = checkNUL(filename, text)
			return text, false, err
		}
		if !ok && name != "utf-8" && name != "iso-8859-1" {
			return "", false, &Error{Kind: SyntaxError, Msg: "unknown encoding: " + name, Filename: filename, Offset: -1}
		}
		switch {
		case name == "utf-8":
			enc = encUTF8
		case name == "iso-8859-1":
			enc = encLatin1
		default:
			enc = e
		}
	}

	switch enc {
	case encUTF8:
		if !utf8.Valid(src) {
			if stringInput && name == "" {
				text, err = checkNUL(filename, markRawBytes(src))
				return text, true, err
			}
			return "", false, invalidUTF8(filename, src, name != "")
		}
		text = string(src)
	case encLatin1:
		var b strings.Builder
		b.Grow(len(src) + len(src)/8)
		for _, c := range src {
			b.WriteRune(rune(c))
		}
		text = b.String()
	case encASCII:
		for i, c := range src {
			if c >= utf8.RuneSelf {
				return "", false, &Error{Kind: SyntaxError, Filename: filename, Offset: -1,
					Msg: fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)}
			}
		}
		text = string(src)
	}
	text, err = checkNUL(filename, text)
	return text, false, err
}

// checkNUL rejects decoded source text that contains a NUL character.
func checkNUL(filename, text string) (string, *Error) {
	if i := strings.IndexByte(text, 0); i >= 0 {
		lineno := strings.Count(text[:i], "\n") + 1
		start := strings.LastIndexByte(text[:i], '\n') + 1
		return "", &Error{Kind: SyntaxError, Msg: "source code cannot contain null bytes", Filename: filename,
			Lineno: lineno, EndLineno: lineno, Text: text[start:i]}
	}
	return text, nil
}

// singleByteEncodings are the single-byte codecs (by Python's normalized
// codec name) that source files may declare beyond utf-8, latin-1 and
// ascii.
var singleByteEncodings = map[string]*charmap.Charmap{
	"cp1250": charmap.Windows1250, "windows_1250": charmap.Windows1250,
	"cp1251": charmap.Windows1251, "windows_1251": charmap.Windows1251,
	"cp1252": charmap.Windows1252, "windows_1252": charmap.Windows1252,
	"cp1253": charmap.Windows1253, "windows_1253": charmap.Windows1253,
	"cp1254": charmap.Windows1254, "windows_1254": charmap.Windows1254,
	"cp1255": charmap.Windows1255, "windows_1255": charmap.Windows1255,
	"cp1256": charmap.Windows1256, "windows_1256": charmap.Windows1256,
	"cp1257": charmap.Windows1257, "windows_1257": charmap.Windows1257,
	"cp1258": charmap.Windows1258, "windows_1258": charmap.Windows1258,
	"koi8_r": charmap.KOI8R, "koi8_u": charmap.KOI8U,
	"cp437": charmap.CodePage437, "cp850": charmap.CodePage850, "cp852": charmap.CodePage852,
	"cp855": charmap.CodePage855, "cp866": charmap.CodePage866,
	"iso8859_2": charmap.ISO8859_2, "iso8859_3": charmap.ISO8859_3, "iso8859_4": charmap.ISO8859_4,
	"iso8859_5": charmap.ISO8859_5, "iso8859_6": charmap.ISO8859_6, "iso8859_7": charmap.ISO8859_7,
	"iso8859_8": charmap.ISO8859_8, "iso8859_9": charmap.ISO8859_9, "iso8859_10": charmap.ISO8859_10,
	"iso8859_13": charmap.ISO8859_13, "iso8859_14": charmap.ISO8859_14, "iso8859_15": charmap.ISO8859_15,
	"iso8859_16": charmap.ISO8859_16, "latin2": charmap.ISO8859_2, "latin_2": charmap.ISO8859_2,
	"mac_roman": charmap.Macintosh, "macroman": charmap.Macintosh,
}

// invalidUTF8 returns the error for src, which is not valid UTF-8.
func invalidUTF8(filename string, src []byte, declared bool) *Error {
	i, reason := utf8Error(src)
	lineno := strings.Count(string(src[:i]), "\n") + 1
	if !declared {
		return &Error{Kind: SyntaxError, Filename: filename, Msg: fmt.Sprintf(
			"Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
			src[i], filename, lineno)}
	}
	start := 0
	if j := strings.LastIndexByte(string(src[:i]), '\n'); j >= 0 {
		start = j + 1
	}
	line := strings.ToValidUTF8(string(src[start:]), "\uFFFD")
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j+1]
	}
	col := utf8.RuneCount(src[start:i]) + 1
	return &Error{Kind: SyntaxError, Filename: filename,
		Msg:    utf8CodecError(src[i], i-start, reason),
		Lineno: lineno, Offset: col, EndLineno: lineno, EndOffset: col, Text: line}
}

// utf8Error returns the offset of the first byte of b that does not
// decode as UTF-8, and the reason Python's utf-8 codec gives for it.
func utf8Error(b []byte) (int, string) {
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	if i == len(b) {
		panic("BUG: utf8Error: valid UTF-8")
	}
	_, reason := utf8err.Classify(b[i:])
	return i, reason
}

// utf8CodecError is the message of a SyntaxError for bytes that are not
// UTF-8: the utf-8 codec's message for byte c at position pos.
func utf8CodecError(c byte, pos int, reason string) string {
	return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, pos, reason)
}

// Raw bytes. CPython's compile() of a str or bytes object does not check
// that source without an encoding declaration is UTF-8: the bytes go
// through the tokenizer as they are, a comment may hold anything, and
// decoding a literal or a name that holds an invalid byte is the error.
// The scanner carries each byte b that is not part of valid UTF-8 as the
// private-use character rawByteBase+b, four bytes long.
const rawByteBase = 0x10FF00

// markRawBytes returns src as UTF-8 text with its invalid bytes marked.
func markRawBytes(src []byte) string {
	var b strings.Builder
	b.Grow(len(src) + 8)
	for len(src) > 0 {
		r, n := utf8.DecodeRune(src)
		if r == utf8.RuneError && n <= 1 {
			r = rawByteBase + rune(src[0])
		}
		b.WriteRune(r)
		src = src[n:]
	}
	return b.String()
}

// isRawByte reports whether r marks a raw byte.
func isRawByte(r rune) bool { return r >= rawByteBase && r <= rawByteBase+0xFF }

// hasRawBytes reports whether s holds a raw-byte mark.
func hasRawBytes(s string) bool {
	for i := strings.Index(s, "\xf4\x8f"); i >= 0; i = strings.Index(s, "\xf4\x8f") {
		if r, _ := utf8.DecodeRuneInString(s[i:]); isRawByte(r) {
			return true
		}
		s = s[i+2:]
	}
	return false
}

// unmarkRawBytes returns the bytes s stands for: raw-byte marks turned
// back into their bytes.
func unmarkRawBytes(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if isRawByte(r) {
			b = append(b, byte(r-rawByteBase))
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// rawByteCol returns the byte offset in the original source of the byte
// offset col into line, which may hold raw-byte marks.
func rawByteCol(line string, col int) int {
	if col > len(line) {
		col = len(line)
	}
	return len(unmarkRawBytes(line[:col]))
}

// showRawBytes returns line as CPython shows undecodable source in an
// error: each raw byte replaced by U+FFFD.
func showRawBytes(line string) string {
	return strings.Map(func(r rune) rune {
		if isRawByte(r) {
			return utf8.RuneError
		}
		return r
	}, line)
}

// codingSpec returns the encoding declared on line 1 or 2 of src (line 2
// only counts when line 1 is blank or a comment), normalized as CPython's
// tokenizer does, or "".
func codingSpec(src []byte) string {
	for lineno := 1; lineno <= 2; lineno++ {
		end := len(src)
		if i := bytes.IndexAny(src, "\r\n"); i >= 0 {
			end = i + 1
		}
		line := string(src[:end])
		if name := codingSpecOnLine(line); name != "" {
			return name
		}
		if !blankOrComment(line) {
			return ""
		}
		src = src[end:]
	}
	return ""
}

// blankOrComment reports whether line holds only blanks and a comment.
func blankOrComment(line string) bool {
	rest := strings.TrimLeft(line, " \t\f")
	return rest == "" || rest[0] == '#' || rest[0] == '\n' || rest[0] == '\r'
}

// codingSpecOnLine finds a "coding[:=] name" declaration in a line that
// holds only a comment.
func codingSpecOnLine(line string) string {
	rest := strings.TrimLeft(line, " \t\f")
	if rest == "" || rest[0] != '#' {
		return ""
	}
	for {
		i := strings.Index(rest, "coding")
		if i < 0 {
			return ""
		}
		rest = rest[i+6:]
		if rest == "" || (rest[0] != ':' && rest[0] != '=') {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t")
		n := 0
		for n < len(rest) && (isASCIIAlnum(rest[n]) || rest[n] == '-' || rest[n] == '_' || rest[n] == '.') {
			n++
		}
		if n > 0 {
			return normalCodingName(rest[:n])
		}
	}
}

func isASCIIAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// normalCodingName maps spellings of utf-8 and latin-1 to "utf-8" and
// "iso-8859-1" as CPython's tokenizer does (looking at 12 bytes at most),
// and returns other names unchanged.
func normalCodingName(name string) string {
	b := []byte(name[:min(len(name), 12)])
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		} else if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	buf := string(b)
	switch {
	case buf == "utf-8" || strings.HasPrefix(buf, "utf-8-"):
		return "utf-8"
	case buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" ||
		strings.HasPrefix(buf, "latin-1-") || strings.HasPrefix(buf, "iso-8859-1-") || strings.HasPrefix(buf, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return name
}

// normalizeEncoding lowercases name and collapses each run of characters
// other than letters, digits and '.' into one '_', as Python's
// encodings.normalize_encoding does before looking up a codec.
func normalizeEncoding(name string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isASCIIAlnum(c) || c == '.' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		} else {
			pending = true
		}
	}
	return b.String()
}
