// Package jit is Adder's tracing JIT (DESIGN §5): it watches hot loops,
// records one iteration of a hot loop as IR (jit/ir) while the interpreter
// runs it, optimizes the IR, has a Backend (amd64) compile it, and runs
// the machine code in place of the interpreter, which takes over again at
// the exact bytecode where a guard fails.
//
// # How it plugs in
//
// JIT implements interp.JIT; cmd/adder creates one with New and passes it
// in interp.Config. The interpreter counts loop iterations at LOOP_HEADER
// and calls HotLoop when a loop's counter reaches the threshold. HotLoop
// starts recording (the thread then calls Record before each instruction),
// or runs the loop's trace, or pushes the counter back for a loop that is
// being penalised or is blacklisted.
//
// # Traces
//
// A trace is one iteration of the loop from its LOOP_HEADER back to it,
// in one frame (and a bridge, the rest of an iteration from a hot exit):
// locals and stack temporaries holding ints, floats and bools are unboxed
// into registers, any other value is a pointer of known class
// (objects.go); a `for` over a range iterator becomes an induction
// variable and a count, over a list or tuple iterator an index. The recorder guards on what it
// observed; anything it cannot handle aborts the recording with a counted
// reason, and the program goes on in the interpreter. A loop whose
// recording aborts is penalised (the counter starts again, the threshold
// doubling each time) and blacklisted after maxAttempts failures.
//
// With Options.FunctionTraces, a hot function (its entry counted as the
// pseudo-loop interp.Code.EntryLoop) is recorded from its entry to its
// return, and ends in EXIT, an exit through the snapshot before its
// RETURN_VALUE; a bridge that reaches its frame's return ends the same
// way in any tree. So does a loop trace of a generator whose iteration
// yields (the interpreter runs the YIELD_VALUE), and a bridge that
// reaches an instruction traces do not handle in its loop's own frame
// (a `yield from`, a return from inside a for loop, another loop whose
// tree takes other kinds of values): the path to it runs natively.
//
// Besides the pointer stores of the trace's own objects, native code
// takes fresh objects from pools (instances of a class, list and tuple
// iterators, range iterators, tuples and lists of up to 8 items), which Go
// refills, and probes sets and dicts natively for int, str and small
// tuple keys (sets.go, dicts.go), exiting where it cannot decide.
//
// # Entry and exit
//
// Go enters a trace tree at its root's top: for each root input it checks
// the frame slot's kind (int, float, bool, object of the recorded class,
// range iterator with the recorded step, list or tuple iterator) and
// stores the unboxed payload in the context's spill slot of that input;
// a mismatch skips the trace for this iteration.
// Every guard exit stores its snapshot's values into the spill slots (but
// constants, which Go and bridges take from the IR: ir.Trace.ExitStores)
// and jumps through its trace's exit table: to Go, or to a bridge (bridge.go)
// linked there, which runs the path the interpreter took from that exit
// back to the loop header and jumps to the root's entry. When an exit
// reaches Go, Go boxes the values back into the frame's slots (or the
// iterator's state) and the interpreter resumes at the snapshot's pc and
// stack pointer. Native code writes Go memory in FSTORE and STOREELEM
// (frame slots, list items, attributes, cells), which change the payload
// word of a Value holding an immediate of the same type, and in
// STOREVALUE, which stores a whole Value (a pointer) only after checking
// that the runtime's write barrier is off (DESIGN §4.3): the flag changes
// only while the world is stopped, which waits for the trace's next poll,
// and no collection marks while it is off, so an object a trace holds
// only in a register cannot be freed before the trace exits (its exits
// write every live object to scanned spill words). Rules §4.1, §4.2 and
// §4.5 are the backend's.
//
// # Helper calls
//
// What a trace cannot compute itself (calls it does not inline, methods
// of built-in types, containers, generic operators, other iterators) it
// has Go do in the middle of an iteration and continues: the ExitHelper
// exit, resumed after the call (helpers.go). Nested loops run as a trace
// of the inner loop plus a bridge from its exit through the rest of the
// outer iteration (bridge.go), back to the inner loop's header or to the
// header of another loop of the frame, whose tree the bridge jumps into
// (so an outer loop with several inner loops runs natively from one
// tree to the next; Context.Tree tells Go which tree an exit is in).
package jit

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/adderpy/adder/internal/libm"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

// Backend compiles IR traces to machine code and runs them.
type Backend interface {
	Arch() string
	// CompileTrace lowers and installs t at its place in its trace tree
	// (see native.Placement). With listing set it also returns the
	// assembly text.
	CompileTrace(t *ir.Trace, pl native.Placement, listing bool) (*native.Compiled, string, error)
	Enter(c *native.Compiled, at uintptr, ctx *native.Context) native.Exit
	Free(c *native.Compiled)
}

// DefaultThreshold is the default number of loop iterations before a loop
// is recorded.
const DefaultThreshold = 100

// maxAttempts is the number of failed recordings after which a loop is
// blacklisted.
const maxAttempts = 4

// Options configure a JIT.
type Options struct {
	// Threshold is the loop iteration count at which a loop is recorded.
	Threshold uint32
	// Log receives diagnostics selected by the Log* flags.
	Log io.Writer
	// FunctionTraces has hot functions traced from their entry to their
	// return (-X jit-functions=on). Off by default: on the bench programs
	// the functions it compiles are too small, or leave their traces too
	// often, to pay for Go's entry and exit of each call (hexiom ran 1.26x
	// slower, chaos 1.12x).
	FunctionTraces bool
	// LogIR, LogAsm and LogExits select what Log receives: each trace's IR,
	// its machine code, every trace exit. The summary is written by
	// WriteSummary.
	LogIR, LogAsm, LogExits bool
}

// JIT is the tracing JIT for one interpreter.
type JIT struct {
	opts    Options
	backend Backend
	loops   []*loopState // every loop seen, in order
	// trees holds every root trace compiled, by its tree number - 1.
	trees   []*trace
	rec     *recorder // the recording in progress, or nil
	recTh   *interp.Thread
	threads map[*interp.Thread]*threadRuns
	// lastTh and lastRuns cache the last lookup in threads.
	lastTh   *interp.Thread
	lastRuns *threadRuns
	// running counts the runs in progress (nested: a helper call may run
	// another trace); freeLater holds the code of trees retired
	// meanwhile, freed when none is.
	running   int
	freeLater []*native.Compiled
	// declining holds the operator methods a recording saw return
	// NotImplemented, which are not inlined (dunders.go).
	declining map[*interp.Code]bool
	// barrier, set in tests (export_test.go), is the write-barrier flag
	// the traces read instead of the runtime's.
	barrier *uint32
	stats   Stats
}

// threadRuns holds a thread's native contexts, one per nested run, and
// the depth of its current run.
type threadRuns struct {
	ctxs   []*native.Context
	args   [][]object.Value // helper argument buffers, by depth
	syncs  []*helperSync    // by depth
	owners []*yieldRun      // the suspended run that owns the context, by depth
	depth  int
}

// loopState is what the JIT knows of one loop (kept in its Code's
// LoopData).
type loopState struct {
	owner    *JIT
	trace    *trace
	attempts int
	// penalty is the number of HotLoop calls to ignore before recording
	// again.
	penalty     int
	blacklisted bool
	// loopExits counts recordings that ended at the loop's exit, which
	// do not count as attempts until there are maxLoopExits of them.
	loopExits int
	// noInline is set on a code's EntryLoop: its calls are not inlined
	// (reasonTooLong).
	noInline bool
}

// reasonLoopExit is the abort reason of a recording that reached the
// loop's exit, reasonTypeUnstable of one whose loop ended with a local of
// another type than it began with (best = None before a loop that sets
// it); both are retried, from the loop's next iteration, without penalty
// up to maxLoopExits times.
const (
	reasonLoopExit     = "loop exit while recording"
	reasonTypeUnstable = "type-unstable local"
	maxLoopExits       = 16
)

// reasonFuncLoop is the abort reason of a function trace that reached a
// loop of its function: the function is left to the interpreter, and
// the loop to its own trace tree.
const reasonFuncLoop = "function with a loop"

// trace is a compiled trace: a root loop trace or a bridge. The root
// holds the tree.
type trace struct {
	id    int
	ir    *ir.Trace
	code  *native.Compiled
	table []uintptr      // exit table, one word per snapshot (native.Placement)
	exits []uint64       // per snapshot
	keep  []object.Value // objects the code refers to by address
	funcs []inlined      // the inlined functions, by ir.SnapFrame.Func
	sites []callSite     // the helper calls, by ir.OpCall's Aux
	// consts holds the object of each KPtr constant, by address, that
	// a snapshot writes to a frame slot (the exits leave it to Go:
	// ir.Trace.ExitStores).
	consts map[int64]object.Value
	// made holds the classes and layouts of the instances the trace
	// allocates, for the exits that make those Sink removed.
	made made
	// via holds, per snapshot that names virtual objects, the bridge
	// linked there, which Go enters after making them (enterVia); the
	// exit table word stays Go's.
	via []*trace
	// writes caches each snapshot's frame slot writes (slotWrites);
	// stackBase is the index of the loop frame's first value stack slot.
	writes    [][]slotWrite
	itersOut  [][]iterWrite // each snapshot's iterator writes (iterWrites)
	stackBase int
	// inputHeader holds, for each input, the loop frame slot whose value
	// at the loop's header it reads, or -1 (holdsHeader).
	inputHeader []int32
	// noBridge marks the snapshots no bridge will be recorded from
	// (after maxAttempts failures, or the loop header's own).
	noBridge []bool
	attempts []uint8
	// table0 is the exit table as the backend filled it (every exit to
	// Go), for unlinking a bridge.
	table0 []uintptr
	// Root only: the loop, the tree's traces (index = Placement.Index),
	// and counts over all entries.
	loop     int
	loopCode *interp.Code
	header   int
	headerSP int
	// globals is the dict the frame ran with when the root was recorded:
	// its code uses it as a constant (global loads, functions it makes);
	// localsAreGlobals says whether the frame's locals were that dict
	// (module code: LOAD_NAME and STORE_NAME work on it).
	globals          *object.Dict
	localsAreGlobals bool
	tree             []*trace
	treeNum          uint64 // the tree's number (Context.Tree), from 1
	// linkedFrom lists the exits of other trees whose bridges end in
	// this tree's root, unlinked when this tree is retired.
	linkedFrom []exitRef
	entries    uint64
	mismatch   uint64
	skips      []skipCount // the mismatches, by input and what it held
	iters      uint64      // loop iterations run natively
	// calls counts the helper calls of the runs entered here; callsJudged
	// and itersJudged are calls and iters at the last judgement of the
	// helper calls (callBound), which set callBound when they made too
	// many.
	calls, callsJudged, itersJudged uint64
	callBound                       bool
	// spillUsed bounds the spill slots the tree's code uses, exitUsed
	// those below ir.FirstInputSlot (exitSlots).
	spillUsed, exitUsed int
	// insts is the number of bytecodes the root records (one iteration).
	insts int
	// exitSnap is the snapshot of the EXIT the trace ends in, or -1.
	exitSnap int32
	// entry marks a function trace's tree: the root runs from the
	// function's entry to its return, and iters counts the runs that
	// got there (the EXIT that leaves the tree counts as an iteration
	// in any tree).
	entry bool
	// retired is set once the tree is retired (a run outer to the one
	// that retired it may judge it again).
	retired bool
	// keptFree marks the root's inputs (ir.Input.Free) that a bridge
	// restarting the loop hands a substitute (ir.Trace.Restart): they
	// stay free (JIT.boundForBridge declines the bridges that would
	// bind one).
	keptFree map[int]bool
}

// exitRef is one exit of a trace: its snapshot.
type exitRef struct {
	trace *trace
	snap  int
}

// A trace tree is judged after minJudgedEntries entries: one running
// fewer than minItersPerEntry iterations per entry on average costs more
// in entries and exits than it saves, and its loop goes back to the
// interpreter, unless its iterations are long: minInstsPerEntry bytecodes
// per entry (iterations times the root's bytecodes per iteration) pay
// too. (Judged again later, mandelbrot's escape loop, whose first points
// escape at once, was retired though it runs 6x faster overall. Judged on
// iterations alone, deltablue's add_propagate, whose one iteration runs
// over a hundred bytecodes, was retired, and the program ran 1.9x
// slower; judged on bytecodes alone, short loops full of helper calls
// and exits (fannkuch, go) were kept, and ran up to 1.4x slower.)
// A tree is judged on its mismatches too, after maxMismatches of them: one
// the frame fits less than once in mismatchesPerEntry tries costs more in
// checks than it saves. (The first iteration of a loop often mismatches:
// best = None before a loop that sets best to a float.)
// A function tree is judged the same way on the share of its entries
// that run to the end of the tree (1 in minEndsPerEntry at least).
const (
	minJudgedEntries   = 64
	minItersPerEntry   = 4
	minInstsPerEntry   = 128
	minEndsPerEntry    = 2
	maxMismatches      = 256
	mismatchesPerEntry = 8
)

// New returns a JIT compiling with backend.
func New(backend Backend, opts Options) *JIT {
	if opts.Threshold == 0 {
		opts.Threshold = DefaultThreshold
	}
	return &JIT{opts: opts, backend: backend, threads: map[*interp.Thread]*threadRuns{}}
}

var _ interp.JIT = (*JIT)(nil)

// Threshold implements interp.JIT.
func (j *JIT) Threshold() uint32 { return j.opts.Threshold }

// HotLoop implements interp.JIT.
func (j *JIT) HotLoop(th *interp.Thread, f *interp.Frame, loop, pc, sp int) (int, int, error) {
	c := f.Code()
	ls := j.loopState(c, loop)
	switch {
	case ls.trace != nil && j.rec != nil && j.recTh == th:
		// A recording goes on through this loop (it unrolls it): the
		// interpreter runs it, to be recorded.
		c.SetLoopCount(loop, j.opts.Threshold)
	case ls.trace != nil:
		c.SetLoopCount(loop, j.opts.Threshold)
		return j.run(th, f, loop, ls.trace, pc, sp)
	case ls.blacklisted || j.rec != nil:
		c.SetLoopCount(loop, 0)
	case ls.penalty > 0:
		ls.penalty--
		c.SetLoopCount(loop, 0)
	case loop == c.EntryLoop() && (!j.opts.FunctionTraces || !f.Locals().IsNull()):
		// Function traces are off, or this is module or class body code,
		// run once (or by exec).
		ls.blacklisted = true
		c.SetLoopCount(loop, 0)
	default:
		j.rec = newRecorder(f, loop, pc-1, sp)
		j.rec.entry = loop == c.EntryLoop()
		j.rec.jit = j
		// Eager mode (threshold 1, as the tests run) traces helper-bound
		// loops too, so that the helper-call paths stay exercised.
		j.rec.helperBoundOK = j.opts.Threshold <= 1
		j.recTh = th
		th.SetRecording(true)
		j.stats.Recordings++
	}
	return pc, sp, nil
}

// loopState returns the state of loop in c, made on first use.
func (j *JIT) loopState(c *interp.Code, loop int) *loopState {
	ls, _ := c.LoopData(loop).(*loopState)
	if ls == nil || ls.owner != j {
		ls = &loopState{owner: j}
		c.SetLoopData(loop, ls)
		j.loops = append(j.loops, ls)
	}
	return ls
}

// Record implements interp.JIT.
func (j *JIT) Record(th *interp.Thread, f *interp.Frame, pc, sp int) {
	r := j.rec
	if r == nil || th != j.recTh {
		th.SetRecording(false)
		return
	}
	done, err := r.step(f, pc, sp)
	if err == nil && !done {
		return
	}
	th.SetRecording(false)
	j.rec, j.recTh = nil, nil
	var t *ir.Trace
	if err == nil {
		if r.br != nil {
			t, err = r.closeBridge()
		} else {
			t, err = r.close()
		}
	}
	if err == nil {
		err = j.compile(r, t)
	}
	if err != nil {
		j.abort(r, err)
	}
}

// abort counts a failed recording and penalises its loop, or for a
// bridge, its exit.
func (j *JIT) abort(r *recorder, err *abortError) {
	j.stats.countAbort(err.reason)
	c := err.noInline
	if c == nil && err.reason == reasonTooLong && r.br == nil {
		c = r.largestCallee()
	}
	if c != nil {
		j.loopState(c, c.EntryLoop()).noInline = true
		if j.opts.LogIR {
			fmt.Fprintf(j.opts.Log, "---- %s (%s line %d) is not inlined any more\n", c.Name, c.Filename, c.Line(0))
		}
	}
	if br := r.br; br != nil && br.later >= 0 {
		// Recorded again at the exit's next visit, by when the loop
		// (recorded from its next iteration, about to run) may have a
		// tree.
		r.loopCode.SetLoopCount(br.later, j.opts.Threshold-1)
		return
	}
	if br := r.br; br != nil {
		if br.parent.attempts[br.snap]++; br.parent.attempts[br.snap] >= maxAttempts {
			br.parent.noBridge[br.snap] = true
		}
		if j.opts.LogIR {
			fmt.Fprintf(j.opts.Log, "---- abort bridge of trace %d #%d: %v\n", br.parent.id, br.snap, err)
		}
		return
	}
	ls := j.loopState(r.loopCode, r.loop)
	r.loopCode.SetLoopCount(r.loop, 0)
	if (err.reason == reasonLoopExit || err.reason == reasonTypeUnstable || err.reason == reasonDeclined) && ls.loopExits < maxLoopExits {
		// The recording began at the loop's last iteration, or at one
		// whose locals' types the next iterations do not keep: nothing
		// is wrong with the loop, which is recorded again from the next
		// visit of its header (the first iteration of its next run, or
		// the next iteration). A short loop would otherwise become hot
		// in the same phase each time.
		r.loopCode.SetLoopCount(r.loop, j.opts.Threshold-1)
		ls.loopExits++
		if j.opts.LogIR {
			fmt.Fprintf(j.opts.Log, "---- abort %s:%d: %v (will retry)\n", r.loopCode.Name, r.header, err)
		}
		return
	}
	ls.attempts++
	if ls.attempts >= maxAttempts || err.reason == reasonFuncLoop {
		ls.blacklisted = true
		j.stats.Blacklisted++
	}
	ls.penalty = 1 << ls.attempts
	if j.opts.LogIR {
		fmt.Fprintf(j.opts.Log, "---- abort %s:%d (%s line %d): %v\n", r.loopCode.Name, r.header,
			r.loopCode.Filename, r.loopCode.Line(r.header), err)
	}
}

// compile optimizes and compiles a closed trace and installs it for its
// loop, or links a bridge to its parent's exit.
func (j *JIT) compile(r *recorder, t *ir.Trace) *abortError {
	start := time.Now()
	ir.Optimize(t)
	if r.br != nil {
		if err := j.boundForBridge(r.br, t); err != nil {
			return err
		}
	}
	pl := native.Placement{ExitTable: make([]uintptr, len(t.Snaps))}
	var root *trace
	if r.br != nil {
		root = r.br.root
		pl.Index, pl.RootEntry = uint16(len(root.tree)), root.code.Entry
		if x := r.br.link; x != nil {
			pl.RootEntry, pl.LinkTree = x.code.Entry, x.treeNum
		}
	}
	exitUsed := 1 // a helper call's result
	for _, s := range t.Snaps {
		exitUsed = max(exitUsed, len(s.Entries))
	}
	for i, in := range t.Insts {
		if in.Op != ir.OpCall {
			continue
		}
		site := &r.sites[in.Aux]
		site.argBase, site.snap, site.sync = t.CallArgBase(ir.Ref(i)), in.Snap, t.Calls[in.Aux].Sync
		exitUsed = max(exitUsed, site.argBase+len(t.Calls[in.Aux].Args))
		site.args = make([]ir.Type, len(t.Calls[in.Aux].Args))
		for k, a := range t.Calls[in.Aux].Args {
			site.args[k] = t.Insts[a].Type
		}
	}
	code, listing, err := j.backend.CompileTrace(t, pl, j.opts.LogAsm)
	if err != nil {
		return abort("backend declined", "%v", err)
	}
	d := time.Since(start)
	tr := &trace{id: j.stats.Traces + 1, ir: t, code: code, table: pl.ExitTable, table0: slices.Clone(pl.ExitTable),
		exits: make([]uint64, len(t.Snaps)), keep: r.keep, funcs: r.funcs, sites: r.sites,
		stackBase: r.frames[0].frame.StackBase(), noBridge: make([]bool, len(t.Snaps)), attempts: make([]uint8, len(t.Snaps)),
		made: r.made, via: make([]*trace, len(t.Snaps))}
	for i, s := range t.Snaps {
		tr.noBridge[i] = !r.entry && int(s.PC) == r.header && len(s.Frames) == 0
	}
	for _, in := range t.Insts {
		if in.Op == ir.OpGuardIterated {
			// At a loop header, in the loop's first iteration: the
			// interpreter runs on to its tree, and a bridge from here
			// would stop at the same guard.
			tr.noBridge[in.Snap] = true
		}
	}
	tr.consts = r.snapConsts(t)
	tr.inputHeader = inputHeaders(t, r.br)
	if tr.exitSnap = t.ExitSnap(); tr.exitSnap >= 0 {
		// Where the trace leaves the tree, the interpreter goes on.
		tr.noBridge[tr.exitSnap] = true
	}
	j.stats.addTrace(d, code.Size)
	what := "trace"
	if root == nil {
		tr.loop, tr.loopCode, tr.header, tr.headerSP, tr.tree = r.loop, r.loopCode, r.header, r.headerSP, []*trace{tr}
		tr.entry, tr.insts = r.entry, r.ninsts
		tr.globals = r.frames[0].frame.Globals()
		tr.localsAreGlobals = moduleLocals(r.frames[0].frame)
		tr.spillUsed, tr.exitUsed = code.SpillUsed, exitUsed
		j.trees = append(j.trees, tr)
		tr.treeNum = uint64(len(j.trees))
		j.loopState(r.loopCode, r.loop).trace = tr
	} else {
		root.tree = append(root.tree, tr)
		root.exitUsed = max(root.exitUsed, exitUsed)
		if code.SpillUsed == 0 || root.spillUsed == 0 {
			root.spillUsed = 0 // unknown: any slot
		} else {
			root.spillUsed = max(root.spillUsed, code.SpillUsed)
		}
		j.stats.Bridges++
		// The tree is judged anew: until its hot exits have bridges, a
		// tree over polymorphic code runs few iterations per entry.
		root.entries, root.iters, root.mismatch = 0, 0, 0
		// Linking is one store into the parent's exit table (DESIGN §4.7),
		// but for an exit that makes virtual objects, which Go does.
		if len(r.br.parent.ir.Snaps[r.br.snap].Virtuals) > 0 {
			r.br.parent.via[r.br.snap] = tr
		} else {
			atomic.StoreUintptr(&r.br.parent.table[r.br.snap], code.Entry)
		}
		what = fmt.Sprintf("bridge of trace %d #%d:", r.br.parent.id, r.br.snap)
		if x := r.br.link; x != nil {
			x.linkedFrom = append(x.linkedFrom, exitRef{r.br.parent, r.br.snap})
			what = fmt.Sprintf("bridge of trace %d #%d to trace %d:", r.br.parent.id, r.br.snap, x.id)
		}
	}
	if j.opts.LogIR || j.opts.LogAsm {
		fmt.Fprintf(j.opts.Log, "---- %s %d %s:%d (%s line %d), %d bytes, %v\n", what, tr.id, r.loopCode.Name, r.header,
			r.loopCode.Filename, r.loopCode.Line(r.header), code.Size, d)
		if j.opts.LogIR {
			io.WriteString(j.opts.Log, t.String())
		}
		if j.opts.LogAsm {
			io.WriteString(j.opts.Log, listing)
		}
	}
	return nil
}

// boundForBridge stops the root of bridge t from entering with the
// slots unbound whose header values t reads or carries into the next
// iteration (see bridge.read), or declines t while a run may be inside
// the tree.
func (j *JIT) boundForBridge(br *bridge, t *ir.Trace) *abortError {
	carries := slices.ContainsFunc(t.Link, func(m ir.LinkMove) bool {
		_, ok := br.unbound[m.Ref]
		return ok
	})
	if !br.readsUnbound && !carries {
		return nil
	}
	if j.running > 0 {
		return abort("bridge reads a local the loop may enter unbound", "")
	}
	for _, i := range br.unbound {
		if br.root.keptFree[i] {
			return abort(reasonTypeUnstable, "bridge reads local %d, which another restarts the loop without", br.root.ir.Inputs[i].Slot)
		}
	}
	for _, i := range br.unbound {
		in := &br.root.ir.Inputs[i]
		in.Free = false
		if isScalarInput(in.Kind) {
			in.Unbound = false
		}
	}
	return nil
}

// beginRun returns the native context, helper argument buffer and
// helper frame syncer of a run on th (whose back-edge poll reads th's
// eval breaker): one per nesting depth, since a helper may run another
// trace. endRun ends it.
func (j *JIT) beginRun(th *interp.Thread) (*native.Context, []object.Value, *helperSync) {
	tr := j.runsOf(th)
	if tr.depth == len(tr.ctxs) {
		ctx := j.newContext(th)
		tr.ctxs = append(tr.ctxs, ctx)
		tr.args = append(tr.args, make([]object.Value, ir.MaxCallArgs))
		tr.syncs = append(tr.syncs, &helperSync{th: th, ctx: ctx})
		tr.owners = append(tr.owners, nil)
	}
	if y := tr.owners[tr.depth]; y != nil {
		// A suspended run's context: its generator goes on in the
		// interpreter.
		y.f.DropSuspension()
	}
	tr.depth++
	j.running++
	return tr.ctxs[tr.depth-1], tr.args[tr.depth-1], tr.syncs[tr.depth-1]
}

// runsOf returns the runs of th.
func (j *JIT) runsOf(th *interp.Thread) *threadRuns {
	if th == j.lastTh {
		return j.lastRuns
	}
	tr := j.threads[th]
	if tr == nil {
		tr = &threadRuns{}
		j.threads[th] = tr
	}
	j.lastTh, j.lastRuns = th, tr
	return tr
}

// newContext returns a new context for runs on th.
func (j *JIT) newContext(th *interp.Thread) *native.Context {
	ctx := native.NewContext(th.InterruptWord())
	if j.barrier != nil {
		ctx.WriteBarrier = j.barrier
	}
	return ctx
}

// frameAddr is the address of a frame's slots for Context.Frame (slots
// may be empty: while True: pass).
func frameAddr(slots []object.Value) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(slots))) }

// clearContext clears the pointer words a run may have left in ctx's
// spill slots: those below exitUsed, which exits and helper calls write
// (exits linked to bridges, helper results, the stack values of a
// helper's snapshot), and the inputs and spilled values below used (0:
// all), so that the context keeps nothing alive.
func clearContext(ctx *native.Context, exitUsed, used int) {
	if used == 0 {
		used = len(ctx.Spill)
	}
	clear(ctx.Spill[:exitUsed])
	clear(ctx.Spill[ir.FirstInputSlot:used])
}

func (j *JIT) endRun(th *interp.Thread) {
	if th == j.lastTh {
		j.lastRuns.depth--
	} else {
		j.threads[th].depth--
	}
	if j.running--; j.running == 0 {
		for _, c := range j.freeLater {
			j.backend.Free(c)
		}
		j.freeLater = nil
	}
}

// run enters tr if the frame matches its inputs and returns where the
// interpreter continues, or the exception an inlined call raised.
func (j *JIT) run(th *interp.Thread, f *interp.Frame, loop int, tr *trace, pc, sp int) (int, int, error) {
	if f.Globals() != tr.globals || moduleLocals(f) != tr.localsAreGlobals {
		// The same code run with other globals or locals (exec of a code
		// object, FunctionType(code, globals)): not this tree's.
		tr.mismatch++
		j.stats.EntryMismatches++
		return pc, sp, nil
	}
	ctx, buf, hs := j.beginRun(th)
	slots := f.Slots()
	inputs := tr.ir.Inputs
	if i := loadInputs(inputs, slots, ctx.Spill[ir.FirstInputSlot:ir.FirstInputSlot+len(inputs)]); i >= 0 {
		j.endRun(th)
		tr.mismatch++
		j.stats.EntryMismatches++
		countMismatch(tr, i, slots[inputs[i].Slot])
		j.judge(tr, f.Code(), loop)
		return pc, sp, nil
	}
	tr.entries++
	j.stats.Entries++
	ctx.Scratch[native.IterCount], ctx.Scratch[native.ItersBefore], ctx.Scratch[native.BarrierExit] = 0, 0, 0
	ctx.ShadeLimit, ctx.Tree = tr.spillUsed, tr.treeNum
	ctx.Frame = frameAddr(slots)
	e := j.backend.Enter(tr.code, tr.code.Entry, ctx)
	return j.drive(th, f, runState{tr: tr, cur: tr, loop: loop, ctx: ctx, buf: buf, hs: hs,
		used: tr.spillUsed, exitUsed: tr.exitUsed}, e)
}

// runState is a run's state between its exits: the tree entered, cur
// the tree running (tr's, or one a bridge jumped into), the loop of f's
// code tr is for, the run's context, helper argument buffer and frame
// syncer (beginRun), used and exitUsed, which bound the spill slots
// the trees run use, and for a run resumed after a yield, its yieldRun,
// which the frame no longer holds.
type runState struct {
	tr, cur        *trace
	loop           int
	ctx            *native.Context
	buf            []object.Value
	hs             *helperSync
	used, exitUsed int
	resumed        *yieldRun
}

// drive serves the exits of a run in frame f, the last e, until one
// ends it: it enters the bridges Go enters, makes the helper calls, and
// suspends the run at a yield of f's generator (yieldRun). It returns
// where the interpreter continues, as run does.
func (j *JIT) drive(th *interp.Thread, f *interp.Frame, rs runState, e native.Exit) (int, int, error) {
	tr, cur, loop, ctx, buf, hs := rs.tr, rs.cur, rs.loop, rs.ctx, rs.buf, rs.hs
	used, exitUsed := rs.used, rs.exitUsed
	slots := f.Slots()
	helped := false      // a helper call used buf
	var failed *callSite // a helper call the interpreter finishes
	var callRes object.Value
	var callErr error
	for {
		if cur.treeNum != ctx.Tree {
			cur = j.trees[ctx.Tree-1]
			if used > 0 {
				used = max(used, cur.spillUsed)
			}
			if cur.spillUsed == 0 {
				used = 0
			}
			exitUsed = max(exitUsed, cur.exitUsed)
			ctx.ShadeLimit = cur.spillUsed
		}
		if e.Code() == native.ExitGuard {
			index, id := native.ExitIndex(e.ID())
			if xt := cur.tree[index]; xt.via[id] != nil {
				// The exit's bridge, entered once its virtual objects
				// exist.
				xt.enterVia(int(id), ctx)
				j.stats.Made += uint64(len(xt.ir.Snaps[id].Virtuals))
				j.stats.ViaBridges++
				e = j.backend.Enter(xt.via[id].code, xt.via[id].code.Entry, ctx)
				continue
			}
		}
		if e.Code() != native.ExitHelper {
			break
		}
		index, ci := native.ExitIndex(e.ID())
		xt := cur.tree[index]
		if xt.sites[ci].h == hYield && j.rec == nil && f.CanSuspend() {
			if helped {
				clear(buf)
			}
			y := rs.resumed
			if y == nil {
				y = new(yieldRun)
			}
			*y = yieldRun{j: j, tr: tr, cur: cur, xt: xt, ci: ci, loop: loop, used: used, exitUsed: exitUsed}
			j.suspend(th, f, y)
			return -1, 0, nil
		}
		j.stats.HelperCalls++
		if tr.calls++; tr.calls-tr.callsJudged >= helperJudgedCalls &&
			tr.judgeCalls(tr.iters+ctx.Scratch[native.IterCount]+ctx.Scratch[native.ItersBefore]) {
			// The tree is retired when the run ends, which it does at
			// its next poll.
			th.AskReturn()
		}
		site := &xt.sites[ci]
		site.calls++
		if site.float != nil {
			if r, err := callFloat(site.float, floatArg(&ctx.Spill[site.argBase+1], site.args[1])); err == libm.OK {
				ctx.Spill[0].N = math.Float64bits(r)
				e = j.backend.Enter(xt.code, xt.code.Calls[ci].Resume, ctx)
				continue
			}
		}
		helped = true
		f.SetLastInstr(int(site.pc))
		v, err := hs.run(xt, ci, buf, slots)
		if err == nil && site.accepts(v) {
			ctx.Spill[0].P = v.Pointer()
			if site.typ == ir.Ptr {
				ctx.Spill[0].N = uint64(uintptr(v.Pointer()))
			} else {
				ctx.Spill[0].N = v.Payload()
			}
			e = j.backend.Enter(xt.code, xt.code.Calls[ci].Resume, ctx)
			continue
		}
		if err != errDeclined {
			failed, callRes, callErr = site, v, err
		}
		e = j.backend.Enter(xt.code, xt.code.Calls[ci].Fail, ctx)
	}
	tr.iters += ctx.Scratch[native.IterCount] + ctx.Scratch[native.ItersBefore]
	index, id := native.ExitIndex(e.ID())
	xt := cur.tree[index]
	if ctx.Scratch[native.BarrierExit] != 0 {
		// A pointer store's exit, taken while the collector marks (DESIGN
		// §4.3), whatever the trace's fit: in a mark phase a tree that
		// stores an object every iteration would be judged on entries
		// that all end so, and retired (chaos). Such an entry counts for
		// neither the judgement nor its exit's heat.
		tr.entries = max(tr.entries, 1) - 1
	} else {
		xt.exits[id]++
	}
	if int32(id) == xt.exitSnap {
		// A call run to its end, or a loop run left natively: for the
		// judgement, an iteration.
		tr.iters++
	}
	j.stats.Exits++
	snap := &xt.ir.Snaps[id]
	inl := snapSlots(xt, id, ctx, slots, false) // the slots of the inlined frames
	j.stats.Made += uint64(len(snap.Virtuals))
	if e.Code() != native.ExitCallFailed {
		// (After a failed call, the call's iterators are up to date:
		// storeIters, maybe advanced by the helper.)
		for _, w := range xt.iterWrites(id) {
			n := ctx.Spill[w.spill].N
			switch w.kind {
			case ir.SnapRangeNext:
				object.AsRangeIter(slots[w.slot]).Next = n
			case ir.SnapRangeCount:
				object.AsRangeIter(slots[w.slot]).Remaining = n
			case ir.SnapSeqIndex:
				_, index := seqIter(slots[w.slot])
				*index = int(n)
			case ir.SnapEnumInner:
				_, index := seqIter(enumOverSeq(slots[w.slot]))
				*index = int(n)
			case ir.SnapEnumCount:
				_, index, _ := enumState(slots[w.slot])
				*index = int64(n)
			}
		}
	}
	// Keep nothing alive from the context (the final exit's values were
	// taken, above).
	clearContext(ctx, exitUsed, used)
	if helped {
		clear(buf)
	}
	// The run is over: what follows may run Python code, and other runs.
	j.endRun(th)
	if j.opts.LogExits {
		fmt.Fprintf(j.opts.Log, "exit trace %d #%d (%v) -> pc %d\n", xt.id, id, e.Code(), snap.PC)
	}
	retired := j.judge(tr, f.Code(), loop)
	if failed != nil {
		return j.finishHelper(th, xt, snap, slots, inl, failed, callRes, callErr)
	}
	if !retired && e.Code() == native.ExitGuard && xt.exits[id] >= uint64(min(j.opts.Threshold, hotExit)) &&
		!xt.noBridge[id] && j.rec == nil && len(cur.tree) < maxTreeTraces && !cur.retired {
		// (An exit inside inlined calls is recorded from within them, as
		// finishCalls runs them.)
		j.rec = newBridgeRecorder(f, cur, xt, id, inl)
		j.rec.jit = j
		j.recTh = th
		th.SetRecording(true)
		j.stats.Recordings++
	}
	if len(snap.Frames) > 0 {
		last := snap.Frames[len(snap.Frames)-1]
		return j.finishCalls(th, xt, snap, slots, inl, int(last.PC), int(last.SP), nil)
	}
	return int(snap.PC), int(snap.SP), nil
}

// loadInputs stores the payload of each of inputs, read from its frame
// slot, into its spill slot, and returns -1, or the index of the first
// input whose slot holds what the tree does not take. (Out of run, whose
// size makes the compiler keep its loop's values on the stack.)
func loadInputs(inputs []ir.Input, slots []object.Value, spill []native.Slot) int {
	for i := range inputs {
		in := &inputs[i]
		v := slots[in.Slot]
		var n uint64
		ok := true
		switch in.Kind {
		case ir.InSlotInt:
			ok, n = v.IsInt() || in.Unbound && v.IsNull(), v.Payload()
		case ir.InSlotFloat:
			ok, n = v.IsFloat() || in.Unbound && v.IsNull(), v.Payload()
		case ir.InSlotBool:
			ok, n = v.IsBool() || in.Unbound && v.IsNull(), v.Payload()
		case ir.InSlotObj:
			// The pointer word keeps the collector's view (DESIGN §4.4);
			// the trace reads the payload word, and guards the class where
			// it uses it. An immediate never passes (but as a substitute).
			if v.IsNull() {
				ok = in.Unbound
			} else {
				ok = !immediateClass(v.Type())
			}
			spill[i].P = v.Pointer()
			n = uint64(uintptr(v.Pointer()))
		case ir.InSeqIter:
			ok = !v.IsNull() && classAddr(v.Type()) == in.Class
			if ok {
				items, _ := seqIter(v)
				ok = *items != nil
			}
			spill[i].P = v.Pointer()
			n = uint64(uintptr(v.Pointer()))
		case ir.InSeqIndex:
			ok = isSeqIter(v)
			if ok {
				_, index := seqIter(v)
				n = uint64(*index)
			}
		case ir.InEnumIter:
			it := enumOverSeq(v)
			ok = !it.IsNull() && classAddr(it.Type()) == in.Class
			if ok {
				items, _ := seqIter(it)
				ok = *items != nil
			}
			spill[i].P = v.Pointer()
			n = uint64(uintptr(v.Pointer()))
		case ir.InEnumInner:
			it := enumOverSeq(v)
			ok = !it.IsNull()
			if ok {
				_, index := seqIter(it)
				n = uint64(*index)
			}
		case ir.InEnumCount:
			ok = !enumOverSeq(v).IsNull()
			if ok {
				_, index, _ := enumState(v)
				n = uint64(*index)
			}
		case ir.InRangeNext:
			it := object.AsRangeIter(v)
			ok = it != nil && int64(it.Step) == in.Step
			if ok {
				n = it.Next
			}
		case ir.InRangeCount:
			it := object.AsRangeIter(v)
			ok = it != nil && it.Remaining <= 1<<62
			if ok {
				n = it.Remaining
			}
		}
		if !ok && in.Free {
			// A substitute (ir.Input.Free): the trace never reads it.
			ok, n = true, 0
			spill[i].P = nil
		}
		if !ok {
			return i
		}
		spill[i].N = n
	}
	return -1
}

// finishHelper finishes the instruction of a helper call that raised
// err or returned res, a value the trace did not expect, after the
// exit wrote the call's snapshot into the frames: the innermost frame
// raises err at the instruction, or continues after it with res pushed.
func (j *JIT) finishHelper(th *interp.Thread, tr *trace, snap *ir.Snapshot, slots []object.Value, inl [][]object.Value,
	site *callSite, res object.Value, err error) (int, int, error) {
	fslots, pc, sp := slots, int(snap.PC), int(snap.SP)
	if n := len(snap.Frames); n > 0 {
		fslots, pc, sp = inl[n-1], int(snap.Frames[n-1].PC), int(snap.Frames[n-1].SP)
	}
	pc++ // the instruction raised, or continue after it
	switch {
	case err != nil:
	case site.exitPC >= 0 && res.IsNull():
		// The iterator is exhausted: FOR_ITER pops it and jumps.
		sp--
		fslots[sp] = object.Null
		pc = int(site.exitPC)
	default:
		if int(site.postSP) < sp {
			clear(fslots[site.postSP:sp])
		}
		if !site.noResult {
			fslots[site.postSP-1] = res
		}
		sp = int(site.postSP)
		if site.nullAbove {
			fslots[sp] = object.Null
			sp++
		}
	}
	if len(snap.Frames) == 0 {
		return pc, sp, err
	}
	return j.finishCalls(th, tr, snap, slots, inl, pc, sp, err)
}

// finishCalls completes the calls inlined at an exit's snapshot in the
// interpreter, innermost first (their slots in inl; the innermost
// continues at pc and sp, raising exc at pc-1 first when set), and
// returns where the loop's frame continues: after its CALL with the
// result pushed, or with the exception raised.
func (j *JIT) finishCalls(th *interp.Thread, tr *trace, snap *ir.Snapshot, slots []object.Value, inl [][]object.Value,
	pc, sp int, exc error) (int, int, error) {
	var res object.Value
	err := exc
	for k := len(snap.Frames) - 1; k >= 0; k-- {
		fr := snap.Frames[k]
		fpc, fsp := int(fr.PC), int(fr.SP)
		if k == len(snap.Frames)-1 {
			fpc, fsp = pc, sp
		} else if err == nil {
			inl[k][fsp] = res
			fsp++
		}
		fn := &tr.funcs[fr.Func]
		res, err = th.ResumeCall(fn.fn, inl[k], fpc, fsp, err)
		if fn.operator {
			// The snapshot kept the operands in the caller's stack.
			cs, csp := slots, int(snap.SP)
			if k > 0 {
				cs, csp = inl[k-1], int(snap.Frames[k-1].SP)
			}
			a, b := cs[csp], cs[csp+1]
			cs[csp], cs[csp+1] = object.Null, object.Null
			if err == nil && res == object.NotImplemented {
				res, err = declinedOperator(&th.Thread, fn.op, a, b, fn.fn.AsValue())
			}
		}
		if fr.Construct && err == nil {
			// __init__ of a class call: the call's result is the
			// instance, which the snapshot put where it goes.
			if !res.IsNone() {
				err = object.InitReturnedError(res)
			} else if k > 0 {
				res = inl[k-1][snap.Frames[k-1].SP]
			} else {
				res = slots[snap.SP]
			}
		}
	}
	if err != nil {
		return int(snap.PC), int(snap.SP), err
	}
	slots[snap.SP] = res
	return int(snap.PC), int(snap.SP) + 1, nil
}

// judge retires tr's tree when it is due for judgement and ran too
// little per entry (see minItersPerEntry), or was entered less than once
// in mismatchesPerEntry tries.
func (j *JIT) judge(tr *trace, c *interp.Code, loop int) bool {
	// Judged again at every power of two entries: how a loop runs may
	// change (a generator's consumer stops it after fewer items).
	due := tr.entries >= minJudgedEntries && tr.entries&(tr.entries-1) == 0
	short := due && tr.iters < minItersPerEntry*tr.entries && tr.iters*uint64(tr.insts) < minInstsPerEntry*tr.entries
	if tr.entry || tr.exitSnap >= 0 {
		// A function tree, or a loop tree whose root leaves the loop (a
		// generator's that yields): most entries must run to the root's
		// end natively.
		short = due && tr.iters*minEndsPerEntry < tr.entries
	}
	misfit := tr.mismatch == maxMismatches && tr.entries*mismatchesPerEntry < tr.mismatch
	if (short || misfit || tr.callBound) && !tr.retired {
		j.retire(tr, c, loop)
		return true
	}
	return false
}

// judgeCalls judges the helper calls tr's tree made since the last
// judgement, now that it has run iters iterations in all: it sets
// tr.callBound and reports true when they were more per iteration than
// its root's bytecodes pay for (minInstsPerCall, the recorder's rule for
// a root trace alone). Bridges may add calls to the hot path
// (k_nucleotide's dict probes of fresh strs, which exit, then call
// helpers), and a tree made mostly of calls runs slower than the
// interpreter. It is judged during a run, every helperJudgedCalls calls,
// as one run may last the whole loop (and while the collector marks, most
// runs of such a tree end at a barrier exit, which counts for no entry).
func (tr *trace) judgeCalls(iters uint64) bool {
	calls := tr.calls - tr.callsJudged
	n := iters - min(iters, tr.itersJudged)
	tr.callsJudged, tr.itersJudged = tr.calls, iters
	tr.callBound = !tr.entry && tr.exitSnap < 0 && tr.insts <= maxCallJudgedInsts &&
		calls*minInstsPerCall > n*uint64(tr.insts)
	return tr.callBound
}

// maxCallJudgedInsts bounds the roots (in bytecodes per iteration) whose
// trees judgeCalls may retire: a long root's iterations run more than its
// own bytecodes (chaos's main loop, of 219, made 186 calls per iteration
// by the count of its tree, and runs 3x faster traced), and a short one's
// is where a helper call's round trip costs more than its bytecodes.
const maxCallJudgedInsts = 64

// helperJudgedCalls is how many helper calls a tree makes between two
// judgements of them.
const helperJudgedCalls = 4096

// retire gives up an unprofitable trace tree: its loop is blacklisted.
// (Hot exits that stay in the loop grow bridges; those left are loop
// exits, taken after too few iterations for native code to pay.)
func (j *JIT) retire(tr *trace, c *interp.Code, loop int) {
	ls := j.loopState(c, loop)
	ls.trace, ls.blacklisted = nil, true
	tr.retired = true
	for _, x := range tr.linkedFrom {
		// The bridge that jumps here becomes unreachable: its exit goes
		// to Go again, for good.
		atomic.StoreUintptr(&x.trace.table[x.snap], x.trace.table0[x.snap])
		x.trace.via[x.snap] = nil
		x.trace.noBridge[x.snap] = true
	}
	for _, t := range tr.tree {
		if j.running > 0 {
			// A run (outer to the helper call that got here) may be in
			// this code.
			j.freeLater = append(j.freeLater, t.code)
		} else {
			j.backend.Free(t.code)
		}
	}
	j.stats.Retired++
	c.SetLoopCount(loop, 0)
	if j.opts.LogIR {
		fmt.Fprintf(j.opts.Log, "---- trace %d retired: %d iterations in %d entries\n", tr.id, tr.iters, tr.entries)
	}
}

// box makes a Value of an unboxed payload of type t.
func box(t ir.Type, n uint64) object.Value {
	switch t {
	case ir.Int:
		return object.Int(int64(n))
	case ir.Float:
		return object.Float(floatFromBits(n))
	case ir.Bool:
		return object.Bool(n != 0)
	}
	panic("BUG: jit: boxing a value of type " + t.String())
}
