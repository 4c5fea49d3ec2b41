// trig.go: sin, cos and tan, correctly rounded.
//
// Method: x = k·pi/2 + r with |r| <= pi/4 + tiny: none for |x| <= pi/4,
// Cody-Waite with pi/2 in four parts (152 bits) for |x| < 2^19; for larger
// |x|, Payne-Hanek with 192 bits of 2/pi in the fast path and math/big in
// the accurate path.
// Fast path (sinCosFast): sin r and cos r from a 64-step table and short
// polynomials, relative error < 2^-65, decides all but ~0.14% of
// arguments. Accurate path (sinCosCore): Taylor series with the leading
// terms in double-double (relative error < 2^-92). Both rounding tests
// add the reduction error.

package libm

import (
	"math"
	"math/big"
	"math/bits"
)

const (
	sinCosErr = 0x1p-86 // relative error bound of sinCosCore, with margin

	// pi/2 = pio2P1 + pio2P2 + pio2P3 + pio2P4; the first three have
	// 33-bit significands so k·pio2Pi is exact for k < 2^20.
	pio2P1  = 0x1.921fb544p+0
	pio2P2  = 0x1.0b4611a6p-34
	pio2P3  = 0x1.3198a2ep-69
	pio2P4  = 0x1.b839a252049c1p-104
	twoOnPi = 0x1.45f306dc9c883p-1
)

// reduceHalfPi returns k mod 4 and r = x - k·pi/2 as a double-double with
// |r| <= pi/4 + 2^-40, and an absolute error bound for r; x is finite.
func reduceHalfPi(x float64) (q int, rh, rl, err float64) {
	if math.Abs(x) < 0x1p19 {
		k := math.RoundToEven(x * twoOnPi)
		a := x - k*pio2P1
		s, e := twoSum(a, -k*pio2P2)
		s, e2 := twoSum(s, -k*pio2P3)
		e += e2 - k*pio2P4
		rh, rl = fastTwoSum(s, e)
		return int(int64(k) & 3), rh, rl, math.Abs(rh)*0x1p-100 + 0x1p-130
	}
	return reduceHalfPiBig(x)
}

// reduceHalfPiLarge is reduceHalfPi for finite |x| >= 2^19 with the
// bits of 2/pi (Payne and Hanek's method), for the fast path: the bound
// err (absolute) allows for 192 bits of 2/pi, so the relative error of r
// is below 2^-75 even for the doubles nearest to a multiple of pi/2
// (|r| > 2^-62). ok is false if r < 2^-64·pi/2, which no double reaches.
func reduceHalfPiLarge(x float64) (q int, rh, rl, err float64, ok bool) {
	xb := math.Float64bits(x)
	e := int(xb>>52&0x7ff) - 1075 // |x| = m·2^e, e >= -33
	m := xb&(1<<52-1) | 1<<52
	// Bit j of 2/pi contributes m·2^(e-j), a multiple of 4 for j <= e-2:
	// take the 192 bits from j = e-1, at position e+62 of twoOnPiBits.
	p := e + 62
	w := twoOnPiBits[p/64 : p/64+4]
	sh := uint(p % 64)
	c0 := w[0]<<sh | w[1]>>(64-sh)
	c1 := w[1]<<sh | w[2]>>(64-sh)
	c2 := w[2]<<sh | w[3]>>(64-sh)
	// |x|·2/pi mod 4 = m·(c0:c1:c2)/2^190 mod 4: bits 190 and 191 of the
	// product are the integer part, the bits below the fraction.
	h2, w0 := bits.Mul64(m, c2)
	h1, l1 := bits.Mul64(m, c1)
	_, l0 := bits.Mul64(m, c0)
	w1, cy := bits.Add64(h2, l1, 0)
	w2, _ := bits.Add64(h1, l0, cy)
	k := w2 >> 62
	w2, w1, w0 = w2<<2|w1>>62, w1<<2|w0>>62, w0<<2
	// Round to the nearest integer: a fraction >= 1/2 becomes negative.
	neg := w2>>63 != 0
	if neg {
		k++
		var b uint64
		w0, b = bits.Sub64(0, w0, 0)
		w1, b = bits.Sub64(0, w1, b)
		w2, _ = bits.Sub64(0, w2, b)
	}
	if w2 == 0 {
		return 0, 0, 0, 0, false
	}
	lz := uint(bits.LeadingZeros64(w2))
	t := w2<<lz | w1>>(64-lz) // the leading 128 bits of the fraction
	u := w1<<lz | w0>>(64-lz)
	scale := math.Float64frombits(uint64(1023-64-lz) << 52)
	fh := float64(t>>11) * 0x1p11 * scale
	fl := (float64(t&0x7ff) + float64(u)*0x1p-64) * scale
	rh, rl = mulDD(fh, fl, halfPiH, halfPiL)
	if neg != (x < 0) {
		rh, rl = -rh, -rl
	}
	if x < 0 {
		k = -k
	}
	return int(k & 3), rh, rl, math.Abs(rh)*0x1p-100 + 0x1p-130, true
}

// reduceHalfPiBig is reduceHalfPi for large |x|, with math/big.
func reduceHalfPiBig(x float64) (q int, rh, rl, err float64) {
	_, ex := math.Frexp(x)
	p := uint(ex) + 200
	halfPi := newBig(p).Set(bigPi(p + 8))
	halfPi.SetMantExp(halfPi, -1)
	X := newBig(p).SetFloat64(x)
	t := newBig(p).Quo(X, halfPi)
	t.Add(t, big.NewFloat(0.5))
	k, _ := t.Int(nil) // x > 2^19 here or x < -2^19; floor below
	kf := newBig(p).SetInt(k)
	if kf.Cmp(t) > 0 {
		k.Sub(k, big.NewInt(1))
		kf.SetInt(k)
	}
	r := newBig(p).Mul(kf, halfPi)
	r.Sub(X, r)
	rh, _ = r.Float64()
	r.Sub(r, bigOf(rh))
	rl, _ = r.Float64()
	q = int(new(big.Int).And(k, big.NewInt(3)).Int64())
	return q, rh, rl, 0x1p-130
}

// sinCosCore returns sin r and cos r for the double-double r, |r| < 0.8.
func sinCosCore(rh, rl float64) (sh, sl, ch, cl float64) {
	zh, zl := mulDD(rh, rl, rh, rl)
	z := zh
	// sin r = r·(1 + z·S(z)), S(z) = -1/3! + z/5! - ...; degree >= 6 in double.
	s := invFact[13][0] + z*(-invFact[15][0]+z*(invFact[17][0]+z*(-invFact[19][0]+
		z*(invFact[21][0]+z*(-invFact[23][0]+z*(invFact[25][0]-z*invFact[27][0]))))))
	h, l := addDD1(-invFact[11][0], -invFact[11][1], z*s)
	for n := 9; n >= 3; n -= 2 {
		h, l = mulDD(h, l, zh, zl)
		sign := 1.0
		if n&2 != 0 {
			sign = -1
		}
		h, l = addDD(sign*invFact[n][0], sign*invFact[n][1], h, l)
	}
	h, l = mulDD(h, l, zh, zl)
	h, l = addDD1(h, l, 1)
	sh, sl = mulDD(h, l, rh, rl)
	// cos r = 1 + z·C(z), C(z) = -1/2! + z/4! - ...; degree >= 7 in double.
	c := -invFact[14][0] + z*(invFact[16][0]+z*(-invFact[18][0]+z*(invFact[20][0]+
		z*(-invFact[22][0]+z*(invFact[24][0]-z*invFact[26][0])))))
	h, l = addDD1(invFact[12][0], invFact[12][1], z*c)
	for n := 10; n >= 2; n -= 2 {
		h, l = mulDD(h, l, zh, zl)
		sign := 1.0
		if n&2 != 0 {
			sign = -1
		}
		h, l = addDD(sign*invFact[n][0], sign*invFact[n][1], h, l)
	}
	h, l = mulDD(h, l, zh, zl)
	ch, cl = addDD1(h, l, 1)
	return
}

// sinCosFast returns sin r (cos r if cos is 1) for the double-double r,
// |r| <= pi/4 + 2^-40, as an unevaluated sum h+l with relative error below
// trigFastErr.
//
// Method: r = a + b + rl with a = i/64 nearest to rh and b = rh - a
// (exact by Sterbenz's lemma), |b| <= 1/128; sin(a+b) = Sa·cos b + Ca·sin b
// and cos(a+b) = Ca·cos b - Sa·sin b with Sa, Ca from sinCosTable: both
// are P·cos b + Q·sin b, with (P, Q) = (Sa, Ca) or (Ca, -Sa). Q·b is
// formed exactly and added to P with an exact sum; every other term is
// below 2^-14 of the result, so the rounding errors of summing them in
// double, about 2^-65 of the result, dominate. rl enters through its
// first-order term rl·(Q - P·b).
func sinCosFast(rh, rl float64, cos int) (h, l float64) {
	// Branch-free: the quadrant and sign are random in typical use.
	sgn := math.Copysign(1, rh)
	rh, rl = math.Abs(rh), rl*sgn
	i := int(rh*64 + 0.5)
	t := &sinCosTable[cos][i]
	p, pl, q, ql := t[0], t[1], t[2], t[3]
	b := rh - float64(i)*(1.0/64)
	z := b * b
	// sin b - b and cos b - 1; the terms left out are below 2^-70 of the result.
	sb3 := b * z * math.FMA(z, math.FMA(z, -1.0/5040, 1.0/120), -1.0/6)
	cb2 := z * math.FMA(z, math.FMA(z, -1.0/720, 1.0/24), -0.5)
	qb, qbe := twoProd(q, b)
	h, e := fastTwoSum(p, qb)
	l = e + qbe + pl + ql*b + q*sb3 + rl*(q-p*b) + p*cb2
	// sin is odd, cos even: drop sgn's sign for cos.
	sgn = math.Float64frombits(math.Float64bits(sgn) &^ (uint64(cos) << 63))
	return h * sgn, l * sgn
}

// trigFastErr bounds the relative error of sinCosFast, with a margin of 4.
const trigFastErr = 0x1p-63

// Which trigonometric function trigFast and trigAccurate compute.
const (
	trigSin = iota
	trigCos
	trigTan
)

// trigFast returns sin x, cos x or tan x for finite |x| >= 2^-27 when the
// fast evaluation decides the correctly rounded result (ok), which it does
// for all but about 0.1% of arguments.
func trigFast(x float64, which int) (r float64, ok bool) {
	q, rh, rl, rerr := 0, x, 0.0, 0.0
	switch ax := math.Abs(x); {
	case ax >= 0x1p19:
		if q, rh, rl, rerr, ok = reduceHalfPiLarge(x); !ok {
			return 0, false
		}
	case ax > math.Pi/4:
		q, rh, rl, rerr = reduceHalfPi(x)
	}
	if which == trigTan {
		sh, sl := sinCosFast(rh, rl, 0)
		ch, cl := sinCosFast(rh, rl, 1)
		nh, nl, dh, dl := sh, sl, ch, cl
		if q&1 != 0 {
			nh, nl, dh, dl = -ch, -cl, sh, sl
		}
		// Normalized, so that the first-order correction below is enough.
		nh, nl = fastTwoSum(nh, nl)
		dh, dl = fastTwoSum(dh, dl)
		h := nh / dh
		l := (math.FMA(-h, dh, nh) + nl - h*dl) / dh
		// The quotient adds the relative errors of sin and cos, and
		// d tan / dr = 1 + tan^2 scales the reduction error.
		return roundDD(h, l, math.Abs(h)*(2*trigFastErr)+rerr*(1+h*h))
	}
	if which == trigCos {
		q++
	}
	// sin x = sin r, cos r, -sin r, -cos r for q = 0, 1, 2, 3 mod 4.
	h, l := sinCosFast(rh, rl, q&1)
	sgn := math.Float64frombits(uint64(q&2)<<62 | math.Float64bits(1))
	return roundDD(h*sgn, l*sgn, math.Abs(h)*trigFastErr+rerr)
}

// trigSpecial handles NaN and infinities: sin(±inf) is a DomainError.
func trigSpecial(x float64) (float64, Err, bool) {
	if x != x {
		return x, OK, true
	}
	if math.IsInf(x, 0) {
		return math.NaN(), DomainError, true
	}
	return 0, OK, false
}

// Sin returns sin x, correctly rounded.
func Sin(x float64) (float64, Err) {
	if r, e, ok := trigSpecial(x); ok {
		return r, e
	}
	if math.Abs(x) < 0x1p-26 {
		return x, OK
	}
	if r, ok := trigFast(x, trigSin); ok {
		return r, OK
	}
	return trigAccurate(x, trigSin), OK
}

// Cos returns cos x, correctly rounded.
func Cos(x float64) (float64, Err) {
	if r, e, ok := trigSpecial(x); ok {
		return r, e
	}
	if math.Abs(x) < 0x1p-27 {
		return 1, OK
	}
	if r, ok := trigFast(x, trigCos); ok {
		return r, OK
	}
	return trigAccurate(x, trigCos), OK
}

// Tan returns tan x, correctly rounded.
func Tan(x float64) (float64, Err) {
	if r, e, ok := trigSpecial(x); ok {
		return r, e
	}
	if math.Abs(x) < 0x1p-27 {
		return x, OK
	}
	if r, ok := trigFast(x, trigTan); ok {
		return r, OK
	}
	return trigAccurate(x, trigTan), OK
}

// trigAccurate is the slow path of Sin, Cos and Tan (finite
// |x| >= 2^-27): the long double-double evaluation of sinCosCore, then the
// math/big Ziv loop when even that cannot decide the rounding.
func trigAccurate(x float64, which int) float64 {
	q, rh, rl, rerr := reduceHalfPi(x)
	sh, sl, ch, cl := sinCosCore(rh, rl)
	var h, l, err float64
	if which == trigTan {
		if q&1 == 0 {
			h, l = divDD(sh, sl, ch, cl)
		} else {
			h, l = divDD(ch, cl, sh, sl)
			h, l = -h, -l
		}
		// d tan / dr = 1 + tan^2 scales the reduction error.
		err = math.Abs(h)*sinCosErr + rerr*(1+h*h)
	} else {
		if which == trigCos {
			q++
		}
		h, l = sh, sl
		switch q & 3 {
		case 1:
			h, l = ch, cl
		case 2:
			h, l = -sh, -sl
		case 3:
			h, l = -ch, -cl
		}
		err = math.Abs(h)*sinCosErr + rerr
	}
	if r, ok := roundDD(h, l, err); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float {
		switch which {
		case trigSin:
			s, _ := bigSinCos(x, w)
			return s
		case trigCos:
			_, c := bigSinCos(x, w)
			return c
		}
		s, c := bigSinCos(x, w+4)
		return s.Quo(s, c)
	})
}
