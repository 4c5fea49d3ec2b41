// bigfloat.go: the slow path. Functions evaluated with math/big to any
// precision, and the Ziv loop that raises the precision until the
// correctly rounded double is decided.
//
// Every big* function takes a target w and returns a value whose relative
// error is below 2^-w; internally it works with w+64 bits or more, far
// more than the few bits its steps can lose.

package libm

import (
	"math"
	"math/big"
	"sync"
	"sync/atomic"
)

// maxSlowPrec bounds the Ziv loop. Hard cases of double functions need
// about 120 bits; exact and halfway results are detected before the loop.
const maxSlowPrec = 2048

// slowRound returns the double nearest to the nonzero real that f
// approximates: f(w) must be within relative error 2^-w of it.
func slowRound(f func(w uint) *big.Float) float64 {
	slowCalls.Add(1)
	for w := uint(128); w <= maxSlowPrec; w *= 2 {
		v := f(w)
		d := new(big.Float).SetMantExp(v, -int(w))
		d.Abs(d)
		lo := new(big.Float).SetPrec(w+64).Sub(v, d)
		hi := new(big.Float).SetPrec(w+64).Add(v, d)
		a, _ := lo.Float64()
		b, _ := hi.Float64()
		if a == b {
			return a
		}
	}
	panic("BUG: libm: slow path did not converge")
}

// slowCalls counts slow-path evaluations, for tests and benchmarks.
var slowCalls atomic.Int64

// bigConsts caches pi and ln 2 at the highest precision asked so far.
// Cached values are never modified, so readers may share them.
var bigConsts struct {
	sync.Mutex
	pi, ln2 *big.Float
}

// bigPi returns pi with at least prec correct bits.
func bigPi(prec uint) *big.Float {
	bigConsts.Lock()
	defer bigConsts.Unlock()
	if bigConsts.pi == nil || bigConsts.pi.Prec() < prec {
		// Machin: pi = 16 atan(1/5) - 4 atan(1/239).
		bits := prec + 64
		s := new(big.Int).Lsh(arctanInvFixed(5, bits, true), 4)
		s.Sub(s, new(big.Int).Lsh(arctanInvFixed(239, bits, true), 2))
		bigConsts.pi = fixedToFloat(s, bits, prec+32)
	}
	return bigConsts.pi
}

// bigLn2 returns ln 2 with at least prec correct bits.
func bigLn2(prec uint) *big.Float {
	bigConsts.Lock()
	defer bigConsts.Unlock()
	if bigConsts.ln2 == nil || bigConsts.ln2.Prec() < prec {
		// ln 2 = 2 atanh(1/3).
		bits := prec + 64
		s := new(big.Int).Lsh(arctanInvFixed(3, bits, false), 1)
		bigConsts.ln2 = fixedToFloat(s, bits, prec+32)
	}
	return bigConsts.ln2
}

// arctanInvFixed returns atan(1/n)·2^bits (atanh(1/n) if !alternate),
// truncated; the error is below 2·(number of terms) units.
func arctanInvFixed(n int64, bits uint, alternate bool) *big.Int {
	p := new(big.Int).Lsh(big.NewInt(1), bits)
	p.Quo(p, big.NewInt(n))
	sum := new(big.Int).Set(p)
	n2 := big.NewInt(n * n)
	t, d := new(big.Int), new(big.Int)
	for k := int64(1); p.Sign() != 0; k++ {
		p.Quo(p, n2)
		t.Quo(p, d.SetInt64(2*k+1))
		if alternate && k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
	}
	return sum
}

func fixedToFloat(v *big.Int, bits, prec uint) *big.Float {
	f := new(big.Float).SetPrec(prec).SetInt(v)
	return f.SetMantExp(f, -int(bits))
}

func newBig(prec uint) *big.Float { return new(big.Float).SetPrec(prec) }

func bigOf(x float64) *big.Float { return new(big.Float).SetFloat64(x) }

// bigExp returns e^x for |x| < 2^20.
func bigExp(x *big.Float, w uint) *big.Float {
	const halvings = 12
	p := w + 64 + halvings
	ln2 := bigLn2(p + 40)
	q := newBig(64).Quo(x, ln2)
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := newBig(p+40).Mul(ln2, bigOf(k))
	r.Sub(x, r)
	r.SetMantExp(r, -halvings)
	// Taylor series of e^r - 1, then (1+t)^(2^halvings).
	sum := newBig(p).Set(r)
	term := newBig(p).Set(r)
	for n := int64(2); ; n++ {
		term.Mul(term, r)
		term.Quo(term, big.NewFloat(float64(n)))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -int(p) {
			break
		}
		sum.Add(sum, term)
	}
	one := big.NewFloat(1)
	sum.Add(sum, one)
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// bigLog returns ln x for x > 0.
func bigLog(x *big.Float, w uint) *big.Float {
	p := w + 64
	m := newBig(p)
	e := x.MantExp(m) // x = m·2^e, m in [0.5, 1)
	m.SetPrec(p)      // MantExp gave m the precision of x
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	// ln m = 2^j ln(m^(1/2^j)): square roots shrink the series argument,
	// but only when m is not close to 1 (they would cost relative accuracy).
	j := 0
	one := big.NewFloat(1)
	if d := newBig(64).Sub(m, one); d.MantExp(nil) > -8 {
		for ; j < 8; j++ {
			m.Sqrt(m)
		}
	}
	num := newBig(p).Sub(m, one)
	den := newBig(p).Add(m, one)
	res := bigAtanhSeries(num.Quo(num, den), p)
	res.SetMantExp(res, j+1)
	if e != 0 {
		t := newBig(p).Mul(bigLn2(p+16), big.NewFloat(float64(e)))
		res.Add(res, t)
	}
	return res
}

// bigAtanhSeries returns atanh(z) = z + z^3/3 + ... at precision p, |z| < 0.2.
func bigAtanhSeries(z *big.Float, p uint) *big.Float {
	sum := newBig(p).Set(z)
	z2 := newBig(p).Mul(z, z)
	pow := newBig(p).Set(z)
	term := newBig(p)
	for n := int64(3); ; n += 2 {
		pow.Mul(pow, z2)
		term.Quo(pow, big.NewFloat(float64(n)))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -int(p) {
			return sum
		}
		sum.Add(sum, term)
	}
}

// bigSinCos returns sin x and cos x for finite x.
func bigSinCos(x float64, w uint) (sin, cos *big.Float) {
	p := w + 64
	_, ex := math.Frexp(x)
	pp := p + 80
	if ex > 0 {
		pp += uint(ex)
	}
	halfPi := newBig(pp).Set(bigPi(pp + 8))
	halfPi.SetMantExp(halfPi, -1)
	X := newBig(pp).SetFloat64(x)
	q := newBig(pp).Quo(X, halfPi)
	if q.Sign() >= 0 {
		q.Add(q, big.NewFloat(0.5))
	} else {
		q.Sub(q, big.NewFloat(0.5))
	}
	k, _ := q.Int(nil) // k = round(x / (pi/2))
	r := newBig(pp).Mul(halfPi, newBig(pp).SetInt(k))
	r.Sub(X, r)
	quadrant := new(big.Int).And(k, big.NewInt(3)).Int64()

	s, c := bigSinCosSeries(r, p)
	switch quadrant {
	case 0:
		return s, c
	case 1:
		return c, s.Neg(s)
	case 2:
		return s.Neg(s), c.Neg(c)
	default:
		return c.Neg(c), s
	}
}

// bigSinCosSeries returns sin r and cos r for |r| <= pi/4 by Taylor series.
func bigSinCosSeries(r *big.Float, p uint) (sin, cos *big.Float) {
	sin = newBig(p).Set(r)
	cos = newBig(p).SetInt64(1)
	if r.Sign() == 0 {
		return sin, cos
	}
	term := newBig(p).Set(r) // ±r^n/n!
	for n := int64(2); ; n++ {
		term.Mul(term, r)
		term.Quo(term, big.NewFloat(float64(n)))
		// |sin r| >= |r|/2 and cos r >= 1/2, so stopping when a term is
		// below 2^-(p+4)·|r| keeps the relative error below 2^-p.
		if term.Sign() == 0 || term.MantExp(nil)-r.MantExp(nil) < -int(p)-4 {
			return sin, cos
		}
		switch n % 4 {
		case 0:
			cos.Add(cos, term)
		case 1:
			sin.Add(sin, term)
		case 2:
			cos.Sub(cos, term)
		case 3:
			sin.Sub(sin, term)
		}
	}
}

// bigAtan returns atan x.
func bigAtan(x *big.Float, w uint) *big.Float {
	const halvings = 5
	p := w + 64
	t := newBig(p).Abs(x)
	one := big.NewFloat(1)
	inv := t.Cmp(one) > 0
	if inv {
		t.Quo(one, t)
	}
	// atan t = 2 atan(t / (1 + sqrt(1 + t^2))).
	u := newBig(p)
	for i := 0; i < halvings; i++ {
		u.Mul(t, t)
		u.Add(u, one)
		u.Sqrt(u)
		u.Add(u, one)
		t.Quo(t, u)
	}
	// atan t = t - t^3/3 + t^5/5 - ...
	sum := newBig(p).Set(t)
	t2 := newBig(p).Mul(t, t)
	t2.Neg(t2)
	pow := newBig(p).Set(t)
	term := newBig(p)
	for n := int64(3); ; n += 2 {
		pow.Mul(pow, t2)
		term.Quo(pow, big.NewFloat(float64(n)))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -int(p) {
			break
		}
		sum.Add(sum, term)
	}
	sum.SetMantExp(sum, halvings)
	if inv {
		halfPi := newBig(p).Set(bigPi(p + 8))
		halfPi.SetMantExp(halfPi, -1)
		sum.Sub(halfPi, sum)
	}
	if x.Sign() < 0 {
		sum.Neg(sum)
	}
	return sum
}
