package object

import (
	"strings"
	"testing"
	"unsafe"
)

func callMethodNamed(t *testing.T, th *Thread, recv Value, name string, args ...Value) Value {
	t.Helper()
	m, err := GetAttr(th, recv, Intern(name))
	if err != nil {
		t.Fatal(err)
	}
	v, err := Call(th, m, args, nil)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

// TestStrIndexNonASCII checks code point indexing against a rune slice on
// a long mixed string (the lazy index's strides and their ends).
func TestStrIndexNonASCII(t *testing.T) {
	th := &Thread{}
	text := strings.Repeat("aé中😀\xed\xa0\x80b", 40)
	s := NewStr(text)
	var cps []string
	for i := 0; i < len(text); {
		_, n := decodeForTest(text[i:])
		cps = append(cps, text[i:i+n])
		i += n
	}
	if s.Len() != len(cps) {
		t.Fatalf("len = %d, want %d", s.Len(), len(cps))
	}
	for i := range cps {
		v, err := GetItem(th, s.AsValue(), Int(int64(i)))
		if err != nil || (*Str)(v.p).s != cps[i] {
			t.Fatalf("s[%d] = %q, %v; want %q", i, (*Str)(v.p).s, err, cps[i])
		}
		if got := s.Slice(i, len(cps)).s; got != strings.Join(cps[i:], "") {
			t.Fatalf("s[%d:] wrong", i)
		}
	}
}

func decodeForTest(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 {
		return 0xD800, 3
	}
	for n := 1; n <= len(s); n++ {
		if n == len(s) || s[n]&0xC0 != 0x80 {
			return 0, n
		}
	}
	return 0, len(s)
}

func TestByteArrayMutation(t *testing.T) {
	th := &Thread{}
	ba := NewByteArray([]byte("hello"))
	callMethodNamed(t, th, ba, "append", Int('!'))
	callMethodNamed(t, th, ba, "insert", Int(0), Int('>'))
	callMethodNamed(t, th, ba, "extend", NewBytes([]byte("ab")))
	if got := callMethodNamed(t, th, ba, "pop"); got.AsInt() != 'b' {
		t.Errorf("pop = %v", got.AsInt())
	}
	callMethodNamed(t, th, ba, "remove", Int('l'))
	if err := SetItem(th, ba, NewSlice(Int(1), Int(3), Null), NewBytes([]byte("XYZ"))); err != nil {
		t.Fatal(err)
	}
	if err := SetItem(th, ba, Int(-1), Int('?')); err != nil {
		t.Fatal(err)
	}
	r, _ := InPlaceOp(th, ba, NewBytes([]byte("++")), OpAdd)
	callMethodNamed(t, th, r, "reverse")
	if got := string(bytesOf(ba)); got != "++?!olZYX>" {
		t.Errorf("bytearray = %q", got)
	}
	if err := SetItem(th, ba, Int(0), Int(256)); err == nil || err.Error() != "ValueError: byte must be in range(0, 256)" {
		t.Errorf("ba[0] = 256: %v", err)
	}
}

func TestMemoryView(t *testing.T) {
	th := &Thread{}
	ba := NewByteArray([]byte("abcdef"))
	mv, err := NewMemoryView(ba)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := GetItem(th, mv, NewSlice(Int(1), Null, Int(2)))
	if err != nil {
		t.Fatal(err)
	}
	if err := SetItem(th, sub, Int(0), Int('B')); err != nil {
		t.Fatal(err)
	}
	if got := string(bytesOf(ba)); got != "aBcdef" {
		t.Errorf("write through view: %q", got)
	}
	if b, _ := callMethodNamed(t, th, sub, "tobytes").AsBytes(); string(b.b) != "Bdf" {
		t.Errorf("tobytes = %q", b.b)
	}
	m, _ := GetAttr(th, ba, Intern("append"))
	if _, err := Call(th, m, []Value{Int('x')}, nil); err == nil || err.Error() != "BufferError: Existing exports of data: object cannot be re-sized" {
		t.Errorf("append with exports: %v", err)
	}
	callMethodNamed(t, th, mv, "release")
	callMethodNamed(t, th, sub, "release")
	callMethodNamed(t, th, ba, "append", Int('x'))
	if _, err := Len(th, mv); err == nil || err.Error() != "ValueError: operation forbidden on released memoryview object" {
		t.Errorf("len(released): %v", err)
	}
}

// The cached hash of a str, which setHash takes from the bytes of an ASCII
// str, is the hash of its text as pyhash computes it for any str.
func TestStrHashMatchesText(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "h\u00e9llo", "\u65e5\u672c", "\U0001F600x", strings.Repeat("xy", 40)} {
		if got, want := NewStr(s).Hash(), hashSecret.String(s); got != want {
			t.Errorf("NewStr(%q).Hash() = %d, want %d", s, got, want)
		}
	}
}

// A Str must stay within the 64-byte size class: strs are the most
// numerous objects of many programs.
func TestStrSizeClass(t *testing.T) {
	if size := unsafe.Sizeof(Str{}); size > 64 {
		t.Errorf("unsafe.Sizeof(Str{}) = %d, want at most 64", size)
	}
}
