// io_buffered.go: the buffered layer: BufferedReader, BufferedWriter and
// BufferedRandom over any raw stream (calling a FileIO directly), and
// BufferedRWPair over a reader and a writer.
//
// Invariant: rbuf[rpos:] are bytes read ahead from raw, so raw's position
// is just after them; w.buf are bytes written but not yet passed to raw,
// which go at raw's position. At most one of the two is non-empty.

package stdlib

import (
	"bytes"
	"unsafe"

	"github.com/adderpy/adder/object"
)

var (
	bufReaderType = object.NewNativeType("BufferedReader", "_io", bufferedIOBaseType)
	bufWriterType = object.NewNativeType("BufferedWriter", "_io", bufferedIOBaseType)
	bufRandomType = object.NewNativeType("BufferedRandom", "_io", bufferedIOBaseType)
	bufRWPairType = object.NewNativeType("BufferedRWPair", "_io", bufferedIOBaseType)
)

// buffered is a BufferedReader, BufferedWriter or BufferedRandom.
type buffered struct {
	object.Header
	raw               object.Value // Null before __init__ and after detach
	fio               *fileIO      // raw when it is exactly a FileIO
	canRead, canWrite bool
	detached          bool
	size              int
	rbuf              []byte
	rpos              int
	w                 *writeBuf // nil until the first write
	tracked           bool      // in openWriters
	attrs             object.Attrs
}

func asBuffered(v object.Value) *buffered { return (*buffered)(v.Pointer()) }

// exactBuffered returns v as a *buffered when v is one of the three
// classes itself (not a subclass), for the text layer's fast paths.
func exactBuffered(v object.Value) *buffered {
	switch v.Type() {
	case bufReaderType, bufWriterType, bufRandomType:
		return asBuffered(v)
	}
	return nil
}

func (b *buffered) check() error {
	if b.raw.IsNull() {
		if b.detached {
			return object.NewError(object.ValueError, "raw stream has been detached")
		}
		return errUninitialized()
	}
	return nil
}

// checkOpen fails when the raw stream is closed.
func (b *buffered) checkOpen(t *object.Thread) error {
	if err := b.check(); err != nil {
		return err
	}
	if b.fio != nil {
		if b.fio.fd < 0 {
			return errClosed()
		}
		return nil
	}
	return checkOpen(t, b.raw)
}

func (b *buffered) closed(t *object.Thread) (bool, error) {
	if b.fio != nil {
		return b.fio.fd < 0, nil
	}
	return isClosed(t, b.raw)
}

// rawRead reads once from raw into p: the count, and none when raw
// returned None (no data without blocking).
func (b *buffered) rawRead(t *object.Thread, p []byte) (n int, none bool, err error) {
	if b.fio != nil {
		if err := b.fio.check(true, false); err != nil {
			return 0, false, err
		}
		n, err := b.fio.readInto(p)
		return n, false, err
	}
	view, err := object.NewMemoryView(object.NewByteArray(p))
	if err != nil {
		return 0, false, err
	}
	r, err := callMethod(t, b.raw, strReadinto, view)
	if err != nil || r.IsNone() {
		return 0, err == nil, err
	}
	if n, err = object.IndexInt(t, r); err != nil {
		return 0, false, err
	}
	if n < 0 || n > len(p) {
		return 0, false, object.Errorf(object.OSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	return n, false, nil
}

func (b *buffered) rawWrite(t *object.Thread, p []byte) (int, error) {
	if b.fio != nil {
		if err := b.fio.check(false, true); err != nil {
			return 0, err
		}
		return b.fio.write(p)
	}
	r, err := callMethod(t, b.raw, strWrite, object.NewBytes(append([]byte(nil), p...)))
	if err != nil {
		return 0, err
	}
	if r.IsNone() {
		return 0, object.NewError(object.BlockingIOError, "write could not complete without blocking")
	}
	n, err := object.IndexInt(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > len(p) {
		return 0, object.Errorf(object.OSError, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	return n, nil
}

func (b *buffered) rawSeek(t *object.Thread, pos int64, whence int) (int64, error) {
	if b.fio != nil {
		if err := b.fio.check(false, false); err != nil {
			return 0, err
		}
		return b.fio.seek(pos, whence)
	}
	r, err := callMethod(t, b.raw, strSeek, object.Int(pos), object.Int(int64(whence)))
	if err != nil {
		return 0, err
	}
	return rawPosition(t, r)
}

func rawPosition(t *object.Thread, r object.Value) (int64, error) {
	iv, err := object.Index(t, r)
	if err != nil {
		return 0, err
	}
	n, ok := object.AsInt64(iv)
	if !ok || n < 0 {
		return 0, object.Errorf(object.OSError, "Raw stream returned invalid position %s", mustRepr(t, r))
	}
	return n, nil
}

func (b *buffered) rawTell(t *object.Thread) (int64, error) {
	if b.fio != nil {
		return b.rawSeek(t, 0, 1)
	}
	r, err := callMethod(t, b.raw, strTell)
	if err != nil {
		return 0, err
	}
	return rawPosition(t, r)
}

// rawPredicate is raw.readable(), writable() or seekable().
func (b *buffered) rawPredicate(t *object.Thread, name *object.Str) (bool, error) {
	if f := b.fio; f != nil {
		if err := f.check(false, false); err != nil {
			return false, err
		}
		switch name {
		case strReadable:
			return f.readable, nil
		case strWritable:
			return f.writable, nil
		}
		return f.isSeekable(), nil
	}
	return callBool(t, b.raw, name)
}

// flushWrites passes w.buf to raw.
func (b *buffered) flushWrites(t *object.Thread) error {
	if b.w == nil {
		return nil
	}
	for len(b.w.buf) > 0 {
		n, err := b.rawWrite(t, b.w.buf)
		if err != nil {
			return err
		}
		if n == 0 {
			return object.NewError(object.BlockingIOError, "write could not complete without blocking")
		}
		b.w.buf = b.w.buf[n:]
	}
	b.w.buf = b.w.buf[:0]
	return nil
}

// dropReadAhead moves raw back over the unread read-ahead, so that raw's
// position is the logical one (before a write or a truncate).
func (b *buffered) dropReadAhead(t *object.Thread) error {
	if unread := len(b.rbuf) - b.rpos; unread > 0 {
		if _, err := b.rawSeek(t, -int64(unread), 1); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// fill reads once from raw into the empty read buffer: the count read (0
// at end of file) and none when raw had no data without blocking.
func (b *buffered) fill(t *object.Thread) (int, bool, error) {
	if err := b.flushWrites(t); err != nil {
		return 0, false, err
	}
	if cap(b.rbuf) < b.size {
		b.rbuf = make([]byte, 0, b.size)
	}
	n, none, err := b.rawRead(t, b.rbuf[:b.size])
	b.rbuf, b.rpos = b.rbuf[:n], 0
	return n, none, err
}

func (b *buffered) unread() []byte { return b.rbuf[b.rpos:] }

// read reads n bytes (all when n < 0), fewer at end of file; none when
// nothing could be read without blocking.
func (b *buffered) read(t *object.Thread, n int) ([]byte, bool, error) {
	if err := b.flushWrites(t); err != nil {
		return nil, false, err
	}
	avail := b.unread()
	if n >= 0 && len(avail) >= n {
		b.rpos += n
		return append([]byte(nil), avail[:n]...), false, nil
	}
	out := append([]byte(nil), avail...)
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if n < 0 {
		if b.fio != nil {
			if err := b.fio.check(true, false); err != nil {
				return nil, false, err
			}
			rest, err := b.fio.readAll()
			return append(out, rest...), false, err
		}
		readall, err := object.GetAttr(t, b.raw, strReadall)
		if err == nil {
			r, err := object.Call(t, readall, nil, nil)
			if err != nil {
				return nil, false, err
			}
			if r.IsNone() {
				return out, len(out) == 0, nil
			}
			rest, err := readBytesResult("readall", r)
			return append(out, rest...), false, err
		}
		if !isAttributeError(err) {
			return nil, false, err
		}
	}
	for n < 0 || len(out) < n {
		got, none, err := b.fill(t)
		if err != nil {
			return nil, false, err
		}
		if none {
			return out, len(out) == 0, nil
		}
		if got == 0 {
			break
		}
		take := got
		if n >= 0 {
			take = min(got, n-len(out))
		}
		out = append(out, b.rbuf[:take]...)
		b.rpos = take
	}
	return out, false, nil
}

// read1 reads at most n bytes with at most one raw read; the result
// aliases the buffer until the next operation.
func (b *buffered) read1(t *object.Thread, n int) ([]byte, error) {
	if err := b.flushWrites(t); err != nil {
		return nil, err
	}
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return nil, nil
	}
	if len(b.unread()) == 0 {
		if n > b.size {
			buf := make([]byte, n)
			got, _, err := b.rawRead(t, buf)
			return buf[:got], err
		}
		if _, _, err := b.fill(t); err != nil {
			return nil, err
		}
	}
	avail := b.unread()
	if len(avail) > n {
		avail = avail[:n]
	}
	b.rpos += len(avail)
	return avail, nil
}

// readline reads a line of at most limit bytes (no limit when limit < 0).
func (b *buffered) readline(t *object.Thread, limit int) ([]byte, error) {
	if err := b.flushWrites(t); err != nil {
		return nil, err
	}
	var line []byte
	for {
		avail := b.unread()
		if limit >= 0 && len(avail) > limit-len(line) {
			avail = avail[:limit-len(line)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			avail = avail[:i+1]
			b.rpos += len(avail)
			if line == nil {
				return append([]byte(nil), avail...), nil
			}
			return append(line, avail...), nil
		}
		line = append(line, avail...)
		b.rpos += len(avail)
		if limit >= 0 && len(line) >= limit {
			return line, nil
		}
		got, none, err := b.fill(t)
		if err != nil {
			return nil, err
		}
		if got == 0 || none {
			return line, nil
		}
	}
}

// write buffers p; when it does not fit, the buffer goes to raw, then
// what of p exceeds the buffer size (as CPython's BufferedWriter).
func (b *buffered) write(t *object.Thread, p []byte) error {
	if err := b.beforeWrite(t); err != nil {
		return err
	}
	w := b.writeBuf(t)
	if len(w.buf)+len(p) > b.size {
		if err := b.flushWrites(t); err != nil {
			return err
		}
		for len(p) > b.size {
			n, err := b.rawWrite(t, p)
			if err != nil {
				return err
			}
			if n == 0 {
				return object.NewError(object.BlockingIOError, "write could not complete without blocking")
			}
			p = p[n:]
		}
	}
	w.buf = append(w.buf, p...)
	return nil
}

// writeString is write for the text layer's UTF-8 text.
func (b *buffered) writeString(t *object.Thread, s string) error {
	if err := b.beforeWrite(t); err != nil {
		return err
	}
	w := b.writeBuf(t)
	if len(w.buf)+len(s) > b.size {
		return b.write(t, []byte(s))
	}
	w.buf = append(w.buf, s...)
	return nil
}

func (b *buffered) beforeWrite(t *object.Thread) error {
	if len(b.rbuf) > b.rpos {
		if err := b.dropReadAhead(t); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

func (b *buffered) tell(t *object.Thread) (int64, error) {
	pos, err := b.rawTell(t)
	if err != nil {
		return 0, err
	}
	pos += int64(b.pendingWrites()) - int64(len(b.unread()))
	return max(pos, 0), nil
}

func (b *buffered) seek(t *object.Thread, pos int64, whence int) (int64, error) {
	if whence < 0 || whence > 2 {
		return 0, object.Errorf(object.ValueError, "whence value %d unsupported", whence)
	}
	if err := b.checkOpen(t); err != nil {
		return 0, err
	}
	if ok, err := b.rawPredicate(t, strSeekable); err != nil || !ok {
		if err == nil {
			err = errUnsupported("File or stream is not seekable.")
		}
		return 0, err
	}
	if err := b.flushWrites(t); err != nil {
		return 0, err
	}
	if whence == 1 {
		pos -= int64(len(b.unread()))
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return b.rawSeek(t, pos, whence)
}

func (b *buffered) flush(t *object.Thread) error {
	if err := b.checkOpen(t); err != nil {
		return err
	}
	return b.flushWrites(t)
}

func (b *buffered) close(t *object.Thread) error {
	if err := b.check(); err != nil {
		return err
	}
	if closed, err := b.closed(t); err != nil || closed {
		return err
	}
	ferr := b.flushWrites(t)
	b.rbuf, b.rpos = nil, 0
	b.dropWriteBuf()
	var cerr error
	if b.fio != nil {
		cerr = b.fio.close()
	} else {
		_, cerr = callMethod(t, b.raw, strClose)
	}
	if ferr != nil {
		if ce, ok := cerr.(*object.Exc); ok {
			if fe, ok := ferr.(*object.Exc); ok {
				ce.Context = fe.AsValue()
			}
			return ce
		}
		return ferr
	}
	return cerr
}

var bufferedParams = []string{"raw", "buffer_size"}

// initBufferedOn is __init__ of the three classes: it checks that raw can
// do what the class needs.
func initBufferedOn(t *object.Thread, b *buffered, fname string, raw, size object.Value, canRead, canWrite bool) error {
	b.raw, b.fio, b.detached = object.Null, nil, false
	checks := []struct {
		pred *object.Str
		msg  string
		need bool
	}{
		{strSeekable, "File or stream is not seekable.", canRead && canWrite},
		{strReadable, "File or stream is not readable.", canRead},
		{strWritable, "File or stream is not writable.", canWrite},
	}
	for _, c := range checks {
		if !c.need {
			continue
		}
		ok, err := callBool(t, raw, c.pred)
		if err != nil {
			return err
		}
		if !ok {
			return errUnsupported(c.msg)
		}
	}
	n := ioChunk
	if !size.IsNull() {
		var err error
		if n, err = object.IndexInt(t, size); err != nil {
			return err
		}
		if n <= 0 {
			return object.NewError(object.ValueError, "buffer size must be strictly positive")
		}
	}
	b.raw, b.fio = raw, exactFileIO(raw)
	b.canRead, b.canWrite, b.size = canRead, canWrite, n
	b.rbuf, b.rpos = nil, 0
	b.dropWriteBuf()
	return nil
}

// newBuffered makes a buffered layer over a FileIO for open().
func newBuffered(typ *object.Type, raw *fileIO, size int) *buffered {
	b := newIO(typ, typ, func(b *buffered) *object.Attrs { return &b.attrs })
	b.raw, b.fio, b.size = asValue(raw), raw, size
	b.canRead, b.canWrite = typ != bufWriterType, typ != bufReaderType
	return b
}

func bufMethod(name string, min, max int, fn func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error)) object.MethodDef {
	return ioMethod(name, min, max, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		b := asBuffered(self)
		if err := b.check(); err != nil {
			return object.Null, err
		}
		return fn(t, b, a)
	})
}

// closedMessages are CPython's messages for methods of a closed stream.
var closedMessages = map[string]string{
	"read": "read of closed file", "read1": "read of closed file", "readinto": "readinto of closed file",
	"readinto1": "readinto of closed file", "peek": "peek of closed file", "readline": "readline of closed file",
	"write": "write to closed file",
}

// bufOpenMethod is a method that fails on a closed stream, or on a stream
// that cannot read (need 'r') or write (need 'w').
func bufOpenMethod(name string, min, max int, need byte, fn func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error)) object.MethodDef {
	closedMsg := closedMessages[name]
	return bufMethod(name, min, max, func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
		if err := b.checkOpen(t); err != nil {
			if e, ok := err.(*object.Exc); ok && closedMsg != "" && e.Type() == object.ValueError {
				err = object.NewError(object.ValueError, closedMsg)
			}
			return object.Null, err
		}
		if need == 'r' && !b.canRead {
			return object.Null, errUnsupported("read")
		}
		if need == 'w' && !b.canWrite {
			return object.Null, errUnsupported("write")
		}
		return fn(t, b, a)
	})
}

// delegate is a method that calls the raw stream's method of the same name.
func delegate(name string) object.MethodDef {
	s := object.Intern(name)
	return bufMethod(name, 0, 0, func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
		switch s {
		case strReadable, strWritable, strSeekable:
			ok, err := b.rawPredicate(t, s)
			return object.Bool(ok), err
		}
		if b.fio != nil {
			if err := b.fio.check(false, false); err != nil {
				return object.Null, err
			}
			if s == strFileno {
				return object.Int(int64(b.fio.fd)), nil
			}
			return object.Bool(fdIsTerminal(b.fio.fd)), nil
		}
		return callMethod(t, b.raw, s)
	})
}

func readResult(data []byte, none bool, err error) (object.Value, error) {
	if err != nil {
		return object.Null, err
	}
	if none {
		return object.None, nil
	}
	return object.NewBytes(data), nil
}

// readSizeArg is read's size: -1 for all, ValueError below -1.
func readSizeArg(t *object.Thread, a []object.Value) (int, error) {
	n, err := sizeArg(t, a, 0)
	if err == nil && n < -1 {
		err = object.NewError(object.ValueError, "read length must be non-negative or -1")
	}
	return n, err
}

func bufferedMethods() []object.MethodDef {
	return []object.MethodDef{
		bufOpenMethod("read", 0, 1, 'r', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			n, err := readSizeArg(t, a)
			if err != nil {
				return object.Null, err
			}
			return readResult(b.read(t, n))
		}),
		bufOpenMethod("read1", 0, 1, 'r', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			data, err := b.read1(t, n)
			return object.NewBytes(append([]byte(nil), data...)), err
		}),
		bufOpenMethod("peek", 0, 1, 'r', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			if err := b.flushWrites(t); err != nil {
				return object.Null, err
			}
			if len(b.unread()) == 0 {
				if _, _, err := b.fill(t); err != nil {
					return object.Null, err
				}
			}
			return object.NewBytes(append([]byte(nil), b.unread()...)), nil
		}),
		bufOpenMethod("readinto", 1, 1, 'r', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			buf, err := writableBuffer(t, a[0])
			if err != nil {
				return object.Null, err
			}
			data, none, err := b.read(t, len(buf))
			if err != nil || none {
				return readResult(nil, none, err)
			}
			return object.Int(int64(copy(buf, data))), nil
		}),
		bufOpenMethod("readinto1", 1, 1, 'r', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			buf, err := writableBuffer(t, a[0])
			if err != nil {
				return object.Null, err
			}
			data, err := b.read1(t, len(buf))
			return object.Int(int64(copy(buf, data))), err
		}),
		bufOpenMethod("readline", 0, 1, 'r', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			line, err := b.readline(t, n)
			return object.NewBytes(line), err
		}),
		bufOpenMethod("write", 1, 1, 'w', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			data, err := bytesLikeArg(a[0])
			if err != nil {
				return object.Null, err
			}
			return object.Int(int64(len(data))), b.write(t, data)
		}),
		bufMethod("flush", 0, 0, func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			if !b.canWrite {
				if err := b.checkOpen(t); err != nil {
					return object.Null, err
				}
				if b.fio != nil {
					return object.None, nil
				}
				return callMethod(t, b.raw, strFlush)
			}
			return object.None, b.flush(t)
		}),
		bufMethod("seek", 1, 2, func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			pos, whence, err := seekArgs(t, a)
			if err != nil {
				return object.Null, err
			}
			r, err := b.seek(t, pos, whence)
			return object.Int(r), err
		}),
		bufMethod("tell", 0, 0, func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			r, err := b.tell(t)
			return object.Int(r), err
		}),
		bufOpenMethod("truncate", 0, 1, 'w', func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			if err := b.flushWrites(t); err != nil {
				return object.Null, err
			}
			if err := b.dropReadAhead(t); err != nil {
				return object.Null, err
			}
			pos := object.None
			if len(a) > 0 {
				pos = a[0]
			}
			return callMethod(t, b.raw, strTruncate, pos)
		}),
		bufMethod("close", 0, 0, func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			return object.None, b.close(t)
		}),
		bufMethod("detach", 0, 0, func(t *object.Thread, b *buffered, a []object.Value) (object.Value, error) {
			if b.canWrite {
				if err := b.flush(t); err != nil {
					return object.Null, err
				}
			}
			raw := b.raw
			b.raw, b.fio, b.detached = object.Null, nil, true
			return raw, nil
		}),
		delegate("fileno"),
		delegate("isatty"),
		delegate("readable"),
		delegate("writable"),
		delegate("seekable"),
	}
}

// rawAttr is a getter that reads an attribute of the raw stream.
func rawAttr(name *object.Str) object.GetSetDef {
	return object.GetSetDef{Name: name.String(), Get: func(t *object.Thread, v object.Value) (object.Value, error) {
		b := asBuffered(v)
		if err := b.check(); err != nil {
			return object.Null, err
		}
		if name == strClosed {
			c, err := b.closed(t)
			return object.Bool(c), err
		}
		return object.GetAttr(t, b.raw, name)
	}}
}

func initBuffered() {
	for _, typ := range []*object.Type{bufReaderType, bufWriterType, bufRandomType} {
		typ := typ
		canRead, canWrite := typ != bufWriterType, typ != bufReaderType
		object.Subclassable[buffered](typ)
		typ.SetAttrsOffset(unsafe.Offsetof(buffered{}.attrs))
		typ.New = func(t *object.Thread, sub *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return asValue(newIO(sub, typ, func(b *buffered) *object.Attrs { return &b.attrs })), nil
		}
		typ.Init = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
			a, err := parseArgs(typ.Name, args, kw, bufferedParams, 1, 2)
			if err != nil {
				return err
			}
			return initBufferedOn(t, asBuffered(v), typ.Name, a[0], a[1], canRead, canWrite)
		}
		typ.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
			return layerRepr(t, v, typeQualName(v.Type()), "")
		}
		if canRead {
			fastLineIter(typ, func(t *object.Thread, v object.Value) (object.Value, error) {
				b := asBuffered(v)
				if err := b.checkOpen(t); err != nil {
					return object.Null, err
				}
				line, err := b.readline(t, -1)
				return object.NewBytes(line), err
			})
		}
		var methods []object.MethodDef
		for _, m := range bufferedMethods() {
			switch m.Name {
			case "read", "read1", "peek", "readinto", "readinto1", "readline":
				if !canRead {
					continue
				}
			case "write", "truncate":
				if !canWrite {
					continue
				}
			}
			methods = append(methods, m)
		}
		typ.AddMethods(methods)
		typ.AddGetSets([]object.GetSetDef{
			rawAttr(strClosed), rawAttr(strName), rawAttr(strMode),
			{Name: "raw", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
				if r := asBuffered(v).raw; !r.IsNull() {
					return r, nil
				}
				return object.None, nil
			}},
			{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
				return asBuffered(v).attrs.Dict().AsValue(), nil
			}},
		})
		typ.Ready()
	}
	initRWPair()
}

// rwPair is a BufferedRWPair: a BufferedReader and a BufferedWriter over
// two raw streams, as one stream that cannot seek.
type rwPair struct {
	object.Header
	reader, writer *buffered
	attrs          object.Attrs
}

func asRWPair(v object.Value) *rwPair { return (*rwPair)(v.Pointer()) }

// pairMethod forwards a method to the reader or the writer.
func pairMethod(name string, min, max int, toWriter bool) object.MethodDef {
	s := object.Intern(name)
	return ioMethod(name, min, max, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		p := asRWPair(self)
		if p.reader == nil {
			return object.Null, errUninitialized()
		}
		b := p.reader
		if toWriter {
			b = p.writer
		}
		return callMethod(t, asValue(b), s, a...)
	})
}

func initRWPair() {
	typ := bufRWPairType
	object.Subclassable[rwPair](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(rwPair{}.attrs))
	typ.New = func(t *object.Thread, sub *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return asValue(newIO(sub, typ, func(p *rwPair) *object.Attrs { return &p.attrs })), nil
	}
	typ.Init = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
		a, err := parseArgs("BufferedRWPair", args, kw, []string{"reader", "writer", "buffer_size"}, 2, 3)
		if err != nil {
			return err
		}
		r := newIO(bufReaderType, bufReaderType, func(b *buffered) *object.Attrs { return &b.attrs })
		if err := initBufferedOn(t, r, "BufferedReader", a[0], a[2], true, false); err != nil {
			return err
		}
		w := newIO(bufWriterType, bufWriterType, func(b *buffered) *object.Attrs { return &b.attrs })
		if err := initBufferedOn(t, w, "BufferedWriter", a[1], a[2], false, true); err != nil {
			return err
		}
		p := asRWPair(v)
		p.reader, p.writer = r, w
		return nil
	}
	var methods []object.MethodDef
	for _, m := range []struct {
		name     string
		min, max int
	}{{"read", 0, 1}, {"peek", 0, 1}, {"read1", 0, 1}, {"readinto", 1, 1}, {"readinto1", 1, 1}, {"readline", 0, 1}, {"readable", 0, 0}} {
		methods = append(methods, pairMethod(m.name, m.min, m.max, false))
	}
	for _, m := range []struct {
		name     string
		min, max int
	}{{"write", 1, 1}, {"flush", 0, 0}, {"writable", 0, 0}} {
		methods = append(methods, pairMethod(m.name, m.min, m.max, true))
	}
	methods = append(methods,
		ioMethod("close", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			p := asRWPair(self)
			if p.reader == nil {
				return object.Null, errUninitialized()
			}
			werr := p.writer.close(t)
			if rerr := p.reader.close(t); werr == nil {
				werr = rerr
			}
			return object.None, werr
		}),
		ioMethod("isatty", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			p := asRWPair(self)
			if p.reader == nil {
				return object.Null, errUninitialized()
			}
			if ok, err := callBool(t, asValue(p.writer), strIsatty); err != nil || ok {
				return object.Bool(ok), err
			}
			return callMethod(t, asValue(p.reader), strIsatty)
		}))
	typ.AddMethods(methods)
	typ.AddGetSets([]object.GetSetDef{
		{Name: "closed", Get: func(t *object.Thread, v object.Value) (object.Value, error) {
			p := asRWPair(v)
			if p.writer == nil {
				return object.Null, errUninitialized()
			}
			c, err := p.writer.closed(t)
			return object.Bool(c), err
		}},
		{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asRWPair(v).attrs.Dict().AsValue(), nil
		}},
	})
	typ.Ready()
}
