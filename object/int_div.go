package object

// int_div.go: floor division of big ints whose quotient fits in a word,
// as in spigot programs dividing two numbers of thousands of digits for
// one digit. math/big's long division normalizes copies of both operands
// (two shifts), divides, and shifts the remainder back: five passes over
// the digits and several buffers. Here the quotient comes from the top
// 128 bits of the dividend and the top 64 of the divisor, corrected at
// most twice, and the remainder from one multiplication and one
// subtraction into a single buffer.

import (
	"math/big"
	"math/bits"
)

// bigFloorDivModValues returns a // b and a % b for b != 0.
func bigFloorDivModValues(a, b *big.Int) (q, r Value) {
	if q, r, ok := bigFloorDivModShort(a, b); ok {
		return q, r
	}
	qb, rb := bigFloorDivMod(a, b)
	return qb.result(), rb.result()
}

// bigFloorDivModShort is bigFloorDivModValues when words have 64 bits,
// |b| has at least two and |a| at most 62 bits more than |b| (so the
// quotient, floored, fits in int64); ok is false otherwise.
func bigFloorDivModShort(a, b *big.Int) (q, r Value, ok bool) {
	aw, bw := a.Bits(), b.Bits()
	bl := b.BitLen()
	if wordBits != 64 || len(bw) < 2 || a.BitLen() > bl+62 {
		return Null, Null, false
	}
	// With the divisor's top 64 bits normalized, the estimate is at least
	// the quotient and at most 2 above it.
	s := uint(bl - 64)
	qm, _ := bits.Div64(wordsAt(aw, s+64), wordsAt(aw, s), wordsAt(bw, s))
	var am, bm, qi big.Int // |a|, |b| (sharing their words) and qm
	am.SetBits(aw)
	bm.SetBits(bw)
	qw := [1]big.Word{big.Word(qm)}
	qi.SetBits(qw[:])
	rm := newBigResult(len(bw) + 1)
	rm.V.Mul(&bm, &qi)
	for rm.V.Cmp(&am) > 0 {
		qm--
		rm.V.Sub(&rm.V, &bm)
	}
	rm.V.Sub(&am, &rm.V) // |a| - qm*|b|, in [0, |b|)
	// Truncated division gives a remainder of a's sign; floor division
	// moves a nonzero one of the other sign into b's.
	qt := int64(qm)
	if a.Sign() < 0 {
		rm.V.Neg(&rm.V)
	}
	if (a.Sign() < 0) != (b.Sign() < 0) {
		if rm.V.Sign() != 0 {
			qt++
			rm.V.Add(&rm.V, b)
		}
		qt = -qt
	}
	return Int(qt), rm.result(), true
}

// wordsAt returns the 64 bits of the magnitude w (of 64-bit words)
// starting at bit s, zeros beyond its end.
func wordsAt(w []big.Word, s uint) uint64 {
	const n = 64
	i, off := int(s/n), s%n
	word := func(i int) uint64 {
		if i < len(w) {
			return uint64(w[i])
		}
		return 0
	}
	if off == 0 {
		return word(i)
	}
	return word(i)>>off | word(i+1)<<(n-off)
}
