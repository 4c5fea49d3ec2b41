// sys_stream.go: what the standard streams share with io's text files:
// reconfigure(), the encoding, errors and newline settings, and the binary
// stream under each (sys.stdout.buffer), which writes into the same
// buffer as the text so the two stay in order.

package interp

import (
	"bufio"
	"io"
	"strings"
	"syscall"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// initText sets the default text settings: UTF-8, no newline translation.
func (s *stream) initText() {
	s.encoding = "utf-8"
	if s.errors == "" {
		s.errors = "strict"
	}
	s.newline = object.StrValue("\n")
	s.plain = true
}

// writeEncoded writes text with the stream's encoding and newline mode.
func (s *stream) writeEncoded(text string) error {
	if s.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", s.writeNL)
	}
	data, err := object.Encode(object.NewStr(text), s.encoding, s.errors)
	if err != nil {
		return err
	}
	_, err = s.w.Write(data)
	return err
}

// needsFlush reports whether writing text must flush the output buffer.
func (s *stream) needsFlush(text string) bool {
	return s.fd == 2 || s.writeThrough || s.lineBuffered && strings.IndexByte(text, '\n') >= 0
}

var streamGetSets = []object.GetSetDef{
	{Name: "buffer", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		s := (*stream)(v.Pointer())
		if s.buffer == nil {
			typ := stdWriterType
			if s.r != nil {
				typ = stdReaderType
			}
			s.buffer = &stdBuffer{Header: object.NewHeader(typ), text: s}
		}
		return object.FromPointer(unsafe.Pointer(s.buffer)), nil
	}},
	{Name: "line_buffering", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Bool((*stream)(v.Pointer()).lineBuffered), nil
	}},
	{Name: "write_through", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Bool((*stream)(v.Pointer()).writeThrough), nil
	}},
	{Name: "mode", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if (*stream)(v.Pointer()).r != nil {
			return object.StrValue("r"), nil
		}
		return object.StrValue("w"), nil
	}},
	{Name: "newlines", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return object.None, nil }},
}

var streamReconfigure = []object.MethodDef{{Name: "reconfigure", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [6]object.Value
	if err := object.ParseArgs("reconfigure", args, kw, []string{"self", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	s := (*stream)(args[0].Pointer())
	str := func(v object.Value, what string) (string, bool, error) {
		if v.IsNull() || v.IsNone() {
			return "", false, nil
		}
		x, ok := v.AsStr()
		if !ok {
			return "", false, object.Errorf(object.TypeError, "reconfigure() argument '%s' must be str or None, not %s", what, v.Type().Name)
		}
		return x.String(), true, nil
	}
	enc, hasEnc, err := str(a[1], "encoding")
	if err != nil {
		return object.Null, err
	}
	errs, hasErrs, err := str(a[2], "errors")
	if err != nil {
		return object.Null, err
	}
	encoding, errors := s.encoding, s.errors
	if hasEnc {
		if enc == "locale" {
			enc = "utf-8"
		}
		encoding, errors = enc, "strict"
	}
	if hasErrs {
		errors = errs
	}
	if _, err := object.Encode(object.NewStr(""), encoding, errors); err != nil {
		return object.Null, err
	}
	writeNL, newline := s.writeNL, s.newline
	if !a[3].IsNull() {
		nl, has, err := str(a[3], "newline")
		if err != nil {
			return object.Null, err
		}
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			return object.Null, object.Errorf(object.ValueError, "illegal newline value: %s", nl)
		}
		writeNL, newline = "", object.None
		if has {
			newline = a[3]
			if nl == "\r" || nl == "\r\n" {
				writeNL = nl
			}
		}
	}
	for i, p := range []*bool{&s.lineBuffered, &s.writeThrough} {
		if v := a[4+i]; !v.IsNull() && !v.IsNone() {
			b, err := object.Truth(t, v)
			if err != nil {
				return object.Null, err
			}
			*p = b
		}
	}
	t.State.(*Thread).interp.Flush()
	s.encoding, s.errors, s.writeNL, s.newline = encoding, errors, writeNL, newline
	norm := strings.ReplaceAll(strings.ToLower(encoding), "_", "-")
	s.plain = (norm == "utf-8" || norm == "utf8") && writeNL == ""
	return object.None, nil
}}}

// stdBuffer is the binary stream under a standard stream: its bytes go
// through the same buffered writer (or come from the same reader) as the
// text layer's.
type stdBuffer struct {
	object.Header
	text *stream
}

var (
	stdWriterType = object.NewNativeType("BufferedWriter", "_io", nil)
	stdReaderType = object.NewNativeType("BufferedReader", "_io", nil)
)

func asStdBuffer(v object.Value) *stdBuffer { return (*stdBuffer)(v.Pointer()) }

func stdBufferMethod(name string, min, max int, fn func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args[1:], kw, min, max); err != nil {
			return object.Null, err
		}
		b := asStdBuffer(args[0])
		if b.text.closed {
			return object.Null, object.NewError(object.ValueError, "I/O operation on closed file.")
		}
		return fn(t, b, args[1:])
	}}
}

// readSize is the optional size argument of the read methods.
func readSize(t *object.Thread, a []object.Value) (int, error) {
	if len(a) == 0 || a[0].IsNone() {
		return -1, nil
	}
	return object.IndexInt(t, a[0])
}

func stdRead(r *bufio.Reader, n int, once bool) ([]byte, error) {
	if n < 0 {
		return io.ReadAll(r)
	}
	buf := make([]byte, n)
	var got int
	var err error
	if once {
		got, err = r.Read(buf)
	} else {
		got, err = io.ReadFull(r, buf)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	return buf[:got], err
}

func init() {
	common := []object.MethodDef{
		stdBufferMethod("flush", 0, 0, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			if b.text.w != nil {
				t.State.(*Thread).interp.Flush()
			}
			return object.None, nil
		}),
		stdBufferMethod("fileno", 0, 0, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			return object.Int(int64(b.text.fd)), nil
		}),
		stdBufferMethod("isatty", 0, 0, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			return object.Bool(isTerminalFd(b.text.fd)), nil
		}),
		stdBufferMethod("readable", 0, 0, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			return object.Bool(b.text.r != nil), nil
		}),
		stdBufferMethod("writable", 0, 0, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			return object.Bool(b.text.w != nil), nil
		}),
		stdBufferMethod("seekable", 0, 0, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			return object.False, nil
		}),
	}
	getsets := []object.GetSetDef{
		{Name: "closed", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(asStdBuffer(v).text.closed), nil
		}},
		{Name: "name", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue(asStdBuffer(v).text.name), nil
		}},
		{Name: "mode", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			if asStdBuffer(v).text.r != nil {
				return object.StrValue("rb"), nil
			}
			return object.StrValue("wb"), nil
		}},
	}
	stdWriterType.AddMethods(append([]object.MethodDef{
		stdBufferMethod("write", 1, 1, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			data, ok := object.BytesData(a[0])
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", a[0].Type().Name)
			}
			in := t.State.(*Thread).interp
			in.outMu.Lock()
			_, err := b.text.w.Write(data)
			in.outMu.Unlock()
			if err != nil {
				return object.Null, object.Errorf(object.OSError, "%v", err)
			}
			if b.text.fd == 2 {
				in.Flush()
			}
			return object.Int(int64(len(data))), nil
		}),
	}, common...))
	stdReaderType.AddMethods(append([]object.MethodDef{
		stdBufferMethod("read", 0, 1, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			n, err := readSize(t, a)
			if err != nil {
				return object.Null, err
			}
			t.State.(*Thread).interp.Flush()
			data, err := stdRead(b.text.r, n, false)
			if err != nil {
				return object.Null, object.Errorf(object.OSError, "%v", err)
			}
			return object.NewBytes(data), nil
		}),
		stdBufferMethod("read1", 0, 1, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			n, err := readSize(t, a)
			if err != nil {
				return object.Null, err
			}
			if n < 0 {
				n = 8192
			}
			t.State.(*Thread).interp.Flush()
			data, err := stdRead(b.text.r, n, true)
			if err != nil {
				return object.Null, object.Errorf(object.OSError, "%v", err)
			}
			return object.NewBytes(data), nil
		}),
		stdBufferMethod("readline", 0, 0, func(t *object.Thread, b *stdBuffer, a []object.Value) (object.Value, error) {
			t.State.(*Thread).interp.Flush()
			line, err := b.text.r.ReadBytes('\n')
			if err != nil && err != io.EOF {
				return object.Null, object.Errorf(object.OSError, "%v", err)
			}
			return object.NewBytes(line), nil
		}),
	}, common...))
	for _, typ := range []*object.Type{stdWriterType, stdReaderType} {
		typ.AddGetSets(getsets)
		typ.Ready()
	}
}

// isTerminalFd reports whether fd is a terminal (a character device).
// It does not wrap fd in an os.File, whose finalizer would close it.
func isTerminalFd(fd int) bool {
	var st syscall.Stat_t
	return syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFCHR
}
