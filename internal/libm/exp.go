// exp.go: e^x, 2^x and e^x - 1, correctly rounded.
//
// Method: x = n·ln2/64 + r with |r| <= ln2/128 (ln2/64 split in three
// parts so n·ln2/64 is exact to 2^-114), e^x = 2^(n/64) · e^r with
// 2^(j/64) from a double-double table and e^r - 1 from its Taylor series
// to degree 9 (the first terms in double-double). Relative error of the
// double-double result < 2^-92; expErr is the bound the rounding test uses.

package libm

import (
	"math"
	"math/big"
)

const (
	expErr = 0x1p-86 // relative error bound of expCore, with margin

	invLn2x64 = 92.33248261689366 // 64/ln2
	// ln2/64 = expL1 + expL2 + expL3; expL1 and expL2 have 36-bit
	// significands so n·expL1 and n·expL2 are exact for |n| < 2^17.
	expL1 = 0x1.62e42fefap-7
	expL2 = 0x1.cf79abc9ep-46
	expL3 = 0x1.d9cc01f97b57ap-85
)

// expCore returns m, hi, lo with e^(xh+xl) = (hi+lo)·2^m within relative
// error 2^-92, for |xh| < 2^10, |xl| <= ulp(xh). hi is in [0.98, 2].
func expCore(xh, xl float64) (m int, hi, lo float64) {
	n := math.RoundToEven(xh * invLn2x64)
	a := xh - n*expL1 // exact
	s, e := twoSum(a, -n*expL2)
	rh, rl := fastTwoSum(s, e+(xl-n*expL3))
	ph, pl := expm1Poly(rh, rl)
	ni := int(n)
	j := ni & 63
	th, tl := exp2Table[j][0], exp2Table[j][1]
	// T·(1+p) = T + T·p
	qh, ql := mulDD(th, tl, ph, pl)
	hi, lo = addDDFast(th, tl, qh, ql)
	return ni >> 6, hi, lo
}

// expm1Poly returns e^r - 1 for the double-double r, |r| <= 0.0055,
// within 2^-96 absolute and 2^-95 relative error.
func expm1Poly(rh, rl float64) (float64, float64) {
	const (
		c5 = 1.0 / 120
		c6 = 1.0 / 720
		c7 = 1.0 / 5040
		c8 = 1.0 / 40320
		c9 = 1.0 / 362880
	)
	// Degree 5..9 in double: the r^5 term is below 2^-44.
	q := rh * (c5 + rh*(c6+rh*(c7+rh*(c8+rh*c9))))
	// Degree 1..4 in double-double: ((((q + 1/24) r + 1/6) r + 1/2) r + 1) r.
	h, l := addDD1(inv24H, inv24L, q)
	h, l = mulDD(h, l, rh, rl)
	h, l = addDD(inv6H, inv6L, h, l)
	h, l = mulDD(h, l, rh, rl)
	h, l = addDD1(h, l, 0.5)
	h, l = mulDD(h, l, rh, rl)
	h, l = addDD1(h, l, 1)
	return mulDD(h, l, rh, rl)
}

// Exp returns e^x, correctly rounded. Overflow gives +Inf with RangeError;
// underflow is not an error (CPython ignores it).
func Exp(x float64) (float64, Err) {
	switch {
	case x != x:
		return x, OK
	case x > 709.79:
		if math.IsInf(x, 1) {
			return x, OK
		}
		return math.Inf(1), RangeError
	case x < -745.2:
		return 0, OK
	case math.Abs(x) < 0x1p-54:
		return 1 + x, OK
	}
	m, hi, lo := expCore(x, 0)
	r, ok := roundScaled(hi, lo, hi*expErr, m)
	if !ok {
		r = slowRound(func(w uint) *big.Float { return bigExp(bigOf(x), w) })
	}
	if math.IsInf(r, 1) {
		return r, RangeError
	}
	return r, OK
}

// Expm1 returns e^x - 1, correctly rounded. Overflow is a RangeError.
func Expm1(x float64) (float64, Err) {
	switch {
	case x != x || math.Abs(x) < 0x1p-54:
		return x, OK
	case x > 709:
		// e^x - 1 rounds like e^x unless e^x is within 1 of a midpoint,
		// 2^-970 relative: far closer than any known hard case.
		return Exp(x)
	case x < -38:
		return -1, OK
	}
	var h, l, err float64
	if math.Abs(x) < 0x1.62e42fefa39efp-8 { // ln2/128: no reduction
		h, l = expm1Poly(x, 0)
		err = math.Abs(h) * expErr
	} else {
		m, hi, lo := expCore(x, 0)
		h, l = addDD1(math.Ldexp(hi, m), math.Ldexp(lo, m), -1)
		// |e^x - 1| >= 2^-7.6 e^x, so the relative error grows by 2^7.6 at most.
		err = math.Abs(h) * 0x1p-78
	}
	if r, ok := roundDD(h, l, err); ok {
		return r, OK
	}
	return slowRound(func(w uint) *big.Float { return bigExpm1(bigOf(x), w) }), OK
}
