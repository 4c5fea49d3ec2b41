package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// tokenString formats the tokens of src compactly: operators as their
// text, others as KIND or KIND(text); an error ends the list.
func tokenString(src string) string {
	s := NewScanner("t.py", []byte(src), nil)
	var parts []string
	for {
		tok := s.Next()
		switch {
		case tok.Kind == ILLEGAL:
			return strings.Join(append(parts, "ERROR("+s.Err().Msg+")"), " ")
		case tok.Kind >= LPAR:
			parts = append(parts, tok.Text)
		case tok.Kind == NAME || tok.Kind == NUMBER || tok.Kind == STRING || tok.Kind >= FSTRING_START:
			parts = append(parts, fmt.Sprintf("%s(%s)", strings.Trim(tok.Kind.String(), "<>"), tok.Text))
		default:
			parts = append(parts, strings.Trim(tok.Kind.String(), "<>"))
		}
		if tok.Kind == EOF {
			return strings.Join(parts, " ")
		}
	}
}

var tokenCases = []struct{ src, want string }{
	// Lines, indentation, blank lines and comments.
	{"", "EOF"},
	{"\n\n# c\n", "EOF"},
	{"x", "NAME(x) NEWLINE EOF"},
	{"x = 1\n", "NAME(x) = NUMBER(1) NEWLINE EOF"},
	{"if x:\n    y\n\n  # c\n    z\nw\n", "NAME(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT NAME(w) NEWLINE EOF"},
	{"if x:\n if y:\n  z", "NAME(if) NAME(x) : NEWLINE INDENT NAME(if) NAME(y) : NEWLINE INDENT NAME(z) NEWLINE DEDENT DEDENT EOF"},
	{"if x:\n\tif y:\n\t\tz\n", "NAME(if) NAME(x) : NEWLINE INDENT NAME(if) NAME(y) : NEWLINE INDENT NAME(z) NEWLINE DEDENT DEDENT EOF"},
	{"if x:\n        a\n\tb\n", "NAME(if) NAME(x) : NEWLINE INDENT NAME(a) NEWLINE ERROR(inconsistent use of tabs and spaces in indentation)"},
	{"if x:\n  \f  a\n", "NAME(if) NAME(x) : NEWLINE INDENT NAME(a) NEWLINE DEDENT EOF"},
	{"x = (1,\n  2)\ny", "NAME(x) = ( NUMBER(1) , NUMBER(2) ) NEWLINE NAME(y) NEWLINE EOF"},
	{"x = 1 + \\\n    2\n", "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE EOF"},
	{"x = 1\r\ny = 2\rz", "NAME(x) = NUMBER(1) NEWLINE NAME(y) = NUMBER(2) NEWLINE NAME(z) NEWLINE EOF"},
	{"\xef\xbb\xbfx", "NAME(x) NEWLINE EOF"},
	{"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "NAME(x) = STRING('\u00e9') NEWLINE EOF"},
	{"a; b # c", "NAME(a) ; NAME(b) NEWLINE EOF"},

	// Names and operators.
	{"ñame = π_2 + ℌ", "NAME(ñame) = NAME(π_2) + NAME(ℌ) NEWLINE EOF"},
	{"a**=b//=c>>=d<<=e->f:=g...h.i", "NAME(a) **= NAME(b) //= NAME(c) >>= NAME(d) <<= NAME(e) -> NAME(f) := NAME(g) ... NAME(h) . NAME(i) NEWLINE EOF"},
	{"a != b <> c == d <= e >= f @= g", "NAME(a) != NAME(b) <> NAME(c) == NAME(d) <= NAME(e) >= NAME(f) @= NAME(g) NEWLINE EOF"},
	{"x..y", "NAME(x) . . NAME(y) NEWLINE EOF"},
	{"!x", "! NAME(x) NEWLINE EOF"},
	{"x $", "NAME(x) ERROR(invalid syntax)"},

	// Numbers.
	{"0 00 0_0 1_000 0x_1f 0O17 0b1_0 1.5 .5 5. 1e10 1E-5 1_0.0_1e+1_0 1j 1.5J 0j 00.5 0e0", "NUMBER(0) NUMBER(00) NUMBER(0_0) NUMBER(1_000) NUMBER(0x_1f) NUMBER(0O17) NUMBER(0b1_0) NUMBER(1.5) NUMBER(.5) NUMBER(5.) NUMBER(1e10) NUMBER(1E-5) NUMBER(1_0.0_1e+1_0) NUMBER(1j) NUMBER(1.5J) NUMBER(0j) NUMBER(00.5) NUMBER(0e0) NEWLINE EOF"},
	{"1if x else y", "NUMBER(1) NAME(if) NAME(x) NAME(else) NAME(y) NEWLINE EOF"},
	{"1else", "NUMBER(1) NAME(else) NEWLINE EOF"},
	{"0x1for x in y", "NUMBER(0x1f) NAME(or) NAME(x) NAME(in) NAME(y) NEWLINE EOF"},
	{"1_a", "ERROR(invalid decimal literal)"},
	{"1.x", "ERROR(invalid decimal literal)"},
	{"1. + x", "NUMBER(1.) + NAME(x) NEWLINE EOF"},

	// Strings.
	{`'a' "b" '''c''' """d"""`, `STRING('a') STRING("b") STRING('''c''') STRING("""d""") NEWLINE EOF`},
	{`r'\'' b"\"" Rb'x' bR'y' BR"" rB'' u'z' U"w"`, `STRING(r'\'') STRING(b"\"") STRING(Rb'x') STRING(bR'y') STRING(BR"") STRING(rB'') STRING(u'z') STRING(U"w") NEWLINE EOF`},
	{"'''a\nb''' x", "STRING('''a\nb''') NAME(x) NEWLINE EOF"},
	{"'a\\\nb'", "STRING('a\\\nb') NEWLINE EOF"},
	{"ur'x'", "NAME(ur) STRING('x') NEWLINE EOF"},
	{"bu'x'", "NAME(bu) STRING('x') NEWLINE EOF"},
	{"''''''", "STRING('''''') NEWLINE EOF"},
	{"'''''' ''", "STRING('''''') STRING('') NEWLINE EOF"},

	// f-strings (PEP 701).
	{`f"abc"`, `FSTRING_START(f") FSTRING_MIDDLE(abc) FSTRING_END(") NEWLINE EOF`},
	{`f""`, `FSTRING_START(f") FSTRING_END(") NEWLINE EOF`},
	{`F''''''`, `FSTRING_START(F''') FSTRING_END(''') NEWLINE EOF`},
	{`f"{x}"`, `FSTRING_START(f") { NAME(x) } FSTRING_END(") NEWLINE EOF`},
	{`f"a{x}b{y}c"`, `FSTRING_START(f") FSTRING_MIDDLE(a) { NAME(x) } FSTRING_MIDDLE(b) { NAME(y) } FSTRING_MIDDLE(c) FSTRING_END(") NEWLINE EOF`},
	{`f"{{a}} {{{x}}}"`, `FSTRING_START(f") FSTRING_MIDDLE({{a}} {{) { NAME(x) } FSTRING_MIDDLE(}}) FSTRING_END(") NEWLINE EOF`},
	{`f"{x!r}"`, `FSTRING_START(f") { NAME(x) ! NAME(r) } FSTRING_END(") NEWLINE EOF`},
	{`f"{x!r:>10}"`, `FSTRING_START(f") { NAME(x) ! NAME(r) : FSTRING_MIDDLE(>10) } FSTRING_END(") NEWLINE EOF`},
	{`f"{x:{w}.{p}f}"`, `FSTRING_START(f") { NAME(x) : { NAME(w) } FSTRING_MIDDLE(.) { NAME(p) } FSTRING_MIDDLE(f) } FSTRING_END(") NEWLINE EOF`},
	{`f"{x:}"`, `FSTRING_START(f") { NAME(x) : } FSTRING_END(") NEWLINE EOF`},
	{`f"{x = }"`, `FSTRING_START(f") { NAME(x) = } FSTRING_END(") NEWLINE EOF`},
	{`f"{x=!s:^5}"`, `FSTRING_START(f") { NAME(x) = ! NAME(s) : FSTRING_MIDDLE(^5) } FSTRING_END(") NEWLINE EOF`},
	{`f"{a!=b}"`, `FSTRING_START(f") { NAME(a) != NAME(b) } FSTRING_END(") NEWLINE EOF`},
	{`f"{(x:=1)}"`, `FSTRING_START(f") { ( NAME(x) := NUMBER(1) ) } FSTRING_END(") NEWLINE EOF`},
	{`f"{x:=1}"`, `FSTRING_START(f") { NAME(x) : FSTRING_MIDDLE(=1) } FSTRING_END(") NEWLINE EOF`},
	{`f"{lambda x: x}"`, `FSTRING_START(f") { NAME(lambda) NAME(x) : FSTRING_MIDDLE( x) } FSTRING_END(") NEWLINE EOF`},
	{`f"{d["key"]}"`, `FSTRING_START(f") { NAME(d) [ STRING("key") ] } FSTRING_END(") NEWLINE EOF`},
	{`f"{f"{f"{x}"}"}"`, `FSTRING_START(f") { FSTRING_START(f") { FSTRING_START(f") { NAME(x) } FSTRING_END(") } FSTRING_END(") } FSTRING_END(") NEWLINE EOF`},
	{`f"{ {'a': 1}['a'] }"`, `FSTRING_START(f") { { STRING('a') : NUMBER(1) } [ STRING('a') ] } FSTRING_END(") NEWLINE EOF`},
	{`f"{x:{{}}>5}"`, `FSTRING_START(f") { NAME(x) : { { } } FSTRING_MIDDLE(>5) } FSTRING_END(") NEWLINE EOF`}, // a field holding {}
	{"f'''a\n{\n  x # comment\n  + y\n}\nb'''", "FSTRING_START(f''') FSTRING_MIDDLE(a\n) { NAME(x) + NAME(y) } FSTRING_MIDDLE(\nb) FSTRING_END(''') NEWLINE EOF"},
	{"f'{x\n}'", "FSTRING_START(f') { NAME(x) } FSTRING_END(') NEWLINE EOF"},
	{`f'\n\{x}\N{BULLET} {{\N{DASH}}}'`, `FSTRING_START(f') FSTRING_MIDDLE(\n\) { NAME(x) } FSTRING_MIDDLE(\N{BULLET} {{\N{DASH}}}) FSTRING_END(') NEWLINE EOF`},
	{`rf'\N{x}' fr"\{x}"`, `FSTRING_START(rf') FSTRING_MIDDLE(\N) { NAME(x) } FSTRING_END(') FSTRING_START(fr") FSTRING_MIDDLE(\) { NAME(x) } FSTRING_END(") NEWLINE EOF`},
	{`f'\''`, `FSTRING_START(f') FSTRING_MIDDLE(\') FSTRING_END(') NEWLINE EOF`},
	{`f"{x}" "y" f'z'`, `FSTRING_START(f") { NAME(x) } FSTRING_END(") STRING("y") FSTRING_START(f') FSTRING_MIDDLE(z) FSTRING_END(') NEWLINE EOF`},
	{`f"{'''a'''}"`, `FSTRING_START(f") { STRING('''a''') } FSTRING_END(") NEWLINE EOF`},
	{`f"{x:{y:{z}}}"`, `FSTRING_START(f") { NAME(x) : { NAME(y) : { NAME(z) } } } FSTRING_END(") NEWLINE EOF`},
	{"f'{x:a\n}'", "FSTRING_START(f') { NAME(x) : FSTRING_MIDDLE(a) } FSTRING_END(') NEWLINE EOF"},
	{`f"{x}}"`, `FSTRING_START(f") { NAME(x) } ERROR(f-string: single '}' is not allowed)`},
	{`f"{"`, `FSTRING_START(f") { ERROR(f-string: expecting '}')`},
	{`f"{x!r"`, `FSTRING_START(f") { NAME(x) ! ERROR(f-string: expecting '}')`}, // r" starts a string
	{`f"{)}"`, `FSTRING_START(f") { ERROR(f-string: unmatched ')')`},
	{"f'a", `FSTRING_START(f') ERROR(unterminated f-string literal (detected at line 1))`},
	{"(f'{x}'\n)", `( FSTRING_START(f') { NAME(x) } FSTRING_END(') ) NEWLINE EOF`},
}

func TestTokens(t *testing.T) {
	for _, c := range tokenCases {
		if got := tokenString(c.src); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestInteractive(t *testing.T) {
	s := NewScanner("<stdin>", []byte("if x:\n  y\n\nz\n"), nil)
	s.SetInteractive()
	var kinds []string
	for tok := s.Next(); tok.Kind != EOF && tok.Kind != ILLEGAL; tok = s.Next() {
		kinds = append(kinds, tok.Kind.String())
	}
	want := "<NAME> <NAME> : <NEWLINE> <INDENT> <NAME> <NEWLINE> <DEDENT> <NEWLINE> <NAME> <NEWLINE>"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestFStringPositions checks token positions inside f-strings and that
// the source text of a debug field (f"{x = }") can be recovered from them.
func TestFStringPositions(t *testing.T) {
	src := "s = f'''{\n  a +\tb = !r}é{c=:>{w}}'''"
	s := NewScanner("t.py", []byte(src), nil)
	var toks []Token
	for tok := s.Next(); tok.Kind != EOF; tok = s.Next() {
		if tok.Kind == ILLEGAL {
			t.Fatal(s.Err())
		}
		toks = append(toks, tok)
	}
	var got []string
	for _, tok := range toks {
		got = append(got, fmt.Sprintf("%s %d,%d-%d,%d", tok.Text, tok.Start.Line, tok.Start.Col, tok.End.Line, tok.End.Col))
	}
	want := []string{"s 1,0-1,1", "= 1,2-1,3", "f''' 1,4-1,8", "{ 1,8-1,9", "a 2,2-2,3", "+ 2,4-2,5", "b 2,6-2,7",
		"= 2,8-2,9", "! 2,10-2,11", "r 2,11-2,12", "} 2,12-2,13", "é 2,13-2,15", "{ 2,15-2,16", "c 2,16-2,17",
		"= 2,17-2,18", ": 2,18-2,19", "> 2,19-2,20", "{ 2,20-2,21", "w 2,21-2,22", "} 2,22-2,23", "} 2,23-2,24",
		"''' 2,24-2,27", " 2,27-2,28"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// The expression text of the first field runs from after '{' to before '!'.
	if text := s.Source()[s.Offset(toks[3].End):s.Offset(toks[8].Start)]; text != "\n  a +\tb = " {
		t.Errorf("debug text %q", text)
	}
	if n := s.CharOffset(toks[12].Start); n != 15 {
		t.Errorf("CharOffset of the second '{' = %d, want 15", n)
	}
}
