// jit.go: the interface between the interpreter and a tracing JIT, and
// what the interpreter exposes for a trace recorder to read.
//
// The interpreter calls the JIT at two points (DESIGN §5):
//
//   - At a LOOP_HEADER whose iteration counter has reached
//     JIT.Threshold, it calls JIT.HotLoop, which may start recording,
//     run a compiled trace (whose exit rewrites the frame's slots and
//     tells where the interpreter continues), or push the counter back.
//     The RESUME that enters a function's code does the same with the
//     code's call counter, as the pseudo-loop Code.EntryLoop.
//   - While a thread records (Thread.SetRecording), the eval loop calls
//     JIT.Record before each instruction, with the frame's state as the
//     instruction will see it. The eval loop then runs code whose every
//     instruction is a call to Record (Code.recordCode), so that without
//     recording it pays nothing per instruction.
//
// With no JIT configured the counters never reach the (maximal)
// threshold, so the interpreter runs as it would without this file.

package interp

import (
	"math"
	"math/bits"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// JIT is a tracing JIT, plugged into the interpreter by Config.JIT.
type JIT interface {
	// Threshold is the value of a loop's counter at which HotLoop is
	// called; the counter keeps counting, so HotLoop is called at every
	// later iteration unless it resets the counter (Code.SetLoopCount).
	Threshold() uint32
	// HotLoop is called by th after executing the LOOP_HEADER of loop
	// (a loop number of f's code) with pc the index of the instruction
	// after it and sp the stack pointer. It returns where the
	// interpreter continues: unchanged, or the state a trace exit left
	// in f's slots; err is an exception raised by a call the trace
	// inlined (finished by Thread.ResumeCall), which the interpreter
	// raises as if instruction newPC-1 had raised it. newPC is
	// negative when the trace yielded f's generator: it called
	// Thread.SuspendInTrace first.
	HotLoop(th *Thread, f *Frame, loop, pc, sp int) (newPC, newSP int, err error)
	// Record is called before each instruction while th is recording:
	// pc is the index of the instruction about to run in f, sp the stack
	// pointer.
	Record(th *Thread, f *Frame, pc, sp int)
	// DropSuspended ends the JIT's hold on every generator frame it
	// holds (Suspension.Drop): what their suspended traces kept is then
	// the frames' only, for an explicit collection to judge.
	DropSuspended()
}

// DropSuspendedRuns has th's JIT drop the traces suspended at a yield
// (JIT.DropSuspended), before gc.collect's collection.
func (th *Thread) DropSuspendedRuns() {
	if th.jit != nil {
		th.jit.DropSuspended()
	}
}

// A Suspension is a JIT's hold on a generator's frame whose trace
// yielded (Thread.SuspendInTrace): the trace's state is the JIT's, and
// the frame's slots are stale until Drop writes them.
type Suspension interface {
	// Resume continues the trace with sent as the value of the yield and
	// returns as HotLoop does: where the interpreter continues in f
	// (after the trace left, or, when it could not go on, right after
	// the yield with sent pushed), or a negative newPC when it yielded
	// again.
	Resume(th *Thread, f *Frame, sent object.Value) (newPC, newSP int, err error)
	// Drop ends the hold: it writes f's slots as the interpreter's
	// YIELD_VALUE would have left them and returns the instruction after
	// the yield and the stack pointer, the yielded value popped.
	Drop(f *Frame) (pc, sp int)
}

// SuspendInTrace records that the trace running in generator frame f
// yielded v at instruction pc, leaving the stack pointer at sp (v
// popped), and that s holds the trace's state: the generator's next
// resumption calls s.Resume. The JIT then returns a negative newPC from
// HotLoop, and eval returns v as YIELD_VALUE does.
func (th *Thread) SuspendInTrace(f *Frame, s Suspension, v object.Value, pc, sp int) {
	f.suspension = s
	f.lasti, f.pc, f.sp = pc, pc+1, sp
	f.gen.suspended = true
	th.yielded = v
}

// takeYielded returns the value a trace yielded (SuspendInTrace).
func (th *Thread) takeYielded() object.Value {
	v := th.yielded
	th.yielded = object.Null
	return v
}

// CanSuspend reports whether f is the frame of a plain generator (not a
// coroutine or an async generator) that a trace may hold at a yield
// (Thread.SuspendInTrace): nothing else holds the frame object, whose
// slots would be stale.
func (f *Frame) CanSuspend() bool {
	return f.gen != nil && f.gen.Type() == GeneratorType && !f.escaped
}

// DropSuspension ends the hold a JIT's Suspension has on generator
// frame f, if any: the generator goes on in the interpreter.
func (f *Frame) DropSuspension() {
	if f.suspension != nil {
		f.dropSuspension()
	}
}

// dropSuspension ends the JIT's hold on f's frame (Suspension.Drop).
func (f *Frame) dropSuspension() {
	s := f.suspension
	f.suspension = nil
	f.pc, f.sp = s.Drop(f)
	f.lasti = f.pc - 1
}

// resumeInTrace resumes generator frame f, which a trace holds
// (f.suspension), with sent, and runs it on in the interpreter where the
// trace leaves it.
func (th *Thread) resumeInTrace(f *Frame, sent object.Value) (object.Value, error) {
	s := f.suspension
	f.suspension = nil
	pc, sp, err := s.Resume(th, f, sent)
	if pc < 0 {
		return th.takeYielded(), nil
	}
	f.pc, f.sp = pc, sp
	throw, err := toThrow(err)
	if err != nil {
		return object.Null, err
	}
	if !throw.IsNull() {
		f.lasti = pc - 1
	}
	return th.eval(f, throw)
}

// toThrow returns the exception err, raised by a call a trace made, as
// the value for eval to raise (Null for a nil err), or err itself when it
// is no Python exception.
func toThrow(err error) (object.Value, error) {
	if err == nil {
		return object.Null, nil
	}
	e, ok := err.(*object.Exc)
	if !ok {
		return object.Null, err
	}
	return e.AsValue(), nil
}

// JIT returns th's JIT, nil when the JIT is off.
func (th *Thread) JIT() JIT { return th.jit }

// SetRecording switches the per-instruction Record calls of th on or off.
func (th *Thread) SetRecording(on bool) { th.recording = on }

// InterruptWord returns the address of th's eval breaker as a plain word,
// for native traces to poll at every back edge (DESIGN §4.2): nonzero means
// return to the interpreter, which serves the breaker at the loop header.
func (th *Thread) InterruptWord() *uint32 { return (*uint32)(unsafe.Pointer(&th.breaker)) }

// Recording reports whether th is recording.
func (th *Thread) Recording() bool { return th.recording }

// jitThreshold is the loop counter value at which th calls its JIT.
func jitThreshold(j JIT) uint32 {
	if j == nil {
		return math.MaxUint32
	}
	return max(j.Threshold(), 1)
}

// hotLoop is called by the eval loop when loop's counter reached the
// threshold.
func (th *Thread) hotLoop(f *Frame, loop, pc, sp int) (int, int, error) {
	if th.jit == nil {
		f.code.loopCounts[loop] = 0
		return pc, sp, nil
	}
	f.traced = true
	pc, sp, err := th.jit.HotLoop(th, f, loop, pc, sp)
	if err != nil {
		f.lasti = pc - 1
	}
	return pc, sp, err
}

// InlineCode returns fn's code when a call of fn with nargs positional
// arguments is plain: the arguments become the first fast locals and
// nothing else is set up (no defaults, cells, *args, generator), as a
// trace that inlines the call assumes; else nil.
func (fn *Function) InlineCode(nargs int) *Code {
	if c := fn.code; nargs == c.plainArgs {
		return c
	}
	return nil
}

// FrameSize returns the number of slots of a frame running c.
func (c *Code) FrameSize() int { return c.frameSize }

// ResumeCall continues a call of fn that a trace inlined and left in the
// middle (an exit inside the callee): it runs fn's code in a new frame,
// called from th's current frame, with the given slots, from instruction
// pc with stack pointer sp, and returns the call's result. With exc set,
// exc is raised in the new frame at instruction pc-1 first (a call made
// there, also inlined, raised it).
func (th *Thread) ResumeCall(fn *Function, slots []object.Value, pc, sp int, exc error) (object.Value, error) {
	throw, err := toThrow(exc)
	if err != nil {
		return object.Null, err
	}
	if err := th.Enter(""); err != nil {
		return object.Null, err
	}
	f := th.newFrame(fn.code, fn.globals, fn.builtins, object.Null)
	f.fn = fn
	copy(f.slots, slots)
	f.pc, f.lasti, f.sp = pc, pc-1, sp
	f.back = th.frame
	th.frame = f
	v, err := th.eval(f, throw)
	th.frame = f.back
	th.Leave()
	// The slots copied in may reach above the stack eval left.
	th.releaseFrameUsed(f, len(f.slots))
	return v, err
}

// SetLastInstr records that f is running instruction pc: a trace has Go
// run part of that instruction, and Python code it calls may look at
// f's line number (tracebacks, sys._getframe, logging, warnings).
func (f *Frame) SetLastInstr(pc int) { f.lasti = pc }

// Syncer brings the interpreter's frames up to date for Python code about
// to run. A trace that has Go run a helper leaves the loop's frame stale
// and pushes no frames for the calls it inlined; most helpers run no
// Python code, and those that do pay for the frames then.
type Syncer interface {
	// Sync writes the loop frame's locals and pushes the inlined frames
	// (PushInlined).
	Sync() error
}

// SetSyncer has s run before the next Python frame starts on th, or
// before a signal handler runs (nil: nothing to do). It runs at most
// once.
func (th *Thread) SetSyncer(s Syncer) { th.syncer = s }

// sync runs the pending Syncer, if any.
func (th *Thread) sync() error {
	if th.syncer == nil {
		return nil
	}
	s := th.syncer
	th.syncer = nil
	return s.Sync()
}

// PushInlined pushes a frame for a call of fn that a trace inlined, at
// instruction pc, with slots as its slots (the frame keeps them), while
// the trace has Go run a helper inside it: Python code the helper runs
// finds its caller frames (names, line numbers, locals). PopInlined pops
// it.
func (th *Thread) PushInlined(fn *Function, slots []object.Value, pc int) error {
	if err := th.Enter(""); err != nil {
		return err
	}
	f := th.newFrameSlots(fn.code, fn.globals, fn.builtins, object.Null, slots, ownSlots)
	f.fn = fn
	f.pc, f.lasti, f.sp = pc+1, pc, f.stackBase()
	f.back = th.frame
	th.frame = f
	return nil
}

// PopInlined pops the frame of the last PushInlined.
func (th *Thread) PopInlined() {
	f := th.frame
	th.frame = f.back
	th.Leave()
	if !f.escaped {
		f.slots = nil // its own: nothing to clear or give back
	}
	th.releaseFrameUsed(f, 0)
}

// Code returns the code object f runs.
func (f *Frame) Code() *Code { return f.code }

// Slots returns f's value slots: fast locals, cells, then the value stack.
// A JIT reads them while recording and writes them when a trace exits.
func (f *Frame) Slots() []object.Value { return f.slots }

// Globals returns the globals dict f runs with.
func (f *Frame) Globals() *object.Dict { return f.globals }

// Builtins returns the builtins dict f runs with.
func (f *Frame) Builtins() *object.Dict { return f.builtins }

// Locals returns the namespace f's LOAD_NAME and STORE_NAME use (the
// globals dict for module code; Null in a function).
func (f *Frame) Locals() object.Value { return f.locals }

// NameAt returns name i of c (the argument of LOAD_GLOBAL and friends).
func (c *Code) NameAt(i int) *object.Str { return c.names[i] }

// StackBase returns the index in Slots of the first value stack slot.
func (f *Frame) StackBase() int { return f.stackBase() }

// Instructions returns the bytecode of c.
func (c *Code) Instructions() []compile.Instr { return c.Code.Code }

// Const returns constant i of c as a runtime value.
func (c *Code) Const(i int) object.Value { return c.consts[i] }

// NumLocals returns the number of fast locals of c.
func (c *Code) NumLocals() int { return len(c.VarNames) }

// Line returns the source line of instruction i.
func (c *Code) Line(i int) int { return c.line(i) }

// EntryLoop returns the pseudo-loop number of c's entry: its counter
// counts calls of c (made by the interpreter, not the ones a trace
// inlines), and HotLoop is called for it at the RESUME that starts c,
// with pc 1.
func (c *Code) EntryLoop() int { return len(c.loopCounts) - 1 }

// LoopCount returns the iteration counter of loop.
func (c *Code) LoopCount(loop int) uint32 { return c.loopCounts[loop] }

// SetLoopCount sets the iteration counter of loop (a JIT pushes it back
// to delay the next HotLoop call, or keeps it at the threshold).
func (c *Code) SetLoopCount(loop int, n uint32) { c.loopCounts[loop] = n }

// LoopData returns what a JIT stored for loop with SetLoopData, or nil.
func (c *Code) LoopData(loop int) any {
	if c.loopData == nil {
		return nil
	}
	return c.loopData[loop]
}

// SetLoopData keeps d for loop, for the JIT to find again without a
// lookup of its own.
func (c *Code) SetLoopData(loop int, d any) {
	if c.loopData == nil {
		c.loopData = make([]any, len(c.loopCounts))
	}
	c.loopData[loop] = d
}

// MakeFunction is MAKE_FUNCTION(flags) of code c with the given globals:
// parts holds the operands below the code object, in stack order
// (defaults, keyword defaults, annotations, closure cells, each present
// when flags says so).
func MakeFunction(t *object.Thread, c *Code, globals *object.Dict, flags int, parts []object.Value) (object.Value, error) {
	fn := newFunction(t.State.(*Thread), c, globals)
	var err error
	k := len(parts)
	if flags&compile.MakeClosure != 0 {
		k--
		fn.closure, _ = parts[k].AsTuple()
	}
	if flags&compile.MakeAnnotations != 0 {
		k--
		fn.annotations, err = annotationsDict(t, parts[k])
	}
	if flags&compile.MakeKwDefaults != 0 {
		k--
		fn.kwDefaults, _ = parts[k].AsDict()
	}
	if flags&compile.MakeDefaults != 0 {
		k--
		fn.defaults, _ = parts[k].AsTuple()
	}
	if err != nil {
		return object.Null, err
	}
	return fn.AsValue(), nil
}

// MakeFunctionOperands returns how many operands MAKE_FUNCTION(flags)
// pops below the code object.
func MakeFunctionOperands(flags int) int {
	return bits.OnesCount(uint(flags & (compile.MakeClosure | compile.MakeAnnotations | compile.MakeKwDefaults | compile.MakeDefaults)))
}

// Code returns the code fn runs.
func (fn *Function) Code() *Code { return fn.code }
