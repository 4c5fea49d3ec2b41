package object

import (
	"math"
	"testing"
	"unsafe"
)

// TestHalfFloat checks binary16 conversion against values from CPython's
// struct 'e' format.
func TestHalfFloat(t *testing.T) {
	for _, c := range []struct {
		x float64
		h uint16
	}{{1.5, 0x3e00}, {-0.25, 0xb400}, {65504, 0x7bff}, {65519, 0x7bff}, {6e-8, 0x1}, {1e-8, 0}, {0.1, 0x2e66},
		{math.Ldexp(1, -14), 0x400}, {math.Ldexp(1, -15), 0x200}, {math.Inf(-1), 0xfc00}} {
		h, ok := floatToHalf(c.x)
		if !ok || h != c.h {
			t.Errorf("floatToHalf(%g) = %#x, %v; want %#x", c.x, h, ok, c.h)
		}
	}
	for h, x := range map[uint16]float64{0x3e00: 1.5, 0xb400: -0.25, 0x7bff: 65504, 0x1: math.Ldexp(1, -24),
		0x400: math.Ldexp(1, -14), 0xfc00: math.Inf(-1)} {
		if got := halfToFloat(h); got != x {
			t.Errorf("halfToFloat(%#x) = %g; want %g", h, got, x)
		}
	}
	if !math.IsNaN(halfToFloat(0x7e00)) {
		t.Error("halfToFloat(0x7e00) is not a NaN")
	}
	if _, ok := floatToHalf(65520); ok {
		t.Error("floatToHalf(65520) did not overflow")
	}
}

// testExporter is a buffer exporter of 16-bit items for TestRegisterBuffer.
type testExporter struct {
	Header
	data    []byte
	exports int
}

func TestRegisterBuffer(t *testing.T) {
	typ := newBuiltinType("testexporter", nil)
	RegisterBuffer(typ, &BufferExporter{
		Bytes:    func(v Value) []byte { return (*testExporter)(v.p).data },
		Format:   func(Value) string { return "h" },
		ItemSize: func(Value) int { return 2 },
		Export:   func(v Value) { (*testExporter)(v.p).exports++ },
		Unexport: func(v Value) { (*testExporter)(v.p).exports-- },
	})
	x := &testExporter{Header: Header{typ}, data: []byte{1, 0, 0xff, 0xff}}
	v, err := NewMemoryView(FromPointer(unsafe.Pointer(x)))
	if err != nil {
		t.Fatal(err)
	}
	m := (*MemoryView)(v.p)
	th := newThread()
	list, err := m.toList()
	if err != nil {
		t.Fatal(err)
	}
	l, _ := list.AsList()
	if len(l.Items) != 2 || l.Items[0] != Int(1) || l.Items[1] != Int(-1) || x.exports != 1 {
		t.Errorf("tolist = %v, exports %d", l.Items, x.exports)
	}
	if err := m.setItem(th, Int(0), Int(-2)); err != nil {
		t.Fatal(err)
	}
	if x.data[0] != 0xfe || x.data[1] != 0xff {
		t.Errorf("after m[0] = -2: % x", x.data)
	}
	m.release()
	if x.exports != 0 {
		t.Errorf("exports after release = %d", x.exports)
	}
}
