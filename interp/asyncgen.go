package interp

import (
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// The async generator protocol (PEP 525). An async generator's frame
// suspends in two ways: at its own YIELD_VALUE, handing a value to its
// consumer, or at a SEND of an inner await, passing the awaited object's
// yield up to the event loop. __anext__(), asend(v), athrow(e) and
// aclose() return awaitables; driving one resumes the frame once per
// send(): a pass-up is yielded to the driver unchanged, while an own yield
// ends the awaitable with StopIteration(value) and a frame return with
// StopAsyncIteration.

// awaitableState is the life cycle of an asend or athrow awaitable.
type awaitableState uint8

const (
	awaitableInit awaitableState = iota
	awaitableIter
	awaitableClosed
)

// asyncGenASend is what __anext__() and asend(v) return.
type asyncGenASend struct {
	object.Header
	gen     *Generator
	sendval object.Value
	state   awaitableState
}

// asyncGenAThrow is what athrow(e) and aclose() return; exc is Null for
// aclose.
type asyncGenAThrow struct {
	object.Header
	gen   *Generator
	exc   object.Value
	state awaitableState
}

var (
	asyncGenASendType  = object.NewNativeType("async_generator_asend", "", nil)
	asyncGenAThrowType = object.NewNativeType("async_generator_athrow", "", nil)
)

func asAsyncGen(v object.Value) *Generator { return (*Generator)(v.Pointer()) }

func initAsyncGenerators() {
	AsyncGeneratorType.AddMethods([]object.MethodDef{
		{Name: "__aiter__", Fn: func(_ *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("__aiter__", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return args[0], nil
		}},
		{Name: "__anext__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("__anext__", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return newASend(t, asAsyncGen(args[0]), object.None)
		}},
		{Name: "asend", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("asend", args[1:], kw, 1, 1); err != nil {
				return object.Null, err
			}
			return newASend(t, asAsyncGen(args[0]), args[1])
		}},
		{Name: "athrow", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("athrow", args[1:], kw, 1, 3); err != nil {
				return object.Null, err
			}
			if err := t.State.(*Thread).agenInitHooks(asAsyncGen(args[0])); err != nil {
				return object.Null, err
			}
			exc, err := throwArgs(t, args[1:])
			if err != nil {
				return object.Null, err
			}
			return newAThrow(t, asAsyncGen(args[0]), exc)
		}},
		{Name: "aclose", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("aclose", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return newAThrow(t, asAsyncGen(args[0]), object.Null)
		}},
	})

	self := func(_ *object.Thread, v object.Value) (object.Value, error) { return v, nil }
	awaitSelf := object.MethodDef{Name: "__await__", Fn: func(_ *object.Thread, args []object.Value, _ *object.Tuple) (object.Value, error) {
		return args[0], nil
	}}

	asend := func(v object.Value) *asyncGenASend { return (*asyncGenASend)(v.Pointer()) }
	asyncGenASendType.Iter = self
	asyncGenASendType.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		return asend(v).send(t.State.(*Thread), object.None)
	}
	asyncGenASendType.AddMethods([]object.MethodDef{
		awaitSelf,
		{Name: "send", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("send", args[1:], kw, 1, 1); err != nil {
				return object.Null, err
			}
			return asend(args[0]).send(t.State.(*Thread), args[1])
		}},
		{Name: "throw", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("throw", args[1:], kw, 1, 3); err != nil {
				return object.Null, err
			}
			exc, err := throwArgs(t, args[1:])
			if err != nil {
				return object.Null, err
			}
			return asend(args[0]).throw(t.State.(*Thread), exc)
		}},
		{Name: "close", Fn: func(_ *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("close", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			asend(args[0]).state = awaitableClosed
			return object.None, nil
		}},
	})
	asyncGenASendType.Ready()

	athrow := func(v object.Value) *asyncGenAThrow { return (*asyncGenAThrow)(v.Pointer()) }
	asyncGenAThrowType.Iter = self
	asyncGenAThrowType.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		return athrow(v).send(t.State.(*Thread), object.None)
	}
	asyncGenAThrowType.AddMethods([]object.MethodDef{
		awaitSelf,
		{Name: "send", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("send", args[1:], kw, 1, 1); err != nil {
				return object.Null, err
			}
			return athrow(args[0]).send(t.State.(*Thread), args[1])
		}},
		{Name: "throw", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("throw", args[1:], kw, 1, 3); err != nil {
				return object.Null, err
			}
			exc, err := throwArgs(t, args[1:])
			if err != nil {
				return object.Null, err
			}
			return athrow(args[0]).throw(t.State.(*Thread), exc)
		}},
		{Name: "close", Fn: func(_ *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("close", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			athrow(args[0]).state = awaitableClosed
			return object.None, nil
		}},
	})
	asyncGenAThrowType.Ready()
}

// newASend and newAThrow make the awaitables of g's methods, after the
// firstiter hook when this is g's first iteration.
func newASend(t *object.Thread, g *Generator, v object.Value) (object.Value, error) {
	if err := t.State.(*Thread).agenInitHooks(g); err != nil {
		return object.Null, err
	}
	a := &asyncGenASend{Header: object.NewHeader(asyncGenASendType), gen: g, sendval: v}
	return object.FromPointer(unsafe.Pointer(a)), nil
}

func newAThrow(t *object.Thread, g *Generator, exc object.Value) (object.Value, error) {
	if err := t.State.(*Thread).agenInitHooks(g); err != nil {
		return object.Null, err
	}
	a := &asyncGenAThrow{Header: object.NewHeader(asyncGenAThrowType), gen: g, exc: exc}
	return object.FromPointer(unsafe.Pointer(a)), nil
}

// agenResume resumes g with sent (throw Null) or by raising throw in it.
// It reports a value passed up from an inner await (passUp true), a value
// the generator yielded to its consumer (passUp false), or an error: the
// generator's exception, or StopAsyncIteration when it returned.
func (th *Thread) agenResume(g *Generator, sent, throw object.Value) (v object.Value, passUp bool, err error) {
	wasFinished := g.finished
	var done bool
	if throw.IsNull() {
		v, done, err = th.resume(g, sent, object.Null)
	} else {
		v, done, err = th.throwInto(g, throw)
	}
	switch {
	case err != nil:
		if !wasFinished && isInstance(err, object.StopAsyncIteration) {
			re := object.NewError(object.RuntimeError, "async generator raised StopAsyncIteration")
			re.Cause = err.(*object.Exc).AsValue()
			re.Context = re.Cause
			err = re
		}
		if isInstance(err, object.StopAsyncIteration) || isInstance(err, object.GeneratorExit) {
			g.closed = true
		}
		g.runningAsync = false
		return object.Null, false, err
	case done:
		g.closed = true
		g.runningAsync = false
		return object.Null, false, object.NewException(object.StopAsyncIteration)
	}
	// At a SEND suspension the frame's resume point is the SEND itself;
	// after a YIELD_VALUE it is the next instruction.
	f := g.frame
	if f.pc == f.lasti && f.code.Code.Code[f.pc].Op() == compile.SEND {
		return v, true, nil
	}
	g.runningAsync = false
	return v, false, nil
}

// result finishes one step of an asend awaitable.
func (a *asyncGenASend) result(v object.Value, passUp bool, err error) (object.Value, error) {
	switch {
	case err != nil:
		a.state = awaitableClosed
		return object.Null, err
	case passUp:
		return v, nil
	}
	a.state = awaitableClosed
	return object.Null, object.NewStopIteration(v)
}

func (a *asyncGenASend) send(th *Thread, v object.Value) (object.Value, error) {
	switch a.state {
	case awaitableClosed:
		return object.Null, object.NewError(object.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	case awaitableInit:
		if a.gen.runningAsync {
			a.state = awaitableClosed
			return object.Null, object.NewError(object.RuntimeError, "anext(): asynchronous generator is already running")
		}
		if v.IsNone() {
			v = a.sendval
		}
		a.state = awaitableIter
		a.gen.runningAsync = true
	}
	return a.result(th.agenResume(a.gen, v, object.Null))
}

func (a *asyncGenASend) throw(th *Thread, exc object.Value) (object.Value, error) {
	if a.state == awaitableClosed {
		return object.Null, object.NewError(object.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	a.state = awaitableIter
	a.gen.runningAsync = true
	return a.result(th.agenResume(a.gen, object.Null, exc))
}

// result finishes one step of an athrow or aclose awaitable.
func (a *asyncGenAThrow) result(v object.Value, passUp bool, err error) (object.Value, error) {
	switch {
	case passUp:
		return v, nil
	case a.exc.IsNull() && err == nil:
		a.state = awaitableClosed
		return object.Null, object.NewError(object.RuntimeError, "async generator ignored GeneratorExit")
	case a.exc.IsNull() && (isInstance(err, object.StopAsyncIteration) || isInstance(err, object.GeneratorExit)):
		a.state = awaitableClosed
		return object.Null, object.NewException(object.StopIteration)
	case err != nil:
		a.state = awaitableClosed
		return object.Null, err
	}
	a.state = awaitableClosed
	return object.Null, object.NewStopIteration(v)
}

func (a *asyncGenAThrow) name() string {
	if a.exc.IsNull() {
		return "aclose()"
	}
	return "athrow()"
}

func (a *asyncGenAThrow) send(th *Thread, v object.Value) (object.Value, error) {
	g := a.gen
	switch a.state {
	case awaitableClosed:
		return object.Null, object.NewError(object.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	case awaitableIter:
		return a.result(th.agenResume(g, v, object.Null))
	}
	switch {
	case g.runningAsync:
		a.state = awaitableClosed
		return object.Null, object.Errorf(object.RuntimeError, "%s: asynchronous generator is already running", a.name())
	case g.closed || g.finished:
		a.state = awaitableClosed
		if a.exc.IsNull() {
			return object.Null, object.NewException(object.StopIteration)
		}
		return object.Null, object.NewException(object.StopAsyncIteration)
	case !v.IsNone():
		return object.Null, object.NewError(object.RuntimeError, "can't send non-None value to a just-started coroutine")
	}
	a.state = awaitableIter
	exc := a.exc
	if exc.IsNull() {
		g.closed = true
		if !g.started {
			g.finished = true
			a.state = awaitableClosed
			return object.Null, object.NewException(object.StopIteration)
		}
		exc = object.GeneratorExit.AsValue()
	}
	g.runningAsync = true
	return a.result(th.agenResume(g, object.Null, exc))
}

func (a *asyncGenAThrow) throw(th *Thread, exc object.Value) (object.Value, error) {
	if a.state == awaitableClosed {
		return object.Null, object.NewError(object.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	a.state = awaitableIter
	a.gen.runningAsync = true
	return a.result(th.agenResume(a.gen, object.Null, exc))
}
