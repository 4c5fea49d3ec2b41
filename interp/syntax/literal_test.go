package syntax

import (
	"math"
	"math/big"
	"reflect"
	"testing"
)

// stringCases hold literals, their values and their first warning, as
// CPython 3.11's eval gives them (3.12 gives the same warnings as
// SyntaxWarning).
var stringCases = []struct {
	lit  string
	want Const
	warn string
}{
	{"\x27\x61\x62\x63\x27", "\x61\x62\x63", ""},
	{"\x27\x61\x5c\x6e\x62\x5c\x74\x63\x5c\x5c\x64\x5c\x27\x65\x5c\x22\x66\x27", "\x61\x0a\x62\x09\x63\x5c\x64\x27\x65\x22\x66", ""},
	{"\x27\x5c\x61\x5c\x62\x5c\x66\x5c\x76\x5c\x72\x5c\x30\x27", "\x07\x08\x0c\x0b\x0d\x00", ""},
	{"\x27\x5c\x31\x30\x31\x5c\x37\x5c\x37\x37\x37\x5c\x31\x32\x33\x34\x27", "\x41\x07\xc7\xbf\x53\x34", "invalid octal escape sequence '\\777'"},
	{"\x27\x5c\x78\x34\x31\x5c\x78\x66\x66\x27", "\x41\xc3\xbf", ""},
	{"\x27\x5c\x75\x32\x30\x61\x63\x5c\x55\x30\x30\x30\x31\x46\x36\x30\x30\x27", "\xe2\x82\xac\xf0\x9f\x98\x80", ""},
	{"\x27\x5c\x4e\x7b\x42\x55\x4c\x4c\x45\x54\x7d\x5c\x4e\x7b\x6c\x61\x74\x69\x6e\x20\x73\x6d\x61\x6c\x6c\x20\x6c\x65\x74\x74\x65\x72\x20\x61\x7d\x5c\x4e\x7b\x43\x4a\x4b\x20\x55\x4e\x49\x46\x49\x45\x44\x20\x49\x44\x45\x4f\x47\x52\x41\x50\x48\x2d\x34\x45\x30\x30\x7d\x5c\x4e\x7b\x48\x41\x4e\x47\x55\x4c\x20\x53\x59\x4c\x4c\x41\x42\x4c\x45\x20\x47\x41\x47\x7d\x27", "\xe2\x80\xa2\x61\xe4\xb8\x80\xea\xb0\x81", ""},
	{"\x27\x5c\x64\x5c\x71\x27", "\x5c\x64\x5c\x71", "invalid escape sequence '\\d'"},
	{"\x27\x5c\xc3\xa9\x27", "\x5c\xc3\xa9", ""},
	{"\x27\x61\x5c\x0a\x62\x27", "\x61\x62", ""},
	{"\x72\x27\x5c\x6e\x5c\x78\x27", "\x5c\x6e\x5c\x78", ""},
	{"\x62\x27\x5c\x6e\x5c\x78\x34\x31\x5c\x78\x66\x66\x5c\x37\x37\x37\x5c\x75\x32\x30\x61\x63\x27", Bytes("\x0a\x41\xff\xff\x5c\x75\x32\x30\x61\x63"), "invalid octal escape sequence '\\777'"},
	{"\x72\x62\x27\x5c\x6e\x27", Bytes("\x5c\x6e"), ""},
	{"\x27\x5c\x75\x64\x38\x30\x30\x27", "\xed\xa0\x80", ""},
	{"\x27\x27\x27\x61\x27\x62\x27\x27\x63\x27\x27\x27", "\x61\x27\x62\x27\x27\x63", ""},
	{"\x22\x22\x22\x78\x22\x22\x22", "\x78", ""},
	{"\x75\x27\x5c\x4e\x7b\x45\x4d\x20\x44\x41\x53\x48\x7d\x27", "\xe2\x80\x94", ""},
	{"\x42\x27\x5c\x64\x27", Bytes("\x5c\x64"), "invalid escape sequence '\\d'"},
	{"\x27\xc3\xa9\x5c\x6e\x27", "\xc3\xa9\x0a", ""},
	{"\x27\x5c\x38\x27", "\x5c\x38", "invalid escape sequence '\\8'"},
}

func TestDecodeString(t *testing.T) {
	for _, c := range stringCases {
		s := NewScanner("t.py", []byte(c.lit), nil)
		tok := s.Next()
		if tok.Kind != STRING {
			t.Errorf("%q: scanned %v", c.lit, tok.Kind)
			continue
		}
		var warns []Warning
		got, err := DecodeString(tok, func(w Warning) { warns = append(warns, w) }, "t.py")
		if err != nil {
			t.Errorf("%q: %v", c.lit, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %#v, want %#v", c.lit, got, c.want)
		}
		gotWarn := ""
		if len(warns) > 0 {
			gotWarn = warns[0].Msg
			if warns[0].Category != "SyntaxWarning" || warns[0].Lineno != 1 {
				t.Errorf("%q: warning %+v", c.lit, warns[0])
			}
		}
		if gotWarn != c.warn || len(warns) > 1 {
			t.Errorf("%q: warnings %v, want %q", c.lit, warns, c.warn)
		}
	}
}

func TestDecodeFStringMiddle(t *testing.T) {
	cases := []struct {
		src  string
		raw  bool
		want []string // the values of the FSTRING_MIDDLE tokens
	}{
		{`f"a{{b}}c"`, false, []string{"a{b}c"}},
		{`f"\t{x}\x41{{"`, false, []string{"\t", "A{"}},
		{`f"\N{BULLET}{{\N{EM DASH}}}"`, false, []string{"\u2022{\u2014}"}},
		{`f"\{x}"`, false, []string{`\`}},
		{`rf"\t{{\{x}"`, true, []string{`\t{\`}},
		{`f"{x:\x3e{w}}"`, false, []string{">"}},
	}
	for _, c := range cases {
		s := NewScanner("t.py", []byte(c.src), nil)
		var got []string
		for tok := s.Next(); tok.Kind != EOF && tok.Kind != ILLEGAL; tok = s.Next() {
			if tok.Kind == FSTRING_MIDDLE {
				v, err := DecodeFStringMiddle(tok, c.raw, nil, "t.py")
				if err != nil {
					t.Errorf("%q: %v", c.src, err)
				}
				got = append(got, v)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	cases := []struct {
		lit  string
		want Const
	}{
		{"0", int64(0)}, {"00", int64(0)}, {"1_000", int64(1000)}, {"0x_ff", int64(255)}, {"0O17", int64(15)},
		{"0b1_01", int64(5)}, {"9223372036854775807", int64(math.MaxInt64)},
		{"9223372036854775808", new(big.Int).Lsh(big.NewInt(1), 63)},
		{"123_456_789_012_345_678_901_234_567_890", huge},
		{"0xffffffffffffffffffff", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(1))},
		{"1.5", 1.5}, {".5", 0.5}, {"5.", 5.0}, {"1e3", 1000.0}, {"1_0.2_5e-1_0", 10.25e-10},
		{"0.1", 0.1}, {"1e400", math.Inf(1)}, {"1e-400", 0.0}, {"00.5", 0.5}, {"0e0", 0.0},
		{"2.2250738585072011e-308", 2.2250738585072011e-308},
		{"1j", complex(0, 1)}, {"1.5J", complex(0, 1.5)}, {"1e1j", complex(0, 10)}, {"0_0j", complex(0, 0)},
	}
	for _, c := range cases {
		s := NewScanner("t.py", []byte(c.lit), nil)
		tok := s.Next()
		got, err := ParseNumber(tok)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s (%v %q): got %#v, %v; want %#v", c.lit, tok.Kind, tok.Text, got, err, c.want)
		}
	}
}
