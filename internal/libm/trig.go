// trig.go: sin, cos and tan, correctly rounded.
//
// Fast path (sinDD): x = j·pi/128 + r with |r| <= pi/256 (a little more),
// j taken mod 256: Cody-Waite with pi/128 in three parts (one fused
// multiply-add) for |x| < 2^20, Payne-Hanek with 192 bits of 2/pi then the
// same split for larger |x|. sin x = sin(j·pi/128)·cos r + cos(j·pi/128)·
// sin r from a 256-entry table of sin(j·pi/128) and short polynomials,
// relative error < 2^-63; cos x = sin(x + pi/2) is the same evaluation at
// j+64, so neither the quadrant nor the function costs a branch. It
// decides all but ~0.15% of arguments.
// Accurate path (sinCosCore): x = k·pi/2 + r with |r| <= pi/4 + tiny,
// Cody-Waite with pi/2 in four parts (152 bits) for |x| < 2^19, math/big
// beyond; Taylor series with the leading terms in double-double (relative
// error < 2^-92). Both rounding tests add the reduction error.

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

	// pi/128 = piOver128H + piOver128M + piOver128L + d, |d| < 2^-147:
	// piOver128H = RN(pi/128) is a multiple of 2^-58, piOver128M (below
	// 2^-59.8) has a 27-bit significand, |piOver128L| < 2^-88.
	piOver128H   = piH * 0x1p-7
	piOver128M   = 0x1.1a62634p-60
	piOver128L   = -0x1.d747f23e32ed7p-89
	invPiOver128 = 0x1.45f306dc9c883p+5 // RN(128/pi)
	trigSmallMax = 0x1p20               // sinDD reduces larger |x| mod pi/2 first
	roundMagic   = 0x1.8p52             // RN(t + roundMagic) - roundMagic = RN(t) for |t| < 2^51
)

// reduceHalfPi returns k mod 4 and r = x - k·pi/2 as a double-double with
// |r| <= pi/4 + 2^-40, and an absolute error bound for r; x is finite.
// (The accurate path's reduction.)
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

// sinDD returns sin(x + off·pi/128) for finite |x| >= 2^-27 and off 0
// (sin x) or 64 (cos x) as an unevaluated sum h+l with |(h+l) - v| <=
// |h|·trigFastErr + rerr (rerr is +Inf when the reduction gives up).
// The bound allows for the rounding of l±err in roundDD (l is not
// normalized).
//
// Reduction: b = j·pi/128 + r + d, where b is x, or for |x| >=
// trigSmallMax, x = k·pi/2 + b with b = bh + bl from reduceHalfPiLarge
// (normalized) and 64k added to off. Then |rh| <= rho = pi/256·(1+2^-26),
// and |d| <= |j|·2^-139 + 2^-106 |rh|: relative to |r|, tiny even for
// the doubles nearest to multiples of pi, such as RN(pi). Proof: jf =
// RN(RN(bh·128/pi)) is within 1/2 + 2^-27 of bh·128/pi, |jf| < 2^25.4.
// For jf != 0, |bh| > 2^-7, so bh and jf·piOver128H are multiples of
// 2^-59 and a, their difference, below 2^-6, is exact. p = jf·piOver128M
// is exact (26 + 27 bits), a multiple of 2^-86. a - p is exact as rh + e
// (fastTwoSum): by Fast2Sum when |a| >= |p|, and when not, a - p itself
// is exact (a multiple of 2^-86 below 2|p| < 2^-33.5) and e is 0. The
// roundings of jf·piOver128L and of e - jf·piOver128L (|e| <= 2^-53 |rh|,
// |jf·piOver128L| < |jf|·2^-88) and the part of pi/128 beyond
// piOver128L make up d. When jf = 0, rl is exactly bl, |bl| <= 2^-53
// |rh|. rh + rl is not normalized (near a multiple of pi, |rl| could
// approach |rh|): rerr covers the rounding of adding bl and every rounding
// error proportional to rl below (the product and sums in l, roundDD's
// rounding of l±err) with 2^-51 |rl|.
//
// Evaluation: with a = j·pi/128, sin(a + r) = S·cos r + C·sin r with S =
// sin a, C = cos a = sin(a + pi/2) read from sinPi128Table at j and j+64
// (mod 256); there |C·r| <= 1.0001 |v| and |S| <= 2 |v| (at worst for
// a = ±pi/64). Then
//
//	v = Sh + Ch·rh                            (h + e + pl exactly)
//	  + Sl + Cl·rh + rl·(C - S·rh)            (< 2^-52 |v| + |rl|)
//	  + C·(sin rh - rh)                       (sr: < 2^-15.2 |v|)
//	  + S·(cos rh - 1 + rh²/2) - S·(rh²/2).   (c4, then z and zl: < 2^-12.7 |v|)
//
// Error relative to |v|, besides rerr: the final rounding of l and
// roundDD's rounding of l±err, each 2^-53 |l - rl·(C - S·rh)| <= 2^-65.4;
// the five roundings of C·sr, 2^-66.0; sin truncated after rh^7,
// C·rho^8/9! <= 2^-69.3; the first-order rl term, |rl|·rh²/2 <= 2^-66.7
// (for |rl| <= 2^-53 |rh|; the part of rl from jf·piOver128L adds less
// than 2^-70); the roundings of the small terms of l, about 2^-70. Total
// below 2^-63.8; trigFastErr is 2^-63. Where |rl| is not below 2^-53
// |rh|, j is 0 mod 128, S is 0 and these errors scale with |rh| = |h|.
func sinDD(x float64, off uint) (h, l, rerr float64) {
	bh, bl := x, 0.0
	if !(math.Abs(x) < trigSmallMax) {
		q, rh, rl, err, ok := reduceHalfPiLarge(x)
		if !ok {
			err = math.Inf(1)
		}
		bh, bl, rerr = rh, rl, err
		off += uint(q) * 64
	}
	s := bh*invPiOver128 + roundMagic
	jf := s - roundMagic
	a := math.FMA(-jf, piOver128H, bh)
	rh, e := fastTwoSum(a, -jf*piOver128M)
	rl := e - jf*piOver128L + bl
	rerr += math.Abs(jf)*0x1p-139 + math.Abs(rl)*0x1p-51

	j := uint(math.Float64bits(s)) + off // low 8 bits: j mod 256
	st, ct := &sinPi128Table[j&255], &sinPi128Table[(j+64)&255]
	sh, sl, ch, cl := st[0], st[1], ct[0], ct[1]
	z := rh * rh
	zl := math.FMA(rh, rh, -z)
	// sin rh - rh and cos rh - 1 + rh²/2, Taylor polynomials: the terms
	// left out are below 2^-69 of v.
	sr := rh * z * (-1.0/6 + z*(1.0/120-z*(1.0/5040)))
	c4 := z * z * (1.0/24 - z*(1.0/720-z*(1.0/40320)))
	ph, pl := twoProd(ch, rh)
	// |Sh| >= sin(pi/128) > 2^-6 > rho >= |ph| unless Sh is 0.
	h, e = fastTwoSum(sh, ph)
	l = (e + pl) + (sl + cl*rh) + rl*(ch-sh*rh) + sh*(c4-0.5*zl) + ch*sr
	l = math.FMA(-0.5*sh, z, l)
	return h, l, rerr
}

// trigFastErr bounds the relative error of sinDD, with a margin of 1.7.
const trigFastErr = 0x1p-63

// trigRound decides the correctly rounded sin x or cos x from sinDD's
// result (ok), which it does for all but about 0.15% of arguments.
func trigRound(h, l, rerr float64) (float64, bool) {
	return roundDD(h, l, math.Abs(h)*trigFastErr+rerr)
}

// tanFast is trigRound(sinDD(x, 0)) for tan x.
func tanFast(x float64) (float64, bool) {
	nh, nl, rerr := sinDD(x, 0)
	dh, dl, _ := sinDD(x, 64)
	// Normalized, so that the first-order correction below is enough.
	nh, nl = fastTwoSum(nh, nl)
	dh, dl = fastTwoSum(dh, dl)
	h := nh / dh
	l := (math.FMA(-h, dh, nh) + nl - h*dl) / dh
	// The quotient adds the relative errors of sin and cos, and
	// d tan / dr = 1 + tan^2 scales the reduction error.
	return roundDD(h, l, math.Abs(h)*(2*trigFastErr)+rerr*(1+h*h))
}

// Which trigonometric function trigAccurate computes.
const (
	trigSin = iota
	trigCos
	trigTan
)

// trigFastRange reports whether 2^-27 <= |x| < +Inf (false for NaN): the
// arguments of sinDD and tanFast. Below, sin x and tan x round to x
// and cos x to 1.
func trigFastRange(x float64) bool {
	const lo, inf = 0x3e40000000000000, 0x7ff0000000000000 // bits of 2^-27, +Inf
	return math.Float64bits(x)&^(1<<63)-lo < inf-lo
}

// trigOutside returns sin, cos or tan of x outside trigFastRange: NaN,
// infinities (a DomainError) and |x| < 2^-27.
func trigOutside(x float64, which int) (float64, Err) {
	switch {
	case x != x:
		return x, OK
	case math.IsInf(x, 0):
		return math.NaN(), DomainError
	case which == trigCos:
		return 1, OK
	}
	return x, OK
}

// Sin returns sin x, correctly rounded.
func Sin(x float64) (float64, Err) {
	if !trigFastRange(x) {
		return trigOutside(x, trigSin)
	}
	if r, ok := trigRound(sinDD(x, 0)); ok {
		return r, OK
	}
	return trigAccurate(x, trigSin), OK
}

// Cos returns cos x, correctly rounded.
func Cos(x float64) (float64, Err) {
	if !trigFastRange(x) {
		return trigOutside(x, trigCos)
	}
	if r, ok := trigRound(sinDD(x, 64)); ok {
		return r, OK
	}
	return trigAccurate(x, trigCos), OK
}

// Tan returns tan x, correctly rounded.
func Tan(x float64) (float64, Err) {
	if !trigFastRange(x) {
		return trigOutside(x, trigTan)
	}
	if r, ok := tanFast(x); ok {
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
