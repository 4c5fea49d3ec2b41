// atan.go: atan and atan2, correctly rounded.
//
// Method: for 0 <= x <= 1, c = i/64 nearest to x and
// atan x = atan c + atan((x-c)/(1+x·c)), atan c from a double-double
// table; for x > 1, atan x = pi/2 - atan(1/x). Fast path (atanFast): the
// quotient t as a double-double, |t| <= 2^-7, atan t - t to degree 9 in
// double; relative error < 2^-66, decides all but ~0.05% of arguments.
// Accurate path (atanCore): the series to degree 13 with the leading terms
// in double-double, relative error < 2^-90.

package libm

import (
	"math"
	"math/big"
)

const (
	atanErr     = 0x1p-86 // relative error bound of atanCore, with margin
	atanFastErr = 0x1p-64 // relative error bound of atanFast, with margin
)

// atanFast returns atan(xh+xl) as an unevaluated sum h+l within relative
// error atanFastErr, for xh >= 0, |xl| <= 2^-50 xh.
//
// Error: the table value, t's high part and, for x > 1, pi/2 are summed
// exactly; the other terms are below 2^-15 of the result and computed
// with relative error below 2^-51, and the input's relative error (from
// 1/x, 2^-100) passes through with a factor at most 1.
func atanFast(xh, xl float64) (h, l float64) {
	inv := xh > 1
	if inv {
		yh := 1 / xh
		xl = (math.FMA(-yh, xh, 1) - yh*xl) / xh
		xh = yh
	}
	i := int(xh*64 + 0.5)
	c := float64(i) * (1.0 / 64)
	n := xh - c // exact (Sterbenz)
	// t = (n + xl) / (1 + x·c), the denominator as a double-double.
	dh, dl := twoProd(xh, c)
	d, de := fastTwoSum(1, dh)
	dl += de + xl*c
	th := n / d
	tl := (math.FMA(-th, d, n) + xl - th*dl) / d
	z := th * th
	// atan t - t, t^11 and beyond below 2^-80 of the result.
	q := th * z * math.FMA(z, math.FMA(z, math.FMA(z, 1.0/9, -1.0/7), 1.0/5), -1.0/3)
	t := &atanTable[i]
	h, e := fastTwoSum(t[0], th) // |atan c| > |t| unless c = 0
	l = e + t[1] + tl*(1-z) + q
	if inv {
		h, l = addFast(halfPiH, halfPiL, -h, -l)
	}
	return h, l
}

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
	h, l := atanFast(ax, 0)
	r, ok := roundDD(h, l, h*atanFastErr)
	if !ok {
		r = atanAccurate(ax)
	}
	return math.Copysign(r, x), OK
}

// atanAccurate is Atan's slow path, for finite ax >= 2^-27.
func atanAccurate(ax float64) float64 {
	h, l := atanCore(ax, 0)
	if r, ok := roundDD(h, l, h*atanErr); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float { return bigAtan(bigOf(ax), w) })
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
	ay := math.Abs(y)
	var h, l float64
	switch q := ay / math.Abs(x); {
	case q < 0x1p-900:
		// atan q = q - q^3/3: q itself, rounded once, for x > 0.
		if x > 0 {
			return math.Copysign(q, y), OK
		}
		h, l = piH, piL
	case q > 0x1p900:
		h, l = halfPiH, halfPiL
	default:
		r, ok := atan2Fast(ay, x)
		if !ok {
			r = atan2Accurate(ay, x)
		}
		return math.Copysign(r, y), OK
	}
	r, ok := roundDD(h, l, h*atanErr)
	if !ok {
		r = slowRound(func(w uint) *big.Float { return bigAtan2(ay, x, w) })
	}
	return math.Copysign(r, y), OK
}

// atan2Quotient returns ay/|x| as a double-double, for finite nonzero
// arguments whose quotient is within 2^±900.
func atan2Quotient(ay, x float64) (float64, float64) {
	// Scale both to keep the division away from overflow and subnormals.
	ax := math.Abs(x)
	_, e := math.Frexp(ax)
	return divDD(math.Ldexp(ay, -e), 0, math.Ldexp(ax, -e), 0)
}

// atan2Fast is Atan2's fast path for finite ay > 0 and x != 0 with
// ay/|x| within 2^±900; ok is false when it cannot decide the rounding.
func atan2Fast(ay, x float64) (float64, bool) {
	h, l := atanFast(atan2Quotient(ay, x))
	if x < 0 { // pi - atan: no cancellation, atan <= pi/2
		h, l = addFast(piH, piL, -h, -l)
	}
	return roundDD(h, l, h*atanFastErr)
}

// atan2Accurate is Atan2's slow path, for the arguments of atan2Fast.
func atan2Accurate(ay, x float64) float64 {
	h, l := atanCore(atan2Quotient(ay, x))
	if x < 0 {
		h, l = addDD(piH, piL, -h, -l)
	}
	if r, ok := roundDD(h, l, h*atanErr); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float { return bigAtan2(ay, x, w) })
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
