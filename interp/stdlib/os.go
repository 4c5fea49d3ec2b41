// os.go: the posix module, the system calls under os (lib/os.py) and
// os.path (lib/posixpath.py), through golang.org/x/sys/unix. Failures
// raise OSError subclasses chosen by errno, with the C library's messages
// and the filename where CPython gives one (osError). Child processes are
// started with Go's fork+exec (syscall.ForkExec), never with fork(): a Go
// process cannot fork safely, so fork() raises.

package stdlib

import (
	"bytes"
	"crypto/rand"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// osError converts a Go error from a system call on filename into the
// Python exception.
func osError(err error, filename string) error { return object.OSErrorFrom(err, filename) }

// pathArg converts a path argument: str, bytes or an os.PathLike.
func pathArg(t *object.Thread, fname string, v object.Value) (string, error) {
	if s, ok := v.AsStr(); ok {
		return s.String(), nil
	}
	if b, ok := object.BytesData(v); ok {
		return string(b), nil
	}
	if r, found, err := callSpecial(t, v, object.Intern("__fspath__")); found {
		if err != nil {
			return "", err
		}
		return pathArg(t, fname, r)
	}
	return "", object.Errorf(object.TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, v.Type().Name)
}

// osStat is os.stat(path, *, dir_fd=None, follow_symlinks=True) (isStat)
// or os.lstat(path, *, dir_fd=None), with CPython's argument checks: path
// is a str, bytes, os.PathLike or, for stat, an open file descriptor.
func osStat(name string, isStat bool) object.NativeFunc {
	names := []string{"path", "dir_fd", "follow_symlinks"}
	if !isStat {
		names = names[:2]
	}
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs(name, args, kw, names, 1, 1, a[:len(names)]); err != nil {
			return object.Null, err
		}
		follow := isStat
		if !a[2].IsNull() {
			var err error
			if follow, err = object.Truth(t, a[2]); err != nil {
				return object.Null, err
			}
		}
		dirFD := unix.AT_FDCWD
		if v := a[1]; !v.IsNull() && !v.IsNone() {
			if v.Type().Index == nil {
				return object.Null, object.Errorf(object.TypeError, "argument should be integer or None, not %s", v.Type().TpName())
			}
			fd, err := fdValue(t, v)
			if err != nil {
				return object.Null, err
			}
			dirFD = fd
		}
		flushOpenFiles(t) // the file system shows what files left open hold, as in CPython
		var st unix.Stat_t
		if isStat && a[0].Type().Index != nil {
			fd, err := fdValue(t, a[0])
			switch {
			case err != nil:
				return object.Null, err
			case !follow:
				return object.Null, object.Errorf(object.ValueError, "%s: cannot use fd and follow_symlinks together", name)
			case dirFD != unix.AT_FDCWD:
				return object.Null, object.Errorf(object.ValueError, "%s: can't specify dir_fd without matching path", name)
			case fd == -1:
				// CPython takes -1 for "no descriptor" and stats a NULL path.
				return object.Null, osErrorFor(t, unix.EFAULT, a[0])
			}
			if err := unix.Fstat(fd, &st); err != nil {
				return object.Null, osErrorFor(t, err, a[0])
			}
			return statResult(&st), nil
		}
		what := "string, bytes or os.PathLike"
		if isStat {
			what = "string, bytes, os.PathLike or integer"
		}
		path, err := fsPathArg(t, name, what, a[0])
		if err != nil {
			return object.Null, err
		}
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		if err := unix.Fstatat(dirFD, path, &st, flags); err != nil {
			return object.Null, osErrorFor(t, err, a[0])
		}
		return statResult(&st), nil
	}
}

// fdValue converts a file descriptor argument to an int, with CPython's
// OverflowErrors outside the range of a C int.
func fdValue(t *object.Thread, v object.Value) (int, error) {
	n, err := object.Index(t, v)
	if err != nil {
		return 0, err
	}
	if big, ok := object.AsInt64(n); !ok || big > math.MaxInt32 {
		if b, _ := object.AsBigInt(n); b.Sign() < 0 {
			return 0, object.NewError(object.OverflowError, "fd is less than minimum")
		}
		return 0, object.NewError(object.OverflowError, "fd is greater than maximum")
	} else if big < math.MinInt32 {
		return 0, object.NewError(object.OverflowError, "fd is less than minimum")
	}
	return int(n.AsInt()), nil
}

// fsPathArg converts a path (str, bytes, or os.PathLike giving one) for
// fname; what lists the accepted kinds in the TypeError. A NUL in the path
// is a ValueError, worded as CPython words it for a str and for bytes.
func fsPathArg(t *object.Thread, fname, what string, v object.Value) (string, error) {
	if _, isStr := v.AsStr(); !isStr {
		if _, isBytes := object.BytesData(v); !isBytes {
			r, found, err := callSpecial(t, v, object.Intern("__fspath__"))
			if !found {
				return "", object.Errorf(object.TypeError, "%s: path should be %s, not %s", fname, what, v.Type().TpName())
			}
			if err != nil {
				return "", err
			}
			_, isStr = r.AsStr()
			if b, isBytes := r.AsBytes(); !isStr && (!isBytes || b == nil) {
				return "", object.Errorf(object.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().TpName())
			}
			v = r
		}
	}
	if s, ok := v.AsStr(); ok {
		if strings.IndexByte(s.String(), 0) >= 0 {
			return "", object.NewError(object.ValueError, "embedded null byte")
		}
		return s.String(), nil
	}
	b, _ := object.BytesData(v)
	if bytes.IndexByte(b, 0) >= 0 {
		return "", object.Errorf(object.ValueError, "%s: embedded null character in path", fname)
	}
	return string(b), nil
}

// osErrorFor is the OSError of a failed system call on the path argument
// filename, which the exception keeps as given (str, bytes, PathLike, fd).
func osErrorFor(t *object.Thread, err error, filename object.Value) error {
	var errno unix.Errno
	if !errors.As(err, &errno) {
		return osError(err, "")
	}
	e := object.NewOSError(errno, "") // for its message
	e2, cerr := object.Call(t, object.OSError.AsValue(), []object.Value{object.Int(int64(errno)), e.Args.Items[1], filename}, nil)
	if cerr != nil {
		return cerr
	}
	exc, _ := e2.AsException()
	return exc
}

func statResult(st *unix.Stat_t) object.Value {
	ns := func(ts unix.Timespec) int64 { return ts.Nano() }
	flt := func(ts unix.Timespec) object.Value { return object.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9) }
	return object.NewStructSeq(statResultType, []object.Value{
		object.Int(int64(st.Mode)), object.IntFromUint64(st.Ino), object.IntFromUint64(st.Dev),
		object.Int(int64(st.Nlink)), object.Int(int64(st.Uid)), object.Int(int64(st.Gid)), object.Int(st.Size),
		object.Int(st.Atim.Sec), object.Int(st.Mtim.Sec), object.Int(st.Ctim.Sec),
		flt(st.Atim), flt(st.Mtim), flt(st.Ctim),
		object.Int(ns(st.Atim)), object.Int(ns(st.Mtim)), object.Int(ns(st.Ctim)),
		object.Int(int64(st.Blksize)), object.Int(st.Blocks), object.IntFromUint64(st.Rdev),
	})
}

// pathFunc makes a function of one path argument (plus optional ones the
// caller parses from rest).
func pathFunc(name string, min, max int, fn func(t *object.Thread, path string, rest []object.Value) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if object.Positional(args, kw) != len(args) {
			// Keyword arguments (dir_fd, follow_symlinks, mode...) are
			// accepted by position only.
			return object.Null, object.Errorf(object.TypeError, "%s() keyword arguments are not supported by Adder", name)
		}
		if len(args) < min || len(args) > max {
			return object.Null, object.Errorf(object.TypeError, "%s() takes from %d to %d arguments (%d given)", name, min, max, len(args))
		}
		flushOpenFiles(t) // the file system shows what files left open hold, as in CPython
		path := "."
		if len(args) > 0 {
			var err error
			if path, err = pathArg(t, name, args[0]); err != nil {
				return object.Null, err
			}
			args = args[1:]
		}
		return fn(t, path, args)
	}}
}

// intArgs converts args, which must be exactly n, to ints (see indexInts).
func intArgs(t *object.Thread, name string, args []object.Value, n int) ([]int, error) {
	if len(args) != n {
		return nil, object.Errorf(object.TypeError, "%s() takes exactly %d argument%s (%d given)", name, n, plural(n), len(args))
	}
	return indexInts(t, args...)
}

// indexInts converts each of vs to an int through __index__, in order,
// returning the first failure.
func indexInts(t *object.Thread, vs ...object.Value) ([]int, error) {
	out := make([]int, len(vs))
	for i, v := range vs {
		n, err := object.IndexInt(t, v)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func none(err error, path string) (object.Value, error) {
	if err != nil {
		return object.Null, osError(err, path)
	}
	return object.None, nil
}

func twoPaths(name string, fn func(a, b string) error) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args, kw, 2, 2); err != nil {
			return object.Null, err
		}
		a, err := pathArg(t, name, args[0])
		if err != nil {
			return object.Null, err
		}
		b, err := pathArg(t, name, args[1])
		if err != nil {
			return object.Null, err
		}
		return none(fn(a, b), a)
	}}
}

func fdFunc(name string, n int, fn func(t *object.Thread, fds []int, args []object.Value) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.NoKeywords(name, kw); err != nil {
			return object.Null, err
		}
		if len(args) < n {
			return object.Null, object.Errorf(object.TypeError, "%s() takes at least %d argument%s (%d given)", name, n, plural(n), len(args))
		}
		fds, err := intArgs(t, name, args[:n], n)
		if err != nil {
			return object.Null, err
		}
		return fn(t, fds, args[n:])
	}}
}

func bytesArg(v object.Value) ([]byte, error) {
	b, ok := object.BytesData(v)
	if !ok {
		return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

func posixMethods() []object.MethodDef {
	return []object.MethodDef{
		{Name: "stat", Fn: osStat("stat", true),
			Doc: "Perform a stat system call on the given path."},
		{Name: "lstat", Fn: osStat("lstat", false),
			Doc: "Perform a stat system call on the given path, without following symbolic links."},
		{Name: "fstat", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [1]object.Value
			if err := object.ParseArgs("fstat", args, kw, []string{"fd"}, 1, 1, a[:]); err != nil {
				return object.Null, err
			}
			fd, err := fdValue(t, a[0])
			if err != nil {
				return object.Null, err
			}
			var st unix.Stat_t
			if err := unix.Fstat(fd, &st); err != nil {
				return object.Null, osError(err, "")
			}
			return statResult(&st), nil
		}, Doc: "Perform a stat system call on the given file descriptor."},
		pathFunc("listdir", 0, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			f, err := os.Open(path)
			if err != nil {
				return object.Null, osError(err, path)
			}
			defer f.Close()
			names, err := f.Readdirnames(-1)
			if err != nil {
				return object.Null, osError(err, path)
			}
			vs := make([]object.Value, len(names))
			for i, n := range names {
				vs[i] = object.StrValue(n)
			}
			return object.NewList(vs).AsValue(), nil
		}),
		pathFunc("_scandir", 0, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			// A list of (name, d_type, inode) for os.py's DirEntry.
			f, err := os.Open(path)
			if err != nil {
				return object.Null, osError(err, path)
			}
			defer f.Close()
			ents, err := f.ReadDir(-1)
			if err != nil {
				return object.Null, osError(err, path)
			}
			vs := make([]object.Value, len(ents))
			for i, e := range ents {
				kind := "file"
				switch {
				case e.Type()&fs.ModeSymlink != 0:
					kind = "link"
				case e.IsDir():
					kind = "dir"
				case e.Type() != 0:
					kind = "other"
				}
				vs[i] = object.NewTuple(object.StrValue(e.Name()), object.StrValue(kind)).AsValue()
			}
			return object.NewList(vs).AsValue(), nil
		}),
		pathFunc("mkdir", 1, 2, func(t *object.Thread, path string, rest []object.Value) (object.Value, error) {
			mode := 0o777
			if len(rest) == 1 {
				var err error
				if mode, err = object.IndexInt(t, rest[0]); err != nil {
					return object.Null, err
				}
			}
			return none(unix.Mkdir(path, uint32(mode)), path)
		}),
		pathFunc("rmdir", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			return none(unix.Rmdir(path), path)
		}),
		pathFunc("unlink", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			return none(unix.Unlink(path), path)
		}),
		pathFunc("remove", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			return none(unix.Unlink(path), path)
		}),
		pathFunc("chdir", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			return none(unix.Chdir(path), path)
		}),
		pathFunc("readlink", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			s, err := os.Readlink(path)
			if err != nil {
				return object.Null, osError(err, path)
			}
			return object.StrValue(s), nil
		}),
		pathFunc("access", 2, 2, func(t *object.Thread, path string, rest []object.Value) (object.Value, error) {
			mode, err := object.IndexInt(t, rest[0])
			if err != nil {
				return object.Null, err
			}
			return object.Bool(unix.Access(path, uint32(mode)) == nil), nil
		}),
		pathFunc("chmod", 2, 2, func(t *object.Thread, path string, rest []object.Value) (object.Value, error) {
			mode, err := object.IndexInt(t, rest[0])
			if err != nil {
				return object.Null, err
			}
			return none(unix.Chmod(path, uint32(mode)), path)
		}),
		twoPaths("rename", unix.Rename),
		twoPaths("replace", unix.Rename),
		twoPaths("symlink", unix.Symlink),
		twoPaths("link", unix.Link),
		noArgs("getcwd", func(t *object.Thread) (object.Value, error) {
			wd, err := unix.Getwd()
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.StrValue(wd), nil
		}),
		constant0("getpid", func() object.Value { return object.Int(int64(os.Getpid())) }),
		constant0("getppid", func() object.Value { return object.Int(int64(os.Getppid())) }),
		constant0("getuid", func() object.Value { return object.Int(int64(os.Getuid())) }),
		constant0("geteuid", func() object.Value { return object.Int(int64(os.Geteuid())) }),
		constant0("getgid", func() object.Value { return object.Int(int64(os.Getgid())) }),
		constant0("getegid", func() object.Value { return object.Int(int64(os.Getegid())) }),
		constant0("cpu_count", func() object.Value { return object.Int(int64(runtime.NumCPU())) }),
		fdFunc("urandom", 1, func(t *object.Thread, n []int, _ []object.Value) (object.Value, error) {
			if n[0] < 0 {
				return object.Null, object.NewError(object.ValueError, "negative argument not allowed")
			}
			b := make([]byte, n[0])
			rand.Read(b)
			return object.NewBytes(b), nil
		}),
		fdFunc("strerror", 1, func(t *object.Thread, n []int, _ []object.Value) (object.Value, error) {
			msg := syscall.Errno(n[0]).Error()
			if msg == "" || len(msg) > 6 && msg[:6] == "errno " {
				msg = "Unknown error " + itoa(n[0])
			} else {
				msg = string(msg[0]-'a'+'A') + msg[1:]
			}
			return object.StrValue(msg), nil
		}),
		fdFunc("close", 1, func(t *object.Thread, fds []int, _ []object.Value) (object.Value, error) {
			return none(unix.Close(fds[0]), "")
		}),
		fdFunc("isatty", 1, func(t *object.Thread, fds []int, _ []object.Value) (object.Value, error) {
			_, err := unix.IoctlGetTermios(fds[0], unix.TCGETS)
			return object.Bool(err == nil), nil
		}),
		fdFunc("read", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			if a[1] < 0 {
				return object.Null, object.NewOSError(syscall.EINVAL, "")
			}
			buf := make([]byte, a[1])
			n, err := unix.Read(a[0], buf)
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.NewBytes(buf[:n]), nil
		}),
		fdFunc("write", 1, func(t *object.Thread, fds []int, rest []object.Value) (object.Value, error) {
			if len(rest) != 1 {
				return object.Null, object.Errorf(object.TypeError, "write() takes exactly 2 arguments (%d given)", len(rest)+1)
			}
			b, err := bytesArg(rest[0])
			if err != nil {
				return object.Null, err
			}
			n, werr := unix.Write(fds[0], b)
			if werr != nil {
				return object.Null, osError(werr, "")
			}
			return object.Int(int64(n)), nil
		}),
		fdFunc("lseek", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			off, err := unix.Seek(a[0], int64(a[1]), a[2])
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.Int(off), nil
		}),
		fdFunc("dup", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			fd, err := unix.Dup(a[0])
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.Int(int64(fd)), nil
		}),
		fdFunc("_exit", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			os.Exit(a[0])
			panic("BUG: os._exit returned")
		}),
		fdFunc("kill", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Kill(a[0], unix.Signal(a[1])), "")
		}),
		{Name: "open", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [3]object.Value
			if err := object.ParseArgs("open", args, kw, []string{"path", "flags", "mode"}, 2, 3, a[:]); err != nil {
				return object.Null, err
			}
			path, err := pathArg(t, "open", a[0])
			if err != nil {
				return object.Null, err
			}
			flags, err := object.IndexInt(t, a[1])
			if err != nil {
				return object.Null, err
			}
			mode := 0o777
			if !a[2].IsNull() {
				if mode, err = object.IndexInt(t, a[2]); err != nil {
					return object.Null, err
				}
			}
			fd, oerr := unix.Open(path, flags|unix.O_CLOEXEC, uint32(mode))
			if oerr != nil {
				return object.Null, osError(oerr, path)
			}
			return object.Int(int64(fd)), nil
		}},
		{Name: "putenv", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("putenv", args, kw, 2, 2); err != nil {
				return object.Null, err
			}
			k, err := pathArg(t, "putenv", args[0])
			if err != nil {
				return object.Null, err
			}
			v, err := pathArg(t, "putenv", args[1])
			if err != nil {
				return object.Null, err
			}
			if k == "" || containsByte(k, '=') {
				return object.Null, object.NewError(object.ValueError, "illegal environment variable name")
			}
			return none(os.Setenv(k, v), "")
		}},
		{Name: "unsetenv", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("unsetenv", args, kw, 1, 1); err != nil {
				return object.Null, err
			}
			k, err := pathArg(t, "unsetenv", args[0])
			if err != nil {
				return object.Null, err
			}
			if k == "" || containsByte(k, '=') {
				return object.Null, object.NewError(object.ValueError, "illegal environment variable name")
			}
			return none(os.Unsetenv(k), "")
		}},
		{Name: "fspath", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [1]object.Value
			if err := object.ParseArgs("fspath", args, kw, []string{"path"}, 1, 1, a[:]); err != nil {
				return object.Null, err
			}
			v := a[0]
			if _, ok := v.AsStr(); ok {
				return v, nil
			}
			if _, ok := v.AsBytes(); ok {
				return v, nil
			}
			r, found, err := callSpecial(t, v, object.Intern("__fspath__"))
			if !found {
				return object.Null, object.Errorf(object.TypeError, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
			}
			if err != nil {
				return object.Null, err
			}
			if _, ok := r.AsStr(); ok {
				return r, nil
			}
			if _, ok := r.AsBytes(); ok {
				return r, nil
			}
			return object.Null, object.Errorf(object.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
		}},
	}
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// noArgs makes a function that takes no arguments.
func noArgs(name string, fn func(t *object.Thread) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return fn(t)
	}}
}

// constant0 makes a function that takes no arguments and cannot fail.
func constant0(name string, f func() object.Value) object.MethodDef {
	return noArgs(name, func(*object.Thread) (object.Value, error) { return f(), nil })
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "posix",
		Doc:         "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.",
		MakeMethods: func() []object.MethodDef { return append(posixMethods(), posixMoreMethods()...) },
		Setup:       setupPosixTypes,
		Init: func(th *interp.Thread, m *interp.Module) error {
			d := m.Dict()
			env := object.NewDict()
			for _, kv := range os.Environ() {
				for i := 0; i < len(kv); i++ {
					if kv[i] == '=' {
						env.SetStr(object.NewStr(kv[:i]), object.StrValue(kv[i+1:]))
						break
					}
				}
			}
			d.SetStr(object.Intern("environ"), env.AsValue())
			for _, typ := range []*object.Type{statResultType, statvfsResultType, terminalSizeType, timesResultType,
				unameResultType, waitidResultType, schedParamType} {
				d.SetStr(object.Intern(typ.Name), typ.AsValue())
			}
			d.SetStr(object.Intern("sysconf_names"), namesDict(sysconfNames))
			d.SetStr(object.Intern("pathconf_names"), namesDict(pathconfNames))
			d.SetStr(object.Intern("confstr_names"), namesDict(confstrNames))
			for name, v := range posixConstants {
				d.SetStr(object.Intern(name), object.Int(int64(v)))
			}
			for name, v := range map[string]int{
				"F_OK": unix.F_OK, "R_OK": unix.R_OK, "W_OK": unix.W_OK, "X_OK": unix.X_OK,
				"O_RDONLY": unix.O_RDONLY, "O_WRONLY": unix.O_WRONLY, "O_RDWR": unix.O_RDWR,
				"O_APPEND": unix.O_APPEND, "O_CREAT": unix.O_CREAT, "O_EXCL": unix.O_EXCL,
				"O_TRUNC": unix.O_TRUNC, "O_NONBLOCK": unix.O_NONBLOCK, "O_CLOEXEC": unix.O_CLOEXEC,
				"O_DIRECTORY": unix.O_DIRECTORY, "O_NOFOLLOW": unix.O_NOFOLLOW, "O_SYNC": unix.O_SYNC,
				"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
				"EX_OK": 0,
			} {
				d.SetStr(object.Intern(name), object.Int(int64(v)))
			}
			return nil
		},
	})
}

// ---- Struct sequences returned by the calls below.

// The struct sequence types of posix, and resource.struct_rusage (Adder
// has no resource module yet; wait3 and wait4 return it), made by
// setupPosixTypes on the first import.
var (
	statResultType    *object.Type
	rusageType        *object.Type
	statvfsResultType *object.Type
	terminalSizeType  *object.Type
	timesResultType   *object.Type
	unameResultType   *object.Type
	waitidResultType  *object.Type
	schedParamType    *object.Type
)

func setupPosixTypes() {
	statResultType = object.NewStructSeqType(&object.StructSeqDesc{
		Name:   "stat_result",
		Module: "os",
		Doc:    "stat_result: Result from stat, fstat, or lstat.",
		Fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
			"_st_atime_int", "_st_mtime_int", "_st_ctime_int",
			"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
			"st_blksize", "st_blocks", "st_rdev"},
		NVisible: 10,
	})
	rusageType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "struct_rusage", Module: "resource", Doc: "struct_rusage: Result from getrusage.",
		Fields: []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
			"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
			"ru_nvcsw", "ru_nivcsw"},
		NVisible: 16,
	})
	statvfsResultType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "statvfs_result", Module: "os", Doc: "statvfs_result: Result from statvfs or fstatvfs.",
		Fields: []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
			"f_favail", "f_flag", "f_namemax", "f_fsid"},
		NVisible: 10,
	})
	terminalSizeType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "terminal_size", Module: "os", Doc: "A tuple of (columns, lines) for holding terminal window size",
		Fields: []string{"columns", "lines"}, NVisible: 2,
	})
	timesResultType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "times_result", Module: "posix", Doc: "times_result: Result from os.times().",
		Fields: []string{"user", "system", "children_user", "children_system", "elapsed"}, NVisible: 5,
	})
	unameResultType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "uname_result", Module: "posix", Doc: "uname_result: Result from os.uname().",
		Fields: []string{"sysname", "nodename", "release", "version", "machine"}, NVisible: 5,
	})
	waitidResultType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "waitid_result", Module: "posix", Doc: "waitid_result: Result from waitid.",
		Fields: []string{"si_pid", "si_uid", "si_signo", "si_status", "si_code"}, NVisible: 5,
	})
	schedParamType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "sched_param", Module: "posix", Doc: "Currently has only one field: sched_priority",
		Fields: []string{"sched_priority"}, NVisible: 1,
	})
	schedParamType.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("sched_param", args, kw, []string{"sched_priority"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		return object.NewStructSeq(schedParamType, a[:]), nil
	}
}

// ---- Argument helpers.

// fdOf returns v as a file descriptor: an int or an object with fileno().
func fdOf(t *object.Thread, v object.Value) (int, error) {
	if r, found, err := callSpecial(t, v, object.Intern("fileno")); found {
		if err != nil {
			return 0, err
		}
		v = r
	}
	return object.IndexInt(t, v)
}

// mapItems converts each item of the iterable v with conv, in order,
// returning the first failure.
func mapItems[T any](t *object.Thread, v object.Value, conv func(object.Value) (T, error)) ([]T, error) {
	var out []T
	err := object.ForEach(t, v, func(x object.Value) error {
		y, err := conv(x)
		if err != nil {
			return err
		}
		out = append(out, y)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// intsOf returns the ints of an iterable (setgroups, sched_setaffinity).
func intsOf(t *object.Thread, v object.Value) ([]int, error) {
	return mapItems(t, v, func(x object.Value) (int, error) { return object.IndexInt(t, x) })
}

// intResult returns n or the OSError for err.
func intResult(n int, err error) (object.Value, error) {
	if err != nil {
		return object.Null, osError(err, "")
	}
	return object.Int(int64(n)), nil
}

// intAndFlags converts the (value, flags=def) arguments a[0] and a[1] of
// eventfd, pidfd_open and getrandom.
func intAndFlags(t *object.Thread, a []object.Value, def int) (n, flags int, err error) {
	if n, err = object.IndexInt(t, a[0]); err != nil {
		return 0, 0, err
	}
	if flags, err = optionalInt(t, a[1], def); err != nil {
		return 0, 0, err
	}
	return n, flags, nil
}

// fdAndSwitch converts the (fd, on) arguments a[0] and a[1] of
// set_blocking and set_inheritable.
func fdAndSwitch(t *object.Thread, a []object.Value) (fd int, on bool, err error) {
	if fd, err = object.IndexInt(t, a[0]); err != nil {
		return 0, false, err
	}
	if on, err = object.Truth(t, a[1]); err != nil {
		return 0, false, err
	}
	return fd, on, nil
}

// userAndGroup converts the (user, group) arguments a[0] and a[1] of
// getgrouplist and initgroups.
func userAndGroup(t *object.Thread, fname string, a []object.Value) (user string, gid int, err error) {
	if user, err = pathArg(t, fname, a[0]); err != nil {
		return "", 0, err
	}
	if gid, err = object.IndexInt(t, a[1]); err != nil {
		return "", 0, err
	}
	return user, gid, nil
}

// fileFunc makes a function of one file (a descriptor or an object with
// fileno()) that returns None or raises the OSError of fn.
func fileFunc(name string, fn func(fd int) error) object.MethodDef {
	return method(name, []string{"fd"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
		fd, err := fdOf(t, a[0])
		if err != nil {
			return object.Null, err
		}
		return none(fn(fd), "")
	})
}

// fcntlBitClear makes a function of a descriptor that tells whether bit is
// clear in the flags fcntl's cmd (F_GETFL or F_GETFD) reads.
func fcntlBitClear(name string, cmd, bit int) object.MethodDef {
	return fdFunc(name, 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
		fl, err := unix.FcntlInt(uintptr(a[0]), cmd, 0)
		if err != nil {
			return object.Null, osError(err, "")
		}
		return object.Bool(fl&bit == 0), nil
	})
}

// chownFunc makes chown or lchown (path, uid, gid).
func chownFunc(name string, fn func(path string, uid, gid int) error) object.MethodDef {
	return pathFunc(name, 3, 3, func(t *object.Thread, path string, rest []object.Value) (object.Value, error) {
		ids, err := intArgs(t, name, rest, 2)
		if err != nil {
			return object.Null, err
		}
		return none(fn(path, ids[0], ids[1]), path)
	})
}

// idTriple is the (real, effective, saved) tuple of getresuid and getresgid.
func idTriple(r, e, s int) object.Value {
	return object.NewTuple(object.Int(int64(r)), object.Int(int64(e)), object.Int(int64(s))).AsValue()
}

// optionalInt returns v as an int, or def if v is Null or None.
func optionalInt(t *object.Thread, v object.Value, def int) (int, error) {
	if v.IsNull() || v.IsNone() {
		return def, nil
	}
	return object.IndexInt(t, v)
}

// strsOf returns the str (or bytes, or path-like) items of a sequence.
func strsOf(t *object.Thread, fname string, v object.Value) ([]string, error) {
	return mapItems(t, v, func(x object.Value) (string, error) { return pathArg(t, fname, x) })
}

// envOf converts an environment mapping to KEY=VALUE strings.
func envOf(t *object.Thread, fname string, env object.Value) ([]string, error) {
	keys, _, err := object.CallMethod(t, env, object.Intern("keys"))
	if err != nil {
		return nil, err
	}
	ks, err := strsOf(t, fname, keys)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(ks))
	for _, k := range ks {
		v, err := object.GetItem(t, env, object.StrValue(k))
		if err != nil {
			return nil, err
		}
		s, err := pathArg(t, fname, v)
		if err != nil {
			return nil, err
		}
		if k == "" || containsByte(k, '=') {
			return nil, object.NewError(object.ValueError, "illegal environment variable name")
		}
		out = append(out, k+"="+s)
	}
	return out, nil
}

// argvOf checks an exec/spawn argument vector as CPython does; what
// names it in messages ("execv() arg 2", "posix_spawn: argv").
func argvOf(t *object.Thread, fname, what string, v object.Value) ([]string, error) {
	if _, ok := v.AsTuple(); !ok {
		if _, ok := v.AsList(); !ok {
			return nil, object.Errorf(object.TypeError, "%s must be a tuple or list", what)
		}
	}
	argv, err := strsOf(t, fname, v)
	if err != nil {
		return nil, err
	}
	if len(argv) == 0 {
		return nil, object.Errorf(object.ValueError, "%s must not be empty", what)
	}
	if argv[0] == "" {
		return nil, object.Errorf(object.ValueError, "%s first element cannot be empty", what)
	}
	return argv, nil
}

// method builds a MethodDef whose arguments ParseArgs binds to names
// (nreq of them required).
func method(name string, names []string, nreq int, fn func(t *object.Thread, a []object.Value) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		a := make([]object.Value, len(names))
		if err := object.ParseArgs(name, args, kw, names, nreq, len(names), a); err != nil {
			return object.Null, err
		}
		return fn(t, a)
	}}
}

// ---- Wait status macros (Linux encoding).

func waitMacro(name string, fn func(unix.WaitStatus) object.Value) object.MethodDef {
	return fdFunc(name, 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
		return fn(unix.WaitStatus(a[0])), nil
	})
}

// waitResult is (pid, status) for waitpid and wait.
func waitResult(pid int, ws unix.WaitStatus, err error) (object.Value, error) {
	if err != nil {
		return object.Null, osError(err, "")
	}
	return object.NewTuple(object.Int(int64(pid)), object.Int(int64(ws))).AsValue(), nil
}

// waitRusage waits as wait4(2) for pid with options and returns (pid,
// status, rusage) for wait3 and wait4.
func waitRusage(pid, options int) (object.Value, error) {
	var ws unix.WaitStatus
	var ru unix.Rusage
	pid, err := unix.Wait4(pid, &ws, options, &ru)
	if err != nil {
		return object.Null, osError(err, "")
	}
	tv := func(v unix.Timeval) object.Value { return object.Float(float64(v.Sec) + float64(v.Usec)*1e-6) }
	r := object.NewStructSeq(rusageType, []object.Value{tv(ru.Utime), tv(ru.Stime), object.Int(ru.Maxrss),
		object.Int(ru.Ixrss), object.Int(ru.Idrss), object.Int(ru.Isrss), object.Int(ru.Minflt),
		object.Int(ru.Majflt), object.Int(ru.Nswap), object.Int(ru.Inblock), object.Int(ru.Oublock),
		object.Int(ru.Msgsnd), object.Int(ru.Msgrcv), object.Int(ru.Nsignals), object.Int(ru.Nvcsw),
		object.Int(ru.Nivcsw)})
	return object.NewTuple(object.Int(int64(pid)), object.Int(int64(ws)), r).AsValue(), nil
}

// ---- Configuration names: the subset of CPython's tables whose values
// Adder can compute; numbers are glibc's _SC_*, _PC_* and _CS_* values.

var sysconfNames = map[string]int{
	"SC_ARG_MAX": 0, "SC_CHILD_MAX": 1, "SC_CLK_TCK": 2, "SC_NGROUPS_MAX": 3, "SC_OPEN_MAX": 4,
	"SC_PAGESIZE": 30, "SC_PAGE_SIZE": 30, "SC_LINE_MAX": 43, "SC_IOV_MAX": 60, "SC_LOGIN_NAME_MAX": 71,
	"SC_TTY_NAME_MAX": 72, "SC_NPROCESSORS_CONF": 83, "SC_NPROCESSORS_ONLN": 84, "SC_PHYS_PAGES": 85,
	"SC_AVPHYS_PAGES": 86,
}

var pathconfNames = map[string]int{
	"PC_LINK_MAX": 0, "PC_MAX_CANON": 1, "PC_MAX_INPUT": 2, "PC_NAME_MAX": 3, "PC_PATH_MAX": 4,
	"PC_PIPE_BUF": 5, "PC_CHOWN_RESTRICTED": 6, "PC_NO_TRUNC": 7, "PC_VDISABLE": 8, "PC_FILESIZEBITS": 13,
}

var confstrNames = map[string]int{"CS_PATH": 0}

// confName resolves a configuration name (str in table, or int).
func confName(t *object.Thread, v object.Value, table map[string]int) (int, error) {
	if s, ok := v.AsStr(); ok {
		if n, ok := table[s.String()]; ok {
			return n, nil
		}
		return 0, object.NewError(object.ValueError, "unrecognized configuration name")
	}
	if !v.Type().IsSubtype(object.IntType) {
		return 0, object.NewError(object.TypeError, "configuration names must be strings or integers")
	}
	return object.IndexInt(t, v)
}

func namesDict(table map[string]int) object.Value {
	d := object.NewDict()
	for k, v := range table {
		d.SetStr(object.NewStr(k), object.Int(int64(v)))
	}
	return d.AsValue()
}

// cpuCount parses a /sys/devices/system/cpu list ("0-3,6").
func cpuCount(list string) int {
	n := 0
	for _, part := range strings.Split(strings.TrimSpace(list), ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, err1 := strconv.Atoi(lo)
		if err1 != nil {
			continue
		}
		b := a
		if isRange {
			if b, err1 = strconv.Atoi(hi); err1 != nil {
				continue
			}
		}
		n += b - a + 1
	}
	return n
}

func sysconf(name int) (int64, error) {
	rlim := func(res int) int64 {
		var r unix.Rlimit
		if unix.Getrlimit(res, &r) != nil || r.Cur == unix.RLIM_INFINITY {
			return -1
		}
		return int64(r.Cur)
	}
	var si unix.Sysinfo_t
	switch name {
	case 0: // ARG_MAX: a quarter of the stack limit, at least 128 KiB
		if s := rlim(unix.RLIMIT_STACK); s >= 0 {
			return max(s/4, 131072), nil
		}
		return 131072, nil
	case 1:
		return rlim(unix.RLIMIT_NPROC), nil
	case 2:
		return 100, nil // USER_HZ, fixed on Linux
	case 3:
		return 65536, nil
	case 4:
		return rlim(unix.RLIMIT_NOFILE), nil
	case 30:
		return int64(os.Getpagesize()), nil
	case 43:
		return 2048, nil
	case 60:
		return 1024, nil
	case 71:
		return 256, nil
	case 72:
		return 32, nil
	case 83:
		ents, err := os.ReadDir("/sys/devices/system/cpu")
		if err != nil {
			return int64(runtime.NumCPU()), nil
		}
		n := 0
		for _, e := range ents {
			if rest, ok := strings.CutPrefix(e.Name(), "cpu"); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
				n++
			}
		}
		return int64(n), nil
	case 84:
		b, err := os.ReadFile("/sys/devices/system/cpu/online")
		if err != nil {
			return int64(runtime.NumCPU()), nil
		}
		return int64(cpuCount(string(b))), nil
	case 85, 86:
		if err := unix.Sysinfo(&si); err != nil {
			return 0, err
		}
		ram := si.Totalram
		if name == 86 {
			ram = si.Freeram
		}
		return int64(ram) * int64(si.Unit) / int64(os.Getpagesize()), nil
	}
	return 0, syscall.EINVAL
}

// pathconfFunc makes fpathconf (fd, name) or, byPath, pathconf (path,
// name): the value of a configuration name for the file system holding
// the file.
func pathconfFunc(fname string, byPath bool) object.MethodDef {
	first := "fd"
	if byPath {
		first = "path"
	}
	return method(fname, []string{first, "name"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
		var fd int
		var path string
		var err error
		if byPath {
			path, err = pathArg(t, fname, a[0])
		} else {
			fd, err = fdOf(t, a[0])
		}
		if err != nil {
			return object.Null, err
		}
		n, err := confName(t, a[1], pathconfNames)
		if err != nil {
			return object.Null, err
		}
		var st unix.Statfs_t
		if byPath {
			err = unix.Statfs(path, &st)
		} else {
			err = unix.Fstatfs(fd, &st)
		}
		if err != nil {
			return object.Null, osError(err, path)
		}
		v, err := pathconf(n, st.Namelen)
		if err != nil {
			return object.Null, osError(err, path)
		}
		return object.Int(v), nil
	})
}

func pathconf(name int, namemax int64) (int64, error) {
	switch name {
	case 0:
		return 65000, nil
	case 1, 2:
		return 255, nil
	case 3:
		return namemax, nil
	case 4, 5:
		return 4096, nil
	case 6, 7:
		return 1, nil
	case 8:
		return 0, nil
	case 13:
		return 64, nil
	}
	return 0, syscall.EINVAL
}

// ---- Process helpers.

// flushForExec flushes Python's buffered standard streams before the
// process image is replaced or a child writes to the same descriptors.
func flushForExec(t *object.Thread) {
	flushOpenFiles(t)
	t.State.(*interp.Thread).FlushStdout()
}

// spawn starts path with argv and env through Go's fork+exec (safe in a
// Go process, unlike fork()), applying posix_spawn file actions.
func spawn(t *object.Thread, fname, path string, argv, env []string, actions object.Value, setpgroup object.Value, setsid bool) (object.Value, error) {
	files := []uintptr{0, 1, 2}
	var toClose []int
	defer func() {
		for _, fd := range toClose {
			unix.Close(fd)
		}
	}()
	setFile := func(child int, parent uintptr) {
		for len(files) <= child {
			i := len(files)
			// Keep inherited descriptors as they are; close-on-exec ones stay closed.
			if flags, err := unix.FcntlInt(uintptr(i), unix.F_GETFD, 0); err == nil && flags&unix.FD_CLOEXEC == 0 {
				files = append(files, uintptr(i))
			} else {
				files = append(files, ^uintptr(0))
			}
		}
		files[child] = parent
	}
	if !actions.IsNull() && !actions.IsNone() {
		it, err := object.Iter(t, actions)
		if err != nil {
			return object.Null, err
		}
		for {
			a, err := object.Next(t, it)
			if err != nil {
				return object.Null, err
			}
			if a.IsNull() {
				break
			}
			tup, ok := a.AsTuple()
			if !ok || len(tup.Items) == 0 {
				return object.Null, object.NewError(object.TypeError, "Each file_actions element must be a non-empty tuple")
			}
			items := tup.Items
			tag, err := object.IndexInt(t, items[0])
			if err != nil {
				return object.Null, err
			}
			switch {
			case tag == 0 && len(items) == 5: // POSIX_SPAWN_OPEN, fd, path, flags, mode
				fd, err := object.IndexInt(t, items[1])
				if err != nil {
					return object.Null, err
				}
				p, err := pathArg(t, fname, items[2])
				if err != nil {
					return object.Null, err
				}
				flags, err := object.IndexInt(t, items[3])
				if err != nil {
					return object.Null, err
				}
				mode, err := object.IndexInt(t, items[4])
				if err != nil {
					return object.Null, err
				}
				pfd, oerr := unix.Open(p, flags|unix.O_CLOEXEC, uint32(mode))
				if oerr != nil {
					return object.Null, osError(oerr, p)
				}
				toClose = append(toClose, pfd)
				setFile(fd, uintptr(pfd))
			case tag == 1 && len(items) == 2: // POSIX_SPAWN_CLOSE, fd
				fd, err := object.IndexInt(t, items[1])
				if err != nil {
					return object.Null, err
				}
				setFile(fd, ^uintptr(0))
			case tag == 2 && len(items) == 3: // POSIX_SPAWN_DUP2, fd, new_fd
				fd, err := object.IndexInt(t, items[1])
				if err != nil {
					return object.Null, err
				}
				nfd, err := object.IndexInt(t, items[2])
				if err != nil {
					return object.Null, err
				}
				setFile(nfd, uintptr(fd))
			default:
				return object.Null, object.NewError(object.TypeError, "Unknown file_actions identifier")
			}
		}
	}
	sys := &syscall.SysProcAttr{Setsid: setsid}
	if !setpgroup.IsNull() && !setpgroup.IsNone() {
		pg, err := object.IndexInt(t, setpgroup)
		if err != nil {
			return object.Null, err
		}
		sys.Setpgid, sys.Pgid = true, pg
	}
	flushForExec(t)
	pid, err := syscall.ForkExec(path, argv, &syscall.ProcAttr{Env: env, Files: files, Sys: sys})
	if err != nil {
		return object.Null, osError(err, "")
	}
	return object.Int(int64(pid)), nil
}

// lookPath finds file on PATH as posix_spawnp and execvp do.
func lookPath(file string, env []string) string {
	if containsByte(file, '/') {
		return file
	}
	path := "/bin:/usr/bin"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path = v
		}
	}
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, file)
		if unix.Access(p, unix.X_OK) == nil {
			return p
		}
	}
	return file
}

func posixSpawn(name string, search bool) object.MethodDef {
	return method(name, []string{"path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid",
		"setsigmask", "setsigdef", "scheduler"}, 3, func(t *object.Thread, a []object.Value) (object.Value, error) {
		path, err := pathArg(t, name, a[0])
		if err != nil {
			return object.Null, err
		}
		argv, err := argvOf(t, name, name+": argv", a[1])
		if err != nil {
			return object.Null, err
		}
		env, err := envOf(t, name, a[2])
		if err != nil {
			return object.Null, err
		}
		for i, opt := range []string{"resetids", "setsigmask", "setsigdef", "scheduler"} {
			v := a[[]int{5, 7, 8, 9}[i]]
			if v.IsNull() || v.IsNone() {
				continue
			}
			if set, err := object.Truth(t, v); err != nil || set {
				return object.Null, object.Errorf(object.NotImplementedError, "%s(): %s is not supported by Adder", name, opt)
			}
		}
		setsid := false
		if !a[6].IsNull() {
			if setsid, err = object.Truth(t, a[6]); err != nil {
				return object.Null, err
			}
		}
		if search {
			path = lookPath(path, env)
		}
		return spawn(t, name, path, argv, env, a[3], a[4], setsid)
	})
}

func execFunc(name string, withEnv bool) object.MethodDef {
	names := []string{"path", "argv"}
	if withEnv {
		names = append(names, "env")
	}
	return method(name, names, len(names), func(t *object.Thread, a []object.Value) (object.Value, error) {
		path, err := pathArg(t, name, a[0])
		if err != nil {
			return object.Null, err
		}
		argv, err := argvOf(t, name, name+"() arg 2", a[1])
		if err != nil {
			return object.Null, err
		}
		env := os.Environ()
		if withEnv {
			if env, err = envOf(t, name, a[2]); err != nil {
				return object.Null, err
			}
		}
		flushForExec(t)
		return object.Null, osError(unix.Exec(path, argv, env), "")
	})
}

// errForkUnsupported explains why fork and forkpty fail.
func errForkUnsupported(name string) error {
	return object.Errorf(object.OSError, "%s() is not supported by Adder: a Go process cannot fork safely (its other threads would be lost); use subprocess or posix_spawn", name)
}

// ---- Terminals.

// openpty opens a pseudo-terminal pair through /dev/ptmx.
func openpty() (master, slave int, err error) {
	master, err = unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return -1, -1, err
	}
	if err = unix.IoctlSetPointerInt(master, unix.TIOCSPTLCK, 0); err == nil {
		var n int
		if n, err = unix.IoctlGetInt(master, unix.TIOCGPTN); err == nil {
			slave, err = unix.Open("/dev/pts/"+strconv.Itoa(n), unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
			if err == nil {
				return master, slave, nil
			}
		}
	}
	unix.Close(master)
	return -1, -1, err
}

// ---- Users and groups, from /etc/passwd and /etc/group.

// groupsOf returns the groups that list user as a member.
func groupsOf(user string) []int {
	b, err := os.ReadFile("/etc/group")
	if err != nil {
		return nil
	}
	var out []int
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, ":")
		if len(f) < 4 {
			continue
		}
		for _, m := range strings.Split(f[3], ",") {
			if m == user {
				if gid, err := strconv.Atoi(f[2]); err == nil {
					out = append(out, gid)
				}
				break
			}
		}
	}
	return out
}

// userName returns the /etc/passwd name of uid.
func userName(uid int) (string, bool) {
	b, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return "", false
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, ":")
		if len(f) > 2 && f[2] == strconv.Itoa(uid) {
			return f[0], true
		}
	}
	return "", false
}

// ---- Scheduling (raw system calls x/sys/unix does not wrap).

func schedCall(trap uintptr, a1, a2, a3 uintptr) (int, error) {
	r, _, e := unix.Syscall(trap, a1, a2, a3)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// schedQuery makes a function of one int argument that returns the result
// of the scheduling system call trap on it.
func schedQuery(name string, trap uintptr) object.MethodDef {
	return fdFunc(name, 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
		return intResult(schedCall(trap, uintptr(a[0]), 0, 0))
	})
}

// schedParamArg returns the priority of the sched_param that must be the
// only argument in rest, the last of nargs arguments of fname.
func schedParamArg(t *object.Thread, fname string, nargs int, rest []object.Value) (int32, error) {
	if len(rest) != 1 {
		return 0, object.Errorf(object.TypeError, "%s() takes exactly %d arguments", fname, nargs)
	}
	v := rest[0]
	if !v.Type().IsSubtype(schedParamType) {
		return 0, object.Errorf(object.TypeError, "%s() must have a sched_param object", fname)
	}
	p, err := object.GetAttr(t, v, object.Intern("sched_priority"))
	if err != nil {
		return 0, err
	}
	n, err := object.IndexInt(t, p)
	return int32(n), err
}

// ---- Scatter/gather I/O.

// vectoredIO makes readv, writev (fd, buffers) or, when positioned,
// preadv, pwritev (fd, buffers, offset, flags=0); io gets offset 0 and
// flags 0 when not positioned.
func vectoredIO(name string, positioned bool, io func(fd int, bufs [][]byte, off int64, flags int) (int, error)) object.MethodDef {
	names, nreq := []string{"fd", "buffers"}, 2
	if positioned {
		names, nreq = append(names, "offset", "flags"), 3
	}
	return method(name, names, nreq, func(t *object.Thread, a []object.Value) (object.Value, error) {
		fd, err := object.IndexInt(t, a[0])
		if err != nil {
			return object.Null, err
		}
		bufs, err := buffersOf(t, a[1])
		if err != nil {
			return object.Null, err
		}
		off, flags := 0, 0
		if positioned {
			if off, err = object.IndexInt(t, a[2]); err != nil {
				return object.Null, err
			}
			if flags, err = optionalInt(t, a[3], 0); err != nil {
				return object.Null, err
			}
		}
		return intResult(io(fd, bufs, int64(off), flags))
	})
}

// rangeCopy makes copy_file_range (src, dst, count, offset_src=None,
// offset_dst=None) or, withFlags, splice (the same and flags=0); a None
// offset is nil and copy_file_range passes flags 0.
func rangeCopy(name string, withFlags bool, copyFn func(src int, offSrc *int64, dst int, offDst *int64, count, flags int) (int, error)) object.MethodDef {
	names := []string{"src", "dst", "count", "offset_src", "offset_dst"}
	if withFlags {
		names = append(names, "flags")
	}
	return method(name, names, 3, func(t *object.Thread, a []object.Value) (object.Value, error) {
		fds, err := indexInts(t, a[:3]...)
		if err != nil {
			return object.Null, err
		}
		offSrc, err := offsetPtr(t, a[3])
		if err != nil {
			return object.Null, err
		}
		offDst, err := offsetPtr(t, a[4])
		if err != nil {
			return object.Null, err
		}
		flags := 0
		if withFlags {
			if flags, err = optionalInt(t, a[5], 0); err != nil {
				return object.Null, err
			}
		}
		return intResult(copyFn(fds[0], offSrc, fds[1], offDst, fds[2], flags))
	})
}

// buffersOf returns the bytes-like items of an iterable (readv, writev).
func buffersOf(t *object.Thread, v object.Value) ([][]byte, error) {
	return mapItems(t, v, bytesArg)
}

// offsetPtr returns &off for an optional offset argument, nil for None.
func offsetPtr(t *object.Thread, v object.Value) (*int64, error) {
	if v.IsNull() || v.IsNone() {
		return nil, nil
	}
	n, err := object.IndexInt(t, v)
	if err != nil {
		return nil, err
	}
	off := int64(n)
	return &off, nil
}

// pathAndAttribute converts the (path, attribute) arguments a[0] and a[1]
// of the xattr functions.
func pathAndAttribute(t *object.Thread, fname string, a []object.Value) (path, attr string, err error) {
	if path, err = pathArg(t, fname, a[0]); err != nil {
		return "", "", err
	}
	if attr, err = pathArg(t, "xattr", a[1]); err != nil {
		return "", "", err
	}
	return path, attr, nil
}

func posixMoreMethods() []object.MethodDef {
	return []object.MethodDef{
		// Process identity and credentials.
		constant0("getpgrp", func() object.Value { return object.Int(int64(unix.Getpgrp())) }),
		fdFunc("getpgid", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return intResult(unix.Getpgid(a[0]))
		}),
		fdFunc("getsid", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return intResult(unix.Getsid(a[0]))
		}),
		noArgs("setsid", func(t *object.Thread) (object.Value, error) {
			_, err := unix.Setsid()
			return none(err, "")
		}),
		fdFunc("setpgid", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setpgid(a[0], a[1]), "")
		}),
		noArgs("setpgrp", func(t *object.Thread) (object.Value, error) {
			return none(unix.Setpgid(0, 0), "")
		}),
		fdFunc("setuid", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setuid(a[0]), "")
		}),
		fdFunc("setgid", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setgid(a[0]), "")
		}),
		fdFunc("seteuid", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setresuid(-1, a[0], -1), "")
		}),
		fdFunc("setegid", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setresgid(-1, a[0], -1), "")
		}),
		fdFunc("setreuid", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setreuid(a[0], a[1]), "")
		}),
		fdFunc("setregid", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setregid(a[0], a[1]), "")
		}),
		fdFunc("setresuid", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setresuid(a[0], a[1], a[2]), "")
		}),
		fdFunc("setresgid", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setresgid(a[0], a[1], a[2]), "")
		}),
		constant0("getresuid", func() object.Value { return idTriple(unix.Getresuid()) }),
		constant0("getresgid", func() object.Value { return idTriple(unix.Getresgid()) }),
		noArgs("getgroups", func(t *object.Thread) (object.Value, error) {
			gs, err := unix.Getgroups()
			if err != nil {
				return object.Null, osError(err, "")
			}
			vs := make([]object.Value, len(gs))
			for i, g := range gs {
				vs[i] = object.Int(int64(g))
			}
			return object.NewList(vs).AsValue(), nil
		}),
		method("setgroups", []string{"groups"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			gs, err := intsOf(t, a[0])
			if err != nil {
				return object.Null, err
			}
			return none(unix.Setgroups(gs), "")
		}),
		method("getgrouplist", []string{"user", "group"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			user, g, err := userAndGroup(t, "getgrouplist", a)
			if err != nil {
				return object.Null, err
			}
			vs := []object.Value{object.Int(int64(g))}
			for _, gid := range groupsOf(user) {
				if gid != g {
					vs = append(vs, object.Int(int64(gid)))
				}
			}
			return object.NewList(vs).AsValue(), nil
		}),
		method("initgroups", []string{"username", "gid"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			user, g, err := userAndGroup(t, "initgroups", a)
			if err != nil {
				return object.Null, err
			}
			return none(unix.Setgroups(append([]int{g}, groupsOf(user)...)), "")
		}),
		noArgs("getlogin", func(t *object.Thread) (object.Value, error) {
			// As glibc: the audit login uid, unset (-1) outside a login session.
			b, err := os.ReadFile("/proc/self/loginuid")
			if err == nil {
				if uid, perr := strconv.Atoi(strings.TrimSpace(string(b))); perr == nil && uint32(uid) != ^uint32(0) {
					if name, ok := userName(uid); ok {
						return object.StrValue(name), nil
					}
				}
			}
			return object.Null, object.NewOSError(syscall.ENXIO, "")
		}),
		fdFunc("getpriority", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			p, err := unix.Getpriority(a[0], a[1])
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.Int(int64(20 - p)), nil // the kernel returns 20 - nice
		}),
		fdFunc("setpriority", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Setpriority(a[0], a[1], a[2]), "")
		}),
		fdFunc("nice", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			p, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
			if err != nil {
				return object.Null, osError(err, "")
			}
			n := max(-20, min(19, 20-p+a[0]))
			if err := unix.Setpriority(unix.PRIO_PROCESS, 0, n); err != nil {
				return object.Null, osError(err, "")
			}
			return object.Int(int64(n)), nil
		}),
		fdFunc("killpg", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Kill(-a[0], unix.Signal(a[1])), "")
		}),
		fdFunc("umask", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return object.Int(int64(unix.Umask(a[0]))), nil
		}),
		noArgs("abort", func(t *object.Thread) (object.Value, error) {
			// Restore the default action in the kernel (Go's runtime handles
			// SIGABRT itself), then die of the signal as C's abort() does.
			var sa [4]uint64 // handler SIG_DFL, flags, restorer, mask
			unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(unix.SIGABRT), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
			unix.Tgkill(unix.Getpid(), unix.Gettid(), unix.SIGABRT)
			os.Exit(134)
			panic("BUG: os.abort returned")
		}),
		{Name: "fork", Fn: func(*object.Thread, []object.Value, *object.Tuple) (object.Value, error) {
			return object.Null, errForkUnsupported("fork")
		}},
		{Name: "forkpty", Fn: func(*object.Thread, []object.Value, *object.Tuple) (object.Value, error) {
			return object.Null, errForkUnsupported("forkpty")
		}},
		method("register_at_fork", []string{"before", "after_in_child", "after_in_parent"}, 0, func(t *object.Thread, a []object.Value) (object.Value, error) {
			// fork() never succeeds in Adder, so the hooks are checked and never called.
			given := false
			for i, v := range a {
				if v.IsNull() {
					continue
				}
				given = true
				if v.Type().Call == nil {
					return object.Null, object.Errorf(object.TypeError, "'%s' must be callable, not %s",
						[]string{"before", "after_in_child", "after_in_parent"}[i], v.Type().Name)
				}
			}
			if !given {
				return object.Null, object.NewError(object.TypeError, "At least one argument is required.")
			}
			return object.None, nil
		}),
		// Programs and processes.
		execFunc("execv", false),
		execFunc("execve", true),
		posixSpawn("posix_spawn", false),
		posixSpawn("posix_spawnp", true),
		method("system", []string{"command"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			cmd, err := pathArg(t, "system", a[0])
			if err != nil {
				return object.Null, err
			}
			flushForExec(t)
			pid, ferr := syscall.ForkExec("/bin/sh", []string{"sh", "-c", cmd}, &syscall.ProcAttr{Env: os.Environ(), Files: []uintptr{0, 1, 2}})
			if ferr != nil {
				return object.Int(-1), nil
			}
			var ws unix.WaitStatus
			for {
				_, werr := unix.Wait4(pid, &ws, 0, nil)
				if werr != unix.EINTR {
					break
				}
			}
			return object.Int(int64(ws)), nil
		}),
		fdFunc("waitpid", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			var ws unix.WaitStatus
			pid, err := unix.Wait4(a[0], &ws, a[1], nil)
			return waitResult(pid, ws, err)
		}),
		noArgs("wait", func(t *object.Thread) (object.Value, error) {
			var ws unix.WaitStatus
			pid, err := unix.Wait4(-1, &ws, 0, nil)
			return waitResult(pid, ws, err)
		}),
		fdFunc("wait3", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return waitRusage(-1, a[0])
		}),
		fdFunc("wait4", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return waitRusage(a[0], a[1])
		}),
		fdFunc("waitid", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			var info unix.Siginfo
			if err := unix.Waitid(a[0], a[1], &info, a[2], nil); err != nil {
				return object.Null, osError(err, "")
			}
			// siginfo_t for SIGCHLD: pid at byte 16, uid at 20, status at 24.
			raw := (*[128]byte)(unsafe.Pointer(&info))
			i32 := func(off int) int64 { return int64(*(*int32)(unsafe.Pointer(&raw[off]))) }
			if i32(16) == 0 {
				return object.None, nil // WNOHANG and no child changed state
			}
			return object.NewStructSeq(waitidResultType, []object.Value{object.Int(i32(16)), object.Int(i32(20)),
				object.Int(int64(info.Signo)), object.Int(i32(24)), object.Int(int64(info.Code))}), nil
		}),
		method("waitstatus_to_exitcode", []string{"status"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			n, err := object.IndexInt(t, a[0])
			if err != nil {
				return object.Null, err
			}
			ws := unix.WaitStatus(n)
			switch {
			case ws.Exited():
				return object.Int(int64(ws.ExitStatus())), nil
			case ws.Signaled():
				return object.Int(-int64(ws.Signal())), nil
			}
			return object.Null, object.Errorf(object.ValueError, "invalid wait status: %d", n)
		}),
		waitMacro("WIFEXITED", func(ws unix.WaitStatus) object.Value { return object.Bool(ws.Exited()) }),
		waitMacro("WEXITSTATUS", func(ws unix.WaitStatus) object.Value { return object.Int(int64(ws>>8) & 0xff) }),
		waitMacro("WIFSIGNALED", func(ws unix.WaitStatus) object.Value { return object.Bool(ws.Signaled()) }),
		waitMacro("WTERMSIG", func(ws unix.WaitStatus) object.Value { return object.Int(int64(ws) & 0x7f) }),
		waitMacro("WIFSTOPPED", func(ws unix.WaitStatus) object.Value { return object.Bool(ws&0xff == 0x7f) }),
		waitMacro("WSTOPSIG", func(ws unix.WaitStatus) object.Value { return object.Int(int64(ws>>8) & 0xff) }),
		waitMacro("WIFCONTINUED", func(ws unix.WaitStatus) object.Value { return object.Bool(ws == 0xffff) }),
		waitMacro("WCOREDUMP", func(ws unix.WaitStatus) object.Value { return object.Bool(ws.CoreDump()) }),
		constant0("times", func() object.Value {
			var tms unix.Tms
			ticks, _ := unix.Times(&tms)
			c := func(n int64) object.Value { return object.Float(float64(n) / 100) }
			return object.NewStructSeq(timesResultType, []object.Value{c(tms.Utime), c(tms.Stime), c(tms.Cutime), c(tms.Cstime), c(int64(ticks))})
		}),
		noArgs("uname", func(t *object.Thread) (object.Value, error) {
			var u unix.Utsname
			if err := unix.Uname(&u); err != nil {
				return object.Null, osError(err, "")
			}
			s := func(b []byte) object.Value { return object.StrValue(unix.ByteSliceToString(b)) }
			return object.NewStructSeq(unameResultType, []object.Value{s(u.Sysname[:]), s(u.Nodename[:]), s(u.Release[:]), s(u.Version[:]), s(u.Machine[:])}), nil
		}),
		noArgs("getloadavg", func(t *object.Thread) (object.Value, error) {
			b, err := os.ReadFile("/proc/loadavg")
			f := strings.Fields(string(b))
			if err != nil || len(f) < 3 {
				return object.Null, object.NewError(object.OSError, "Load averages are unobtainable")
			}
			var vs [3]object.Value
			for i := range vs {
				x, perr := strconv.ParseFloat(f[i], 64)
				if perr != nil {
					return object.Null, object.NewError(object.OSError, "Load averages are unobtainable")
				}
				vs[i] = object.Float(x)
			}
			return object.NewTuple(vs[:]...).AsValue(), nil
		}),
		method("sysconf", []string{"name"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			n, err := confName(t, a[0], sysconfNames)
			if err != nil {
				return object.Null, err
			}
			v, serr := sysconf(n)
			if serr != nil {
				return object.Null, osError(serr, "")
			}
			return object.Int(v), nil
		}),
		pathconfFunc("fpathconf", false),
		pathconfFunc("pathconf", true),
		method("confstr", []string{"name"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			n, err := confName(t, a[0], confstrNames)
			if err != nil {
				return object.Null, err
			}
			if n == 0 {
				return object.StrValue("/bin:/usr/bin"), nil
			}
			return object.Null, object.NewOSError(syscall.EINVAL, "")
		}),
		// Files and directories by path.
		chownFunc("chown", unix.Chown),
		chownFunc("lchown", unix.Lchown),
		pathFunc("chroot", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			return none(unix.Chroot(path), path)
		}),
		pathFunc("truncate", 2, 2, func(t *object.Thread, path string, rest []object.Value) (object.Value, error) {
			n, err := object.IndexInt(t, rest[0])
			if err != nil {
				return object.Null, err
			}
			return none(unix.Truncate(path, int64(n)), path)
		}),
		pathFunc("mkfifo", 1, 2, func(t *object.Thread, path string, rest []object.Value) (object.Value, error) {
			mode := 0o666
			if len(rest) == 1 {
				var err error
				if mode, err = object.IndexInt(t, rest[0]); err != nil {
					return object.Null, err
				}
			}
			return none(unix.Mkfifo(path, uint32(mode)), "") // CPython names no file here
		}),
		pathFunc("mknod", 1, 3, func(t *object.Thread, path string, rest []object.Value) (object.Value, error) {
			mode, dev := 0o600, 0
			var err error
			if len(rest) > 0 {
				if mode, err = object.IndexInt(t, rest[0]); err != nil {
					return object.Null, err
				}
			}
			if len(rest) > 1 {
				if dev, err = object.IndexInt(t, rest[1]); err != nil {
					return object.Null, err
				}
			}
			return none(unix.Mknod(path, uint32(mode), dev), "") // CPython names no file here
		}),
		method("utime", []string{"path", "times", "ns"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			path, err := pathArg(t, "utime", a[0])
			if err != nil {
				return object.Null, err
			}
			now := unix.Timespec{Nsec: unix.UTIME_NOW}
			ts := []unix.Timespec{now, now}
			hasTimes := !a[1].IsNull() && !a[1].IsNone()
			if hasTimes && !a[2].IsNull() {
				return object.Null, object.NewError(object.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
			}
			pair := func(v object.Value, what string) ([]object.Value, error) {
				tup, ok := v.AsTuple()
				if !ok || len(tup.Items) != 2 {
					return nil, object.Errorf(object.TypeError, "utime: '%s' must be a tuple of two ints", what)
				}
				return tup.Items, nil
			}
			switch {
			case hasTimes:
				items, err := pair(a[1], "times")
				if err != nil {
					return object.Null, err
				}
				for i, v := range items {
					f, err := object.ToFloat(t, v)
					if err != nil {
						return object.Null, err
					}
					sec := math.Floor(f)
					ts[i] = unix.Timespec{Sec: int64(sec), Nsec: int64((f - sec) * 1e9)}
				}
			case !a[2].IsNull():
				items, err := pair(a[2], "ns")
				if err != nil {
					return object.Null, err
				}
				for i, v := range items {
					n, err := object.IndexInt(t, v)
					if err != nil {
						return object.Null, err
					}
					ts[i] = unix.NsecToTimespec(int64(n))
				}
			}
			return none(unix.UtimesNanoAt(unix.AT_FDCWD, path, ts, 0), "") // CPython names no file here
		}),
		pathFunc("statvfs", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
			var st unix.Statfs_t
			return statvfsResult(&st, unix.Statfs(path, &st), path)
		}),
		fdFunc("fstatvfs", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			var st unix.Statfs_t
			return statvfsResult(&st, unix.Fstatfs(a[0], &st), "")
		}),
		constant0("sync", func() object.Value { unix.Sync(); return object.None }),
		// Extended attributes.
		method("getxattr", []string{"path", "attribute"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			path, name, err := pathAndAttribute(t, "getxattr", a)
			if err != nil {
				return object.Null, err
			}
			n, gerr := unix.Getxattr(path, name, nil)
			if gerr != nil {
				return object.Null, osError(gerr, path)
			}
			buf := make([]byte, n)
			n, gerr = unix.Getxattr(path, name, buf)
			if gerr != nil {
				return object.Null, osError(gerr, path)
			}
			return object.NewBytes(buf[:n]), nil
		}),
		method("setxattr", []string{"path", "attribute", "value", "flags"}, 3, func(t *object.Thread, a []object.Value) (object.Value, error) {
			path, name, err := pathAndAttribute(t, "setxattr", a)
			if err != nil {
				return object.Null, err
			}
			val, err := bytesArg(a[2])
			if err != nil {
				return object.Null, err
			}
			flags, err := optionalInt(t, a[3], 0)
			if err != nil {
				return object.Null, err
			}
			return none(unix.Setxattr(path, name, val, flags), path)
		}),
		method("removexattr", []string{"path", "attribute"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			path, name, err := pathAndAttribute(t, "removexattr", a)
			if err != nil {
				return object.Null, err
			}
			return none(unix.Removexattr(path, name), path)
		}),
		method("listxattr", []string{"path"}, 0, func(t *object.Thread, a []object.Value) (object.Value, error) {
			path := "."
			if !a[0].IsNull() && !a[0].IsNone() {
				var err error
				if path, err = pathArg(t, "listxattr", a[0]); err != nil {
					return object.Null, err
				}
			}
			n, err := unix.Listxattr(path, nil)
			if err != nil {
				return object.Null, osError(err, path)
			}
			buf := make([]byte, n)
			if n, err = unix.Listxattr(path, buf); err != nil {
				return object.Null, osError(err, path)
			}
			var vs []object.Value
			for _, s := range strings.Split(string(buf[:n]), "\x00") {
				if s != "" {
					vs = append(vs, object.StrValue(s))
				}
			}
			return object.NewList(vs).AsValue(), nil
		}),
		// File descriptors.
		method("dup2", []string{"fd", "fd2", "inheritable"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			fds, err := indexInts(t, a[0], a[1])
			if err != nil {
				return object.Null, err
			}
			fd, fd2 := fds[0], fds[1]
			inheritable := true
			if !a[2].IsNull() {
				if inheritable, err = object.Truth(t, a[2]); err != nil {
					return object.Null, err
				}
			}
			if fd == fd2 {
				if _, ferr := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); ferr != nil {
					return object.Null, osError(ferr, "")
				}
				return object.Int(int64(fd2)), nil
			}
			flags := unix.O_CLOEXEC
			if inheritable {
				flags = 0
			}
			return intResult(fd2, unix.Dup3(fd, fd2, flags))
		}),
		noArgs("pipe", func(t *object.Thread) (object.Value, error) {
			return pipe(unix.O_CLOEXEC)
		}),
		fdFunc("pipe2", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) { return pipe(a[0]) }),
		fdFunc("closerange", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			for fd := max(a[0], 0); fd < a[1]; fd++ {
				unix.Close(fd)
			}
			return object.None, nil
		}),
		fdFunc("fchdir", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Fchdir(a[0]), "")
		}),
		fdFunc("fchmod", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Fchmod(a[0], uint32(a[1])), "")
		}),
		fdFunc("fchown", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Fchown(a[0], a[1], a[2]), "")
		}),
		fdFunc("ftruncate", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Ftruncate(a[0], int64(a[1])), "")
		}),
		fileFunc("fsync", unix.Fsync),
		fileFunc("fdatasync", unix.Fdatasync),
		fcntlBitClear("get_blocking", unix.F_GETFL, unix.O_NONBLOCK),
		method("set_blocking", []string{"fd", "blocking"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			fd, blocking, err := fdAndSwitch(t, a)
			if err != nil {
				return object.Null, err
			}
			return none(unix.SetNonblock(fd, !blocking), "")
		}),
		fcntlBitClear("get_inheritable", unix.F_GETFD, unix.FD_CLOEXEC),
		method("set_inheritable", []string{"fd", "inheritable"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			fd, inh, err := fdAndSwitch(t, a)
			if err != nil {
				return object.Null, err
			}
			fl, ferr := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
			if ferr != nil {
				return object.Null, osError(ferr, "")
			}
			if inh {
				fl &^= unix.FD_CLOEXEC
			} else {
				fl |= unix.FD_CLOEXEC
			}
			_, ferr = unix.FcntlInt(uintptr(fd), unix.F_SETFD, fl)
			return none(ferr, "")
		}),
		fdFunc("device_encoding", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			if _, err := unix.IoctlGetTermios(a[0], unix.TCGETS); err != nil {
				return object.None, nil
			}
			return object.StrValue("UTF-8"), nil
		}),
		fdFunc("ttyname", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			if _, err := unix.IoctlGetTermios(a[0], unix.TCGETS); err != nil {
				return object.Null, osError(err, "")
			}
			s, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(a[0]))
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.StrValue(s), nil
		}),
		constant0("ctermid", func() object.Value { return object.StrValue("/dev/tty") }),
		fdFunc("tcgetpgrp", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return intResult(unix.IoctlGetInt(a[0], unix.TIOCGPGRP))
		}),
		fdFunc("tcsetpgrp", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.IoctlSetPointerInt(a[0], unix.TIOCSPGRP, a[1]), "")
		}),
		noArgs("openpty", func(t *object.Thread) (object.Value, error) {
			m, s, err := openpty()
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.NewTuple(object.Int(int64(m)), object.Int(int64(s))).AsValue(), nil
		}),
		fdFunc("login_tty", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			fd := a[0]
			if _, err := unix.Setsid(); err != nil {
				return object.Null, osError(err, "")
			}
			if err := unix.IoctlSetInt(fd, unix.TIOCSCTTY, 0); err != nil {
				return object.Null, osError(err, "")
			}
			for i := 0; i < 3; i++ {
				if err := unix.Dup2(fd, i); err != nil {
					return object.Null, osError(err, "")
				}
			}
			if fd > 2 {
				unix.Close(fd)
			}
			return object.None, nil
		}),
		method("get_terminal_size", []string{"fd"}, 0, func(t *object.Thread, a []object.Value) (object.Value, error) {
			fd, err := optionalInt(t, a[0], 1)
			if err != nil {
				return object.Null, err
			}
			ws, werr := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
			if werr != nil {
				return object.Null, osError(werr, "")
			}
			return object.NewStructSeq(terminalSizeType, []object.Value{object.Int(int64(ws.Col)), object.Int(int64(ws.Row))}), nil
		}),
		// Positioned and vectored I/O.
		fdFunc("pread", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			if a[1] < 0 {
				return object.Null, object.NewError(object.ValueError, "negative buffersize in pread")
			}
			buf := make([]byte, a[1])
			n, err := unix.Pread(a[0], buf, int64(a[2]))
			if err != nil {
				return object.Null, osError(err, "")
			}
			return object.NewBytes(buf[:n]), nil
		}),
		method("pwrite", []string{"fd", "data", "offset"}, 3, func(t *object.Thread, a []object.Value) (object.Value, error) {
			fd, err := object.IndexInt(t, a[0])
			if err != nil {
				return object.Null, err
			}
			b, err := bytesArg(a[1])
			if err != nil {
				return object.Null, err
			}
			off, err := object.IndexInt(t, a[2])
			if err != nil {
				return object.Null, err
			}
			return intResult(unix.Pwrite(fd, b, int64(off)))
		}),
		vectoredIO("readv", false, func(fd int, bufs [][]byte, _ int64, _ int) (int, error) { return unix.Readv(fd, bufs) }),
		vectoredIO("writev", false, func(fd int, bufs [][]byte, _ int64, _ int) (int, error) { return unix.Writev(fd, bufs) }),
		vectoredIO("preadv", true, unix.Preadv2),
		vectoredIO("pwritev", true, unix.Pwritev2),
		method("sendfile", []string{"out_fd", "in_fd", "offset", "count"}, 4, func(t *object.Thread, a []object.Value) (object.Value, error) {
			out, err := object.IndexInt(t, a[0])
			if err != nil {
				return object.Null, err
			}
			in, err := object.IndexInt(t, a[1])
			if err != nil {
				return object.Null, err
			}
			off, err := offsetPtr(t, a[2])
			if err != nil {
				return object.Null, err
			}
			count, err := object.IndexInt(t, a[3])
			if err != nil {
				return object.Null, err
			}
			return intResult(unix.Sendfile(out, in, off, count))
		}),
		rangeCopy("copy_file_range", false, func(src int, offSrc *int64, dst int, offDst *int64, count, _ int) (int, error) {
			return unix.CopyFileRange(src, offSrc, dst, offDst, count, 0)
		}),
		rangeCopy("splice", true, func(src int, offSrc *int64, dst int, offDst *int64, count, flags int) (int, error) {
			n, err := unix.Splice(src, offSrc, dst, offDst, count, flags)
			return int(n), err
		}),
		fdFunc("posix_fadvise", 4, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Fadvise(a[0], int64(a[1]), int64(a[2]), a[3]), "")
		}),
		fdFunc("posix_fallocate", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return none(unix.Fallocate(a[0], 0, int64(a[1]), int64(a[2])), "")
		}),
		fdFunc("lockf", 3, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			// As glibc: a write lock on [current offset, +len) through fcntl.
			fd, cmd := a[0], a[1]
			lk := unix.Flock_t{Type: unix.F_WRLCK, Whence: 1, Len: int64(a[2])}
			switch cmd {
			case 0: // F_ULOCK
				lk.Type = unix.F_UNLCK
				return none(unix.FcntlFlock(uintptr(fd), unix.F_SETLK, &lk), "")
			case 1: // F_LOCK
				return none(unix.FcntlFlock(uintptr(fd), unix.F_SETLKW, &lk), "")
			case 2: // F_TLOCK
				return none(unix.FcntlFlock(uintptr(fd), unix.F_SETLK, &lk), "")
			case 3: // F_TEST
				lk.Type = unix.F_RDLCK
				if err := unix.FcntlFlock(uintptr(fd), unix.F_GETLK, &lk); err != nil {
					return object.Null, osError(err, "")
				}
				if lk.Type == unix.F_UNLCK || int(lk.Pid) == unix.Getpid() {
					return object.None, nil
				}
				return object.Null, object.NewOSError(syscall.EACCES, "")
			}
			return object.Null, object.NewOSError(syscall.EINVAL, "")
		}),
		// Kernel objects.
		method("eventfd", []string{"initval", "flags"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			v, flags, err := intAndFlags(t, a, unix.EFD_CLOEXEC)
			if err != nil {
				return object.Null, err
			}
			return intResult(unix.Eventfd(uint(v), flags))
		}),
		method("eventfd_read", []string{"fd"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			fd, err := fdOf(t, a[0])
			if err != nil {
				return object.Null, err
			}
			var b [8]byte
			if _, err := unix.Read(fd, b[:]); err != nil {
				return object.Null, osError(err, "")
			}
			return object.IntFromUint64(*(*uint64)(unsafe.Pointer(&b))), nil
		}),
		method("eventfd_write", []string{"fd", "value"}, 2, func(t *object.Thread, a []object.Value) (object.Value, error) {
			fd, err := fdOf(t, a[0])
			if err != nil {
				return object.Null, err
			}
			v, err := object.IndexInt(t, a[1])
			if err != nil {
				return object.Null, err
			}
			u := uint64(v)
			_, werr := unix.Write(fd, (*[8]byte)(unsafe.Pointer(&u))[:])
			return none(werr, "")
		}),
		method("memfd_create", []string{"name", "flags"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			name, err := pathArg(t, "memfd_create", a[0])
			if err != nil {
				return object.Null, err
			}
			flags, err := optionalInt(t, a[1], unix.MFD_CLOEXEC)
			if err != nil {
				return object.Null, err
			}
			return intResult(unix.MemfdCreate(name, flags))
		}),
		method("pidfd_open", []string{"pid", "flags"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			pid, flags, err := intAndFlags(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			return intResult(unix.PidfdOpen(pid, flags))
		}),
		method("getrandom", []string{"size", "flags"}, 1, func(t *object.Thread, a []object.Value) (object.Value, error) {
			n, flags, err := intAndFlags(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			if n < 0 {
				return object.Null, object.NewOSError(syscall.EINVAL, "")
			}
			buf := make([]byte, n)
			got, gerr := unix.Getrandom(buf, flags)
			if gerr != nil {
				return object.Null, osError(gerr, "")
			}
			return object.NewBytes(buf[:got]), nil
		}),
		fdFunc("major", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return object.Int(int64(unix.Major(uint64(a[0])))), nil
		}),
		fdFunc("minor", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return object.Int(int64(unix.Minor(uint64(a[0])))), nil
		}),
		fdFunc("makedev", 2, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			return object.IntFromUint64(unix.Mkdev(uint32(a[0]), uint32(a[1]))), nil
		}),
		// Scheduling.
		constant0("sched_yield", func() object.Value { schedCall(unix.SYS_SCHED_YIELD, 0, 0, 0); return object.None }),
		schedQuery("sched_get_priority_max", unix.SYS_SCHED_GET_PRIORITY_MAX),
		schedQuery("sched_get_priority_min", unix.SYS_SCHED_GET_PRIORITY_MIN),
		schedQuery("sched_getscheduler", unix.SYS_SCHED_GETSCHEDULER),
		fdFunc("sched_getparam", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			var prio int32
			if _, err := schedCall(unix.SYS_SCHED_GETPARAM, uintptr(a[0]), uintptr(unsafe.Pointer(&prio)), 0); err != nil {
				return object.Null, osError(err, "")
			}
			return object.NewStructSeq(schedParamType, []object.Value{object.Int(int64(prio))}), nil
		}),
		fdFunc("sched_setparam", 1, func(t *object.Thread, a []int, rest []object.Value) (object.Value, error) {
			prio, err := schedParamArg(t, "sched_setparam", 2, rest)
			if err != nil {
				return object.Null, err
			}
			_, serr := schedCall(unix.SYS_SCHED_SETPARAM, uintptr(a[0]), uintptr(unsafe.Pointer(&prio)), 0)
			return none(serr, "")
		}),
		fdFunc("sched_setscheduler", 2, func(t *object.Thread, a []int, rest []object.Value) (object.Value, error) {
			prio, err := schedParamArg(t, "sched_setscheduler", 3, rest)
			if err != nil {
				return object.Null, err
			}
			_, serr := schedCall(unix.SYS_SCHED_SETSCHEDULER, uintptr(a[0]), uintptr(a[1]), uintptr(unsafe.Pointer(&prio)))
			return none(serr, "")
		}),
		fdFunc("sched_rr_get_interval", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			var ts unix.Timespec
			if _, err := schedCall(unix.SYS_SCHED_RR_GET_INTERVAL, uintptr(a[0]), uintptr(unsafe.Pointer(&ts)), 0); err != nil {
				return object.Null, osError(err, "")
			}
			return object.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
		}),
		fdFunc("sched_getaffinity", 1, func(t *object.Thread, a []int, _ []object.Value) (object.Value, error) {
			var set unix.CPUSet
			if err := unix.SchedGetaffinity(a[0], &set); err != nil {
				return object.Null, osError(err, "")
			}
			s := object.NewSet()
			for i := 0; i < len(set)*64; i++ {
				if set.IsSet(i) {
					if err := s.Add(t, object.Int(int64(i))); err != nil {
						return object.Null, err
					}
				}
			}
			return s.AsValue(), nil
		}),
		fdFunc("sched_setaffinity", 1, func(t *object.Thread, a []int, rest []object.Value) (object.Value, error) {
			if len(rest) != 1 {
				return object.Null, object.NewError(object.TypeError, "sched_setaffinity() takes exactly 2 arguments")
			}
			cpus, err := intsOf(t, rest[0])
			if err != nil {
				return object.Null, err
			}
			var set unix.CPUSet
			for _, c := range cpus {
				if c < 0 {
					return object.Null, object.NewError(object.ValueError, "negative CPU number")
				}
				if c >= len(set)*64 {
					return object.Null, object.NewOSError(syscall.EINVAL, "")
				}
				set.Set(c)
			}
			return none(unix.SchedSetaffinity(a[0], &set), "")
		}),
	}
}

func pipe(flags int) (object.Value, error) {
	var p [2]int
	if err := unix.Pipe2(p[:], flags); err != nil {
		return object.Null, osError(err, "")
	}
	return object.NewTuple(object.Int(int64(p[0])), object.Int(int64(p[1]))).AsValue(), nil
}

// statvfsResult is the os.statvfs_result of st, or the OSError of statErr
// (from filling st) naming path.
func statvfsResult(st *unix.Statfs_t, statErr error, path string) (object.Value, error) {
	if statErr != nil {
		return object.Null, osError(statErr, path)
	}
	u := func(n uint64) object.Value { return object.IntFromUint64(n) }
	flag := uint64(st.Flags)
	if flag&0x20 != 0 { // ST_VALID: the kernel filled f_flags, as glibc reports them
		flag ^= 0x20
	}
	fsid := uint64(uint32(st.Fsid.Val[0])) | uint64(uint32(st.Fsid.Val[1]))<<32
	return object.NewStructSeq(statvfsResultType, []object.Value{
		object.Int(st.Bsize), object.Int(st.Frsize), u(st.Blocks), u(st.Bfree), u(st.Bavail),
		u(st.Files), u(st.Ffree), u(st.Ffree), u(flag), object.Int(st.Namelen), u(fsid),
	}), nil
}

// posixConstants are the module's further integer constants: Linux
// values, from x/sys/unix where it defines them (the others are glibc's:
// sysexits.h EX_*, waitid's CLD_*, dlfcn's RTLD_*, spawn modes P_*...).
var posixConstants = map[string]int{
	"CLD_CONTINUED": 6, "CLD_DUMPED": 3, "CLD_EXITED": 1, "CLD_KILLED": 2,
	"CLD_STOPPED": 5, "CLD_TRAPPED": 4, "EFD_CLOEXEC": unix.EFD_CLOEXEC, "EFD_NONBLOCK": unix.EFD_NONBLOCK,
	"EFD_SEMAPHORE": unix.EFD_SEMAPHORE, "EX_CANTCREAT": 73, "EX_CONFIG": 78, "EX_DATAERR": 65,
	"EX_IOERR": 74, "EX_NOHOST": 68, "EX_NOINPUT": 66, "EX_NOPERM": 77,
	"EX_NOUSER": 67, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_PROTOCOL": 76,
	"EX_SOFTWARE": 70, "EX_TEMPFAIL": 75, "EX_UNAVAILABLE": 69, "EX_USAGE": 64,
	"F_LOCK": unix.F_LOCK, "F_TEST": unix.F_TEST, "F_TLOCK": unix.F_TLOCK, "F_ULOCK": unix.F_ULOCK,
	"GRND_NONBLOCK": unix.GRND_NONBLOCK, "GRND_RANDOM": unix.GRND_RANDOM, "MFD_ALLOW_SEALING": unix.MFD_ALLOW_SEALING, "MFD_CLOEXEC": unix.MFD_CLOEXEC,
	"MFD_HUGETLB": unix.MFD_HUGETLB, "MFD_HUGE_16GB": unix.MFD_HUGE_16GB, "MFD_HUGE_16MB": unix.MFD_HUGE_16MB, "MFD_HUGE_1GB": unix.MFD_HUGE_1GB,
	"MFD_HUGE_1MB": unix.MFD_HUGE_1MB, "MFD_HUGE_256MB": unix.MFD_HUGE_256MB, "MFD_HUGE_2GB": unix.MFD_HUGE_2GB, "MFD_HUGE_2MB": unix.MFD_HUGE_2MB,
	"MFD_HUGE_32MB": unix.MFD_HUGE_32MB, "MFD_HUGE_512KB": unix.MFD_HUGE_512KB, "MFD_HUGE_512MB": unix.MFD_HUGE_512MB, "MFD_HUGE_64KB": unix.MFD_HUGE_64KB,
	"MFD_HUGE_8MB": unix.MFD_HUGE_8MB, "MFD_HUGE_MASK": unix.MFD_HUGE_MASK, "MFD_HUGE_SHIFT": unix.MFD_HUGE_SHIFT, "NGROUPS_MAX": 65536,
	"O_ACCMODE": unix.O_ACCMODE, "O_ASYNC": unix.O_ASYNC, "O_DIRECT": unix.O_DIRECT, "O_DSYNC": unix.O_DSYNC,
	"O_FSYNC": unix.O_FSYNC, "O_LARGEFILE": unix.O_LARGEFILE, "O_NDELAY": unix.O_NDELAY, "O_NOATIME": unix.O_NOATIME,
	"O_NOCTTY": unix.O_NOCTTY, "O_PATH": unix.O_PATH, "O_RSYNC": unix.O_RSYNC, "O_TMPFILE": unix.O_TMPFILE,
	"POSIX_FADV_DONTNEED": 4, "POSIX_FADV_NOREUSE": 5, "POSIX_FADV_NORMAL": 0, "POSIX_FADV_RANDOM": 1,
	"POSIX_FADV_SEQUENTIAL": 2, "POSIX_FADV_WILLNEED": 3, "POSIX_SPAWN_CLOSE": 1, "POSIX_SPAWN_DUP2": 2,
	"POSIX_SPAWN_OPEN": 0, "PRIO_PGRP": unix.PRIO_PGRP, "PRIO_PROCESS": unix.PRIO_PROCESS, "PRIO_USER": unix.PRIO_USER,
	"P_ALL": unix.P_ALL, "P_NOWAIT": 1, "P_NOWAITO": 1, "P_PGID": unix.P_PGID,
	"P_PID": unix.P_PID, "P_PIDFD": unix.P_PIDFD, "P_WAIT": 0, "RTLD_DEEPBIND": 8,
	"RTLD_GLOBAL": 256, "RTLD_LAZY": 1, "RTLD_LOCAL": 0, "RTLD_NODELETE": 4096,
	"RTLD_NOLOAD": 4, "RTLD_NOW": 2, "RWF_APPEND": unix.RWF_APPEND, "RWF_DSYNC": unix.RWF_DSYNC,
	"RWF_HIPRI": unix.RWF_HIPRI, "RWF_NOWAIT": unix.RWF_NOWAIT, "RWF_SYNC": unix.RWF_SYNC, "SCHED_BATCH": unix.SCHED_BATCH,
	"SCHED_FIFO": unix.SCHED_FIFO, "SCHED_IDLE": unix.SCHED_IDLE, "SCHED_OTHER": 0, "SCHED_RESET_ON_FORK": unix.SCHED_RESET_ON_FORK,
	"SCHED_RR": unix.SCHED_RR, "SEEK_DATA": unix.SEEK_DATA, "SEEK_HOLE": unix.SEEK_HOLE, "SPLICE_F_MORE": unix.SPLICE_F_MORE,
	"SPLICE_F_MOVE": unix.SPLICE_F_MOVE, "SPLICE_F_NONBLOCK": unix.SPLICE_F_NONBLOCK, "ST_APPEND": 256, "ST_MANDLOCK": unix.ST_MANDLOCK,
	"ST_NOATIME": unix.ST_NOATIME, "ST_NODEV": unix.ST_NODEV, "ST_NODIRATIME": unix.ST_NODIRATIME, "ST_NOEXEC": unix.ST_NOEXEC,
	"ST_NOSUID": unix.ST_NOSUID, "ST_RDONLY": unix.ST_RDONLY, "ST_RELATIME": unix.ST_RELATIME, "ST_SYNCHRONOUS": unix.ST_SYNCHRONOUS,
	"ST_WRITE": 128, "TMP_MAX": 238328, "WCONTINUED": unix.WCONTINUED, "WEXITED": unix.WEXITED,
	"WNOHANG": unix.WNOHANG, "WNOWAIT": unix.WNOWAIT, "WSTOPPED": unix.WSTOPPED, "WUNTRACED": unix.WUNTRACED,
	"XATTR_CREATE": unix.XATTR_CREATE, "XATTR_REPLACE": unix.XATTR_REPLACE, "XATTR_SIZE_MAX": 65536,
}
