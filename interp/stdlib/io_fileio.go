// io_fileio.go: FileIO, the raw layer: unbuffered reads and writes on a
// file descriptor, made with system calls (an os.File would close the
// descriptor from a finalizer even when closefd is False).

package stdlib

import (
	"fmt"
	"syscall"
	"unsafe"

	"github.com/adderpy/adder/object"
)

var fileIOType = object.NewNativeType("FileIO", "_io", rawIOBaseType)

// fileIO is a FileIO: fd is -1 once closed (or before __init__).
type fileIO struct {
	object.Header
	fd                 int
	name               object.Value
	readable, writable bool
	appending, created bool
	closefd            bool
	seekable           int8       // -1 unknown, 0 no, 1 yes
	fin                *fileFinal // for the cleanup of a file never closed
	attrs              object.Attrs
}

func asFileIO(v object.Value) *fileIO { return (*fileIO)(v.Pointer()) }

// exactFileIO returns v as a *fileIO when v is a FileIO itself (not a
// subclass, whose methods may be overridden), for the buffered fast paths.
func exactFileIO(v object.Value) *fileIO {
	if v.Type() == fileIOType {
		return asFileIO(v)
	}
	return nil
}

// fileOSError converts a Go error from a system call on file (a str or an
// fd; Null when not about a file name) to a Python OSError.
func fileOSError(err error, file object.Value) error {
	name := ""
	if !file.IsNull() {
		if s, ok := file.AsStr(); ok {
			name = s.String()
		}
	}
	return object.OSErrorFrom(err, name)
}

func (f *fileIO) check(needRead, needWrite bool) error {
	switch {
	case f.fd < 0:
		return object.NewError(object.ValueError, "I/O operation on closed file")
	case needRead && !f.readable:
		return errUnsupported("File not open for reading")
	case needWrite && !f.writable:
		return errUnsupported("File not open for writing")
	}
	return nil
}

// readInto reads once into p, retrying on EINTR; 0 means end of file.
func (f *fileIO) readInto(p []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, fileOSError(err, object.Null)
		}
		return n, nil
	}
}

// readAll reads to end of file.
func (f *fileIO) readAll() ([]byte, error) {
	size := ioChunk
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		if pos, err := syscall.Seek(f.fd, 0, 1); err == nil && st.Size > pos {
			size = int(st.Size-pos) + 1
		}
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.readInto(buf[len(buf):cap(buf)])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

// write writes p once (a short write is possible), retrying on EINTR.
func (f *fileIO) write(p []byte) (int, error) {
	for {
		n, err := syscall.Write(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, fileOSError(err, object.Null)
		}
		return n, nil
	}
}

func (f *fileIO) seek(off int64, whence int) (int64, error) {
	pos, err := syscall.Seek(f.fd, off, whence)
	if err != nil {
		return 0, fileOSError(err, object.Null)
	}
	return pos, nil
}

func (f *fileIO) isSeekable() bool {
	if f.seekable < 0 {
		f.seekable = 0
		if _, err := syscall.Seek(f.fd, 0, 1); err == nil {
			f.seekable = 1
		}
	}
	return f.seekable == 1
}

func (f *fileIO) close() error {
	if f.fd < 0 {
		return nil
	}
	fd := f.fd
	f.fd = -1
	if f.fin != nil {
		f.fin.closed()
	}
	if f.closefd {
		if err := syscall.Close(fd); err != nil {
			return fileOSError(err, object.Null)
		}
	}
	return nil
}

// mode is FileIO's mode attribute.
func (f *fileIO) mode() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable && f.writable:
		return "rb+"
	case f.readable:
		return "rb"
	}
	return "wb"
}

// openFileIO is FileIO.__init__: it opens file (a path or a descriptor)
// with a raw mode string ("r", "wb", "a+"...), through opener when it is
// not Null or None.
func openFileIO(t *object.Thread, f *fileIO, file object.Value, mode string, closefd bool, opener object.Value) error {
	flushOpenFiles(t) // what a script wrote to files it left open is on disk first, as in CPython
	if f.fd >= 0 {
		if err := f.close(); err != nil {
			return err
		}
	}
	*f = fileIO{Header: f.Header, fd: -1, attrs: f.attrs, seekable: -1}
	rwa, plus := 0, false
	flags := 0
	for _, c := range mode {
		switch c {
		case 'r', 'w', 'a', 'x':
			if rwa > 0 {
				return object.NewError(object.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
			}
			rwa++
			switch c {
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= syscall.O_CREAT | syscall.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= syscall.O_APPEND | syscall.O_CREAT
			case 'x':
				f.writable, f.created = true, true
				flags |= syscall.O_EXCL | syscall.O_CREAT
			}
		case '+':
			if plus {
				return object.NewError(object.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
			}
			plus = true
			f.readable, f.writable = true, true
		case 'b':
		default:
			return object.Errorf(object.ValueError, "invalid mode: %s", mode)
		}
	}
	if rwa == 0 {
		return object.NewError(object.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	switch {
	case f.readable && f.writable:
		flags |= syscall.O_RDWR
	case f.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	flags |= syscall.O_CLOEXEC
	f.name = file
	if file.Type().IsSubtype(object.FloatType) {
		return object.NewError(object.TypeError, "integer argument expected, got float")
	}
	if file.Type().IsSubtype(object.IntType) {
		fd, err := object.IndexInt(t, file)
		if err != nil {
			return err
		}
		if fd < 0 {
			return object.NewError(object.ValueError, "negative file descriptor")
		}
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err != nil {
			return fileOSError(err, object.Null)
		}
		f.fd, f.closefd = fd, closefd
	} else {
		if !closefd {
			return object.NewError(object.ValueError, "Cannot use closefd=False with file name")
		}
		path, err := openPath(t, file)
		if err != nil {
			return err
		}
		var fd int
		if !opener.IsNull() && !opener.IsNone() {
			r, err := object.Call(t, opener, []object.Value{file, object.Int(int64(flags))}, nil)
			if err != nil {
				return err
			}
			if fd, err = object.IndexInt(t, r); err != nil {
				return err
			}
			if fd < 0 {
				return object.Errorf(object.ValueError, "opener returned %d", fd)
			}
		} else {
			for reclaimed := false; ; {
				fd, err = syscall.Open(path, flags, 0o666)
				if (err == syscall.EMFILE || err == syscall.ENFILE) && !reclaimed {
					// Files the program dropped without closing may hold
					// the descriptors: the collector can give them back.
					reclaimed = true
					if reclaimDescriptors() {
						continue
					}
				}
				if err != syscall.EINTR {
					break
				}
			}
			if err != nil {
				return fileOSError(err, object.StrValue(path))
			}
		}
		f.fd, f.closefd = fd, true
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			syscall.Close(fd)
			f.fd = -1
			return fileOSError(syscall.EISDIR, object.StrValue(path))
		}
	}
	if f.appending {
		// As CPython: tell() in append mode starts at the end.
		syscall.Seek(f.fd, 0, 2)
	}
	f.watch()
	return nil
}

// openPath converts a str, bytes or os.PathLike file argument to a path.
func openPath(t *object.Thread, file object.Value) (string, error) {
	if _, ok := file.AsStr(); !ok {
		if _, ok := file.AsBytes(); !ok {
			fspath, err := object.LookupSpecial(t, file, object.Intern("__fspath__"))
			if err != nil {
				return "", err
			}
			if fspath.IsNull() {
				return "", object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
			}
		}
	}
	return pathArg(t, "open", file)
}

var fileIOParams = []string{"file", "mode", "closefd", "opener"}

func fileIOMethod(name string, min, max int, read, write bool, fn func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error)) object.MethodDef {
	return ioMethod(name, min, max, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		f := asFileIO(self)
		if err := f.check(read, write); err != nil {
			return object.Null, err
		}
		return fn(t, f, a)
	})
}

func initFileIO() {
	typ := fileIOType
	object.Subclassable[fileIO](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(fileIO{}.attrs))
	typ.Doc = "Open a file."
	typ.New = func(t *object.Thread, sub *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		f := newIO(sub, fileIOType, func(f *fileIO) *object.Attrs { return &f.attrs })
		f.fd, f.seekable, f.name = -1, -1, object.None
		return asValue(f), nil
	}
	typ.Init = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
		a, err := parseArgs("FileIO", args, kw, fileIOParams, 1, 4)
		if err != nil {
			return err
		}
		mode := "r"
		if !a[1].IsNull() {
			s, ok := a[1].AsStr()
			if !ok {
				return object.Errorf(object.TypeError, "FileIO() argument 'mode' must be str, not %s", object.ArgTypeName(a[1]))
			}
			mode = s.String()
		}
		closefd := true
		if !a[2].IsNull() {
			if closefd, err = object.Truth(t, a[2]); err != nil {
				return err
			}
		}
		return openFileIO(t, asFileIO(v), a[0], mode, closefd, a[3])
	}
	typ.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		f := asFileIO(v)
		if f.fd < 0 {
			return object.StrValue(fmt.Sprintf("<%s [closed]>", typeQualName(v.Type()))), nil
		}
		closefd := "False"
		if f.closefd {
			closefd = "True"
		}
		return layerRepr(t, v, typeQualName(v.Type()), fmt.Sprintf(" mode='%s' closefd=%s", f.mode(), closefd))
	}
	typ.AddMethods([]object.MethodDef{
		fileIOMethod("read", 0, 1, true, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			if n < 0 {
				data, err := f.readAll()
				return object.NewBytes(data), err
			}
			buf := make([]byte, n)
			got, err := f.readInto(buf)
			return object.NewBytes(buf[:got]), err
		}),
		fileIOMethod("readall", 0, 0, true, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			data, err := f.readAll()
			return object.NewBytes(data), err
		}),
		fileIOMethod("readinto", 1, 1, true, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			buf, err := writableBuffer(t, a[0])
			if err != nil {
				return object.Null, err
			}
			n, err := f.readInto(buf)
			return object.Int(int64(n)), err
		}),
		fileIOMethod("write", 1, 1, false, true, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			data, err := bytesLikeArg(a[0])
			if err != nil {
				return object.Null, err
			}
			n, err := f.write(data)
			return object.Int(int64(n)), err
		}),
		fileIOMethod("seek", 1, 2, false, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			pos, whence, err := seekArgs(t, a)
			if err != nil {
				return object.Null, err
			}
			r, err := f.seek(pos, whence)
			return object.Int(r), err
		}),
		fileIOMethod("tell", 0, 0, false, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			r, err := f.seek(0, 1)
			return object.Int(r), err
		}),
		fileIOMethod("truncate", 0, 1, false, true, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			var size int64
			if len(a) > 0 && !a[0].IsNone() {
				n, err := object.IndexInt(t, a[0])
				if err != nil {
					return object.Null, err
				}
				size = int64(n)
			} else {
				var err error
				if size, err = f.seek(0, 1); err != nil {
					return object.Null, err
				}
			}
			if err := syscall.Ftruncate(f.fd, size); err != nil {
				return object.Null, fileOSError(err, object.Null)
			}
			return object.Int(size), nil
		}),
		ioMethod("close", 0, 0, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
			return object.None, asFileIO(self).close()
		}),
		fileIOMethod("fileno", 0, 0, false, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			return object.Int(int64(f.fd)), nil
		}),
		fileIOMethod("isatty", 0, 0, false, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			return object.Bool(fdIsTerminal(f.fd)), nil
		}),
		fileIOMethod("readable", 0, 0, false, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			return object.Bool(f.readable), nil
		}),
		fileIOMethod("writable", 0, 0, false, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			return object.Bool(f.writable), nil
		}),
		fileIOMethod("seekable", 0, 0, false, false, func(t *object.Thread, f *fileIO, a []object.Value) (object.Value, error) {
			return object.Bool(f.isSeekable()), nil
		}),
	})
	typ.AddGetSets([]object.GetSetDef{
		{Name: "closed", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(asFileIO(v).fd < 0), nil
		}},
		{Name: "closefd", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(asFileIO(v).closefd), nil
		}},
		{Name: "mode", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue(asFileIO(v).mode()), nil
		}},
		{Name: "name", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			if n := asFileIO(v).name; !n.IsNull() && !n.IsNone() {
				return n, nil
			}
			return object.Null, object.NewError(object.AttributeError, "'_io.FileIO' object has no attribute 'name'")
		}, Set: func(_ *object.Thread, v, value object.Value) error {
			asFileIO(v).name = value
			return nil
		}},
		{Name: "_blksize", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			var st syscall.Stat_t
			if f := asFileIO(v); f.fd >= 0 && syscall.Fstat(f.fd, &st) == nil && st.Blksize > 1 {
				return object.Int(int64(st.Blksize)), nil
			}
			return object.Int(ioChunk), nil
		}},
		{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asFileIO(v).attrs.Dict().AsValue(), nil
		}},
	})
	typ.Ready()
}

// fdIsTerminal reports whether fd is a character device (a terminal).
func fdIsTerminal(fd int) bool {
	var st syscall.Stat_t
	return syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFCHR
}
