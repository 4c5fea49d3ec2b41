// cmath.go: the cmath module: complex elementary functions with the
// branch cuts, special values (C99 Annex G) and errors of CPython 3.11.
//
// Finite arguments use the overflow-avoiding formulas from Kahan's
// "Branch cuts for complex elementary functions"; real parts go through
// internal/libm so they round as CPython's glibc calls do. Arguments with
// an infinite or NaN part take the Annex G values. Errors follow the
// errno rules of CPython: a domain error (ValueError "math domain error")
// for log(0), atanh(±1) and the invalid cases of exp/cosh/sinh/tanh/rect,
// a range error (OverflowError "math range error") when finite arguments
// overflow.

package stdlib

import (
	"math"

	"github.com/adderpy/adder/internal/libm"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

const (
	cmLargeDouble    = math.MaxFloat64 / 4
	cmDblMin         = 0x1p-1022 // DBL_MIN, the smallest normal double
	cmLn2            = math.Ln2
	cmScaleUp        = 2*(53/2) + 1 // an odd exponent, so sqrt scales exactly
	cmScaleDown      = -(cmScaleUp + 1) / 2
	cmPiOver2        = math.Pi / 2
	cmPiOver4        = math.Pi / 4
	cmThreePiOver4   = 3 * math.Pi / 4
	cmLn10           = math.Ln10
	cmMantissaDigits = 53
)

var (
	cmSqrtLargeDouble = math.Sqrt(cmLargeDouble)
	cmLogLargeDouble  = math.Log(cmLargeDouble)
	cmSqrtDblMin      = math.Sqrt(cmDblMin)
)

// cmErr is the errno a complex function sets.
type cmErr uint8

const (
	cmOK cmErr = iota
	cmDomain
	cmRange
)

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func realOf(f func(float64) (float64, libm.Err), x float64) float64 {
	r, _ := f(x)
	return r
}

// Real hyperbolic functions, computed as glibc computes them (from exp,
// expm1, log and log1p, which libm rounds correctly) so that results agree
// with CPython to the last bit far more often than Go's math package.

const (
	ln2Over2      = 0.34657359027997264 // ln 2 / 2
	logMaxDouble  = 709.782712893384    // ln(DBL_MAX)
	coshOverflow  = 710.4758600739439   // largest x with cosh(x) finite
	hyperbolicBig = 22                  // exp(-2*22) is below an ulp of 1
)

func rcosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax < ln2Over2:
		t := realOf(libm.Expm1, ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < hyperbolicBig:
		t := cexpR(ax)
		return 0.5*t + 0.5/t
	case ax < logMaxDouble:
		return 0.5 * cexpR(ax)
	case ax <= coshOverflow:
		w := cexpR(0.5 * ax)
		return 0.5 * w * w
	}
	return math.Inf(1)
}

func rsinh(x float64) float64 {
	ax := math.Abs(x)
	h := math.Copysign(0.5, x)
	switch {
	case math.IsNaN(x) || ax < 0x1p-28:
		return x
	case ax < hyperbolicBig:
		t := realOf(libm.Expm1, ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < logMaxDouble:
		return h * cexpR(ax)
	case ax <= coshOverflow:
		w := cexpR(0.5 * ax)
		return h * w * w
	}
	return math.Copysign(math.Inf(1), x)
}

func rtanh(x float64) float64 {
	ax := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= hyperbolicBig:
		z = 1
	case ax >= 1:
		t := realOf(libm.Expm1, 2*ax)
		z = 1 - 2/(t+2)
	default:
		t := realOf(libm.Expm1, -2*ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

func rasinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = clog(ax) + math.Ln2
	case ax > 2:
		w = clog(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = clog1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func clog(x float64) float64   { return realOf(libm.Log, x) }
func clog1p(x float64) float64 { return realOf(libm.Log1p, x) }
func cexpR(x float64) float64  { return realOf(libm.Exp, x) }
func ccos(x float64) float64   { return realOf(libm.Cos, x) }
func csin(x float64) float64   { return realOf(libm.Sin, x) }

// chypot is hypot with a fused-multiply-add correction step (Borges, "An
// improved algorithm for hypot(a, b)", 2019), nearly always correctly
// rounded like glibc's; Go's math.Hypot is off by an ulp more often.
func chypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return nan
	}
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	scale := 0
	switch {
	case x > 0x1p500:
		x, y, scale = math.Ldexp(x, -600), math.Ldexp(y, -600), 600
	case x < 0x1p-500:
		x, y, scale = math.Ldexp(x, 600), math.Ldexp(y, 600), -600
	}
	h := math.Sqrt(math.FMA(x, x, y*y))
	hsq, xsq := h*h, x*x
	e := math.FMA(-y, y, hsq-xsq) + math.FMA(h, h, -hsq) - math.FMA(x, x, -xsq)
	h -= e / (2 * h)
	return math.Ldexp(h, scale)
}
func catan2(y, x float64) float64 {
	r, _ := libm.Atan2(y, x)
	return r
}

var nan = math.NaN()

func inf(sign float64) float64 { return math.Copysign(math.Inf(1), sign) }

// conjSym applies f to z with a non-negative imaginary part and conjugates
// the result back: the functions with f(conj z) = conj f(z) state their
// special values for the upper half plane only.
func conjSym(z complex128, f func(x, y float64) complex128) complex128 {
	x, y := real(z), imag(z)
	if math.Signbit(y) && !math.IsNaN(y) {
		r := f(x, -y)
		return complex(real(r), -imag(r))
	}
	return f(x, y)
}

// ---- sqrt ----

func cmSqrt(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		return conjSym(z, func(x, y float64) complex128 {
			switch {
			case math.IsInf(y, 0):
				return complex(math.Inf(1), y)
			case math.IsNaN(y) && math.IsInf(x, -1):
				return complex(nan, math.Inf(1))
			case math.IsNaN(y) && math.IsInf(x, 1):
				return complex(x, nan)
			case math.IsInf(x, -1):
				return complex(0, math.Inf(1))
			case math.IsInf(x, 1):
				return complex(x, 0)
			}
			return complex(nan, nan)
		}), cmOK
	}
	if x == 0 && y == 0 {
		return complex(0, y), cmOK
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < cmDblMin && ay < cmDblMin {
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+chypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+chypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), cmOK
	}
	return complex(d, math.Copysign(s, y)), cmOK
}

// ---- exp and log ----

func cmExp(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		switch {
		case math.IsInf(x, 0) && isFinite(y) && y != 0:
			if x > 0 {
				r = complex(inf(ccos(y)), inf(csin(y)))
			} else {
				r = complex(math.Copysign(0, ccos(y)), math.Copysign(0, csin(y)))
			}
		case math.IsInf(x, -1) && !isFinite(y):
			r = complex(0, 0)
		default:
			r = conjSym(z, func(x, y float64) complex128 {
				switch {
				case math.IsInf(x, 1) && !isFinite(y):
					return complex(x, nan)
				case math.IsInf(x, 0): // y == 0
					if x > 0 {
						return complex(x, y)
					}
					return complex(0, y)
				case math.IsNaN(x) && y == 0:
					return complex(nan, y)
				}
				return complex(nan, nan)
			})
		}
		if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
			return r, cmDomain
		}
		return r, cmOK
	}
	var re, im float64
	if x > cmLogLargeDouble {
		l := cexpR(x - 1)
		re, im = l*ccos(y)*math.E, l*csin(y)*math.E
	} else {
		l := cexpR(x)
		re, im = l*ccos(y), l*csin(y)
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return complex(re, im), cmRange
	}
	return complex(re, im), cmOK
}

func cmLog(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		return conjSym(z, func(x, y float64) complex128 {
			switch {
			case math.IsInf(x, 0) && math.IsInf(y, 0):
				if x < 0 {
					return complex(y, cmThreePiOver4)
				}
				return complex(y, cmPiOver4)
			case math.IsInf(y, 0) && math.IsNaN(x):
				return complex(y, nan)
			case math.IsInf(y, 0):
				return complex(y, cmPiOver2)
			case math.IsInf(x, 0) && math.IsNaN(y):
				return complex(math.Inf(1), nan)
			case math.IsInf(x, -1):
				return complex(math.Inf(1), math.Pi)
			case math.IsInf(x, 1):
				return complex(x, 0)
			}
			return complex(nan, nan)
		}), cmOK
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		re = clog(chypot(ax/2, ay/2)) + cmLn2
	case ax < cmDblMin && ay < cmDblMin:
		if ax == 0 && ay == 0 {
			return complex(math.Inf(-1), catan2(y, x)), cmDomain
		}
		re = clog(chypot(math.Ldexp(ax, cmMantissaDigits), math.Ldexp(ay, cmMantissaDigits))) - cmMantissaDigits*cmLn2
	default:
		h := chypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			re = clog1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = clog(h)
		}
	}
	return complex(re, catan2(y, x)), cmOK
}

func cmLog10(z complex128) (complex128, cmErr) {
	r, e := cmLog(z)
	return complex(real(r)/cmLn10, imag(r)/cmLn10), e
}

// ---- inverse functions ----

func cmAcos(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		return conjSym(z, func(x, y float64) complex128 {
			// r is acos(conj z) in the lower half plane; its conjugate is
			// acos(z) (the imaginary part of a NaN stays as it is).
			var r complex128
			switch {
			case math.IsInf(x, 0) && math.IsInf(y, 0):
				if x < 0 {
					r = complex(cmThreePiOver4, y)
				} else {
					r = complex(cmPiOver4, y)
				}
			case math.IsInf(y, 0):
				if math.IsNaN(x) {
					r = complex(nan, y)
				} else {
					r = complex(cmPiOver2, y)
				}
			case math.IsInf(x, 0) && math.IsNaN(y):
				r = complex(nan, math.Inf(1))
			case math.IsInf(x, -1):
				r = complex(math.Pi, math.Inf(1))
			case math.IsInf(x, 1):
				r = complex(0, math.Inf(1))
			case math.IsNaN(y) && x == 0:
				r = complex(cmPiOver2, nan)
			default:
				r = complex(nan, nan)
			}
			if math.IsNaN(y) {
				return r
			}
			return complex(real(r), -imag(r))
		}), cmOK
	}
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		re := catan2(math.Abs(y), x)
		var im float64
		if x < 0 {
			im = -math.Copysign(clog(chypot(x/2, y/2))+cmLn2*2, y)
		} else {
			im = math.Copysign(clog(chypot(x/2, y/2))+cmLn2*2, -y)
		}
		return complex(re, im), cmOK
	}
	s1, _ := cmSqrt(complex(1-x, -y))
	s2, _ := cmSqrt(complex(1+x, y))
	re := 2 * catan2(real(s1), real(s2))
	im := rasinh(real(s2)*imag(s1) - imag(s2)*real(s1))
	return complex(re, im), cmOK
}

func cmAcosh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		return conjSym(z, func(x, y float64) complex128 {
			switch {
			case math.IsInf(x, 0) && math.IsInf(y, 0):
				if x < 0 {
					return complex(math.Inf(1), cmThreePiOver4)
				}
				return complex(math.Inf(1), cmPiOver4)
			case math.IsInf(y, 0):
				if math.IsNaN(x) {
					return complex(math.Inf(1), nan)
				}
				return complex(math.Inf(1), cmPiOver2)
			case math.IsInf(x, 0) && math.IsNaN(y):
				return complex(math.Inf(1), nan)
			case math.IsInf(x, -1):
				return complex(math.Inf(1), math.Pi)
			case math.IsInf(x, 1):
				return complex(x, 0)
			}
			return complex(nan, nan)
		}), cmOK
	}
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		return complex(clog(chypot(x/2, y/2))+cmLn2*2, catan2(y, x)), cmOK
	}
	s1, _ := cmSqrt(complex(x-1, y))
	s2, _ := cmSqrt(complex(x+1, y))
	re := rasinh(real(s1)*real(s2) + imag(s1)*imag(s2))
	im := 2 * catan2(imag(s1), real(s2))
	return complex(re, im), cmOK
}

func cmAsinh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		// asinh is odd and conjugate-symmetric: compute in the first
		// quadrant and restore the signs.
		sx, sy := math.Signbit(x) && !math.IsNaN(x), math.Signbit(y) && !math.IsNaN(y)
		ax, ay := x, y
		if sx {
			ax = -x
		}
		if sy {
			ay = -y
		}
		var r complex128
		switch {
		case math.IsInf(ax, 1) && math.IsInf(ay, 1):
			r = complex(ax, cmPiOver4)
		case math.IsInf(ax, 1) && math.IsNaN(ay):
			r = complex(ax, nan)
		case math.IsInf(ax, 1):
			r = complex(ax, 0)
		case math.IsInf(ay, 1) && math.IsNaN(ax):
			r = complex(math.Inf(1), nan)
		case math.IsInf(ay, 1):
			r = complex(math.Inf(1), cmPiOver2)
		case math.IsNaN(ay) && ax == 0:
			r = complex(nan, nan)
		case math.IsNaN(ax) && ay == 0:
			r = complex(nan, 0)
		default:
			r = complex(nan, nan)
		}
		re, im := real(r), imag(r)
		if sx {
			re = -re
		}
		if sy {
			im = -im
		}
		return complex(re, im), cmOK
	}
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		var re float64
		if y >= 0 {
			re = math.Copysign(clog(chypot(x/2, y/2))+cmLn2*2, x)
		} else {
			re = -math.Copysign(clog(chypot(x/2, y/2))+cmLn2*2, -x)
		}
		return complex(re, catan2(y, math.Abs(x))), cmOK
	}
	s1, _ := cmSqrt(complex(1+y, -x))
	s2, _ := cmSqrt(complex(1-y, x))
	re := rasinh(real(s1)*imag(s2) - real(s2)*imag(s1))
	im := catan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))
	return complex(re, im), cmOK
}

// timesI and overI rotate by i and -i: the trigonometric functions are
// the hyperbolic ones of iz.
func timesI(z complex128) complex128 { return complex(-imag(z), real(z)) }
func overI(z complex128) complex128  { return complex(imag(z), -real(z)) }

func cmAsin(z complex128) (complex128, cmErr) {
	r, e := cmAsinh(timesI(z))
	return overI(r), e
}

func cmAtanh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		sx, sy := math.Signbit(x) && !math.IsNaN(x), math.Signbit(y) && !math.IsNaN(y)
		ax, ay := math.Abs(x), math.Abs(y)
		var r complex128
		switch {
		case math.IsInf(ay, 1):
			r = complex(0, cmPiOver2)
		case math.IsInf(ax, 1) && math.IsNaN(y):
			r = complex(0, nan)
		case math.IsInf(ax, 1):
			r = complex(0, cmPiOver2)
		case math.IsNaN(x) && math.IsNaN(y):
			r = complex(nan, nan)
		case math.IsNaN(y) && ax == 0:
			r = complex(0, nan)
		default:
			r = complex(nan, nan)
		}
		re, im := real(r), imag(r)
		if sx {
			re = -re
		}
		if sy {
			im = -im
		}
		if math.IsNaN(y) && math.IsInf(x, 0) {
			im = nan
		}
		return complex(re, im), cmOK
	}
	if x < 0 {
		r, e := cmAtanh(complex(-x, -y))
		return complex(-real(r), -imag(r)), e
	}
	ay := math.Abs(y)
	switch {
	case x > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		h := chypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(cmPiOver2, -y)), cmOK
	case x == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), y), cmDomain
		}
		re := -clog(math.Sqrt(ay) / math.Sqrt(chypot(ay, 2)))
		return complex(re, math.Copysign(catan2(2, -ay)/2, y)), cmOK
	}
	re := clog1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -catan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im), cmOK
}

func cmAtan(z complex128) (complex128, cmErr) {
	r, e := cmAtanh(timesI(z))
	return overI(r), e
}

// ---- hyperbolic functions ----

// hyperbolicSpecial gives cosh (odd false) or sinh (odd true) of a
// non-finite argument, with the domain error CPython reports.
func hyperbolicSpecial(x, y float64, odd bool) (complex128, cmErr) {
	var r complex128
	switch {
	case math.IsInf(x, 0) && isFinite(y) && y != 0:
		// ±inf times cis(y), the signs from cos y and sin y.
		c, s := ccos(y), csin(y)
		if odd {
			r = complex(math.Copysign(math.Inf(1), c)*math.Copysign(1, x), math.Copysign(math.Inf(1), s))
		} else {
			r = complex(math.Copysign(math.Inf(1), c), math.Copysign(math.Inf(1), s)*math.Copysign(1, x))
		}
	case math.IsInf(x, 0) && y == 0:
		if odd {
			r = complex(x, y)
		} else {
			r = complex(math.Inf(1), y*math.Copysign(1, x))
		}
	case math.IsInf(x, 0) && math.IsNaN(y):
		r = complex(math.Inf(1), nan)
	case math.IsInf(x, 0): // y infinite
		if odd {
			r = complex(x, nan)
		} else {
			r = complex(math.Inf(1), nan)
		}
	case x == 0 && !isFinite(y):
		if odd {
			r = complex(0, nan)
		} else {
			r = complex(nan, 0)
		}
	case math.IsNaN(x) && y == 0:
		if odd {
			r = complex(nan, y)
		} else {
			r = complex(nan, 0)
		}
	default:
		r = complex(nan, nan)
	}
	if math.IsInf(y, 0) && !math.IsNaN(x) {
		return r, cmDomain
	}
	return r, cmOK
}

func cmCosh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		return hyperbolicSpecial(x, y, false)
	}
	var re, im float64
	if math.Abs(x) > cmLogLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = ccos(y) * rcosh(xm1) * math.E
		im = csin(y) * rsinh(xm1) * math.E
	} else {
		re = ccos(y) * rcosh(x)
		im = csin(y) * rsinh(x)
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return complex(re, im), cmRange
	}
	return complex(re, im), cmOK
}

func cmSinh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		return hyperbolicSpecial(x, y, true)
	}
	var re, im float64
	if math.Abs(x) > cmLogLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = ccos(y) * rsinh(xm1) * math.E
		im = csin(y) * rcosh(xm1) * math.E
	} else {
		re = ccos(y) * rsinh(x)
		im = csin(y) * rcosh(x)
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return complex(re, im), cmRange
	}
	return complex(re, im), cmOK
}

func cmTanh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		switch {
		case math.IsInf(x, 0) && isFinite(y):
			r = complex(math.Copysign(1, x), math.Copysign(0, 2*csin(y)*ccos(y)))
		case math.IsInf(x, 0):
			r = complex(math.Copysign(1, x), 0)
		case math.IsNaN(x) && y == 0:
			r = complex(nan, y)
		default:
			r = complex(nan, nan)
		}
		if math.IsInf(y, 0) && isFinite(x) {
			return r, cmDomain
		}
		return r, cmOK
	}
	if math.Abs(x) > cmLogLargeDouble {
		return complex(math.Copysign(1, x), 4*csin(y)*ccos(y)*cexpR(-2*math.Abs(x))), cmOK
	}
	tx := rtanh(x)
	ty := realOf(libm.Tan, y)
	cx := 1 / rcosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), cmOK
}

func cmCos(z complex128) (complex128, cmErr) { return cmCosh(timesI(z)) }

func cmSin(z complex128) (complex128, cmErr) {
	r, e := cmSinh(timesI(z))
	return overI(r), e
}

func cmTan(z complex128) (complex128, cmErr) {
	r, e := cmTanh(timesI(z))
	return overI(r), e
}

// ---- arguments and wrappers ----

// toComplex converts an argument as PyComplex_AsCComplex does.
func toComplex(t *object.Thread, v object.Value) (complex128, error) {
	if v.IsFloat() {
		return complex(v.AsFloat(), 0), nil
	}
	if c, ok := object.AsComplex(v); ok {
		return c, nil
	}
	if f := v.Type().Lookup(object.Intern("__complex__")); !f.IsNull() {
		r, _, err := object.CallMethod(t, v, object.Intern("__complex__"))
		if err != nil {
			return 0, err
		}
		c, ok := object.AsComplex(r)
		if !ok {
			return 0, object.Errorf(object.TypeError, "__complex__ returned non-complex (type %s)", r.Type().Name)
		}
		return c, nil
	}
	x, err := toFloat(t, v)
	return complex(x, 0), err
}

func cmathError(e cmErr) error {
	if e == cmDomain {
		return object.NewError(object.ValueError, "math domain error")
	}
	return object.NewError(object.OverflowError, "math range error")
}

func cmath1(name string, f func(complex128) (complex128, cmErr)) object.MethodDef {
	qual := "cmath." + name
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := oneArg(qual, args, kw); err != nil {
			return object.Null, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return object.Null, err
		}
		r, e := f(z)
		if e != cmOK {
			return object.Null, cmathError(e)
		}
		return object.NewComplex(r), nil
	}}
}

// complexQuotient divides as CPython's complex division does (Smith's
// method, with its NaN and infinity handling).
func complexQuotient(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	return complex(nan, nan), true
}

func cmathLog(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := clinicArity("cmath.log", args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	z, err := toComplex(t, args[0])
	if err != nil {
		return object.Null, err
	}
	r, e := cmLog(z)
	if len(args) == 2 && e == cmOK {
		b, err := toComplex(t, args[1])
		if err != nil {
			return object.Null, err
		}
		var lb complex128
		if lb, e = cmLog(b); e == cmOK {
			var ok bool
			if r, ok = complexQuotient(r, lb); !ok {
				e = cmDomain // CPython's c_quot sets EDOM on a zero divisor
			}
		}
	}
	if e != cmOK {
		return object.Null, cmathError(e)
	}
	return object.NewComplex(r), nil
}

func cmathPhase(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("cmath.phase", args, kw); err != nil {
		return object.Null, err
	}
	z, err := toComplex(t, args[0])
	if err != nil {
		return object.Null, err
	}
	return object.Float(catan2(imag(z), real(z))), nil
}

func cmathPolar(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("cmath.polar", args, kw); err != nil {
		return object.Null, err
	}
	z, err := toComplex(t, args[0])
	if err != nil {
		return object.Null, err
	}
	r := chypot(real(z), imag(z))
	if math.IsInf(r, 0) && isFinite(real(z)) && isFinite(imag(z)) {
		return object.Null, cmathError(cmRange)
	}
	return object.NewTuple(object.Float(r), object.Float(catan2(imag(z), real(z)))).AsValue(), nil
}

func cmRect(r, phi float64) (complex128, cmErr) {
	if !isFinite(r) || !isFinite(phi) {
		var z complex128
		switch {
		case math.IsInf(r, 0) && isFinite(phi) && phi != 0:
			c, s := inf(ccos(phi)), inf(csin(phi))
			if r < 0 {
				c, s = -c, -s
			}
			z = complex(c, s)
		case math.IsInf(r, 0) && phi == 0:
			z = complex(r, phi*math.Copysign(1, r))
		case math.IsInf(r, 0):
			z = complex(math.Inf(1), nan)
		case math.IsNaN(r) && phi == 0:
			z = complex(nan, 0)
		case r == 0 && !isFinite(phi):
			z = complex(0, 0)
		default:
			z = complex(nan, nan)
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, cmDomain
		}
		return z, cmOK
	}
	if phi == 0 {
		// Keep the sign of zero: r*sin(phi) would give -0 for r < 0.
		return complex(r, r*phi), cmOK
	}
	return complex(r*ccos(phi), r*csin(phi)), cmOK
}

func cmathRect(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := clinicArity("cmath.rect", args, kw, 2, 2); err != nil {
		return object.Null, err
	}
	r, err := toFloat(t, args[0])
	if err != nil {
		return object.Null, err
	}
	phi, err := toFloat(t, args[1])
	if err != nil {
		return object.Null, err
	}
	z, e := cmRect(r, phi)
	if e != cmOK {
		return object.Null, cmathError(e)
	}
	return object.NewComplex(z), nil
}

func cmathPredicate(name string, f func(x, y float64) bool) object.MethodDef {
	qual := "cmath." + name
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := oneArg(qual, args, kw); err != nil {
			return object.Null, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return object.Null, err
		}
		return object.Bool(f(real(z), imag(z))), nil
	}}
}

func cmathIsclose(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [4]object.Value
	if err := object.ParseArgs("isclose", args, kw, []string{"a", "b", "rel_tol", "abs_tol"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	x, err := toComplex(t, a[0])
	if err != nil {
		return object.Null, err
	}
	y, err := toComplex(t, a[1])
	if err != nil {
		return object.Null, err
	}
	relTol, absTol := 1e-9, 0.0
	if !a[2].IsNull() {
		if relTol, err = toFloat(t, a[2]); err != nil {
			return object.Null, err
		}
	}
	if !a[3].IsNull() {
		if absTol, err = toFloat(t, a[3]); err != nil {
			return object.Null, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return object.Null, object.NewError(object.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return object.True, nil
	}
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) || math.IsInf(real(y), 0) || math.IsInf(imag(y), 0) {
		return object.False, nil
	}
	diff := chypot(real(x)-real(y), imag(x)-imag(y))
	ax, ay := chypot(real(x), imag(x)), chypot(real(y), imag(y))
	return object.Bool(diff <= relTol*ay || diff <= relTol*ax || diff <= absTol), nil
}

func cmathMethods() []object.MethodDef {
	return []object.MethodDef{
		cmath1("acos", cmAcos), cmath1("acosh", cmAcosh), cmath1("asin", cmAsin),
		cmath1("asinh", cmAsinh), cmath1("atan", cmAtan), cmath1("atanh", cmAtanh),
		cmath1("cos", cmCos), cmath1("cosh", cmCosh), cmath1("exp", cmExp),
		cmath1("log10", cmLog10), cmath1("sin", cmSin), cmath1("sinh", cmSinh),
		cmath1("sqrt", cmSqrt), cmath1("tan", cmTan), cmath1("tanh", cmTanh),
		{Name: "log", Fn: cmathLog, Doc: "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z."},
		{Name: "phase", Fn: cmathPhase, Doc: "Return argument, also known as the phase angle, of a complex."},
		{Name: "polar", Fn: cmathPolar, Doc: "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle."},
		{Name: "rect", Fn: cmathRect, Doc: "Convert from polar coordinates to rectangular coordinates."},
		cmathPredicate("isfinite", func(x, y float64) bool { return isFinite(x) && isFinite(y) }),
		cmathPredicate("isinf", func(x, y float64) bool { return math.IsInf(x, 0) || math.IsInf(y, 0) }),
		cmathPredicate("isnan", func(x, y float64) bool { return math.IsNaN(x) || math.IsNaN(y) }),
		{Name: "isclose", Fn: cmathIsclose, Doc: "Determine whether two complex numbers are close in value."},
	}
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "cmath",
		Doc:         "This module provides access to mathematical functions for complex\nnumbers.",
		MakeMethods: cmathMethods,
		Init: func(_ *interp.Thread, m *interp.Module) error {
			d := m.Dict()
			for _, c := range []struct {
				name string
				v    object.Value
			}{
				{"pi", object.Float(math.Pi)}, {"e", object.Float(math.E)}, {"tau", object.Float(2 * math.Pi)},
				{"inf", object.Float(math.Inf(1))}, {"nan", object.Float(math.NaN())},
				{"infj", object.NewComplex(complex(0, math.Inf(1)))}, {"nanj", object.NewComplex(complex(0, math.NaN()))},
			} {
				d.SetStr(object.Intern(c.name), c.v)
			}
			return nil
		},
	})
}
