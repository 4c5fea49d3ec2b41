package interp

import (
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
	// jit is the interpreter's JIT (nil when off); jitHot is its loop
	// threshold, and recording switches on the per-instruction
	// JIT.Record calls (jit.go).
	jit       JIT
	jitHot    uint32
	recording bool
}

// valueStackChunk is the size of a thread's value stack segment; a frame
// that does not fit gets a fresh segment.
const valueStackChunk = 1 << 16

// NewThread returns a new thread state of in.
func (in *Interpreter) NewThread() *Thread {
	th := &Thread{interp: in, stack: make([]object.Value, valueStackChunk),
		jit: in.config.JIT, jitHot: jitThreshold(in.config.JIT)}
	th.State = th
	return th
}

// allocSlots returns n slots from the value stack, the first nclear of
// them zeroed (the rest are written before they are read), and the mark
// to pass to freeSlots.
func (th *Thread) allocSlots(n, nclear int) ([]object.Value, int) {
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
	clear(s[:nclear])
	th.top += n
	return s, mark
}

// freeSlots releases slots allocated by allocSlots.
func (th *Thread) freeSlots(mark int) {
	if mark >= 0 {
		th.top = mark
		return
	}
	last := len(th.oldSegments) - 1
	th.stack, th.top = th.oldSegments[last].stack, th.oldSegments[last].top
	th.oldSegments = th.oldSegments[:last]
}

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
