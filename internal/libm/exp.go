// exp.go: e^x, 2^x and e^x - 1, correctly rounded.
//
// Method: x = n·ln2/64 + r with |r| <= ln2/128 (ln2/64 split in three
// parts so n·ln2/64 is exact to 2^-114), e^x = 2^(n/64) · e^r with
// 2^(j/64) from a double-double table and e^r - 1 from its Taylor series
// to degree 9 (the first terms in double-double). Relative error of the
// double-double result < 2^-92; expErr is the bound the rounding test uses.
// expFast (for Pow's fast path) is the same reduction with e^r - 1 in
// double but for r + r²/2, relative error < 2^-72.

package libm

import (
	"math"
)

const (
	expErr     = 0x1p-86 // relative error bound of expCore, with margin
	expFastErr = 0x1p-70 // relative error bound of expFast, with margin

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

// expFast returns m, hi, lo with e^(xh+xl) = (hi+lo)·2^m within relative
// error expFastErr, for |xh| < 746, |xl| <= 2^-50 |xh|. hi is in [0.98, 2]
// and (hi, lo) is normalized.
//
// Error: 2^(j/64), r's high part and r²/2 are summed exactly; the rest is
// below 2^-24 and computed with relative error below 2^-50.
func expFast(xh, xl float64) (m int, hi, lo float64) {
	n := math.RoundToEven(xh * invLn2x64)
	a := xh - n*expL1 // exact
	rh, re := twoSum(a, -n*expL2)
	// Normalized: e^(rh+rl) = e^rh·(1 + rl) needs |rl| <= 2^-50 |rh|.
	rh, rl := twoSum(rh, re+(xl-n*expL3))
	p, pe := twoProd(rh, 0.5*rh) // rh²/2
	// e^r - 1 - r - r²/2 to degree 7: the rest is below 2^-75.
	r2 := rh * rh
	q := r2 * rh * math.FMA(r2, math.FMA(r2, 1.0/5040, math.FMA(rh, 1.0/720, 1.0/120)), math.FMA(rh, 1.0/24, 1.0/6))
	uh, ue := fastTwoSum(rh, p)
	ul := ue + pe + rl*(1+rh) + q
	ni := int(n)
	t := &exp2Table[ni&63]
	// T·(1+u) = T + T·u
	v, ve := twoProd(t[0], uh)
	hi, e := fastTwoSum(t[0], v)
	lo = e + ve + t[1] + t[1]*uh + t[0]*ul
	hi, lo = fastTwoSum(hi, lo) // normalized, as roundScaled needs
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

// Exp returns e^x as glibc computes it (glibcexp.go: within 0.51 ulp, and
// bit-identical to CPython on Linux, unlike a correctly rounded result).
// Overflow gives +Inf with RangeError; underflow is not an error (CPython
// ignores it).
func Exp(x float64) (float64, Err) { return check1(x, glibcExp(x), true) }

// Expm1 returns e^x - 1 as glibc computes it (fdlibm.go: its expm1 is
// not correctly rounded, and CPython calls it). Overflow is a RangeError.
func Expm1(x float64) (float64, Err) { return check1(x, expm1(x), true) }
