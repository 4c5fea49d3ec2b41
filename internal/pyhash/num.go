// num.go: numeric hashes (int, float, complex, rational) and identity hashes.

package pyhash

import (
	"math"
	"math/big"
	"math/bits"
)

// Hash parameters, as sys.hash_info reports them.
const (
	Modulus = 1<<61 - 1 // the prime P: a number hashes to its value mod P
	Inf     = 314159    // hash(math.inf); hash(-math.inf) is -Inf
	Imag    = 1000003   // multiplier of the imaginary part's hash in complex
)

// reduce returns u mod Modulus.
func reduce(u uint64) uint64 {
	u = u&Modulus + u>>61
	if u >= Modulus {
		u -= Modulus
	}
	return u
}

// mulPow2 returns h * 2**k mod Modulus for h < Modulus and 0 <= k < 61:
// since 2**61 == 1 (mod P), that is a rotation within 61 bits.
func mulPow2(h uint64, k uint) uint64 {
	if k == 0 {
		return h
	}
	return (h<<k)&Modulus | h>>(61-k)
}

// mulMod returns a*b mod Modulus for a, b < Modulus.
func mulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// a*b = hi*2**64 + lo and 2**64 == 8 (mod P).
	return reduce(lo&Modulus + (lo>>61 | hi<<3))
}

// signed applies the sign of the hashed value and avoids -1.
func signed(h uint64, neg bool) int64 {
	v := int64(h)
	if neg {
		v = -v
	}
	if v == -1 {
		return -2
	}
	return v
}

// Int returns hash(v) for an int.
func Int(v int64) int64 {
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	return signed(reduce(u), v < 0)
}

// bigAbsMod returns |v| mod Modulus without allocating.
func bigAbsMod(v *big.Int) uint64 {
	words := v.Bits()
	var h uint64
	for i := len(words) - 1; i >= 0; i-- {
		// h*2**W + w, where 2**W is 2**64 or 2**32 depending on the word size.
		h = mulPow2(h, uint(bits.UintSize%61))
		h = reduce(h + reduce(uint64(words[i])))
	}
	return h
}

// BigInt returns hash(v) for an int of any size.
func BigInt(v *big.Int) int64 {
	return signed(bigAbsMod(v), v.Sign() < 0)
}

// Float returns hash(x) for a float. For a NaN it returns 0, which is not
// what CPython 3.11 does: there hash(nan) is the identity hash of the float
// object ([Pointer] of its address), so distinct NaN objects usually hash
// differently. A caller whose NaNs have an identity must hash that instead.
func Float(x float64) int64 {
	switch {
	case math.IsInf(x, 0):
		if x > 0 {
			return Inf
		}
		return -Inf
	case math.IsNaN(x):
		return 0
	}
	frac, exp := math.Frexp(math.Abs(x))
	// |x| = m * 2**e with m a 53-bit integer.
	m := uint64(math.Ldexp(frac, 53))
	e := exp - 53
	k := e % 61
	if k < 0 {
		k += 61
	}
	return signed(mulPow2(m, uint(k)), x < 0)
}

// Complex returns hash(complex(re, im)) given hre = hash(re) and
// him = hash(im) as [Float] computes them.
func Complex(hre, him int64) int64 {
	return fixHash(uint64(hre) + Imag*uint64(him))
}

// Rational returns the hash of the exact rational num/den (den > 0), as
// fractions.Fraction and decimal.Decimal compute it: equal to the hash of an
// int or float of the same value. A denominator divisible by Modulus gives
// ±Inf.
func Rational(num, den *big.Int) int64 {
	if den.Sign() <= 0 {
		panic("BUG: pyhash.Rational: denominator must be positive")
	}
	d := bigAbsMod(den)
	var h uint64
	if d == 0 {
		h = Inf
	} else {
		h = mulMod(bigAbsMod(num), powMod(d, Modulus-2))
	}
	return signed(h, num.Sign() < 0)
}

// powMod returns b**e mod Modulus for b < Modulus.
func powMod(b, e uint64) uint64 {
	r := uint64(1)
	for ; e != 0; e >>= 1 {
		if e&1 != 0 {
			r = mulMod(r, b)
		}
		b = mulMod(b, b)
	}
	return r
}

// Pointer returns CPython's identity hash of an object at address p (the
// default object.__hash__ and, in 3.11, hash(nan) and hash(None)): the
// address rotated right by 4 bits.
func Pointer(p uintptr) int64 {
	return fixHash(uint64(bits.RotateLeft(uint(p), -4)))
}
