package interp

import (
	"testing"

	"github.com/adderpy/adder/object"
)

// BenchmarkCalls measures the Python call paths one loop of calls at a
// time, with the JIT off: the plain call (callFunction's written-out
// path) with a pair built and unpacked as binary_trees does, a closure
// call and a call with keyword arguments (callFunctionGeneral), and a
// closure made per call (MAKE_FUNCTION, newFunction).
func BenchmarkCalls(b *testing.B) {
	src := `
def make(d):
    if d == 0:
        return (None, None)
    d -= 1
    return (make(d), make(d))

def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)

def plain(n):
    return check(make(n))

def closures(n):
    k = 1
    def add(x):
        return x + k
    t = 0
    for i in range(n):
        t = add(t)
    return t

def kw(a, b=2, *, c=3):
    return a + b + c

def keywords(n):
    t = 0
    for i in range(n):
        t += kw(i, c=1)
    return t

def makes(n):
    t = 0
    for i in range(n):
        f = lambda: i
        t += 1
    return t
`
	for _, bm := range []struct {
		name string
		n    int64
	}{{"plain", 10}, {"closures", 1000}, {"keywords", 1000}, {"makes", 1000}} {
		b.Run(bm.name, func(b *testing.B) {
			in, err := New(Config{})
			if err != nil {
				b.Fatal(err)
			}
			g := runPython(b, in, src)
			f, _ := g.GetStr(object.Intern(bm.name))
			n := object.Int(bm.n)
			b.ResetTimer()
			for range b.N {
				if _, err := object.Call(&in.main.Thread, f, []object.Value{n}, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
