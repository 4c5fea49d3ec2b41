package interp

import (
	"testing"

	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// runPython compiles and runs src in a fresh __main__ namespace of in's
// main thread and returns the namespace.
func runPython(tb testing.TB, in *Interpreter, src string) *object.Dict {
	tb.Helper()
	th := in.main
	code, err := th.compileSource([]byte(src), "<test>", syntax.ModeExec)
	if err != nil {
		tb.Fatal(err)
	}
	globals := object.NewDict()
	if _, err := th.execCode(code, globals, globals.AsValue()); err != nil {
		tb.Fatal(err)
	}
	return globals
}

// BenchmarkTightLoop measures a loop whose body is almost nothing, so that
// the eval breaker poll at LOOP_HEADER is as large a share as it can be.
func BenchmarkTightLoop(b *testing.B) {
	in, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	g := runPython(b, in, "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n")
	f, _ := g.GetStr(object.Intern("f"))
	n := object.Int(1_000_000)
	b.ResetTimer()
	for range b.N {
		if _, err := object.Call(&in.main.Thread, f, []object.Value{n}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func TestInterruptMainRaisesKeyboardInterrupt(t *testing.T) {
	in, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	in.signals.handlers[2] = DefaultIntHandler
	if err := in.InterruptMain(2); err != nil {
		t.Fatal(err)
	}
	th := in.main
	code, err := th.compileSource([]byte("i = 0\nwhile True:\n    i += 1\n"), "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	globals := object.NewDict()
	_, err = th.execCode(code, globals, globals.AsValue())
	exc, ok := err.(*object.Exc)
	if !ok || exc.Type() != object.KeyboardInterrupt {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
}
