// log.go: ln x, log2 x and log10 x, correctly rounded; ln(1+x).
//
// Method: x = 2^e·m with m in [sqrt(1/2), sqrt 2); c = RN(128/i) for the i
// with |m - i/128| <= 1/256, so r = m·c - 1 (exact as a double-double) has
// |r| < 0.0055; ln x = e·ln2 - ln c + ln(1+r), ln c from a table and
// ln(1+r) from its series to degree 13. For m near 1, c = 1 and ln c = 0,
// so the relative error stays small near x = 1. Relative error of the
// double-double result < 2^-90.

package libm

import (
	"math"
	"math/big"
)

const logErr = 0x1p-85 // relative error bound of logCore, with margin

// logCore returns ln(xh+xl) as a double-double, for finite xh > 0 and
// |xl| <= ulp(xh)/2.
func logCore(xh, xl float64) (float64, float64) {
	e := 0
	if xh < 0x1p-1022 {
		xh *= 0x1p64
		xl *= 0x1p64
		e = -64
	}
	bits := math.Float64bits(xh)
	ex := int(bits>>52) - 1023
	m := math.Float64frombits(bits&(1<<52-1) | 1023<<52) // [1, 2)
	if m > math.Sqrt2 {
		m *= 0.5
		ex++
	}
	e += ex
	// xl scaled like m: xl·2^-ex. ex is within [-1022, 1024], so build
	// 2^-ex in two steps to stay in range.
	ml := math.Ldexp(xl, -ex)
	i := int(m*128 + 0.5)
	t := &logTable[i-91]
	ph, pl := twoProd(m, t.c)
	rh, rl := twoSum(ph-1, pl+ml*t.c)
	h, l := log1pPoly(rh, rl)
	if e == 0 && t.c == 1 {
		return h, l
	}
	h, l = addDD(t.lh, t.ll, h, l)
	if e == 0 {
		return h, l
	}
	fe := float64(e)
	eh, el := twoProd(fe, ln2H)
	el += fe * ln2L
	return addDD(eh, el, h, l)
}

// log1pPoly returns ln(1+r) for the double-double r, |r| < 0.0056,
// within relative error 2^-92.
func log1pPoly(rh, rl float64) (float64, float64) {
	// Degree 6..13 in double: the r^6 term is below 2^-40 |r|.
	q := -1.0/6 + rh*(1.0/7+rh*(-1.0/8+rh*(1.0/9+rh*(-1.0/10+rh*(1.0/11+rh*(-1.0/12+rh*(1.0/13)))))))
	// Degree 1..5 in double-double.
	h, l := addDD1(inv5H, inv5L, q*rh)
	h, l = mulDD(h, l, rh, rl)
	h, l = addDD1(h, l, -0.25)
	h, l = mulDD(h, l, rh, rl)
	h, l = addDD(inv3H, inv3L, h, l)
	h, l = mulDD(h, l, rh, rl)
	h, l = addDD1(h, l, -0.5)
	h, l = mulDD(h, l, rh, rl)
	h, l = addDD1(h, l, 1)
	return mulDD(h, l, rh, rl)
}

// logSpecial handles the arguments that are not finite and positive, the
// way CPython's m_log does; ok is false for ordinary arguments.
func logSpecial(x float64) (r float64, e Err, ok bool) {
	switch {
	case x != x:
		return x, OK, true
	case x <= 0:
		if x == 0 {
			return math.Inf(-1), DomainError, true
		}
		return math.NaN(), DomainError, true
	case math.IsInf(x, 1):
		return x, OK, true
	case x == 1:
		return 0, OK, true
	}
	return 0, OK, false
}

// Log returns ln x, correctly rounded; x <= 0 is a DomainError.
func Log(x float64) (float64, Err) {
	if r, e, ok := logSpecial(x); ok {
		return r, e
	}
	h, l := logCore(x, 0)
	if r, ok := roundDD(h, l, math.Abs(h)*logErr); ok {
		return r, OK
	}
	return slowRound(func(w uint) *big.Float { return bigLog(bigOf(x), w) }), OK
}

// Log2 returns log2 x, correctly rounded; x <= 0 is a DomainError.
func Log2(x float64) (float64, Err) {
	if r, e, ok := logSpecial(x); ok {
		return r, e
	}
	if frac, exp := math.Frexp(x); frac == 0.5 {
		return float64(exp - 1), OK
	}
	return logScaled(x, invLn2H, invLn2L)
}

// Log10 returns log10 x, correctly rounded; x <= 0 is a DomainError.
func Log10(x float64) (float64, Err) {
	if r, e, ok := logSpecial(x); ok {
		return r, e
	}
	return logScaled(x, invLn10H, invLn10L)
}

// logScaled returns ln x · (ch+cl), with c = 1/ln 2 or 1/ln 10.
func logScaled(x, ch, cl float64) (float64, Err) {
	h, l := logCore(x, 0)
	h, l = mulDD(h, l, ch, cl)
	if r, ok := roundDD(h, l, math.Abs(h)*logErr); ok {
		return r, OK
	}
	return slowRound(func(w uint) *big.Float {
		v := bigLog(bigOf(x), w+8)
		base := bigLn2(w + 64)
		if ch == invLn10H {
			base = bigLog(big.NewFloat(10), w+8)
		}
		return v.Quo(v, base)
	}), OK
}

// Log1p returns ln(1+x) as glibc computes it (fdlibm.go), with
// CPython's error rules (x <= -1 is a DomainError).
func Log1p(x float64) (float64, Err) {
	switch {
	case x != x:
		return x, OK
	case x <= -1:
		if x == -1 {
			return math.Inf(-1), DomainError
		}
		return math.NaN(), DomainError
	}
	return log1p(x), OK
}
