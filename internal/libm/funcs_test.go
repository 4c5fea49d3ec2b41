// funcs_test.go: the functions under test, their CPython expressions and
// argument distributions.

package libm

import (
	"math"
	"math/big"
	"math/rand/v2"
)

func unary(f func(float64) (float64, Err)) func(a, b float64) string {
	return func(a, _ float64) string { return fmtResult(f(a)) }
}

func exact1(f func(x *big.Float, w uint) *big.Float) func(a, b float64) float64 {
	return func(a, _ float64) float64 {
		return slowRound(func(w uint) *big.Float { return f(bigOf(a), w) })
	}
}

var (
	nearOne     = oneOf(nearValue(1, 1e-3), nearValue(1, 1e-9), nearUlps(1), uniform(0.5, 2))
	logArgs     = oneOf(positive(-1074, 1023), positive(-60, 60), nearValue(1, 1e-3), nearValue(1, 1e-9), nearUlps(1), uniform(0, 10), anyMagnitude)
	log1pArgs   = oneOf(magnitudes(-70, 0), uniform(-1, 1), positive(-10, 1023), nearValue(-1, 1e-6), anyMagnitude)
	expArgs     = oneOf(uniform(-750, 750), magnitudes(-60, 10), nearValue(709.78, 0.01), nearValue(-745.13, 0.01), nearValue(-708.4, 0.5), anyMagnitude)
	bigLogDenom = func(x *big.Float, w uint, base float64) *big.Float {
		v := bigLog(x, w+8)
		return v.Quo(v, bigLog(big.NewFloat(base), w+8))
	}
)

func init() {
	_ = nearOne
	register(funcSpec{name: "exp", py: "math.exp(a)", nargs: 1, call: unary(Exp), gen: expArgs, exact: exact1(bigExp)})
	register(funcSpec{name: "log", py: "math.log(a)", nargs: 1, call: unary(Log), gen: logArgs, exact: exact1(bigLog)})
	register(funcSpec{name: "log2", py: "math.log2(a)", nargs: 1, call: unary(Log2), gen: logArgs,
		exact: exact1(func(x *big.Float, w uint) *big.Float { return bigLogDenom(x, w, 2) })})
	register(funcSpec{name: "log10", py: "math.log10(a)", nargs: 1, call: unary(Log10), gen: logArgs,
		exact: exact1(func(x *big.Float, w uint) *big.Float { return bigLogDenom(x, w, 10) })})
	trig := oneOf(uniform(-10, 10), magnitudes(-30, 19), nearMultiples(math.Pi/2, 20), nearMultiples(math.Pi/4, 10), magnitudes(19, 1023), uniform(-1e6, 1e6))
	register(funcSpec{name: "sin", py: "math.sin(a)", nargs: 1, call: unary(Sin), gen: trig, exact: exactFloat(func(x float64, w uint) *big.Float { s, _ := bigSinCos(x, w); return s })})
	register(funcSpec{name: "cos", py: "math.cos(a)", nargs: 1, call: unary(Cos), gen: trig, exact: exactFloat(func(x float64, w uint) *big.Float { _, c := bigSinCos(x, w); return c })})
	register(funcSpec{name: "tan", py: "math.tan(a)", nargs: 1, call: unary(Tan), gen: trig, exact: exactFloat(func(x float64, w uint) *big.Float { s, c := bigSinCos(x, w+4); return s.Quo(s, c) })})
	register(funcSpec{name: "expm1", py: "math.expm1(a)", nargs: 1, call: unary(Expm1), gen: oneOf(uniform(-40, 40), magnitudes(-60, 5), nearValue(709.78, 0.01), anyMagnitude)})
	register(funcSpec{name: "atan", py: "math.atan(a)", nargs: 1, call: unary(Atan), gen: oneOf(uniform(-2, 2), magnitudes(-30, 60), anyMagnitude), exact: exact1(bigAtan)})
	atan2Gen := oneOf(uniform(-10, 10), magnitudes(-30, 30), anyMagnitude)
	register(funcSpec{name: "atan2", py: "math.atan2(a, b)", nargs: 2, call: binary(Atan2),
		gen: func(r *rand.Rand) (float64, float64) {
			a, _ := atan2Gen(r)
			b, _ := atan2Gen(r)
			return a, b
		},
		exact: func(a, b float64) float64 {
			v := slowRound(func(w uint) *big.Float { return bigAtan2(math.Abs(a), b, w) })
			return math.Copysign(v, a)
		}})
	wide := oneOf(uniform(-10, 10), magnitudes(-30, 30), anyMagnitude)
	unit := oneOf(uniform(-1, 1), nearUlps(1), nearUlps(-1), magnitudes(-60, 0), anyMagnitude)
	for _, f := range []struct {
		name string
		fn   func(float64) (float64, Err)
		gen  func(r *rand.Rand) (float64, float64)
	}{
		{"log1p", Log1p, log1pArgs}, {"sqrt", Sqrt, wide}, {"exp2", Exp2, oneOf(uniform(-1100, 1100), magnitudes(-60, 10))},
		{"sinh", Sinh, oneOf(uniform(-720, 720), magnitudes(-60, 5))},
		{"cosh", Cosh, oneOf(uniform(-720, 720), magnitudes(-60, 5))}, {"tanh", Tanh, wide}, {"atanh", Atanh, unit}, {"cbrt", Cbrt, wide},
		{"erf", Erf, oneOf(uniform(-6, 6), magnitudes(-60, 5))}, {"erfc", Erfc, oneOf(uniform(-6, 30), magnitudes(-60, 5))},
		{"gamma", Gamma, oneOf(uniform(-180, 180), magnitudes(-30, 8), uniform(0, 5))},
		{"lgamma", Lgamma, oneOf(uniform(-180, 180), magnitudes(-30, 1023), uniform(0, 5))},
	} {
		register(funcSpec{name: f.name, py: "math." + f.name + "(a)", nargs: 1, call: unary(f.fn), gen: f.gen, todo: todoFuncs[f.name]})
	}
	register(funcSpec{name: "asinh", py: "math.asinh(a)", nargs: 1, call: unary(Asinh), gen: wide,
		logArg: func(x float64) (float64, bool) {
			if x != x || math.IsInf(x, 0) || math.Abs(x) < 0x1p-28 {
				return 0, false
			}
			a, _, ok := asinhLogArg(math.Abs(x))
			return a, ok
		}})
	register(funcSpec{name: "acosh", py: "math.acosh(a)", nargs: 1, call: unary(Acosh), gen: oneOf(uniform(1, 10), positive(0, 1023)),
		logArg: func(x float64) (float64, bool) {
			if x != x || math.IsInf(x, 0) || x <= 1 {
				return 0, false
			}
			a, _, ok := acoshLogArg(x)
			return a, ok
		}})
	register(funcSpec{name: "asin", py: "math.asin(a)", nargs: 1, call: unary(Asin), gen: unit, exact: exactFloat(bigAsin)})
	register(funcSpec{name: "acos", py: "math.acos(a)", nargs: 1, call: unary(Acos), gen: unit, exact: exactFloat(bigAcos)})
	pair := func(g func(r *rand.Rand) (float64, float64)) func(r *rand.Rand) (float64, float64) {
		return func(r *rand.Rand) (float64, float64) {
			a, _ := g(r)
			b, _ := g(r)
			return a, b
		}
	}
	register(funcSpec{name: "hypot", py: "math.hypot(a, b)", nargs: 2, call: binary(Hypot), gen: pair(wide), todo: true})
	register(funcSpec{name: "fmod", py: "math.fmod(a, b)", nargs: 2, call: binary(Fmod), gen: pair(wide)})
	register(funcSpec{name: "mod", py: "a % b", nargs: 2, gen: pair(wide), call: func(a, b float64) string {
		if r, ok := FloatMod(a, b); ok {
			return fmtFloat(r)
		}
		return "ZeroDivisionError"
	}})
	register(funcSpec{name: "divmod", py: "divmod(a, b)", nargs: 2, gen: pair(wide), call: func(a, b float64) string {
		if d, m, ok := FloatDivmod(a, b); ok {
			return fmtFloat(d) + " " + fmtFloat(m)
		}
		return "ZeroDivisionError"
	}})
	register(funcSpec{name: "pow", py: "math.pow(a, b)", nargs: 2, call: binary(Pow), gen: powArgs, exact: exactPow})
	register(funcSpec{name: "floatpow", py: "'complex' if a < 0 and math.isfinite(b) and b != math.floor(b) and math.isfinite(a) and a != 0 else a ** b", nargs: 2, call: func(a, b float64) string {
		r, e := FloatPow(a, b)
		switch e {
		case PowZeroDivision:
			return "ZeroDivisionError"
		case PowComplex:
			return "complex"
		case PowOverflow:
			return "OverflowError"
		}
		return fmtFloat(r)
	}, gen: powArgs, exact: exactPow})
}

func exactFloat(f func(x float64, w uint) *big.Float) func(a, b float64) float64 {
	return func(a, _ float64) float64 {
		return slowRound(func(w uint) *big.Float { return f(a, w) })
	}
}

func binary(f func(float64, float64) (float64, Err)) func(a, b float64) string {
	return func(a, b float64) string { return fmtResult(f(a, b)) }
}

func exactPow(a, b float64) float64 {
	r, ok := powExact(math.Abs(a), b)
	if !ok {
		r = slowRound(func(w uint) *big.Float {
			t := bigLog(bigOf(math.Abs(a)), w+32)
			return bigExp(t.Mul(t, bigOf(b)), w)
		})
	}
	if a < 0 && isOddInt(b) {
		return -r
	}
	return r
}

// powArgs mixes bases and exponents so that most results are finite.
func powArgs(r *rand.Rand) (float64, float64) {
	switch r.IntN(8) {
	case 0:
		return special(r), special(r)
	case 1: // integer exponents, any sign of base
		return signed(r, uniformExp(r, -20, 20)), float64(r.IntN(80) - 40)
	case 2: // x near 1, large y
		return nearValue(1, 1e-6)(r), signed(r, uniformExp(r, 0, 30))
	case 3: // half-integer exponents of squares: exact and halfway cases
		t := float64(r.IntN(1<<20) + 1)
		return t * t, float64(r.IntN(8)) + 0.5
	case 4: // results near overflow and underflow
		x := uniformExp(r, -20, 20)
		lx := math.Log(x)
		if lx == 0 {
			return x, 1
		}
		lim := 709.78
		if r.IntN(2) == 0 {
			lim = -745.1
		}
		return x, lim / lx * (1 + 1e-12*(2*r.Float64()-1))
	case 5:
		return uniformExp(r, -1022, 1023), signed(r, uniformExp(r, -10, 2))
	}
	return uniform(0, 100)(r), uniform(-50, 50)(r)
}

// todoFuncs are the functions not yet bit-identical to glibc.
var todoFuncs = map[string]bool{"gamma": true, "lgamma": true}
