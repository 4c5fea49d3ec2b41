package object

// str_unicode.go: the Unicode character properties and case mappings
// behind str's methods, from tables generated out of CPython 3.11's
// unicodedata (Unicode 14.0), so that they agree with CPython rather than
// with Go's newer unicode package.

import (
	"sort"
	"unicode/utf8"
)

//go:generate go run str_unicode_gen.go

// The property flags of a code point (bit order must match dumpScript in
// str_unicode_gen.go).
const (
	uAlpha         uint16 = 1 << iota // str.isalpha
	uDecimal                          // str.isdecimal
	uDigit                            // str.isdigit
	uNumeric                          // str.isnumeric
	uSpace                            // str.isspace
	uPrintable                        // str.isprintable
	uLower                            // the Lowercase property (str.islower of one character)
	uUpper                            // the Uppercase property
	uTitle                            // general category Lt
	uXIDStart                         // XID_Start or '_': may start an identifier
	uXIDContinue                      // XID_Continue
	uCased                            // Lowercase, Uppercase or Lt
	uCaseIgnorable                    // Case_Ignorable (for the final sigma rule)
)

// asciiFlags holds the flags of the ASCII code points.
var asciiFlags = func() (t [utf8.RuneSelf]uint16) {
	for c := range t {
		t[c] = lookupFlags(rune(c))
	}
	return
}()

// lookupFlags finds the run holding r by binary search.
func lookupFlags(r rune) uint16 {
	i := sort.Search(len(unicodeRunStarts), func(i int) bool { return unicodeRunStarts[i] > uint32(r) }) - 1
	return unicodeRunFlags[i]
}

// runeFlags returns the property flags of r.
func runeFlags(r rune) uint16 {
	if r < utf8.RuneSelf {
		return asciiFlags[r]
	}
	return lookupFlags(r)
}

// decimalValue returns the value of r as a decimal digit (str.isdecimal),
// or -1. Decimal digits come in runs 0-9 (the generator checks it), so the
// value is the offset from the start of r's run.
func decimalValue(r rune) int {
	if '0' <= r && r <= '9' {
		return int(r - '0')
	}
	if r < utf8.RuneSelf {
		return -1
	}
	i := sort.Search(len(unicodeRunStarts), func(i int) bool { return unicodeRunStarts[i] > uint32(r) }) - 1
	if unicodeRunFlags[i]&uDecimal == 0 {
		return -1
	}
	return int(uint32(r)-unicodeRunStarts[i]) % 10
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// caseEntry holds the full case mappings of a code point: lower, upper,
// title and casefold, each a code point, or -1-i for caseSpecial[i].
type caseEntry struct {
	cp rune
	m  [4]int32
}

// The indexes of caseEntry.m.
const (
	caseLower = iota
	caseUpper
	caseTitle
	caseFold
)

// appendCaseMapped appends mapping kind (caseLower...) of r to dst.
func appendCaseMapped(dst []byte, r rune, kind int) []byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		switch {
		case kind == caseLower || kind == caseFold:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		}
		return append(dst, c)
	}
	i := sort.Search(len(caseTable), func(i int) bool { return caseTable[i].cp >= r })
	if i == len(caseTable) || caseTable[i].cp != r {
		return appendWTF8(dst, r)
	}
	m := caseTable[i].m[kind]
	if m < 0 {
		return append(dst, caseSpecial[-1-m]...)
	}
	return utf8.AppendRune(dst, m)
}

// appendWTF8 appends the encoding of r, in generalized UTF-8 for a
// surrogate.
func appendWTF8(dst []byte, r rune) []byte {
	if 0xD800 <= r && r <= 0xDFFF {
		return append(dst, 0xED, byte(0xA0|(r>>6)&0x1F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}
