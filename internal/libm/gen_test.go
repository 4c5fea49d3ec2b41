// gen_test.go: deterministic argument generators for the differential tests.

package libm

import (
	"math"
	"math/rand/v2"
)

var specialValues = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2,
	3, -3, 10, 0.1, math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
	-math.SmallestNonzeroFloat64, 0x1p-1022, -0x1p-1022, 0x1p-1074 * 12345, math.Pi, math.Pi / 2,
	-math.Pi / 2, math.E, 1e-300, 1e300, 0x1p52, 0x1p53 + 2, 709.782712893384, -745.1332191019411,
	-745.1332191019412, -708.3964185322641, 710.4758600739439, 0x1p-26, 0x1p-30, 0x1p-54, 1e22, 1e23,
}

// uniformExp returns m·2^e with random m in [1,2) and e uniform in [lo, hi].
func uniformExp(r *rand.Rand, lo, hi int) float64 {
	m := 1 + r.Float64()
	return math.Ldexp(m, lo+r.IntN(hi-lo+1))
}

func signed(r *rand.Rand, x float64) float64 {
	if r.IntN(2) == 0 {
		return -x
	}
	return x
}

// nearby returns x moved by a few ulps.
func nearby(r *rand.Rand, x float64) float64 {
	for k := r.IntN(8); k > 0; k-- {
		if r.IntN(2) == 0 {
			x = math.Nextafter(x, math.Inf(1))
		} else {
			x = math.Nextafter(x, math.Inf(-1))
		}
	}
	return x
}

func special(r *rand.Rand) float64 { return specialValues[r.IntN(len(specialValues))] }

// oneOf picks one of the generators uniformly.
func oneOf(gens ...func(r *rand.Rand) float64) func(r *rand.Rand) (float64, float64) {
	return func(r *rand.Rand) (float64, float64) {
		if r.IntN(100) == 0 {
			return special(r), 0
		}
		return gens[r.IntN(len(gens))](r), 0
	}
}

func uniform(lo, hi float64) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return lo + (hi-lo)*r.Float64() }
}

// anyMagnitude covers every finite double: exponent uniform, either sign.
func anyMagnitude(r *rand.Rand) float64 {
	if r.IntN(50) == 0 {
		return signed(r, math.Float64frombits(r.Uint64N(1<<52)))
	}
	return signed(r, uniformExp(r, -1022, 1023))
}

func magnitudes(lo, hi int) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return signed(r, uniformExp(r, lo, hi)) }
}

func positive(lo, hi int) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return uniformExp(r, lo, hi) }
}

// nearMultiples returns arguments within a few ulps of k·c, k < 2^kbits.
func nearMultiples(c float64, kbits int) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 {
		k := float64(r.Int64N(1<<kbits) + 1)
		return signed(r, nearby(r, k*c))
	}
}

func nearValue(x float64, spread float64) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return x + spread*(2*r.Float64()-1) }
}

func nearUlps(x float64) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return nearby(r, x) }
}
