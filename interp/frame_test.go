package interp

import (
	"testing"

	"github.com/adderpy/adder/object"
)

// allocSlots hands out slots without clearing them, so every slot of the
// value stack at or above top must be Null whenever no frame holds it:
// after returns, exceptions unwinding frames, frames kept by tracebacks and
// sys._getframe, match statements, and recursion deep enough to start new
// stack segments.
func TestValueStackAboveTopIsNull(t *testing.T) {
	in, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	runPython(t, in, `
import sys

def add(a, b):
    c = [a, b]
    return c[0] + c[1]

def fail(n):
    x = (n, n + 1)
    if n == 0:
        raise ValueError(x)
    return fail(n - 1)

def keep():
    y = "held"
    return sys._getframe()

def shape(v):
    match v:
        case (int(), str()):
            return "pair"
        case [int(n), *_] if n > 10:
            return "big"
        case (x, (y, z)):
            return "deep"
    return "none"

def deep(n):
    big = list(range(4))
    return n if n == 0 else deep(n - 1) + big[0]

total = sum(add(i, i) for i in range(50))
try:
    fail(30)
except ValueError as e:
    tb = e.__traceback__
frame = keep()
shapes = [shape(v) for v in [(1, "a"), [20, 1], (1, (2, 3)), 5]]
sys.setrecursionlimit(20000)
d = deep(12000)
`)
	th := in.main
	for i, v := range th.stack[th.top:] {
		if !v.IsNull() {
			t.Fatalf("value stack slot %d above top (%d) holds %v", th.top+i, th.top, v)
		}
	}
}

// TestCalleeFrameReuse checks Frame.callee: a frame's plain calls run in
// one frame that stays its callee, the thread's free list and value stack
// are as they were after each call, and an escaped callee frame is left
// to its holder (the next call takes another).
func TestCalleeFrameReuse(t *testing.T) {
	in, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	g := runPython(t, in, "def f(x):\n    y = x + 1\n    return y\n")
	fv, _ := g.GetStr(object.Intern("f"))
	fn := (*Function)(fv.Pointer())
	th := in.main
	caller := th.newFrame(fn.code, fn.globals, fn.builtins, object.Null)
	th.frame = caller
	defer func() {
		th.frame = nil
		th.releaseFrame(caller)
	}()
	call := func(x int64) *Frame {
		t.Helper()
		top, free := th.top, len(th.freeFrames)
		v, err := th.callFunction(fn, []object.Value{object.Int(x)}, nil)
		if err != nil || !v.IsInt() || v.AsInt() != x+1 {
			t.Fatalf("f(%d) = %v, %v", x, v, err)
		}
		if th.frame != caller || th.top != top || len(th.freeFrames) > free {
			t.Fatalf("after f(%d): frame %p (want %p), top %d (want %d), %d free frames (had %d)",
				x, th.frame, caller, th.top, top, len(th.freeFrames), free)
		}
		for i, v := range th.stack[top : top+fn.code.frameSize] {
			if !v.IsNull() {
				t.Fatalf("after f(%d): stack slot %d above top holds %v", x, top+i, v)
			}
		}
		return caller.callee
	}
	first := call(1)
	if first == nil || call(2) != first || first.back != caller {
		t.Fatalf("the second call did not reuse the callee frame %p", first)
	}
	first.escaped = true
	if next := call(3); next == first || next == nil {
		t.Fatalf("an escaped callee frame was reused")
	}
}
