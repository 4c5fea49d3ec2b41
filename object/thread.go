package object

import "unsafe"

// Thread is the state of one Python thread that package object needs: the
// recursion depth and limit, and the interpreter's own per-thread state.
// A Thread is used by one goroutine at a time.
type Thread struct {
	depth int
	// reprActive holds the containers whose repr is being computed on this
	// thread, innermost last (see ReprEnter).
	reprActive []unsafe.Pointer
	// State is the interpreter's per-thread state (an *interp.Thread).
	State any
	// args is scratch space for the argument vectors of calls that put
	// self in front of the caller's arguments (see withSelf); argTop is its
	// first free slot.
	args   []Value
	argTop int
}

// argScratchSize is the number of slots of a thread's argument scratch
// space; a call needing more allocates its vector.
const argScratchSize = 256

// withSelf returns self followed by args, in t's scratch space when it has
// room, and the mark to pass to releaseArgs when the call returns. A callee
// never keeps its argument slice beyond the call (the eval loop passes
// slices of its value stack, which it clears afterwards), so the space is
// reused by the next call, in last-in first-out order.
func (t *Thread) withSelf(self Value, args []Value) ([]Value, int) {
	n := len(args) + 1
	top := t.argTop
	if top+n > len(t.args) {
		if t.args != nil || n > argScratchSize {
			full := make([]Value, n)
			full[0] = self
			copy(full[1:], args)
			return full, -1
		}
		t.args = make([]Value, argScratchSize)
	}
	full := t.args[top : top+n : top+n]
	full[0] = self
	copy(full[1:], args)
	t.argTop = top + n
	return full, top
}

// releaseArgs ends the use of full, made by withSelf with mark, clearing it
// so that it keeps nothing alive.
func (t *Thread) releaseArgs(full []Value, mark int) {
	if mark >= 0 {
		clear(full)
		t.argTop = mark
	}
}

// RecursionLimit is sys.getrecursionlimit(): the depth of nested Python
// calls (and recursive built-in operations such as repr of nested lists) at
// which RecursionError is raised.
var RecursionLimit = 1000

// Enter counts one level of nesting, failing with RecursionError past the
// limit; every successful Enter is paired with a Leave.
func (t *Thread) Enter(where string) error {
	if t.depth >= RecursionLimit {
		return NewError(RecursionError, "maximum recursion depth exceeded"+where)
	}
	t.depth++
	return nil
}

// Leave undoes one Enter.
func (t *Thread) Leave() { t.depth-- }

// Depth returns the current nesting depth.
func (t *Thread) Depth() int { return t.depth }
