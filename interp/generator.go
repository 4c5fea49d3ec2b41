package interp

import (
	"fmt"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// Generator is a generator, coroutine or async generator: a suspended frame
// that resumes on next(), send(), throw() or close().
type Generator struct {
	object.Header
	// frame is nil once the generator has finished and its frame went
	// back to the thread for reuse (see recycleFrame); code stays.
	frame *Frame
	// sendTo is set by the eval loop when the frame yields in a SEND
	// whose delegate is a generator or coroutine, to that delegate, and
	// cleared when the frame runs again (see sendDelegate).
	sendTo   *Generator
	code     *Code
	name     object.Value
	qualName object.Value
	started  bool
	running  bool
	// suspended is set by the eval loop when the frame yields (YIELD_VALUE,
	// or SEND passing up a value of the delegate).
	suspended bool
	finished  bool
	// For async generators: runningAsync is set while an asend/athrow
	// awaitable is being driven, closed once the generator is finished for
	// its consumers (aclose, or StopAsyncIteration/GeneratorExit out of it).
	runningAsync bool
	closed       bool
	// hooksInited is set once an async generator's firstiter hook ran.
	hooksInited bool
	// origin is a coroutine's cr_origin, nil when it was not tracked (a
	// pointer, and the bools together: the Generator is 112 bytes, a Go
	// size class; 8 more would take 128).
	origin *object.Tuple
	// handled is the exception the frame's own code is handling (the
	// innermost except block it is in, kept while it is suspended there),
	// Null or None when none; while the frame runs, the thread's handled
	// exception is this one, else outerHandled, the thread's when the
	// frame was resumed (CPython's gi_exc_state on the exc_info stack).
	handled      object.Value
	outerHandled object.Value
}

// enterHandled makes g's own handled exception, if any, the thread's, as
// g's frame starts running; leaveHandled restores the thread's.
func (g *Generator) enterHandled(th *Thread) {
	g.outerHandled = th.handled
	if g.hasHandled() {
		th.handled = g.handled
	}
}

// hasHandled reports whether g's frame is suspended inside an except
// block of its own.
func (g *Generator) hasHandled() bool { return !g.handled.IsNull() && !g.handled.IsNone() }

func (g *Generator) leaveHandled(th *Thread) {
	th.handled = g.outerHandled
	g.outerHandled = object.Null
}

// The generator types.
var (
	GeneratorType      = object.NewNativeType("generator", "", nil)
	CoroutineType      = object.NewNativeType("coroutine", "", nil)
	AsyncGeneratorType = object.NewNativeType("async_generator", "", nil)
)

func init() {
	GeneratorType.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) { return v, nil }
	GeneratorType.Next = generatorNext
	GeneratorType.AddGetSets(generatorGetSets("gi", "yieldfrom"))
	CoroutineType.AddGetSets(generatorGetSets("cr", "await"))
	CoroutineType.AddGetSets([]object.GetSetDef{{Name: "cr_origin", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if o := (*Generator)(v.Pointer()).origin; o != nil {
			return o.AsValue(), nil
		}
		return object.None, nil
	}}})
	AsyncGeneratorType.AddGetSets(generatorGetSets("ag", "await"))
	for _, typ := range []*object.Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		typ.Repr = generatorRepr
		if typ != AsyncGeneratorType {
			typ.AddMethods(generatorMethods)
		}
	}
	initAsyncGenerators()
	for _, typ := range []*object.Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		typ.Ready()
	}
	CoroutineType.AddMethods([]object.MethodDef{{Name: "__await__", Fn: func(_ *object.Thread, args []object.Value, _ *object.Tuple) (object.Value, error) {
		return object.FromPointer(unsafe.Pointer(&coroutineWrapper{Header: object.NewHeader(coroutineWrapperType), coro: args[0]})), nil
	}}})
	coroutineWrapperType.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) { return v, nil }
	coroutineWrapperType.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		return generatorNext(t, (*coroutineWrapper)(v.Pointer()).coro)
	}
	coroutineWrapperType.AddMethods(coroutineWrapperMethods)
	coroutineWrapperType.Ready()
}

// coroutineWrapper is what coroutine.__await__() returns: an iterator that
// drives the coroutine.
type coroutineWrapper struct {
	object.Header
	coro object.Value
}

var coroutineWrapperType = object.NewNativeType("coroutine_wrapper", "", nil)

var coroutineWrapperMethods = []object.MethodDef{
	{Name: "send", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return generatorSend(t, []object.Value{(*coroutineWrapper)(args[0].Pointer()).coro, args[1]}, kw)
	}},
	{Name: "throw", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		full := append([]object.Value{(*coroutineWrapper)(args[0].Pointer()).coro}, args[1:]...)
		return generatorThrow(t, full, kw)
	}},
	{Name: "close", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return generatorClose(t, []object.Value{(*coroutineWrapper)(args[0].Pointer()).coro}, kw)
	}},
}

// AsValue returns the generator as a Value.
func (g *Generator) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(g)) }

// makeGenerator binds the arguments of a generator function into a new
// frame (whose slots live on the heap, since it outlives the call) and
// returns the generator object.
func (th *Thread) makeGenerator(f *Function, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	c := f.code
	frame := th.newGeneratorFrame(c.frameSize)
	g := &Generator{Header: object.NewHeader(c.genType), frame: frame, code: c, name: f.name, qualName: f.qualName}
	frame.Header = object.NewHeader(FrameType)
	frame.code, frame.fn, frame.globals, frame.builtins, frame.gen = c, f, f.globals, f.builtins, g
	if len(args) == c.genArgs && kwnames == nil {
		copyValues(frame.slots, args)
	} else {
		if err := th.bindArgs(f, frame.slots, args, kwnames); err != nil {
			return object.Null, err
		}
		th.initCells(frame)
	}
	if c.genType == CoroutineType && th.coroOriginDepth > 0 {
		g.origin, _ = th.coroOrigin(th.coroOriginDepth).AsTuple()
	}
	return g.AsValue(), nil
}

// A generator's frame and the frame's slots are allocated together,
// apart from the generator, and the frame goes back to the thread when the
// generator finishes (recycleFrame), for the next generator to take. Most
// generators finish soon after they start (yield from and await chains,
// pipelines): the next one then takes a frame still in the cache instead
// of fresh memory from the allocator, and allocates only its Generator.
// Measured: 18% less CPU on a walk of a tree by recursive generators, 22%
// on coroutines awaiting coroutines, 7% on a recursive generator whose
// frames run traces.

// generatorFrameSlots is the room for slots of the frames in each of
// Thread.generatorFrames's free lists; maxFreeGeneratorFrames bounds a
// list.
const (
	generatorFrameSlots    = 4
	maxFreeGeneratorFrames = 64
)

// newGeneratorFrame returns a zeroed frame whose slots are n zeroed
// values.
func (th *Thread) newGeneratorFrame(n int) *Frame {
	// Unsigned: a shift, and n 0 gets a frame of its own below.
	k := uint(n-1) / generatorFrameSlots
	if k < uint(len(th.generatorFrames)) {
		if free := th.generatorFrames[k]; len(free) > 0 {
			f := free[len(free)-1]
			free[len(free)-1] = nil
			th.generatorFrames[k] = free[:len(free)-1]
			f.slots = f.slots[:n]
			return f
		}
	}
	switch k {
	case 0:
		return newFrameBlock[[generatorFrameSlots]object.Value](n)
	case 1:
		return newFrameBlock[[2 * generatorFrameSlots]object.Value](n)
	case 2:
		return newFrameBlock[[3 * generatorFrameSlots]object.Value](n)
	case 3:
		return newFrameBlock[[4 * generatorFrameSlots]object.Value](n)
	}
	return &Frame{slots: make([]object.Value, n)}
}

// frameBlock is a frame and its slots.
type frameBlock[S any] struct {
	f     Frame
	slots S
}

// newFrameBlock allocates a frameBlock whose array S, of at least n
// values, holds the frame's slots (the whole array is their capacity).
func newFrameBlock[S any](n int) *Frame {
	b := new(frameBlock[S])
	b.f.slots = unsafe.Slice((*object.Value)(unsafe.Pointer(&b.slots)), unsafe.Sizeof(b.slots)/unsafe.Sizeof(object.Value{}))[:n]
	return &b.f
}

// recycleFrame gives the frame of g, which has finished, to the thread
// for a later generator, unless something may still read it: a
// traceback, sys._getframe or gi_frame (escaped). A frame in a free list
// has all its slots zero, up to the capacity.
func (th *Thread) recycleFrame(g *Generator) {
	f := g.frame
	g.frame = nil
	slots := f.slots[:cap(f.slots)]
	k := uint(len(slots))/generatorFrameSlots - 1
	if f.escaped || uint(len(slots))%generatorFrameSlots != 0 || k >= uint(len(th.generatorFrames)) ||
		len(th.generatorFrames[k]) >= maxFreeGeneratorFrames {
		return
	}
	// The slots past f.slots are zero since the frame was made; those
	// above the stack pointer too, as eval clears what it pops, except
	// where a trace's exits wrote.
	used := max(f.sp, f.code.nlocals)
	if f.traced {
		used = len(f.slots)
	}
	clearValues(f.slots[:used])
	*f = Frame{slots: slots}
	th.generatorFrames[k] = append(th.generatorFrames[k], f)
}

// finish marks the generator done; its frame is released.
func (g *Generator) finish() { g.finished = true }

func (g *Generator) kind() string {
	switch g.Type() {
	case CoroutineType:
		return "coroutine"
	case AsyncGeneratorType:
		return "async generator"
	}
	return "generator"
}

// resume runs the generator until it yields (done false, v the yielded
// value) or finishes (done true, v the return value). throw, when not Null,
// is raised at the point of suspension.
func (th *Thread) resume(g *Generator, sent, throw object.Value) (v object.Value, done bool, err error) {
	if throw.IsNull() && !th.recording {
		if d := g.sendDelegate(); d != nil {
			return th.resumeDelegating(g, d, sent)
		}
	}
	return th.resumeFrame(g, sent, throw)
}

// sendDelegate returns the generator or coroutine that g, suspended in a
// SEND (yield from, await), delegates to, when resuming g would resume it
// at once: it is neither running nor finished. Otherwise it returns nil.
func (g *Generator) sendDelegate() *Generator {
	if g.running || g.finished {
		return nil
	}
	return g.idleDelegate()
}

// idleDelegate is sendDelegate for a g known to be neither running nor
// finished.
func (g *Generator) idleDelegate() *Generator {
	d := g.sendTo
	if d == nil || d.running || d.finished {
		return nil
	}
	return d
}

// resumeDelegating is resume for a generator g suspended in a SEND on d,
// its sendDelegate, which is suspended the same way or not: the value
// sent goes straight to the innermost delegate of the chain, instead of
// through a SEND in each generator on the way. Each generator on the way
// is pushed as its own resumption would push it (running, its frame on
// th's stack, one recursion level, its handled exception the thread's),
// so that the innermost one runs in the same state. What the innermost
// one yields, the chain yields; when it finishes or raises, its delegator
// continues from its SEND as the SEND would have continued: with the
// delegate's return value, or raising its exception there.
//
// The walk down the chain and the walk back up after a yield (the usual
// end) call nothing and keep the thread's frame and handled exception in
// locals: a few loads and stores per generator on the chain.
func (th *Thread) resumeDelegating(g, d *Generator, sent object.Value) (object.Value, bool, error) {
	if err := th.sync(); err != nil {
		return object.Null, false, err
	}
	caller, callerHandled := th.frame, th.handled
	// A delegate is neither running nor finished, so the next one down
	// is its idleDelegate. A delegate's Enter failing is left to its own
	// resumption to report. A generator's frame does not run while it is
	// on the chain, so its handled exception cannot change before it is
	// popped; outerHandled keeps the one in force above it.
	frame, handled := caller, callerHandled
	for ; d != nil && th.Enter("") == nil; d = g.idleDelegate() {
		g.running = true
		if g.hasHandled() {
			g.outerHandled = handled
			handled = g.handled
		}
		f := g.frame
		f.back = frame
		frame = f
		g = d
	}
	th.frame, th.handled = frame, handled
	v, done, err := th.resumeFrame(g, sent, object.Null)
	for (done || err != nil) && th.frame != caller {
		f := th.frame
		g := f.gen
		th.frame = f.back
		f.back = nil
		if g.hasHandled() {
			g.leaveHandled(th)
		}
		g.running = false
		th.Leave()
		if err != nil {
			// The delegate raised: SEND raises it, chained to the
			// exception being handled as any error an instruction raises.
			th.setContext(err)
			v, done, err = th.resumeFrame(g, object.Null, err.(*object.Exc).AsValue())
		} else {
			// The delegate returned v: SEND pops it and pushes v.
			f.sp--
			f.slots[f.sp] = object.Null
			f.pc++
			v, done, err = th.resumeFrame(g, v, object.Null)
		}
	}
	// The generator run last yielded: pop the rest of the chain.
	for f := th.frame; f != caller; {
		g := f.gen
		back := f.back
		f.back = nil
		f = back
		if !g.outerHandled.IsNull() {
			g.outerHandled = object.Null
		}
		g.running = false
		th.Leave()
	}
	th.frame, th.handled = caller, callerHandled
	return v, done, err
}

// resumeFrame resumes g's own frame (resume without the shortcut).
func (th *Thread) resumeFrame(g *Generator, sent, throw object.Value) (v object.Value, done bool, err error) {
	if g.running {
		return object.Null, false, object.Errorf(object.ValueError, "%s already executing", g.kind())
	}
	if g.finished {
		if !throw.IsNull() {
			return object.Null, true, th.raiseValue(throw, object.Null)
		}
		if g.Type() == CoroutineType {
			return object.Null, true, object.NewError(object.RuntimeError, "cannot reuse already awaited coroutine")
		}
		return object.None, true, nil
	}
	if err := th.sync(); err != nil {
		return object.Null, false, err
	}
	f := g.frame
	if !g.started {
		if throw.IsNull() && !sent.IsNone() {
			return object.Null, false, object.Errorf(object.TypeError,
				"can't send non-None value to a just-started %s", g.kind())
		}
		g.started = true
		f.sp = f.stackBase()
	} else if !throw.IsNull() {
		// Thrown into at a trace's yield, the interpreter raises it.
		f.DropSuspension()
	} else if f.suspension == nil {
		f.slots[f.sp] = sent
		f.sp++
	}
	if err := th.Enter(""); err != nil {
		return object.Null, false, err
	}
	g.running = true
	g.sendTo = nil
	f.back = th.frame
	th.frame = f
	g.enterHandled(th)
	if f.suspension != nil {
		v, err = th.resumeInTrace(f, sent)
	} else {
		v, err = th.eval(f, throw)
	}
	g.leaveHandled(th)
	th.frame = f.back
	f.back = nil
	g.running = false
	th.Leave()
	if g.suspended {
		g.suspended = false
		return v, false, nil
	}
	g.finished = true
	th.recycleFrame(g)
	if err != nil {
		if isInstance(err, object.StopIteration) {
			msg := fmt.Sprintf("%s raised StopIteration", g.kind())
			re := object.NewError(object.RuntimeError, msg)
			re.Cause = err.(*object.Exc).AsValue()
			re.Context = re.Cause
			return object.Null, true, re
		}
		return object.Null, true, err
	}
	return v, true, nil
}

// genNext advances g for a consumer that stops at its end and drops
// what it returned (a for loop, sum): the value yielded, or Null once g
// finished, with no StopIteration made for its return value.
func (th *Thread) genNext(g *Generator) (object.Value, error) {
	v, done, err := th.resume(g, object.None, object.Null)
	if done {
		v = object.Null
	}
	return v, err
}

// iterNext is object.Next (the next item of it, Null at its end) with
// generators resumed directly, not through their type's Next. It is
// object.Next written out for the other iterators, which FOR_ITER's call
// of it reaches with no call more than before.
func (th *Thread) iterNext(it object.Value) (object.Value, error) {
	typ := it.Type()
	if typ == GeneratorType {
		return th.genNext((*Generator)(it.Pointer()))
	}
	if typ.Next == nil {
		return object.Next(&th.Thread, it) // its TypeError
	}
	v, err := typ.Next(&th.Thread, it)
	if err != nil && isInstance(err, object.StopIteration) {
		return object.Null, nil
	}
	return v, err
}

func generatorNext(t *object.Thread, v object.Value) (object.Value, error) {
	th := t.State.(*Thread)
	g := (*Generator)(v.Pointer())
	r, done, err := th.resume(g, object.None, object.Null)
	if err != nil || !done {
		return r, err
	}
	if r.IsNone() {
		return object.Null, nil
	}
	return object.Null, object.NewStopIteration(r)
}

// stopIterationFor returns the result of a finished generator as next()
// and send() report it: a StopIteration carrying the return value.
func stopIterationFor(r object.Value) error {
	if r.IsNone() {
		return object.NewException(object.StopIteration)
	}
	return object.NewStopIteration(r)
}

func generatorSend(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("send", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	r, done, err := th.resume((*Generator)(args[0].Pointer()), args[1], object.Null)
	if err != nil {
		return object.Null, err
	}
	if done {
		return object.Null, stopIterationFor(r)
	}
	return r, nil
}

func generatorThrow(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("throw", args[1:], kwnames, 1, 3); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	exc, err := throwArgs(t, args[1:])
	if err != nil {
		return object.Null, err
	}
	r, done, err := th.throwInto((*Generator)(args[0].Pointer()), exc)
	if err != nil {
		return object.Null, err
	}
	if done {
		return object.Null, stopIterationFor(r)
	}
	return r, nil
}

// throwArgs returns the exception that throw(typ[, val[, tb]]) raises:
// typ itself, or the value normalized as PyErr_NormalizeException does: a
// value that already is an instance of typ as is, a tuple as typ's
// arguments, anything else as typ's one argument.
func throwArgs(t *object.Thread, args []object.Value) (object.Value, error) {
	exc := args[0]
	if len(args) >= 2 && !args[1].IsNone() {
		typ, ok := exc.AsType()
		if !ok {
			return object.Null, object.NewError(object.TypeError, "instance exception may not have a separate value")
		}
		val := args[1]
		if val.Type().IsSubtype(typ) {
			return val, nil
		}
		callArgs := []object.Value{val}
		if tup, ok := val.AsTuple(); ok {
			callArgs = tup.Items
		}
		return object.Call(t, typ.AsValue(), callArgs, nil)
	}
	return exc, nil
}

// throwInto raises exc inside g, forwarding it first to a delegate that g
// is suspended on (yield from / await), as CPython's gen_throw does.
func (th *Thread) throwInto(g *Generator, exc object.Value) (object.Value, bool, error) {
	t := &th.Thread
	f := g.frame
	if g.started && !g.finished && f.code.Code.Code[f.pc].Op() == compile.SEND {
		receiver := f.slots[f.sp-1]
		var r object.Value
		var err error
		isExit := false
		if typ, ok := exc.AsType(); ok {
			isExit = typ.IsSubtype(object.GeneratorExit)
		} else {
			isExit = exc.Type().IsSubtype(object.GeneratorExit)
		}
		if isExit {
			if close, e := object.GetAttr(t, receiver, strClose); e == nil {
				if _, err = object.Call(t, close, nil, nil); err != nil {
					return th.resume(g, object.Null, object.FromPointer(unsafe.Pointer(err.(*object.Exc))))
				}
			}
			return th.resume(g, object.Null, exc)
		}
		if rg, ok := asGenerator(receiver); ok {
			var done bool
			r, done, err = th.throwInto(rg, exc)
			if err == nil && done {
				// The delegate finished: continue after SEND with its result.
				f.sp--
				f.slots[f.sp] = object.Null
				f.pc++
				return th.resume(g, r, object.Null)
			}
		} else {
			throw, e := object.GetAttr(t, receiver, strThrow)
			if e != nil {
				return th.resume(g, object.Null, exc)
			}
			r, err = object.Call(t, throw, []object.Value{exc}, nil)
			if err != nil && isInstance(err, object.StopIteration) {
				f.sp--
				f.slots[f.sp] = object.Null
				f.pc++
				return th.resume(g, stopIterationValue(err), object.Null)
			}
		}
		if err != nil {
			// The delegate raised: raise it in g at the SEND.
			return th.resume(g, object.Null, err.(*object.Exc).AsValue())
		}
		return r, false, nil
	}
	return th.resume(g, object.Null, exc)
}

func generatorClose(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("close", args[1:], kwnames, 0, 0); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	g := (*Generator)(args[0].Pointer())
	if !g.started || g.finished {
		g.finished = true
		return object.None, nil
	}
	_, done, err := th.throwInto(g, object.GeneratorExit.AsValue())
	if err != nil {
		if isInstance(err, object.GeneratorExit) || isInstance(err, object.StopIteration) {
			return object.None, nil
		}
		return object.Null, err
	}
	if !done {
		return object.Null, object.Errorf(object.RuntimeError, "%s ignored GeneratorExit", g.kind())
	}
	return object.None, nil
}

// stopIterationValue returns the value carried by a StopIteration error.
func stopIterationValue(err error) object.Value {
	return object.StopIterationValue(err.(*object.Exc))
}

func asGenerator(v object.Value) (*Generator, bool) {
	if typ := v.Type(); typ == GeneratorType || typ == CoroutineType {
		return (*Generator)(v.Pointer()), true
	}
	return nil, false
}

// send implements SEND: it passes v to receiver and reports whether the
// receiver yielded (result is the yielded value) or finished (result is its
// return value).
func (th *Thread) send(receiver, v object.Value) (object.Value, bool, error) {
	t := &th.Thread
	if g, ok := asGenerator(receiver); ok {
		r, done, err := th.resume(g, v, object.Null)
		return r, !done, err
	}
	var r object.Value
	var err error
	if v.IsNone() && receiver.Type().Next != nil {
		r, err = receiver.Type().Next(t, receiver) // StopIteration's value is the result

		if err == nil && r.IsNull() {
			return object.None, false, nil
		}
	} else {
		var send object.Value
		if send, err = object.GetAttr(t, receiver, strSend); err == nil {
			r, err = object.Call(t, send, []object.Value{v}, nil)
		}
	}
	if err != nil {
		if isInstance(err, object.StopIteration) {
			return stopIterationValue(err), false, nil
		}
		return object.Null, false, err
	}
	return r, true, nil
}

func generatorRepr(_ *object.Thread, v object.Value) (object.Value, error) {
	g := (*Generator)(v.Pointer())
	q, _ := g.qualName.AsStr()
	return object.StrValue(fmt.Sprintf("<%s object %s at %#x>", g.Type().Name, q, uintptr(v.Pointer()))), nil
}

var generatorMethods = []object.MethodDef{
	{Name: "send", Fn: generatorSend},
	{Name: "throw", Fn: generatorThrow},
	{Name: "close", Fn: generatorClose},
}

// generatorGetSets returns the attributes of generators (prefix "gi"),
// coroutines ("cr") and async generators ("ag"): gi_frame, cr_frame...;
// the object a suspended generator delegates to is gi_yieldfrom for
// generators and cr_await / ag_await otherwise.
func generatorGetSets(prefix, delegate string) []object.GetSetDef {
	gen := func(v object.Value) *Generator { return (*Generator)(v.Pointer()) }
	return []object.GetSetDef{
		{Name: "__name__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return gen(v).name, nil
		}},
		{Name: "__qualname__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return gen(v).qualName, nil
		}},
		{Name: prefix + "_running", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool(gen(v).running), nil
		}},
		{Name: prefix + "_suspended", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			g := gen(v)
			return object.Bool(g.started && !g.running && !g.finished), nil
		}},
		{Name: prefix + "_frame", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			g := gen(v)
			if g.finished {
				return object.None, nil
			}
			// Whoever holds the frame may read it after g finishes.
			g.frame.escape()
			return g.frame.AsValue(), nil
		}},
		{Name: prefix + "_code", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return gen(v).code.AsValue(), nil
		}},
		{Name: prefix + "_" + delegate, Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return gen(v).delegate(), nil
		}},
	}
}

// delegate returns the iterator a suspended generator is delegating to
// (yield from, await): the receiver of the SEND it is suspended at, else
// None.
func (g *Generator) delegate() object.Value {
	f := g.frame
	if !g.started || g.running || g.finished || f.pc >= len(f.code.Code.Code) || f.code.Code.Code[f.pc].Op() != compile.SEND {
		return object.None
	}
	return f.slots[f.sp-1]
}
