// bench_test.go: each function next to Go's math equivalent.

package libm

import (
	"math"
	"testing"
)

var sink float64

func benchArgs(lo, hi float64) []float64 {
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = lo + (hi-lo)*float64(i*7919%1024)/1024
	}
	return xs
}

func bench1(b *testing.B, f func(float64) (float64, Err), xs []float64) {
	for i := 0; i < b.N; i++ {
		r, _ := f(xs[i&1023])
		sink += r
	}
}

func benchGo(b *testing.B, f func(float64) float64, xs []float64) {
	for i := 0; i < b.N; i++ {
		sink += f(xs[i&1023])
	}
}

func BenchmarkFunctions(b *testing.B) {
	for _, c := range []struct {
		name   string
		f      func(float64) (float64, Err)
		g      func(float64) float64
		lo, hi float64
	}{
		{"exp", Exp, math.Exp, -700, 700},
		{"log", Log, math.Log, 1e-5, 1e5},
		{"log2", Log2, math.Log2, 1e-5, 1e5},
		{"log10", Log10, math.Log10, 1e-5, 1e5},
		{"expm1", Expm1, math.Expm1, -5, 5},
		{"sin", Sin, math.Sin, -10, 10},
		{"cos", Cos, math.Cos, -10, 10},
		{"tan", Tan, math.Tan, -10, 10},
		{"sinLarge", Sin, math.Sin, 1e6, 1e300},
		{"atan", Atan, math.Atan, -10, 10},
		{"exp2", Exp2, math.Exp2, -1000, 1000},
		{"sinh", Sinh, math.Sinh, -30, 30},
		{"tanh", Tanh, math.Tanh, -5, 5},
		{"asin", Asin, math.Asin, -1, 1},
		{"acos", Acos, math.Acos, -1, 1},
		{"erfc", Erfc, math.Erfc, -3, 10},
		{"cbrt", Cbrt, math.Cbrt, -1e10, 1e10},
		{"log1p", Log1p, math.Log1p, -0.5, 10},
		{"gamma", Gamma, math.Gamma, 0.5, 100},
		{"lgamma", Lgamma, func(x float64) float64 { r, _ := math.Lgamma(x); return r }, 0.5, 100},
	} {
		xs := benchArgs(c.lo, c.hi)
		b.Run(c.name+"/libm", func(b *testing.B) { bench1(b, c.f, xs) })
		b.Run(c.name+"/gomath", func(b *testing.B) { benchGo(b, c.g, xs) })
	}
	xs, ys := benchArgs(0.1, 100), benchArgs(-50, 50)
	b.Run("pow/libm", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			r, _ := Pow(xs[i&1023], ys[i&1023])
			sink += r
		}
	})
	b.Run("pow/gomath", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sink += math.Pow(xs[i&1023], ys[i&1023])
		}
	})
	b.Run("atan2/libm", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			r, _ := Atan2(ys[i&1023], xs[(i+1)&1023])
			sink += r
		}
	})
	b.Run("atan2/gomath", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sink += math.Atan2(ys[i&1023], xs[(i+1)&1023])
		}
	})
}
