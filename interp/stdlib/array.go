// array.go: the array module: compact arrays of one C number type, with
// CPython 3.11's typecodes, methods, conversions and error messages.
//
// An array keeps its items as raw native (little-endian) bytes, so
// tobytes, frombytes, byteswap, struct.unpack and bytes(a) work on the
// storage directly; items convert to and from Python values on access.
// 'u' items are 4-byte code points (wchar_t on Linux).

package stdlib

import (
	"encoding/binary"
	"math"
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	arrayType     = object.NewNativeType("array", "array", nil)
	arrayIterType = object.NewNativeType("arrayiterator", "array", nil)
)

const arrayTypecodes = "bBuhHiIlLqQfd"

// arrayItemSize gives each typecode's item size; 0 marks a bad typecode.
var arrayItemSize = [128]uint8{'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

// array is an array.array instance.
type array struct {
	object.Header
	code     byte
	itemSize int
	data     []byte
	exports  int // live memoryviews: the array may not change size
}

// resizable fails while memoryviews of a are alive, as CPython refuses to
// move memory a view points into.
func (a *array) resizable() error {
	if a.exports > 0 {
		return object.NewError(object.BufferError, "cannot resize an array that is exporting buffers")
	}
	return nil
}

func asArray(v object.Value) (*array, bool) {
	if v.IsNull() || v.IsImmediate() || !v.Type().IsSubtype(arrayType) {
		return nil, false
	}
	return (*array)(v.Pointer()), true
}

func (a *array) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(a)) }

// bytes returns the storage, shared with the array.
func (a *array) bytes() []byte { return a.data }

func (a *array) len() int { return len(a.data) / a.itemSize }

func newArray(typ *object.Type, code byte, data []byte) *array {
	var a *array
	if typ == arrayType {
		a = &array{Header: object.NewHeader(typ)}
	} else {
		a = (*array)(typ.AllocInstance())
	}
	a.code, a.itemSize, a.data = code, int(arrayItemSize[code]), data
	return a
}

// like returns a new plain array with a's typecode holding data.
func (a *array) like(data []byte) *array { return newArray(arrayType, a.code, data) }

// raw reads the item bits at index i.
func (a *array) raw(i int) uint64 {
	b := a.data[i*a.itemSize:]
	switch a.itemSize {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(binary.LittleEndian.Uint16(b))
	case 4:
		return uint64(binary.LittleEndian.Uint32(b))
	}
	return binary.LittleEndian.Uint64(b)
}

func (a *array) setRaw(i int, u uint64) {
	b := a.data[i*a.itemSize:]
	switch a.itemSize {
	case 1:
		b[0] = byte(u)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(u))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(u))
	default:
		binary.LittleEndian.PutUint64(b, u)
	}
}

// item returns item i as a Python value.
func (a *array) item(i int) object.Value {
	u := a.raw(i)
	switch a.code {
	case 'b':
		return object.Int(int64(int8(u)))
	case 'h':
		return object.Int(int64(int16(u)))
	case 'i':
		return object.Int(int64(int32(u)))
	case 'l', 'q':
		return object.Int(int64(u))
	case 'f':
		return object.Float(float64(math.Float32frombits(uint32(u))))
	case 'd':
		return object.Float(math.Float64frombits(u))
	case 'u':
		return object.StrValue(string(rune(u)))
	}
	return object.IntFromUint64(u)
}

func overflow(msg string) error { return object.NewError(object.OverflowError, msg) }

// convert turns v into item bits for typecode code, with CPython's checks
// and messages (which come from the PyArg_Parse formats array uses).
func convertArrayItem(t *object.Thread, code byte, v object.Value) (uint64, error) {
	switch code {
	case 'f', 'd':
		if !v.IsFloat() && v.Type().Float == nil && v.Type().Index == nil {
			if _, ok := object.AsFloat64(v); !ok {
				return 0, object.Errorf(object.TypeError, "must be real number, not %s", v.Type().TpName())
			}
		}
		x, err := object.ToFloat(t, v)
		if err != nil {
			return 0, err
		}
		if code == 'f' {
			return uint64(math.Float32bits(float32(x))), nil
		}
		return math.Float64bits(x), nil
	case 'u':
		s, ok := v.AsStr()
		if !ok || s.Len() != 1 {
			return 0, object.NewError(object.TypeError, "array item must be unicode character")
		}
		r, _ := utf8.DecodeRuneInString(s.String())
		return uint64(r), nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, small := object.AsInt64(iv)
	var neg, fitsU64 bool
	var u uint64
	if small {
		neg, u, fitsU64 = n < 0, uint64(n), n >= 0
	} else {
		b, _ := object.AsBigInt(iv)
		neg = b.Sign() < 0
		if fitsU64 = b.IsUint64(); fitsU64 {
			u = b.Uint64()
		}
	}
	signedRange := func(lo, hi int64, what string) error {
		if n > hi {
			return overflow(what + " is greater than maximum")
		}
		if n < lo {
			return overflow(what + " is less than minimum")
		}
		return nil
	}
	const tooLargeLong = "Python int too large to convert to C long"
	switch code {
	case 'b', 'B', 'h', 'H', 'i', 'l':
		if !small {
			return 0, overflow(tooLargeLong)
		}
		switch code {
		case 'b':
			if err := signedRange(math.MinInt16, math.MaxInt16, "signed short integer"); err != nil {
				return 0, err
			}
			err = signedRange(math.MinInt8, math.MaxInt8, "signed char")
		case 'B':
			err = signedRange(0, math.MaxUint8, "unsigned byte integer")
		case 'h':
			err = signedRange(math.MinInt16, math.MaxInt16, "signed short integer")
		case 'H':
			if err := signedRange(math.MinInt32, math.MaxInt32, "signed integer"); err != nil {
				return 0, err
			}
			err = signedRange(0, math.MaxUint16, "unsigned short")
		case 'i':
			err = signedRange(math.MinInt32, math.MaxInt32, "signed integer")
		}
		return u, err
	case 'I', 'L':
		switch {
		case neg:
			return 0, overflow("can't convert negative value to unsigned int")
		case !fitsU64:
			return 0, overflow("Python int too large to convert to C unsigned long")
		case code == 'I' && u > math.MaxUint32:
			return 0, overflow("unsigned int is greater than maximum")
		}
		return u, nil
	case 'q':
		if !small {
			return 0, overflow("int too big to convert")
		}
		return u, nil
	}
	// 'Q'
	switch {
	case neg:
		return 0, overflow("can't convert negative int to unsigned")
	case !fitsU64:
		return 0, overflow("int too big to convert")
	}
	return u, nil
}

// appendItem converts v and appends it.
func (a *array) appendItem(t *object.Thread, v object.Value) error {
	if err := a.resizable(); err != nil {
		return err
	}
	u, err := convertArrayItem(t, a.code, v)
	if err != nil {
		return err
	}
	a.data = append(a.data, make([]byte, a.itemSize)...)
	a.setRaw(a.len()-1, u)
	return nil
}

// extend appends the items of an iterable (an array must have the same
// typecode).
func (a *array) extend(t *object.Thread, v object.Value) error {
	if err := a.resizable(); err != nil {
		return err
	}
	if b, ok := asArray(v); ok {
		if b.code != a.code {
			return object.NewError(object.TypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return nil
	}
	it, err := object.Iter(t, v)
	if err != nil {
		return err
	}
	for {
		x, err := object.Next(t, it)
		if err != nil || x.IsNull() {
			return err
		}
		if err := a.appendItem(t, x); err != nil {
			return err
		}
	}
}

func (a *array) frombytes(b []byte) error {
	if err := a.resizable(); err != nil {
		return err
	}
	if len(b)%a.itemSize != 0 {
		return object.NewError(object.ValueError, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

func (a *array) fromunicode(s string) {
	for _, r := range s {
		a.data = binary.LittleEndian.AppendUint32(a.data, uint32(r))
	}
}

func (a *array) tounicode() string {
	var sb strings.Builder
	for i := range a.len() {
		sb.WriteRune(rune(a.raw(i)))
	}
	return sb.String()
}

// ssizeArg converts v through __index__ to a Py_ssize_t as Argument
// Clinic does, with its OverflowError message.
func ssizeArg(t *object.Thread, v object.Value) (int, error) {
	if v.IsInt() {
		return int(v.AsInt()), nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return 0, err
	}
	i, ok := object.AsInt64(iv)
	if !ok {
		return 0, overflow("Python int too large to convert to C ssize_t")
	}
	return int(i), nil
}

// sliceIndexArg converts a start or stop argument as CPython's
// _PyEval_SliceIndexNotNone: ints beyond the Py_ssize_t range clamp.
func sliceIndexArg(t *object.Thread, v object.Value) (int, error) {
	if v.IsInt() {
		return int(v.AsInt()), nil
	}
	if v.Type().Index == nil {
		if _, ok := object.AsBigInt(v); !ok {
			return 0, object.NewError(object.TypeError, "slice indices must be integers or have an __index__ method")
		}
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return 0, err
	}
	if i, ok := object.AsInt64(iv); ok {
		return int(i), nil
	}
	if b, _ := object.AsBigInt(iv); b.Sign() < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// index normalizes an item index, or fails with msg.
func (a *array) index(t *object.Thread, key object.Value, msg string) (int, error) {
	if !key.IsInt() && key.Type().Index == nil {
		if _, ok := object.AsInt64(key); !ok {
			return 0, object.NewError(object.TypeError, "array indices must be integers")
		}
	}
	i, err := object.IndexInt(t, key)
	if err != nil {
		return 0, object.NewError(object.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	n := a.len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, object.NewError(object.IndexError, msg)
	}
	return i, nil
}

// itemEqual is a[i] == x. Each item is a new object in CPython, so a NaN
// item equals nothing, not even itself.
func (a *array) itemEqual(t *object.Thread, i int, x object.Value) (bool, error) {
	if a.code == 'f' || a.code == 'd' {
		if f, ok := object.AsFloat64(x); ok && x.Type() == object.FloatType {
			y, _ := object.AsFloat64(a.item(i))
			return y == f, nil
		}
	}
	return object.Equal(t, a.item(i), x)
}

func (a *array) find(t *object.Thread, x object.Value, lo, hi int) (int, error) {
	for i := lo; i < hi && i < a.len(); i++ {
		eq, err := a.itemEqual(t, i, x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func arrayNew(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if typ == arrayType && kw != nil && len(kw.Items) > 0 {
		return object.Null, object.NewError(object.TypeError, "array.array() takes no keyword arguments")
	}
	npos := object.Positional(args, kw)
	if npos < 1 || npos > 2 {
		return object.Null, parseTupleArity("array", args[:npos], nil, 1, 2)
	}
	s, ok := args[0].AsStr()
	if !ok || s.Len() != 1 {
		return object.Null, object.Errorf(object.TypeError, "array() argument 1 must be a unicode character, not %s", object.ArgTypeName(args[0]))
	}
	c := []rune(s.String())[0]
	// As CPython, the initializer is checked against the typecode before
	// the typecode itself.
	init := object.Null
	if npos == 2 {
		init = args[1]
		if _, ok := init.AsStr(); ok && c != 'u' {
			return object.Null, object.Errorf(object.TypeError, "cannot use a str to initialize an array with typecode '%c'", c)
		}
		if b, ok := asArray(init); ok && b.code == 'u' && c != 'u' {
			return object.Null, object.Errorf(object.TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", c)
		}
	}
	if c >= 128 || arrayItemSize[c] == 0 {
		return object.Null, object.NewError(object.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(typ, byte(c), nil)
	if npos == 1 {
		return a.AsValue(), nil
	}
	if str, ok := init.AsStr(); ok {
		a.fromunicode(str.String())
		return a.AsValue(), nil
	}
	if b, ok := asArray(init); ok && b.code != 'u' && c == 'u' {
		return object.Null, object.NewError(object.TypeError, "array item must be unicode character")
	}
	if b, ok := asArray(init); ok && b.code != byte(c) {
		// Convert item by item, as from any iterable.
		for i := range b.len() {
			if err := a.appendItem(t, b.item(i)); err != nil {
				return object.Null, err
			}
		}
		return a.AsValue(), nil
	}
	if _, ok := init.AsBytes(); ok || init.Type() == object.ByteArrayType {
		b, _ := object.BytesData(init)
		if err := a.frombytes(b); err != nil {
			return object.Null, err
		}
		return a.AsValue(), nil
	}
	if err := a.extend(t, init); err != nil {
		return object.Null, err
	}
	return a.AsValue(), nil
}

func arrayRepr(t *object.Thread, v object.Value) (object.Value, error) {
	a, _ := asArray(v)
	name := v.Type().Name
	if a.len() == 0 {
		return object.StrValue(name + "('" + string(a.code) + "')"), nil
	}
	var inner object.Value
	if a.code == 'u' {
		inner = object.StrValue(a.tounicode())
	} else {
		inner = a.tolist().AsValue()
	}
	r, err := object.Repr(t, inner)
	if err != nil {
		return object.Null, err
	}
	return object.StrValue(name + "('" + string(a.code) + "', " + r.String() + ")"), nil
}

func (a *array) tolist() *object.List {
	items := make([]object.Value, a.len())
	for i := range items {
		items[i] = a.item(i)
	}
	return object.NewList(items)
}

func arrayGetItem(t *object.Thread, v, key object.Value) (object.Value, error) {
	a, _ := asArray(v)
	if s, ok := key.AsSlice(); ok {
		start, _, step, n, err := s.Indices(t, a.len())
		if err != nil {
			return object.Null, err
		}
		out := make([]byte, 0, n*a.itemSize)
		for k := range n {
			i := (start + k*step) * a.itemSize
			out = append(out, a.data[i:i+a.itemSize]...)
		}
		return a.like(out).AsValue(), nil
	}
	i, err := a.index(t, key, "array index out of range")
	if err != nil {
		return object.Null, err
	}
	return a.item(i), nil
}

func arraySetItem(t *object.Thread, v, key, value object.Value) error {
	a, _ := asArray(v)
	if s, ok := key.AsSlice(); ok {
		return a.assignSlice(t, s, value)
	}
	i, err := a.index(t, key, "array assignment index out of range")
	if err != nil {
		return err
	}
	if value.IsNull() {
		if err := a.resizable(); err != nil {
			return err
		}
		a.data = append(a.data[:i*a.itemSize], a.data[(i+1)*a.itemSize:]...)
		return nil
	}
	u, err := convertArrayItem(t, a.code, value)
	if err != nil {
		return err
	}
	a.setRaw(i, u)
	return nil
}

// assignSlice is a[s] = value (another array of the same typecode) or,
// with a Null value, del a[s].
func (a *array) assignSlice(t *object.Thread, s *object.Slice, value object.Value) error {
	start, stop, step, n, err := s.Indices(t, a.len())
	if err != nil {
		return err
	}
	var src []byte
	if !value.IsNull() {
		b, ok := asArray(value)
		if !ok {
			return object.Errorf(object.TypeError, "can only assign array (not \"%s\") to array slice", value.Type().Name)
		}
		if b.code != a.code {
			return object.NewError(object.TypeError, "bad argument type for built-in operation")
		}
		src = append([]byte(nil), b.data...) // b may be a
	}
	sz := a.itemSize
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(src) != (stop-start)*sz {
			if err := a.resizable(); err != nil {
				return err
			}
		}
		tail := append(src, a.data[stop*sz:]...)
		a.data = append(a.data[:start*sz], tail...)
		return nil
	}
	if value.IsNull() {
		if err := a.resizable(); err != nil {
			return err
		}
		keep := a.data[:0:0]
		for i := range a.len() {
			if k := i - start; k%step == 0 && k/step >= 0 && k/step < n {
				continue
			}
			keep = append(keep, a.data[i*sz:(i+1)*sz]...)
		}
		a.data = keep
		return nil
	}
	if len(src)/sz != n {
		return object.Errorf(object.ValueError, "attempt to assign array of size %d to extended slice of size %d", len(src)/sz, n)
	}
	for k := range n {
		i := (start + k*step) * sz
		copy(a.data[i:i+sz], src[k*sz:])
	}
	return nil
}

func arrayCompare(t *object.Thread, x, y object.Value, op object.CompareOp) (object.Value, error) {
	a, _ := asArray(x)
	b, ok := asArray(y)
	if !ok {
		return object.NotImplemented, nil
	}
	if a.len() != b.len() && (op == object.CmpEQ || op == object.CmpNE) {
		return object.Bool(op == object.CmpNE), nil
	}
	n := min(a.len(), b.len())
	for i := range n {
		eq, err := a.itemEqual(t, i, b.item(i))
		if err != nil {
			return object.Null, err
		}
		if !eq {
			if op == object.CmpEQ || op == object.CmpNE {
				return object.Bool(op == object.CmpNE), nil
			}
			return object.RichCompare(t, a.item(i), b.item(i), op)
		}
	}
	return object.Bool(object.CompareOrdered(a.len(), b.len(), op)), nil
}

func arrayConcat(t *object.Thread, x, y object.Value) (object.Value, error) {
	a, _ := asArray(x)
	b, ok := asArray(y)
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "can only append array (not \"%s\") to array", y.Type().Name)
	}
	if b.code != a.code {
		return object.Null, object.NewError(object.TypeError, "bad argument type for built-in operation")
	}
	return a.like(append(append([]byte(nil), a.data...), b.data...)).AsValue(), nil
}

func repeatBytes(data []byte, n int) ([]byte, error) {
	if n <= 0 || len(data) == 0 {
		return []byte{}, nil
	}
	if hi, lo := bits.Mul64(uint64(len(data)), uint64(n)); hi != 0 || lo > math.MaxInt32*16 {
		return nil, object.NewException(object.MemoryError)
	}
	return []byte(strings.Repeat(unsafe.String(unsafe.SliceData(data), len(data)), n)), nil
}

// repeatCount converts the count of array * n as sequence repetition does.
func repeatCount(t *object.Thread, n object.Value) (int, error) {
	if !n.IsInt() && n.Type().Index == nil {
		return 0, object.Errorf(object.TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().TpName())
	}
	return object.IndexInt(t, n)
}

func arrayRepeat(t *object.Thread, x, y object.Value) (object.Value, error) {
	if _, ok := asArray(x); !ok {
		x, y = y, x
	}
	a, _ := asArray(x)
	n, err := repeatCount(t, y)
	if err != nil {
		return object.Null, err
	}
	data, err := repeatBytes(a.data, n)
	if err != nil {
		return object.Null, err
	}
	return a.like(data).AsValue(), nil
}

// arrayMethod declares a method taking between min and max positional
// arguments.
func arrayMethod(name string, min, max int, doc string, fn func(t *object.Thread, a *array, args []object.Value) (object.Value, error)) object.MethodDef {
	qualName := "array." + name
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		rest := args[1:]
		if len(rest) < min || len(rest) > max || kw != nil {
			if err := object.CheckMethodArity(qualName, rest, kw, min, max); err != nil {
				return object.Null, err
			}
		}
		a, _ := asArray(args[0])
		return fn(t, a, rest)
	}}
}

// arrayPosOnlyMethod is arrayMethod for the methods of n positional-only
// parameters that Argument Clinic parses as taking keywords too (they get
// the defining class), whose messages differ: "extend() takes exactly 1
// positional argument (0 given)".
func arrayPosOnlyMethod(name string, n int, doc string, fn func(t *object.Thread, a *array, args []object.Value) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		rest := args[1:]
		if len(rest) != n || kw != nil {
			npos := object.Positional(rest, kw)
			switch {
			case len(rest) > n:
				return object.Null, object.Errorf(object.TypeError, "%s() takes at most %d argument%s (%d given)", name, n, plural(n), len(rest))
			case npos < n:
				return object.Null, object.Errorf(object.TypeError, "%s() takes exactly %d positional argument%s (%d given)", name, n, plural(n), npos)
			}
		}
		a, _ := asArray(args[0])
		return fn(t, a, rest)
	}}
}

func arrayMethods() []object.MethodDef {
	return []object.MethodDef{
		arrayMethod("append", 1, 1, "Append new value v to the end of the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return object.None, a.appendItem(t, args[0])
		}),
		arrayMethod("buffer_info", 0, 0, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return object.NewTuple(object.IntFromUint64(uint64(uintptr(unsafe.Pointer(unsafe.SliceData(a.data))))), object.Int(int64(a.len()))).AsValue(), nil
		}),
		arrayMethod("byteswap", 0, 0, "Byteswap all items of the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			for i := range a.len() {
				u := a.raw(i)
				switch a.itemSize {
				case 2:
					u = uint64(bits.ReverseBytes16(uint16(u)))
				case 4:
					u = uint64(bits.ReverseBytes32(uint32(u)))
				case 8:
					u = bits.ReverseBytes64(u)
				}
				a.setRaw(i, u)
			}
			return object.None, nil
		}),
		arrayMethod("count", 1, 1, "Return number of occurrences of v in the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			n := 0
			for i := range a.len() {
				eq, err := a.itemEqual(t, i, args[0])
				if err != nil {
					return object.Null, err
				}
				if eq {
					n++
				}
			}
			return object.Int(int64(n)), nil
		}),
		arrayPosOnlyMethod("extend", 1, "Append items to the end of the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return object.None, a.extend(t, args[0])
		}),
		arrayMethod("frombytes", 1, 1, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			b, err := readBuffer(args[0])
			if err != nil {
				return object.Null, err
			}
			if other, ok := asArray(args[0]); ok && other.itemSize != 1 {
				return object.Null, object.NewError(object.TypeError, "a bytes-like object is required")
			}
			return object.None, a.frombytes(append([]byte(nil), b...))
		}),
		arrayPosOnlyMethod("fromfile", 2, "Read n objects from the file object f and append them to the end of the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			if err := a.resizable(); err != nil {
				return object.Null, err
			}
			n, err := ssizeArg(t, args[1])
			if err != nil {
				return object.Null, err
			}
			if n < 0 {
				return object.Null, object.NewError(object.ValueError, "negative count")
			}
			if n > math.MaxInt/a.itemSize {
				return object.Null, object.NewError(object.MemoryError, "")
			}
			want := n * a.itemSize
			read, err := object.GetAttr(t, args[0], object.Intern("read"))
			if err != nil {
				return object.Null, err
			}
			r, err := object.Call(t, read, []object.Value{object.Int(int64(want))}, nil)
			if err != nil {
				return object.Null, err
			}
			b, ok := r.AsBytes()
			if !ok {
				return object.Null, object.NewError(object.TypeError, "read() didn't return bytes")
			}
			d := b.Data()
			full := len(d) / a.itemSize * a.itemSize
			a.data = append(a.data, d[:full]...)
			if len(d) != want {
				return object.Null, object.NewError(object.EOFError, "read() didn't return enough bytes")
			}
			return object.None, nil
		}),
		arrayMethod("fromlist", 1, 1, "Append items to array from list.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			if err := a.resizable(); err != nil {
				return object.Null, err
			}
			l, ok := args[0].AsList()
			if !ok {
				return object.Null, object.NewError(object.TypeError, "arg must be list")
			}
			n := len(a.data)
			for _, x := range l.Items {
				if err := a.appendItem(t, x); err != nil {
					a.data = a.data[:n]
					return object.Null, err
				}
			}
			return object.None, nil
		}),
		arrayMethod("fromunicode", 1, 1, "Extends this array with data from the unicode string ustr.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			s, ok := args[0].AsStr()
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "fromunicode() argument must be str, not %s", object.ArgTypeName(args[0]))
			}
			if a.code != 'u' {
				return object.Null, object.NewError(object.ValueError, "fromunicode() may only be called on unicode type arrays")
			}
			if err := a.resizable(); err != nil {
				return object.Null, err
			}
			a.fromunicode(s.String())
			return object.None, nil
		}),
		arrayMethod("index", 1, 3, "Return index of first occurrence of v in the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			lo, hi := 0, a.len()
			for k, p := range []*int{&lo, &hi} {
				if k+1 < len(args) {
					x, err := sliceIndexArg(t, args[k+1])
					if err != nil {
						return object.Null, err
					}
					if x < 0 {
						x = max(x+a.len(), 0)
					}
					*p = x
				}
			}
			i, err := a.find(t, args[0], lo, hi)
			if err != nil {
				return object.Null, err
			}
			if i < 0 {
				return object.Null, object.NewError(object.ValueError, "array.index(x): x not in array")
			}
			return object.Int(int64(i)), nil
		}),
		arrayMethod("insert", 2, 2, "Insert a new item v into the array before position i.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			if err := a.resizable(); err != nil {
				return object.Null, err
			}
			i, err := ssizeArg(t, args[0])
			if err != nil {
				return object.Null, err
			}
			u, err := convertArrayItem(t, a.code, args[1])
			if err != nil {
				return object.Null, err
			}
			n := a.len()
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			sz := a.itemSize
			a.data = append(a.data, make([]byte, sz)...)
			copy(a.data[(i+1)*sz:], a.data[i*sz:n*sz])
			a.setRaw(i, u)
			return object.None, nil
		}),
		arrayMethod("pop", 0, 1, "Return the i-th element and delete it from the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			if err := a.resizable(); err != nil {
				return object.Null, err
			}
			i := -1
			if len(args) == 1 {
				var err error
				if i, err = ssizeArg(t, args[0]); err != nil {
					return object.Null, err
				}
			}
			n := a.len()
			if n == 0 {
				return object.Null, object.NewError(object.IndexError, "pop from empty array")
			}
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return object.Null, object.NewError(object.IndexError, "pop index out of range")
			}
			v := a.item(i)
			a.data = append(a.data[:i*a.itemSize], a.data[(i+1)*a.itemSize:]...)
			return v, nil
		}),
		arrayMethod("remove", 1, 1, "Remove the first occurrence of v in the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			if err := a.resizable(); err != nil {
				return object.Null, err
			}
			i, err := a.find(t, args[0], 0, a.len())
			if err != nil {
				return object.Null, err
			}
			if i < 0 {
				return object.Null, object.NewError(object.ValueError, "array.remove(x): x not in array")
			}
			a.data = append(a.data[:i*a.itemSize], a.data[(i+1)*a.itemSize:]...)
			return object.None, nil
		}),
		arrayMethod("reverse", 0, 0, "Reverse the order of the items in the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			for i, j := 0, a.len()-1; i < j; i, j = i+1, j-1 {
				x, y := a.raw(i), a.raw(j)
				a.setRaw(i, y)
				a.setRaw(j, x)
			}
			return object.None, nil
		}),
		arrayMethod("tobytes", 0, 0, "Convert the array to an array of machine values and return the bytes representation.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return object.NewBytes(append([]byte(nil), a.data...)), nil
		}),
		arrayMethod("__bytes__", 0, 0, "bytes(a): the machine values (Adder's stand-in for the buffer protocol).", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return object.NewBytes(append([]byte(nil), a.data...)), nil
		}),
		arrayPosOnlyMethod("tofile", 1, "Write all items (as machine values) to the file object f.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			const block = 64 * 1024
			for off := 0; off < len(a.data) || off == 0; off += block {
				chunk := a.data[off:min(off+block, len(a.data))]
				if len(chunk) == 0 {
					break
				}
				if _, _, err := object.CallMethod(t, args[0], object.Intern("write"), object.NewBytes(append([]byte(nil), chunk...))); err != nil {
					return object.Null, err
				}
			}
			return object.None, nil
		}),
		arrayMethod("tolist", 0, 0, "Convert array to an ordinary list with the same items.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return a.tolist().AsValue(), nil
		}),
		arrayMethod("tounicode", 0, 0, "Extends this array with data from the unicode string ustr.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			if a.code != 'u' {
				return object.Null, object.NewError(object.ValueError, "tounicode() may only be called on unicode type arrays")
			}
			return object.StrValue(a.tounicode()), nil
		}),
		arrayMethod("__copy__", 0, 0, "Return a copy of the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return a.like(append([]byte(nil), a.data...)).AsValue(), nil
		}),
		arrayMethod("__deepcopy__", 1, 1, "Return a copy of the array.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return a.like(append([]byte(nil), a.data...)).AsValue(), nil
		}),
		arrayMethod("__sizeof__", 0, 0, "Size of the array in memory, in bytes.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			return object.Int(int64(64 + cap(a.data))), nil
		}),
		arrayPosOnlyMethod("__reduce_ex__", 1, "Return state information for pickling.", func(t *object.Thread, a *array, args []object.Value) (object.Value, error) {
			protocol, ok := object.AsBigInt(args[0])
			if !ok {
				return object.Null, object.NewError(object.TypeError, "__reduce_ex__ argument should be an integer")
			}
			if !protocol.IsInt64() {
				return object.Null, overflow("Python int too large to convert to C long")
			}
			cls := a.Type().AsValue()
			dict, err := object.GetAttr(t, a.AsValue(), object.Intern("__dict__"))
			if err != nil {
				if e, ok := err.(*object.Exc); !ok || !e.Type().IsSubtype(object.AttributeError) {
					return object.Null, err
				}
				dict = object.None
			}
			if protocol.Int64() < 3 {
				return object.NewTuple(cls, object.NewTuple(object.StrValue(string(a.code)), a.tolist().AsValue()).AsValue(), dict).AsValue(), nil
			}
			recon, err := arrayReconstructor()
			if err != nil {
				return object.Null, err
			}
			return object.NewTuple(recon, object.NewTuple(cls, object.StrValue(string(a.code)), object.Int(arrayMachineFormat[a.code]),
				object.NewBytes(append([]byte(nil), a.data...))).AsValue(), dict).AsValue(), nil
		}),
	}
}

// arrayMachineFormat gives the code of each typecode's little-endian
// layout in CPython's enum machine_format_code, which pickles carry.
var arrayMachineFormat = [128]int64{
	'B': 0, 'b': 1, 'H': 2, 'h': 4, 'I': 6, 'i': 8, 'L': 10, 'l': 12,
	'Q': 10, 'q': 12, 'f': 14, 'd': 16, 'u': 20,
}

// arrayReconstructorDef is array._array_reconstructor, restricted to the
// machine formats Adder itself produces (little-endian native layouts).
var arrayReconstructorDef = object.MethodDef{Name: "_array_reconstructor", Doc: "Internal. Used for pickling support.",
	Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := clinicArity("array._array_reconstructor", args, kw, 4, 4); err != nil {
			return object.Null, err
		}
		typ, ok := args[0].AsType()
		if !ok || !typ.IsSubtype(arrayType) {
			return object.Null, object.NewError(object.TypeError, "first argument must be a type object, not "+args[0].Type().Name)
		}
		s, ok := args[1].AsStr()
		if !ok || s.Len() != 1 || s.String()[0] >= 128 || arrayItemSize[s.String()[0]] == 0 {
			return object.Null, object.NewError(object.ValueError, "second argument must be a valid type code")
		}
		b, ok := args[3].AsBytes()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "fourth argument should be bytes, not %s", args[3].Type().Name)
		}
		a := newArray(typ, s.String()[0], nil)
		return a.AsValue(), a.frombytes(append([]byte(nil), b.Data()...))
	}}

var arrayModule *interp.Module

func arrayReconstructor() (object.Value, error) {
	if arrayModule == nil {
		return object.Null, object.NewError(object.RuntimeError, "array module not initialized")
	}
	v, _ := arrayModule.Dict().GetStr(object.Intern("_array_reconstructor"))
	return v, nil
}

type arrayIter struct {
	object.Header
	a   *array
	pos int
}

func initArray() {
	typ := arrayType
	object.Subclassable[array](typ)
	typ.Doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type."
	typ.New = arrayNew
	typ.Repr = arrayRepr
	typ.Len = func(_ *object.Thread, v object.Value) (int, error) { a, _ := asArray(v); return a.len(), nil }
	typ.GetItem = arrayGetItem
	typ.SetItem = arraySetItem
	typ.Compare = arrayCompare
	typ.SeqConcat = arrayConcat
	typ.SeqRepeat = arrayRepeat
	typ.Contains = func(t *object.Thread, v, x object.Value) (bool, error) {
		a, _ := asArray(v)
		i, err := a.find(t, x, 0, a.len())
		return i >= 0, err
	}
	typ.InPlace[object.OpAdd] = func(t *object.Thread, x, y object.Value) (object.Value, error) {
		a, _ := asArray(x)
		b, ok := asArray(y)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "can only extend array with array (not \"%s\")", y.Type().Name)
		}
		if b.code != a.code {
			return object.Null, object.NewError(object.TypeError, "can only extend with array of same kind")
		}
		if err := a.resizable(); err != nil {
			return object.Null, err
		}
		a.data = append(a.data, b.data...)
		return x, nil
	}
	typ.InPlace[object.OpMul] = func(t *object.Thread, x, y object.Value) (object.Value, error) {
		a, _ := asArray(x)
		n, err := repeatCount(t, y)
		if err != nil {
			return object.Null, err
		}
		if err := a.resizable(); err != nil {
			return object.Null, err
		}
		if a.data, err = repeatBytes(a.data, n); err != nil {
			return object.Null, err
		}
		return x, nil
	}
	typ.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) {
		a, _ := asArray(v)
		return object.FromPointer(unsafe.Pointer(&arrayIter{Header: object.NewHeader(arrayIterType), a: a})), nil
	}
	typ.AddMethods(arrayMethods())
	typ.AddGetSets([]object.GetSetDef{
		{Name: "typecode", Doc: "the typecode character used to create the array", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			a, _ := asArray(v)
			return object.StrValue(string(a.code)), nil
		}},
		{Name: "itemsize", Doc: "the size, in bytes, of one array item", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			a, _ := asArray(v)
			return object.Int(int64(a.itemSize)), nil
		}},
	})
	typ.Ready()

	it := arrayIterType
	it.Iter = iterSelf
	it.Next = func(_ *object.Thread, v object.Value) (object.Value, error) {
		i := (*arrayIter)(v.Pointer())
		if i.a == nil || i.pos >= i.a.len() {
			i.a = nil
			return object.Null, nil
		}
		i.pos++
		return i.a.item(i.pos - 1), nil
	}
	it.Ready()
}

func init() {
	object.RegisterBuffer(arrayType, &object.BufferExporter{
		Bytes: func(v object.Value) []byte { a, _ := asArray(v); return a.data },
		Format: func(v object.Value) string {
			if a, _ := asArray(v); a.code != 'u' {
				return string(a.code)
			}
			return "w" // CPython's buffer format for 'u' arrays
		},
		ItemSize: func(v object.Value) int { a, _ := asArray(v); return a.itemSize },
		Export:   func(v object.Value) { a, _ := asArray(v); a.exports++ },
		Unexport: func(v object.Value) { a, _ := asArray(v); a.exports-- },
	})
	modules = append(modules, &interp.ModuleDef{
		Name:    "array",
		Doc:     "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.",
		Methods: []object.MethodDef{arrayReconstructorDef},
		Setup:   initArray,
		Init: func(th *interp.Thread, m *interp.Module) error {
			arrayModule = m
			d := m.Dict()
			d.SetStr(object.Intern("array"), arrayType.AsValue())
			d.SetStr(object.Intern("ArrayType"), arrayType.AsValue())
			d.SetStr(object.Intern("typecodes"), object.StrValue(arrayTypecodes))
			return nil
		},
	})
}
