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
	// declined is the operator method the dispatch running on t treats
	// as having returned NotImplemented (see BinaryOpDeclined), or Null.
	declined Value
	// tupleSlabs (by length, 1 to 6) and longSlab are the blocks NewTuple
	// makes tuples from, bytesSlabs (by size class) those of NewBytesBuf.
	tupleSlabs [6]slab
	longSlab   longSlab
	bytesSlabs [4]slab
}

// argScratchSize is the number of slots of a thread's argument scratch
// space; a call needing more allocates its vector.
const argScratchSize = 256

// scratchArgs returns n slots of t's scratch space and the mark to pass
// to ReleaseArgs, or a new slice and -1 when the space is full. A callee
// never keeps its argument slice beyond the call (the eval loop passes
// slices of its value stack, which it clears afterwards), so the space is
// reused by the next call, in last-in first-out order.
func (t *Thread) scratchArgs(n int) ([]Value, int) {
	top := t.argTop
	if top+n > len(t.args) {
		if t.args != nil || n > argScratchSize {
			return make([]Value, n), -1
		}
		t.args = make([]Value, argScratchSize)
	}
	t.argTop = top + n
	return t.args[top : top+n : top+n], top
}

// withSelf returns self followed by args, in t's scratch space when it has
// room, and the mark to pass to ReleaseArgs when the call returns.
func (t *Thread) withSelf(self Value, args []Value) ([]Value, int) {
	full, mark := t.scratchArgs(len(args) + 1)
	full[0] = self
	for i, v := range args {
		full[i+1] = v
	}
	return full, mark
}

// JoinArgs returns the argument vector front followed by args for a call
// (functools.partial's stored arguments before the call's), in t's
// scratch space when it has room, and the mark to pass to ReleaseArgs when
// the call returns. The callee must not keep the vector.
func (t *Thread) JoinArgs(front, args []Value) ([]Value, int) {
	full, mark := t.scratchArgs(len(front) + len(args))
	// Loops rather than copy: for the few values of a call they are
	// several times cheaper than typedslicecopy.
	for i, v := range front {
		full[i] = v
	}
	rest := full[len(front):]
	for i, v := range args {
		rest[i] = v
	}
	return full, mark
}

// ReleaseArgs ends the use of full, made by JoinArgs (or withSelf) with
// mark, clearing it so that it keeps nothing alive.
func (t *Thread) ReleaseArgs(full []Value, mark int) {
	if mark >= 0 {
		// Backwards, so that the compiler does not make it a call of
		// memclrHasPointers, several times slower for a few values.
		for i := len(full) - 1; i >= 0; i-- {
			full[i] = Value{}
		}
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
