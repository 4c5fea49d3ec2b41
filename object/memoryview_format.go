package object

// memoryview_format.go: the native single-item struct formats of
// memoryview items: their sizes, and conversion between items and values
// with CPython's checks.

import (
	"encoding/binary"
	"math"
)

// nativeItemSize is the size of each native format character (0: not a
// native single-item format).
var nativeItemSize = [128]uint8{'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
	'n': 8, 'N': 8, 'f': 4, 'd': 8, '?': 1, 'c': 1, 'e': 2, 'P': 8}

// parseFormat returns the format character of a native single-item
// format ("x" or "@x").
func parseFormat(f string) (byte, bool) {
	f = nativeFormat(f)
	if len(f) != 1 || f[0] >= 128 || nativeItemSize[f[0]] == 0 {
		return 0, false
	}
	return f[0], true
}

// nativeFormat strips the '@' that may start a native format.
func nativeFormat(f string) string {
	if len(f) > 0 && f[0] == '@' {
		return f[1:]
	}
	return f
}

// castable reports whether cast accepts code as a destination (not 'e' in
// CPython 3.11).
func castable(code byte) bool { return code != 'e' }

// unpackable reports whether items of format code can be read.
func unpackable(code byte) bool { return code < 128 && nativeItemSize[code] != 0 }

func isByteFormat(f string) bool {
	return f == "B" || f == "b" || f == "c"
}

// unpackItem converts the item b of format code to a value.
func unpackItem(code byte, b []byte) Value {
	ne := binary.NativeEndian
	switch code {
	case 'b':
		return Int(int64(int8(b[0])))
	case 'B':
		return Int(int64(b[0]))
	case 'h':
		return Int(int64(int16(ne.Uint16(b))))
	case 'H':
		return Int(int64(ne.Uint16(b)))
	case 'i':
		return Int(int64(int32(ne.Uint32(b))))
	case 'I':
		return Int(int64(ne.Uint32(b)))
	case 'l', 'q', 'n':
		return Int(int64(ne.Uint64(b)))
	case 'L', 'Q', 'N', 'P':
		return IntFromUint64(ne.Uint64(b))
	case 'f':
		return Float(float64(math.Float32frombits(ne.Uint32(b))))
	case 'd':
		return Float(math.Float64frombits(ne.Uint64(b)))
	case 'e':
		return Float(halfToFloat(ne.Uint16(b)))
	case '?':
		return Bool(b[0] != 0)
	case 'c':
		return NewBytes([]byte{b[0]})
	}
	panic("BUG: unpackItem: format " + string(code))
}

// packItem stores v as an item of format code in dst.
func packItem(t *Thread, code byte, v Value, dst []byte) error {
	ne := binary.NativeEndian
	invalidType := func() error { return Errorf(TypeError, "memoryview: invalid type for format '%c'", code) }
	invalidValue := func() error { return Errorf(ValueError, "memoryview: invalid value for format '%c'", code) }
	switch code {
	case 'f', 'd', 'e':
		if v.Type().Float == nil && v.Type().Index == nil {
			if _, ok := AsFloat64(v); !ok {
				return invalidType()
			}
		}
		x, err := ToFloat(t, v)
		if err != nil {
			return invalidType()
		}
		switch code {
		case 'f':
			ne.PutUint32(dst, math.Float32bits(float32(x)))
		case 'd':
			ne.PutUint64(dst, math.Float64bits(x))
		default:
			h, ok := floatToHalf(x)
			if !ok {
				return invalidValue()
			}
			ne.PutUint16(dst, h)
		}
		return nil
	case '?':
		b, err := Truth(t, v)
		if err != nil {
			return err
		}
		dst[0] = 0
		if b {
			dst[0] = 1
		}
		return nil
	case 'c':
		b, ok := v.AsBytes()
		if !ok {
			return invalidType()
		}
		if len(b.b) != 1 {
			return invalidValue()
		}
		dst[0] = b.b[0]
		return nil
	}
	if v.Type().Index == nil {
		return invalidType()
	}
	iv, err := Index(t, v)
	if err != nil {
		return invalidType()
	}
	small, big, _ := intOperand(iv)
	if code == 'P' && big == nil {
		// A pointer takes any int of 64 bits, signed or not.
		ne.PutUint64(dst, uint64(small))
		return nil
	}
	signed := code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n'
	var u uint64
	switch {
	case big == nil && signed:
		u = uint64(small)
	case big == nil:
		if small < 0 {
			return invalidValue()
		}
		u = uint64(small)
	case !signed && big.Sign() >= 0 && big.IsUint64():
		u = big.Uint64()
	default:
		return invalidValue()
	}
	bits := uint(len(dst) * 8)
	if signed {
		s := int64(u)
		if bits < 64 && (s < -1<<(bits-1) || s >= 1<<(bits-1)) {
			return invalidValue()
		}
	} else if bits < 64 && u >= 1<<bits {
		return invalidValue()
	}
	switch len(dst) {
	case 1:
		dst[0] = byte(u)
	case 2:
		ne.PutUint16(dst, uint16(u))
	case 4:
		ne.PutUint32(dst, uint32(u))
	default:
		ne.PutUint64(dst, u)
	}
	return nil
}

// halfToFloat converts an IEEE 754 binary16 value.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp, frac := int(h>>10&0x1F), float64(h&0x3FF)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1F:
		if frac != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}

// floatToHalf converts x to binary16 rounding to nearest even, failing
// when x is finite but too large.
func floatToHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign, x = 0x8000, -x
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7E00, true
	case math.IsInf(x, 0):
		return sign | 0x7C00, true
	case x == 0:
		return sign, true
	}
	frac, exp := math.Frexp(x) // x = frac * 2**exp, 0.5 <= frac < 1
	if exp < -13 {
		// Subnormal: units of 2**-24.
		return sign | uint16(math.RoundToEven(math.Ldexp(x, 24))), true
	}
	m := math.RoundToEven(math.Ldexp(frac, 11)) // 1024 <= m <= 2048
	if m == 2048 {
		m, exp = 1024, exp+1
	}
	if exp > 16 {
		return 0, false
	}
	return sign | uint16(exp+14)<<10 | uint16(m)&0x3FF, true
}
