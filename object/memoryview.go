package object

// memoryview.go: memoryview over bytes, bytearray and the types registered
// with RegisterBuffer (array.array): the native single-item struct formats
// (memoryview_format.go), cast to a format and a shape (C-contiguous,
// 1-D <-> N-D), shape and strides, indexing (an int in 1-D, a tuple of
// ints in N-D), slicing along the first dimension (a view of the same
// memory), tolist, tobytes, hex, comparison by item values, hash, release
// and the context manager, with CPython 3.11's messages.
//
// Invariants: len(shape) == len(strides) == ndim >= 1; item i of a 1-D view
// is at offset + i*strides[0] in the exporter's buffer; every item of the
// view lies inside the buffer as long as the exporter is not resized
// (bytearray refuses to resize while exported; registered exporters are
// read afresh on each access).

import (
	"bytes"
	"slices"
	"strconv"
	"sync"
	"unsafe"
)

// MemoryViewType is the type of memoryview objects.
var MemoryViewType = newBuiltinType("memoryview", nil)

// memoryIterType is the type of iter(memoryview): it reads each item when
// it gets there, so it sees writes to the memory.
var memoryIterType = newBuiltinType("memory_iterator", nil)

type memoryIter struct {
	Header
	view Value // Null once exhausted
	i    int
}

// MemoryView is a view of an exporter's buffer.
type MemoryView struct {
	Header
	obj      Value
	exporter *BufferExporter // nil for bytes and bytearray
	offset   int
	format   string // as given (may start with '@')
	code     byte   // the format character
	itemsize int
	shape    []int
	strides  []int
	readonly bool
	released bool
}

// BufferExporter lets memoryview (and so bytes(), struct, ...) read and
// write the memory of a type implemented outside this package.
type BufferExporter struct {
	// Bytes returns the object's current memory, shared with it.
	Bytes func(v Value) []byte
	// Format returns the struct format of the object's items.
	Format func(v Value) string
	// ItemSize returns the size of one item in bytes.
	ItemSize func(v Value) int
	// ReadOnly reports whether views may write to the memory.
	ReadOnly bool
	// Export and Unexport, when set, count the live views (an exporter
	// refuses to resize while any exists).
	Export, Unexport func(v Value)
}

var (
	bufferMu        sync.Mutex
	bufferExporters = map[*Type]*BufferExporter{}
)

// RegisterBuffer makes instances of t (and its subclasses) exporters of a
// buffer that memoryview can view.
func RegisterBuffer(t *Type, e *BufferExporter) {
	bufferMu.Lock()
	bufferExporters[t] = e
	bufferMu.Unlock()
}

// exporterOf returns the registered exporter of v's type.
func exporterOf(v Value) *BufferExporter {
	bufferMu.Lock()
	defer bufferMu.Unlock()
	for t, e := range bufferExporters {
		if v.Type().IsSubtype(t) {
			return e
		}
	}
	return nil
}

// contiguousBuffer returns the memory of v when v exports it in one piece,
// as a PyBUF_SIMPLE request in CPython succeeds: for bytes, bytearray, a
// C-contiguous memoryview and the registered exporters (array.array). It
// is what float() and int() parse when given no str.
func contiguousBuffer(v Value) ([]byte, bool) {
	if v.p == nil || v.IsImmediate() {
		return nil, false
	}
	if v.Type().solid == MemoryViewType && !(*MemoryView)(v.p).cContiguous() {
		return nil, false
	}
	if b, ok := BytesData(v); ok {
		return b, true
	}
	if e := exporterOf(v); e != nil {
		return e.Bytes(v), true
	}
	return nil, false
}

// buffer returns the exporter's whole memory.
func (m *MemoryView) buffer() []byte {
	if m.exporter != nil {
		return m.exporter.Bytes(m.obj)
	}
	return bytesOf(m.obj)
}

// count is the number of items.
func (m *MemoryView) count() int {
	n := 1
	for _, d := range m.shape {
		n *= d
	}
	return n
}

// cContiguous reports whether the items are in C order without gaps
// (CPython's rule: a 1-D view by its stride alone, even when empty).
func (m *MemoryView) cContiguous() bool {
	if len(m.shape) == 1 {
		return m.shape[0] == 1 || m.strides[0] == m.itemsize
	}
	if m.count() == 0 {
		return true
	}
	want := m.itemsize
	for k := len(m.shape) - 1; k >= 0; k-- {
		if m.shape[k] > 1 && m.strides[k] != want {
			return false
		}
		want *= m.shape[k]
	}
	return true
}

// fContiguous reports whether the items are in Fortran order without gaps.
func (m *MemoryView) fContiguous() bool {
	if len(m.shape) == 1 {
		return m.cContiguous()
	}
	if m.count() == 0 {
		return true
	}
	want := m.itemsize
	for k := range m.shape {
		if m.shape[k] > 1 && m.strides[k] != want {
			return false
		}
		want *= m.shape[k]
	}
	return true
}

// eachItem calls fn with the buffer offset of every item in C order.
func (m *MemoryView) eachItem(fn func(off int)) {
	var walk func(dim, off int)
	walk = func(dim, off int) {
		if dim == len(m.shape) {
			fn(off)
			return
		}
		for i := range m.shape[dim] {
			walk(dim+1, off+i*m.strides[dim])
		}
	}
	walk(0, m.offset)
}

// data returns the viewed bytes in C order: shared with the exporter when
// the view is C-contiguous, else a copy.
func (m *MemoryView) data() []byte {
	buf := m.buffer()
	n := m.count() * m.itemsize
	if m.cContiguous() {
		if n == 0 {
			return buf[:0]
		}
		return buf[m.offset : m.offset+n]
	}
	out := make([]byte, 0, n)
	m.eachItem(func(off int) { out = append(out, buf[off:off+m.itemsize]...) })
	return out
}

// NewMemoryView returns memoryview(obj).
func NewMemoryView(obj Value) (Value, error) {
	switch obj.Type().solid {
	case BytesType, ByteArrayType:
		n := len(bytesOf(obj))
		return newView(&MemoryView{obj: obj, format: "B", code: 'B', itemsize: 1, shape: []int{n}, strides: []int{1},
			readonly: !isByteArray(obj)}), nil
	case MemoryViewType:
		m := (*MemoryView)(obj.p)
		if err := m.check(); err != nil {
			return Null, err
		}
		c := *m
		c.shape, c.strides = slices.Clone(m.shape), slices.Clone(m.strides)
		return newView(&c), nil
	}
	if e := exporterOf(obj); e != nil {
		format, itemsize := e.Format(obj), e.ItemSize(obj)
		code, _ := parseFormat(format)
		return newView(&MemoryView{obj: obj, exporter: e, format: format, code: code, itemsize: itemsize,
			shape: []int{len(e.Bytes(obj)) / itemsize}, strides: []int{itemsize}, readonly: e.ReadOnly}), nil
	}
	return Null, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", obj.Type().Name)
}

// newView completes m (a view of m.obj) and counts it as an export.
func newView(m *MemoryView) Value {
	m.Header = Header{MemoryViewType}
	m.released = false
	if ba, ok := m.obj.AsByteArray(); ok {
		ba.exports++
	} else if m.exporter != nil && m.exporter.Export != nil {
		m.exporter.Export(m.obj)
	}
	return FromPointer(unsafe.Pointer(m))
}

func (m *MemoryView) check() error {
	if m.released {
		return NewError(ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

func (m *MemoryView) release() {
	if m.released {
		return
	}
	m.released = true
	if ba, ok := m.obj.AsByteArray(); ok {
		ba.exports--
	} else if m.exporter != nil && m.exporter.Unexport != nil {
		m.exporter.Unexport(m.obj)
	}
}

var _ = registerTypeInit(initMemoryView)

func initMemoryView() {
	t := MemoryViewType
	t.Doc = "Create a new memoryview object which references the given object."
	t.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
		var a [1]Value
		if err := ParseArgs("memoryview", args, kwnames, []string{"object"}, 1, -1, a[:]); err != nil {
			return Null, err
		}
		return NewMemoryView(a[0])
	}
	self := func(v Value) *MemoryView { return (*MemoryView)(v.p) }
	t.Repr = func(_ *Thread, v Value) (Value, error) {
		state := "memory"
		if self(v).released {
			state = "released memory"
		}
		return StrValue("<" + state + " at " + hexAddr(v) + ">"), nil
	}
	t.Len = func(_ *Thread, v Value) (int, error) {
		m := self(v)
		return m.shape[0], m.check()
	}
	t.GetItem = func(t *Thread, v, key Value) (Value, error) { return self(v).getItem(t, key) }
	t.SetItem = func(t *Thread, v, key, value Value) error { return self(v).setItem(t, key, value) }
	t.Iter = func(t *Thread, v Value) (Value, error) {
		m := self(v)
		if err := m.check(); err != nil {
			return Null, err
		}
		if len(m.shape) != 1 {
			return Null, NewError(NotImplementedError, "multi-dimensional sub-views are not implemented")
		}
		return FromPointer(unsafe.Pointer(&memoryIter{Header: Header{memoryIterType}, view: v})), nil
	}
	memoryIterType.Iter = iterSelf
	memoryIterType.Next = func(t *Thread, v Value) (Value, error) {
		it := (*memoryIter)(v.p)
		if it.view.IsNull() {
			return Null, nil
		}
		m := self(it.view)
		if err := m.check(); err != nil {
			return Null, err
		}
		if it.i >= m.shape[0] {
			it.view = Null
			return Null, nil
		}
		it.i++
		return m.getItem(t, Int(int64(it.i-1)))
	}
	t.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented, nil
		}
		eq, err := self(a).equal(t, a, b)
		if err != nil {
			return Null, err
		}
		return Bool(eq == (op == CmpEQ)), nil
	}
	t.Hash = func(_ *Thread, v Value) (int64, error) {
		m := self(v)
		if err := m.check(); err != nil {
			return 0, err
		}
		if !m.readonly {
			return 0, NewError(ValueError, "cannot hash writable memoryview object")
		}
		if m.code != 'B' && m.code != 'b' && m.code != 'c' {
			return 0, NewError(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		}
		return hashSecret.Bytes(m.data()), nil
	}
	method := func(name string, fn func(t *Thread, m *MemoryView, args []Value) (Value, error), min, max int) MethodDef {
		qualName := "memoryview." + name
		return MethodDef{Name: name, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckMethodArity(qualName, args[1:], kwnames, min, max); err != nil {
				return Null, err
			}
			m := self(args[0])
			if name != "release" && name != "__exit__" {
				if err := m.check(); err != nil {
					return Null, err
				}
			}
			return fn(t, m, args[1:])
		}}
	}
	// clinicMethod is method for methods that Argument Clinic parses with
	// keywords (params, the first min required): their messages differ.
	clinicMethod := func(name string, fn func(t *Thread, m *MemoryView, args []Value) (Value, error), min int, params ...string) MethodDef {
		return MethodDef{Name: name, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			var a [2]Value
			if err := ParseArgs(name, args[1:], kwnames, params, min, -1, a[:len(params)]); err != nil {
				return Null, err
			}
			m := self(args[0])
			if err := m.check(); err != nil {
				return Null, err
			}
			return fn(t, m, a[:len(params)])
		}}
	}
	t.AddMethods([]MethodDef{
		{Name: "tobytes", Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			var a [2]Value
			a[0] = args[0]
			if err := ParseArgs("tobytes", args[1:], kwnames, []string{"order"}, 0, 1, a[1:]); err != nil {
				return Null, err
			}
			m := self(a[0])
			if err := m.check(); err != nil {
				return Null, err
			}
			if !a[1].IsNull() && !a[1].IsNone() {
				s, ok := a[1].exactStr()
				if !ok {
					return Null, Errorf(TypeError, "tobytes() argument 'order' must be str or None, not %s", ArgTypeName(a[1]))
				}
				if s.s != "C" && s.s != "F" && s.s != "A" {
					return Null, NewError(ValueError, "order must be 'C', 'F' or 'A'")
				}
				if s.s == "F" {
					return NewBytes(m.fortranBytes()), nil
				}
			}
			return NewBytes(bytes.Clone(m.data())), nil
		}},
		method("tolist", func(_ *Thread, m *MemoryView, _ []Value) (Value, error) { return m.toList() }, 0, 0),
		clinicMethod("hex", func(t *Thread, m *MemoryView, a []Value) (Value, error) {
			return bytesHex(t, Null, m.data(), a)
		}, 0, "sep", "bytes_per_sep"),
		clinicMethod("cast", func(t *Thread, m *MemoryView, a []Value) (Value, error) {
			return m.cast(t, a[0], a[1])
		}, 1, "format", "shape"),
		method("toreadonly", func(_ *Thread, m *MemoryView, _ []Value) (Value, error) {
			c := *m
			c.shape, c.strides, c.readonly = slices.Clone(m.shape), slices.Clone(m.strides), true
			return newView(&c), nil
		}, 0, 0),
		method("release", func(_ *Thread, m *MemoryView, _ []Value) (Value, error) {
			m.release()
			return None, nil
		}, 0, 0),
		method("__enter__", func(_ *Thread, m *MemoryView, _ []Value) (Value, error) {
			return FromPointer(unsafe.Pointer(m)), nil
		}, 0, 0),
		method("__exit__", func(_ *Thread, m *MemoryView, _ []Value) (Value, error) {
			m.release()
			return None, nil
		}, 0, 3),
	})
	getter := func(name string, fn func(m *MemoryView) Value) GetSetDef {
		return GetSetDef{Name: name, Get: func(_ *Thread, v Value) (Value, error) {
			m := self(v)
			if err := m.check(); err != nil {
				return Null, err
			}
			return fn(m), nil
		}}
	}
	ints := func(xs []int) Value {
		items := make([]Value, len(xs))
		for i, x := range xs {
			items[i] = Int(int64(x))
		}
		return NewTuple(items...).AsValue()
	}
	t.AddGetSets([]GetSetDef{
		getter("obj", func(m *MemoryView) Value { return m.obj }),
		getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.count() * m.itemsize)) }),
		getter("readonly", func(m *MemoryView) Value { return Bool(m.readonly) }),
		getter("itemsize", func(m *MemoryView) Value { return Int(int64(m.itemsize)) }),
		getter("format", func(m *MemoryView) Value { return StrValue(m.format) }),
		getter("ndim", func(m *MemoryView) Value { return Int(int64(len(m.shape))) }),
		getter("shape", func(m *MemoryView) Value { return ints(m.shape) }),
		getter("strides", func(m *MemoryView) Value { return ints(m.strides) }),
		getter("suboffsets", func(m *MemoryView) Value { return NewTuple().AsValue() }),
		getter("c_contiguous", func(m *MemoryView) Value { return Bool(m.cContiguous()) }),
		getter("f_contiguous", func(m *MemoryView) Value { return Bool(m.fContiguous()) }),
		getter("contiguous", func(m *MemoryView) Value { return Bool(m.cContiguous() || m.fContiguous()) }),
	})
}

// fortranBytes returns the items in Fortran order (first index fastest).
func (m *MemoryView) fortranBytes() []byte {
	buf := m.buffer()
	out := make([]byte, 0, m.count()*m.itemsize)
	idx := make([]int, len(m.shape))
	for n := m.count(); n > 0; n-- {
		off := m.offset
		for k, i := range idx {
			off += i * m.strides[k]
		}
		out = append(out, buf[off:off+m.itemsize]...)
		for k := range idx {
			if idx[k]++; idx[k] < m.shape[k] {
				break
			}
			idx[k] = 0
		}
	}
	return out
}

// toList returns the items as nested lists.
func (m *MemoryView) toList() (Value, error) {
	if !unpackable(m.code) || len(m.format) > 2 || len(m.format) == 2 && m.format[0] != '@' {
		return Null, Errorf(NotImplementedError, "memoryview: format %s not supported", m.format)
	}
	buf := m.buffer()
	var build func(dim, off int) Value
	build = func(dim, off int) Value {
		items := make([]Value, m.shape[dim])
		for i := range items {
			o := off + i*m.strides[dim]
			if dim == len(m.shape)-1 {
				items[i] = unpackItem(m.code, buf[o:o+m.itemsize])
			} else {
				items[i] = build(dim+1, o)
			}
		}
		return NewList(items).AsValue()
	}
	return build(0, m.offset), nil
}

// itemOffset returns the buffer offset of the item that key (an int in
// 1-D, a tuple of ints in N-D) selects.
func (m *MemoryView) itemOffset(t *Thread, key Value) (int, error) {
	var keys []Value
	if tup, ok := key.AsTuple(); ok {
		keys = tup.Items
		if len(keys) < len(m.shape) {
			return 0, NewError(NotImplementedError, "sub-views are not implemented")
		}
		if len(keys) > len(m.shape) {
			return 0, Errorf(TypeError, "cannot index %d-dimension view with %d-element tuple", len(m.shape), len(keys))
		}
		for _, k := range keys {
			if k.Type().Index == nil {
				return 0, NewError(TypeError, "memoryview: invalid slice key")
			}
		}
	} else {
		if key.Type().Index == nil {
			return 0, NewError(TypeError, "memoryview: invalid slice key")
		}
		if len(m.shape) != 1 {
			return 0, NewError(NotImplementedError, "multi-dimensional sub-views are not implemented")
		}
		return m.dimOffset(t, 0, key, m.offset)
	}
	off := m.offset
	for dim, k := range keys {
		var err error
		if off, err = m.dimOffset(t, dim, k, off); err != nil {
			return 0, err
		}
	}
	return off, nil
}

// dimOffset adds to off the offset of index key along dimension dim.
func (m *MemoryView) dimOffset(t *Thread, dim int, key Value, off int) (int, error) {
	i, err := IndexInt(t, key)
	if err != nil {
		return 0, err
	}
	n := m.shape[dim]
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexError, "index out of bounds on dimension %d", dim+1)
	}
	return off + i*m.strides[dim], nil
}

// slice returns the view of m that sl selects along the first dimension.
func (m *MemoryView) slice(t *Thread, sl *Slice) (*MemoryView, error) {
	start, _, step, n, err := sl.Indices(t, m.shape[0])
	if err != nil {
		return nil, err
	}
	c := *m
	c.shape, c.strides = slices.Clone(m.shape), slices.Clone(m.strides)
	c.offset += start * m.strides[0]
	c.shape[0], c.strides[0] = n, m.strides[0]*step
	return &c, nil
}

func (m *MemoryView) getItem(t *Thread, key Value) (Value, error) {
	if err := m.check(); err != nil {
		return Null, err
	}
	if sl, ok := key.AsSlice(); ok {
		c, err := m.slice(t, sl)
		if err != nil {
			return Null, err
		}
		return newView(c), nil
	}
	off, err := m.itemOffset(t, key)
	if err != nil {
		return Null, err
	}
	if !unpackable(m.code) {
		return Null, Errorf(NotImplementedError, "memoryview: format %s not supported", m.format)
	}
	return unpackItem(m.code, m.buffer()[off:off+m.itemsize]), nil
}

func (m *MemoryView) setItem(t *Thread, key, value Value) error {
	if err := m.check(); err != nil {
		return err
	}
	if m.readonly {
		return NewError(TypeError, "cannot modify read-only memory")
	}
	if value.IsNull() {
		return NewError(TypeError, "cannot delete memory")
	}
	if sl, ok := key.AsSlice(); ok {
		if len(m.shape) != 1 {
			return NewError(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		dst, err := m.slice(t, sl)
		if err != nil {
			return err
		}
		srcView, err := NewMemoryView(value)
		if err != nil {
			return err
		}
		src := (*MemoryView)(srcView.p)
		defer src.release()
		if nativeFormat(src.format) != nativeFormat(dst.format) || src.itemsize != dst.itemsize || !slices.Equal(src.shape, dst.shape) {
			return NewError(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		data := bytes.Clone(src.data())
		buf := m.buffer()
		for i := range dst.shape[0] {
			off := dst.offset + i*dst.strides[0]
			copy(buf[off:off+m.itemsize], data[i*m.itemsize:])
		}
		return nil
	}
	if _, isTuple := key.AsTuple(); !isTuple && key.Type().Index != nil && len(m.shape) != 1 {
		return NewError(NotImplementedError, "sub-views are not implemented")
	}
	off, err := m.itemOffset(t, key)
	if err != nil {
		return err
	}
	if !unpackable(m.code) {
		return Errorf(NotImplementedError, "memoryview: format %s not supported", m.format)
	}
	var item [8]byte
	if err := packItem(t, m.code, value, item[:m.itemsize]); err != nil {
		return err
	}
	copy(m.buffer()[off:off+m.itemsize], item[:m.itemsize])
	return nil
}

// cast is memoryview.cast(format, shape), checking in CPython's order.
func (m *MemoryView) cast(t *Thread, formatArg, shapeArg Value) (Value, error) {
	fs, ok := formatArg.exactStr()
	if !ok {
		return Null, Errorf(TypeError, "cast() argument 'format' must be str, not %s", ArgTypeName(formatArg))
	}
	if !m.cContiguous() {
		return Null, NewError(TypeError, "memoryview: casts are restricted to C-contiguous views")
	}
	hasShape := !shapeArg.IsNull()
	if (hasShape || len(m.shape) != 1) && slices.Contains(m.shape, 0) {
		return Null, NewError(TypeError, "memoryview: cannot cast view with zeros in shape or strides")
	}
	var dims []Value
	if hasShape {
		if tup, ok := shapeArg.AsTuple(); ok {
			dims = tup.Items
		} else if l, ok := shapeArg.AsList(); ok {
			dims = l.Items
		} else {
			return Null, NewError(TypeError, "shape must be a list or a tuple")
		}
		if len(dims) > 64 {
			return Null, NewError(ValueError, "memoryview: number of dimensions must not exceed 64")
		}
		if len(m.shape) != 1 && len(dims) != 1 {
			return Null, NewError(TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D")
		}
	}
	code, ok := parseFormat(fs.s)
	if !ok || !castable(code) {
		return Null, NewError(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	size := int(nativeItemSize[code])
	if !isByteFormat(m.format) && !isByteFormat(fs.s) {
		return Null, NewError(TypeError, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.count() * m.itemsize
	if nbytes%size != 0 {
		return Null, NewError(TypeError, "memoryview: length is not a multiple of itemsize")
	}
	shape := []int{nbytes / size}
	if hasShape {
		shape = make([]int, len(dims))
		n := size
		for i, v := range dims {
			d, ok := AsInt64(v)
			if _, _, isInt := intOperand(v); !isInt || !ok || d <= 0 {
				return Null, NewError(ValueError, "memoryview.cast(): elements of shape must be integers > 0")
			}
			shape[i] = int(d)
			n *= int(d)
		}
		if n != nbytes {
			return Null, NewError(TypeError, "memoryview: product(shape) * itemsize != buffer size")
		}
	}
	strides := make([]int, len(shape))
	stride := size
	for k := len(shape) - 1; k >= 0; k-- {
		strides[k] = stride
		stride *= shape[k]
	}
	c := &MemoryView{obj: m.obj, exporter: m.exporter, offset: m.offset, format: fs.s, code: code, itemsize: size,
		shape: shape, strides: strides, readonly: m.readonly}
	return newView(c), nil
}

// equal is memoryview == other: equal shapes and equal items compared as
// values (so views of different formats may be equal, and a view of a NaN
// differs from itself).
func (m *MemoryView) equal(t *Thread, self, other Value) (bool, error) {
	if m.released {
		return self == other, nil
	}
	var o *MemoryView
	if other.Type().solid == MemoryViewType {
		o = (*MemoryView)(other.p)
		if o.released {
			return self == other, nil
		}
	} else {
		v, err := NewMemoryView(other)
		if err != nil {
			return false, nil
		}
		o = (*MemoryView)(v.p)
		defer o.release()
	}
	if !slices.Equal(m.shape, o.shape) {
		return false, nil
	}
	if !unpackable(m.code) || !unpackable(o.code) {
		return false, Errorf(NotImplementedError, "memoryview: format %s not supported", m.format)
	}
	if m.code == o.code && m.code != 'f' && m.code != 'd' && m.code != 'e' {
		return bytes.Equal(m.data(), o.data()), nil
	}
	a, b := m.data(), o.data()
	for i := range m.count() {
		x := unpackItem(m.code, a[i*m.itemsize:(i+1)*m.itemsize])
		y := unpackItem(o.code, b[i*o.itemsize:(i+1)*o.itemsize])
		if fx, ok := AsFloat64(x); ok && x.Type() == FloatType {
			if fy, ok := AsFloat64(y); ok && y.Type() == FloatType {
				if fx != fy {
					return false, nil
				}
				continue
			}
		}
		eq, err := Equal(t, x, y)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func hexAddr(v Value) string {
	return "0x" + strconv.FormatUint(uint64(uintptr(v.p)), 16)
}
