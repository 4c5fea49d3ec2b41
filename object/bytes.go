package object

// bytes.go: the bytes and bytearray types: construction, repr,
// comparison, hashing, indexing, concatenation and repetition, and
// BytesData for every bytes-like object. Their shared methods are in
// bytes_methods.go, bytearray's mutation in bytearray.go.

import (
	"bytes"
	"math"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/internal/pyrepr"
)

// Bytes is a Python bytes object. b is never modified after creation.
type Bytes struct {
	Header
	b      []byte
	hash   int64
	hashed bool
}

// ByteArray is a Python bytearray.
type ByteArray struct {
	Header
	b []byte
	// exports counts the live memoryviews of the buffer, which forbid
	// resizing it.
	exports int
}

// The bytes-like types.
var (
	BytesType         = newBuiltinType("bytes", nil)
	ByteArrayType     = newBuiltinType("bytearray", nil)
	BytesIterType     = newBuiltinType("bytes_iterator", nil)
	byteArrayIterType = newBuiltinType("bytearray_iterator", nil)
)

var emptyBytes = &Bytes{Header: Header{BytesType}, b: []byte{}}

// NewBytes returns a bytes object holding b (not copied: the caller must
// not modify b afterwards).
func NewBytes(b []byte) Value {
	if len(b) == 0 {
		return FromPointer(unsafe.Pointer(emptyBytes))
	}
	return FromPointer(unsafe.Pointer(&Bytes{Header: Header{BytesType}, b: b}))
}

// bytesBlock is a bytes object and its data in one allocation.
type bytesBlock[A any] struct {
	Bytes
	data A
}

// bytesBlockDataOffset is where the data of a bytesBlock starts.
const bytesBlockDataOffset = unsafe.Offsetof(bytesBlock[[8]byte]{}.data)

// NewBytesBuf returns a new bytes object of n bytes and those bytes, for
// the caller to fill in before the object is used anywhere (it is
// immutable from then on). Objects of up to 64 bytes, which struct.pack
// and friends make by the million, are a single allocation.
func NewBytesBuf(n int) (Value, []byte) {
	var b *Bytes
	var buf []byte
	switch {
	case n == 0:
		return NewBytes(nil), nil
	case n <= 8:
		blk := new(bytesBlock[[8]byte])
		b, buf = &blk.Bytes, blk.data[:n:n]
	case n <= 16:
		blk := new(bytesBlock[[16]byte])
		b, buf = &blk.Bytes, blk.data[:n:n]
	case n <= 32:
		blk := new(bytesBlock[[32]byte])
		b, buf = &blk.Bytes, blk.data[:n:n]
	case n <= 64:
		blk := new(bytesBlock[[64]byte])
		b, buf = &blk.Bytes, blk.data[:n:n]
	default:
		b, buf = new(Bytes), make([]byte, n)
	}
	b.Header, b.b = Header{BytesType}, buf
	return FromPointer(unsafe.Pointer(b)), buf
}

// NewBytesBuf is the package's NewBytesBuf made cheaper for bytes objects
// made in bulk (struct.pack): objects of up to 64 bytes come from the
// thread's blocks of tupleSlabLen, as Thread.NewTuple's tuples do, with the
// same memory cost.
func (t *Thread) NewBytesBuf(n int) (Value, []byte) {
	var s *slab
	switch {
	case n == 0 || n > 64:
		return NewBytesBuf(n)
	case n <= 8:
		s = &t.bytesSlabs[0]
		if s.off == s.end {
			slabBlock[bytesBlock[[8]byte]](s)
		}
	case n <= 16:
		s = &t.bytesSlabs[1]
		if s.off == s.end {
			slabBlock[bytesBlock[[16]byte]](s)
		}
	case n <= 32:
		s = &t.bytesSlabs[2]
		if s.off == s.end {
			slabBlock[bytesBlock[[32]byte]](s)
		}
	default:
		s = &t.bytesSlabs[3]
		if s.off == s.end {
			slabBlock[bytesBlock[[64]byte]](s)
		}
	}
	p := unsafe.Add(s.block, s.off)
	s.off += s.end / tupleSlabLen // the size of one block
	b := (*Bytes)(p)
	buf := unsafe.Slice((*byte)(unsafe.Add(p, bytesBlockDataOffset)), n)
	b.Header, b.b = Header{BytesType}, buf
	return FromPointer(p), buf
}

// NewByteArray returns a bytearray holding b (not copied).
func NewByteArray(b []byte) Value {
	return FromPointer(unsafe.Pointer(&ByteArray{Header: Header{ByteArrayType}, b: b}))
}

// AsBytes returns v as a *Bytes when v is a bytes (or subclass) object.
func (v Value) AsBytes() (*Bytes, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == BytesType {
		return (*Bytes)(v.p), true
	}
	return nil, false
}

// AsByteArray returns v as a *ByteArray when v is a bytearray.
func (v Value) AsByteArray() (*ByteArray, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == ByteArrayType {
		return (*ByteArray)(v.p), true
	}
	return nil, false
}

// Data returns the contents (which must not be modified).
func (b *Bytes) Data() []byte { return b.b }

// Data returns the contents.
func (b *ByteArray) Data() []byte { return b.b }

// BytesData returns the bytes of a bytes-like object (bytes, bytearray or
// memoryview), shared with it, or ok false.
func BytesData(v Value) ([]byte, bool) {
	if v.p == nil || v.IsImmediate() {
		return nil, false
	}
	switch v.Type().solid {
	case BytesType:
		return (*Bytes)(v.p).b, true
	case ByteArrayType:
		return (*ByteArray)(v.p).b, true
	case MemoryViewType:
		m := (*MemoryView)(v.p)
		if m.released {
			return nil, false
		}
		return m.data(), true
	}
	return nil, false
}

func isBytesLike(v Value) bool {
	_, ok := BytesData(v)
	return ok
}

// bytesOf returns the data of self, a bytes or bytearray.
func bytesOf(v Value) []byte {
	if b, ok := v.AsBytes(); ok {
		return b.b
	}
	return (*ByteArray)(v.p).b
}

// isByteArray reports whether self is a bytearray (whose methods return
// bytearrays).
func isByteArray(v Value) bool { return v.Type().solid == ByteArrayType }

// newLike returns b as a bytes or, when like is a bytearray, a bytearray.
func newLike(like Value, b []byte) Value {
	if isByteArray(like) {
		return NewByteArray(b)
	}
	return NewBytes(b)
}

var _ = registerTypeInit(initBytes)

func initBytes() {
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		typ.Repr = bytesRepr
		typ.Compare = bytesCompare
		typ.Len = func(_ *Thread, v Value) (int, error) { return len(bytesOf(v)), nil }
		typ.GetItem = bytesGetItem
		typ.Contains = bytesContains
		typ.SeqConcat = bytesConcat
		typ.SeqRepeat = bytesRepeat
		iterType := BytesIterType
		if typ == ByteArrayType {
			iterType = byteArrayIterType
		}
		typ.Iter = func(_ *Thread, v Value) (Value, error) {
			return FromPointer(unsafe.Pointer(&bytesIter{Header: Header{iterType}, seq: v})), nil
		}
		typ.Binary[OpMod] = func(t *Thread, a, b Value) (Value, error) {
			if a.Type().solid != BytesType && a.Type().solid != ByteArrayType {
				return NotImplemented, nil
			}
			out, err := percentFormat(t, string(bytesOf(a)), b, bytesPercent{}, true)
			if err != nil {
				return Null, err
			}
			return newLike(a, out), nil
		}
		initBytesMethods(typ)
	}
	subclassable[Bytes](BytesType)
	subclassable[ByteArray](ByteArrayType)
	BytesType.Doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object"
	BytesType.New = bytesNew
	BytesType.Hash = func(_ *Thread, v Value) (int64, error) {
		b, _ := v.AsBytes()
		if !b.hashed {
			b.hash, b.hashed = hashSecret.Bytes(b.b), true
		}
		return b.hash, nil
	}
	BytesType.AddMethods([]MethodDef{
		{Name: "__bytes__", Fn: func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckMethodArity("bytes.__bytes__", args[1:], kwnames, 0, 0); err != nil {
				return Null, err
			}
			b, _ := args[0].AsBytes()
			if b.typ == BytesType {
				return args[0], nil
			}
			return NewBytes(b.b), nil
		}, Doc: "Convert this value to exact type bytes."},
		{Name: "__getnewargs__", Fn: func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
			b, _ := args[0].AsBytes()
			return NewTuple(NewBytes(b.b)).AsValue(), nil
		}},
	})
	initByteArray()

	for _, it := range []*Type{BytesIterType, byteArrayIterType} {
		it.Iter = func(_ *Thread, v Value) (Value, error) { return v, nil }
		it.Next = func(_ *Thread, v Value) (Value, error) {
			it := (*bytesIter)(v.p)
			if it.seq.IsNull() {
				return Null, nil
			}
			b := bytesOf(it.seq)
			if it.i >= len(b) {
				it.seq = Null
				return Null, nil
			}
			it.i++
			return Int(int64(b[it.i-1])), nil
		}
	}
}

// bytesIter iterates over a bytes or bytearray.
type bytesIter struct {
	Header
	seq Value // Null once exhausted
	i   int
}

func bytesRepr(_ *Thread, v Value) (Value, error) {
	r := pyrepr.Bytes(string(bytesOf(v)))
	if isByteArray(v) {
		name := v.Type().Name
		return StrValue(name + "(" + r + ")"), nil
	}
	return newStrLen(r, len(r)).AsValue(), nil
}

// bytesCompare compares a bytes with a bytes only, a bytearray with any
// bytes-like object, as CPython does.
func bytesCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	var y []byte
	if isByteArray(a) {
		var ok bool
		if y, ok = BytesData(b); !ok {
			return NotImplemented, nil
		}
	} else if yb, ok := b.AsBytes(); ok {
		y = yb.b
	} else {
		return NotImplemented, nil
	}
	return Bool(cmpResult(bytes.Compare(bytesOf(a), y), op)), nil
}

// byteIndex converts the subscript i of a sequence of length n.
func byteIndex(t *Thread, key Value, n int, typeName string) (int, error) {
	var i int64
	if key.IsInt() {
		i = key.AsInt()
	} else {
		if key.Type().Index == nil {
			return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", typeName, key.Type().tpName())
		}
		iv, err := Index(t, key)
		if err != nil {
			return 0, err
		}
		var ok bool
		if i, ok = AsInt64(iv); !ok {
			return 0, Errorf(IndexError, "cannot fit '%s' into an index-sized integer", key.Type().Name)
		}
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, Errorf(IndexError, "%s index out of range", typeName)
	}
	return int(i), nil
}

func bytesGetItem(t *Thread, v, key Value) (Value, error) {
	b := bytesOf(v)
	if sl, ok := key.AsSlice(); ok {
		start, _, step, n, err := sl.Indices(t, len(b))
		if err != nil {
			return Null, err
		}
		return newLike(v, sliceBytes(b, start, step, n)), nil
	}
	name := "index"
	if isByteArray(v) {
		name = "bytearray"
	}
	i, err := byteIndex(t, key, len(b), name)
	if err != nil {
		if e, ok := err.(*Exc); ok && !isByteArray(v) {
			msg, _ := e.Args.Items[0].exactStr()
			switch {
			case e.typ == TypeError:
				return Null, Errorf(TypeError, "byte indices must be integers or slices, not %s", key.Type().tpName())
			case strings.HasSuffix(msg.s, "out of range"):
				return Null, NewError(IndexError, "index out of range")
			}
		}
		return Null, err
	}
	return Int(int64(b[i])), nil
}

// sliceBytes copies the n bytes start, start+step, ...
func sliceBytes(b []byte, start, step, n int) []byte {
	if n <= 0 {
		return []byte{}
	}
	if step == 1 {
		return append([]byte(nil), b[start:start+n]...)
	}
	out := make([]byte, n)
	for k := range out {
		out[k] = b[start+k*step]
	}
	return out
}

// byteValue converts an int meant as one byte; what names the thing in
// the range error ("byte" or "bytes", as CPython words it).
func byteValue(t *Thread, v Value, what string) (byte, error) {
	iv, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := AsInt64(iv)
	if !ok || n < 0 || n > 255 {
		return 0, Errorf(ValueError, "%s must be in range(0, 256)", what)
	}
	return byte(n), nil
}

func bytesContains(t *Thread, container, v Value) (bool, error) {
	b := bytesOf(container)
	if sub, ok := BytesData(v); ok {
		return bytes.Contains(b, sub), nil
	}
	if v.Type().Index == nil {
		return false, Errorf(TypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	c, err := byteValue(t, v, "byte")
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(b, c) >= 0, nil
}

func bytesConcat(_ *Thread, a, b Value) (Value, error) {
	x := bytesOf(a)
	y, ok := BytesData(b)
	if !ok {
		return Null, Errorf(TypeError, "can't concat %s to %s", b.Type().Name, a.Type().Name)
	}
	if err := checkAlloc(len(x), len(y)); err != nil {
		return Null, err
	}
	if !isByteArray(a) && a.Type() == BytesType && len(y) == 0 {
		return a, nil
	}
	out := make([]byte, 0, len(x)+len(y))
	return newLike(a, append(append(out, x...), y...)), nil
}

func bytesRepeat(t *Thread, seq, count Value) (Value, error) {
	b := bytesOf(seq)
	n, err := repeatCount(t, count)
	if err != nil {
		return Null, err
	}
	if n <= 0 || len(b) == 0 {
		return newLike(seq, []byte{}), nil
	}
	if n == 1 && seq.Type() == BytesType {
		return seq, nil
	}
	if len(b) > math.MaxInt/n {
		return Null, NewException(MemoryError)
	}
	if err := checkAlloc(len(b) * n); err != nil {
		return Null, err
	}
	return newLike(seq, bytes.Repeat(b, n)), nil
}

// bytesNew is bytes.__new__(source, encoding, errors).
func bytesNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	var a [3]Value
	if err := ParseArgs("bytes", args, kwnames, []string{"source", "encoding", "errors"}, 0, -1, a[:]); err != nil {
		return Null, err
	}
	b, err := bytesFromArgs(t, "bytes", a[0], a[1], a[2])
	if err != nil {
		return Null, err
	}
	if b == nil {
		b = []byte{}
	}
	if typ == BytesType {
		if src, ok := a[0].AsBytes(); ok && src.typ == BytesType && a[1].IsNull() {
			return a[0], nil
		}
		return NewBytes(b), nil
	}
	p := typ.AllocInstance()
	(*Bytes)(p).b = b
	return FromPointer(p), nil
}

var bytesMethodName = Intern("__bytes__")

// bytesFromArgs builds the contents of bytes(...) or bytearray(...) from
// source, encoding and errors (Null when absent); the result is a new
// slice the caller owns.
func bytesFromArgs(t *Thread, fname string, source, encoding, errors Value) ([]byte, error) {
	if source.IsNull() {
		if !encoding.IsNull() || !errors.IsNull() {
			if !encoding.IsNull() {
				return nil, NewError(TypeError, "encoding without a string argument")
			}
			return nil, NewError(TypeError, "errors without a string argument")
		}
		return nil, nil
	}
	if s, ok := source.exactStr(); ok {
		if encoding.IsNull() {
			return nil, NewError(TypeError, "string argument without an encoding")
		}
		enc, errs, err := codecArgs(fname, encoding, errors, 1)
		if err != nil {
			return nil, err
		}
		return EncodeStr(t, s, enc, errs)
	}
	if !encoding.IsNull() {
		return nil, NewError(TypeError, "encoding without a string argument")
	}
	if !errors.IsNull() {
		return nil, NewError(TypeError, "errors without a string argument")
	}
	if fname == "bytes" {
		if m := source.Type().Lookup(bytesMethodName); !m.IsNull() {
			r, err := callDescriptor(t, m, source)
			if err != nil {
				return nil, err
			}
			b, ok := r.AsBytes()
			if !ok {
				return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
			}
			return append([]byte(nil), b.b...), nil
		}
	}
	if data, ok := BytesData(source); ok {
		return append([]byte(nil), data...), nil
	}
	if source.Type().Index != nil {
		iv, err := Index(t, source)
		if err != nil {
			return nil, err
		}
		n, ok := AsInt64(iv)
		if !ok {
			return nil, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, NewError(ValueError, "negative count")
		}
		if err := checkAlloc(int(n)); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	var items []Value
	if l, ok := source.AsList(); ok {
		items = l.Items
	} else if tup, ok := source.AsTuple(); ok {
		items = tup.Items
	} else {
		it, err := Iter(t, source)
		if err != nil {
			if e, ok := err.(*Exc); ok && e.typ == TypeError {
				return nil, Errorf(TypeError, "cannot convert '%s' object to %s", source.Type().Name, fname)
			}
			return nil, err
		}
		var out []byte
		for {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x.IsNull() {
				return out, nil
			}
			c, err := iterByte(t, x, fname)
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
	}
	out := make([]byte, len(items))
	for i, x := range items {
		c, err := iterByte(t, x, fname)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// iterByte converts an item of an iterable of ints; the range error names
// what is being built ("bytes must be in range(0, 256)" for bytes(), "byte"
// everywhere else, as CPython words it).
func iterByte(t *Thread, x Value, what string) (byte, error) {
	if x.Type().Index == nil {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", x.Type().tpName())
	}
	return byteValue(t, x, what)
}
