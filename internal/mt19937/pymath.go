// pymath.go: the math-module and float operations random.py relies on,
// with CPython's error checks around C library calls.

package mt19937

import "math"

// Math is the C library (glibc libm) functions random.py reaches through
// the math module and float **. Each must return what the C function returns
// (infinities and NaNs included, no errors): exact results depend on them.
type Math interface {
	Log(x float64) float64
	Exp(x float64) float64
	Cos(x float64) float64
	Sin(x float64) float64
	Acos(x float64) float64
	Pow(x, y float64) float64
}

// GoMath implements Math with Go's math package. Go's functions are not
// always bit-identical to glibc's, so GoMath is for tests and fallbacks; a
// bit-exact Math must come from a glibc-compatible libm.
type GoMath struct{}

func (GoMath) Log(x float64) float64    { return math.Log(x) }
func (GoMath) Exp(x float64) float64    { return math.Exp(x) }
func (GoMath) Cos(x float64) float64    { return math.Cos(x) }
func (GoMath) Sin(x float64) float64    { return math.Sin(x) }
func (GoMath) Acos(x float64) float64   { return math.Acos(x) }
func (GoMath) Pow(x, y float64) float64 { return math.Pow(x, y) }

// Module-level constants of random.py, as glibc computes them at import.
const (
	nvMagicConst = 0x1.b72cd3f331398p+0 // 4 * exp(-0.5) / sqrt(2.0)
	log4         = 0x1.62e42fefa39efp+0 // log(4.0)
	sgMagicConst = 0x1.40859baee748fp+1 // 1.0 + log(4.5)
	twoPi        = 0x1.921fb54442d18p+2 // math.tau
)

// pyLog is math.log(x) for a float x.
func pyLog(mf Math, x float64) (float64, error) {
	switch {
	case x > 0 && !math.IsInf(x, 1):
		return mf.Log(x), nil
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	}
	return 0, errMathDomain
}

// pyExp is math.exp(x).
func pyExp(mf Math, x float64) (float64, error) {
	r := mf.Exp(x)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return 0, errMathRange
	}
	return r, nil
}

// pyAcos is math.acos(x).
func pyAcos(mf Math, x float64) (float64, error) {
	r := mf.Acos(x)
	if math.IsNaN(r) && !math.IsNaN(x) {
		return 0, errMathDomain
	}
	return r, nil
}

// pyDiv is x / y for floats.
func pyDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, errFloatDiv
	}
	return x / y, nil
}

// pyMod is x % y for floats and a nonzero y (the result takes the sign of y).
func pyMod(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

// isOddInteger reports whether y is an odd integer.
func isOddInteger(y float64) bool {
	return math.Mod(y, 2) == 1 || math.Mod(y, 2) == -1
}

// pyPow is x ** y for floats with x >= 0 or x a -0.0: random.py never
// raises a negative float to a power (CPython would return a complex).
func pyPow(mf Math, x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		if y > 0 {
			return x, nil // x is +inf here
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, errZeroPowNeg
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	case x < 0:
		panic("BUG: mt19937: negative base in pyPow")
	case x == 1:
		return 1, nil
	}
	r := mf.Pow(x, y)
	if math.IsInf(r, 0) {
		return 0, errPowRange
	}
	return r, nil
}
