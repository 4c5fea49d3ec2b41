package interp

import "testing"

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
