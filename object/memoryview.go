package object

// memoryview.go: memoryview over bytes and bytearray, format 'B' only:
// indexing, slicing (a view of the same memory), tobytes, tolist, hex,
// release and the context manager protocol.

import (
	"bytes"
	"unsafe"
)

// MemoryViewType is the type of memoryview objects.
var MemoryViewType = newBuiltinType("memoryview", nil)

// MemoryView is a view of a bytes or bytearray object's buffer: the
// bytes start, start+step, ... (n of them).
type MemoryView struct {
	Header
	obj      Value
	start    int
	step     int
	n        int
	readonly bool
	released bool
}

// data returns the viewed bytes (copied when the view is not contiguous).
func (m *MemoryView) data() []byte {
	b := bytesOf(m.obj)
	if m.step == 1 {
		return b[m.start : m.start+m.n]
	}
	return sliceBytes(b, m.start, m.step, m.n)
}

// NewMemoryView returns memoryview(obj) for a bytes or bytearray obj.
func NewMemoryView(obj Value) (Value, error) {
	switch obj.Type().solid {
	case BytesType, ByteArrayType:
	case MemoryViewType:
		m := (*MemoryView)(obj.p)
		if err := m.check(); err != nil {
			return Null, err
		}
		return newView(m.obj, m.start, m.step, m.n, m.readonly), nil
	default:
		return Null, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", obj.Type().Name)
	}
	return newView(obj, 0, 1, len(bytesOf(obj)), !isByteArray(obj)), nil
}

func newView(obj Value, start, step, n int, readonly bool) Value {
	if ba, ok := obj.AsByteArray(); ok {
		ba.exports++
	}
	return FromPointer(unsafe.Pointer(&MemoryView{Header: Header{MemoryViewType}, obj: obj, start: start, step: step, n: n, readonly: readonly}))
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
		return m.n, m.check()
	}
	t.GetItem = func(t *Thread, v, key Value) (Value, error) {
		m := self(v)
		if err := m.check(); err != nil {
			return Null, err
		}
		if sl, ok := key.AsSlice(); ok {
			start, _, step, n, err := sl.Indices(t, m.n)
			if err != nil {
				return Null, err
			}
			return newView(m.obj, m.start+start*m.step, m.step*step, n, m.readonly), nil
		}
		i, err := memoryIndex(t, key, m.n)
		if err != nil {
			return Null, err
		}
		return Int(int64(bytesOf(m.obj)[m.start+i*m.step])), nil
	}
	t.SetItem = func(t *Thread, v, key, value Value) error {
		m := self(v)
		if err := m.check(); err != nil {
			return err
		}
		if m.readonly {
			return NewError(TypeError, "cannot modify read-only memory")
		}
		if value.IsNull() {
			return NewError(TypeError, "cannot delete memory")
		}
		b := bytesOf(m.obj)
		if sl, ok := key.AsSlice(); ok {
			start, _, step, n, err := sl.Indices(t, m.n)
			if err != nil {
				return err
			}
			src, ok := BytesData(value)
			if !ok {
				return Errorf(TypeError, "a bytes-like object is required, not '%s'", value.Type().Name)
			}
			if len(src) != n {
				return NewError(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
			}
			src = append([]byte(nil), src...)
			for k := 0; k < n; k++ {
				b[m.start+(start+k*step)*m.step] = src[k]
			}
			return nil
		}
		i, err := memoryIndex(t, key, m.n)
		if err != nil {
			return err
		}
		if _, _, ok := intOperand(value); !ok {
			return Errorf(TypeError, "memoryview: invalid type for format 'B'")
		}
		c, ok := AsInt64(value)
		if !ok || c < 0 || c > 255 {
			return Errorf(ValueError, "memoryview: invalid value for format 'B'")
		}
		b[m.start+i*m.step] = byte(c)
		return nil
	}
	t.Compare = func(_ *Thread, a, b Value, op CompareOp) (Value, error) {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented, nil
		}
		m := self(a)
		y, ok := BytesData(b)
		if m.released || !ok {
			return Bool((a == b) == (op == CmpEQ)), nil
		}
		return Bool(bytes.Equal(m.data(), y) == (op == CmpEQ)), nil
	}
	t.Hash = func(_ *Thread, v Value) (int64, error) {
		m := self(v)
		if err := m.check(); err != nil {
			return 0, err
		}
		if !m.readonly {
			return 0, NewError(ValueError, "cannot hash writable memoryview object")
		}
		return hashSecret.Bytes(m.data()), nil
	}
	method := func(name string, fn func(t *Thread, m *MemoryView, args []Value) (Value, error), min, max int) MethodDef {
		return MethodDef{Name: name, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity(name, args[1:], kwnames, min, max); err != nil {
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
	t.AddMethods([]MethodDef{
		method("tobytes", func(_ *Thread, m *MemoryView, _ []Value) (Value, error) {
			return NewBytes(append([]byte(nil), m.data()...)), nil
		}, 0, 1),
		method("tolist", func(_ *Thread, m *MemoryView, _ []Value) (Value, error) {
			d := m.data()
			items := make([]Value, len(d))
			for i, c := range d {
				items[i] = Int(int64(c))
			}
			return NewList(items).AsValue(), nil
		}, 0, 0),
		method("hex", func(t *Thread, m *MemoryView, a []Value) (Value, error) {
			var p [2]Value
			copy(p[:], a)
			return bytesHex(t, Null, m.data(), p[:])
		}, 0, 2),
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
			if err := m.check(); err != nil && name != "obj" {
				return Null, err
			}
			return fn(m), nil
		}}
	}
	t.AddGetSets([]GetSetDef{
		getter("obj", func(m *MemoryView) Value { return m.obj }),
		getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.n)) }),
		getter("readonly", func(m *MemoryView) Value { return Bool(m.readonly) }),
		getter("itemsize", func(*MemoryView) Value { return Int(1) }),
		getter("format", func(*MemoryView) Value { return StrValue("B") }),
		getter("ndim", func(*MemoryView) Value { return Int(1) }),
		getter("shape", func(m *MemoryView) Value { return NewTuple(Int(int64(m.n))).AsValue() }),
		getter("strides", func(m *MemoryView) Value { return NewTuple(Int(int64(m.step))).AsValue() }),
		getter("contiguous", func(m *MemoryView) Value { return Bool(m.step == 1 || m.n <= 1) }),
		{Name: "released", Get: func(_ *Thread, v Value) (Value, error) { return Bool(self(v).released), nil }},
	})
}

func memoryIndex(t *Thread, key Value, n int) (int, error) {
	if key.Type().Index == nil {
		return 0, NewError(TypeError, "memoryview: invalid slice key")
	}
	i, err := IndexInt(t, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, NewError(IndexError, "index out of bounds on dimension 1")
	}
	return i, nil
}

func hexAddr(v Value) string {
	const digits = "0123456789abcdef"
	p := uintptr(v.p)
	var buf [18]byte
	i := len(buf)
	for {
		i--
		buf[i] = digits[p&15]
		p >>= 4
		if p == 0 {
			break
		}
	}
	i -= 2
	buf[i], buf[i+1] = '0', 'x'
	return string(buf[i:])
}
