// random.go: the integer and sequence algorithms of Lib/random.py.

package mt19937

import (
	"crypto/sha512"
	"fmt"
	"math/big"
	"math/bits"
)

// Random is the state of a random.Random instance: the generator plus
// gauss()'s saved second value.
type Random struct {
	MT
	gaussNext    float64
	hasGaussNext bool
}

// SeedBig is Random.seed(v) for an int (and, through hash(x), a float).
func (r *Random) SeedBig(v *big.Int) {
	r.MT.SeedBig(v)
	r.hasGaussNext = false
}

// SeedInt64 is Random.seed(v) for an int that fits in int64.
func (r *Random) SeedInt64(v int64) {
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	r.MT.SeedUint64(u)
	r.hasGaussNext = false
}

// SeedHash is Random.seed(x) for a float or other hashable x (CPython's C
// seed takes hash(x) as an unsigned size_t): h is hash(x).
func (r *Random) SeedHash(h int64) {
	r.MT.SeedUint64(uint64(h))
	r.hasGaussNext = false
}

// SeedBytes is Random.seed(b) (version 2) for bytes or bytearray b, and for
// a str whose UTF-8 encoding is b: the seed is the big-endian integer of b
// followed by its SHA-512 digest.
func (r *Random) SeedBytes(b []byte) {
	digest := sha512.Sum512(b)
	buf := make([]byte, 0, len(b)+len(digest))
	buf = append(append(buf, b...), digest[:]...)
	r.SeedBig(new(big.Int).SetBytes(buf))
}

// SeedV1 is Random.seed(s, version=1) for a str with code points cps (or
// bytes, decoded as Latin-1).
func (r *Random) SeedV1(cps []rune) {
	var x uint64
	if len(cps) > 0 {
		x = uint64(cps[0]) << 7
	}
	for _, c := range cps {
		x = 1000003*x ^ uint64(c)
	}
	x ^= uint64(len(cps))
	// The result is a non-negative int below 2**64 (never -1, so random.py's
	// -1 to -2 substitution cannot apply).
	r.MT.SeedUint64(x)
	r.hasGaussNext = false
}

// SeedOS is Random.seed(None) (and Random()).
func (r *Random) SeedOS() {
	r.MT.SeedOS()
	r.hasGaussNext = false
}

// GaussNext returns the value the next gauss() call will use, if any (the
// third item of getstate()).
func (r *Random) GaussNext() (float64, bool) {
	return r.gaussNext, r.hasGaussNext
}

// SetGaussNext sets the value getstate() reports as gauss_next; ok false
// stands for None.
func (r *Random) SetGaussNext(v float64, ok bool) {
	r.gaussNext, r.hasGaussNext = v, ok
}

// Below returns _randbelow(n) for 0 < n < 2**64: getrandbits(n.bit_length())
// drawn until it is below n.
func (r *Random) Below(n uint64) uint64 {
	if n == 0 {
		panic("BUG: mt19937.Below(0)")
	}
	k := bits.Len64(n)
	v := r.Bits64(k)
	for v >= n {
		v = r.Bits64(k)
	}
	return v
}

// BelowBig returns _randbelow(n) for n > 0 of any size.
func (r *Random) BelowBig(n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		panic("BUG: mt19937.BelowBig: n must be positive")
	}
	if n.IsUint64() {
		return new(big.Int).SetUint64(r.Below(n.Uint64()))
	}
	k := n.BitLen()
	v := r.BitsBig(k)
	for v.Cmp(n) >= 0 {
		v = r.BitsBig(k)
	}
	return v
}

var errEmptyRange = &Error{ValueError, "empty range for randrange()"}

// RandRangeStop is randrange(stop).
func (r *Random) RandRangeStop(stop int64) (int64, error) {
	if stop <= 0 {
		return 0, errEmptyRange
	}
	return int64(r.Below(uint64(stop))), nil
}

// RandRange is randrange(start, stop, step) for int64 arguments.
func (r *Random) RandRange(start, stop, step int64) (int64, error) {
	w := stop - start
	if (stop^start)&(stop^w) < 0 {
		// stop-start overflows int64: take the (rare) slow path.
		v, err := r.RandRangeBig(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
		if err != nil {
			return 0, err
		}
		return v.Int64(), nil
	}
	if step == 1 {
		if w > 0 {
			return start + int64(r.Below(uint64(w))), nil
		}
		return 0, emptyRangeError(big.NewInt(start), big.NewInt(stop), big.NewInt(w))
	}
	var n int64
	switch {
	case step > 0:
		n = floorDiv(w, step, step-1)
	case step < 0:
		n = floorDiv(w, step, step+1)
	default:
		return 0, &Error{ValueError, "zero step for randrange()"}
	}
	if n <= 0 {
		return 0, errEmptyRange
	}
	return start + step*int64(r.Below(uint64(n))), nil
}

// floorDiv returns (w + adj) // step, computed without overflow: |adj| <
// |step| and adj has step's sign.
func floorDiv(w, step, adj int64) int64 {
	q, rem := w/step, w%step
	// w = q*step + rem; add adj to the remainder and renormalise.
	rem += adj
	q += rem / step
	rem %= step
	if rem != 0 && (rem < 0) != (step < 0) {
		q--
	}
	return q
}

func emptyRangeError(start, stop, width *big.Int) error {
	return &Error{ValueError, fmt.Sprintf("empty range for randrange() (%s, %s, %s)", start, stop, width)}
}

// RandRangeBig is randrange(start, stop, step) for ints of any size; a nil
// stop means the one-argument form randrange(start).
func (r *Random) RandRangeBig(start, stop, step *big.Int) (*big.Int, error) {
	if stop == nil {
		if start.Sign() > 0 {
			return r.BelowBig(start), nil
		}
		return nil, errEmptyRange
	}
	width := new(big.Int).Sub(stop, start)
	if step.IsInt64() && step.Int64() == 1 {
		if width.Sign() > 0 {
			v := r.BelowBig(width)
			return v.Add(v, start), nil
		}
		return nil, emptyRangeError(start, stop, width)
	}
	n := new(big.Int)
	switch step.Sign() {
	case 1:
		n.Sub(step, big.NewInt(1))
	case -1:
		n.Add(step, big.NewInt(1))
	default:
		return nil, &Error{ValueError, "zero step for randrange()"}
	}
	n.Add(n, width)
	// Python's // floors; big.Int.Div is Euclidean, which differs for a
	// negative divisor.
	var m big.Int
	n.DivMod(n, step, &m)
	if m.Sign() != 0 && step.Sign() < 0 {
		n.Sub(n, big.NewInt(1))
	}
	if n.Sign() <= 0 {
		return nil, errEmptyRange
	}
	v := r.BelowBig(n)
	return v.Mul(v, step).Add(v, start), nil
}
