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
	stack []object.Value
	top   int
}

// valueStackChunk is the size of a thread's value stack segment; a frame
// that does not fit gets a fresh segment.
const valueStackChunk = 1 << 16

// NewThread returns a new thread state of in.
func (in *Interpreter) NewThread() *Thread {
	th := &Thread{interp: in, stack: make([]object.Value, valueStackChunk)}
	th.State = th
	return th
}

// allocSlots returns n zeroed slots from the value stack, and the previous
// top to restore with freeSlots.
func (th *Thread) allocSlots(n int) ([]object.Value, int) {
	old := th.top
	if th.top+n > len(th.stack) {
		// Frames keep their slices into the old segment alive.
		th.stack = make([]object.Value, max(valueStackChunk, n))
		th.top = 0
		old = -1
	}
	s := th.stack[th.top : th.top+n : th.top+n]
	clear(s)
	th.top += n
	return s, old
}

// freeSlots releases slots allocated by allocSlots.
func (th *Thread) freeSlots(n, old int) {
	if old < 0 {
		// The frame started a new segment; the previous frames live in
		// older segments that are still referenced by them.
		th.top -= n
		return
	}
	th.top = old
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
