package interp

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/adderpy/adder/object"
)

// Thread is the per-thread state of the interpreter.
type Thread struct {
	object.Thread
	interp *Interpreter
	frame  *Frame // the innermost running frame
	// handled is the exception being handled (sys.exception()), Null when
	// none.
	handled object.Value
	// stack is the value stack that frames take their slots from; top is
	// its first free slot.
	stack       []object.Value
	top         int
	oldSegments []stackSegment
	// freeFrames holds released frames for reuse.
	freeFrames []*Frame
	// generatorFrames holds the frames of finished generators for reuse,
	// by room for slots (see newGeneratorFrame).
	generatorFrames [4][]*Frame
	// lastFunctionEnv is the environment of the last function made
	// (functionEnvOf).
	lastFunctionEnv functionEnv
	// jit is the interpreter's JIT (nil when off); jitHot is its loop
	// threshold, and recording switches on the per-instruction
	// JIT.Record calls (jit.go).
	jit       JIT
	jitHot    uint32
	recording bool
	// yielded is the value a trace yielded (SuspendInTrace), until eval
	// returns it.
	yielded object.Value
	// syncer, when set, brings the frames up to date before the next
	// Python frame starts (SetSyncer).
	syncer Syncer

	// breaker is the eval breaker (see breaker.go); wake is signalled
	// when the main thread should leave a blocking wait to handle it.
	breaker atomic.Uint32
	wake    chan struct{}
	// ident is _thread.get_ident().
	ident int64
	// agenFirstIter and agenFinalizer are sys.set_asyncgen_hooks's
	// hooks (Null when unset); coroOriginDepth is
	// sys.set_coroutine_origin_tracking_depth's depth.
	agenFirstIter, agenFinalizer object.Value
	coroOriginDepth              int
}

// valueStackChunk is the size of a thread's value stack segment; a frame
// that does not fit gets a fresh segment.
const valueStackChunk = 1 << 16

// NewThread returns a new thread state of in.
func (in *Interpreter) NewThread() *Thread {
	th := &Thread{interp: in, stack: make([]object.Value, valueStackChunk), wake: make(chan struct{}, 1),
		jit: in.config.JIT, jitHot: jitThreshold(in.config.JIT)}
	th.ident = in.nextIdent.Add(1)
	th.State = th
	return th
}

// Ident returns the thread's identifier (_thread.get_ident()).
func (th *Thread) Ident() int64 { return th.ident }

// Interp returns the interpreter the thread belongs to.
func (th *Thread) Interp() *Interpreter { return th.interp }

// allocSlots returns n slots from the value stack, all Null, and the mark
// to pass to freeSlots. Every slot of the stack at or above top is Null
// (freeSlots clears what it releases, and a new segment starts zeroed), so
// they need no clearing here.
func (th *Thread) allocSlots(n int) ([]object.Value, int) {
	mark := th.top
	if th.top+n > len(th.stack) {
		// Start a new segment; the frames below keep using the old one,
		// which becomes current again when this frame ends.
		th.oldSegments = append(th.oldSegments, stackSegment{th.stack, th.top})
		th.stack = make([]object.Value, max(valueStackChunk, n))
		th.top = 0
		mark = -1
	}
	s := th.stack[th.top : th.top+n : th.top+n]
	th.top += n
	return s, mark
}

// freeSlots releases slots allocated by allocSlots, of which only the
// first used can hold values: the others are Null already, since every
// instruction clears the stack slots it pops.
func (th *Thread) freeSlots(mark, used int) {
	if mark == ownSlots {
		return
	}
	if mark >= 0 {
		// Clear what the frame left so that its locals die with it.
		clearValues(th.stack[mark : mark+used])
		th.top = mark
		return
	}
	last := len(th.oldSegments) - 1
	th.stack, th.top = th.oldSegments[last].stack, th.oldSegments[last].top
	th.oldSegments = th.oldSegments[:last]
}

// ownSlots is the stack mark of a frame whose slots are its own, not
// from the value stack (PushInlined).
const ownSlots = -2

// stackSegment is a value stack segment that deeper frames outgrew, and
// its top when they did.
type stackSegment struct {
	stack []object.Value
	top   int
}

// builtinsOf returns the builtins namespace for code running with globals:
// globals["__builtins__"] (a module or a dict), or the interpreter's.
func (th *Thread) builtinsOf(globals *object.Dict) *object.Dict {
	if b, ok := globals.GetStr(strBuiltins); ok {
		if d, ok := b.AsDict(); ok {
			return d
		}
		if m, ok := asModule(b); ok {
			return m.dict
		}
	}
	return th.interp.builtins
}

// StartThread runs fn on a new Python thread: a new Thread state on its
// own goroutine, which holds the GIL while fn runs. A Go panic in fn is a
// bug and ends the process with an internal error, as on the main thread.
func (in *Interpreter) StartThread(fn func(th *Thread)) *Thread {
	th := in.NewThread()
	in.threads.Add(1)
	go func() {
		defer in.threads.Add(-1)
		in.gil.acquire(th)
		defer func() {
			if r := recover(); r != nil {
				in.Flush()
				fmt.Fprintf(os.Stderr, "adder: internal error in thread: %v\n%s", r, debug.Stack())
				os.Exit(70)
			}
			in.gil.release(th)
		}()
		fn(th)
	}()
	return th
}

// ThreadCount returns the number of threads StartThread started that
// are still running (_thread._count()).
func (in *Interpreter) ThreadCount() int { return int(in.threads.Load()) }

// SetSwitchInterval and SwitchInterval are sys.setswitchinterval and
// sys.getswitchinterval.
func (in *Interpreter) SetSwitchInterval(d time.Duration) { in.gil.setInterval(d) }

// SwitchInterval returns the GIL switch interval.
func (in *Interpreter) SwitchInterval() time.Duration { return in.gil.interval() }

// shutdownThreads waits for the non-daemon threads, as Python's
// finalization does through threading._shutdown when threading was
// imported.
func (th *Thread) shutdownThreads() {
	mod, ok := th.interp.modules.GetStr(object.Intern("threading"))
	if !ok {
		return
	}
	fn, err := object.GetAttr(&th.Thread, mod, object.Intern("_shutdown"))
	if err != nil {
		return
	}
	if _, err := object.Call(&th.Thread, fn, nil, nil); err != nil {
		if exc, ok := err.(*object.Exc); ok {
			th.WriteUnraisable(exc, "", mod)
		}
	}
}
