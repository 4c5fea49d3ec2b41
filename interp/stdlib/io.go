// io.go: the _io module: in-memory streams (StringIO, BytesIO) and file
// streams (FileIO, BufferedReader/Writer/Random, TextIOWrapper) over real
// files, open(), and UnsupportedOperation. io.py re-exports it.
//
// The three layers of an open file (raw, buffered, text) share one
// fileState holding the os.File and its read-ahead and write buffers, so
// using any layer keeps the others consistent. Text files read the shared
// read-ahead bytes directly, so tell() is an exact byte offset; text
// encodings are UTF-8, Latin-1 and ASCII.

package stdlib

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	stringIOType  = object.NewNativeType("StringIO", "_io", nil)
	bytesIOType   = object.NewNativeType("BytesIO", "_io", nil)
	fileIOType    = object.NewNativeType("FileIO", "_io", nil)
	bufReaderType = object.NewNativeType("BufferedReader", "_io", nil)
	bufWriterType = object.NewNativeType("BufferedWriter", "_io", nil)
	bufRandomType = object.NewNativeType("BufferedRandom", "_io", nil)
	textIOType    = object.NewNativeType("TextIOWrapper", "_io", nil)

	// unsupportedOperation is io.UnsupportedOperation, a class deriving from
	// OSError and ValueError made when the module is first imported.
	unsupportedOperation *object.Type
)

const (
	ioChunk      = 8192
	errClosedMsg = "I/O operation on closed file."
)

func errClosed() error { return object.NewError(object.ValueError, errClosedMsg) }

func errUnsupported(msg string) error {
	if unsupportedOperation == nil {
		return object.NewError(object.OSError, msg)
	}
	return object.NewException(unsupportedOperation, object.StrValue(msg))
}

func init() {
	initStringIO()
	initBytesIO()
	initFileTypes()
	modules = append(modules, &interp.ModuleDef{
		Name:    "_io",
		Doc:     "The io module provides the Python interfaces to stream handling.",
		Methods: []object.MethodDef{{Name: "open", Fn: ioOpen, Doc: "Open file and return a stream.  Raise OSError upon failure."}},
		Init: func(th *interp.Thread, m *interp.Module) error {
			t := &th.Thread
			if unsupportedOperation == nil {
				ns := object.NewDict()
				ns.SetStr(object.Intern("__module__"), object.StrValue("io"))
				cls, err := object.Call(t, object.TypeType.AsValue(), []object.Value{
					object.StrValue("UnsupportedOperation"),
					object.NewTuple(object.OSError.AsValue(), object.ValueError.AsValue()).AsValue(),
					ns.AsValue()}, nil)
				if err != nil {
					return err
				}
				unsupportedOperation, _ = cls.AsType()
			}
			d := m.Dict()
			d.SetStr(object.Intern("UnsupportedOperation"), unsupportedOperation.AsValue())
			for _, typ := range []*object.Type{stringIOType, bytesIOType, fileIOType, bufReaderType, bufWriterType, bufRandomType, textIOType} {
				d.SetStr(object.Intern(typ.Name), typ.AsValue())
			}
			d.SetStr(object.Intern("DEFAULT_BUFFER_SIZE"), object.Int(ioChunk))
			return nil
		},
	})
}

// ---- shared helpers ----

// ioMethod declares a method whose receiver is cast by the caller.
func ioMethod(name string, min, max int, fn func(t *object.Thread, self object.Value, args []object.Value) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args[1:], kw, min, max); err != nil {
			return object.Null, err
		}
		return fn(t, args[0], args[1:])
	}}
}

// sizeArg reads an optional size argument: None or absent means -1.
func sizeArg(t *object.Thread, args []object.Value, i int) (int, error) {
	if i >= len(args) || args[i].IsNone() {
		return -1, nil
	}
	if !args[i].Type().IsSubtype(object.IntType) && args[i].Type().Index == nil {
		return 0, object.Errorf(object.TypeError, "argument should be integer or None, not '%s'", args[i].Type().Name)
	}
	return object.IndexInt(t, args[i])
}

var (
	strReadline = object.Intern("readline")
	strWrite    = object.Intern("write")
	strClose    = object.Intern("close")
)

// streamCommon are the methods every stream type has, defined in terms of
// its own readline, write and close (looked up by name, so subclasses can
// override them).
var streamCommon = []object.MethodDef{
	ioMethod("__enter__", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		if closed, err := isClosed(t, self); err != nil || closed {
			if err == nil {
				err = errClosed()
			}
			return object.Null, err
		}
		return self, nil
	}),
	ioMethod("__exit__", 0, 3, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		return callMethod(t, self, strClose)
	}),
	ioMethod("readlines", 0, 1, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		hint, err := sizeArg(t, a, 0)
		if err != nil {
			return object.Null, err
		}
		var lines []object.Value
		total := 0
		for {
			line, err := callMethod(t, self, strReadline)
			if err != nil {
				return object.Null, err
			}
			n, err := object.Len(t, line)
			if err != nil {
				return object.Null, err
			}
			if n == 0 {
				break
			}
			lines = append(lines, line)
			total += n
			if hint > 0 && total >= hint {
				break
			}
		}
		return object.NewList(lines).AsValue(), nil
	}),
	ioMethod("writelines", 1, 1, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		write, err := object.GetAttr(t, self, strWrite)
		if err != nil {
			return object.Null, err
		}
		return object.None, object.ForEach(t, a[0], func(line object.Value) error {
			_, err := object.Call(t, write, []object.Value{line}, nil)
			return err
		})
	}),
	ioMethod("isatty", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		if closed, err := isClosed(t, self); err != nil || closed {
			if err == nil {
				err = errClosed()
			}
			return object.Null, err
		}
		if fs := stateOf(self); fs != nil {
			fi, err := fs.f.Stat()
			return object.Bool(err == nil && fi.Mode()&os.ModeCharDevice != 0), nil
		}
		return object.False, nil
	}),
}

var strClosed = object.Intern("closed")

func isClosed(t *object.Thread, v object.Value) (bool, error) {
	c, err := object.GetAttr(t, v, strClosed)
	if err != nil {
		return false, err
	}
	return object.Truth(t, c)
}

func callMethod(t *object.Thread, v object.Value, name *object.Str) (object.Value, error) {
	m, err := object.GetAttr(t, v, name)
	if err != nil {
		return object.Null, err
	}
	return object.Call(t, m, nil, nil)
}

// streamIter makes typ iterable line by line through its readline.
func streamIter(typ *object.Type) {
	typ.Iter = func(t *object.Thread, v object.Value) (object.Value, error) {
		if closed, err := isClosed(t, v); err != nil || closed {
			if err == nil {
				err = errClosed()
			}
			return object.Null, err
		}
		return v, nil
	}
	typ.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		line, err := callMethod(t, v, strReadline)
		if err != nil {
			return object.Null, err
		}
		if n, err := object.Len(t, line); err != nil || n == 0 {
			return object.Null, err
		}
		return line, nil
	}
}

// seekArgs parses seek(pos, whence=0).
func seekArgs(t *object.Thread, a []object.Value) (int64, int, error) {
	pos, err := object.Index(t, a[0])
	if err != nil {
		return 0, 0, err
	}
	p, ok := object.AsInt64(pos)
	if !ok {
		return 0, 0, object.NewError(object.OverflowError, "Python int too large to convert to C ssize_t")
	}
	whence := 0
	if len(a) > 1 {
		if whence, err = object.IndexInt(t, a[1]); err != nil {
			return 0, 0, err
		}
	}
	return p, whence, nil
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
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return len(rs)
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

func mustRepr(t *object.Thread, v object.Value) string {
	r, err := reprOf(t, v)
	if err != nil {
		return "?"
	}
	return r
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
	streamIter(typ)
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
			if s.pos >= len(s.buf) {
				return object.StrValue(""), nil
			}
			end := len(s.buf)
			if n >= 0 && s.pos+n < end {
				end = s.pos + n
			}
			r := string(s.buf[s.pos:end])
			s.pos = end
			return object.StrValue(r), nil
		}),
		m("readline", 0, 1, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			if s.pos >= len(s.buf) {
				return object.StrValue(""), nil
			}
			end := s.lineEnd(s.pos, n)
			r := string(s.buf[s.pos:end])
			s.pos = end
			return object.StrValue(r), nil
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
		m("tell", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			return object.Int(int64(s.pos)), nil
		}),
		m("truncate", 0, 1, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			size := s.pos
			if len(a) > 0 && !a[0].IsNone() {
				n, err := object.IndexInt(t, a[0])
				if err != nil {
					return object.Null, err
				}
				if n < 0 {
					return object.Null, object.Errorf(object.ValueError, "Negative size value %d", n)
				}
				size = n
			}
			if size < len(s.buf) {
				s.buf = s.buf[:size]
			}
			return object.Int(int64(size)), nil
		}),
		m("close", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			s.closed, s.buf = true, nil
			return object.None, nil
		}),
		m("flush", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) { return object.None, nil }),
		m("readable", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) { return object.True, nil }),
		m("writable", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) { return object.True, nil }),
		m("seekable", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) { return object.True, nil }),
		m("fileno", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			return object.Null, errUnsupported("fileno")
		}),
		m("detach", 0, 0, func(t *object.Thread, s *stringIO, a []object.Value) (object.Value, error) {
			return object.Null, errUnsupported("detach")
		}),
	}, streamCommon...))
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

// bytesLikeArg returns the bytes of a bytes-like argument.
func bytesLikeArg(v object.Value) ([]byte, error) {
	if b, ok := object.BytesData(v); ok {
		return b, nil
	}
	return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
}

func (b *bytesIO) write(p []byte) int {
	if b.pos > len(b.buf) {
		b.buf = append(b.buf, make([]byte, b.pos-len(b.buf))...)
	}
	end := b.pos + len(p)
	if end > len(b.buf) {
		b.buf = append(b.buf[:b.pos], p...)
	} else {
		copy(b.buf[b.pos:], p)
	}
	b.pos = end
	return len(p)
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
	streamIter(typ)
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
		if b.pos >= len(b.buf) {
			return object.NewBytes(nil), nil
		}
		end := len(b.buf)
		if n >= 0 && b.pos+n < end {
			end = b.pos + n
		}
		r := object.NewBytes(append([]byte(nil), b.buf[b.pos:end]...))
		b.pos = end
		return r, nil
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
		m("readline", 0, 1, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			if b.pos >= len(b.buf) {
				return object.NewBytes(nil), nil
			}
			end := len(b.buf)
			if n >= 0 && b.pos+n < end {
				end = b.pos + n
			}
			if i := strings.IndexByte(string(b.buf[b.pos:end]), '\n'); i >= 0 {
				end = b.pos + i + 1
			}
			r := object.NewBytes(append([]byte(nil), b.buf[b.pos:end]...))
			b.pos = end
			return r, nil
		}),
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
		m("tell", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			return object.Int(int64(b.pos)), nil
		}),
		m("truncate", 0, 1, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			size := b.pos
			if len(a) > 0 && !a[0].IsNone() {
				n, err := object.IndexInt(t, a[0])
				if err != nil {
					return object.Null, err
				}
				if n < 0 {
					return object.Null, object.Errorf(object.ValueError, "negative size value %d", n)
				}
				size = n
			}
			if size < len(b.buf) {
				b.buf = b.buf[:size]
			}
			return object.Int(int64(size)), nil
		}),
		m("close", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			b.closed, b.buf = true, nil
			return object.None, nil
		}),
		m("flush", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) { return object.None, nil }),
		m("readable", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) { return object.True, nil }),
		m("writable", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) { return object.True, nil }),
		m("seekable", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) { return object.True, nil }),
		m("fileno", 0, 0, func(t *object.Thread, b *bytesIO, a []object.Value) (object.Value, error) {
			return object.Null, errUnsupported("fileno")
		}),
	}, streamCommon...))
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

// ---- files ----

// fileState is what the layers of one open file share.
type fileState struct {
	f        *os.File
	rbuf     []byte // bytes read ahead: the file offset is just after them
	wbuf     []byte // bytes written but not yet passed to the file
	closed   bool
	closefd  bool
	readable bool
	writable bool
	seekable int8 // -1 unknown, 0 no, 1 yes
	eof      bool // the last fill hit end of file
}

// fileOSError converts a Go error from a system call on file (a str or an
// fd; Null when not about a file name) to a Python OSError.
func fileOSError(err error, file object.Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return object.Errorf(object.OSError, "%v", err)
	}
	name := ""
	if !file.IsNull() {
		if s, ok := file.AsStr(); ok {
			name = s.String()
		}
	}
	return object.NewOSError(errno, name)
}

func (fs *fileState) flush() error {
	for len(fs.wbuf) > 0 {
		n, err := fs.f.Write(fs.wbuf)
		fs.wbuf = fs.wbuf[n:]
		if err != nil {
			fs.wbuf = nil
			return fileOSError(err, object.Null)
		}
	}
	fs.wbuf = nil
	return nil
}

// dropReadAhead moves the file offset back over the unread read-ahead.
func (fs *fileState) dropReadAhead() error {
	if len(fs.rbuf) > 0 {
		if _, err := fs.f.Seek(-int64(len(fs.rbuf)), io.SeekCurrent); err != nil {
			return fileOSError(err, object.Null)
		}
	}
	fs.rbuf, fs.eof = nil, false
	return nil
}

// fill reads more bytes into rbuf; it returns false at end of file.
func (fs *fileState) fill() (bool, error) {
	if err := fs.flush(); err != nil {
		return false, err
	}
	buf := make([]byte, ioChunk)
	n, err := fs.f.Read(buf)
	fs.rbuf = append(fs.rbuf, buf[:n]...)
	if err == io.EOF || (err == nil && n == 0) {
		fs.eof = true
		return false, nil
	}
	if err != nil {
		return false, fileOSError(err, object.Null)
	}
	return true, nil
}

// readBytes reads up to n bytes (all remaining when n < 0).
func (fs *fileState) readBytes(n int) ([]byte, error) {
	for n < 0 || len(fs.rbuf) < n {
		more, err := fs.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	if n < 0 || n > len(fs.rbuf) {
		n = len(fs.rbuf)
	}
	r := append([]byte(nil), fs.rbuf[:n]...)
	fs.rbuf = fs.rbuf[n:]
	return r, nil
}

func (fs *fileState) write(p []byte, buffered bool) error {
	if err := fs.dropReadAhead(); err != nil {
		return err
	}
	fs.wbuf = append(fs.wbuf, p...)
	if !buffered || len(fs.wbuf) >= ioChunk {
		return fs.flush()
	}
	return nil
}

func (fs *fileState) tell() (int64, error) {
	pos, err := fs.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, fileOSError(err, object.Null)
	}
	return pos - int64(len(fs.rbuf)) + int64(len(fs.wbuf)), nil
}

func (fs *fileState) seek(off int64, whence int) (int64, error) {
	if err := fs.flush(); err != nil {
		return 0, err
	}
	if whence == 1 {
		off -= int64(len(fs.rbuf))
	}
	fs.rbuf, fs.eof = nil, false
	pos, err := fs.f.Seek(off, whence)
	if err != nil {
		return 0, fileOSError(err, object.Null)
	}
	return pos, nil
}

func (fs *fileState) close() error {
	if fs.closed {
		return nil
	}
	err := fs.flush()
	fs.closed = true
	if fs.closefd {
		if cerr := fs.f.Close(); cerr != nil && err == nil {
			err = fileOSError(cerr, object.Null)
		}
	}
	return err
}

type layer uint8

const (
	rawLayer layer = iota
	bufferedLayer
	textLayer
)

// fileObject is one layer of an open file.
type fileObject struct {
	object.Header
	layer layer
	fs    *fileState
	name  object.Value
	mode  string       // the mode attribute
	below object.Value // buffer (text) or raw (buffered); Null for raw
	// Text layer only.
	encoding, errors string
	newline          string // "univ" for None
	lineBuffering    bool
	seenNL           uint8
	attrs            object.Attrs
}

func asFile(v object.Value) *fileObject { return (*fileObject)(v.Pointer()) }

// stateOf returns the fileState of a file object, nil for other streams.
func stateOf(v object.Value) *fileState {
	switch v.Type() {
	case fileIOType, bufReaderType, bufWriterType, bufRandomType, textIOType:
		return asFile(v).fs
	}
	return nil
}

func newFileObject(typ *object.Type, l layer, fs *fileState, name object.Value, mode string, below object.Value) *fileObject {
	f := newObj[fileObject](typ)
	f.attrs.Init(typ)
	f.layer, f.fs, f.name, f.mode, f.below = l, fs, name, mode, below
	return f
}

// openMode is a parsed open() mode string.
type openMode struct {
	reading, writing, appending, creating, updating, text, binary bool
}

func parseMode(mode string) (openMode, error) {
	var m openMode
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("rwxabt+", c) {
			return m, object.Errorf(object.ValueError, "invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'r':
			m.reading = true
		case 'w':
			m.writing = true
		case 'a':
			m.appending = true
		case 'x':
			m.creating = true
		case '+':
			m.updating = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		}
	}
	if m.text && m.binary {
		return m, object.NewError(object.ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.reading, m.writing, m.appending, m.creating} {
		if b {
			n++
		}
	}
	if n != 1 {
		return m, object.NewError(object.ValueError, "must have exactly one of create/read/write/append mode")
	}
	return m, nil
}

// rawMode is FileIO's mode attribute for m.
func (m openMode) rawMode() string {
	var s string
	switch {
	case m.creating:
		s = "xb"
	case m.appending:
		s = "ab"
	case m.writing:
		s = "wb"
	default:
		s = "rb"
	}
	if m.updating {
		s += "+"
	}
	return s
}

var openParams = []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}

func optStr(v object.Value, what string) (string, bool, error) {
	if v.IsNull() || v.IsNone() {
		return "", false, nil
	}
	s, ok := v.AsStr()
	if !ok {
		return "", false, object.Errorf(object.TypeError, "open() argument '%s' must be str or None, not %s", what, v.Type().Name)
	}
	return s.String(), true, nil
}

func ioOpen(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [8]object.Value
	if err := object.ParseArgs("open", args, kw, openParams, 1, 8, a[:]); err != nil {
		return object.Null, err
	}
	modeStr := "r"
	if !a[1].IsNull() {
		s, ok := a[1].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "open() argument 'mode' must be str, not %s", a[1].Type().Name)
		}
		modeStr = s.String()
	}
	m, err := parseMode(modeStr)
	if err != nil {
		return object.Null, err
	}
	buffering := -1
	if !a[2].IsNull() {
		if buffering, err = object.IndexInt(t, a[2]); err != nil {
			return object.Null, err
		}
	}
	encoding, hasEncoding, err := optStr(a[3], "encoding")
	if err != nil {
		return object.Null, err
	}
	errs, hasErrors, err := optStr(a[4], "errors")
	if err != nil {
		return object.Null, err
	}
	newline, hasNewline, err := optStr(a[5], "newline")
	if err != nil {
		return object.Null, err
	}
	if m.binary {
		switch {
		case hasEncoding:
			return object.Null, object.NewError(object.ValueError, "binary mode doesn't take an encoding argument")
		case hasErrors:
			return object.Null, object.NewError(object.ValueError, "binary mode doesn't take an errors argument")
		case hasNewline:
			return object.Null, object.NewError(object.ValueError, "binary mode doesn't take a newline argument")
		}
	} else if buffering == 0 {
		return object.Null, object.NewError(object.ValueError, "can't have unbuffered text I/O")
	}
	if hasNewline {
		switch newline {
		case "", "\n", "\r", "\r\n":
		default:
			return object.Null, object.Errorf(object.ValueError, "illegal newline value: %s", newline)
		}
	} else {
		newline = "univ"
	}
	// 'locale' (PEP 597) names the locale's preferred encoding, which is
	// UTF-8 in Adder as it is for None.
	if !hasEncoding || encoding == "locale" {
		encoding = "UTF-8"
	}
	if !hasErrors {
		errs = "strict"
	}
	if !m.binary {
		if _, err := object.Encode(object.NewStr(""), encoding, errs); err != nil {
			return object.Null, err
		}
	}
	closefd := true
	if !a[6].IsNull() {
		if closefd, err = object.Truth(t, a[6]); err != nil {
			return object.Null, err
		}
	}
	if !a[7].IsNull() && !a[7].IsNone() {
		return object.Null, object.NewError(object.NotImplementedError, "open(): opener is not supported")
	}

	name := a[0]
	var f *os.File
	if fd, ok := object.AsInt64(a[0]); ok && a[0].Type().IsSubtype(object.IntType) {
		if fd < 0 {
			return object.Null, object.NewError(object.ValueError, "negative file descriptor")
		}
		f = os.NewFile(uintptr(fd), "")
	} else {
		path, ok := a[0].AsStr()
		if !ok {
			if b, isBytes := object.BytesData(a[0]); isBytes {
				path = object.NewStr(string(b))
			} else {
				return object.Null, object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
			}
		}
		if !closefd {
			return object.Null, object.NewError(object.ValueError, "Cannot use closefd=False with file name")
		}
		flags := 0
		switch {
		case m.reading:
			flags = os.O_RDONLY
		case m.writing:
			flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		case m.appending:
			flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		case m.creating:
			flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
		}
		if m.updating {
			flags = flags&^(os.O_RDONLY|os.O_WRONLY) | os.O_RDWR
		}
		f, err = os.OpenFile(path.String(), flags|syscall.O_CLOEXEC, 0o666)
		if err != nil {
			return object.Null, fileOSError(err, a[0])
		}
		if fi, serr := f.Stat(); serr == nil && fi.IsDir() {
			f.Close()
			return object.Null, fileOSError(syscall.EISDIR, a[0])
		}
	}
	if m.appending {
		// As CPython: tell() in append mode starts at the end.
		f.Seek(0, io.SeekEnd)
	}
	fs := &fileState{f: f, closefd: closefd, readable: m.reading || m.updating,
		writable: !m.reading || m.updating, seekable: -1}
	raw := newFileObject(fileIOType, rawLayer, fs, name, m.rawMode(), object.Null)
	if buffering == 0 {
		return asValue(raw), nil
	}
	btyp := bufReaderType
	switch {
	case m.updating:
		btyp = bufRandomType
	case !m.reading:
		btyp = bufWriterType
	}
	buf := newFileObject(btyp, bufferedLayer, fs, name, m.rawMode(), asValue(raw))
	if m.binary {
		return asValue(buf), nil
	}
	text := newFileObject(textIOType, textLayer, fs, name, modeStr, asValue(buf))
	text.encoding, text.errors, text.newline = encoding, errs, newline
	text.lineBuffering = buffering == 1
	return asValue(text), nil
}

// check fails when the file is closed or lacks the capability needed.
func (f *fileObject) check(needRead, needWrite bool) error {
	if f.fs.closed {
		return errClosed()
	}
	if needRead && !f.fs.readable {
		if f.layer == rawLayer {
			return errUnsupported("File not open for reading")
		}
		return errUnsupported("not readable")
	}
	if needWrite && !f.fs.writable {
		if f.layer == rawLayer {
			return errUnsupported("File not open for writing")
		}
		return errUnsupported("not writable")
	}
	return nil
}

// ---- text decoding with exact byte accounting ----

// nextChar decodes the character at the start of fs.rbuf: its text, its
// length in bytes, and ok=false when more bytes are needed first.
func (f *fileObject) nextChar(t *object.Thread, raw []byte, eof bool) (string, int, bool, error) {
	enc := strings.ToLower(strings.ReplaceAll(f.encoding, "_", "-"))
	switch enc {
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
		return string(rune(raw[0])), 1, true, nil
	case "ascii", "us-ascii":
		if raw[0] < 0x80 {
			return string(rune(raw[0])), 1, true, nil
		}
	default:
		if raw[0] < utf8.RuneSelf {
			return string(rune(raw[0])), 1, true, nil
		}
		if !utf8.FullRune(raw) && !eof {
			return "", 0, false, nil
		}
		if r, n := utf8.DecodeRune(raw); r != utf8.RuneError || n > 1 {
			return string(raw[:n]), n, true, nil
		}
	}
	// An undecodable byte: let the codec apply the error handler.
	s, err := object.Decode(t, raw[:1], f.encoding, f.errors)
	if err != nil {
		return "", 0, false, err
	}
	return s.String(), 1, true, nil
}

// readText reads up to n characters (all when n < 0), or one line when
// line is set (of at most n characters when n >= 0), applying the newline
// mode on input.
func (f *fileObject) readText(t *object.Thread, n int, line bool) (string, error) {
	fs := f.fs
	if err := fs.flush(); err != nil {
		return "", err
	}
	var b strings.Builder
	count := 0
	for n < 0 || count < n {
		if len(fs.rbuf) == 0 || (fs.rbuf[0] == '\r' && len(fs.rbuf) == 1 && !fs.eof) {
			more, err := fs.fill()
			if err != nil {
				return "", err
			}
			if !more && len(fs.rbuf) == 0 {
				break
			}
		}
		c, size, ok, err := f.nextChar(t, fs.rbuf, fs.eof)
		if err != nil {
			return "", err
		}
		if !ok {
			more, err := fs.fill()
			if err != nil {
				return "", err
			}
			if !more {
				fs.eof = true
			}
			continue
		}
		atEnd := false
		if c == "\r" {
			crlf := len(fs.rbuf) > 1 && fs.rbuf[1] == '\n'
			switch f.newline {
			case "univ":
				if crlf {
					size = 2
					f.seenNL |= 4
				} else {
					f.seenNL |= 1
				}
				c, atEnd = "\n", true
			case "":
				if crlf && (n < 0 || count+2 <= n) {
					size, c = 2, "\r\n"
					count++
				}
				atEnd = true
			case "\r":
				atEnd = true
			case "\r\n":
				if crlf {
					if n < 0 || count+2 <= n {
						size, c = 2, "\r\n"
						count++
						atEnd = true
					}
				}
			}
		} else if c == "\n" {
			if f.newline == "univ" {
				f.seenNL |= 2
			}
			atEnd = f.newline == "univ" || f.newline == "" || f.newline == "\n"
		}
		fs.rbuf = fs.rbuf[size:]
		b.WriteString(c)
		count++
		if line && atEnd {
			break
		}
	}
	return b.String(), nil
}

func (f *fileObject) writeText(t *object.Thread, s *object.Str) error {
	text := s.String()
	switch f.newline {
	case "\r", "\r\n":
		text = strings.ReplaceAll(text, "\n", f.newline)
	}
	data, err := object.Encode(object.NewStr(text), f.encoding, f.errors)
	if err != nil {
		return err
	}
	if err := f.fs.write(data, true); err != nil {
		return err
	}
	if f.lineBuffering && strings.ContainsAny(text, "\n\r") {
		return f.fs.flush()
	}
	return nil
}

// ---- file methods ----

func fileMethod(name string, min, max int, read, write bool, fn func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error)) object.MethodDef {
	return ioMethod(name, min, max, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		f := asFile(self)
		if err := f.check(read, write); err != nil {
			return object.Null, err
		}
		return fn(t, f, a)
	})
}

var fileMethods = []object.MethodDef{
	fileMethod("read", 0, 1, true, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		n, err := sizeArg(t, a, 0)
		if err != nil {
			return object.Null, err
		}
		if f.layer == textLayer {
			s, err := f.readText(t, n, false)
			return object.StrValue(s), err
		}
		data, err := f.fs.readBytes(n)
		return object.NewBytes(data), err
	}),
	fileMethod("readline", 0, 1, true, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		n, err := sizeArg(t, a, 0)
		if err != nil {
			return object.Null, err
		}
		if f.layer == textLayer {
			s, err := f.readText(t, n, true)
			return object.StrValue(s), err
		}
		fs := f.fs
		for {
			i := strings.IndexByte(string(fs.rbuf), '\n')
			if i >= 0 && (n < 0 || i < n) {
				data, err := fs.readBytes(i + 1)
				return object.NewBytes(data), err
			}
			if n >= 0 && len(fs.rbuf) >= n {
				data, err := fs.readBytes(n)
				return object.NewBytes(data), err
			}
			more, err := fs.fill()
			if err != nil {
				return object.Null, err
			}
			if !more {
				data, err := fs.readBytes(-1)
				return object.NewBytes(data), err
			}
		}
	}),
	fileMethod("write", 1, 1, false, true, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		if f.layer == textLayer {
			s, ok := a[0].AsStr()
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "write() argument must be str, not %s", a[0].Type().Name)
			}
			return object.Int(int64(s.Len())), f.writeText(t, s)
		}
		data, err := bytesLikeArg(a[0])
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(len(data))), f.fs.write(data, f.layer == bufferedLayer)
	}),
	fileMethod("flush", 0, 0, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		return object.None, f.fs.flush()
	}),
	fileMethod("seek", 1, 2, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		pos, whence, err := seekArgs(t, a)
		if err != nil {
			return object.Null, err
		}
		if whence < 0 || whence > 2 {
			return object.Null, object.Errorf(object.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if f.layer == textLayer && whence != 0 && pos != 0 {
			return object.Null, errUnsupported("can't do nonzero cur-relative seeks")
		}
		if f.layer == textLayer && whence == 0 && pos < 0 {
			return object.Null, object.Errorf(object.ValueError, "negative seek position %d", pos)
		}
		r, err := f.fs.seek(pos, whence)
		return object.Int(r), err
	}),
	fileMethod("tell", 0, 0, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		r, err := f.fs.tell()
		return object.Int(r), err
	}),
	fileMethod("truncate", 0, 1, false, true, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		if err := f.fs.flush(); err != nil {
			return object.Null, err
		}
		size, err := f.fs.tell()
		if err != nil {
			return object.Null, err
		}
		if len(a) > 0 && !a[0].IsNone() {
			n, err := object.IndexInt(t, a[0])
			if err != nil {
				return object.Null, err
			}
			size = int64(n)
		}
		if err := f.fs.dropReadAhead(); err != nil {
			return object.Null, err
		}
		if err := f.fs.f.Truncate(size); err != nil {
			return object.Null, fileOSError(err, object.Null)
		}
		return object.Int(size), nil
	}),
	fileMethod("fileno", 0, 0, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		return object.Int(int64(f.fs.f.Fd())), nil
	}),
	fileMethod("readable", 0, 0, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		return object.Bool(f.fs.readable), nil
	}),
	fileMethod("writable", 0, 0, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		return object.Bool(f.fs.writable), nil
	}),
	fileMethod("seekable", 0, 0, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		if f.fs.seekable < 0 {
			_, err := f.fs.f.Seek(0, io.SeekCurrent)
			f.fs.seekable = 0
			if err == nil {
				f.fs.seekable = 1
			}
		}
		return object.Bool(f.fs.seekable == 1), nil
	}),
	ioMethod("close", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		return object.None, asFile(self).fs.close()
	}),
	fileMethod("readall", 0, 0, true, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		data, err := f.fs.readBytes(-1)
		return object.NewBytes(data), err
	}),
	fileMethod("detach", 0, 0, false, false, func(t *object.Thread, f *fileObject, a []object.Value) (object.Value, error) {
		if f.below.IsNull() {
			return object.Null, errUnsupported("detach")
		}
		if err := f.fs.flush(); err != nil {
			return object.Null, err
		}
		return f.below, nil
	}),
}

func initFileTypes() {
	getsets := []object.GetSetDef{
		{Name: "closed", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(asFile(v).fs.closed), nil
		}},
		{Name: "name", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asFile(v).name, nil },
			Set: func(_ *object.Thread, v, value object.Value) error {
				asFile(v).name = value
				return nil
			}},
		{Name: "mode", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue(asFile(v).mode), nil
		}},
		{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asFile(v).attrs.Dict().AsValue(), nil
		}},
	}
	below := func(name string) object.GetSetDef {
		return object.GetSetDef{Name: name, Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asFile(v).below, nil }}
	}
	textGetSets := []object.GetSetDef{
		below("buffer"),
		{Name: "encoding", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue(asFile(v).encoding), nil
		}},
		{Name: "errors", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue(asFile(v).errors), nil
		}},
		{Name: "line_buffering", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(asFile(v).lineBuffering), nil
		}},
		{Name: "newlines", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return newlinesValue(asFile(v).seenNL), nil
		}},
	}
	for _, typ := range []*object.Type{fileIOType, bufReaderType, bufWriterType, bufRandomType, textIOType} {
		typ.SetAttrsOffset(unsafe.Offsetof(fileObject{}.attrs))
		typ.Repr = fileRepr
		streamIter(typ)
		typ.AddMethods(append(append([]object.MethodDef(nil), fileMethods...), streamCommon...))
		gs := append([]object.GetSetDef(nil), getsets...)
		switch typ {
		case textIOType:
			gs = append(gs, textGetSets...)
		case fileIOType:
			gs = append(gs, object.GetSetDef{Name: "closefd", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
				return object.Bool(asFile(v).fs.closefd), nil
			}})
		default:
			gs = append(gs, below("raw"))
		}
		typ.AddGetSets(gs)
		typ.Ready()
	}
}

func fileRepr(t *object.Thread, v object.Value) (object.Value, error) {
	f := asFile(v)
	name := "_io." + v.Type().Name
	if f.fs.closed && f.layer != textLayer {
		return object.StrValue(fmt.Sprintf("<%s [closed]>", name)), nil
	}
	nameRepr, err := reprOf(t, f.name)
	if err != nil {
		return object.Null, err
	}
	switch f.layer {
	case rawLayer:
		closefd := "False"
		if f.fs.closefd {
			closefd = "True"
		}
		return object.StrValue(fmt.Sprintf("<%s name=%s mode='%s' closefd=%s>", name, nameRepr, f.mode, closefd)), nil
	case bufferedLayer:
		return object.StrValue(fmt.Sprintf("<%s name=%s>", name, nameRepr)), nil
	}
	return object.StrValue(fmt.Sprintf("<%s name=%s mode='%s' encoding='%s'>", name, nameRepr, f.mode, f.encoding)), nil
}
