// other.go: CPython's error rules (check1), the wrappers of the functions
// computed as glibc computes them (fdlibm.go), Hypot (still Go's math), and
// float division semantics.

package libm

import "math"

// check1 applies CPython's math_1 rules to r = f(x): a NaN from a non-NaN
// is a DomainError; an infinity from a finite x is a RangeError if the
// function can overflow, else a DomainError.
func check1(x, r float64, canOverflow bool) (float64, Err) {
	switch {
	case r != r && x == x:
		return r, DomainError
	case math.IsInf(r, 0) && !math.IsInf(x, 0) && x == x:
		if canOverflow {
			return r, RangeError
		}
		return r, DomainError
	}
	return r, OK
}

// Sqrt returns the square root (exact: IEEE sqrt is correctly rounded).
func Sqrt(x float64) (float64, Err) { return check1(x, math.Sqrt(x), false) }

// Exp2 returns 2^x as glibc computes it (glibcexp.go).
func Exp2(x float64) (float64, Err) { return check1(x, glibcExp2(x), true) }

// Sinh returns sinh x as glibc computes it (fdlibm.go).
func Sinh(x float64) (float64, Err) { return check1(x, sinh(x), true) }

// Cosh returns cosh x as glibc computes it.
func Cosh(x float64) (float64, Err) { return check1(x, cosh(x), true) }

// Tanh returns tanh x as glibc computes it.
func Tanh(x float64) (float64, Err) { return check1(x, tanh(x), false) }

// Asinh returns asinh x as glibc computes it.
func Asinh(x float64) (float64, Err) {
	if x != x || math.IsInf(x, 0) {
		return x, OK
	}
	return asinh(x), OK
}

// Acosh returns acosh x as glibc computes it; x < 1 is a DomainError.
func Acosh(x float64) (float64, Err) {
	switch {
	case x != x || math.IsInf(x, 1):
		return x, OK
	case x < 1:
		return math.NaN(), DomainError
	case x == 1:
		return 0, OK
	}
	return acosh(x), OK
}

// Atanh returns atanh x as glibc computes it; |x| >= 1 is a DomainError.
func Atanh(x float64) (float64, Err) {
	switch {
	case x != x:
		return x, OK
	case math.Abs(x) >= 1:
		return math.NaN(), DomainError
	}
	return atanh(x), OK
}

// Cbrt returns the cube root as glibc computes it (not correctly rounded).
func Cbrt(x float64) (float64, Err) { return cbrt(x), OK }

// Erf returns the error function as glibc computes it.
func Erf(x float64) (float64, Err) { return erf(x), OK }

// Erfc returns the complementary error function as glibc computes it.
func Erfc(x float64) (float64, Err) { return erfc(x), OK }

// Hypot returns sqrt(x^2+y^2) for math.hypot with two arguments.
// TODO: Go's math.Hypot; CPython 3.11 computes it with its own
// vector_norm, which usually but not always agrees.
func Hypot(x, y float64) (float64, Err) {
	r := math.Hypot(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && x == x && y == y {
		return r, RangeError
	}
	return r, OK
}

// Fmod returns the C fmod(x, y) (exact) with CPython's math.fmod rules.
func Fmod(x, y float64) (float64, Err) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && x == x {
		return x, OK
	}
	r := math.Mod(x, y)
	if r != r && x == x && y == y {
		return r, DomainError
	}
	return r, OK
}

// FloatMod returns x % y for Python floats: the result has the sign of y.
// ok is false when y == 0 (ZeroDivisionError("float modulo")).
func FloatMod(x, y float64) (r float64, ok bool) {
	if y == 0 {
		return 0, false
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod, true
}

// FloatDivmod returns (x // y, x % y) for Python floats. ok is false when
// y == 0 (ZeroDivisionError "float divmod()" or, for //, "float floor
// division by zero").
func FloatDivmod(x, y float64) (div, mod float64, ok bool) {
	if y == 0 {
		return 0, 0, false
	}
	mod = math.Mod(x, y)
	d := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			d -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	if d != 0 {
		div = math.Floor(d)
		if d-div > 0.5 {
			div += 1
		}
	} else {
		div = math.Copysign(0, x/y)
	}
	return div, mod, true
}
