// io.go: the _io module (io.py re-exports it): CPython's layered streams.
//
// The layers are real classes that wrap any object with the right methods,
// as CPython's do: FileIO (raw, over a file descriptor), BufferedReader,
// BufferedWriter, BufferedRandom and BufferedRWPair (over any raw stream),
// TextIOWrapper (over any buffered stream), plus the in-memory BytesIO and
// StringIO, and the abstract bases _IOBase, _RawIOBase, _BufferedIOBase and
// _TextIOBase whose mixin methods (readline, readlines, iteration, the
// context manager, close/closed) work on any subclass through its own
// methods. When a layer wraps one of the Go classes exactly (not a
// subclass), it calls it directly in Go instead of through attributes: an
// open() file reads and writes without Python calls between its layers.
//
// Files: io.go (module, helpers, abstract bases), io_fileio.go (FileIO),
// io_buffered.go (Buffered*), io_text.go (TextIOWrapper,
// IncrementalNewlineDecoder), io_memory.go (StringIO, BytesIO),
// io_open.go (open).

package stdlib

import (
	"fmt"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	ioBaseType         = object.NewNativeType("_IOBase", "_io", nil)
	rawIOBaseType      = object.NewNativeType("_RawIOBase", "_io", ioBaseType)
	bufferedIOBaseType = object.NewNativeType("_BufferedIOBase", "_io", ioBaseType)
	textIOBaseType     = object.NewNativeType("_TextIOBase", "_io", ioBaseType)

	// unsupportedOperation is io.UnsupportedOperation, a class deriving from
	// OSError and ValueError made when the module is first imported.
	unsupportedOperation *object.Type
)

const (
	// ioChunk is DEFAULT_BUFFER_SIZE and the text layer's read size.
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

func errUninitialized() error {
	return object.NewError(object.ValueError, "I/O operation on uninitialized object")
}

// ioTypes are the classes the module exports under their own names.
var ioTypes = []*object.Type{ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType,
	stringIOType, bytesIOType, fileIOType, bufReaderType, bufWriterType, bufRandomType, bufRWPairType,
	textIOType}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_io",
		Doc:  "The io module provides the Python interfaces to stream handling.",
		Methods: []object.MethodDef{
			{Name: "open", Fn: ioOpen, Doc: "Open file and return a stream.  Raise OSError upon failure."},
			{Name: "text_encoding", Fn: ioTextEncoding, Doc: "Return the encoding to use when encoding is None."},
		},
		// sys's standard streams are the interpreter's own; files and
		// the in-memory streams exist once _io is imported (open imports
		// it too).
		Setup: func() {
			initIOBases()
			initStringIO()
			initBytesIO()
			initFileIO()
			initBuffered()
			initTextIO()
		},
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
			for _, typ := range ioTypes {
				d.SetStr(object.Intern(typ.Name), typ.AsValue())
			}
			d.SetStr(object.Intern("DEFAULT_BUFFER_SIZE"), object.Int(ioChunk))
			return nil
		},
	})
}

// ioTextEncoding is text_encoding(encoding, stacklevel=2): "locale" for
// None (PEP 597), else encoding.
func ioTextEncoding(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	a, err := parseArgs("text_encoding", args, kw, []string{"encoding", "stacklevel"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	if a[0].IsNone() {
		return object.StrValue("locale"), nil
	}
	return a[0], nil
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

// bytesLikeArg returns the bytes of a bytes-like argument.
func bytesLikeArg(v object.Value) ([]byte, error) {
	if b, ok := object.BytesData(v); ok {
		return b, nil
	}
	return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
}

var (
	strRead      = object.Intern("read")
	strRead1     = object.Intern("read1")
	strReadall   = object.Intern("readall")
	strReadinto  = object.Intern("readinto")
	strReadline  = object.Intern("readline")
	strPeek      = object.Intern("peek")
	strWrite     = object.Intern("write")
	strFlush     = object.Intern("flush")
	strClose     = object.Intern("close")
	strClosed    = object.Intern("closed")
	strSeek      = object.Intern("seek")
	strTell      = object.Intern("tell")
	strTruncate  = object.Intern("truncate")
	strFileno    = object.Intern("fileno")
	strIsatty    = object.Intern("isatty")
	strReadable  = object.Intern("readable")
	strWritable  = object.Intern("writable")
	strSeekable  = object.Intern("seekable")
	strName      = object.Intern("name")
	strMode      = object.Intern("mode")
	strIOBClosed = object.Intern("__IOBase_closed")
)

// callMethod calls v.name(*args).
func callMethod(t *object.Thread, v object.Value, name *object.Str, args ...object.Value) (object.Value, error) {
	m, err := object.GetAttr(t, v, name)
	if err != nil {
		return object.Null, err
	}
	return object.Call(t, m, args, nil)
}

// callBool calls v.name() and returns its truth.
func callBool(t *object.Thread, v object.Value, name *object.Str) (bool, error) {
	r, err := callMethod(t, v, name)
	if err != nil {
		return false, err
	}
	return object.Truth(t, r)
}

func isClosed(t *object.Thread, v object.Value) (bool, error) {
	c, err := object.GetAttr(t, v, strClosed)
	if err != nil {
		return false, err
	}
	return object.Truth(t, c)
}

// checkOpen fails with ValueError when v.closed is true.
func checkOpen(t *object.Thread, v object.Value) error {
	closed, err := isClosed(t, v)
	if err == nil && closed {
		err = errClosed()
	}
	return err
}

func isAttributeError(err error) bool {
	e, ok := err.(*object.Exc)
	return ok && e.Type().IsSubtype(object.AttributeError)
}

func mustRepr(t *object.Thread, v object.Value) string {
	r, err := reprOf(t, v)
	if err != nil {
		return "?"
	}
	return r
}

// nameRepr is " name=<repr of v.name>" for the reprs of the layers, or ""
// when v has no name (an AttributeError or ValueError, as CPython).
func nameRepr(t *object.Thread, v object.Value) (string, error) {
	name, err := object.GetAttr(t, v, strName)
	if err != nil {
		if e, ok := err.(*object.Exc); ok && (e.Type().IsSubtype(object.AttributeError) || e.Type().IsSubtype(object.ValueError)) {
			return "", nil
		}
		return "", err
	}
	r, err := reprOf(t, name)
	if err != nil {
		return "", err
	}
	return " name=" + r, nil
}

// readBytesResult checks that a read method returned bytes (or None).
func readBytesResult(method string, v object.Value) ([]byte, error) {
	if b, ok := object.BytesData(v); ok {
		return b, nil
	}
	return nil, object.Errorf(object.OSError, "%s() should have returned a bytes object, not '%s'", method, v.Type().Name)
}

// ---- the abstract bases ----

// ioBase is the layout of _IOBase and its abstract subclasses: the
// closed flag of the mixin close lives in the instance dict, as CPython's
// __IOBase_closed.
type ioBase struct {
	object.Header
	attrs object.Attrs
}

// lineIter makes typ iterable line by line through its readline (looked
// up by name, so subclasses can override it).
func lineIter(typ *object.Type) {
	typ.Iter = func(t *object.Thread, v object.Value) (object.Value, error) {
		if err := checkOpen(t, v); err != nil {
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

func unsupportedMethod(name string) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return object.Null, errUnsupported(name)
	}}
}

func constMethod(name string, v object.Value) object.MethodDef {
	return ioMethod(name, 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) { return v, nil })
}

// checkMethod is _checkClosed, _checkReadable...: it calls the predicate
// and fails with msg (or the argument) when it is false.
func checkMethod(name string, pred *object.Str, msg string) object.MethodDef {
	return ioMethod(name, 0, 1, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		ok, err := callBool(t, self, pred)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			if len(a) > 0 && !a[0].IsNone() {
				return object.Null, object.NewException(unsupportedOperation, a[0])
			}
			return object.Null, errUnsupported(msg)
		}
		return object.None, nil
	})
}

// readlinesOf is the mixin readlines(hint): lines through iteration until
// their total length reaches hint.
func readlinesOf(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
	hint, err := sizeArg(t, a, 0)
	if err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, self)
	if err != nil {
		return object.Null, err
	}
	var lines []object.Value
	total := 0
	for {
		line, err := object.Next(t, it)
		if err != nil {
			return object.Null, err
		}
		if line.IsNull() {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := object.Len(t, line)
			if err != nil {
				return object.Null, err
			}
			if total += n; total >= hint {
				break
			}
		}
	}
	return object.NewList(lines).AsValue(), nil
}

// ioBaseMethods are _IOBase's mixin methods.
func ioBaseMethods() []object.MethodDef {
	return []object.MethodDef{
		unsupportedMethod("seek"),
		unsupportedMethod("truncate"),
		unsupportedMethod("fileno"),
		ioMethod("tell", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			return callMethod(t, self, strSeek, object.Int(0), object.Int(1))
		}),
		ioMethod("flush", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			if mixinClosed(t, self) {
				return object.Null, errClosed()
			}
			return object.None, nil
		}),
		ioMethod("close", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			if mixinClosed(t, self) {
				return object.None, nil
			}
			_, err := callMethod(t, self, strFlush)
			if serr := object.SetAttr(t, self, strIOBClosed, object.True); err == nil {
				err = serr
			}
			return object.None, err
		}),
		constMethod("seekable", object.False),
		constMethod("readable", object.False),
		constMethod("writable", object.False),
		ioMethod("isatty", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			if err := checkOpen(t, self); err != nil {
				return object.Null, err
			}
			return object.False, nil
		}),
		ioMethod("_checkClosed", 0, 1, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			return object.None, checkOpen(t, self)
		}),
		checkMethod("_checkReadable", strReadable, "File or stream is not readable."),
		checkMethod("_checkWritable", strWritable, "File or stream is not writable."),
		checkMethod("_checkSeekable", strSeekable, "File or stream is not seekable."),
		ioMethod("__enter__", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			if err := checkOpen(t, self); err != nil {
				return object.Null, err
			}
			return self, nil
		}),
		ioMethod("__exit__", 0, 3, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			return callMethod(t, self, strClose)
		}),
		ioMethod("readline", 0, 1, mixinReadline),
		ioMethod("readlines", 0, 1, readlinesOf),
		ioMethod("writelines", 1, 1, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			if err := checkOpen(t, self); err != nil {
				return object.Null, err
			}
			write, err := object.GetAttr(t, self, strWrite)
			if err != nil {
				return object.Null, err
			}
			return object.None, object.ForEach(t, a[0], func(line object.Value) error {
				_, err := object.Call(t, write, []object.Value{line}, nil)
				return err
			})
		}),
	}
}

// mixinClosed reads the closed flag of the mixin close.
func mixinClosed(t *object.Thread, self object.Value) bool {
	v, err := object.GetAttr(t, self, strIOBClosed)
	if err != nil {
		return false
	}
	b, _ := object.Truth(t, v)
	return b
}

// mixinReadline is _IOBase.readline(size=-1): bytes up to a newline through
// peek (when the stream has it) and read.
func mixinReadline(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
	limit, err := sizeArg(t, a, 0)
	if err != nil {
		return object.Null, err
	}
	peek, perr := object.GetAttr(t, self, strPeek)
	if perr != nil && !isAttributeError(perr) {
		return object.Null, perr
	}
	var line []byte
	for limit < 0 || len(line) < limit {
		n := 1
		if perr == nil {
			ahead, err := object.Call(t, peek, []object.Value{object.Int(1)}, nil)
			if err != nil {
				return object.Null, err
			}
			b, err := readBytesResult("peek", ahead)
			if err != nil {
				return object.Null, err
			}
			if i := indexByte(b, '\n'); i >= 0 {
				n = i + 1
			} else if len(b) > 0 {
				n = len(b)
			}
			if limit >= 0 {
				n = min(n, limit-len(line))
			}
		}
		got, err := callMethod(t, self, strRead, object.Int(int64(n)))
		if err != nil {
			return object.Null, err
		}
		b, err := readBytesResult("read", got)
		if err != nil {
			return object.Null, err
		}
		if len(b) == 0 {
			break
		}
		line = append(line, b...)
		if line[len(line)-1] == '\n' {
			break
		}
	}
	return object.NewBytes(line), nil
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func rawIOBaseMethods() []object.MethodDef {
	return []object.MethodDef{
		ioMethod("read", 0, 1, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			if n < 0 {
				return callMethod(t, self, strReadall)
			}
			buf := make([]byte, n)
			view, err := object.NewMemoryView(object.NewByteArray(buf))
			if err != nil {
				return object.Null, err
			}
			r, err := callMethod(t, self, strReadinto, view)
			if err != nil || r.IsNone() {
				return r, err
			}
			got, err := object.IndexInt(t, r)
			if err != nil {
				return object.Null, err
			}
			if got < 0 || got > n {
				return object.Null, object.Errorf(object.ValueError, "readinto returned %d outside buffer size %d", got, n)
			}
			return object.NewBytes(buf[:got]), nil
		}),
		ioMethod("readall", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			var all []byte
			for {
				r, err := callMethod(t, self, strRead, object.Int(ioChunk))
				if err != nil {
					return object.Null, err
				}
				if r.IsNone() {
					if all == nil {
						return object.None, nil
					}
					break
				}
				b, err := readBytesResult("read", r)
				if err != nil {
					return object.Null, err
				}
				if len(b) == 0 {
					break
				}
				all = append(all, b...)
			}
			return object.NewBytes(all), nil
		}),
	}
}

// readintoVia is _BufferedIOBase.readinto and readinto1: method(len(b))
// copied into b.
func readintoVia(method *object.Str) func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
	return func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		buf, err := writableBuffer(t, a[0])
		if err != nil {
			return object.Null, err
		}
		r, err := callMethod(t, self, method, object.Int(int64(len(buf))))
		if err != nil {
			return object.Null, err
		}
		data, err := readBytesResult(method.String(), r)
		if err != nil {
			return object.Null, err
		}
		if len(data) > len(buf) {
			return object.Null, object.Errorf(object.ValueError, "read() returned too much data: %d bytes requested, %d returned", len(buf), len(data))
		}
		return object.Int(int64(copy(buf, data))), nil
	}
}

func bufferedIOBaseMethods() []object.MethodDef {
	return []object.MethodDef{
		unsupportedMethod("read"),
		unsupportedMethod("read1"),
		unsupportedMethod("write"),
		unsupportedMethod("detach"),
		ioMethod("readinto", 1, 1, readintoVia(strRead)),
		ioMethod("readinto1", 1, 1, readintoVia(strRead1)),
	}
}

func textIOBaseMethods() []object.MethodDef {
	return []object.MethodDef{
		unsupportedMethod("read"),
		unsupportedMethod("readline"),
		unsupportedMethod("write"),
		unsupportedMethod("detach"),
	}
}

func noneGetter(name string) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return object.None, nil }}
}

func initIOBases() {
	for _, b := range []struct {
		typ     *object.Type
		doc     string
		methods []object.MethodDef
		getsets []object.GetSetDef
	}{
		{ioBaseType, "The abstract base class for all I/O classes.", ioBaseMethods(), []object.GetSetDef{
			{Name: "closed", Get: func(t *object.Thread, v object.Value) (object.Value, error) {
				return object.Bool(mixinClosed(t, v)), nil
			}},
			{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
				return (*ioBase)(v.Pointer()).attrs.Dict().AsValue(), nil
			}},
		}},
		{rawIOBaseType, "Base class for raw binary I/O.", rawIOBaseMethods(), nil},
		{bufferedIOBaseType, "Base class for buffered IO objects.", bufferedIOBaseMethods(), nil},
		{textIOBaseType, "Base class for text I/O.", textIOBaseMethods(),
			[]object.GetSetDef{noneGetter("encoding"), noneGetter("newlines"), noneGetter("errors")}},
	} {
		typ := b.typ
		object.Subclassable[ioBase](typ)
		typ.SetAttrsOffset(unsafe.Offsetof(ioBase{}.attrs))
		typ.Doc = b.doc
		typ.New = func(t *object.Thread, sub *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if sub == typ {
				p := newObj[ioBase](typ)
				p.attrs.Init(typ)
				return asValue(p), nil
			}
			return object.FromPointer(sub.AllocInstance()), nil
		}
		if typ == ioBaseType {
			typ.Init = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error { return nil }
			lineIter(typ)
		}
		typ.AddMethods(b.methods)
		if b.getsets != nil {
			typ.AddGetSets(b.getsets)
		}
		typ.Ready()
	}
}

// newIO allocates an instance of typ, the native class native or a Python
// subclass of it, whose Go layout is T with its own Attrs at attrs.
func newIO[T any](typ, native *object.Type, attrs func(*T) *object.Attrs) *T {
	if typ == native {
		p := newObj[T](typ)
		attrs(p).Init(typ)
		return p
	}
	return (*T)(typ.AllocInstance())
}

// layerRepr formats "<typeName name=... extra>" for the layers' reprs.
func layerRepr(t *object.Thread, v object.Value, typeName, extra string) (object.Value, error) {
	name, err := nameRepr(t, v)
	if err != nil {
		return object.Null, err
	}
	return object.StrValue(fmt.Sprintf("<%s%s%s>", typeName, name, extra)), nil
}

// typeQualName is the type's C-level name as CPython's reprs of the layers
// show it: "_io.Name" for the native classes, the bare name for classes.
func typeQualName(typ *object.Type) string {
	if typ.Module == "" || typ.Module == "builtins" {
		return typ.Name
	}
	return typ.Module + "." + typ.Name
}
