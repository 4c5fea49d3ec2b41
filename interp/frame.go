package interp

import (
	"unsafe"

	"github.com/adderpy/adder/object"
)

// Frame is the execution state of one code object.
type Frame struct {
	object.Header
	code     *Code
	fn       *Function // nil for module and class bodies
	globals  *object.Dict
	builtins *object.Dict
	// locals is the namespace of LOAD_NAME and friends (module and class
	// bodies), Null for functions.
	locals object.Value
	// slots holds the fast locals, then the cells (as *Cell values), then
	// the value stack.
	slots []object.Value
	pc    int // index of the next instruction
	lasti int // index of the instruction running or last run
	sp    int // stack pointer: index in slots of the first free stack slot
	back  *Frame
	// gen is the generator, coroutine or async generator running this
	// frame, or nil.
	gen *Generator
	// escaped is set when something outlives the call holds the frame (a
	// traceback, sys._getframe): it is then not reused, and its slots are
	// copied off the thread's value stack when the call ends.
	escaped bool
	// traced is set when a JIT ran a trace in the frame: its exits write
	// slots, maybe above the stack pointer they return.
	traced bool
	// stackMark is the value stack top to restore when the frame ends
	// (see Thread.allocSlots).
	stackMark int
	// callee is the frame of the frame's last call that callFunction ran,
	// for its next call to reuse: calls from one frame run one at a time,
	// so this frame is not in use when the next one starts, unless it
	// escaped (then the next call takes another). A callee frame is
	// never in Thread.freeFrames: it goes with its caller. The price is
	// memory: a live frame keeps the frames of its callees' callees as
	// deep as they went (a suspended generator that made a call keeps
	// one more frame), and their last function, code and globals.
	callee *Frame
	// suspension, when set, holds the state of the trace that yielded
	// this generator frame (Thread.SuspendInTrace): the slots are stale.
	suspension Suspension
}

// newFrame returns a frame for code c, reusing a released one when it can,
// with slots from the thread's value stack.
func (th *Thread) newFrame(c *Code, globals, builtins *object.Dict, locals object.Value) *Frame {
	slots, mark := th.allocSlots(c.frameSize)
	return th.newFrameSlots(c, globals, builtins, locals, slots, mark)
}

// newFrameSlots is newFrame with the given slots and their stack mark.
func (th *Thread) newFrameSlots(c *Code, globals, builtins *object.Dict, locals object.Value, slots []object.Value, mark int) *Frame {
	f := th.takeFrame()
	f.slots, f.stackMark = slots, mark
	f.code, f.fn, f.globals, f.builtins, f.locals = c, nil, globals, builtins, locals
	f.pc, f.lasti, f.sp, f.back, f.gen, f.traced = 0, 0, 0, nil, nil, false
	return f
}

// newCallee returns a frame for callFunction's calls from caller, and
// makes it caller's callee: a released frame, or a new one. What stays
// the same in all its calls is set here: it runs no generator and no
// class body, and returns to caller. callFunction sets the function's
// fields (fn is nil until then), and clears traced after a call that ran
// a trace.
func (th *Thread) newCallee(caller *Frame) *Frame {
	f := th.takeFrame()
	f.fn, f.locals, f.gen, f.traced, f.back = nil, object.Value{}, nil, false, caller
	caller.callee = f
	return f
}

// takeFrame returns a released frame, or a new one.
func (th *Thread) takeFrame() *Frame {
	if n := len(th.freeFrames); n > 0 {
		f := th.freeFrames[n-1]
		th.freeFrames = th.freeFrames[:n-1]
		return f
	}
	return &Frame{Header: object.NewHeader(FrameType)}
}

// releaseFrame ends the use of a frame made by newFrame.
func (th *Thread) releaseFrame(f *Frame) {
	th.releaseFrameUsed(f, f.usedSlots())
}

// usedSlots returns how many of f's first slots can hold values when it
// ends: the locals and cells and the stack below f.sp (eval clears what
// it pops). Releasing clears only those, which is most of a call's cost
// for a frame whose stack is deep but little used. A frame a trace ran in
// is cleared whole.
func (f *Frame) usedSlots() int {
	if f.traced {
		return len(f.slots)
	}
	return max(f.sp, f.code.nlocals)
}

// releaseFrameUsed is releaseFrame for a frame whose first used slots can
// hold values.
func (th *Thread) releaseFrameUsed(f *Frame, used int) {
	th.freeFrameSlots(f, used)
	if !f.escaped {
		th.freeFrames = append(th.freeFrames, f)
	}
}

// freeFrameSlots gives back the slots of a frame that ended, of which the
// first used can hold values. An escaped frame keeps a copy of its locals
// for whoever holds it.
func (th *Thread) freeFrameSlots(f *Frame, used int) {
	if f.escaped {
		// Copied before freeSlots clears them.
		f.slots = append([]object.Value(nil), f.slots[:f.code.nlocals]...)
	}
	th.freeSlots(f.stackMark, used)
}

// escape marks f and the frames it was called from as held beyond their
// calls.
func (f *Frame) escape() {
	if f != nil && f.suspension != nil {
		// (A generator's frame: its back link is nil.)
		f.dropSuspension()
	}
	for ; f != nil && !f.escaped; f = f.back {
		f.escaped = true
	}
}

// FrameType is the type of frame objects.
var FrameType = object.NewNativeType("frame", "", nil)

func init() {
	FrameType.AddGetSets(frameGetSets)
	FrameType.Ready()
}

// AsValue returns the frame as a Value.
func (f *Frame) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(f)) }

// stackBase is the index in slots of the first value stack slot.
func (f *Frame) stackBase() int { return f.code.nlocals }

// cell returns cell i (an index into CellVars followed by FreeVars).
func (f *Frame) cell(i int) *Cell {
	return (*Cell)(f.slots[len(f.code.VarNames)+i].Pointer())
}

// line returns the source line of instruction i.
func (c *Code) line(i int) int {
	if i < 0 || i >= len(c.Positions) {
		return c.FirstLineno
	}
	for ; i >= 0; i-- {
		if l := c.Positions[i].Line; l > 0 {
			return int(l)
		}
	}
	return c.FirstLineno
}

var frameGetSets = []object.GetSetDef{
	{Name: "f_lineno", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		f := (*Frame)(v.Pointer())
		return object.Int(int64(f.code.line(f.lasti))), nil
	}},
	{Name: "f_code", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Frame)(v.Pointer()).code.AsValue(), nil
	}},
	{Name: "f_locals", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Frame)(v.Pointer()).localsMapping(), nil
	}},
	{Name: "f_globals", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Frame)(v.Pointer()).globals.AsValue(), nil
	}},
	{Name: "f_back", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if b := (*Frame)(v.Pointer()).back; b != nil {
			// The frame escapes too: a frame that escaped in an earlier
			// run may link to one that did not.
			b.escape()
			return b.AsValue(), nil
		}
		return object.None, nil
	}},
	{Name: "f_builtins", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Frame)(v.Pointer()).builtins.AsValue(), nil
	}},
	{Name: "f_lasti", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.Int(int64((*Frame)(v.Pointer()).lasti * 2)), nil
	}},
}
