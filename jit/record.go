// record.go: the trace recorder. While a thread records, the interpreter
// calls Record before each instruction; the recorder reads the operands
// from the frame, emits IR with guards on what it observes (immediate
// kind, branch direction, iterator state), and lets the interpreter
// execute the instruction. The loop closes when the header comes round.

package jit

import (
	"fmt"
	"slices"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// abortError is why a recording stopped: a reason (counted in the stats,
// without details) and a message for the log.
type abortError struct {
	reason string
	detail string
	// callable marks a call the recorder does not inline but may have
	// Go run (a helper call).
	callable bool
	// noInline, when not nil, is the code whose calls the recorder must
	// not inline any more (reasonUnrolled).
	noInline *interp.Code
}

func (e *abortError) Error() string {
	if e.detail == "" {
		return e.reason
	}
	return e.reason + ": " + e.detail
}

func abort(reason, format string, args ...any) *abortError {
	return &abortError{reason: reason, detail: fmt.Sprintf(format, args...)}
}

// maxTraceInsts bounds the bytecode instructions of one trace, and
// maxTraceExitValues the values its exits write back (summed over its
// snapshots): each exit's code stores its snapshot's values, so a long
// trace through inlined calls and unrolled loops would otherwise take
// tens of kilobytes and milliseconds to compile.
const (
	maxTraceInsts      = 2000
	maxTraceExitValues = 2500
)

// maxInlineDepth bounds the calls inlined into each other.
const maxInlineDepth = 6

// maxUnrolled bounds the iterations an inlined call's loops may run in
// a root trace, and reasonUnrolled is the abort reason of one that ran more:
// that function is not inlined any more, and its loops get trees of
// their own. Loops over a few items unroll well (chaos's pick, a zip of
// four); nested loops over data of varying length unroll into a bridge
// for each combination of trip counts (hexiom's consistent(), inlined
// into solve's loop, grew 130 bridges and 1.2 MB of code, and the
// program ran 1.2x slower than in the interpreter).
const (
	maxUnrolled    = 16
	reasonUnrolled = "inlined call's loops unrolled too far"
)

// reasonTooLong is the abort reason of a recording over maxTraceInsts or
// maxTraceExitValues. For a root trace, the function whose inlined calls
// took the most instructions (largestCallee) is not inlined any more
// (PyPy does the same), and the loop is recorded again with a helper
// call of it. A bridge too long leaves its function inlined: it is one
// side path of the traces that inline the function, whose helper calls
// would cost every path (go ran 4% slower when group(), too long in a
// bridge of play's loop, was a helper call of is_legal's loop too).
const reasonTooLong = "trace too long"

// largestCallee returns the code of the function whose inlined calls
// took the most instructions of the recording, or nil.
func (r *recorder) largestCallee() *interp.Code {
	var code *interp.Code
	n := 0
	for c, k := range r.inlinedInsts {
		if k > n || k == n && code != nil && c.Name < code.Name {
			code, n = c, k
		}
	}
	return code
}

// inlinable reports whether calls of code may be inlined: not once a
// recording through them was too long.
func (r *recorder) inlinable(code *interp.Code) bool {
	if r.jit == nil {
		return true
	}
	ls, _ := code.LoopData(code.EntryLoop()).(*loopState)
	return ls == nil || ls.owner != r.jit || !ls.noInline
}

// frameRec is a frame a recording runs in: the loop's (frames[0]) or a
// callee the trace inlines.
type frameRec struct {
	frame *interp.Frame // nil until the callee's first instruction
	code  *interp.Code
	vals  []ir.Ref
	fn    int32 // the callee: an index into recorder.funcs
	// callPC is the CALL in the caller, base the caller's stack slot
	// that receives the result.
	callPC, base int
	// construct is, for the __init__ of a class call, the instance the
	// call returns (ir.None for other calls).
	construct ir.Ref
	// operands are, for an operator's method (dunders.go), the
	// operator's two operands, which snapshots inside the call keep in
	// the caller's stack slots base and base+1 (nil for other calls).
	operands []ir.Ref
	// unrolled counts the loop headers the call passed (its loops'
	// iterations the trace unrolls).
	unrolled int
}

// recorder records one loop of one frame, and the calls it inlines.
type recorder struct {
	jit *JIT // whose loops these are (nil in tests of the recorder alone)
	// helperBoundOK lets close keep a trace made mostly of helper calls.
	helperBoundOK bool
	// entry marks the recording of a function trace: from the entry of
	// the frame's code (header 0, its RESUME; loop is Code.EntryLoop) to
	// its return. A bridge of a function trace's tree has its root's.
	entry bool
	// leaves is set when the recording ended by leaving its tree (a
	// return, or a function tree's bridge at a loop header): closeExit
	// finishes it.
	leaves bool
	// yields counts the yields recorded as hYield calls (yieldCloses).
	yields int
	// skipEnd is, while the recorder passes over the rest of a statement
	// it recorded whole (inPlaceSlice), the index after its last
	// instruction; else 0.
	skipEnd int
	// frame, code and vals are those of the frame running the current
	// instruction (frames' last).
	frame    *interp.Frame
	code     *interp.Code
	frames   []*frameRec
	loopCode *interp.Code // the code of the loop's frame
	pending  *frameRec    // a call whose callee runs next
	funcs    []inlined    // the inlined functions, kept alive with the trace
	loop     int
	header   int // index of the LOOP_HEADER
	headerSP int
	b        *ir.Builder
	// vals holds the IR value of each frame slot, ir.None where the slot
	// still holds what it held at entry.
	vals    []ir.Ref
	written []bool // locals stored to by the trace
	// iters maps the slot of each range iterator the trace advances to
	// its current next value and remaining count.
	iters    map[int32]*iterVals
	iterList []int32 // the keys of iters, in order of appearance
	expectPC int
	ninsts   int
	pc, sp   int // the instruction being recorded
	snap     int32
	// iterPC is the pc of a GET_ITER whose iterator a CALL of range made
	// (rangeIter), 0 for none.
	iterPC int
	// br is set when the recording is a side trace (bridge.go).
	br *bridge
	// objs holds the Python value of each Ptr constant; constants stay
	// alive with the trace (keep).
	objs map[ir.Ref]object.Value
	keep []object.Value
	// cls holds the class of every Ptr value (nil for the null constant
	// of PUSH_NULL): guarded where the value was loaded, checked at entry
	// for inputs (objects.go).
	cls       map[ir.Ref]*object.Type
	kept      map[*object.Type]bool
	versioned map[*object.Type]bool     // classes whose version is guarded
	layouts   map[ir.Ref]*object.Layout // instances whose layout is guarded
	made      made                      // the classes and layouts of the instances the trace allocates
	slotIn    map[int32]ir.Ref          // the SLOAD of each frame slot read at entry
	// floatSlots holds the layout slots whose floats the trace loads
	// without checking their kind, with the count of helper calls
	// (ncalls) when their guard was last emitted (guardFloatSlot).
	floatSlots map[layoutSlot]int
	// tuple holds the items of a BUILD_TUPLE that the next instruction,
	// UNPACK_SEQUENCE, takes apart again (a, b = x, y): the tuple stays
	// virtual.
	tuple []ir.Ref
	// slice holds the start, stop and step of a BUILD_SLICE that the
	// next instruction, BINARY_SUBSCR, uses (virtualSlice).
	slice []ir.Ref
	// sites holds the helper calls (helpers.go), by CALL's Aux; ncalls
	// counts them, and clsAt holds the count when the class of a Ptr
	// value was last guarded. pendingCall is a call whose result kind
	// the next instruction of the frame shows (in stack slot
	// pendingSlot); nested counts the instructions run meanwhile by
	// frames the helper called.
	sites       []callSite
	ncalls      int
	clsAt       map[ir.Ref]int
	pendingCall ir.Ref
	pendingSlot int
	nested      int
	// inCall is set from a helper call to the next instruction of its
	// frame: Record calls from other frames (Python code the helper
	// runs) are ignored meanwhile.
	inCall bool
	// truthCall is the result of a helper call that decided a
	// POP_JUMP_IF by running Python code (pythonTruth), whose direction
	// the next instruction shows: the guard on it (guardTruth) has
	// snapshot truthSnap; truthJump is the jump's target, jumpIfTrue
	// its sense.
	truthCall  ir.Ref
	truthSnap  int32
	truthJump  int
	jumpIfTrue bool
	// iterStored marks the slots a bridge stored a new iterator into.
	iterStored map[int32]bool
	// boundPairs marks the stack slots (by depth and slot) where the
	// recording holds a classmethod's function and its class, and the
	// interpreter the bound method and null: the same to the CALL that
	// takes them, so checkStack lets them differ.
	boundPairs map[[2]int]bool
	// gs is what the recording knows of global dicts (globals.go).
	gs *globalState
	// finds holds the DICTFINDs later lookups of the same key may reuse
	// (dicts.go).
	finds map[findKey]found
	// inlinedInsts counts the instructions recorded inside the calls of
	// each function inlined, its own callees' included.
	inlinedInsts map[*interp.Code]int
}

// maxNested bounds the instructions a helper may run in other frames
// while recording (an exception leaving the loop's frame would otherwise
// keep the recording waiting).
const maxNested = 100000

// iterVals is the state of an iterator the trace advances: a range
// iterator's next value and remaining count, or a list or tuple
// iterator's index (next) and the iterator itself (seq).
type iterVals struct {
	next, left ir.Ref
	step       int64
	seq        bool
	iter       ir.Ref
	// enum marks an enumerate over a list or tuple iterator (seq): next
	// is the iterator's index, left the count.
	enum bool
}

func newRecorder(f *interp.Frame, loop, header, sp int) *recorder {
	r := &recorder{frame: f, code: f.Code(), loop: loop, header: header, headerSP: sp,
		b: ir.NewBuilder(), vals: make([]ir.Ref, len(f.Slots())), written: make([]bool, f.Code().NumLocals()),
		iters: map[int32]*iterVals{}, expectPC: header + 1, objs: map[ir.Ref]object.Value{},
		cls: map[ir.Ref]*object.Type{}, kept: map[*object.Type]bool{}, versioned: map[*object.Type]bool{},
		layouts: map[ir.Ref]*object.Layout{}, floatSlots: map[layoutSlot]int{}, slotIn: map[int32]ir.Ref{}, clsAt: map[ir.Ref]int{}, pendingCall: ir.None, truthCall: ir.None,
		iterStored: map[int32]bool{}, boundPairs: map[[2]int]bool{}, inlinedInsts: map[*interp.Code]int{}}
	for i := range r.vals {
		r.vals[i] = ir.None
	}
	r.frames = []*frameRec{{frame: f, code: r.code, vals: r.vals, fn: -1, construct: ir.None}}
	r.loopCode = r.code
	r.b.Snap = r.snapshot
	return r
}

// loopState returns what the JIT knows of loop of the current frame's
// code, or nil.
func (r *recorder) loopState(loop int) *loopState {
	if ls, _ := r.code.LoopData(loop).(*loopState); ls != nil && ls.owner == r.jit && r.jit != nil {
		return ls
	}
	return nil
}

// depth is the number of inlined calls the current instruction runs in.
func (r *recorder) depth() int { return len(r.frames) - 1 }

// snapEntries appends the entries of frame k's slots below sp.
func (r *recorder) snapEntries(s *ir.Snapshot, k int, sp int) {
	for i, v := range r.frames[k].vals[:sp] {
		if v != ir.None {
			s.Entries = append(s.Entries, ir.SnapEntry{Kind: ir.SnapSlot, Frame: uint8(k), Slot: int32(i), Ref: v})
		}
	}
}

// snapInstance adds to s, for the __init__ of a class call in frame k,
// the instance in its caller's slot that receives the call's result;
// for an operator's method, the operands in the caller's slots.
func (r *recorder) snapInstance(s *ir.Snapshot, k int) {
	c := r.frames[k]
	if c.construct != ir.None {
		s.Entries = append(s.Entries, ir.SnapEntry{Kind: ir.SnapSlot, Frame: uint8(k - 1), Slot: int32(c.base), Ref: c.construct})
	}
	for i, v := range c.operands {
		s.Entries = append(s.Entries, ir.SnapEntry{Kind: ir.SnapSlot, Frame: uint8(k - 1), Slot: int32(c.base + i), Ref: v})
	}
}

// snapshot returns the snapshot of the state before the current
// instruction, taking it on first use.
func (r *recorder) snapshot() int32 {
	if r.snap >= 0 {
		return r.snap
	}
	s := ir.Snapshot{PC: int32(r.pc), SP: int32(r.sp)}
	if d := r.depth(); d > 0 {
		s.PC, s.SP = int32(r.frames[1].callPC+1), int32(r.frames[1].base)
		for k := 1; k <= d; k++ {
			pc, sp := r.pc, r.sp
			if k < d {
				pc, sp = r.frames[k+1].callPC+1, r.frames[k+1].base
			}
			s.Frames = append(s.Frames, ir.SnapFrame{Func: r.frames[k].fn, PC: int32(pc), SP: int32(sp),
				Construct: r.frames[k].construct != ir.None})
			r.snapEntries(&s, k, sp)
			r.snapInstance(&s, k)
		}
	}
	r.snapEntries(&s, 0, int(s.SP))
	for _, slot := range r.iterList {
		it := r.iters[slot]
		if it.enum {
			s.Entries = append(s.Entries, ir.SnapEntry{Kind: ir.SnapEnumInner, Slot: slot, Ref: it.next},
				ir.SnapEntry{Kind: ir.SnapEnumCount, Slot: slot, Ref: it.left})
			continue
		}
		if it.seq {
			s.Entries = append(s.Entries, ir.SnapEntry{Kind: ir.SnapSeqIndex, Slot: slot, Ref: it.next})
			continue
		}
		s.Entries = append(s.Entries,
			ir.SnapEntry{Kind: ir.SnapRangeNext, Slot: slot, Ref: it.next},
			ir.SnapEntry{Kind: ir.SnapRangeCount, Slot: slot, Ref: it.left})
	}
	r.snap = r.b.AddSnapshot(s)
	return r.snap
}

// step records the instruction at pc. It returns done when the loop closed
// (the instruction is the header), an abort error when the trace cannot
// go on, or when the finished recording broke what it assumed of layouts
// (checkFloatSlots).
func (r *recorder) step(f *interp.Frame, pc, sp int) (done bool, err *abortError) {
	if done, err = r.record(f, pc, sp); done && err == nil {
		err = r.checkFloatSlots()
	}
	return done, err
}

// record is step without the final check.
func (r *recorder) record(f *interp.Frame, pc, sp int) (done bool, err *abortError) {
	if r.inCall {
		if f != r.frame {
			if r.nested++; r.nested > maxNested {
				return false, abort("helper ran too long while recording", "")
			}
			return false, nil
		}
		r.inCall = false
	}
	if r.truthCall != ir.None {
		r.guardTruth(pc)
	}
	if r.pendingCall != ir.None {
		if pc != r.expectPC {
			if r.sites[len(r.sites)-1].exitPC == int32(pc) {
				return false, abort(reasonLoopExit, "")
			}
			return false, abort("unexpected control flow", "at %d, expected %d (exception?)", pc, r.expectPC)
		}
		if err := r.learnResult(f.Slots()[r.pendingSlot]); err != nil {
			return false, err
		}
	}
	if c := r.pending; c != nil {
		r.pending = nil
		if f == r.frame || f.Code() != c.code {
			return false, abort("unexpected control flow", "the call did not enter its callee")
		}
		c.frame = f
		r.frames = append(r.frames, c)
		r.frame, r.code, r.vals = f, c.code, c.vals
	}
	if r.frame == nil && r.br != nil && f.Code() == r.code && f != r.frames[0].frame {
		// A call the bridge's parent inlined, which the interpreter
		// finishes in a frame of its own (newBridgeRecorder).
		r.frames[len(r.frames)-1].frame, r.frame = f, f
	}
	if f != r.frame {
		return false, abort("left the loop's frame", "call or return: %s at %d, expected %s", f.Code().Name, pc, r.code.Name)
	}
	if pc != r.expectPC {
		return false, abort("unexpected control flow", "at %d, expected %d (exception?)", pc, r.expectPC)
	}
	if pc < r.skipEnd {
		// Part of a statement recorded whole (inPlaceSlice).
		r.expectPC = pc + 1
		if pc == r.skipEnd-1 {
			r.skipEnd = 0
		}
		return false, nil
	}
	if pc == r.header && r.depth() == 0 {
		if sp != r.headerSP {
			panic("BUG: jit: stack depth differs at the loop header")
		}
		return true, nil
	}
	r.ninsts++
	for _, c := range r.frames[1:] {
		r.inlinedInsts[c.code]++
	}
	if r.ninsts > maxTraceInsts || r.b.SnapshotValues() > maxTraceExitValues {
		return false, abort(reasonTooLong, "")
	}
	if err := r.checkStack(f, sp); err != nil {
		return false, err
	}
	r.pc, r.sp, r.snap = pc, sp, -1
	r.b.PC = int32(pc)
	r.expectPC = pc + 1
	ins := r.code.Instructions()[pc]
	slots := f.Slots()
	switch op := ins.Op(); op {
	case compile.NOP, compile.RESUME:
	case compile.LOAD_FAST:
		v, err := r.local(ins.Arg(), slots)
		if err != nil {
			return false, err
		}
		r.vals[sp] = v
	case compile.STORE_FAST:
		if v := r.vals[sp-1]; v == ir.None || r.typeOf(v) == ir.Ptr && r.cls[v] == nil {
			return false, abort("NYI: store of an untracked value", "")
		}
		r.vals[ins.Arg()] = r.vals[sp-1]
		if r.depth() == 0 {
			r.written[ins.Arg()] = true
		}
		r.vals[sp-1] = ir.None
	case compile.LOAD_CONST:
		v, err := r.constObject(r.code.Const(ins.Arg()))
		if err != nil {
			return false, err
		}
		r.vals[sp] = v
	case compile.POP_TOP:
		if _, ok := r.iters[int32(sp-1)]; ok && r.depth() == 0 {
			// break: the loop's iterator is dropped.
			if r.br == nil {
				return false, abort(reasonLoopExit, "break")
			}
			r.forgetIter(int32(sp - 1))
		}
		r.vals[sp-1] = ir.None
	case compile.COPY:
		r.vals[sp] = r.vals[sp-ins.Arg()]
		if r.vals[sp] == ir.None {
			return false, abort("NYI: copy of an object", "")
		}
	case compile.SWAP:
		n := ins.Arg()
		if r.depth() == 0 && (r.iters[int32(sp-1)] != nil || r.iters[int32(sp-n)] != nil) {
			// A return from inside a for loop moves the iterator up to
			// pop it; its state is kept by slot.
			if r.leaveHere() {
				return true, nil
			}
			return false, abort("NYI: swap of an iterator", "")
		}
		if r.vals[sp-1] == ir.None || r.vals[sp-n] == ir.None {
			if r.leaveHere() {
				return true, nil
			}
			return false, abort("NYI: swap of an object", "")
		}
		r.vals[sp-1], r.vals[sp-n] = r.vals[sp-n], r.vals[sp-1]
	case compile.BINARY_OP:
		v, err := r.binary(ins.Arg(), r.vals[sp-2], r.vals[sp-1], slots[sp-2], slots[sp-1])
		if err != nil {
			if done, err := r.binaryDunder(ins.Arg(), sp); done || err != nil {
				return false, err
			}
			return false, r.helperCall(hBinary, ins.Arg(), r.vals[sp-2:sp], ir.Void, nil, false, sp-1)
		}
		r.vals[sp-2], r.vals[sp-1] = v, ir.None
	case compile.COMPARE_OP:
		v, err := r.compare(ins.Arg(), r.vals[sp-2], r.vals[sp-1])
		if err != nil {
			if done, err := r.compareDunder(ins.Arg(), sp); done || err != nil {
				return false, err
			}
			return false, r.helperCall(hCompare, ins.Arg(), r.vals[sp-2:sp], ir.Void, nil, false, sp-1)
		}
		r.vals[sp-2], r.vals[sp-1] = v, ir.None
	case compile.UNARY_NEGATIVE:
		x := r.vals[sp-1]
		switch r.typeOf(x) {
		case ir.Int:
			r.vals[sp-1] = r.b.Emit(ir.OpNegOv, x, ir.None)
		case ir.Float:
			r.vals[sp-1] = r.b.Emit(ir.OpFNeg, x, ir.None)
		default:
			return false, abort("NYI: unary minus operand", "%v", r.typeOf(x))
		}
	case compile.UNARY_NOT:
		if r.pythonTruth(r.vals[sp-1], slots[sp-1]) {
			if err := r.helperCall(hUserTruth, 0, r.vals[sp-1:sp], ir.Bool, nil, false, sp); err != nil {
				return false, err
			}
			r.vals[sp-1] = r.b.Emit(ir.OpNot, r.vals[sp-1], ir.None)
			break
		}
		t, _, err := r.truth(r.vals[sp-1], slots[sp-1])
		if err != nil {
			return false, err
		}
		r.vals[sp-1] = r.b.Emit(ir.OpNot, t, ir.None)
	case compile.IS_OP:
		v, err := r.identity(r.vals[sp-2], r.vals[sp-1])
		if err != nil {
			return false, err
		}
		if ins.Arg() != 0 {
			v = r.b.Emit(ir.OpNot, v, ir.None)
		}
		r.vals[sp-2], r.vals[sp-1] = v, ir.None
	case compile.POP_JUMP_IF_NONE, compile.POP_JUMP_IF_NOT_NONE:
		none, err := r.isNone(r.vals[sp-1])
		if err != nil {
			return false, err
		}
		if none != slots[sp-1].IsNone() {
			panic("BUG: jit: a guarded class disagrees with the value")
		}
		r.vals[sp-1] = ir.None
		if none == (op == compile.POP_JUMP_IF_NONE) {
			r.expectPC = ins.Arg()
		}
	case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
		if r.pythonTruth(r.vals[sp-1], slots[sp-1]) {
			return false, r.branchOnPythonTruth(op == compile.POP_JUMP_IF_TRUE, ins.Arg(), sp)
		}
		t, truth, err := r.truth(r.vals[sp-1], slots[sp-1])
		if err != nil {
			return false, err
		}
		if t == r.vals[sp-1] && r.snap < 0 {
			// The guard tests the bool on the stack: when it fails, the
			// bool is the other value, and the exit need not keep it.
			r.vals[sp-1] = r.b.KBool(!truth)
		}
		if truth {
			r.b.Emit(ir.OpGuardT, t, ir.None)
		} else {
			r.b.Emit(ir.OpGuardF, t, ir.None)
		}
		r.vals[sp-1] = ir.None
		if truth == (op == compile.POP_JUMP_IF_TRUE) {
			r.expectPC = ins.Arg()
		}
	case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
		t, truth, err := r.truth(r.vals[sp-1], slots[sp-1])
		if err != nil {
			return false, err
		}
		if truth {
			r.b.Emit(ir.OpGuardT, t, ir.None)
		} else {
			r.b.Emit(ir.OpGuardF, t, ir.None)
		}
		if truth == (op == compile.JUMP_IF_TRUE_OR_POP) {
			r.expectPC = ins.Arg() // the value stays
		} else {
			r.vals[sp-1] = ir.None
		}
	case compile.JUMP_FORWARD, compile.JUMP_BACKWARD:
		r.expectPC = ins.Arg()
	case compile.FOR_ITER:
		return false, r.forIter(sp, slots)
	case compile.LOAD_GLOBAL:
		v, err := r.global(f, ins.Arg())
		if err != nil {
			return false, err
		}
		r.vals[sp] = v
	case compile.LOAD_NAME:
		v, err := r.loadName(f, ins.Arg())
		if err != nil {
			return false, err
		}
		r.vals[sp] = v
	case compile.STORE_GLOBAL, compile.STORE_NAME:
		if op == compile.STORE_NAME && !moduleLocals(f) {
			return false, abort("NYI: STORE_NAME outside module code", "")
		}
		if err := r.storeGlobal(f.Globals(), r.code.NameAt(ins.Arg()), r.vals[sp-1]); err != nil {
			return false, err
		}
		r.vals[sp-1] = ir.None
	case compile.PUSH_NULL:
		r.vals[sp] = r.b.KPtr(0)
	case compile.CALL:
		n := ins.Arg()
		delete(r.boundPairs, [2]int{r.depth(), sp - n - 2})
		delete(r.boundPairs, [2]int{r.depth(), sp - n - 1})
		fn, self, args := r.vals[sp-n-2], r.vals[sp-n-1], r.vals[sp-n:sp]
		if fv, ok := r.objs[fn]; ok && fv.Type() == interp.FunctionType {
			err := r.inline(fn, fv, self, args, sp-n-2)
			if err == nil || !err.callable {
				return false, err
			}
		}
		if fv, ok := r.objs[fn]; ok && fv.Type() == object.TypeType {
			if done, err := r.rangeIter(fv, self, args, sp); done || err != nil {
				return false, err
			}
			if r.zipCall(fv, self, args, sp) || r.enumCall(fv, self, args, sp) {
				return false, nil
			}
			if done, err := r.construct(fn, fv, self, args, sp); done || err != nil {
				return false, err
			}
		}
		if done, err := r.callInstance(fn, self, args, sp-n-2); done || err != nil {
			return false, err
		}
		if n == 0 {
			if v, ok := r.listPop(fn, self, slots[sp-1]); ok {
				for i := sp - 2; i < sp; i++ {
					r.vals[i] = ir.None
				}
				r.vals[sp-2] = v
				return false, nil
			}
		} else if v, ok := r.dictGet(fn, self, args, slots[sp-n-1], slots[sp-n]); ok {
			for i := sp - n - 2; i < sp; i++ {
				r.vals[i] = ir.None
			}
			r.vals[sp-n-2] = v
			return false, nil
		}
		v, err := r.randomCall(fn, self, n, slots[sp-n-1]), (*abortError)(nil)
		if v == ir.None {
			v, err = r.call(fn, self, args, slots[sp-n:sp])
		}
		if err != nil {
			if h, ok := r.directMethod(fn, self, n); ok {
				if h == hSetAdd && r.setAddInt(self, args[0]) || h == hListAppend && r.listAppend(self, args[0]) {
					for i := sp - n - 2; i < sp; i++ {
						r.vals[i] = ir.None
					}
					r.vals[sp-n-2], _ = r.constObject(object.None)
					return false, nil
				}
				return false, r.helperCall(h, 0, []ir.Ref{self, args[0]}, ir.Ptr, object.NoneType, false, sp-n-1)
			}
			return false, r.genericCall(hCall, r.callArgs(fn, self, args), sp-n-1, err)
		}
		for i := sp - n - 2; i < sp; i++ {
			r.vals[i] = ir.None
		}
		r.vals[sp-n-2] = v
	case compile.CALL_KW:
		// f self_or_null a_1 ... a_n kwnames: a helper makes the call.
		n := ins.Arg()
		base := sp - n - 3
		args := append(r.callArgs(r.vals[base], r.vals[base+1], r.vals[base+2:sp-1]), r.vals[sp-1])
		return false, r.genericCall(hCallKw, args, base+1, abort("NYI: call with keywords of an untracked value", ""))
	case compile.FORMAT_VALUE:
		return false, r.formatField(ins.Arg(), sp)
	case compile.BUILD_STRING:
		n := ins.Arg()
		return false, r.helperCall(hBuildString, 0, r.vals[sp-n:sp], ir.Ptr, object.StrType, false, sp-n+1)
	case compile.UNPACK_EX:
		return false, r.unpackEx(r.vals[sp-1], slots[sp-1], ins.Arg()&0xff, ins.Arg()>>8, sp)
	case compile.RETURN_VALUE:
		if r.depth() == 0 {
			if !r.entry && r.br == nil {
				return false, abort(reasonLoopExit, "return")
			}
			// A function trace, or a bridge, ends here: the interpreter
			// returns the value.
			r.leaves = true
			return true, nil
		}
		return false, r.ret(r.vals[sp-1])
	case compile.YIELD_VALUE:
		if r.depth() > 0 || r.entry {
			return false, abort("NYI: bytecode YIELD_VALUE", "")
		}
		if r.yieldCloses(f, pc, sp) {
			// The yield suspends the run (yield.go), and the loop closes:
			// what follows is the pop of the value sent and the jump back.
			if err := r.helperCall(hYield, 0, r.vals[sp-1:sp], ir.Void, nil, true, sp-1); err != nil {
				return false, err
			}
			r.yields++
			return true, nil
		}
		// A loop in a generator that yields in this iteration: the
		// trace ends here, and the interpreter yields the value (then
		// the generator's next resumption runs to the back edge, which
		// enters the trace again).
		r.leaves = true
		return true, nil
	case compile.LOAD_METHOD:
		meth, self, err := r.loadMethod(r.vals[sp-1], slots[sp-1], r.code.NameAt(ins.Arg()))
		if err != nil {
			return false, r.getAttr(r.vals[sp-1], slots[sp-1], r.code.NameAt(ins.Arg()), true, sp)
		}
		x := r.vals[sp-1]
		r.vals[sp-1], r.vals[sp] = meth, self
		if self == x && r.cls[x] == object.TypeType && r.cls[meth] == interp.FunctionType {
			// A classmethod (classMethod).
			r.boundPairs[[2]int{r.depth(), sp - 1}] = true
			r.boundPairs[[2]int{r.depth(), sp}] = true
		}
	case compile.BINARY_SUBSCR:
		if len(r.slice) > 0 {
			return false, r.sliceSubscr(sp)
		}
		v, err := r.subscr(r.vals[sp-2], r.vals[sp-1], slots[sp-2], slots[sp-1])
		if err != nil {
			var ok bool
			if v, ok = r.dictGetItem(r.vals[sp-2], r.vals[sp-1], slots[sp-2], slots[sp-1]); !ok {
				return false, r.helperCall(hGetItem, 0, r.vals[sp-2:sp], ir.Void, nil, false, sp-1)
			}
		}
		r.vals[sp-2], r.vals[sp-1] = v, ir.None
	case compile.STORE_SUBSCR:
		if err := r.storeSubscr(r.vals[sp-3], r.vals[sp-2], r.vals[sp-1], slots[sp-2], slots[sp-1]); err != nil &&
			!r.dictSetItem(r.vals[sp-3], r.vals[sp-2], r.vals[sp-1], slots[sp-2], slots[sp-1]) {
			args := []ir.Ref{r.vals[sp-2], r.vals[sp-1], r.vals[sp-3]}
			return false, r.helperCall(hSetItem, 0, args, ir.Void, nil, true, sp-3)
		}
		r.vals[sp-3], r.vals[sp-2], r.vals[sp-1] = ir.None, ir.None, ir.None
	case compile.DELETE_SUBSCR:
		return false, r.helperCall(hDelItem, 0, r.vals[sp-2:sp], ir.Void, nil, true, sp-2)
	case compile.LOAD_DEREF, compile.STORE_DEREF:
		if err := r.deref(op, ins.Arg(), sp, slots); err != nil {
			return false, err
		}
	case compile.LOAD_ATTR:
		v, err := r.loadAttr(f, r.vals[sp-1], slots[sp-1], r.code.NameAt(ins.Arg()))
		if err != nil {
			return false, r.getAttr(r.vals[sp-1], slots[sp-1], r.code.NameAt(ins.Arg()), false, sp)
		}
		r.vals[sp-1] = v
	case compile.STORE_ATTR:
		if err := r.storeAttr(r.vals[sp-2], r.vals[sp-1], slots[sp-1], r.code.NameAt(ins.Arg())); err != nil {
			return false, r.setAttr(r.vals[sp-1], r.vals[sp-2], r.code.NameAt(ins.Arg()), sp)
		}
		r.vals[sp-2], r.vals[sp-1] = ir.None, ir.None
	case compile.MAKE_FUNCTION:
		n := interp.MakeFunctionOperands(ins.Arg())
		globals, err := r.constObject(r.frame.Globals().AsValue())
		if err != nil {
			return false, err
		}
		args := append([]ir.Ref{r.vals[sp-1], globals}, r.vals[sp-1-n:sp-1]...)
		return false, r.helperCall(hMakeFunction, ins.Arg(), args, ir.Ptr, interp.FunctionType, false, sp-n)
	case compile.LOAD_CLOSURE:
		if r.depth() > 0 {
			return false, abort("NYI: cell of an inlined call", "")
		}
		cell, err := r.local(r.code.NumLocals()+ins.Arg(), slots)
		if err != nil {
			return false, err
		}
		if r.cls[cell] != interp.CellType {
			return false, abort("NYI: cell slot holds "+typeName(slots[r.code.NumLocals()+ins.Arg()]), "")
		}
		r.vals[sp] = cell
	case compile.BUILD_TUPLE:
		n := ins.Arg()
		next := r.code.Instructions()[pc+1]
		if next.Op() != compile.UNPACK_SEQUENCE || next.Arg() != n {
			if r.buildCall(false, sp-n, n) {
				break
			}
			return false, r.helperCall(hBuildTuple, 0, r.vals[sp-n:sp], ir.Ptr, object.TupleType, false, sp-n+1)
		}
		// No guard can come between the two instructions, so no snapshot
		// sees the virtual tuple.
		r.tuple = append(r.tuple[:0], r.vals[sp-n:sp]...)
		for i := sp - n; i < sp; i++ {
			if r.vals[i] == ir.None {
				return false, abort("NYI: tuple of an object", "")
			}
			r.vals[i] = ir.None
		}
	case compile.UNPACK_SEQUENCE:
		n := ins.Arg()
		if len(r.tuple) == 0 && r.vals[sp-1] != ir.None {
			return false, r.unpack(r.vals[sp-1], slots[sp-1], n, sp)
		}
		if len(r.tuple) != n {
			return false, abort("NYI: bytecode UNPACK_SEQUENCE", "")
		}
		for i := range n {
			r.vals[sp-1+i] = r.tuple[n-1-i]
		}
		r.tuple = r.tuple[:0]
	case compile.BUILD_LIST:
		n := ins.Arg()
		if r.buildCall(true, sp-n, n) {
			break
		}
		return false, r.helperCall(hBuildList, 0, r.vals[sp-n:sp], ir.Ptr, object.ListType, false, sp-n+1)
	case compile.LIST_APPEND, compile.SET_ADD:
		h := map[compile.Opcode]helper{compile.LIST_APPEND: hListAppend, compile.SET_ADD: hSetAdd}[op]
		c, err := r.below(sp-1-ins.Arg(), slots)
		if err != nil {
			return false, err
		}
		if h == hSetAdd && r.setAddInt(c, r.vals[sp-1]) || h == hListAppend && r.listAppend(c, r.vals[sp-1]) {
			r.vals[sp-1] = ir.None
			return false, nil
		}
		return false, r.helperCall(h, 0, []ir.Ref{c, r.vals[sp-1]}, ir.Void, nil, true, sp-1)
	case compile.MAP_ADD:
		c, err := r.below(sp-2-ins.Arg(), slots)
		if err != nil {
			return false, err
		}
		args := []ir.Ref{c, r.vals[sp-2], r.vals[sp-1]}
		return false, r.helperCall(hMapAdd, 0, args, ir.Void, nil, true, sp-2)
	case compile.BUILD_SET:
		n := ins.Arg()
		return false, r.helperCall(hBuildSet, 0, r.vals[sp-n:sp], ir.Ptr, object.SetType, false, sp-n+1)
	case compile.BUILD_MAP:
		n := 2 * ins.Arg()
		return false, r.helperCall(hBuildMap, 0, r.vals[sp-n:sp], ir.Ptr, object.DictType, false, sp-n+1)
	case compile.BUILD_SLICE:
		n := ins.Arg()
		if r.inPlaceSlice(pc, sp, slots) {
			return false, nil
		}
		if r.virtualSlice(n, pc, sp) {
			return false, nil
		}
		return false, r.helperCall(hBuildSlice, 0, r.vals[sp-n:sp], ir.Ptr, object.SliceType, false, sp-n+1)
	case compile.STORE_SLICE:
		if r.storeSliceInts(sp, slots) {
			return false, nil
		}
		args := []ir.Ref{r.vals[sp-3], r.vals[sp-2], r.vals[sp-1], r.vals[sp-4]}
		return false, r.helperCall(hStoreSlice, 0, args, ir.Void, nil, true, sp-4)
	case compile.BINARY_SLICE:
		if r.inPlaceSlice(pc, sp, slots) || r.listCopy(sp, slots) {
			return false, nil
		}
		return false, r.helperCall(hSlice, 0, r.vals[sp-3:sp], ir.Void, nil, false, sp-2)
	case compile.CONTAINS_OP:
		if r.setHasInt(sp, ins.Arg() == 1) || r.dictContains(sp, ins.Arg() == 1, slots) {
			return false, nil
		}
		args := []ir.Ref{r.vals[sp-1], r.vals[sp-2]}
		return false, r.helperCall(hContains, ins.Arg(), args, ir.Bool, nil, false, sp-1)
	case compile.LOOP_HEADER:
		if r.br != nil && r.depth() == 0 {
			if r.br.link = r.linkTarget(ins.Arg()); r.br.link != nil {
				return true, nil
			}
			if r.linkLater(ins.Arg(), pc) {
				r.br.later = ins.Arg()
				return false, abort(reasonLinkLater, "")
			}
			if r.entry {
				// A function tree's bridge leaves the tree at a loop,
				// which the interpreter runs.
				r.leaves = true
				return true, nil
			}
		}
		if r.entry && r.depth() == 0 {
			return false, abort(reasonFuncLoop, "")
		}
		if r.br == nil && r.depth() == 0 {
			if pc < r.header || pc > loopEnd(r.code.Instructions(), r.header) {
				// A while loop's test let the recording out of its loop.
				return false, abort(reasonLoopExit, "to an enclosing loop")
			}
			if ls := r.loopState(ins.Arg()); ls != nil && ls.trace != nil && !ls.trace.retired {
				// Its tree runs it; bridges from its exits run the rest
				// of this loop's body.
				return false, abort("NYI: inner loop", "")
			}
		}
		// Any other inner loop is unrolled: the trace goes on through
		// its iterations (guarded like any other path), as a bridge
		// goes on through an enclosing loop's header back to its root,
		// but only so far in a call a root inlines (a bridge is one side
		// path of the traces that inline the function: stopping its
		// inlining would cost them all, as for reasonTooLong).
		if d := r.depth(); d > 0 && r.br == nil {
			c := r.frames[d]
			if c.unrolled++; c.unrolled > maxUnrolled {
				return false, &abortError{reason: reasonUnrolled, detail: c.code.Name, noInline: c.code}
			}
		}
	case compile.GET_ITER:
		if pc == r.iterPC {
			r.iterPC = 0 // rangeIter put the iterator on the stack
			break
		}
		if r.seqIterCall(r.vals[sp-1], sp) || iterIsSelf(r.cls[r.vals[sp-1]]) {
			break
		}
		h := hIter
		if builtinIterable(r.cls[r.vals[sp-1]]) {
			h = hIterBuiltin
		}
		return false, r.helperCall(h, 0, r.vals[sp-1:sp], ir.Void, nil, false, sp)
	default:
		if r.leaveHere() {
			return true, nil
		}
		return false, abort("NYI: bytecode "+op.String(), "")
	}
	return false, nil
}

// checkStack aborts when a stack value the trace tracks is not what its
// IR type says: the previous instruction left its fast path while
// recording (an int overflowed into a big int), so the trace's guard
// would fail on every run.
func (r *recorder) checkStack(f *interp.Frame, sp int) *abortError {
	slots := f.Slots()
	for i := f.StackBase(); i < sp; i++ {
		v := r.vals[i]
		if v == ir.None || r.boundPairs[[2]int{r.depth(), i}] {
			continue
		}
		if i == sp-1 && r.expectPC == r.iterPC {
			continue // the range object whose iterator rangeIter made
		}
		ok := false
		switch r.b.Type(v) {
		case ir.Int:
			ok = slots[i].IsInt()
		case ir.Float:
			ok = slots[i].IsFloat()
		case ir.Bool:
			ok = slots[i].IsBool()
		case ir.Ptr:
			if c := r.cls[v]; c == nil {
				ok = slots[i].IsNull()
			} else {
				o, known := r.objs[v]
				ok = !slots[i].IsNull() && slots[i].Type() == c && !slots[i].IsInt() && !slots[i].IsFloat() &&
					!slots[i].IsBool() && (!known || slots[i] == o)
			}
		}
		if !ok {
			return abort("value left its fast path while recording", "stack slot %d holds %s", i, typeName(slots[i]))
		}
	}
	return nil
}

// typeOf returns the IR type of v (Void for an untracked object).
func (r *recorder) typeOf(v ir.Ref) ir.Type {
	if v == ir.None {
		return ir.Void
	}
	return r.b.Type(v)
}

// local returns the IR value of local k, loading it at entry the first
// time (its type is guarded when the trace is entered).
func (r *recorder) local(k int, slots []object.Value) (ir.Ref, *abortError) {
	if v := r.vals[k]; v != ir.None {
		if r.br != nil && r.depth() == 0 {
			r.read(v)
		}
		return v, nil
	}
	if r.depth() > 0 {
		return ir.None, abort("unbound local", "in an inlined call")
	}
	if r.br != nil {
		return r.bridgeLocal(k, slots[k])
	}
	v := slots[k]
	var in ir.Input
	var t ir.Type
	switch {
	case v.IsInt():
		in, t = ir.Input{Kind: ir.InSlotInt, Slot: int32(k)}, ir.Int
	case v.IsFloat():
		in, t = ir.Input{Kind: ir.InSlotFloat, Slot: int32(k)}, ir.Float
	case v.IsBool():
		in, t = ir.Input{Kind: ir.InSlotBool, Slot: int32(k)}, ir.Bool
	case v.IsNull():
		return ir.None, abort("unbound local", "")
	case immediateClass(v.Type()):
		return ir.None, abort("NYI: local of type big "+v.Type().Name, "")
	default:
		// Any object: its class is guarded here, in the loop, so that
		// bridges may hand the loop objects of other classes (a loop
		// over a polymorphic linked list: task = task.next()).
		in, t = ir.Input{Kind: ir.InSlotObj, Slot: int32(k)}, ir.Ptr
	}
	ref := r.b.SLoad(in, t)
	if t == ir.Int {
		r.b.Saw(ref, v.AsInt())
	}
	r.vals[k] = ref
	r.slotIn[int32(k)] = ref
	if t == ir.Ptr {
		r.guardClass(ref, v.Type())
	}
	return ref, nil
}

// below returns the IR value of stack slot k, reading it at entry when
// it is a slot of the loop's frame below the header's stack pointer,
// which the loop never changes (a comprehension's result).
func (r *recorder) below(k int, slots []object.Value) (ir.Ref, *abortError) {
	if v := r.vals[k]; v != ir.None || r.depth() > 0 || k >= r.headerSP {
		return v, nil
	}
	return r.local(k, slots)
}

// slotInput returns the input that reads a frame slot holding values
// like v (an int, float, bool, or any object).
func (r *recorder) slotInput(k int32, v ir.Ref) ir.Input {
	switch t := r.b.Type(v); t {
	case ir.Int:
		return ir.Input{Kind: ir.InSlotInt, Slot: k}
	case ir.Float:
		return ir.Input{Kind: ir.InSlotFloat, Slot: k}
	case ir.Bool:
		return ir.Input{Kind: ir.InSlotBool, Slot: k}
	case ir.Ptr:
		return ir.Input{Kind: ir.InSlotObj, Slot: k}
	}
	panic("BUG: jit: no input for a void value")
}

// truthOf is the truth of an int, float or bool immediate.
func truthOf(v object.Value) bool {
	if v.IsFloat() {
		return v.AsFloat() != 0
	}
	return v.Payload() != 0
}

// truth returns a Bool IR value: the truth of v, observed as vv, and
// the observed truth.
func (r *recorder) truth(v ir.Ref, vv object.Value) (ir.Ref, bool, *abortError) {
	switch r.typeOf(v) {
	case ir.Bool:
		return v, truthOf(vv), nil
	case ir.Int:
		return r.b.Emit(ir.OpNe, v, r.b.KInt(0)), truthOf(vv), nil
	case ir.Float:
		return r.b.Emit(ir.OpFNe, v, r.b.KFloat(0)), truthOf(vv), nil
	case ir.Ptr:
		return r.objectTruth(v, vv)
	}
	return ir.None, false, abort("NYI: truth of an untracked value", "")
}

// immediateType is the IR type of an int, float or bool immediate, Void
// for any other value.
func immediateType(v object.Value) ir.Type {
	switch {
	case v.IsInt():
		return ir.Int
	case v.IsFloat():
		return ir.Float
	case v.IsBool():
		return ir.Bool
	}
	return ir.Void
}

// seqItem records the address of item i of x, a list (or, with tuples
// set, a list or tuple), whose observed values are xv and iv (an index in
// range, a negative one counting from the end).
func (r *recorder) seqItem(x, i ir.Ref, xv, iv object.Value, tuples bool) (ir.Ref, *abortError) {
	off, ok := seqItemsOff(r.cls[x])
	if r.typeOf(x) != ir.Ptr || r.typeOf(i) != ir.Int || !ok || !tuples && r.cls[x] != object.ListType {
		return ir.None, abort("NYI: subscript operands", "%v[%v]", typeName(xv), typeName(iv))
	}
	n, size := iv.AsInt(), int64(len(seqItems(xv)))
	if n < -size || n >= size {
		return ir.None, abort("NYI: index out of range", "")
	}
	if n < 0 {
		// Counted from the end (x[-1]): while the index stays negative.
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLt, i, r.b.KInt(0)), ir.None)
		i = r.b.Emit(ir.OpAdd, i, r.b.EmitAux(ir.OpListLen, x, ir.None, off))
	}
	return r.b.EmitAux(ir.OpElemAddr, x, i, off), nil
}

// subscr records x[i] for a list or tuple x and an int i.
func (r *recorder) subscr(x, i ir.Ref, xv, iv object.Value) (ir.Ref, *abortError) {
	addr, err := r.seqItem(x, i, xv, iv, true)
	if err != nil {
		return ir.None, err
	}
	return r.loadValue(addr, seqItemAt(xv, iv))
}

// seqItemAt is the item of list or tuple xv at the int index iv, in
// range, negative counting from the end.
func seqItemAt(xv, iv object.Value) object.Value {
	items, n := seqItems(xv), iv.AsInt()
	if n < 0 {
		n += int64(len(items))
	}
	return items[n]
}

// storeSubscr records x[i] = v for a list x and an int i (storeValue).
func (r *recorder) storeSubscr(v, x, i ir.Ref, xv, iv object.Value) *abortError {
	addr, err := r.seqItem(x, i, xv, iv, false)
	if err != nil {
		return err
	}
	return r.storeValue(addr, v, seqItemAt(xv, iv))
}

// Int and float IR ops of the binary operators.
var (
	intBinary = map[object.Operator]ir.Op{
		object.OpAdd: ir.OpAddOv, object.OpSub: ir.OpSubOv, object.OpMul: ir.OpMulOv,
		object.OpFloorDiv: ir.OpFloorDiv, object.OpMod: ir.OpMod,
		object.OpAnd: ir.OpAnd, object.OpOr: ir.OpOr, object.OpXor: ir.OpXor,
		object.OpLShift: ir.OpShl, object.OpRShift: ir.OpShr,
	}
	floatBinary = map[object.Operator]ir.Op{
		object.OpAdd: ir.OpFAdd, object.OpSub: ir.OpFSub, object.OpMul: ir.OpFMul, object.OpTrueDiv: ir.OpFDiv,
	}
)

// binary records x op y (op as in BINARY_OP's argument).
func (r *recorder) binary(arg int, x, y ir.Ref, xv, yv object.Value) (ir.Ref, *abortError) {
	if arg >= compile.InplaceOp {
		arg -= compile.InplaceOp
	}
	op := object.Operator(arg)
	tx, ty := r.typeOf(x), r.typeOf(y)
	if tx == ir.Int && ty == ir.Int {
		if iop, ok := intBinary[op]; ok {
			return r.b.Emit(iop, x, y), nil
		}
		if op == object.OpTrueDiv {
			// Ints of at most 53 bits convert exactly, and one correctly
			// rounded division of the floats is Python's result.
			for _, v := range []ir.Ref{x, y} {
				r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGe, v, r.b.KInt(-1<<53)), ir.None)
				r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLe, v, r.b.KInt(1<<53)), ir.None)
			}
			return r.b.Emit(ir.OpFDiv, r.b.Emit(ir.OpIToF, x, ir.None), r.b.Emit(ir.OpIToF, y, ir.None)), nil
		}
		return ir.None, abort("NYI: int operator", "%d", op)
	}
	if tx == ir.Int && ty == ir.Float {
		x, tx = r.b.Emit(ir.OpIToF, x, ir.None), ir.Float
	} else if tx == ir.Float && ty == ir.Int {
		y, ty = r.b.Emit(ir.OpIToF, y, ir.None), ir.Float
	}
	if tx == ir.Float && ty == ir.Float {
		if fop, ok := floatBinary[op]; ok {
			return r.b.Emit(fop, x, y), nil
		}
		return ir.None, abort("NYI: float operator", "%d", op)
	}
	return ir.None, abort("NYI: binary operands", "%v %v", typeName(xv), typeName(yv))
}

func typeName(v object.Value) string {
	if v.IsNull() {
		return "null"
	}
	return v.Type().Name
}

// Compare ops by COMPARE_OP argument (Eq, NotEq, Lt, LtE, Gt, GtE).
var (
	intCompare   = [...]ir.Op{1: ir.OpEq, 2: ir.OpNe, 3: ir.OpLt, 4: ir.OpLe, 5: ir.OpGt, 6: ir.OpGe}
	floatCompare = [...]ir.Op{1: ir.OpFEq, 2: ir.OpFNe, 3: ir.OpFLt, 4: ir.OpFLe, 5: ir.OpFGt, 6: ir.OpFGe}
)

// compare records x cmp y.
func (r *recorder) compare(arg int, x, y ir.Ref) (ir.Ref, *abortError) {
	tx, ty := r.typeOf(x), r.typeOf(y)
	switch {
	case tx == ir.Int && ty == ir.Int:
		return r.b.Emit(intCompare[arg], x, y), nil
	case tx == ir.Float && ty == ir.Float:
		return r.b.Emit(floatCompare[arg], x, y), nil
	}
	return ir.None, abort("NYI: compare operands", "%v %v", tx, ty)
}

// forIter records FOR_ITER over a range iterator: a guard that it is not
// exhausted, the value, and the advanced state.
func (r *recorder) forIter(sp int, slots []object.Value) *abortError {
	if r.depth() > 0 || r.br == nil && r.pc != r.header+1 {
		return r.forIterObject(sp, slots)
	}
	if isSeqIter(slots[sp-1]) || !enumOverSeq(slots[sp-1]).IsNull() {
		return r.forIterSeq(sp, slots)
	}
	it := object.AsRangeIter(slots[sp-1])
	if it == nil {
		return r.forIterOther(sp, slots)
	}
	slot := int32(sp - 1)
	iv := r.iters[slot]
	if iv == nil && r.br != nil {
		return r.forIterRangeObject(sp, slots, it)
	}
	if it.Remaining == 0 {
		if iv != nil && r.br != nil {
			// The bridge leaves the root's loop.
			r.b.Emit(ir.OpGuardF, r.b.Emit(ir.OpGt, iv.left, r.b.KInt(0)), ir.None)
			r.dropIter(slot, r.instr().Arg())
			return nil
		}
		return abort(reasonLoopExit, "")
	}
	if it.Remaining > 1<<62 {
		return abort("NYI: huge range", "")
	}
	if iv == nil {
		step := int64(it.Step)
		iv = &iterVals{step: step,
			next: r.b.SLoad(ir.Input{Kind: ir.InRangeNext, Slot: slot, Step: step}, ir.Int),
			left: r.b.SLoad(ir.Input{Kind: ir.InRangeCount, Slot: slot}, ir.Int)}
		r.iters[slot] = iv
		r.iterList = append(r.iterList, slot)
	}
	more := r.b.Emit(ir.OpGt, iv.left, r.b.KInt(0))
	r.b.Emit(ir.OpGuardT, more, ir.None)
	r.vals[sp] = iv.next
	iv.next = r.b.Emit(ir.OpAdd, iv.next, r.b.KInt(iv.step))
	iv.left = r.b.Emit(ir.OpSub, iv.left, r.b.KInt(1))
	return nil
}

// forIterObject records FOR_ITER of a loop the trace unrolls (an inner
// loop, or one in an inlined call), whose iterator is an object the trace
// advances in place: its state is never carried in snapshots.
func (r *recorder) forIterObject(sp int, slots []object.Value) *abortError {
	v := slots[sp-1]
	if it := object.AsRangeIter(v); it != nil {
		return r.forIterRangeObject(sp, slots, it)
	}
	if isSeqIter(v) {
		return r.forIterSeqObject(sp, slots)
	}
	return r.forIterOther(sp, slots)
}

// forIterOther records FOR_ITER over an iterator other than a range or
// a list or tuple iterator: natively for a zip of those (forIterZip),
// else as a helper call.
func (r *recorder) forIterOther(sp int, slots []object.Value) *abortError {
	if ok, err := r.forIterZip(sp, slots); ok || err != nil {
		return err
	}
	return r.forIterNext(sp, slots)
}

// forIterRangeObject records FOR_ITER over a range iterator its tree does
// not advance (an enclosing loop's, in a bridge, or an unrolled loop's): it
// reads and writes the iterator object's fields as the interpreter does.
func (r *recorder) forIterRangeObject(sp int, slots []object.Value, it *object.RangeIter) *abortError {
	obj, err := r.below(sp-1, slots)
	if err != nil {
		return err
	}
	if obj == ir.None || r.cls[obj] != object.RangeIterType {
		return r.forIterNext(sp, slots)
	}
	left := r.b.LoadField(obj, rangeLeftOff, ir.Int)
	if it.Remaining == 0 {
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, left, r.b.KInt(0)), ir.None)
		r.endObjectLoop(sp)
		return nil
	}
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGt, left, r.b.KInt(0)), ir.None)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLe, left, r.b.KInt(1<<62)), ir.None)
	next := r.b.LoadField(obj, rangeNextOff, ir.Int)
	step := r.b.LoadField(obj, rangeStepOff, ir.Int)
	r.b.EmitAux(ir.OpStoreField, obj, r.b.Emit(ir.OpAdd, next, step), rangeNextOff)
	r.b.EmitAux(ir.OpStoreField, obj, r.b.Emit(ir.OpSub, left, r.b.KInt(1)), rangeLeftOff)
	r.vals[sp] = next
	return nil
}

// endObjectLoop records the end, at FOR_ITER with stack pointer sp, of a
// loop whose iterator is an object the trace advances in place (not one
// of r.iters, whose slots are the loop frame's): the iterator is popped
// and the interpreter continues at the loop's exit.
func (r *recorder) endObjectLoop(sp int) {
	r.vals[sp-1] = ir.None
	r.expectPC = r.instr().Arg()
}

// dropIter records the end of the loop over the iterator the trace
// advances in slot (FOR_ITER at exhaustion, in a bridge): the iterator
// is popped, and the interpreter continues at the loop's exit target.
func (r *recorder) dropIter(slot int32, target int) {
	r.forgetIter(slot)
	r.vals[slot] = ir.None
	r.expectPC = target
}

// forgetIter stops tracking the iterator in slot, which the loop dropped
// (at its end, or by break): no later snapshot restores its state, so
// the trace stores it into the iterator, which may live on
// (it = iter(x); for v in it: ... break; rest = list(it)).
func (r *recorder) forgetIter(slot int32) {
	iv := r.iters[slot]
	switch {
	case iv.enum:
		r.b.EmitAux(ir.OpStoreField, r.b.LoadField(iv.iter, enumItOff, ir.Ptr), iv.next, seqIterIndexOff)
		r.b.EmitAux(ir.OpStoreField, iv.iter, iv.left, enumIndexOff)
	case iv.seq:
		r.b.EmitAux(ir.OpStoreField, iv.iter, iv.next, seqIterIndexOff)
	default:
		// The range iterator in the frame slot, which the root's entry
		// checked.
		it := r.vals[slot]
		if it == ir.None {
			it = r.b.FLoad(slot, ir.Ptr)
		}
		r.b.EmitAux(ir.OpStoreField, it, iv.next, rangeNextOff)
		r.b.EmitAux(ir.OpStoreField, it, iv.left, rangeLeftOff)
	}
	delete(r.iters, slot)
	r.iterList = slices.DeleteFunc(r.iterList, func(s int32) bool { return s == slot })
}

// yieldCloses reports whether the YIELD_VALUE at pc (stack pointer sp)
// of the root trace's loop frame f is followed by the pop of the value
// sent and the jump back to the loop's header, and f's generator may
// have its run suspended there (interp.Frame.CanSuspend).
func (r *recorder) yieldCloses(f *interp.Frame, pc, sp int) bool {
	code := r.code.Instructions()
	if r.br != nil || sp-1 != r.headerSP || pc+2 >= len(code) || !f.CanSuspend() ||
		len(r.tuple) > 0 || len(r.slice) > 0 || r.iterPC != 0 {
		return false
	}
	back := code[pc+2]
	return code[pc+1].Op() == compile.POP_TOP && back.Op() == compile.JUMP_BACKWARD && back.Arg() == r.header
}

// leaveHere ends a bridge where the trace cannot go on, in the loop's
// own frame and with no virtual value pending, and reports whether it
// did: the interpreter runs the instruction (a `yield from`, a return
// from inside a for loop), and the path to it runs natively.
func (r *recorder) leaveHere() bool {
	if r.br == nil || r.depth() > 0 || len(r.tuple) > 0 || len(r.slice) > 0 || r.iterPC != 0 {
		return false
	}
	r.leaves = true
	return true
}

// instr returns the instruction being recorded.
func (r *recorder) instr() compile.Instr { return r.code.Instructions()[r.pc] }

// minInstsPerCall is how many bytecodes a loop must run per helper call
// for its trace to pay: a helper call costs 30–40 ns of exit and re-entry
// (more when it writes the frame for Python code), the interpreter about
// 5–8 ns of dispatch per bytecode, and loops made mostly of calls
// measured slower traced than interpreted (k_nucleotide: 3 calls in 20
// bytecodes, 40% slower; fasta: 3 in 33, 20% slower).
const minInstsPerCall = 12

// A function trace, or a loop trace that leaves its loop at every
// iteration (a generator's that yields), is kept when it runs at least
// minFuncInsts bytecodes plus funcInstsPerCall for each helper call:
// Go's entry and exit of a trace cost about as much as the
// interpreter's dispatch of 8 bytecodes (37 ns against 4.5 ns each,
// measured on a function called by map), a helper call about 4 more
// than the interpreter's own call would.
const (
	minFuncInsts     = 16
	funcInstsPerCall = 4
)

// helperBound returns the abort of a root trace made mostly of helper
// calls (see minInstsPerCall), or of a function trace (or one that
// leaves its loop) too short to pay for its entry, or nil.
func (r *recorder) helperBound() *abortError {
	if r.helperBoundOK {
		return nil
	}
	// In half calls; a yield (hYield, a Sync call) suspends the run
	// rather than calling Go.
	cost := r.b.CallCost() - 3*r.yields
	if (r.entry || r.leaves && r.br == nil) && 2*r.ninsts < 2*minFuncInsts+funcInstsPerCall*cost {
		return abort("short function trace", "helper calls costing %d/2 in %d instructions: %s", cost, r.ninsts, topLabels(r.sites))
	}
	if cost*minInstsPerCall > 2*r.ninsts {
		return abort("helper-bound trace", "helper calls costing %d/2 in %d instructions: %s", cost, r.ninsts, topLabels(r.sites))
	}
	return nil
}

// closeExit finishes a trace that leaves its tree (r.leaves): it exits
// through the snapshot of the state before the current instruction,
// where the interpreter goes on. At a return, the frame's fast locals
// are dead and left out of it; the stack (the value returned) and the
// state of iterators (which may outlive the frame) are written back.
func (r *recorder) closeExit() (*ir.Trace, *abortError) {
	first := 0
	if r.br != nil {
		first = r.spillBase()
	} else if err := r.helperBound(); err != nil {
		return nil, err
	}
	s := r.snapshot()
	if r.instr().Op() == compile.RETURN_VALUE {
		snap := &r.b.Snapshots()[s]
		snap.Entries = slices.DeleteFunc(snap.Entries, func(e ir.SnapEntry) bool {
			return e.Kind == ir.SnapSlot && e.Frame == 0 && int(e.Slot) < r.code.NumLocals()
		})
	}
	t := r.b.FinishExit(s, first)
	if err := t.Validate(); err != nil {
		panic("BUG: jit: recorded trace is invalid: " + err.Error() + "\n" + t.String())
	}
	return t, nil
}

// close finishes the trace at the loop header: every local the trace
// stores to and every iterator it advances is loop-carried (a PHI of its
// entry value), and appears in every snapshot.
func (r *recorder) close() (*ir.Trace, *abortError) {
	if r.leaves {
		return r.closeExit()
	}
	if err := r.helperBound(); err != nil {
		return nil, err
	}
	type carried struct {
		slot int32
		kind ir.SnapKind
		load ir.Ref
	}
	var cs []carried
	var phis []ir.Phi
	for k, w := range r.written {
		if !w {
			continue
		}
		v := r.vals[k]
		in := r.slotInput(int32(k), v)
		load, ok := r.slotIn[int32(k)]
		switch {
		case !ok:
			// Read by no instruction, only written back: the local may
			// be unbound (a loop variable before the loop's first
			// iteration), and an object local of any class (a loop
			// variable that holds objects of several classes must not
			// keep the trace from being entered), or hold values of
			// other kinds by turns (best_t = None, then a float). An
			// unbound int, float or bool, and a value of another kind,
			// enters as 0, which no exit writes back while the first
			// iteration runs (trace.holdsHeader) and which no bridge
			// reads or carries into the next (bridge.read).
			in.Unbound, in.Free = true, true
			load = r.b.SLoad(in, r.b.Type(v))
			r.slotIn[int32(k)] = load
		case r.b.Inputs()[r.b.InputOf(load)].Kind != in.Kind:
			return nil, abort(reasonTypeUnstable, "local %d", k)
		}
		cs = append(cs, carried{int32(k), ir.SnapSlot, load})
		phis = append(phis, ir.Phi{Left: load, Right: v})
	}
	for _, slot := range r.iterList {
		it := r.iters[slot]
		if it.enum {
			inner, _ := r.b.HasSLoad(ir.Input{Kind: ir.InEnumInner, Slot: slot})
			count, _ := r.b.HasSLoad(ir.Input{Kind: ir.InEnumCount, Slot: slot})
			cs = append(cs, carried{slot, ir.SnapEnumInner, inner}, carried{slot, ir.SnapEnumCount, count})
			phis = append(phis, ir.Phi{Left: inner, Right: it.next}, ir.Phi{Left: count, Right: it.left})
			continue
		}
		if it.seq {
			index, _ := r.b.HasSLoad(ir.Input{Kind: ir.InSeqIndex, Slot: slot})
			cs = append(cs, carried{slot, ir.SnapSeqIndex, index})
			phis = append(phis, ir.Phi{Left: index, Right: it.next})
			continue
		}
		next, _ := r.b.HasSLoad(ir.Input{Kind: ir.InRangeNext, Slot: slot, Step: it.step})
		left, _ := r.b.HasSLoad(ir.Input{Kind: ir.InRangeCount, Slot: slot})
		cs = append(cs, carried{slot, ir.SnapRangeNext, next}, carried{slot, ir.SnapRangeCount, left})
		phis = append(phis, ir.Phi{Left: next, Right: it.next}, ir.Phi{Left: left, Right: it.left})
	}
	// Snapshots taken before a loop-carried value was first touched hold
	// its value from the previous iteration: the PHI's SLOAD.
	snaps := r.b.Snapshots()
	for i := range snaps {
		have := map[[2]int32]bool{} // the loop frame's entries
		for _, e := range snaps[i].Entries {
			if e.Frame == 0 {
				have[[2]int32{int32(e.Kind), e.Slot}] = true
			}
		}
		for _, c := range cs {
			if !have[[2]int32{int32(c.kind), c.slot}] {
				snaps[i].Entries = append(snaps[i].Entries, ir.SnapEntry{Kind: c.kind, Slot: c.slot, Ref: c.load})
			}
		}
	}
	back := ir.Snapshot{PC: int32(r.header), SP: int32(r.headerSP)}
	for _, c := range cs {
		back.Entries = append(back.Entries, ir.SnapEntry{Kind: c.kind, Slot: c.slot, Ref: c.load})
	}
	t := r.b.Finish(phis, r.b.AddSnapshot(back))
	if err := t.Validate(); err != nil {
		panic("BUG: jit: recorded trace is invalid: " + err.Error() + "\n" + t.String())
	}
	return t, nil
}
