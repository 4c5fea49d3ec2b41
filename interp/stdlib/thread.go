// thread.go: the _thread module, the Go half of threading: starting
// threads, locks and reentrant locks whose blocking acquires release the
// GIL (and on the main thread wake for signals), thread identities, and
// the default threading.excepthook.

package stdlib

import (
	"fmt"
	"math"
	"os"
	"time"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// timeoutMax is _thread.TIMEOUT_MAX in seconds: the longest wait a
// time.Duration holds.
const timeoutMax = float64(math.MaxInt64 / int64(time.Second))

var (
	lockType  = object.NewNativeType("lock", "_thread", nil)
	rlockType = object.NewNativeType("RLock", "_thread", nil)
)

// lock is _thread.LockType. The lock is free when its channel holds the
// token; acquiring takes the token, releasing puts it back.
type lock struct {
	object.Header
	token chan struct{}
}

// rlock is _thread.RLock: a lock that its owner may acquire again.
type rlock struct {
	lock
	owner int64 // ident of the owning thread, 0 when free
	count int
}

func newLock() *lock {
	l := &lock{Header: object.NewHeader(lockType), token: make(chan struct{}, 1)}
	l.token <- struct{}{}
	return l
}

func (l *lock) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(l)) }

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_thread",
		Doc:  "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.",
		Methods: []object.MethodDef{
			{Name: "start_new_thread", Fn: startNewThread, Doc: "Start a new thread running function(*args, **kwargs) and return its identifier."},
			{Name: "start_new", Fn: startNewThread},
			{Name: "allocate_lock", Fn: allocateLock, Doc: "Create a new lock object."},
			{Name: "allocate", Fn: allocateLock},
			{Name: "get_ident", Fn: getIdent, Doc: "Return a non-zero integer that uniquely identifies the current thread."},
			{Name: "get_native_id", Fn: getIdent, Doc: "Return an integer identifying the current thread."},
			{Name: "_count", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
				return object.Int(int64(threadOf(t).Interp().ThreadCount())), nil
			}, Doc: "Return the number of currently running Python threads, excluding the main thread."},
			{Name: "stack_size", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
				if err := object.CheckArity("stack_size", args, kw, 0, 1); err != nil {
					return object.Null, err
				}
				// Goroutine stacks grow as needed: any size is accepted and
				// the default (0) is always reported.
				if len(args) == 1 && args[0].IsInt() && args[0].AsInt() != 0 && args[0].AsInt() < 32768 {
					return object.Null, object.NewError(object.ValueError, "size not valid: 32768 bytes minimum")
				}
				return object.Int(0), nil
			}, Doc: "Return the thread stack size used when creating new threads."},
			{Name: "exit", Fn: threadExit, Doc: "Raise SystemExit, which ends the thread quietly."},
			{Name: "exit_thread", Fn: threadExit},
			{Name: "interrupt_main", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
				var a [1]object.Value
				if err := object.ParseArgs("interrupt_main", args, kw, []string{"signum"}, 0, 1, a[:]); err != nil {
					return object.Null, err
				}
				n := int64(2) // SIGINT
				if !a[0].IsNull() {
					n = a[0].AsInt()
				}
				th := threadOf(t)
				if err := th.Interp().InterruptMain(int(n)); err != nil {
					return object.Null, err
				}
				if th.IsMain() {
					// CPython's main thread handles it as the call returns.
					return object.None, th.HandleBreaker()
				}
				return object.None, nil
			}, Doc: "Simulate the arrival of the given signal in the main thread."},
			{Name: "_excepthook", Fn: threadExcepthook, Doc: "Handle an uncaught exception of a threading.Thread."},
		},
		Setup: setupThreadTypes,
		Init: func(th *interp.Thread, m *interp.Module) error {
			d := m.Dict()
			d.SetStr(object.Intern("LockType"), lockType.AsValue())
			d.SetStr(object.Intern("RLock"), rlockType.AsValue())
			d.SetStr(object.Intern("error"), object.RuntimeError.AsValue())
			d.SetStr(object.Intern("TIMEOUT_MAX"), object.Float(timeoutMax))
			return nil
		},
	})
}

// setupThreadTypes readies lock and RLock.
func setupThreadTypes() {
	lockType.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("lock", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return newLock().AsValue(), nil
	}
	lockType.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		l := (*lock)(v.Pointer())
		state := "unlocked"
		if len(l.token) == 0 {
			state = "locked"
		}
		return object.StrValue(fmt.Sprintf("<%s _thread.lock object at %#x>", state, uintptr(v.Pointer()))), nil
	}
	lockType.AddMethods([]object.MethodDef{
		{Name: "acquire", Fn: lockAcquire, Doc: "Lock the lock; with blocking false or a timeout, report whether it was locked."},
		{Name: "acquire_lock", Fn: lockAcquire},
		{Name: "__enter__", Fn: lockAcquire},
		{Name: "release", Fn: lockRelease, Doc: "Release the lock."},
		{Name: "release_lock", Fn: lockRelease},
		{Name: "__exit__", Fn: lockRelease},
		{Name: "locked", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return object.Bool(len((*lock)(args[0].Pointer()).token) == 0), nil
		}, Doc: "Tell whether the lock is locked."},
		{Name: "locked_lock", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return object.Bool(len((*lock)(args[0].Pointer()).token) == 0), nil
		}},
	})
	lockType.Ready()

	rlockType.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		r := &rlock{lock: *newLock()}
		r.Header = object.NewHeader(rlockType)
		return object.FromPointer(unsafe.Pointer(r)), nil
	}
	rlockType.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		r := (*rlock)(v.Pointer())
		state := "unlocked"
		if r.owner != 0 {
			state = "locked"
		}
		return object.StrValue(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %#x>", state, r.owner, r.count, uintptr(v.Pointer()))), nil
	}
	rlockType.AddMethods([]object.MethodDef{
		{Name: "acquire", Fn: rlockAcquire, Doc: "Lock the lock, again if this thread owns it."},
		{Name: "__enter__", Fn: rlockAcquire},
		{Name: "release", Fn: rlockRelease, Doc: "Release the lock once."},
		{Name: "__exit__", Fn: rlockRelease},
		{Name: "_is_owned", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			r := (*rlock)(args[0].Pointer())
			return object.Bool(r.count > 0 && r.owner == threadOf(t).Ident()), nil
		}},
		{Name: "_release_save", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			r := (*rlock)(args[0].Pointer())
			if r.count == 0 {
				return object.Null, object.NewError(object.RuntimeError, "cannot release un-acquired lock")
			}
			state := object.NewTuple(object.Int(int64(r.count)), object.Int(r.owner))
			r.count, r.owner = 0, 0
			r.token <- struct{}{}
			return state.AsValue(), nil
		}},
		{Name: "_acquire_restore", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			r := (*rlock)(args[0].Pointer())
			state, ok := args[1].AsTuple()
			if !ok || len(state.Items) != 2 {
				return object.Null, object.NewError(object.TypeError, "_acquire_restore() argument must be a 2-tuple")
			}
			if _, err := threadOf(t).Wait(r.token, -1); err != nil {
				return object.Null, err
			}
			r.count, r.owner = int(state.Items[0].AsInt()), state.Items[1].AsInt()
			return object.None, nil
		}},
	})
	rlockType.Ready()
}

func threadOf(t *object.Thread) *interp.Thread { return t.State.(*interp.Thread) }

func allocateLock(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("allocate_lock", args, kw, 0, 0); err != nil {
		return object.Null, err
	}
	return newLock().AsValue(), nil
}

func getIdent(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	return object.Int(threadOf(t).Ident()), nil
}

func threadExit(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	return object.Null, object.NewException(object.SystemExit)
}

// acquireArgs parses acquire(blocking=True, timeout=-1) into a wait
// duration: 0 for a non-blocking try, negative for no limit.
func acquireArgs(args []object.Value, kw *object.Tuple) (time.Duration, error) {
	var a [2]object.Value
	if err := object.ParseArgs("acquire", args[1:], kw, []string{"blocking", "timeout"}, 0, 2, a[:]); err != nil {
		return 0, err
	}
	blocking := a[0].IsNull() || !(a[0].IsInt() || a[0].IsBool()) || a[0].AsInt() != 0
	timeout := -1.0
	if !a[1].IsNull() {
		switch {
		case a[1].IsFloat():
			timeout = a[1].AsFloat()
		case a[1].IsInt() || a[1].IsBool():
			timeout = float64(a[1].AsInt())
		default:
			return 0, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer or float", a[1].Type().TpName())
		}
	}
	switch {
	case !blocking && timeout != -1:
		return 0, object.NewError(object.ValueError, "can't specify a timeout for a non-blocking call")
	case timeout < 0 && timeout != -1:
		return 0, object.NewError(object.ValueError, "timeout value must be a non-negative number")
	case !blocking:
		return 0, nil
	case timeout == -1:
		return -1, nil
	case timeout > timeoutMax:
		return 0, object.NewError(object.OverflowError, "timeout value is too large")
	}
	return max(time.Duration(timeout*float64(time.Second)), 1), nil
}

func lockAcquire(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	l := (*lock)(args[0].Pointer())
	wait, err := acquireArgs(args, kw)
	if err != nil {
		return object.Null, err
	}
	ok, err := threadOf(t).Wait(l.token, wait)
	if err != nil {
		return object.Null, err
	}
	return object.Bool(ok), nil
}

func lockRelease(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	l := (*lock)(args[0].Pointer())
	select {
	case l.token <- struct{}{}:
		return object.None, nil
	default:
		return object.Null, object.NewError(object.RuntimeError, "release unlocked lock")
	}
}

func rlockAcquire(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	r := (*rlock)(args[0].Pointer())
	wait, err := acquireArgs(args, kw)
	if err != nil {
		return object.Null, err
	}
	me := threadOf(t).Ident()
	if r.count > 0 && r.owner == me {
		r.count++
		return object.True, nil
	}
	ok, err := threadOf(t).Wait(r.token, wait)
	if err != nil || !ok {
		return object.Bool(false), err
	}
	r.owner, r.count = me, 1
	return object.True, nil
}

func rlockRelease(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	r := (*rlock)(args[0].Pointer())
	if r.count == 0 || r.owner != threadOf(t).Ident() {
		return object.Null, object.NewError(object.RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		r.token <- struct{}{}
	}
	return object.None, nil
}

// startNewThread is _thread.start_new_thread(function, args, kwargs=None).
func startNewThread(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("start_new_thread", args, kw, []string{"function", "args", "kwargs"}, 2, 3, a[:]); err != nil {
		return object.Null, err
	}
	fn := a[0]
	if fn.Type().Call == nil {
		return object.Null, object.NewError(object.TypeError, "first arg must be callable")
	}
	tu, ok := a[1].AsTuple()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "2nd arg must be a tuple")
	}
	callArgs := append([]object.Value(nil), tu.Items...)
	var kwnames *object.Tuple
	if !a[2].IsNull() && !a[2].IsNone() {
		d, ok := a[2].AsDict()
		if !ok {
			return object.Null, object.NewError(object.TypeError, "optional 3rd arg must be a dictionary")
		}
		var names []object.Value
		for _, k := range d.Keys() {
			v, _, err := d.GetItem(t, k)
			if err != nil {
				return object.Null, err
			}
			names = append(names, k)
			callArgs = append(callArgs, v)
		}
		kwnames = object.NewTuple(names...)
	}
	nt := threadOf(t).Interp().StartThread(func(th *interp.Thread) {
		_, err := object.Call(&th.Thread, fn, callArgs, kwnames)
		exc, ok := err.(*object.Exc)
		if !ok || exc.Type().IsSubtype(object.SystemExit) {
			return
		}
		th.WriteUnraisable(exc, "in thread started by", fn)
	})
	return object.Int(nt.Ident()), nil
}

// threadExcepthook is _thread._excepthook(args), the default
// threading.excepthook: "Exception in thread NAME:" and the traceback.
func threadExcepthook(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("_excepthook", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	get := func(name string) object.Value {
		v, err := object.GetAttr(t, args[0], object.Intern(name))
		if err != nil {
			return object.None
		}
		return v
	}
	excType, value, thread := get("exc_type"), get("exc_value"), get("thread")
	if excType == object.SystemExit.AsValue() {
		return object.None, nil
	}
	th := threadOf(t)
	th.Interp().Flush()
	name := fmt.Sprint(th.Ident())
	if !thread.IsNone() {
		if n, err := object.GetAttr(t, thread, object.Intern("name")); err == nil {
			if s, err := object.StrOf(t, n); err == nil {
				name = s.String()
			}
		}
	}
	fmt.Fprintf(os.Stderr, "Exception in thread %s:\n", name)
	if exc, ok := value.AsException(); ok {
		th.PrintException(os.Stderr, exc)
	}
	return object.None, nil
}
