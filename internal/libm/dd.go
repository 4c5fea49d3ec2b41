// dd.go: double-double arithmetic, the extra precision of the fast paths.
//
// A double-double (hi, lo) stands for the exact sum hi+lo with |lo| <= ulp(hi)/2
// ("normalized"). The operations below keep about 100 bits of precision;
// each comment states the relative error bound the callers rely on.

package libm

import "math"

// twoSum returns s = RN(a+b) and e with s+e == a+b exactly.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// fastTwoSum is twoSum for |a| >= |b| (or a == 0).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

// twoProd returns p = RN(a*b) and e with p+e == a*b exactly (barring underflow).
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}

// addDD adds two double-doubles; relative error <= 2^-104 of |a|+|b|
// (it is safe under cancellation).
func addDD(ah, al, bh, bl float64) (float64, float64) {
	s, e := twoSum(ah, bh)
	t, f := twoSum(al, bl)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	return fastTwoSum(s, e)
}

// addDDFast adds two double-doubles when |b| <= |a| and no cancellation
// can occur beyond a factor 2 (same sign, or |b| <= |a|/4);
// relative error <= 2^-102.
func addDDFast(ah, al, bh, bl float64) (float64, float64) {
	s, e := fastTwoSum(ah, bh)
	e += al + bl
	return fastTwoSum(s, e)
}

// addDD1 adds the double b to the double-double a (safe under cancellation).
func addDD1(ah, al, b float64) (float64, float64) {
	s, e := twoSum(ah, b)
	e += al
	return fastTwoSum(s, e)
}

// mulDD multiplies two double-doubles; relative error <= 2^-102.
func mulDD(ah, al, bh, bl float64) (float64, float64) {
	p, e := twoProd(ah, bh)
	e += ah*bl + al*bh
	return fastTwoSum(p, e)
}

// mulDD1 multiplies a double-double by a double; relative error <= 2^-103.
func mulDD1(ah, al, b float64) (float64, float64) {
	p, e := twoProd(ah, b)
	e += al * b
	return fastTwoSum(p, e)
}

// divDD divides two double-doubles; relative error <= 2^-100.
func divDD(ah, al, bh, bl float64) (float64, float64) {
	q := ah / bh
	p, e := twoProd(q, bh)
	r := ((ah - p) - e + al - q*bl) / bh
	return fastTwoSum(q, r)
}

// sqrtDD returns the square root of a non-negative double-double;
// relative error <= 2^-100.
func sqrtDD(ah, al float64) (float64, float64) {
	if ah == 0 {
		return 0, 0
	}
	s := math.Sqrt(ah)
	p, e := twoProd(s, s)
	r := ((ah - p) - e + al) / (2 * s)
	return fastTwoSum(s, r)
}
