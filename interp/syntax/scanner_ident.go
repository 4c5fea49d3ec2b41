// scanner_ident.go: the Unicode character classes of identifiers (PEP 3131)
// and their normalization.

package syntax

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// idStart holds the categories of ID_Start (before its exclusions).
var idStart = []*unicode.RangeTable{
	unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl, unicode.Other_ID_Start,
}

// idContinueExtra holds what ID_Continue adds to ID_Start.
var idContinueExtra = []*unicode.RangeTable{
	unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue,
}

// notXID holds the characters of ID_Start and ID_Continue that XID_Start
// and XID_Continue leave out because NFKC turns them into something that
// is no identifier (from DerivedCoreProperties.txt). Those also marked in
// xidStartOnly remain in XID_Continue.
var notXID = &unicode.RangeTable{R16: []unicode.Range16{
	{0x037A, 0x037A, 1}, {0x0E33, 0x0E33, 1}, {0x0EB3, 0x0EB3, 1},
	{0x309B, 0x309C, 1}, {0xFC5E, 0xFC63, 1}, {0xFDFA, 0xFDFB, 1},
	{0xFE70, 0xFE7E, 2}, {0xFF9E, 0xFF9F, 1},
}}

// xidStartOnly holds the characters of notXID that are XID_Continue.
var xidStartOnly = &unicode.RangeTable{R16: []unicode.Range16{
	{0x0E33, 0x0E33, 1}, {0x0EB3, 0x0EB3, 1}, {0xFF9E, 0xFF9F, 1},
}}

func isIDStart(r rune) bool {
	return unicode.IsOneOf(idStart, r) && !unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// isXIDStart reports whether r may start an identifier ('_' aside).
func isXIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return isIDStart(r) && !unicode.Is(notXID, r)
}

// isXIDContinue reports whether r may appear in an identifier after its
// first character.
func isXIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	if unicode.Is(notXID, r) {
		return unicode.Is(xidStartOnly, r)
	}
	return isIDStart(r) || unicode.IsOneOf(idContinueExtra, r) &&
		!unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// isPrintable reports whether r is printable as Python's str.isprintable
// defines it: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except
// for the space. That is Go's unicode.IsPrint.
func isPrintable(r rune) bool { return unicode.IsPrint(r) }

// NormalizeIdentifier returns the NFKC normal form of a NAME token's text,
// which is the identifier it denotes (PEP 3131: "ﬁle" and "file" are the
// same name). ASCII names are returned unchanged without allocating.
func NormalizeIdentifier(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return norm.NFKC.String(name)
		}
	}
	return name
}
