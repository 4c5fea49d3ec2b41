// glibcexp.go: e^x as glibc 2.36 computes it on x86-64 with FMA (the
// ifunc variant CPython gets on this hardware), for the functions that
// reproduce glibc's rounding errors and so must see its exp exactly.
//
// Method (Szabolcs Nagy's, from ARM's optimized routines): x = k·ln2/128 + r,
// |r| <= ln2/256, e^x = 2^(k/128)·(1 + tail + (e^r - 1)) with 2^(k/128) =
// H·(1+T) from exp2Table128 and e^r - 1 from a degree-5 polynomial. The
// multiply-adds are fused where GCC fuses them for that variant.

package libm

import "math"

const (
	glibcExpInvLn2N = 0x1.71547652b82fep0 * 128
	glibcExpLn2HiN  = 0x1.62e42fefa0000p-8
	glibcExpLn2LoN  = 0x1.cf79abc9e3b3ap-47
	glibcExpShift   = 0x1.8p52
	glibcExpC2      = 0x1.ffffffffffdbdp-2
	glibcExpC3      = 0x1.555555555543cp-3
	glibcExpC4      = 0x1.55555cf172b91p-5
	glibcExpC5      = 0x1.1111167a4d017p-7
)

// glibcExp returns glibc's exp(x); overflow gives +Inf, underflow 0.
func glibcExp(x float64) float64 {
	abstop := math.Float64bits(x) >> 52 & 0x7ff
	special := false
	if abstop-0x3c9 >= 0x408-0x3c9 { // |x| < 2^-54 or |x| >= 512 (unsigned wrap)
		if abstop < 0x3c9 {
			return 1 + x
		}
		if abstop >= 0x409 { // |x| >= 1024
			switch {
			case math.IsInf(x, -1):
				return 0
			case abstop == 0x7ff:
				return 1 + x
			case x < 0:
				return 0
			}
			return math.Inf(1)
		}
		special = true
	}
	kd := math.FMA(glibcExpInvLn2N, x, glibcExpShift)
	ki := math.Float64bits(kd)
	kd -= glibcExpShift
	r := math.FMA(kd, -glibcExpLn2LoN, math.FMA(kd, -glibcExpLn2HiN, x))
	e := &exp2Table128[ki%128]
	tail := e[1]
	sbits := math.Float64bits(e[0]) + (ki-ki%128)<<45
	r2 := r * r
	tmp := math.FMA(r2*r2, math.FMA(r, glibcExpC5, glibcExpC4),
		math.FMA(r2, math.FMA(r, glibcExpC3, glibcExpC2), tail+r))
	if special {
		return glibcExpSpecial(tmp, sbits, ki)
	}
	scale := math.Float64frombits(sbits)
	return math.FMA(scale, tmp, scale)
}

// glibcExpSpecial finishes glibcExp for |x| >= 512, where scale's exponent
// may have overflowed (k > 0) or the result is subnormal (k < 0).
func glibcExpSpecial(tmp float64, sbits, ki uint64) float64 {
	if ki&0x80000000 == 0 {
		scale := math.Float64frombits(sbits - 1009<<52)
		return 0x1p1009 * math.FMA(scale, tmp, scale)
	}
	// scale·tmp is shared with the branch below, so GCC does not fuse it.
	scale := math.Float64frombits(sbits + 1022<<52)
	st := scale * tmp
	y := scale + st
	if y < 1.0 {
		// Round to the subnormal precision once, not twice.
		lo := scale - y + st
		hi := 1.0 + y
		lo = 1.0 - hi + y + lo
		y = (hi + lo) - 1.0
		if y == 0 {
			y = 0
		}
	}
	return 0x1p-1022 * y
}

const (
	glibcExp2Shift = 0x1.8p52 / 128
	glibcExp2C1    = 0x1.62e42fefa39efp-1
	glibcExp2C2    = 0x1.ebfbdff82c424p-3
	glibcExp2C3    = 0x1.c6b08d70cf4b5p-5
	glibcExp2C4    = 0x1.3b2abd24650ccp-7
	glibcExp2C5    = 0x1.5d7e09b4e3a84p-10
)

// glibcExp2 returns glibc's exp2(x): x = k/128 + r, |r| <= 1/256, and
// 2^x = 2^(k/128)·2^r as in glibcExp. glibc has no FMA variant of exp2,
// so nothing is fused.
func glibcExp2(x float64) float64 {
	abstop := math.Float64bits(x) >> 52 & 0x7ff
	special := false
	if abstop-0x3c9 >= 0x408-0x3c9 { // |x| < 2^-54 or |x| >= 512
		if abstop < 0x3c9 {
			return 1 + x
		}
		if abstop >= 0x409 { // |x| >= 1024
			switch {
			case math.IsInf(x, -1):
				return 0
			case abstop == 0x7ff:
				return 1 + x
			case x > 0:
				return math.Inf(1)
			case x <= -1075:
				return 0
			}
		}
		special = math.Abs(x) > 928
	}
	kd := x + glibcExp2Shift
	ki := math.Float64bits(kd)
	kd -= glibcExp2Shift
	r := x - kd
	e := &exp2Table128[ki%128]
	sbits := math.Float64bits(e[0]) + (ki-ki%128)<<45
	r2 := r * r
	tmp := e[1] + r*glibcExp2C1 + r2*(glibcExp2C2+r*glibcExp2C3) + r2*r2*(glibcExp2C4+r*glibcExp2C5)
	if special {
		return glibcExp2Special(tmp, sbits, ki)
	}
	scale := math.Float64frombits(sbits)
	return scale + scale*tmp
}

// glibcExp2Special finishes glibcExp2 for |x| > 928.
func glibcExp2Special(tmp float64, sbits, ki uint64) float64 {
	if ki&0x80000000 == 0 {
		scale := math.Float64frombits(sbits - 1<<52)
		return 2 * (scale + scale*tmp)
	}
	scale := math.Float64frombits(sbits + 1022<<52)
	st := scale * tmp
	y := scale + st
	if y < 1.0 {
		lo := scale - y + st
		hi := 1.0 + y
		lo = 1.0 - hi + y + lo
		y = (hi + lo) - 1.0
		if y == 0 {
			y = 0
		}
	}
	return 0x1p-1022 * y
}
