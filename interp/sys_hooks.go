// sys_hooks.go: the hook functions of the sys module (breakpointhook,
// unraisablehook, the async generator hooks, coroutine origin tracking)
// and the small functions around them (call_tracing, dlopen flags,
// getallocatedblocks).

package interp

import (
	"os"
	"runtime/metrics"
	"strings"
	"sync"

	"github.com/adderpy/adder/object"
)

// rtldNow is os.RTLD_NOW on Linux, the default of sys.getdlopenflags.
const rtldNow = 2

// The struct sequence types of sys.unraisablehook's argument and of
// sys.get_asyncgen_hooks(), made on first use.
var (
	unraisableHookArgsType = sync.OnceValue(func() *object.Type {
		return object.NewStructSeqType(&object.StructSeqDesc{
			Name: "UnraisableHookArgs", Doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
			Fields: []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, NVisible: 5,
		})
	})
	asyncGenHooksType = sync.OnceValue(func() *object.Type {
		return object.NewStructSeqType(&object.StructSeqDesc{
			Name: "asyncgen_hooks", Fields: []string{"firstiter", "finalizer"}, NVisible: 2, NoNew: true,
		})
	})
)

var sysHookFunctions = []object.MethodDef{
	{Name: "call_tracing", Fn: sysCallTracing},
	{Name: "breakpointhook", Fn: sysBreakpointHook},
	{Name: "unraisablehook", Fn: sysUnraisableHook},
	{Name: "get_asyncgen_hooks", Fn: sysGetAsyncGenHooks},
	{Name: "set_asyncgen_hooks", Fn: sysSetAsyncGenHooks},
	{Name: "get_coroutine_origin_tracking_depth", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("get_coroutine_origin_tracking_depth", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return object.Int(int64(t.State.(*Thread).coroOriginDepth)), nil
	}},
	{Name: "set_coroutine_origin_tracking_depth", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("set_coroutine_origin_tracking_depth", args, kw, []string{"depth"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		n, err := object.IndexInt(t, a[0])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, object.NewError(object.ValueError, "depth must be >= 0")
		}
		t.State.(*Thread).coroOriginDepth = n
		return object.None, nil
	}},
	{Name: "getdlopenflags", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("getdlopenflags", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return object.Int(int64(t.State.(*Thread).interp.dlopenFlags.Load())), nil
	}},
	{Name: "setdlopenflags", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("setdlopenflags", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		n, err := object.IndexInt(t, args[0])
		if err != nil {
			return object.Null, err
		}
		t.State.(*Thread).interp.dlopenFlags.Store(int32(n))
		return object.None, nil
	}},
	{Name: "getallocatedblocks", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("getallocatedblocks", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		// Go's count of live heap objects (as of the last collection, plus
		// what was allocated since) stands for CPython's count of memory
		// blocks in use: both track growth and leaks, neither is exact.
		s := []metrics.Sample{{Name: "/gc/heap/objects:objects"}}
		metrics.Read(s)
		if s[0].Value.Kind() != metrics.KindUint64 {
			panic("BUG: runtime/metrics has no /gc/heap/objects:objects")
		}
		return object.Int(int64(s[0].Value.Uint64())), nil
	}},
}

// sysCallTracing is sys.call_tracing(func, args): func(*args). Adder has
// no tracing to switch on around the call.
func sysCallTracing(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("sys.call_tracing", kw); err != nil {
		return object.Null, err
	}
	if len(args) != 2 {
		return object.Null, object.Errorf(object.TypeError, "call_tracing expected 2 arguments, got %d", len(args))
	}
	tup, ok := args[1].AsTuple()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "call_tracing() argument 2 must be tuple, not %s", typeNameOrNone(args[1]))
	}
	return object.Call(t, args[0], tup.Items, nil)
}

// typeNameOrNone names v's type as CPython's argument errors do: "None"
// for None.
func typeNameOrNone(v object.Value) string {
	if v.IsNone() {
		return "None"
	}
	return v.Type().Name
}

// sysBreakpointHook is the default sys.breakpointhook(*args, **kws): it
// calls the callable that $PYTHONBREAKPOINT names ("mod.attr", or a
// builtin's name; pdb.set_trace when unset or empty) with the arguments,
// does nothing for "0", and warns when the name cannot be imported.
func sysBreakpointHook(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	th := t.State.(*Thread)
	name := os.Getenv("PYTHONBREAKPOINT")
	switch name {
	case "":
		name = "pdb.set_trace"
	case "0":
		return object.None, nil
	}
	modName, attr := "builtins", name
	if dot := strings.LastIndexByte(name, '.'); dot == 0 {
		return th.ignoreBreakpointHook(name)
	} else if dot > 0 {
		modName, attr = name[:dot], name[dot+1:]
	}
	mod, err := th.importModule(modName)
	if err != nil {
		if isInstance(err, object.ImportError) {
			return th.ignoreBreakpointHook(name)
		}
		return object.Null, err
	}
	hook, err := object.GetAttr(t, mod, object.Intern(attr))
	if err != nil {
		if isInstance(err, object.AttributeError) {
			return th.ignoreBreakpointHook(name)
		}
		return object.Null, err
	}
	return object.Call(t, hook, args, kw)
}

// ignoreBreakpointHook warns that $PYTHONBREAKPOINT names nothing
// importable; breakpoint() then does nothing.
func (th *Thread) ignoreBreakpointHook(name string) (object.Value, error) {
	msg := `Ignoring unimportable $PYTHONBREAKPOINT: "` + name + `"`
	if err := th.warn(object.RuntimeWarning, msg); err != nil {
		return object.Null, err
	}
	return object.None, nil
}

// warn issues a warning of category through the warnings module,
// attributed to the innermost Python frame.
func (th *Thread) warn(category *object.Type, msg string) error {
	mod, err := th.importModule("warnings")
	if err != nil {
		return err
	}
	fn, err := object.GetAttr(&th.Thread, mod, object.Intern("warn"))
	if err != nil {
		return err
	}
	_, err = object.Call(&th.Thread, fn, []object.Value{object.StrValue(msg), category.AsValue(), object.Int(1)}, nil)
	return err
}

// builtinBreakpoint is breakpoint(*args, **kws): sys.breakpointhook(*args,
// **kws).
func builtinBreakpoint(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	hook, ok := t.State.(*Thread).sysAttr("breakpointhook")
	if !ok {
		return object.Null, object.NewError(object.RuntimeError, "lost sys.breakpointhook")
	}
	return object.Call(t, hook, args, kw)
}

// WriteUnraisable reports exc, an exception that cannot be raised because
// nothing is there to catch it (a weakref callback, an atexit handler, a
// thread's function): sys.unraisablehook gets an UnraisableHookArgs of the
// exception, the message "Exception ignored <where>" (None when where is
// empty) and obj, the object involved (Null for none). When the hook is
// missing the default report goes to sys.stderr; when it fails, its own
// exception is reported that way instead.
func (th *Thread) WriteUnraisable(exc *object.Exc, where string, obj object.Value) {
	msg := object.None
	if where != "" {
		msg = object.StrValue("Exception ignored " + where)
	}
	if obj.IsNull() {
		obj = object.None
	}
	tb := exc.Traceback
	if tb.IsNull() {
		tb = object.None
	}
	args := object.NewStructSeq(unraisableHookArgsType(), []object.Value{exc.Type().AsValue(), exc.AsValue(), tb, msg, obj})
	hook, ok := th.sysAttr("unraisablehook")
	if !ok || hook.IsNone() {
		th.defaultUnraisableHook(args)
		return
	}
	if _, err := object.Call(&th.Thread, hook, []object.Value{args}, nil); err != nil {
		if exc, ok := err.(*object.Exc); ok {
			tb := exc.Traceback
			if tb.IsNull() {
				tb = object.None
			}
			th.defaultUnraisableHook(object.NewStructSeq(unraisableHookArgsType(), []object.Value{exc.Type().AsValue(), exc.AsValue(), tb,
				object.StrValue("Exception ignored in sys.unraisablehook"), hook}))
		}
	}
}

// sysUnraisableHook is sys.unraisablehook(unraisable), the default hook.
func sysUnraisableHook(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("unraisablehook", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	if args[0].Type() != unraisableHookArgsType() {
		return object.Null, object.NewError(object.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	return object.None, t.State.(*Thread).defaultUnraisableHook(args[0])
}

// defaultUnraisableHook writes an UnraisableHookArgs to sys.stderr (if
// there is one) as CPython does: "<err_msg>: <repr(object)>" (or
// "Exception ignored in: <repr(object)>"), the traceback, then
// "<type>: <str(value)>", and flushes the file. Chained exceptions and
// notes are not shown.
func (th *Thread) defaultUnraisableHook(args object.Value) error {
	f := (*object.StructSeq)(args.Pointer()).Fields
	excType, excValue, tb, msg, obj := f[0], f[1], f[2], f[3], f[4]
	file, ok := th.sysAttr("stderr")
	if !ok || file.IsNone() {
		return nil
	}
	t := &th.Thread
	th.interp.Flush()
	var b strings.Builder
	writeStr := func(v object.Value) bool {
		s, err := object.StrOf(t, v)
		if err == nil {
			b.WriteString(s.String())
		}
		return err == nil
	}
	hasMsg := !msg.IsNone()
	switch {
	case !obj.IsNone():
		if hasMsg {
			writeStr(msg)
			b.WriteString(": ")
		} else {
			b.WriteString("Exception ignored in: ")
		}
		if r, err := object.Repr(t, obj); err == nil {
			b.WriteString(r.String())
		} else {
			b.WriteString("<object repr() failed>")
		}
		b.WriteString("\n")
	case hasMsg:
		writeStr(msg)
		b.WriteString(":\n")
	}
	if !tb.IsNone() && tb.Type() == TracebackType {
		p := newExcPrinter(th, false)
		p.traceback(tb, p.tracebackLimit())
		b.WriteString("Traceback (most recent call last):\n")
		b.WriteString(strings.Join(p.out, ""))
	}
	if typ, ok := excType.AsType(); ok {
		b.WriteString(typeDisplayName(typ))
		if !excValue.IsNone() {
			b.WriteString(": ")
			if !writeStr(excValue) {
				b.WriteString("<exception str() failed>")
			}
		}
		b.WriteString("\n")
	}
	if err := th.writeTo(file, b.String()); err != nil || file.Type() == streamType {
		return err
	}
	flush, err := object.GetAttr(&th.Thread, file, object.Intern("flush"))
	if err != nil {
		return err
	}
	_, err = object.Call(&th.Thread, flush, nil, nil)
	return err
}

// sysGetAsyncGenHooks is sys.get_asyncgen_hooks(): this thread's hooks.
func sysGetAsyncGenHooks(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("get_asyncgen_hooks", args, kw, 0, 0); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	orNone := func(v object.Value) object.Value {
		if v.IsNull() {
			return object.None
		}
		return v
	}
	return object.NewStructSeq(asyncGenHooksType(), []object.Value{orNone(th.agenFirstIter), orNone(th.agenFinalizer)}), nil
}

// sysSetAsyncGenHooks is sys.set_asyncgen_hooks(firstiter, finalizer):
// each hook given (None removes it) is set for this thread. As CPython's,
// the finalizer is set before firstiter is checked.
func sysSetAsyncGenHooks(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if n := object.Positional(args, kw); n > 2 {
		return object.Null, object.Errorf(object.TypeError, "function takes at most 2 arguments (%d given)", n)
	}
	if kw != nil {
		for _, k := range kw.Items {
			if s, _ := k.AsStr(); s.String() != "firstiter" && s.String() != "finalizer" {
				return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for this function", s.String())
			}
		}
	}
	var a [2]object.Value
	if err := object.ParseArgs("set_asyncgen_hooks", args, kw, []string{"firstiter", "finalizer"}, 0, 2, a[:]); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	for _, h := range []struct {
		name string
		v    object.Value
		dst  *object.Value
	}{{"finalizer", a[1], &th.agenFinalizer}, {"firstiter", a[0], &th.agenFirstIter}} {
		switch {
		case h.v.IsNull():
		case h.v.IsNone():
			*h.dst = object.Null
		case h.v.Type().Call == nil:
			return object.Null, object.Errorf(object.TypeError, "callable %s expected, got %s", h.name, h.v.Type().Name)
		default:
			*h.dst = h.v
		}
	}
	return object.None, nil
}

// agenInitHooks runs when an async generator is first iterated (its first
// __anext__, asend, athrow or aclose): it calls this thread's firstiter
// hook with the generator, once.
func (th *Thread) agenInitHooks(g *Generator) error {
	if g.hooksInited {
		return nil
	}
	g.hooksInited = true
	if th.agenFirstIter.IsNull() {
		return nil
	}
	_, err := object.Call(&th.Thread, th.agenFirstIter, []object.Value{g.AsValue()}, nil)
	return err
}

// coroOrigin returns cr_origin for a coroutine created now: a tuple of
// (filename, line, function name) for at most depth frames, innermost
// first.
func (th *Thread) coroOrigin(depth int) object.Value {
	var items []object.Value
	for f := th.frame; f != nil && len(items) < depth; f = f.back {
		c := f.code
		items = append(items, object.NewTuple(object.StrValue(c.Filename), object.Int(int64(c.line(f.lasti))), object.StrValue(c.Name)).AsValue())
	}
	return object.NewTuple(items...).AsValue()
}
