// round.go: deciding the correctly rounded result from an approximation
// with a known error bound (the fast path), and the error kinds.

package libm

import "math"

// Err says how a math function failed, in the terms CPython's math module
// uses to pick an exception.
type Err uint8

const (
	// OK: no error; the result is valid.
	OK Err = iota
	// DomainError: the argument is outside the function's domain
	// (CPython raises ValueError("math domain error")).
	DomainError
	// RangeError: the result overflows
	// (CPython raises OverflowError("math range error")).
	RangeError
)

// roundDD decides the double nearest to a real v known only through
// hi+lo, |v-(hi+lo)| <= err. (hi, lo) must be normalized and err at least
// 2^-20 |hi| ulp(1)·2^-53 (always true for the bounds used here), so that
// rounding lo±err does not matter. ok is false when the interval
// [hi+lo-err, hi+lo+err] contains a rounding boundary.
func roundDD(hi, lo, err float64) (r float64, ok bool) {
	a := hi + (lo - err)
	b := hi + (lo + err)
	return a, a == b
}

// roundScaled is roundDD for v·2^m, which may be subnormal or overflow.
// |hi| must be within a factor 2^60 of 1.
func roundScaled(hi, lo, err float64, m int) (float64, bool) {
	e := int(math.Float64bits(hi)>>52&0x7ff) - 1022 // hi = f·2^e, |f| in [0.5, 1)
	if e+m > -1022 {
		r, ok := roundDD(hi, lo, err)
		if m > -1023 && m < 1024 { // 2^m is a normal double: scale exactly
			return r * math.Float64frombits(uint64(m+1023)<<52), ok
		}
		return math.Ldexp(r, m), ok
	}
	// Subnormal result: round to an integer multiple of 2^-1074.
	s := m + 1074
	h := math.Ldexp(hi, s)
	l := math.Ldexp(lo, s)
	d := math.Ldexp(err, s)
	n := math.RoundToEven(h)
	f := h - n // exact
	q1, ok1 := roundFraction(f + (l - d))
	q2, ok2 := roundFraction(f + (l + d))
	if !ok1 || !ok2 || q1 != q2 {
		return 0, false
	}
	return math.Ldexp(n+q1, -1074), true
}

// roundFraction rounds g, |g| < 1.5, to -1, 0 or 1; ok is false at a tie.
func roundFraction(g float64) (float64, bool) {
	switch {
	case g > 0.5:
		return 1, true
	case g < -0.5:
		return -1, true
	case g == 0.5 || g == -0.5:
		return 0, false
	}
	return 0, true
}
