package interp

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// Version is the Python language version Adder implements, and its own.
const (
	PythonVersion = "3.12.0"
	AdderVersion  = "0.1.0"
)

// stream is one of the standard streams: a text stream over a file
// descriptor (sys.stdin, sys.stdout, sys.stderr).
type stream struct {
	object.Header
	name   string
	fd     int
	w      io.Writer     // nil for stdin
	r      *bufio.Reader // nil for stdout and stderr
	flush  func() error
	closed bool
	// lineBuffered streams (stdout on a terminal, as CPython's) are
	// flushed at every newline.
	lineBuffered bool
	// How text becomes bytes, set by reconfigure (see sys_stream.go);
	// plain is set when it is UTF-8, strict, without newline translation,
	// so that text is written as it is.
	encoding, errors string
	newline          object.Value
	writeNL          string
	writeThrough     bool
	plain            bool
	buffer           *stdBuffer // sys.stdout.buffer, made when first asked for
}

var streamType = object.NewNativeType("TextIOWrapper", "_io", nil)

func init() {
	streamType.AddMethods(streamMethods)
	streamType.AddMethods(streamReconfigure)
	streamType.AddGetSets(streamGetSets)
	streamType.AddGetSets([]object.GetSetDef{
		{Name: "name", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue((*stream)(v.Pointer()).name), nil
		}},
		{Name: "encoding", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue((*stream)(v.Pointer()).encoding), nil
		}},
		{Name: "errors", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue((*stream)(v.Pointer()).errors), nil
		}},
		{Name: "closed", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool((*stream)(v.Pointer()).closed), nil
		}},
	})
	streamType.Repr = func(_ *object.Thread, v object.Value) (object.Value, error) {
		s := (*stream)(v.Pointer())
		mode := "w"
		if s.r != nil {
			mode = "r"
		}
		return object.StrValue(fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='%s'>", s.name, mode, s.encoding)), nil
	}
	streamType.Ready()
}

func (s *stream) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(s)) }

// writeString writes text to the stream.
func (s *stream) writeString(text string) error {
	if s.w == nil {
		return object.NewError(object.OSError, "not writable")
	}
	var err error
	if s.plain && strings.IndexByte(text, 0xED) < 0 {
		_, err = io.WriteString(s.w, text)
	} else {
		err = s.writeEncoded(text)
	}
	if err != nil {
		if _, ok := err.(*object.Exc); ok {
			return err
		}
		return object.Errorf(object.OSError, "%v", err)
	}
	return nil
}

var streamMethods = []object.MethodDef{
	{Name: "write", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("write", args[1:], kw, 1, 1); err != nil {
			return object.Null, err
		}
		s, ok := args[1].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "write() argument must be str, not %s", args[1].Type().Name)
		}
		st := (*stream)(args[0].Pointer())
		if err := st.writeString(s.String()); err != nil {
			return object.Null, err
		}
		if st.needsFlush(s.String()) {
			t.State.(*Thread).interp.Flush()
		}
		return object.Int(int64(s.Len())), nil
	}},
	{Name: "flush", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if st := (*stream)(args[0].Pointer()); st.flush != nil {
			if err := st.flush(); err != nil {
				return object.Null, object.Errorf(object.OSError, "%v", err)
			}
		}
		return object.None, nil
	}},
	{Name: "fileno", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return object.Int(int64((*stream)(args[0].Pointer()).fd)), nil
	}},
	{Name: "isatty", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return object.Bool(isTerminalFd((*stream)(args[0].Pointer()).fd)), nil
	}},
	{Name: "readable", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return object.Bool((*stream)(args[0].Pointer()).r != nil), nil
	}},
	{Name: "writable", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return object.Bool((*stream)(args[0].Pointer()).w != nil), nil
	}},
	{Name: "readline", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		st := (*stream)(args[0].Pointer())
		if st.r == nil {
			return object.Null, object.NewError(object.OSError, "not readable")
		}
		t.State.(*Thread).interp.Flush()
		line, err := st.r.ReadString('\n')
		if err != nil && err != io.EOF {
			return object.Null, object.Errorf(object.OSError, "%v", err)
		}
		return object.StrValue(line), nil
	}},
	{Name: "read", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		st := (*stream)(args[0].Pointer())
		if st.r == nil {
			return object.Null, object.NewError(object.OSError, "not readable")
		}
		data, err := io.ReadAll(st.r)
		if err != nil {
			return object.Null, object.Errorf(object.OSError, "%v", err)
		}
		return object.StrValue(string(data)), nil
	}},
}

func newSysModule(th *Thread) (*Module, error) {
	in := th.interp
	// The functions, and about as many attributes.
	m := newModuleSized("sys", 2*(len(sysFunctions)+len(sysHookFunctions)))
	m.builtin = true
	d := m.dict
	set := func(name string, v object.Value) { d.SetStr(object.Intern(name), v) }
	strList := func(items []string) object.Value {
		vs := make([]object.Value, len(items))
		for i, s := range items {
			vs[i] = object.StrValue(s)
		}
		return object.NewList(vs).AsValue()
	}
	set("argv", strList(in.config.Argv))
	set("path", strList(in.config.Path))
	set("modules", in.modules.AsValue())
	set("executable", object.StrValue(in.config.Executable))
	set("platform", object.StrValue(runtime.GOOS))
	set("byteorder", object.StrValue("little"))
	set("maxsize", object.Int(math.MaxInt64))
	set("version", object.StrValue(PythonVersion+" (Adder "+AdderVersion+", "+runtime.Version()+")"))
	set("hexversion", object.Int(0x030c00f0))
	set("api_version", object.Int(1013))
	set("copyright", object.StrValue("Copyright (c) the Adder authors."))
	set("dont_write_bytecode", object.Bool(in.config.DontWriteBytecode))
	xopts := object.NewDict()
	for k, v := range in.config.XOptions {
		xopts.SetStr(object.Intern(k), object.StrValue(v))
	}
	set("_xoptions", xopts.AsValue())
	setInfo(in, set)
	stdout := &stream{Header: object.NewHeader(streamType), name: "<stdout>", fd: 1, w: in.stdout, flush: in.stdout.Flush,
		lineBuffered: isTerminal(os.Stdout)}
	stderr := &stream{Header: object.NewHeader(streamType), name: "<stderr>", fd: 2, w: os.Stderr}
	stdin := &stream{Header: object.NewHeader(streamType), name: "<stdin>", fd: 0, r: bufio.NewReader(os.Stdin)}
	stderr.errors = "backslashreplace"
	for _, s := range []struct {
		name string
		st   *stream
	}{{"stdout", stdout}, {"stderr", stderr}, {"stdin", stdin}} {
		s.st.initText()
		set(s.name, s.st.AsValue())
		set("__"+s.name+"__", s.st.AsValue())
	}
	for i := range sysFunctions {
		f := object.NewBuiltinFunction(&sysFunctions[i], "sys")
		set(sysFunctions[i].Name, f.AsValue())
	}
	for i := range sysHookFunctions {
		f := object.NewBuiltinFunction(&sysHookFunctions[i], "sys")
		set(sysHookFunctions[i].Name, f.AsValue())
	}
	for _, name := range []string{"displayhook", "excepthook", "breakpointhook", "unraisablehook"} {
		hook, _ := d.GetStr(object.Intern(name))
		set("__"+name+"__", hook)
	}
	return m, nil
}

// constant returns a function of no arguments that returns v.
func constant(name string, v object.Value) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return v, nil
	}}
}

// noTracing makes settrace and setprofile: Adder has no tracing hooks, so
// installing one fails loudly; None (removing hooks) is accepted.
func noTracing(name string) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		if args[0].IsNone() {
			return object.None, nil
		}
		return object.Null, object.Errorf(object.NotImplementedError, "sys.%s: Adder does not support trace or profile functions", name)
	}}
}

var sysFunctions = []object.MethodDef{
	constant("getdefaultencoding", object.StrValue("utf-8")),
	constant("getfilesystemencoding", object.StrValue("utf-8")),
	constant("getfilesystemencodeerrors", object.StrValue("surrogateescape")),
	constant("is_finalizing", object.False),
	constant("gettrace", object.None),
	constant("getprofile", object.None),
	noTracing("settrace"),
	noTracing("setprofile"),
	{Name: "get_int_max_str_digits", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("get_int_max_str_digits", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return object.Int(int64(object.IntMaxStrDigits)), nil
	}},
	{Name: "set_int_max_str_digits", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("set_int_max_str_digits", args, kw, []string{"maxdigits"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		n, err := object.IndexInt(t, a[0])
		if err != nil {
			return object.Null, err
		}
		if n != 0 && n < 640 {
			return object.Null, object.NewError(object.ValueError, "maxdigits must be 0 or larger than 640")
		}
		object.IntMaxStrDigits = n
		return object.None, nil
	}},
	{Name: "getsizeof", Fn: sysGetSizeOf},
	{Name: "exit", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("exit", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		// The status becomes the exception's arguments as CPython's
		// PyErr_SetObject makes them: none for None, a tuple's items.
		var excArgs []object.Value
		if len(args) == 1 {
			if tup, ok := args[0].AsTuple(); ok && args[0].Type() == object.TupleType {
				excArgs = tup.Items
			} else if !args[0].IsNone() {
				excArgs = args
			}
		}
		exc, err := object.Call(t, object.SystemExit.AsValue(), excArgs, nil)
		if err != nil {
			return object.Null, err
		}
		e, _ := exc.AsException()
		return object.Null, e
	}},
	{Name: "getswitchinterval", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("getswitchinterval", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return object.Float(t.State.(*Thread).interp.SwitchInterval().Seconds()), nil
	}},
	{Name: "setswitchinterval", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("setswitchinterval", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		v := args[0]
		if typ := v.Type(); !v.IsFloat() && !v.IsInt() && typ.Float == nil && typ.Index == nil {
			return object.Null, object.Errorf(object.TypeError, "must be real number, not %s", typ.TpName())
		}
		secs, err := object.ToFloat(t, v)
		if err != nil {
			return object.Null, err
		}
		if !(secs > 0) {
			return object.Null, object.NewError(object.ValueError, "switch interval must be strictly positive")
		}
		t.State.(*Thread).interp.SetSwitchInterval(time.Duration(secs * float64(time.Second)))
		return object.None, nil
	}},
	{Name: "getrecursionlimit", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return object.Int(int64(object.RecursionLimit)), nil
	}},
	{Name: "setrecursionlimit", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("setrecursionlimit", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		if !args[0].IsInt() {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().TpName())
		}
		n := args[0].AsInt()
		if n < 1 {
			return object.Null, object.NewError(object.ValueError, "recursion limit must be greater or equal than 1")
		}
		if int(n) <= t.Depth() {
			return object.Null, object.Errorf(object.RecursionError,
				"cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.Depth())
		}
		object.RecursionLimit = int(min(n, maxRecursionLimit))
		return object.None, nil
	}},
	{Name: "displayhook", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("displayhook", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		th := t.State.(*Thread)
		v := args[0]
		if v.IsNone() {
			return object.None, nil
		}
		th.interp.builtins.SetStr(object.Intern("_"), object.None)
		r, err := object.Repr(t, v)
		if err != nil {
			return object.Null, err
		}
		if err := th.writeStdout(r.String() + "\n"); err != nil {
			return object.Null, err
		}
		th.interp.builtins.SetStr(object.Intern("_"), v)
		return object.None, nil
	}},
	{Name: "excepthook", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("excepthook", args, kw, 3, 3); err != nil {
			return object.Null, err
		}
		th := t.State.(*Thread)
		if exc, ok := args[1].AsException(); ok {
			th.interp.Flush()
			th.PrintException(os.Stderr, exc)
		}
		return object.None, nil
	}},
	{Name: "exc_info", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		th := t.State.(*Thread)
		exc, ok := th.handled.AsException()
		if th.handled.IsNull() || !ok {
			return object.NewTuple(object.None, object.None, object.None).AsValue(), nil
		}
		tb := exc.Traceback
		if tb.IsNull() {
			tb = object.None
		}
		return object.NewTuple(exc.Type().AsValue(), exc.AsValue(), tb).AsValue(), nil
	}},
	{Name: "exception", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		th := t.State.(*Thread)
		if th.handled.IsNull() {
			return object.None, nil
		}
		return th.handled, nil
	}},
	{Name: "_getframe", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("_getframe", args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		depth := int64(0)
		if len(args) == 1 {
			depth = args[0].AsInt()
		}
		f := t.State.(*Thread).frame
		for ; depth > 0 && f != nil; depth-- {
			f = f.back
		}
		if f == nil {
			return object.Null, object.NewError(object.ValueError, "call stack is not deep enough")
		}
		f.escape()
		return f.AsValue(), nil
	}},
	{Name: "audit", Fn: sysAudit},
	{Name: "addaudithook", Fn: sysAddAuditHook},
	{Name: "intern", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("intern", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		s, ok := args[0].AsStr()
		if !ok || args[0].Type() != object.StrType {
			return object.Null, object.Errorf(object.TypeError, "intern() argument must be str, not %s", args[0].Type().Name)
		}
		return object.InternStr(s).AsValue(), nil
	}},
}

// auditHooks are the callables added by sys.addaudithook, called in
// order by sys.audit. The runtime itself raises no audit events.
var auditHooks struct {
	sync.Mutex
	hooks []object.Value
}

// sysAudit is sys.audit(event, *args): each hook is called with the event
// name and the tuple of args; the first exception a hook raises stops the
// calls and propagates.
func sysAudit(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("sys.audit", kw); err != nil {
		return object.Null, err
	}
	if len(args) == 0 {
		return object.Null, object.NewError(object.TypeError, "audit() missing 1 required positional argument: 'event'")
	}
	auditHooks.Lock()
	hooks := auditHooks.hooks
	auditHooks.Unlock()
	if len(hooks) == 0 {
		return object.None, nil // as CPython, the event is not even checked
	}
	if _, ok := args[0].AsStr(); !ok {
		return object.Null, object.Errorf(object.TypeError, "expected str for argument 'event', not %s", args[0].Type().Name)
	}
	return object.None, callAuditHooks(t, hooks, args[0], object.NewTupleCopy(args[1:]).AsValue())
}

func callAuditHooks(t *object.Thread, hooks []object.Value, event, args object.Value) error {
	for _, hook := range hooks {
		if _, err := object.Call(t, hook, []object.Value{event, args}, nil); err != nil {
			return err
		}
	}
	return nil
}

// sysAddAuditHook is sys.addaudithook(hook). The hooks already added see
// the event "sys.addaudithook" first; if one raises RuntimeError the hook
// is silently not added (other exceptions propagate).
func sysAddAuditHook(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var hook [1]object.Value
	if err := object.ParseArgs("addaudithook", args, kw, []string{"hook"}, 1, 1, hook[:]); err != nil {
		return object.Null, err
	}
	auditHooks.Lock()
	hooks := auditHooks.hooks
	auditHooks.Unlock()
	err := callAuditHooks(t, hooks, object.StrValue("sys.addaudithook"), object.NewTuple().AsValue())
	if exc, ok := err.(*object.Exc); ok && exc.Type().IsSubtype(object.RuntimeError) {
		return object.None, nil
	} else if err != nil {
		return object.Null, err
	}
	auditHooks.Lock()
	// A new slice each time: sysAudit iterates a snapshot without the lock.
	auditHooks.hooks = append(auditHooks.hooks[:len(auditHooks.hooks):len(auditHooks.hooks)], hook[0])
	auditHooks.Unlock()
	return object.None, nil
}

// sysGetSizeOf is sys.getsizeof(object[, default]): the object's
// __sizeof__(), which for built-in types reports the size of Adder's own
// layout (ints, floats, bools and None are immediates inside a two-word
// Value and report CPython's sizes). Unlike CPython no garbage collector
// header is added: Go's collector keeps none.
func sysGetSizeOf(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("getsizeof", args, kw, []string{"object", "default"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
	v := a[0]
	sizeof := v.Type().Lookup(object.Intern("__sizeof__"))
	if sizeof.IsNull() {
		if !a[1].IsNull() {
			return a[1], nil
		}
		return object.Null, object.Errorf(object.TypeError, "Type %s doesn't define __sizeof__", v.Type().Name)
	}
	if get := sizeof.Type().DescrGet; get != nil {
		var err error
		if sizeof, err = get(t, sizeof, v, v.Type()); err != nil {
			return object.Null, err
		}
	}
	r, err := object.Call(t, sizeof, nil, nil)
	if err != nil {
		return object.Null, err
	}
	n, ok := object.AsInt64(r)
	if !ok {
		return object.Null, object.NewError(object.TypeError, "an integer is required")
	}
	if n < 0 {
		return object.Null, object.NewError(object.ValueError, "__sizeof__() should return >= 0")
	}
	return object.Int(n), nil
}

// maxRecursionLimit bounds sys.setrecursionlimit so that deep Python
// recursion stays far from the Go stack limit.
const maxRecursionLimit = 100000

// writeStdout writes text to sys.stdout (through its write method unless
// it is the standard stream).
func (th *Thread) writeStdout(text string) error {
	out, ok := th.sysAttr("stdout")
	if !ok || out.IsNone() {
		return object.NewError(object.RuntimeError, "lost sys.stdout")
	}
	return th.writeTo(out, text)
}

// writeTo writes text to a file object: directly for the standard streams,
// else by calling its write method.
func (th *Thread) writeTo(file object.Value, text string) error {
	if file.Type() == streamType {
		s := (*stream)(file.Pointer())
		th.interp.outMu.Lock()
		err := s.writeString(text)
		th.interp.outMu.Unlock()
		if s.needsFlush(text) {
			th.interp.Flush()
		}
		return err
	}
	t := &th.Thread
	w, err := object.GetAttr(t, file, object.Intern("write"))
	if err != nil {
		return err
	}
	_, err = object.Call(t, w, []object.Value{object.StrValue(text)}, nil)
	return err
}

// SysModule returns sys.modules[name] when it is a module.
func (th *Thread) SysModule(name string) (*Module, bool) {
	v, ok := th.interp.modules.GetStr(object.Intern(name))
	if !ok {
		return nil, false
	}
	return asModule(v)
}

// SetSysModule sets sys.modules[name] (for modules that install
// submodules, as os does with os.path).
func (th *Thread) SetSysModule(name string, m object.Value) {
	th.interp.modules.SetStr(object.Intern(name), m)
}

// FlushStdout writes out what sys.stdout has buffered, so that text written
// to stderr next appears after it.
func (th *Thread) FlushStdout() { th.interp.Flush() }

// runAtExit calls atexit's handlers when the program imported atexit.
func (th *Thread) runAtExit() {
	m, ok := th.SysModule("atexit")
	if !ok {
		return
	}
	if run, ok := m.dict.GetStr(object.Intern("_run_exitfuncs")); ok {
		// _run_exitfuncs reports handler exceptions itself.
		object.Call(&th.Thread, run, nil, nil)
	}
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
