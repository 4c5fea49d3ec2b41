// pow.go: x**y, correctly rounded, with the special cases of C99 Annex F
// and the error rules of CPython's math.pow and float.__pow__.
//
// Method: x^y = e^(y·ln x). Fast path: ln x from logFast (absolute error
// about 2^-74), multiplied by y in double-double and fed to expFast
// (relative error 2^-72). Accurate path: ln x from logCore (relative error
// 2^-90) and expCore. Results that are
// exactly representable or exactly halfway between two doubles (x = 9,
// y = 1.5; odd 27-bit x, y = 2) are found by powExact before the Ziv loop,
// which could never decide them.

package libm

import (
	"math"
	"math/big"
)

// PowErr says how float.__pow__ fails.
type PowErr uint8

const (
	// PowOK: the result is valid.
	PowOK PowErr = iota
	// PowZeroDivision: 0.0 to a negative power
	// (ZeroDivisionError("0.0 cannot be raised to a negative power")).
	PowZeroDivision
	// PowComplex: negative base, non-integer exponent; Python computes the
	// result as a complex power instead.
	PowComplex
	// PowOverflow: OverflowError((34, 'Numerical result out of range')).
	PowOverflow
)

// isOddInt reports whether y is an odd integer.
func isOddInt(y float64) bool {
	if math.Abs(y) >= 1<<53 {
		return false // such doubles are even
	}
	return y == math.Trunc(y) && int64(y)&1 == 1
}

// FloatPow returns x**y for Python floats.
func FloatPow(x, y float64) (float64, PowErr) {
	switch {
	case y == 0:
		return 1, PowOK
	case x != x:
		return x, PowOK
	case y != y:
		if x == 1 {
			return 1, PowOK
		}
		return y, PowOK
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, PowOK
		case (y > 0) == (ax > 1):
			return math.Inf(1), PowOK
		}
		return 0, PowOK
	case math.IsInf(x, 0):
		odd := isOddInt(y)
		if x > 0 {
			if y > 0 {
				return x, PowOK
			}
			return 0, PowOK
		}
		if y > 0 {
			if odd {
				return x, PowOK
			}
			return math.Inf(1), PowOK
		}
		if odd {
			return math.Copysign(0, -1), PowOK
		}
		return 0, PowOK
	case x == 0:
		if y < 0 {
			return 0, PowZeroDivision
		}
		if isOddInt(y) {
			return x, PowOK
		}
		return 0, PowOK
	}
	negate := false
	if x < 0 {
		if y != math.Trunc(y) {
			return 0, PowComplex
		}
		x = -x
		negate = isOddInt(y)
	}
	if x == 1 {
		if negate {
			return -1, PowOK
		}
		return 1, PowOK
	}
	r := powPositive(x, y)
	if negate {
		r = -r
	}
	if math.IsInf(r, 0) {
		return r, PowOverflow
	}
	return r, PowOK
}

// Pow returns x**y with the rules of CPython's math.pow: a negative base
// with a non-integer exponent and 0 to a negative power are DomainErrors,
// a finite result too large is a RangeError.
func Pow(x, y float64) (float64, Err) {
	if math.IsInf(x, 0) || math.IsInf(y, 0) || x != x || y != y {
		// CPython answers these itself; they agree with C99 and float.__pow__.
		r, _ := FloatPow(x, y)
		return r, OK
	}
	r, e := FloatPow(x, y)
	switch e {
	case PowZeroDivision:
		return math.Copysign(math.Inf(1), x), DomainError
	case PowComplex:
		return math.NaN(), DomainError
	case PowOverflow:
		return r, RangeError
	}
	return r, OK
}

// powPositive returns x^y for finite x > 0, x != 1, finite y != 0.
func powPositive(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case 0.5:
		return math.Sqrt(x)
	}
	// Normalized, so that h·y is y·ln x to 2^-52 for the range checks and
	// the low part stays small in expFast.
	h, l := fastTwoSum(logFast(x))
	switch t := h * y; {
	case t > 709.79:
		return math.Inf(1)
	case t < -745.2:
		return 0
	}
	if r, ok := powFast(h, l, y); ok {
		return r
	}
	return powAccurate(x, y)
}

// logFastAbsErr returns a bound on the absolute error of logFast's h+l:
// the sums it rounds are of terms below 2^-22·max(1, |e|), e the binary
// exponent of x (|e| <= 1.5·|ln x| + 1), and r³·P(r) is below 2^-24.
func logFastAbsErr(h float64) float64 { return 0x1p-72 + math.Abs(h)*0x1p-80 }

// powFast is powPositive's fast path, given ln x = h+l from logFast,
// for y·ln x within [-745.2, 709.79]; ok is false when it cannot decide
// the rounding.
func powFast(h, l, y float64) (float64, bool) {
	th, tl := twoProd(h, y)
	tl += l * y
	m, hi, lo := expFast(th, tl)
	// The absolute error of y·ln x is the relative error it adds.
	err := hi * (expFastErr + math.Abs(y)*logFastAbsErr(h) + math.Abs(th)*0x1p-100)
	return roundScaled(hi, lo, err, m)
}

// powAccurate is powPositive's slow path, for the same arguments.
func powAccurate(x, y float64) float64 {
	lh, ll := logCore(x, 0)
	th, tl := mulDD1(lh, ll, y)
	m, hi, lo := expCore(th, tl)
	// ln x has relative error 2^-90, so y·ln x has absolute error |t|·2^-90.
	err := hi * (expErr + math.Abs(th)*0x1p-87)
	if r, ok := roundScaled(hi, lo, err, m); ok {
		return r
	}
	if r, ok := powExact(x, y); ok {
		return r
	}
	return slowRound(func(w uint) *big.Float {
		t := bigLog(bigOf(x), w+32)
		return bigExp(t.Mul(t, bigOf(y)), w)
	})
}

// powExact returns RN(x^y) when x^y is a rational number (then it is
// computed exactly), for x > 0; ok is false when x^y is irrational or
// needs too many bits to be near a double.
func powExact(x, y float64) (r float64, ok bool) {
	// x = a·2^b with a odd; y = m·2^-k with m odd or k = 0.
	xm, xe := math.Frexp(x)
	a := int64(xm * (1 << 53))
	b := xe - 53
	for a&1 == 0 {
		a >>= 1
		b++
	}
	ym, ye := math.Frexp(y)
	m := int64(ym * (1 << 53))
	k := 53 - ye
	for k > 0 && m&1 == 0 {
		m >>= 1
		k--
	}
	if k < 0 {
		return 0, false // |y| >= 2^53: x^y is a power of two or far out of range
	}
	// x^y = (a^(1/2^k))^m · 2^(b·m/2^k); rational iff a is a perfect 2^k-th
	// power and 2^k divides b.
	if k > 0 && (k > 6 || b%(1<<k) != 0) {
		return 0, false
	}
	ai := big.NewInt(a)
	for i := 0; i < k; i++ {
		s := new(big.Int).Sqrt(ai)
		if new(big.Int).Mul(s, s).Cmp(ai) != 0 {
			return 0, false
		}
		ai = s
	}
	b >>= k
	// x^y = ai^m · 2^(b·m). For a result near a double, ai^|m| must have
	// few bits unless ai = 1.
	am := m
	if am < 0 {
		am = -am
	}
	if ai.Cmp(big.NewInt(1)) != 0 && (m < 0 || am > 64) {
		return 0, false
	}
	p := new(big.Int).Exp(ai, big.NewInt(am), nil)
	f := new(big.Float).SetInt(p)
	e := int64(b) * m
	if e > 1<<20 || e < -(1<<20) {
		return 0, false
	}
	r, _ = f.SetMantExp(f, int(e)).Float64()
	return r, true
}
