package stdlib

import (
	"testing"

	"github.com/adderpy/adder/object"
)

// These benchmarks call the module functions the way the interpreter does
// (vectorcall with a Go slice), without the bytecode around them; compare
// with python3 -m timeit -s 'import math' 'math.sqrt(2.0)' and friends.

func benchCall(b *testing.B, fn object.NativeFunc, args ...object.Value) {
	t := &object.Thread{}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fn(t, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMathSqrt(b *testing.B) { benchCall(b, mathMethodFn("sqrt"), object.Float(2)) }
func BenchmarkMathSin(b *testing.B)  { benchCall(b, mathMethodFn("sin"), object.Float(0.5)) }
func BenchmarkMathFloor(b *testing.B) {
	benchCall(b, mathMethodFn("floor"), object.Float(2.5))
}
func BenchmarkMathHypot(b *testing.B) {
	benchCall(b, mathHypot, object.Float(3), object.Float(4))
}

func BenchmarkRandomRandom(b *testing.B) {
	r := newRandom(randomType)
	r.gen.SeedInt64(1)
	benchCall(b, randomMethodFn("random"), r.AsValue())
}

func mathMethodFn(name string) object.NativeFunc {
	for _, m := range mathMethods() {
		if m.Name == name {
			return m.Fn
		}
	}
	panic("BUG: no math." + name)
}

func randomMethodFn(name string) object.NativeFunc {
	for _, m := range randomMethods() {
		if m.Name == name {
			return m.Fn
		}
	}
	panic("BUG: no Random." + name)
}

func TestMathCallsDoNotAllocate(t *testing.T) {
	th := &object.Thread{}
	args := []object.Value{object.Float(2)}
	for _, name := range []string{"sqrt", "sin", "exp", "floor", "fabs", "isnan"} {
		fn := mathMethodFn(name)
		if n := testing.AllocsPerRun(100, func() { fn(th, args, nil) }); n != 0 {
			t.Errorf("math.%s allocates %v times per call", name, n)
		}
	}
}
