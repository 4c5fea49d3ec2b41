package floatfmt

import "testing"

// TestAppendNumber checks layouts of integer bodies that the float
// differential test does not reach: hex letters grouped as digits, and a
// non-ASCII rest (format(0x4e2d, 'c')) counted by code points. Expected
// values come from CPython 3.11.
func TestAppendNumber(t *testing.T) {
	for _, c := range []struct {
		spec, prefix, body string
		neg                bool
		want               string
	}{
		{"_x", "", "1fffffffffffffff", false, "1fff_ffff_ffff_ffff"}, // format(0x1fffffffffffffff, '_x')
		{"#_X", "0X", "ABCDEF", true, "-0XAB_CDEF"},                  // format(-0xabcdef, '#_X')
		{"012_x", "", "abc", false, "00_0000_0abc"},                  // format(0xabc, '012_x')
		{"_b", "", "1010101", false, "101_0101"},                     // format(0b1010101, '_b')
		{"_d", "", "1234567", false, "1_234_567"},                    // format(1234567, '_d')
		{">5c", "", "\u4e2d", false, "    \u4e2d"},                   // format(0x4e2d, '>5c')
		{"*^6c", "", "\u00e9", false, "**\u00e9***"},                 // format(0xe9, '*^6c')
		{"010,.2f", "", "1234.50", true, "-01,234.50"},               // format(-1234.5, '010,.2f')
	} {
		s, err := ParseSpec(c.spec, '>', "int")
		if err != nil {
			t.Fatalf("ParseSpec(%q): %v", c.spec, err)
		}
		if got := string(s.AppendNumber(nil, c.neg, c.prefix, []byte(c.body))); got != c.want {
			t.Errorf("spec %q body %q: got %q, want %q", c.spec, c.body, got, c.want)
		}
	}
}
