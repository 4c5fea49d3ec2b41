package object

// bytearray.go: bytearray construction and mutation (item and slice
// assignment, append, extend, insert, pop, remove, reverse, clear, copy,
// += and *=).

import (
	"bytes"
	"math"
)

func initByteArray() {
	t := ByteArrayType
	t.Doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array"
	t.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
		if typ == ByteArrayType {
			return NewByteArray(nil), nil
		}
		return FromPointer(typ.AllocInstance()), nil
	}
	t.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) error {
		var a [3]Value
		if err := ParseArgs("bytearray", args, kwnames, []string{"source", "encoding", "errors"}, 0, -1, a[:]); err != nil {
			return err
		}
		b, err := bytesFromArgs(t, "bytearray", a[0], a[1], a[2])
		if err != nil {
			return err
		}
		ba, _ := self.AsByteArray()
		if ba.exports > 0 {
			return NewError(BufferError, "Existing exports of data: object cannot be re-sized")
		}
		ba.b = b
		return nil
	}
	t.SetItem = byteArraySetItem
	t.InPlace[OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		ba, _ := a.AsByteArray()
		y, ok := BytesData(b)
		if !ok {
			return Null, Errorf(TypeError, "can't concat %s to bytearray", b.Type().Name)
		}
		if err := ba.resizeCheck(); err != nil {
			return Null, err
		}
		if err := checkAlloc(len(ba.b), len(y)); err != nil {
			return Null, err
		}
		ba.b = append(ba.b, y...)
		return a, nil
	}
	t.InPlace[OpMul] = func(t *Thread, a, b Value) (Value, error) {
		ba, _ := a.AsByteArray()
		if b.Type().Index == nil {
			return NotImplemented, nil
		}
		n, err := repeatCount(t, b)
		if err != nil {
			return Null, err
		}
		if err := ba.resizeCheck(); err != nil {
			return Null, err
		}
		if n <= 0 || len(ba.b) == 0 {
			ba.b = ba.b[:0]
			return a, nil
		}
		if len(ba.b) > math.MaxInt/n {
			return Null, NewException(MemoryError)
		}
		if err := checkAlloc(len(ba.b) * n); err != nil {
			return Null, err
		}
		ba.b = bytes.Repeat(ba.b, n)
		return a, nil
	}
	method := func(name string, min, max int, fn func(t *Thread, ba *ByteArray, args []Value) (Value, error), doc string) MethodDef {
		qualName := "bytearray." + name // once here, not on every call
		return MethodDef{Name: name, Doc: doc, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := NoKeywords(qualName, kwnames); err != nil {
				return Null, err
			}
			n := len(args) - 1
			if n < min || n > max {
				switch {
				case max == 0:
					return Null, Errorf(TypeError, "bytearray.%s() takes no arguments (%d given)", name, n)
				case min == 1 && max == 1:
					return Null, Errorf(TypeError, "bytearray.%s() takes exactly one argument (%d given)", name, n)
				}
				return Null, CheckArity(name, args[1:], nil, min, max)
			}
			ba, _ := args[0].AsByteArray()
			return fn(t, ba, args[1:])
		}}
	}
	t.AddMethods([]MethodDef{
		method("append", 1, 1, func(t *Thread, ba *ByteArray, a []Value) (Value, error) {
			c, err := iterByte(t, a[0], "byte")
			if err != nil {
				return Null, err
			}
			if err := ba.resizeCheck(); err != nil {
				return Null, err
			}
			ba.b = append(ba.b, c)
			return None, nil
		}, "Append a single item to the end of the bytearray."),
		method("extend", 1, 1, func(t *Thread, ba *ByteArray, a []Value) (Value, error) {
			var add []byte
			if d, ok := BytesData(a[0]); ok {
				add = d
			} else {
				var err error
				if add, err = bytesFromIterable(t, a[0]); err != nil {
					return Null, err
				}
			}
			if err := ba.resizeCheck(); err != nil {
				return Null, err
			}
			ba.b = append(ba.b, add...)
			return None, nil
		}, "Append all the items from the iterator or sequence to the end of the bytearray."),
		method("insert", 2, 2, func(t *Thread, ba *ByteArray, a []Value) (Value, error) {
			i, err := IndexInt(t, a[0])
			if err != nil {
				return Null, err
			}
			c, err := iterByte(t, a[1], "byte")
			if err != nil {
				return Null, err
			}
			if err := ba.resizeCheck(); err != nil {
				return Null, err
			}
			n := len(ba.b)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			ba.b = append(ba.b, 0)
			copy(ba.b[i+1:], ba.b[i:n])
			ba.b[i] = c
			return None, nil
		}, "Insert a single item into the bytearray before the given index."),
		method("pop", 0, 1, func(t *Thread, ba *ByteArray, a []Value) (Value, error) {
			i := -1
			if len(a) == 1 {
				var err error
				if i, err = IndexInt(t, a[0]); err != nil {
					return Null, err
				}
			}
			n := len(ba.b)
			if n == 0 {
				return Null, NewError(IndexError, "pop from empty bytearray")
			}
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return Null, NewError(IndexError, "pop index out of range")
			}
			if err := ba.resizeCheck(); err != nil {
				return Null, err
			}
			c := ba.b[i]
			ba.b = append(ba.b[:i], ba.b[i+1:]...)
			return Int(int64(c)), nil
		}, "Remove and return a single item from B."),
		method("remove", 1, 1, func(t *Thread, ba *ByteArray, a []Value) (Value, error) {
			c, err := iterByte(t, a[0], "byte")
			if err != nil {
				return Null, err
			}
			i := bytes.IndexByte(ba.b, c)
			if i < 0 {
				return Null, NewError(ValueError, "value not found in bytearray")
			}
			if err := ba.resizeCheck(); err != nil {
				return Null, err
			}
			ba.b = append(ba.b[:i], ba.b[i+1:]...)
			return None, nil
		}, "Remove the first occurrence of a value in the bytearray."),
		method("reverse", 0, 0, func(_ *Thread, ba *ByteArray, _ []Value) (Value, error) {
			for i, j := 0, len(ba.b)-1; i < j; i, j = i+1, j-1 {
				ba.b[i], ba.b[j] = ba.b[j], ba.b[i]
			}
			return None, nil
		}, "Reverse the order of the values in B in place."),
		method("clear", 0, 0, func(_ *Thread, ba *ByteArray, _ []Value) (Value, error) {
			if err := ba.resizeCheck(); err != nil {
				return Null, err
			}
			ba.b = nil
			return None, nil
		}, "Remove all items from the bytearray."),
		method("copy", 0, 0, func(_ *Thread, ba *ByteArray, _ []Value) (Value, error) {
			return NewByteArray(append([]byte(nil), ba.b...)), nil
		}, "Return a copy of B."),
	})
}

// bytesFromIterable collects an iterable of ints in range(256).
func bytesFromIterable(t *Thread, v Value) ([]byte, error) {
	it, err := Iter(t, v)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ == TypeError {
			return nil, Errorf(TypeError, "can't extend bytearray with %s", v.Type().Name)
		}
		return nil, err
	}
	var out []byte
	for {
		x, err := Next(t, it)
		if err != nil || x.IsNull() {
			return out, err
		}
		c, err := iterByte(t, x, "byte")
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
}

// resizeCheck fails while memoryviews export the buffer.
func (ba *ByteArray) resizeCheck() error {
	if ba.exports > 0 {
		return NewError(BufferError, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// byteArraySetItem is b[key] = value and del b[key].
func byteArraySetItem(t *Thread, obj, key, value Value) error {
	ba, _ := obj.AsByteArray()
	if sl, ok := key.AsSlice(); ok {
		start, stop, step, n, err := sl.Indices(t, len(ba.b))
		if err != nil {
			return err
		}
		var src []byte
		if !value.IsNull() {
			if d, ok := BytesData(value); ok {
				src = append([]byte(nil), d...)
			} else if value.Type().Index != nil {
				return Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			} else if src, err = bytesFromIterable(t, value); err != nil {
				return Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if len(src) != stop-start {
				if err := ba.resizeCheck(); err != nil {
					return err
				}
			}
			nb := make([]byte, 0, len(ba.b)-(stop-start)+len(src))
			nb = append(append(append(nb, ba.b[:start]...), src...), ba.b[stop:]...)
			ba.b = nb
			return nil
		}
		if value.IsNull() {
			if n == 0 {
				return nil
			}
			if err := ba.resizeCheck(); err != nil {
				return err
			}
			drop := make(map[int]bool, n)
			for k := 0; k < n; k++ {
				drop[start+k*step] = true
			}
			out := ba.b[:0:0]
			for i, c := range ba.b {
				if !drop[i] {
					out = append(out, c)
				}
			}
			ba.b = out
			return nil
		}
		if len(src) != n {
			return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for k := 0; k < n; k++ {
			ba.b[start+k*step] = src[k]
		}
		return nil
	}
	i, err := byteIndex(t, key, len(ba.b), "bytearray")
	if err != nil {
		return err
	}
	if value.IsNull() {
		if err := ba.resizeCheck(); err != nil {
			return err
		}
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return nil
	}
	c, err := iterByte(t, value, "byte")
	if err != nil {
		return err
	}
	ba.b[i] = c
	return nil
}
