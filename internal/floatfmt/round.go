// round.go: round(x, ndigits).

package floatfmt

import (
	"math"
	"math/big"
	"strconv"
)

// Round is round(x, ndigits) for a float: x rounded to a multiple of
// 10**-ndigits, ties to even on the exact binary value, then converted back
// to the nearest float. A result too large for a float is an OverflowError.
func Round(x float64, ndigits int) (float64, error) {
	const (
		// Beyond these, x rounds to itself or to a signed zero: CPython's
		// int((DBL_MANT_DIG-DBL_MIN_EXP) * 0.30103) and
		// -int((DBL_MAX_EXP+1) * 0.30103), 0.30103 bounding log10(2).
		ndigitsMax = 323
		ndigitsMin = -308
	)
	switch {
	case math.IsInf(x, 0) || math.IsNaN(x) || ndigits > ndigitsMax:
		return x, nil
	case ndigits < ndigitsMin:
		return 0.0 * x, nil
	}
	var buf [400]byte
	var s []byte
	if ndigits >= 0 {
		s = strconv.AppendFloat(buf[:0], x, 'f', ndigits, 64)
	} else {
		s = appendRoundedBig(buf[:0], x, -ndigits)
	}
	v, err := strconv.ParseFloat(string(s), 64)
	if err != nil {
		if math.IsInf(v, 0) {
			return 0, &Error{OverflowError, "rounded value too large to represent"}
		}
		panic("BUG: floatfmt.Round: " + err.Error())
	}
	return v, nil
}

// appendRoundedBig appends x rounded to a multiple of 10**k (k > 0), ties
// to even, as "[-]Qek".
func appendRoundedBig(dst []byte, x float64, k int) []byte {
	frac, exp := math.Frexp(math.Abs(x))
	m := new(big.Int).SetUint64(uint64(math.Ldexp(frac, 53)))
	exp -= 53
	// |x| = m * 2**exp; divide by 10**k.
	den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	if exp >= 0 {
		m.Lsh(m, uint(exp))
	} else {
		den.Lsh(den, uint(-exp))
	}
	q, r := new(big.Int).QuoRem(m, den, new(big.Int))
	r.Lsh(r, 1)
	if c := r.Cmp(den); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	if math.Signbit(x) {
		dst = append(dst, '-')
	}
	dst = q.Append(dst, 10)
	dst = append(dst, 'e')
	return strconv.AppendInt(dst, int64(k), 10)
}
