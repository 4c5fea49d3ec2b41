// struct.go: the _struct module (struct.py re-exports it): packing Python
// values into C structs held in bytes and back, with CPython 3.11's format
// language, sizes, alignment, error messages and error classes.
//
// A format compiles once into a structLayout, a list of fields each with
// its byte offset and a pack/unpack kind chosen for the format character
// and byte order; module-level functions find layouts in a cache keyed by
// the format text. Native mode ('@') uses the sizes and alignments of
// amd64/arm64 Linux (long and pointers are 8 bytes) and little-endian
// order, as CPython does on those machines.

package stdlib

import (
	"encoding/binary"
	"math"
	"strconv"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	structType     = object.NewNativeType("Struct", "_struct", nil)
	structIterType = object.NewNativeType("unpack_iterator", "_struct", nil)

	// structErrorType is struct.error, made when _struct is first imported.
	structErrorType *object.Type
)

func structError(msg string) error {
	return object.NewException(structErrorType, object.StrValue(msg))
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:    "_struct",
		Doc:     "Functions to convert between Python values and C structs.",
		Methods: structMethods,
		Setup:   initStructType,
		Init: func(th *interp.Thread, m *interp.Module) error {
			if structErrorType == nil {
				cls, err := newExceptionClass(&th.Thread, "struct", "error", object.Exception)
				if err != nil {
					return err
				}
				structErrorType = cls
			}
			d := m.Dict()
			d.SetStr(object.Intern("error"), structErrorType.AsValue())
			d.SetStr(object.Intern("Struct"), structType.AsValue())
			return nil
		},
	})
}

// newExceptionClass makes the class module.name deriving from base, as
// PyErr_NewException does.
func newExceptionClass(t *object.Thread, module, name string, base *object.Type) (*object.Type, error) {
	ns := object.NewDict()
	ns.SetStr(object.Intern("__module__"), object.StrValue(module))
	cls, err := object.Call(t, object.TypeType.AsValue(), []object.Value{
		object.StrValue(name), object.NewTuple(base.AsValue()).AsValue(), ns.AsValue()}, nil)
	if err != nil {
		return nil, err
	}
	typ, _ := cls.AsType()
	return typ, nil
}

// ---- formats ----

// fieldKind says how one field packs and unpacks.
type fieldKind uint8

const (
	kindPad      fieldKind = iota // 'x': count zero bytes, no value
	kindSigned                    // two's complement, size bytes
	kindUnsigned                  // unsigned, size bytes
	kindPointer                   // 'P': unsigned, accepts negative ints on packing
	kindBool                      // '?'
	kindChar                      // 'c': bytes of length 1
	kindString                    // 's': count bytes
	kindPascal                    // 'p': length byte then count-1 bytes
	kindHalf                      // 'e'
	kindFloat                     // 'f'
	kindDouble                    // 'd'
)

// intCheck says how a packed integer is range-checked, mirroring the C
// functions CPython uses for each (format, byte order) pair, since their
// error messages differ.
type intCheck uint8

const (
	checkLong      intCheck = iota // must fit int64, then [lo, hi] with msg
	checkULong                     // must be in [0, 2**64), then <= hi with msg
	checkPointer                   // must be in [-2**63, 2**64)
	checkNamedLong                 // must fit int64, then [lo, hi] with "'c' format requires"
)

// structField is one item of a compiled format.
type structField struct {
	kind      fieldKind
	check     intCheck
	bigEndian bool
	strict    bool // 'f': overflow to infinity is an error (standard sizes)
	// bigMsg is the message for an integer outside the 64-bit range the
	// check accepts.
	bigMsg   string
	code     byte
	size     int // bytes of one item (count bytes for s, p and x)
	offset   int
	lo, hi   int64  // signed range for checkLong
	uhi      uint64 // unsigned maximum for checkULong
	rangeMsg string // error message when out of [lo, hi] or above uhi
	// okLo and okHi bound the small ints an integer field packs without
	// error (empty for other kinds): pack's fast path.
	okLo, okHi int64
}

// structLayout is a compiled format.
type structLayout struct {
	format string
	size   int
	nitems int // number of values packed (fields other than pads)
	fields []structField
}

// formatCodes gives each format character's native size; standard sizes
// differ only for l and L, and n, N and P exist only in native mode.
var formatCodes = [128]int8{
	'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8,
	's': 1, 'p': 1, 'P': 8,
}

// compileFormat parses a struct format.
func compileFormat(format string) (*structLayout, error) {
	native, bigEndian := true, false
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			native = false
			s = s[1:]
		case '>', '!':
			native, bigEndian = false, true
			s = s[1:]
		}
	}
	l := &structLayout{format: format}
	const maxSize = math.MaxInt64
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if c == ' ' || (c >= '\t' && c <= '\r') {
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = int(c - '0')
			for {
				if i >= len(s) {
					return nil, structError("repeat count given without format specifier")
				}
				c = s[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				d := int(c - '0')
				if num > (maxSize-d)/10 {
					return nil, structError("total struct size too long")
				}
				num = num*10 + d
			}
		}
		if c >= 128 || formatCodes[c] == 0 || (!native && (c == 'n' || c == 'N' || c == 'P')) {
			return nil, structError("bad char in struct format")
		}
		itemSize := int(formatCodes[c])
		if !native && (c == 'l' || c == 'L') {
			itemSize = 4
		}
		if native && itemSize > 1 && c != 's' && c != 'p' {
			size = (size + itemSize - 1) / itemSize * itemSize
		}
		if num > (maxSize-size)/itemSize {
			return nil, structError("total struct size too long")
		}
		f := structField{code: c, size: itemSize, bigEndian: bigEndian}
		f.setKind(native)
		f.setFastRange()
		switch c {
		case 's', 'p', 'x':
			f.size = num
			f.offset = size
			if c != 'x' {
				l.nitems++
			}
			if c != 'x' || num > 0 {
				l.fields = append(l.fields, f)
			}
		default:
			for k := 0; k < num; k++ {
				f.offset = size + k*itemSize
				l.fields = append(l.fields, f)
			}
			l.nitems += num
		}
		size += num * itemSize
	}
	l.size = size
	return l, nil
}

// setKind chooses the field's kind and range check. CPython's tables for
// '<' and '=' reuse the native functions where sizes agree (b B h H i I q
// Q here), and every table uses the native ones for b and B; the others
// use the byte-order functions, whose range messages name the format
// character.
func (f *structField) setKind(native bool) {
	nativeFn := native || (!f.bigEndian && f.code != 'l' && f.code != 'L') || f.code == 'b' || f.code == 'B'
	bits := uint(f.size * 8)
	f.bigMsg = "argument out of range"
	if (!nativeFn && bits == 64) || f.code == 'P' {
		// _PyLong_AsByteArray's message, from bp_longlong and np_void_p.
		f.bigMsg = "int too large to convert"
	}
	switch f.code {
	case 'x':
		f.kind = kindPad
	case 'c':
		f.kind = kindChar
	case 's':
		f.kind = kindString
	case 'p':
		f.kind = kindPascal
	case '?':
		f.kind = kindBool
	case 'e':
		f.kind = kindHalf
	case 'f':
		f.kind, f.strict = kindFloat, !native
	case 'd':
		f.kind = kindDouble
	case 'P':
		f.kind, f.check = kindPointer, checkPointer
	case 'b', 'h', 'i', 'l', 'q', 'n':
		f.kind, f.check = kindSigned, checkLong
		f.lo, f.hi = -1<<(bits-1), 1<<(bits-1)-1
		switch {
		case bits == 64:
		case nativeFn && f.code == 'b':
			f.rangeMsg = "byte format requires -128 <= number <= 127"
		case nativeFn && f.code == 'h':
			f.rangeMsg = "short format requires -32768 <= number <= 32767"
		default:
			f.check = checkNamedLong
			f.rangeMsg = "'" + string(f.code) + "' format requires " + strconv.FormatInt(f.lo, 10) + " <= number <= " + strconv.FormatInt(f.hi, 10)
		}
	default: // B H I L Q N
		f.kind = kindUnsigned
		f.uhi = 1<<bits - 1
		switch {
		case bits == 64:
			f.check = checkULong
		case nativeFn && f.code == 'B':
			f.check, f.lo, f.hi = checkLong, 0, 255
			f.rangeMsg = "ubyte format requires 0 <= number <= 255"
		case nativeFn && f.code == 'H':
			f.check, f.lo, f.hi = checkLong, 0, 65535
			f.rangeMsg = "ushort format requires 0 <= number <= 65535"
		default:
			f.check = checkULong
			f.rangeMsg = "'" + string(f.code) + "' format requires 0 <= number <= " + strconv.FormatUint(f.uhi, 10)
		}
	}
}

// setFastRange sets okLo and okHi from the kind and range check.
func (f *structField) setFastRange() {
	f.okLo, f.okHi = 1, 0
	switch {
	case f.kind == kindPointer:
		f.okLo, f.okHi = math.MinInt64, math.MaxInt64
	case f.kind == kindSigned || (f.kind == kindUnsigned && f.check == checkLong):
		f.okLo, f.okHi = f.lo, f.hi
	case f.kind == kindUnsigned:
		f.okLo, f.okHi = 0, int64(min(f.uhi, math.MaxInt64))
	}
}

// structCache maps format text to compiled layouts for the module-level
// functions; last short-cuts the common case of one format used in a loop.
var structCache struct {
	sync.Mutex
	m    map[string]*structLayout
	last atomic.Pointer[structLayout]
}

const structCacheMax = 100

// formatText returns the text of a format argument (str or bytes).
func formatText(t *object.Thread, v object.Value) (string, error) {
	if s, ok := v.AsStr(); ok {
		if !s.IsASCII() {
			// The format is encoded as ASCII: raise that codec's error.
			if _, _, err := object.CallMethod(t, v, object.Intern("encode"), object.StrValue("ascii")); err != nil {
				return "", err
			}
		}
		return s.String(), nil
	}
	if b, ok := v.AsBytes(); ok {
		return string(b.Data()), nil
	}
	return "", object.Errorf(object.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
}

// layoutOf returns the compiled layout of a format argument, through the
// cache.
func layoutOf(t *object.Thread, v object.Value) (*structLayout, error) {
	if s, ok := v.AsStr(); ok {
		if l := structCache.last.Load(); l != nil && l.format == s.String() {
			return l, nil
		}
	} else if v.Type() == structType {
		return (*structObject)(v.Pointer()).layout, nil
	}
	text, err := formatText(t, v)
	if err != nil {
		return nil, err
	}
	structCache.Lock()
	l := structCache.m[text]
	structCache.Unlock()
	if l == nil {
		if l, err = compileFormat(text); err != nil {
			return nil, err
		}
		structCache.Lock()
		if len(structCache.m) >= structCacheMax || structCache.m == nil {
			structCache.m = make(map[string]*structLayout)
		}
		structCache.m[text] = l
		structCache.Unlock()
	}
	structCache.last.Store(l)
	return l, nil
}

// ---- packing ----

// packInt converts v for an integer field: its value as uint64 bits, or
// an error with CPython's message for the field.
func (f *structField) packInt(t *object.Thread, v object.Value) (uint64, error) {
	var small int64
	isSmall := v.IsInt()
	if isSmall {
		small = v.AsInt()
	} else {
		iv := v
		if _, ok := object.AsBigInt(v); !ok {
			if v.Type().Index == nil {
				return 0, structError("required argument is not an integer")
			}
			var err error
			if iv, err = object.Index(t, v); err != nil {
				return 0, err
			}
		}
		if small, isSmall = object.AsInt64(iv); !isSmall {
			b, _ := object.AsBigInt(iv)
			if b.Sign() > 0 && b.IsUint64() && f.check != checkLong && f.check != checkNamedLong {
				u := b.Uint64()
				if f.check == checkULong && u > f.uhi {
					return 0, structError(f.rangeMsg)
				}
				return u, nil
			}
			return 0, structError(f.bigMsg)
		}
	}
	switch f.check {
	case checkLong, checkNamedLong:
		if f.rangeMsg != "" && (small < f.lo || small > f.hi) {
			return 0, structError(f.rangeMsg)
		}
	case checkULong:
		if small < 0 {
			return 0, structError(f.bigMsg)
		}
		if uint64(small) > f.uhi {
			return 0, structError(f.rangeMsg)
		}
	}
	return uint64(small), nil
}

// putUint stores the low size bytes of u at b in the field's byte order.
func (f *structField) putUint(b []byte, u uint64) {
	switch {
	case f.size == 8 && f.bigEndian:
		binary.BigEndian.PutUint64(b, u)
	case f.size == 8:
		binary.LittleEndian.PutUint64(b, u)
	case f.size == 4 && f.bigEndian:
		binary.BigEndian.PutUint32(b, uint32(u))
	case f.size == 4:
		binary.LittleEndian.PutUint32(b, uint32(u))
	case f.size == 2 && f.bigEndian:
		binary.BigEndian.PutUint16(b, uint16(u))
	case f.size == 2:
		binary.LittleEndian.PutUint16(b, uint16(u))
	default:
		b[0] = byte(u)
	}
}

// uint reads size bytes at b in the field's byte order.
func (f *structField) uint(b []byte) uint64 {
	switch {
	case f.size == 8 && f.bigEndian:
		return binary.BigEndian.Uint64(b)
	case f.size == 8:
		return binary.LittleEndian.Uint64(b)
	case f.size == 4 && f.bigEndian:
		return uint64(binary.BigEndian.Uint32(b))
	case f.size == 4:
		return uint64(binary.LittleEndian.Uint32(b))
	case f.size == 2 && f.bigEndian:
		return uint64(binary.BigEndian.Uint16(b))
	case f.size == 2:
		return uint64(binary.LittleEndian.Uint16(b))
	}
	return uint64(b[0])
}

func packFloatArg(t *object.Thread, v object.Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	x, err := object.ToFloat(t, v)
	if err != nil {
		return 0, structError("required argument is not a float")
	}
	return x, nil
}

// pack writes the values into buf, which holds l.size zeroed bytes. Ints
// in range and floats go straight in; everything else takes packField.
func (l *structLayout) pack(t *object.Thread, buf []byte, values []object.Value) error {
	i := 0
	for k := range l.fields {
		f := &l.fields[k]
		if f.kind == kindPad {
			continue
		}
		v := values[i]
		i++
		switch {
		case v.IsInt() && f.okLo <= v.AsInt() && v.AsInt() <= f.okHi:
			f.putUint(buf[f.offset:], uint64(v.AsInt()))
		case v.IsFloat() && f.kind == kindDouble:
			f.putUint(buf[f.offset:], math.Float64bits(v.AsFloat()))
		default:
			if err := f.packField(t, buf[f.offset:], v); err != nil {
				return err
			}
		}
	}
	return nil
}

// packField writes v into the field at b.
func (f *structField) packField(t *object.Thread, b []byte, v object.Value) error {
	switch f.kind {
	case kindSigned, kindUnsigned, kindPointer:
		u, err := f.packInt(t, v)
		if err != nil {
			return err
		}
		f.putUint(b, u)
	case kindDouble:
		x, err := packFloatArg(t, v)
		if err != nil {
			return err
		}
		f.putUint(b, math.Float64bits(x))
	case kindFloat:
		x, err := packFloatArg(t, v)
		if err != nil {
			return err
		}
		y := float32(x)
		if f.strict && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return object.NewError(object.OverflowError, "float too large to pack with f format")
		}
		f.putUint(b, uint64(math.Float32bits(y)))
	case kindHalf:
		x, err := packFloatArg(t, v)
		if err != nil {
			return err
		}
		h, ok := floatToHalf(x)
		if !ok {
			return object.NewError(object.OverflowError, "float too large to pack with e format")
		}
		f.putUint(b, uint64(h))
	case kindBool:
		ok, err := object.Truth(t, v)
		if err != nil {
			return err
		}
		if ok {
			b[0] = 1
		}
	case kindChar:
		d, ok := v.AsBytes()
		if !ok || len(d.Data()) != 1 {
			return structError("char format requires a bytes object of length 1")
		}
		b[0] = d.Data()[0]
	case kindString, kindPascal:
		var d []byte
		if bv, ok := v.AsBytes(); ok {
			d = bv.Data()
		} else if ba, ok := v.AsByteArray(); ok {
			d = ba.Data()
		} else {
			return structError("argument for '" + string(f.code) + "' must be a bytes object")
		}
		if f.kind == kindString {
			copy(b[:f.size], d)
			return nil
		}
		if f.size == 0 {
			return nil
		}
		n := min(len(d), f.size-1, 255)
		copy(b[1:], d[:n])
		b[0] = byte(n)
	}
	return nil
}

// floatToHalf rounds x to IEEE 754 binary16 (round half to even); ok is
// false when x is finite but too large.
func floatToHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
		x = -x
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x < 0x1p-14:
		// Subnormal: units of 2**-24; a result of 1024 is the smallest
		// normal number, whose encoding is the same integer.
		return sign | uint16(math.RoundToEven(x*0x1p24)), true
	}
	frac, exp := math.Frexp(x) // x = frac * 2**exp, 0.5 <= frac < 1
	m := uint64(math.RoundToEven(frac * 2048))
	// The exponent field is exp+14; adding m (1024..2048, its leading bit
	// included) carries into the exponent when rounding reaches 2048.
	bits := uint64(exp+13)<<10 + m
	if bits >= 0x7c00 {
		return 0, false
	}
	return sign | uint16(bits), true
}

func halfToFloat(h uint16) float64 {
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	var x float64
	switch e {
	case 0:
		x = m * 0x1p-24
	case 0x1f:
		if m == 0 {
			x = math.Inf(1)
		} else {
			x = math.NaN()
		}
	default:
		x = math.Ldexp(1024+m, e-25)
	}
	if h&0x8000 != 0 {
		x = math.Copysign(x, -1)
	}
	return x
}

// unpack decodes buf (l.size bytes) into dst (l.nitems values).
func (l *structLayout) unpack(buf []byte, dst []object.Value) {
	i := 0
	for k := range l.fields {
		f := &l.fields[k]
		b := buf[f.offset:]
		var v object.Value
		switch f.kind {
		case kindPad:
			continue
		case kindSigned:
			u := f.uint(b)
			shift := 64 - 8*uint(f.size)
			v = object.Int(int64(u<<shift) >> shift)
		case kindUnsigned, kindPointer:
			v = object.IntFromUint64(f.uint(b))
		case kindDouble:
			v = object.Float(math.Float64frombits(f.uint(b)))
		case kindFloat:
			v = object.Float(float64(math.Float32frombits(uint32(f.uint(b)))))
		case kindHalf:
			v = object.Float(halfToFloat(uint16(f.uint(b))))
		case kindBool:
			v = object.Bool(b[0] != 0)
		case kindChar:
			v = object.NewBytes([]byte{b[0]})
		case kindString:
			v = object.NewBytes(append([]byte(nil), b[:f.size]...))
		case kindPascal:
			n := 0
			if f.size > 0 {
				n = min(int(b[0]), f.size-1)
				b = b[1:]
			}
			v = object.NewBytes(append([]byte(nil), b[:n]...))
		}
		dst[i] = v
		i++
	}
}

// packValues is Struct.pack and struct.pack after the format.
func (l *structLayout) packValues(t *object.Thread, values []object.Value) (object.Value, error) {
	if len(values) != l.nitems {
		return object.Null, structError("pack expected " + strconv.Itoa(l.nitems) + " items for packing (got " + strconv.Itoa(len(values)) + ")")
	}
	v, buf := t.NewBytesBuf(l.size)
	if err := l.pack(t, buf, values); err != nil {
		return object.Null, err
	}
	return v, nil
}

func (l *structLayout) unpackTuple(t *object.Thread, buf []byte) object.Value {
	tu := t.NewTuple(l.nitems)
	l.unpack(buf, tu.Items)
	return tu.AsValue()
}

// readBuffer returns the bytes of a bytes-like argument (bytes, bytearray,
// memoryview, array).
func readBuffer(v object.Value) ([]byte, error) {
	if b, ok := object.BytesData(v); ok {
		return b, nil
	}
	if a, ok := asArray(v); ok {
		return a.bytes(), nil
	}
	return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
}

var strReadonly = object.Intern("readonly")

// writableBuffer returns the bytes of a writable bytes-like argument
// (bytearray, writable memoryview, array), shared with it.
func writableBuffer(t *object.Thread, v object.Value) ([]byte, error) {
	if ba, ok := v.AsByteArray(); ok {
		return ba.Data(), nil
	}
	if a, ok := asArray(v); ok {
		return a.bytes(), nil
	}
	if v.Type().IsSubtype(object.MemoryViewType) {
		ro, err := object.GetAttr(t, v, strReadonly)
		if err != nil {
			return nil, err
		}
		if !ro.Is(object.True) {
			if b, ok := object.BytesData(v); ok {
				return b, nil
			}
		}
	}
	return nil, object.Errorf(object.TypeError, "argument must be read-write bytes-like object, not %s", object.ArgTypeName(v))
}

func (l *structLayout) unpackFrom(t *object.Thread, bufArg, offArg object.Value) (object.Value, error) {
	buf, err := readBuffer(bufArg)
	if err != nil {
		return object.Null, err
	}
	off := 0
	if !offArg.IsNull() {
		if off, err = object.IndexInt(t, offArg); err != nil {
			return object.Null, err
		}
	}
	n := len(buf)
	if off < 0 {
		if off+n < 0 {
			return object.Null, structError("offset " + strconv.Itoa(off) + " out of range for " + strconv.Itoa(n) + "-byte buffer")
		}
		if off+l.size > 0 {
			return object.Null, structError("not enough data to unpack " + strconv.Itoa(l.size) + " bytes at offset " + strconv.Itoa(off))
		}
		off += n
	}
	if n-off < l.size {
		return object.Null, structError("unpack_from requires a buffer of at least " + strconv.Itoa(l.size+off) +
			" bytes for unpacking " + strconv.Itoa(l.size) + " bytes at offset " + strconv.Itoa(off) +
			" (actual buffer size is " + strconv.Itoa(n) + ")")
	}
	return l.unpackTuple(t, buf[off:off+l.size]), nil
}

// packInto is pack_into after the format: args are buffer, offset, values.
func (l *structLayout) packInto(t *object.Thread, args []object.Value) (object.Value, error) {
	if len(args) != l.nitems+2 {
		switch len(args) {
		case 0:
			return object.Null, structError("pack_into expected buffer argument")
		case 1:
			return object.Null, structError("pack_into expected offset argument")
		}
		return object.Null, structError("pack_into expected " + strconv.Itoa(l.nitems) + " items for packing (got " + strconv.Itoa(len(args)-2) + ")")
	}
	buf, err := writableBuffer(t, args[0])
	if err != nil {
		return object.Null, err
	}
	off, err := object.IndexInt(t, args[1])
	if err != nil {
		return object.Null, err
	}
	n := len(buf)
	if off < 0 {
		if off+l.size > 0 {
			return object.Null, structError("no space to pack " + strconv.Itoa(l.size) + " bytes at offset " + strconv.Itoa(off))
		}
		if off+n < 0 {
			return object.Null, structError("offset " + strconv.Itoa(off) + " out of range for " + strconv.Itoa(n) + "-byte buffer")
		}
		off += n
	}
	if n-off < l.size {
		return object.Null, structError("pack_into requires a buffer of at least " + strconv.Itoa(l.size+off) +
			" bytes for packing " + strconv.Itoa(l.size) + " bytes at offset " + strconv.Itoa(off) +
			" (actual buffer size is " + strconv.Itoa(n) + ")")
	}
	// As CPython, zero the target (pads come out zero) and pack in place:
	// a failing value leaves the fields before it written.
	dst := buf[off : off+l.size]
	clear(dst)
	return object.None, l.pack(t, dst, args[2:])
}

// unpackIter is the iterator iter_unpack returns.
type unpackIter struct {
	object.Header
	layout *structLayout
	buf    []byte
	pos    int
}

func (l *structLayout) iterUnpack(bufArg object.Value) (object.Value, error) {
	if l.size == 0 {
		return object.Null, structError("cannot iteratively unpack with a struct of length 0")
	}
	buf, err := readBuffer(bufArg)
	if err != nil {
		return object.Null, err
	}
	if len(buf)%l.size != 0 {
		return object.Null, structError("iterative unpacking requires a buffer of a multiple of " + strconv.Itoa(l.size) + " bytes")
	}
	it := &unpackIter{Header: object.NewHeader(structIterType), layout: l, buf: buf}
	return object.FromPointer(unsafe.Pointer(it)), nil
}

// ---- the module functions ----

func needFormat(args []object.Value, kw *object.Tuple) error {
	if object.Positional(args, kw) == 0 {
		return object.NewError(object.TypeError, "missing format argument")
	}
	return nil
}

var structMethods = []object.MethodDef{
	{Name: "pack", Doc: "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if len(args) == 0 || kw != nil {
				if err := object.NoKeywords("_struct.pack", kw); err != nil {
					return object.Null, err
				}
				return object.Null, needFormat(args, kw)
			}
			l, err := layoutOf(t, args[0])
			if err != nil {
				return object.Null, err
			}
			return l.packValues(t, args[1:])
		}},
	{Name: "pack_into", Doc: "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.NoKeywords("_struct.pack_into", kw); err != nil {
				return object.Null, err
			}
			if err := needFormat(args, kw); err != nil {
				return object.Null, err
			}
			l, err := layoutOf(t, args[0])
			if err != nil {
				return object.Null, err
			}
			return l.packInto(t, args[1:])
		}},
	{Name: "unpack", Doc: "Return a tuple containing values unpacked according to the format string.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := clinicArity("_struct.unpack", args, kw, 2, 2); err != nil {
				return object.Null, err
			}
			l, err := layoutOf(t, args[0])
			if err != nil {
				return object.Null, err
			}
			return l.unpackBuffer(t, args[1])
		}},
	{Name: "unpack_from", Doc: "Return a tuple containing values unpacked according to the format string.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [3]object.Value
			if err := object.ParseArgs("unpack_from", args, kw, []string{"format", "buffer", "offset"}, 2, 3, a[:]); err != nil {
				return object.Null, err
			}
			l, err := layoutOf(t, a[0])
			if err != nil {
				return object.Null, err
			}
			return l.unpackFrom(t, a[1], a[2])
		}},
	{Name: "iter_unpack", Doc: "Return an iterator yielding tuples unpacked from the given bytes.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := clinicArity("_struct.iter_unpack", args, kw, 2, 2); err != nil {
				return object.Null, err
			}
			l, err := layoutOf(t, args[0])
			if err != nil {
				return object.Null, err
			}
			return l.iterUnpack(args[1])
		}},
	{Name: "calcsize", Doc: "Return size in bytes of the struct described by the format string.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := oneArg("_struct.calcsize", args, kw); err != nil {
				return object.Null, err
			}
			l, err := layoutOf(t, args[0])
			if err != nil {
				return object.Null, err
			}
			return object.Int(int64(l.size)), nil
		}},
	{Name: "_clearcache", Doc: "Clear the internal cache.",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			structCache.Lock()
			structCache.m = nil
			structCache.Unlock()
			structCache.last.Store(nil)
			return object.None, nil
		}},
}

func (l *structLayout) unpackBuffer(t *object.Thread, bufArg object.Value) (object.Value, error) {
	buf, err := readBuffer(bufArg)
	if err != nil {
		return object.Null, err
	}
	if len(buf) != l.size {
		return object.Null, structError("unpack requires a buffer of " + strconv.Itoa(l.size) + " bytes")
	}
	return l.unpackTuple(t, buf), nil
}

// ---- the Struct type ----

// structObject is a Struct instance.
type structObject struct {
	object.Header
	layout *structLayout
	// formatValue is the format attribute (a str).
	formatValue object.Value
}

func asStruct(v object.Value) *structObject { return (*structObject)(v.Pointer()) }

var emptyLayout = &structLayout{}

func structSelf(fn func(t *object.Thread, s *structObject, args []object.Value, kw *object.Tuple) (object.Value, error)) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return fn(t, asStruct(args[0]), args[1:], kw)
	}
}

func initStructType() {
	typ := structType
	object.Subclassable[structObject](typ)
	typ.Doc = "Struct(format)\n--\n\nCreate a compiled struct object."
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var s *structObject
		if typ == structType {
			s = &structObject{Header: object.NewHeader(typ)}
		} else {
			s = (*structObject)(typ.AllocInstance())
		}
		s.layout = emptyLayout
		s.formatValue = object.StrValue("")
		return object.FromPointer(unsafe.Pointer(s)), nil
	}
	typ.Init = func(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) error {
		var a [1]object.Value
		if err := object.ParseArgs("Struct", args, kw, []string{"format"}, 1, 1, a[:]); err != nil {
			return err
		}
		text, err := formatText(t, a[0])
		if err != nil {
			return err
		}
		l, err := compileFormat(text)
		if err != nil {
			return err
		}
		s := asStruct(self)
		s.layout, s.formatValue = l, object.StrValue(text)
		return nil
	}
	typ.AddMethods([]object.MethodDef{
		{Name: "pack", Doc: "S.pack(v1, v2, ...) -> bytes", Fn: structSelf(func(t *object.Thread, s *structObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.NoKeywords("Struct.pack", kw); err != nil {
				return object.Null, err
			}
			return s.layout.packValues(t, args)
		})},
		{Name: "pack_into", Doc: "S.pack_into(buffer, offset, v1, v2, ...)", Fn: structSelf(func(t *object.Thread, s *structObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.NoKeywords("Struct.pack_into", kw); err != nil {
				return object.Null, err
			}
			return s.layout.packInto(t, args)
		})},
		{Name: "unpack", Doc: "Return a tuple containing values unpacked according to the format string.", Fn: structSelf(func(t *object.Thread, s *structObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := oneArg("Struct.unpack", args, kw); err != nil {
				return object.Null, err
			}
			return s.layout.unpackBuffer(t, args[0])
		})},
		{Name: "unpack_from", Doc: "Return a tuple containing values unpacked according to the format string.", Fn: structSelf(func(t *object.Thread, s *structObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [2]object.Value
			if err := object.ParseArgs("unpack_from", args, kw, []string{"buffer", "offset"}, 1, 2, a[:]); err != nil {
				return object.Null, err
			}
			return s.layout.unpackFrom(t, a[0], a[1])
		})},
		{Name: "iter_unpack", Doc: "Return an iterator yielding tuples.", Fn: structSelf(func(t *object.Thread, s *structObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := oneArg("Struct.iter_unpack", args, kw); err != nil {
				return object.Null, err
			}
			return s.layout.iterUnpack(args[0])
		})},
		{Name: "__sizeof__", Doc: "S.__sizeof__() -> size of S in memory, in bytes", Fn: structSelf(func(t *object.Thread, s *structObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return object.Int(int64(unsafe.Sizeof(*s)) + int64(len(s.layout.fields))*int64(unsafe.Sizeof(structField{}))), nil
		})},
	})
	typ.AddGetSets([]object.GetSetDef{
		{Name: "format", Doc: "struct format string", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asStruct(v).formatValue, nil
		}},
		{Name: "size", Doc: "struct size in bytes", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Int(int64(asStruct(v).layout.size)), nil
		}},
	})
	typ.Ready()

	it := structIterType
	it.Iter = iterSelf
	it.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		u := (*unpackIter)(v.Pointer())
		if u.pos >= len(u.buf) {
			return object.Null, nil
		}
		r := u.layout.unpackTuple(t, u.buf[u.pos:u.pos+u.layout.size])
		u.pos += u.layout.size
		return r, nil
	}
	it.AddMethods([]object.MethodDef{{Name: "__length_hint__", Fn: func(_ *object.Thread, args []object.Value, _ *object.Tuple) (object.Value, error) {
		u := (*unpackIter)(args[0].Pointer())
		return object.Int(int64((len(u.buf) - u.pos) / u.layout.size)), nil
	}}})
	it.Ready()
}
