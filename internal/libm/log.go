// log.go: ln x, log2 x and log10 x, correctly rounded; ln(1+x).
//
// Method: x = 2^e·m with m in [sqrt(1/2), sqrt 2); c = RN(128/i) for the i
// with |m - i/128| <= 1/256, so r = m·c - 1 (exact as a double-double) has
// |r| < 0.0055; ln x = e·ln2 - ln c + ln(1+r), ln c from a table. For m
// near 1, c = 1 and ln c = 0, so the relative error stays small near x = 1.
// Fast path (logFast): ln(1+r) to degree 9 in double but for r²/2, formed
// exactly; relative error < 2^-66, decides all but ~0.05% of arguments.
// Accurate path (logCore): the series to degree 13 with the leading terms
// in double-double, relative error < 2^-90.

package libm

import (
	"math"
	"math/big"
)

const (
	logErr     = 0x1p-85 // relative error bound of logCore, with margin
	logFastErr = 0x1p-64 // relative error bound of logFast, with margin
)

// logFast returns ln x as an unevaluated sum h+l within relative error
// logFastErr, for finite x > 0, x != 1.
//
// Error: the big terms e·ln2Hi, -ln c (high part), r and -r²/2 are summed
// exactly; everything else (table low part, e·ln2Lo, the rounding errors
// of those sums, r's low part, r³·P(r)) is below 2^-16 of the result, so
// the double evaluation of r³·P(r) (about 2^-67.4 of the result, as the
// result is at least 2^-8 unless c = 1) and of the last sums dominate.
func logFast(x float64) (h, l float64) {
	e := 0
	if x < 0x1p-1022 {
		x *= 0x1p64
		e = -64
	}
	bits := math.Float64bits(x)
	ex := int(bits>>52) - 1023
	m := math.Float64frombits(bits&(1<<52-1) | 1023<<52) // [1, 2)
	if m > math.Sqrt2 {
		m *= 0.5
		ex++
	}
	fe := float64(e + ex)
	t := &logTable[int(m*128+0.5)-91]
	// r = rh + rl: m·c is within 2^-7 of 1, so ph - 1 is exact and
	// |rl| <= 2^-53.
	ph, rl := twoProd(m, t.c)
	rh := ph - 1
	p, pe := twoProd(rh, -0.5*rh) // -rh²/2
	// ln(1+rh) - rh + rh²/2 to degree 9: the rest is below 2^-70 of the result.
	// Estrin's scheme with fused multiply-adds: a short dependency chain.
	r2 := rh * rh
	q := math.FMA(r2, math.FMA(r2, math.FMA(r2, 1.0/9, math.FMA(rh, -1.0/8, 1.0/7)),
		math.FMA(rh, -1.0/6, 1.0/5)), math.FMA(rh, -1.0/4, 1.0/3)) * (r2 * rh)
	// |e·ln2Hi| > |ln c| > |r| > r²/2 unless the larger one is 0.
	s, se := fastTwoSum(fe*ln2Hi, t.lh) // e·ln2Hi is exact: 32 bits times 11
	s, s2e := fastTwoSum(s, rh)
	h, s3e := fastTwoSum(s, p)
	// ln(1+rh+rl) = ln(1+rh) + rl·(1 - rh + rh² - ...).
	l = se + s2e + s3e + pe + fe*ln2Lo + t.ll + rl*(1-rh*(1-rh)) + q
	return h, l
}

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
	h, l := logFast(x)
	if r, ok := roundDD(h, l, math.Abs(h)*logFastErr); ok {
		return r, OK
	}
	return logAccurate(x), OK
}

// logAccurate is Log's slow path, for finite x > 0, x != 1.
func logAccurate(x float64) float64 {
	h, l := logCore(x, 0)
	if r, ok := roundDD(h, l, math.Abs(h)*logErr); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float { return bigLog(bigOf(x), w) })
}

// Log2 returns log2 x, correctly rounded; x <= 0 is a DomainError.
func Log2(x float64) (float64, Err) {
	if r, e, ok := logSpecial(x); ok {
		return r, e
	}
	if frac, exp := math.Frexp(x); frac == 0.5 {
		return float64(exp - 1), OK
	}
	return logScaled(x, invLn2H, invLn2L), OK
}

// Log10 returns log10 x, correctly rounded; x <= 0 is a DomainError.
func Log10(x float64) (float64, Err) {
	if r, e, ok := logSpecial(x); ok {
		return r, e
	}
	return logScaled(x, invLn10H, invLn10L), OK
}

// logScaled returns ln x · (ch+cl), with c = 1/ln 2 or 1/ln 10, for
// finite x > 0, x != 1.
func logScaled(x, ch, cl float64) float64 {
	if r, ok := logScaledFast(x, ch, cl); ok {
		return r
	}
	return logScaledAccurate(x, ch, cl)
}

// logScaledFast is logScaled's fast path; ok is false when it cannot
// decide the rounding.
func logScaledFast(x, ch, cl float64) (float64, bool) {
	h, l := logFast(x)
	// The product adds under 2^-100 to logFast's relative error.
	p, pe := twoProd(h, ch)
	pe += h*cl + l*ch
	return roundDD(p, pe, math.Abs(p)*logFastErr)
}

// logScaledAccurate is logScaled's slow path.
func logScaledAccurate(x, ch, cl float64) float64 {
	h, l := logCore(x, 0)
	h, l = mulDD(h, l, ch, cl)
	if r, ok := roundDD(h, l, math.Abs(h)*logErr); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float {
		v := bigLog(bigOf(x), w+8)
		base := bigLn2(w + 64)
		if ch == invLn10H {
			base = bigLog(big.NewFloat(10), w+8)
		}
		return v.Quo(v, base)
	})
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
