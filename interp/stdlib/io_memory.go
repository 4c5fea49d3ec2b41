// io_memory.go: the in-memory streams StringIO (text as code points) and
// BytesIO.

package stdlib

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/object"
)

var (
	stringIOType = object.NewNativeType("StringIO", "_io", textIOBaseType)
	bytesIOType  = object.NewNativeType("BytesIO", "_io", bufferedIOBaseType)
)

// memoryCommon are methods StringIO and BytesIO define over the mixins of
// their bases, for speed.
func memoryCommon() []object.MethodDef {
	return []object.MethodDef{
		ioMethod("readlines", 0, 1, readlinesOf),
		ioMethod("__exit__", 0, 3, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			return callMethod(t, self, strClose)
		}),
	}
}

// memoryFile is what memoryShared needs of a *stringIO or *bytesIO.
type memoryFile interface {
	position() int
	readline(limit int) (object.Value, error)
}

func (s *stringIO) position() int { return s.pos }
func (b *bytesIO) position() int  { return b.pos }

// memoryShared returns the methods StringIO and BytesIO share whole:
// readline, tell, and flush, readable, writable, seekable and fileno,
// whose answers are the same for every open file; m is the type's method
// maker, which checks that the file is open.
func memoryShared[F memoryFile](m func(name string, min, max int, fn func(t *object.Thread, f F, a []object.Value) (object.Value, error)) object.MethodDef) []object.MethodDef {
	answer := func(name string, v object.Value) object.MethodDef {
		return m(name, 0, 0, func(*object.Thread, F, []object.Value) (object.Value, error) { return v, nil })
	}
	return []object.MethodDef{
		m("readline", 0, 1, func(t *object.Thread, f F, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			return f.readline(n)
		}),
		m("tell", 0, 0, func(_ *object.Thread, f F, _ []object.Value) (object.Value, error) {
			return object.Int(int64(f.position())), nil
		}),
		answer("flush", object.None),
		answer("readable", object.True),
		answer("writable", object.True),
		answer("seekable", object.True),
		m("fileno", 0, 0, func(*object.Thread, F, []object.Value) (object.Value, error) {
			return object.Null, errUnsupported("fileno")
		}),
	}
}

// truncateMemory resizes the buffer of a StringIO or BytesIO at position
// pos as truncate(size=None) does: to size, or pos when size is absent or
// None (never growing it), returning the new size; negative formats the
// ValueError for a negative size.
func truncateMemory[E rune | byte](t *object.Thread, buf *[]E, pos int, a []object.Value, negative string) (object.Value, error) {
	size := pos
	if len(a) > 0 && !a[0].IsNone() {
		n, err := object.IndexInt(t, a[0])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, object.Errorf(object.ValueError, negative, n)
		}
		size = n
	}
	if size < len(*buf) {
		*buf = (*buf)[:size]
	}
	return object.Int(int64(size)), nil
}

// fastLineIter makes typ iterable by lines: next calls line directly on
// instances of typ itself and the readline method on subclasses.
func fastLineIter(typ *object.Type, line func(t *object.Thread, v object.Value) (object.Value, error)) {
	lineIter(typ)
	slow := typ.Next
	typ.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		if v.Type() != typ {
			return slow(t, v)
		}
		l, err := line(t, v)
		if err != nil {
			return object.Null, err
		}
		if n, _ := object.Len(t, l); n == 0 {
			return object.Null, nil
		}
		return l, nil
	}
}

// ---- StringIO ----

// stringIO is an in-memory text stream: the text as code points, a
// position, and the newline translation of its newline argument.
type stringIO struct {
	object.Header
	buf      []rune
	pos      int
	closed   bool
	newline  string // "\n" default; "" none; "\r", "\r\n"; "univ" for None
	seenNL   uint8  // newline kinds seen in universal mode (1 \r, 2 \n, 4 \r\n)
	attrs    object.Attrs
	hasAttrs bool
}

func asStringIO(v object.Value) *stringIO { return (*stringIO)(v.Pointer()) }

func (s *stringIO) check() error {
	if s.closed {
		// StringIO's own message lacks the period of IOBase's.
		return object.NewError(object.ValueError, "I/O operation on closed file")
	}
	return nil
}

// translateIn applies the newline translation of writes.
func (s *stringIO) translateIn(text string) string {
	switch s.newline {
	case "univ":
		if strings.Contains(text, "\r") {
			if strings.Contains(text, "\r\n") {
				s.seenNL |= 4
			}
			text = strings.ReplaceAll(text, "\r\n", "\n")
			if strings.Contains(text, "\r") {
				s.seenNL |= 1
			}
			text = strings.ReplaceAll(text, "\r", "\n")
		}
		if strings.Contains(text, "\n") {
			s.seenNL |= 2
		}
	case "\r", "\r\n":
		text = strings.ReplaceAll(text, "\n", s.newline)
	}
	return text
}

func (s *stringIO) write(text string) int {
	text = s.translateIn(text)
	rs := []rune(text)
	s.pos = writeAt(&s.buf, s.pos, rs)
	return len(rs)
}

// readSpan returns the next n items (all when n < 0) of the buffer of a
// StringIO or BytesIO from *pos, and moves *pos past them.
func readSpan[E rune | byte](buf []E, pos *int, n int) []E {
	if *pos >= len(buf) {
		return nil
	}
	end := len(buf)
	if n >= 0 && *pos+n < end {
		end = *pos + n
	}
	r := buf[*pos:end]
	*pos = end
	return r
}

// writeAt writes p into the buffer of a StringIO or BytesIO at pos,
// padding with zeros up to pos when it lies past the end, and returns the
// position after p.
func writeAt[E rune | byte](buf *[]E, pos int, p []E) int {
	if pos > len(*buf) {
		*buf = append(*buf, make([]E, pos-len(*buf))...)
	}
	end := pos + len(p)
	if end > len(*buf) {
		*buf = append((*buf)[:pos], p...)
	} else {
		copy((*buf)[pos:], p)
	}
	return end
}

// lineEnd returns the end of the line starting at i (after its newline).
func (s *stringIO) lineEnd(i, limit int) int {
	end := len(s.buf)
	if limit >= 0 && i+limit < end {
		end = i + limit
	}
	for j := i; j < end; j++ {
		c := s.buf[j]
		switch s.newline {
		case "":
			if c == '\n' {
				return j + 1
			}
			if c == '\r' {
				if j+1 < len(s.buf) && s.buf[j+1] == '\n' && j+1 < end {
					return j + 2
				}
				return j + 1
			}
		case "\r":
			if c == '\r' {
				return j + 1
			}
		case "\r\n":
			if c == '\r' && j+1 < end && s.buf[j+1] == '\n' {
				return j + 2
			}
		default:
			if c == '\n' {
				return j + 1
			}
		}
	}
	return end
}

// readline returns the next line, of at most limit code points when
// limit >= 0.
func (s *stringIO) readline(limit int) (object.Value, error) {
	if err := s.check(); err != nil {
		return object.Null, err
	}
	if s.pos >= len(s.buf) {
		return object.StrValue(""), nil
	}
	end := s.lineEnd(s.pos, limit)
	r := string(s.buf[s.pos:end])
	s.pos = end
	return object.StrValue(r), nil
}

func stringIOInit(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
	a, err := parseArgs("StringIO", args, kw, []string{"initial_value", "newline"}, 0, 2)
	if err != nil {
		return err
	}
	s := asStringIO(v)
	s.newline = "\n"
	if !a[1].IsNull() {
		if a[1].IsNone() {
			s.newline = "univ"
		} else if nl, ok := a[1].AsStr(); ok {
			switch nl.String() {
			case "", "\n", "\r", "\r\n":
				s.newline = nl.String()
			default:
				return object.Errorf(object.ValueError, "illegal newline value: %s", mustRepr(t, a[1]))
			}
		} else {
			return object.Errorf(object.TypeError, "newline must be str or None, not %s", a[1].Type().Name)
		}
	}
	s.buf, s.pos, s.closed = nil, 0, false
	if !a[0].IsNull() && !a[0].IsNone() {
		init, ok := a[0].AsStr()
		if !ok {
			return object.Errorf(object.TypeError, "initial_value must be str or None, not %s", a[0].Type().Name)
		}
		s.write(init.String())
		s.pos = 0
	}
	return nil
}

func initStringIO() {
	typ := stringIOType
	object.Subclassable[stringIO](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(stringIO{}.attrs))
	typ.Doc = "Text I/O implementation using an in-memory buffer."
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var s *stringIO
		if typ == stringIOType {
			s = newObj[stringIO](typ)
			s.attrs.Init(typ)
		} else {
			s = (*stringIO)(typ.AllocInstance())
		}
		s.newline = "\n"
		return asValue(s), nil
	}
	typ.Init = stringIOInit
	fastLineIter(typ, func(t *object.Thread, v object.Value) (object.Value, error) { return asStringIO(v).readline(-1) })
	m := func(name string, min, max int, fn func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error)) object.MethodDef {
		return ioMethod(name, min, max, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			s := asStringIO(self)
			if name != "close" {
				if err := s.check(); err != nil {
					return object.Null, err
				}
			}
			return fn(t, s, a)
		})
	}
	typ.AddMethods(append([]object.MethodDef{
		m("getvalue", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			return object.StrValue(string(s.buf)), nil
		}),
		m("read", 0, 1, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			return object.StrValue(string(readSpan(s.buf, &s.pos, n))), nil
		}),
		m("write", 1, 1, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			str, ok := a[0].AsStr()
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "string argument expected, got '%s'", a[0].Type().Name)
			}
			return object.Int(int64(s.write(str.String()))), nil
		}),
		m("seek", 1, 2, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			pos, whence, err := seekArgs(t, a)
			if err != nil {
				return object.Null, err
			}
			switch whence {
			case 0:
				if pos < 0 {
					return object.Null, object.Errorf(object.ValueError, "Negative seek position %d", pos)
				}
				s.pos = int(pos)
			case 1, 2:
				if pos != 0 {
					return object.Null, object.NewError(object.OSError, "Can't do nonzero cur-relative seeks")
				}
				if whence == 2 {
					s.pos = len(s.buf)
				}
			default:
				return object.Null, object.Errorf(object.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			return object.Int(int64(s.pos)), nil
		}),
		m("truncate", 0, 1, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			return truncateMemory(t, &s.buf, s.pos, a, "Negative size value %d")
		}),
		m("close", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			s.closed, s.buf = true, nil
			return object.None, nil
		}),
		m("detach", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			return object.Null, errUnsupported("detach")
		}),
	}, memoryCommon()...))
	typ.AddMethods(memoryShared(m))
	typ.AddGetSets([]object.GetSetDef{
		{Name: "closed", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(asStringIO(v).closed), nil
		}},
		{Name: "line_buffering", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return object.False, nil }},
		{Name: "newlines", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return newlinesValue(asStringIO(v).seenNL), nil
		}},
		{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asStringIO(v).attrs.Dict().AsValue(), nil
		}},
	})
	typ.Ready()
}

// newlinesValue is the newlines attribute for the kinds seen (bit 1 \r,
// 2 \n, 4 \r\n): None, one string, or a tuple in CPython's order.
func newlinesValue(seen uint8) object.Value {
	var kinds []object.Value
	for _, k := range []struct {
		bit uint8
		s   string
	}{{1, "\r"}, {2, "\n"}, {4, "\r\n"}} {
		if seen&k.bit != 0 {
			kinds = append(kinds, object.StrValue(k.s))
		}
	}
	switch len(kinds) {
	case 0:
		return object.None
	case 1:
		return kinds[0]
	}
	return object.NewTuple(kinds...).AsValue()
}

// ---- BytesIO ----

type bytesIO struct {
	object.Header
	buf    []byte
	pos    int
	closed bool
	attrs  object.Attrs
}

func asBytesIO(v object.Value) *bytesIO { return (*bytesIO)(v.Pointer()) }

func (b *bytesIO) write(p []byte) int {
	b.pos = writeAt(&b.buf, b.pos, p)
	return len(p)
}

// readline returns the next line, of at most limit bytes when limit >= 0.
func (b *bytesIO) readline(limit int) (object.Value, error) {
	if b.closed {
		return object.Null, errClosed()
	}
	if b.pos >= len(b.buf) {
		return object.NewBytes(nil), nil
	}
	end := len(b.buf)
	if limit >= 0 && b.pos+limit < end {
		end = b.pos + limit
	}
	if i := bytes.IndexByte(b.buf[b.pos:end], '\n'); i >= 0 {
		end = b.pos + i + 1
	}
	r := object.NewBytes(append([]byte(nil), b.buf[b.pos:end]...))
	b.pos = end
	return r, nil
}

func initBytesIO() {
	typ := bytesIOType
	object.Subclassable[bytesIO](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(bytesIO{}.attrs))
	typ.Doc = "Buffered I/O implementation using an in-memory bytes buffer."
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if typ == bytesIOType {
			b := newObj[bytesIO](typ)
			b.attrs.Init(typ)
			return asValue(b), nil
		}
		return asValue((*bytesIO)(typ.AllocInstance())), nil
	}
	typ.Init = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
		a, err := parseArgs("BytesIO", args, kw, []string{"initial_bytes"}, 0, 1)
		if err != nil {
			return err
		}
		b := asBytesIO(v)
		b.buf, b.pos, b.closed = nil, 0, false
		if !a[0].IsNull() && !a[0].IsNone() {
			data, err := bytesLikeArg(a[0])
			if err != nil {
				return err
			}
			b.buf = append([]byte(nil), data...)
		}
		return nil
	}
	fastLineIter(typ, func(t *object.Thread, v object.Value) (object.Value, error) { return asBytesIO(v).readline(-1) })
	m := func(name string, min, max int, fn func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error)) object.MethodDef {
		return ioMethod(name, min, max, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			b := asBytesIO(self)
			if b.closed && name != "close" {
				return object.Null, errClosed()
			}
			return fn(t, b, a)
		})
	}
	read := func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
		n, err := sizeArg(t, a, 0)
		if err != nil {
			return object.Null, err
		}
		return object.NewBytes(append([]byte(nil), readSpan(b.buf, &b.pos, n)...)), nil
	}
	typ.AddMethods(append([]object.MethodDef{
		m("getvalue", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			return object.NewBytes(append([]byte(nil), b.buf...)), nil
		}),
		m("getbuffer", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			return object.NewByteArray(append([]byte(nil), b.buf...)), nil
		}),
		m("read", 0, 1, read),
		m("read1", 0, 1, read),
		m("write", 1, 1, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			data, err := bytesLikeArg(a[0])
			if err != nil {
				return object.Null, err
			}
			return object.Int(int64(b.write(data))), nil
		}),
		m("seek", 1, 2, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			pos, whence, err := seekArgs(t, a)
			if err != nil {
				return object.Null, err
			}
			switch whence {
			case 0:
				if pos < 0 {
					return object.Null, object.Errorf(object.ValueError, "negative seek value %d", pos)
				}
			case 1:
				pos += int64(b.pos)
			case 2:
				pos += int64(len(b.buf))
			default:
				return object.Null, object.Errorf(object.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			b.pos = int(max(pos, 0))
			return object.Int(int64(b.pos)), nil
		}),
		m("truncate", 0, 1, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			return truncateMemory(t, &b.buf, b.pos, a, "negative size value %d")
		}),
		m("close", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			b.closed, b.buf = true, nil
			return object.None, nil
		}),
	}, memoryCommon()...))
	typ.AddMethods(memoryShared(m))
	typ.AddGetSets([]object.GetSetDef{
		{Name: "closed", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(asBytesIO(v).closed), nil
		}},
		{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asBytesIO(v).attrs.Dict().AsValue(), nil
		}},
	})
	typ.Ready()
}
