package syntax

import (
	"strings"
	"testing"
)

// errorCase is source that CPython rejects, with the fields of its
// SyntaxError.
type errorCase struct {
	src                                  string
	kind                                 ErrorKind
	msg                                  string
	lineno, offset, endLineno, endOffset int
	text                                 string
}

// errorCases were produced by CPython 3.11's compile(src, "f.py", "exec"),
// for errors of the tokenizer and of literal decoding, where 3.11 and 3.12
// agree.
var errorCases = []errorCase{
	{"1_a\n", SyntaxError, "invalid decimal literal", 1, 2, 1, 2, "1_a"},
	{"x = (\n", SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (\n"},
	{"x = $\n", SyntaxError, "invalid syntax", 1, 5, 1, 6, "x = $\n"},
	{"a ? b\n", SyntaxError, "invalid syntax", 1, 3, 1, 4, "a ? b\n"},
	{"0x\n", SyntaxError, "invalid hexadecimal literal", 1, 2, 1, 2, "0x"},
	{"0xg\n", SyntaxError, "invalid hexadecimal literal", 1, 2, 1, 2, "0xg"},
	{"09\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2, "09"},
	{"0_7\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 3, "0_7"},
	{"00_9 + 1\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 4, "00_9 + 1"},
	{"1abc\n", SyntaxError, "invalid decimal literal", 1, 1, 1, 1, "1abc"},
	{"1.5e\n", SyntaxError, "invalid decimal literal", 1, 3, 1, 3, "1.5e"},
	{"1e+\n", SyntaxError, "invalid decimal literal", 1, 3, 1, 3, "1e+"},
	{"1e+x\n", SyntaxError, "invalid decimal literal", 1, 3, 1, 3, "1e+x"},
	{"0o8\n", SyntaxError, "invalid digit '8' in octal literal", 1, 3, 1, 3, "0o8"},
	{"0o\n", SyntaxError, "invalid octal literal", 1, 2, 1, 2, "0o"},
	{"0o1_\n", SyntaxError, "invalid octal literal", 1, 4, 1, 4, "0o1_"},
	{"0b2\n", SyntaxError, "invalid digit '2' in binary literal", 1, 3, 1, 3, "0b2"},
	{"0b12\n", SyntaxError, "invalid digit '2' in binary literal", 1, 4, 1, 4, "0b12"},
	{"0b\n", SyntaxError, "invalid binary literal", 1, 2, 1, 2, "0b"},
	{"0_\n", SyntaxError, "invalid decimal literal", 1, 2, 1, 2, "0_"},
	{"1__0\n", SyntaxError, "invalid decimal literal", 1, 2, 1, 2, "1__0"},
	{"1_\n", SyntaxError, "invalid decimal literal", 1, 2, 1, 2, "1_"},
	{"1.2_\n", SyntaxError, "invalid decimal literal", 1, 4, 1, 4, "1.2_"},
	{"1jx\n", SyntaxError, "invalid imaginary literal", 1, 2, 1, 2, "1jx"},
	{"0x1_g\n", SyntaxError, "invalid hexadecimal literal", 1, 4, 1, 4, "0x1_g"},
	{"5_j\n", SyntaxError, "invalid decimal literal", 1, 2, 1, 2, "5_j"},
	{"'abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "'abc"},
	{"x = 'abc\\\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = 'abc\\"},
	{"x = '''abc\n\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = '''abc"},
	{"x = \"\"\"\nabc\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = \"\"\""},
	{"y = 1\nb'\n", SyntaxError, "unterminated string literal (detected at line 2)", 2, 1, 2, 1, "b'"},
	{"u'''\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1, "u'''"},
	{"rb'''abc\ndef", SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1, "rb'''abc"},
	{"x = 1 \\ 2\n", SyntaxError, "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ 2\n"},
	{"x = \\", SyntaxError, "unexpected EOF while parsing", 1, 6, 1, -1, "x = \\\n"},
	{"x = 1\ny = 2 \\ 3\n", SyntaxError, "unexpected character after line continuation character", 2, 8, 2, 0, "y = 2 \\ 3\n"},
	{"\\\n", SyntaxError, "unexpected EOF while parsing", 1, 2, 1, -1, "\\\n"},
	{"(1,\n \\ 2)\n", SyntaxError, "unexpected character after line continuation character", 2, 3, 2, 0, " \\ 2)\n"},
	{"if x:\n  a\n b\n", IndentationError, "unindent does not match any outer indentation level", 3, 3, 3, -1, " b\n"},
	{"if x:\n\ta\n        b\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        b\n"},
	{"if x:\n        a\n\tb\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tb\n"},
	{"if x:\n    a\n  \tb\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "  \tb\n"},
	{"a = )\n", SyntaxError, "unmatched ')'", 1, 5, 1, 5, "a = )"},
	{"(]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2, "(]"},
	{"(\n]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1, "]"},
	{"[1, 2}\n", SyntaxError, "closing parenthesis '}' does not match opening parenthesis '['", 1, 6, 1, 6, "[1, 2}"},
	{"x = (1,\n  2,\n  3]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 3, 4, 3, 4, "  3]"},
	{"foo(\n", SyntaxError, "'(' was never closed", 1, 4, 1, 0, "foo(\n"},
	{"foo(a, [1,\n", SyntaxError, "'[' was never closed", 1, 8, 1, 0, "foo(a, [1,\n"},
	// compile() quotes "{" here without its newline when the error is on an
	// earlier line than the tokenizer's; when it runs a file, with it.
	{"{\n\n", SyntaxError, "'{' was never closed", 1, 1, 1, 0, "{\n"},
	{"\xe2\x82\xac = 1\n", SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 1, 1, 1, "\xe2\x82\xac = 1"},
	{"a\xe2\x80\x8b = 1\n", SyntaxError, "invalid non-printable character U+200B", 1, 2, 1, 2, "a\xe2\x80\x8b = 1"},
	{"x = 1 + \xc2\xa0 2\n", SyntaxError, "invalid non-printable character U+00A0", 1, 9, 1, 9, "x = 1 + \xc2\xa0 2"},
	{"x\xe2\x82\xac\n", SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 2, 1, 2, "x\xe2\x82\xac"},
	{"\xe2\x82\xacx\n", SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 1, 1, 1, "\xe2\x82\xacx"},
	{"a\xe2\x82\xacb = 1\n", SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 2, 1, 2, "a\xe2\x82\xacb = 1"},
	{"x = \x01\n", SyntaxError, "invalid non-printable character U+0001", 1, 5, 1, 5, "x = \x01"},
	{"x = \x7f\n", SyntaxError, "invalid non-printable character U+007F", 1, 5, 1, 5, "x = \x7f"},
	{"\x0b = 1\n", SyntaxError, "invalid non-printable character U+000B", 1, 1, 1, 1, "\x0b = 1"},
	{"x = `a`\n", SyntaxError, "invalid syntax", 1, 5, 1, 6, "x = `a`\n"},
	{"\xcf\x80 = 1; \xe2\x82\xac\n", SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 8, 1, 8, "\xcf\x80 = 1; \xe2\x82\xac"},
	{"\xef\xbb\xbf# coding: latin-1\n", SyntaxError, "encoding problem: iso-8859-1 with BOM", 0, -1, 0, 0, ""},
	{"# coding: foo\n", SyntaxError, "unknown encoding: foo", 0, -1, 0, 0, ""},
	{"# vim: set fileencoding=koi9 :\n", SyntaxError, "unknown encoding: koi9", 0, -1, 0, 0, ""},
	{"#!/usr/bin/python\n# -*- coding: nope -*-\n", SyntaxError, "unknown encoding: nope", 0, -1, 0, 0, ""},
	{"# coding: ascii\nx = '\xe9'\n", SyntaxError, "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)", 0, -1, 0, 0, ""},
	// compile() reports "(unicode error) 'utf-8' codec can't decode byte 0xff
	// in position 0: invalid start byte" at the string; running a file gives:
	{"x = 1\ny = \"\xff\"\n", SyntaxError, "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 0, 0, 0, 0, ""},
	{"x = 1\n(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n", SyntaxError, "too many nested parentheses", 2, 201, 2, 201, "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("},
	{"s = '\\x1'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10, "s = '\\x1'\n"},
	{"s = '\\u12'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, 1, 11, "s = '\\u12'\n"},
	{"s = '\\U0011ffff'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17, "s = '\\U0011ffff'\n"},
	{"s = '\\N{nope}'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 15, 1, 15, "s = '\\N{nope}'\n"},
	{"s = '\\N'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9, 1, 9, "s = '\\N'\n"},
	{"s = b'\\x1'\n", SyntaxError, "(value error) invalid \\x escape at position 0", 1, 11, 1, 11, "s = b'\\x1'\n"},
	{"s = b'\xc3\xa9'\n", SyntaxError, "bytes can only contain ASCII literal characters", 1, 5, 1, 9, "s = b'\xc3\xa9'\n"}, // CPython: end offset 10, counted in bytes
	{"x = 1\n" + strings.Repeat("(", 201) + "\n", SyntaxError, "too many nested parentheses", 2, 201, 2, 201, strings.Repeat("(", 201)},
	{deepIndent(101), IndentationError, "too many levels of indentation", 101, 1, 101, 0, strings.Repeat(" ", 100) + "if x:\n"},
	{"x = 1" + strings.Repeat("0", 4400) + "\n", SyntaxError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4401 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", 1, 0, 1, 0, "x = 1" + strings.Repeat("0", 4400) + "\n"},
}

// fstringErrorCases follow CPython 3.12's tokenizer (python3 here is 3.11,
// whose f-string errors differ).
var fstringErrorCases = []errorCase{
	{"f'{'\n", SyntaxError, "f-string: expecting '}'", 1, 4, 1, 4, "f'{'"},
	{"x = f'{a b'\n", SyntaxError, "f-string: expecting '}'", 1, 10, 1, 10, "x = f'{a b'"},
	{"f'}'\n", SyntaxError, "f-string: single '}' is not allowed", 1, 3, 1, 3, "f'}'"},
	{"f'a}b'\n", SyntaxError, "f-string: single '}' is not allowed", 1, 4, 1, 4, "f'a}b'"},
	{"f'{)}'\n", SyntaxError, "f-string: unmatched ')'", 1, 4, 1, 4, "f'{)}'"},
	{"f'{(]}'\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 5, 1, 5, "f'{(]}'"},
	{"f'abc\n", SyntaxError, "unterminated f-string literal (detected at line 1)", 1, 1, 1, 1, "f'abc"},
	{"x = rf'{a}\n", SyntaxError, "unterminated f-string literal (detected at line 1)", 1, 5, 1, 5, "x = rf'{a}"},
	{"f'''abc\n{x}\n", SyntaxError, "unterminated triple-quoted f-string literal (detected at line 2)", 1, 1, 1, 1, "f'''abc"},
	{"f'{x:{y:{z:{w}}}}'\n", SyntaxError, "f-string: expressions nested too deeply", 1, 11, 1, 11, "f'{x:{y:{z:{w}}}}'"},
	{"f'''{\n", SyntaxError, "'{' was never closed", 1, 5, 1, 0, "f'''{\n"},
	{"f'{x!r:\n", SyntaxError, "'{' was never closed", 1, 3, 1, 0, "f'{x!r:\n"},
	{strings.Repeat("f'{", 150) + "\n", SyntaxError, "too many nested f-strings", 1, 449, 1, 449, strings.Repeat("f'{", 150)},
}

func deepIndent(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

// firstError scans src and decodes its literals as the parser does,
// returning the first error.
func firstError(src string) *Error {
	s := NewScanner("f.py", []byte(src), nil)
	for {
		tok := s.Next()
		var err *Error
		switch tok.Kind {
		case ILLEGAL:
			return s.Err()
		case EOF:
			return nil
		case STRING:
			_, err = DecodeString(tok, nil, "f.py")
		case NUMBER:
			_, err = ParseNumber(tok)
		}
		if err != nil {
			s.Locate(err)
			return err
		}
	}
}

func TestErrors(t *testing.T) {
	for _, cases := range [][]errorCase{errorCases, fstringErrorCases} {
		for _, c := range cases {
			got := firstError(c.src)
			want := &Error{Kind: c.kind, Msg: c.msg, Filename: "f.py", Lineno: c.lineno, Offset: c.offset,
				EndLineno: c.endLineno, EndOffset: c.endOffset, Text: c.text}
			if got == nil {
				t.Errorf("%.60q: no error, want %v %q", c.src, c.kind, c.msg)
				continue
			}
			if *got != *want {
				t.Errorf("%.60q:\n got %v %q %d:%d-%d:%d %.60q\nwant %v %q %d:%d-%d:%d %.60q", c.src,
					got.Kind, got.Msg, got.Lineno, got.Offset, got.EndLineno, got.EndOffset, got.Text,
					want.Kind, want.Msg, want.Lineno, want.Offset, want.EndLineno, want.EndOffset, want.Text)
			}
		}
	}
}
