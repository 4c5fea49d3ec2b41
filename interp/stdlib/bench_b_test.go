package stdlib

// Benchmarks of the hot operations of deque, heapq, itertools.product and
// functools.partial, each a Python loop of b.N operations run by a fresh
// interpreter (the setup is outside the timed loop). CPython timings for
// the same statements (python3 -m timeit) are in COVERAGE-b.md.

import (
	"fmt"
	"testing"

	"github.com/adderpy/adder/interp"
)

// runPython times body, a statement run b.N times in a for loop after
// setup, on a new interpreter.
func runPython(b *testing.B, setup, body string) {
	in, err := interp.New(interp.Config{Modules: Modules(), Stdlib: FS(), Path: []string{interp.StdlibPath}})
	if err != nil {
		b.Fatal(err)
	}
	// Warm up (imports, caches) with a short run first.
	warm := fmt.Sprintf("%s\nfor _ in range(100):\n    %s\n", setup, body)
	if in.RunSource([]byte(warm), "<warm>") != 0 {
		b.Fatal("warm-up failed")
	}
	src := fmt.Sprintf("%s\nfor _ in range(%d):\n    %s\n", setup, b.N, body)
	b.ResetTimer()
	if in.RunSource([]byte(src), "<bench>") != 0 {
		b.Fatal("benchmark program failed")
	}
	b.StopTimer()
	in.Flush()
}

func BenchmarkDequeAppendPopleft(b *testing.B) {
	runPython(b, "from collections import deque\nd = deque(range(10))", "d.append(1); d.popleft()")
}

func BenchmarkHeapqPushPop(b *testing.B) {
	runPython(b, "from heapq import heappush, heappop\nh = list(range(1000))", "heappush(h, 500); heappop(h)")
}

func BenchmarkItertoolsProduct(b *testing.B) {
	// One iteration consumes a product of 4*4*4 = 64 tuples.
	runPython(b, "from itertools import product\nr = range(4)", "for t in product(r, r, r): pass")
}

func BenchmarkPartialCall(b *testing.B) {
	runPython(b, "from functools import partial\ndef f(a, b): return a\np = partial(f, 1)", "p(2)")
}

func BenchmarkPythonLoopBaseline(b *testing.B) {
	// The cost of the loop and one trivial statement, to subtract.
	runPython(b, "x = 0", "x")
}
