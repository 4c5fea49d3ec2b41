// subprocess.go: the _subprocess module, the system calls behind
// subprocess.py: pipes, spawning a child with redirected descriptors,
// waiting for it with a timeout, and feeding/draining its pipes.
//
// Waiting and pipe I/O run in goroutines that hold no Python objects, so a
// wait that times out (TimeoutExpired) leaves them running: the next call
// with the same pid or I/O handle picks up where the first left off,
// output read meanwhile included.

package stdlib

import (
	"math"
	"sync"
	"syscall"
	"time"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// child is a spawned process being waited for; done closes once its exit
// status is in status.
type child struct {
	done   chan struct{}
	status syscall.WaitStatus
	err    error
}

// pipeIO is one communicate(): the input being written and the two
// outputs being read; done closes when all three are finished.
type pipeIO struct {
	done     chan struct{}
	out, err []byte
	hasOut   bool
	hasErr   bool
}

var (
	subprocessMu sync.Mutex
	children     = map[int]*child{}
	pipeIOs      = map[int]*pipeIO{}
	nextIOHandle int
)

// subprocessPipe is _subprocess.pipe(): (read end, write end), both
// close-on-exec.
func subprocessPipe(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := clinicArity("pipe", args, kw, 0, 0); err != nil {
		return object.Null, err
	}
	var fds [2]int
	if err := syscall.Pipe2(fds[:], syscall.O_CLOEXEC); err != nil {
		return object.Null, object.NewOSError(err.(syscall.Errno), "")
	}
	return object.NewTuple(object.Int(int64(fds[0])), object.Int(int64(fds[1]))).AsValue(), nil
}

// strOrBytes returns the text of a str or bytes argument.
func strOrBytes(v object.Value, what string) (string, error) {
	if s, ok := v.AsStr(); ok {
		return s.String(), nil
	}
	if b, ok := v.AsBytes(); ok {
		return string(b.Data()), nil
	}
	return "", object.Errorf(object.TypeError, "%s must be str or bytes, not %s", what, v.Type().Name)
}

// stringList converts a list or tuple of str/bytes to Go strings.
func stringList(t *object.Thread, v object.Value, what string) ([]string, error) {
	var out []string
	err := object.ForEach(t, v, func(item object.Value) error {
		s, err := strOrBytes(item, what)
		out = append(out, s)
		return err
	})
	return out, err
}

func intArg(t *object.Thread, v object.Value) (int, error) { return object.IndexInt(t, v) }

var spawnParams = []string{"executables", "argv", "cwd", "env", "stdin", "stdout", "stderr", "start_new_session", "pass_fds", "name"}

// subprocessSpawn is _subprocess.spawn(executables, argv, cwd, env, stdin,
// stdout, stderr, start_new_session, pass_fds, name) -> pid. It execs the
// first of executables that exists (so PATH search is the caller's);
// stdin/stdout/stderr are the descriptors the child gets as 0/1/2 (-1:
// the parent's own); pass_fds stay open under their numbers; every other
// descriptor is closed. Errors name name (or cwd when it is the culprit).
func subprocessSpawn(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [10]object.Value
	if err := object.ParseArgs("spawn", args, kw, spawnParams, 10, 10, a[:]); err != nil {
		return object.Null, err
	}
	flushOpenFiles(t) // the child sees what files left open hold
	executables, err := stringList(t, a[0], "executable")
	if err != nil {
		return object.Null, err
	}
	argv, err := stringList(t, a[1], "argument")
	if err != nil {
		return object.Null, err
	}
	attr := &syscall.ProcAttr{Sys: &syscall.SysProcAttr{}}
	if !a[2].IsNone() {
		if attr.Dir, err = strOrBytes(a[2], "cwd"); err != nil {
			return object.Null, err
		}
	}
	if attr.Env, err = stringList(t, a[3], "environment entry"); err != nil {
		return object.Null, err
	}
	files := []uintptr{0, 1, 2}
	for i := range 3 {
		fd, err := intArg(t, a[4+i])
		if err != nil {
			return object.Null, err
		}
		if fd >= 0 {
			files[i] = uintptr(fd)
		}
	}
	if attr.Sys.Setsid, err = object.Truth(t, a[7]); err != nil {
		return object.Null, err
	}
	err = object.ForEach(t, a[8], func(item object.Value) error {
		fd, err := intArg(t, item)
		if err != nil {
			return err
		}
		if fd < 3 {
			return nil
		}
		for len(files) <= fd {
			files = append(files, ^uintptr(0)) // closed in the child
		}
		files[fd] = uintptr(fd)
		return nil
	})
	if err != nil {
		return object.Null, err
	}
	attr.Files = files
	name, err := strOrBytes(a[9], "name")
	if err != nil {
		return object.Null, err
	}
	if attr.Dir != "" {
		var st syscall.Stat_t
		if err := syscall.Stat(attr.Dir, &st); err != nil {
			return object.Null, object.NewOSError(err.(syscall.Errno), attr.Dir)
		}
		if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
			return object.Null, object.NewOSError(syscall.ENOTDIR, attr.Dir)
		}
	}
	var pid int
	var spawnErr error = syscall.ENOENT
	threadOf(t).Unlocked(func() {
		var firstErr error
		for _, path := range executables {
			pid, spawnErr = syscall.ForkExec(path, argv, attr)
			if spawnErr == nil {
				return
			}
			if spawnErr != syscall.ENOENT && spawnErr != syscall.ENOTDIR && firstErr == nil {
				firstErr = spawnErr
			}
		}
		if firstErr != nil {
			spawnErr = firstErr
		}
	})
	if spawnErr != nil {
		errno, ok := spawnErr.(syscall.Errno)
		if !ok {
			return object.Null, object.NewError(object.OSError, spawnErr.Error())
		}
		return object.Null, object.NewOSError(errno, name)
	}
	c := &child{done: make(chan struct{})}
	subprocessMu.Lock()
	children[pid] = c
	subprocessMu.Unlock()
	go func() {
		for {
			_, err := syscall.Wait4(pid, &c.status, 0, nil)
			if err != syscall.EINTR {
				c.err = err
				break
			}
		}
		close(c.done)
	}()
	return object.Int(int64(pid)), nil
}

// timeoutArg converts a timeout in seconds (None: forever) to a duration
// (-1: forever).
func timeoutArg(t *object.Thread, v object.Value) (time.Duration, error) {
	if v.IsNone() {
		return -1, nil
	}
	secs, err := object.ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	if secs <= 0 {
		return 0, nil
	}
	if secs > math.MaxInt64/float64(time.Second) {
		return -1, nil
	}
	return time.Duration(secs * float64(time.Second)), nil
}

// awaitEntry serves wait and io_wait (id, timeout): it finds the entry of
// id in table (unknown(id) when there is none), waits up to timeout
// (seconds, None: forever) for its done channel to close, then removes it
// from table. It returns nil and no error when the timeout passes first.
func awaitEntry[E any](t *object.Thread, name string, args []object.Value, kw *object.Tuple, table map[int]*E,
	done func(*E) chan struct{}, unknown func(id int) error) (*E, error) {
	if err := clinicArity(name, args, kw, 2, 2); err != nil {
		return nil, err
	}
	id, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	timeout, err := timeoutArg(t, args[1])
	if err != nil {
		return nil, err
	}
	subprocessMu.Lock()
	e := table[id]
	subprocessMu.Unlock()
	if e == nil {
		return nil, unknown(id)
	}
	ok, err := threadOf(t).Wait(done(e), timeout)
	if err != nil || !ok {
		return nil, err
	}
	subprocessMu.Lock()
	delete(table, id)
	subprocessMu.Unlock()
	return e, nil
}

// subprocessWait is _subprocess.wait(pid, timeout) -> the return code
// (-N when signal N killed the child), or None when timeout (seconds,
// None: forever) passes first.
func subprocessWait(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	c, err := awaitEntry(t, "wait", args, kw, children, func(c *child) chan struct{} { return c.done },
		func(int) error { return object.NewOSError(syscall.ECHILD, "") })
	if err != nil {
		return object.Null, err
	}
	if c == nil {
		return object.None, nil
	}
	switch {
	case c.err != nil:
		// Reaped by someone else: like CPython, report success.
		return object.Int(0), nil
	case c.status.Signaled():
		return object.Int(-int64(c.status.Signal())), nil
	default:
		return object.Int(int64(c.status.ExitStatus())), nil
	}
}

// dupFD duplicates fd (-1 stays -1) so that the I/O goroutines own their
// descriptor whatever the Python file objects do with theirs.
func dupFD(fd int) (int, error) {
	if fd < 0 {
		return -1, nil
	}
	nfd, err := syscall.Dup(fd)
	if err == nil {
		syscall.CloseOnExec(nfd)
	}
	return nfd, err
}

// readAll reads fd to end of file, then closes it.
func readAll(fd int) []byte {
	defer syscall.Close(fd)
	var out []byte
	buf := make([]byte, 32*1024)
	for {
		n, err := syscall.Read(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if n <= 0 {
			return out
		}
		out = append(out, buf[:n]...)
	}
}

// writeAll writes data to fd, then closes it; a reader that went away
// (EPIPE) ends the writing quietly, as in CPython's communicate.
func writeAll(fd int, data []byte) {
	defer syscall.Close(fd)
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return
		}
		data = data[n:]
	}
}

// subprocessIOStart is _subprocess.io_start(stdin, input, stdout, stderr)
// -> handle: it writes input (bytes) to the stdin descriptor and closes
// it, and reads the stdout and stderr descriptors to their end (-1: not
// piped), all in the background. The descriptors are duplicated: the
// caller may close its own.
func subprocessIOStart(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := clinicArity("io_start", args, kw, 4, 4); err != nil {
		return object.Null, err
	}
	var fds [3]int
	for i, v := range []object.Value{args[0], args[2], args[3]} {
		fd, err := intArg(t, v)
		if err != nil {
			return object.Null, err
		}
		if fds[i], err = dupFD(fd); err != nil {
			for _, open := range fds[:i] {
				if open >= 0 {
					syscall.Close(open)
				}
			}
			return object.Null, object.NewOSError(err.(syscall.Errno), "")
		}
	}
	var input []byte
	if !args[1].IsNone() {
		data, ok := object.BytesData(args[1])
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "input must be bytes-like, not %s", args[1].Type().Name)
		}
		input = append([]byte(nil), data...)
	}
	p := &pipeIO{done: make(chan struct{}), hasOut: fds[1] >= 0, hasErr: fds[2] >= 0}
	var wg sync.WaitGroup
	if fds[0] >= 0 {
		wg.Go(func() { writeAll(fds[0], input) })
	}
	if p.hasOut {
		wg.Go(func() { p.out = readAll(fds[1]) })
	}
	if p.hasErr {
		wg.Go(func() { p.err = readAll(fds[2]) })
	}
	go func() {
		wg.Wait()
		close(p.done)
	}()
	subprocessMu.Lock()
	nextIOHandle++
	handle := nextIOHandle
	pipeIOs[handle] = p
	subprocessMu.Unlock()
	return object.Int(int64(handle)), nil
}

// subprocessIOWait is _subprocess.io_wait(handle, timeout) -> (stdout,
// stderr) as bytes (None for a stream not piped), or None when timeout
// passes first (the I/O goes on; call again).
func subprocessIOWait(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	p, err := awaitEntry(t, "io_wait", args, kw, pipeIOs, func(p *pipeIO) chan struct{} { return p.done },
		func(handle int) error { return object.Errorf(object.ValueError, "unknown I/O handle %d", handle) })
	if err != nil {
		return object.Null, err
	}
	if p == nil {
		return object.None, nil
	}
	out, errOut := object.None, object.None
	if p.hasOut {
		out = object.NewBytes(p.out)
	}
	if p.hasErr {
		errOut = object.NewBytes(p.err)
	}
	return object.NewTuple(out, errOut).AsValue(), nil
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_subprocess",
		Doc:  "Process spawning, waiting and pipe I/O behind subprocess.",
		Methods: []object.MethodDef{
			{Name: "pipe", Fn: subprocessPipe, Doc: "Return (read_fd, write_fd) of a new close-on-exec pipe."},
			{Name: "spawn", Fn: subprocessSpawn, Doc: "Start a child process; return its pid."},
			{Name: "wait", Fn: subprocessWait, Doc: "Wait up to timeout for a child; return its return code or None."},
			{Name: "io_start", Fn: subprocessIOStart, Doc: "Start feeding stdin and draining stdout/stderr; return a handle."},
			{Name: "io_wait", Fn: subprocessIOWait, Doc: "Wait up to timeout for io_start's I/O; return (stdout, stderr) or None."},
		},
	})
}
