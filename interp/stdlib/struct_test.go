package stdlib

import (
	"math"
	"testing"

	"github.com/adderpy/adder/object"
)

func structMethodFn(name string) object.NativeFunc {
	for _, m := range structMethods {
		if m.Name == name {
			return m.Fn
		}
	}
	panic("BUG: no _struct." + name)
}

// Compare with python3 -m timeit -s 'import struct'
// "struct.pack('<dqi', 1.5, 2, 3)" (and unpack of 20 bytes).
func BenchmarkStructPack(b *testing.B) {
	benchCall(b, structMethodFn("pack"), object.StrValue("<dqi"), object.Float(1.5), object.Int(2), object.Int(3))
}

func BenchmarkStructUnpack(b *testing.B) {
	benchCall(b, structMethodFn("unpack"), object.StrValue("<dqi"), object.NewBytes(make([]byte, 20)))
}

// TestHalfRoundTrip checks every binary16 value decodes and encodes back
// to the same bits, and that rounding between neighbours goes to even.
func TestHalfRoundTrip(t *testing.T) {
	for h := range 1 << 16 {
		x := halfToFloat(uint16(h))
		got, ok := floatToHalf(x)
		if math.IsNaN(x) {
			if !ok || got&0x7c00 != 0x7c00 || got&0x3ff == 0 || got&0x8000 != uint16(h)&0x8000 {
				t.Errorf("NaN %#04x encodes as %#04x", h, got)
			}
			continue
		}
		if !ok || got != uint16(h) {
			t.Errorf("%#04x -> %v -> %#04x, %v", h, x, got, ok)
		}
		// The midpoint to the next value up rounds to the even neighbour.
		if e := h & 0x7c00; e != 0x7c00 && h&0x8000 == 0 && h < 0x7bff {
			next := halfToFloat(uint16(h + 1))
			mid, _ := floatToHalf((x + next) / 2)
			want := uint16(h)
			if h&1 == 1 {
				want = uint16(h + 1)
			}
			if mid != want {
				t.Errorf("midpoint of %#04x and %#04x encodes as %#04x, want %#04x", h, h+1, mid, want)
			}
		}
	}
	if _, ok := floatToHalf(65520); ok {
		t.Error("65520 should overflow binary16")
	}
}
