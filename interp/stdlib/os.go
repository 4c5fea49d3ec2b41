// os.go: the posix module, the system calls under os (lib/os.py) and
// os.path (lib/posixpath.py). Failures raise OSError subclasses chosen by
// errno, with the C library's messages.

package stdlib

import (
	"crypto/rand"
	"errors"
	"io/fs"
	"os"
	"runtime"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var statResultType = object.NewStructSeqType(&object.StructSeqDesc{
	Name:   "stat_result",
	Module: "os",
	Doc:    "stat_result: Result from stat, fstat, or lstat.",
	Fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"_st_atime_int", "_st_mtime_int", "_st_ctime_int",
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev"},
	NVisible: 10,
})

// osError converts a Go error from a system call on filename into the
// Python exception.
func osError(err error, filename string) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return object.NewOSError(errno, filename)
	}
	return object.Errorf(object.OSError, "%v", err)
}

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

func intArgs(t *object.Thread, name string, args []object.Value, n int) ([]int, error) {
	if len(args) != n {
		return nil, object.Errorf(object.TypeError, "%s() takes exactly %d argument%s (%d given)", name, n, plural(n), len(args))
	}
	out := make([]int, n)
	for i, a := range args {
		v, err := object.IndexInt(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = v
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

var posixMethods = []object.MethodDef{
	pathFunc("stat", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
		var st unix.Stat_t
		if err := unix.Stat(path, &st); err != nil {
			return object.Null, osError(err, path)
		}
		return statResult(&st), nil
	}),
	pathFunc("lstat", 1, 1, func(t *object.Thread, path string, _ []object.Value) (object.Value, error) {
		var st unix.Stat_t
		if err := unix.Lstat(path, &st); err != nil {
			return object.Null, osError(err, path)
		}
		return statResult(&st), nil
	}),
	fdFunc("fstat", 1, func(t *object.Thread, fds []int, _ []object.Value) (object.Value, error) {
		var st unix.Stat_t
		if err := unix.Fstat(fds[0], &st); err != nil {
			return object.Null, osError(err, "")
		}
		return statResult(&st), nil
	}),
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
	{Name: "getcwd", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("getcwd", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		wd, err := unix.Getwd()
		if err != nil {
			return object.Null, osError(err, "")
		}
		return object.StrValue(wd), nil
	}},
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

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func constant0(name string, f func() object.Value) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return f(), nil
	}}
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:    "posix",
		Doc:     "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.",
		Methods: posixMethods,
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
			d.SetStr(object.Intern("stat_result"), statResultType.AsValue())
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
