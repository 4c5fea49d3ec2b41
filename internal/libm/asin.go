// asin.go: asin and acos, correctly rounded.
//
// Method: with s = sqrt(1-x²) as a double-double (x² is exact as a
// double-double, so 1-x² loses nothing even near |x| = 1),
// asin x = atan(|x|/s) and acos x = atan(s/|x|) (pi minus that for x < 0),
// both through atanFast, then atanCore when the fast path cannot decide
// the rounding. glibc's IBM asin and acos are nearly correctly
// rounded, so CPython differs from these only where glibc misrounds.

package libm

import (
	"math"
	"math/big"
)

// asinCosErr and asinCosFastErr bound the relative errors of the results
// through atanCore and atanFast: theirs plus 2^-99 from s and the division.
const (
	asinCosErr     = 2 * atanErr
	asinCosFastErr = 2 * atanFastErr
)

// sqrtOneMinusSquare returns sqrt(1-x²) as a double-double, |x| < 1.
func sqrtOneMinusSquare(x float64) (float64, float64) {
	p, pe := twoProd(x, x)
	h, l := twoSum(1, -p)
	return sqrtDD(fastTwoSum(h, l-pe))
}

// bigSqrtOneMinusSquare returns sqrt(1-x²) with p bits, |x| < 1.
func bigSqrtOneMinusSquare(x float64, p uint) *big.Float {
	sq := newBig(p).Mul(bigOf(x), bigOf(x))
	return sq.Sqrt(sq.Sub(big.NewFloat(1), sq))
}

// bigAsin returns asin x for 0 < |x| < 1 (relative error < 2^-w).
func bigAsin(x float64, w uint) *big.Float {
	ax := math.Abs(x)
	q := bigSqrtOneMinusSquare(ax, w+64)
	a := bigAtan(q.Quo(bigOf(ax), q), w+8)
	if x < 0 {
		a.Neg(a)
	}
	return a
}

// bigAcos returns acos x for 0 < |x| < 1 (relative error < 2^-w).
func bigAcos(x float64, w uint) *big.Float {
	p := w + 64
	q := bigSqrtOneMinusSquare(math.Abs(x), p)
	a := bigAtan(q.Quo(q, bigOf(math.Abs(x))), w+8)
	if x < 0 {
		return a.Sub(bigPi(p), a)
	}
	return a
}

// Asin returns asin x, correctly rounded; |x| > 1 is a DomainError.
func Asin(x float64) (float64, Err) {
	ax := math.Abs(x)
	switch {
	case x != x || ax < 0x1p-26: // asin x rounds to x
		return x, OK
	case ax > 1:
		return math.NaN(), DomainError
	case ax == 1:
		return math.Copysign(halfPiH, x), OK
	}
	r, ok := asinFast(ax)
	if !ok {
		r = asinAccurate(ax)
	}
	return math.Copysign(r, x), OK
}

// asinFast is Asin's fast path for 2^-26 <= ax < 1; ok is false when it
// cannot decide the rounding. The quotient is taken the way up that is at
// most 1, so atanFast need not invert it.
func asinFast(ax float64) (float64, bool) {
	sh, sl := sqrtOneMinusSquare(ax)
	var h, l float64
	if ax <= invSqrt2 {
		h, l = atanFast(divDD(ax, 0, sh, sl))
	} else { // pi/2 - atan(s/x)
		h, l = atanFast(divDD(sh, sl, ax, 0))
		h, l = addFast(halfPiH, halfPiL, -h, -l)
	}
	return roundDD(h, l, h*asinCosFastErr)
}

// invSqrt2 is 1/sqrt 2 rounded down: asin and acos of it are pi/4.
const invSqrt2 = 0x1.6a09e667f3bccp-1

// addFast returns (ah+al) + (bh+bl) as an unevaluated sum, for |bh| <= |ah|
// with no cancellation beyond a factor 2 (bl and al small): exact in the
// high parts, one rounding in the low parts.
func addFast(ah, al, bh, bl float64) (float64, float64) {
	h, e := fastTwoSum(ah, bh)
	return h, e + al + bl
}

// asinAccurate is Asin's slow path.
func asinAccurate(ax float64) float64 {
	sh, sl := sqrtOneMinusSquare(ax)
	h, l := atanCore(divDD(ax, 0, sh, sl))
	if r, ok := roundDD(h, l, h*asinCosErr); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float { return bigAsin(ax, w) })
}

// Acos returns acos x, correctly rounded; |x| > 1 is a DomainError.
func Acos(x float64) (float64, Err) {
	ax := math.Abs(x)
	switch {
	case x != x:
		return x, OK
	case ax > 1:
		return math.NaN(), DomainError
	case x == 1:
		return 0, OK
	case x == -1:
		return piH, OK
	case ax < 0x1p-60: // pi/2 - x rounds to pi/2
		return halfPiH, OK
	}
	if r, ok := acosFast(x); ok {
		return r, OK
	}
	return acosAccurate(x), OK
}

// acosFast is Acos's fast path for 2^-60 <= |x| < 1; ok is false when it
// cannot decide the rounding. As in asinFast, the quotient is at most 1.
func acosFast(x float64) (float64, bool) {
	ax := math.Abs(x)
	sh, sl := sqrtOneMinusSquare(ax)
	var h, l float64
	switch {
	case ax >= invSqrt2:
		h, l = atanFast(divDD(sh, sl, ax, 0))
		if x < 0 { // pi - atan(s/|x|)
			h, l = addFast(piH, piL, -h, -l)
		}
	case x < 0: // pi/2 + atan(|x|/s)
		h, l = atanFast(divDD(ax, 0, sh, sl))
		h, l = addFast(halfPiH, halfPiL, h, l)
	default: // pi/2 - atan(x/s)
		h, l = atanFast(divDD(ax, 0, sh, sl))
		h, l = addFast(halfPiH, halfPiL, -h, -l)
	}
	return roundDD(h, l, h*asinCosFastErr)
}

// acosAccurate is Acos's slow path.
func acosAccurate(x float64) float64 {
	ax := math.Abs(x)
	sh, sl := sqrtOneMinusSquare(ax)
	h, l := atanCore(divDD(sh, sl, ax, 0))
	if x < 0 {
		h, l = addDD(piH, piL, -h, -l)
	}
	if r, ok := roundDD(h, l, h*asinCosErr); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float { return bigAcos(x, w) })
}
