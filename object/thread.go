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
