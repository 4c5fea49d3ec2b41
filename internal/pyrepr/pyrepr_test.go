package pyrepr

import "testing"

func TestStr(t *testing.T) {
	// Expected values from CPython 3.11's repr().
	for _, c := range []struct{ in, want string }{
		{"", `''`},
		{"abc", `'abc'`},
		{"it's", `"it's"`},
		{`'"`, `'\'"'`},
		{"a\\b\n\t\r\x00\x7f", `'a\\b\n\t\r\x00\x7f'`},
		{"é中😀", `'é中😀'`},
		{"\u00a0\u2028\u200b\U000e0001", `'\xa0\u2028\u200b\U000e0001'`},
		{"\xed\xa0\x80", `'\ud800'`},
	} {
		if got := Str(c.in); got != c.want {
			t.Errorf("Str(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestBytes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", `b''`},
		{"a'b", `b"a'b"`},
		{"\x00\xff\n", `b'\x00\xff\n'`},
	} {
		if got := Bytes(c.in); got != c.want {
			t.Errorf("Bytes(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
