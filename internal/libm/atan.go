// atan.go: atan and atan2, correctly rounded.
//
// Method: for 0 <= x <= 1, c = i/64 nearest to x and
// atan x = atan c + atan((x-c)/(1+x·c)), atan c from a double-double
// table, the second term from its series (|t| <= 2^-7, degree 13, leading
// terms in double-double); for x > 1, atan x = pi/2 - atan(1/x).
// Relative error of the double-double result < 2^-90.

package libm

import (
	"math"
	"math/big"
)

const atanErr = 0x1p-86 // relative error bound of atanCore, with margin

// atanCore returns atan(xh+xl) for xh >= 0, |xl| <= ulp(xh)/2.
func atanCore(xh, xl float64) (float64, float64) {
	inv := xh > 1
	if inv {
		xh, xl = divDD(1, 0, xh, xl)
	}
	i := int(xh*64 + 0.5)
	c := float64(i) / 64
	nh, nl := twoSum(xh, -c)
	nl += xl
	dh, dl := twoProd(xh, c)
	dl += xl * c
	dh, dl = addDD1(dh, dl, 1)
	th, tl := divDD(nh, nl, dh, dl)
	// atan t = t·(1 + z·(-1/3 + z·(1/5 + z·q))), z = t^2.
	zh, zl := mulDD(th, tl, th, tl)
	z := zh
	q := -1.0/7 + z*(1.0/9+z*(-1.0/11+z*(1.0/13)))
	h, l := addDD1(inv5H, inv5L, z*q)
	h, l = mulDD(h, l, zh, zl)
	h, l = addDD(-inv3H, -inv3L, h, l)
	h, l = mulDD(h, l, zh, zl)
	h, l = addDD1(h, l, 1)
	h, l = mulDD(h, l, th, tl)
	if i != 0 {
		h, l = addDD(atanTable[i][0], atanTable[i][1], h, l)
	}
	if inv {
		h, l = addDD(halfPiH, halfPiL, -h, -l)
	}
	return h, l
}

// Atan returns atan x, correctly rounded.
func Atan(x float64) (float64, Err) {
	ax := math.Abs(x)
	switch {
	case x != x || ax < 0x1p-27:
		return x, OK
	case math.IsInf(x, 0):
		return math.Copysign(halfPiH, x), OK
	}
	h, l := atanCore(ax, 0)
	r, ok := roundDD(h, l, h*atanErr)
	if !ok {
		r = slowRound(func(w uint) *big.Float { return bigAtan(bigOf(ax), w) })
	}
	return math.Copysign(r, x), OK
}

// Atan2 returns atan2(y, x) with C99's special cases, correctly rounded.
func Atan2(y, x float64) (float64, Err) {
	switch {
	case x != x || y != y:
		return math.NaN(), OK
	case math.IsInf(y, 0):
		switch {
		case math.IsInf(x, 1):
			return math.Copysign(math.Pi/4, y), OK
		case math.IsInf(x, -1):
			return math.Copysign(3*math.Pi/4, y), OK
		}
		return math.Copysign(math.Pi/2, y), OK
	case math.IsInf(x, 0) || y == 0:
		if math.Signbit(x) {
			return math.Copysign(math.Pi, y), OK
		}
		return math.Copysign(0, y), OK
	case x == 0:
		return math.Copysign(math.Pi/2, y), OK
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var h, l float64
	switch q := ay / ax; {
	case q < 0x1p-900:
		// atan q = q - q^3/3: q itself, rounded once, for x > 0.
		if x > 0 {
			return math.Copysign(q, y), OK
		}
		h, l = piH, piL
	case q > 0x1p900:
		h, l = halfPiH, halfPiL
	default:
		// Scale both to keep the double-double division away from
		// overflow and subnormals.
		_, e := math.Frexp(ax)
		qh, ql := divDD(math.Ldexp(ay, -e), 0, math.Ldexp(ax, -e), 0)
		h, l = atanCore(qh, ql)
		if x < 0 {
			h, l = addDD(piH, piL, -h, -l)
		}
	}
	r, ok := roundDD(h, l, h*atanErr)
	if !ok {
		r = slowRound(func(w uint) *big.Float { return bigAtan2(ay, x, w) })
	}
	return math.Copysign(r, y), OK
}

// bigAtan2 returns atan2(ay, x) for finite ay > 0, x != 0.
func bigAtan2(ay, x float64, w uint) *big.Float {
	p := w + 64
	q := newBig(p).Quo(bigOf(ay), bigOf(math.Abs(x)))
	a := bigAtan(q, w+8)
	if x < 0 {
		return a.Sub(bigPi(p), a)
	}
	return a
}
