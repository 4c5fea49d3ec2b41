// fast_test.go: the fast paths against the accurate paths they stand in
// front of, on many arguments (no python3 needed), and their error bounds
// against math/big.

package libm

import (
	"flag"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

var fastN = flag.Int("fast-n", 200000, "arguments per function in TestFastPaths")

// fastPath ties a fast path to the accurate evaluation it must agree with
// whenever it decides the rounding.
type fastPath struct {
	name     string
	eligible func(a, b float64) bool // arguments the fast path is for
	gen      func(r *rand.Rand) (float64, float64)
	fast     func(a, b float64) (float64, bool)
	accurate func(a, b float64) float64
}

// specGen returns the argument generator of the differential test spec name.
func specGen(name string) func(r *rand.Rand) (float64, float64) {
	for _, s := range specs {
		if s.name == name {
			return s.gen
		}
	}
	panic("BUG: no spec " + name)
}

// fastPathList lists every fast path (built when the specs exist).
func fastPathList() []fastPath {
	var fastPaths []fastPath
	for _, w := range []struct {
		name  string
		which int
		fast  func(float64) (float64, bool)
	}{
		{"sin", trigSin, func(a float64) (float64, bool) { return trigRound(sinDD(a, 0)) }},
		{"cos", trigCos, func(a float64) (float64, bool) { return trigRound(sinDD(a, 64)) }},
		{"tan", trigTan, tanFast},
	} {
		fastPaths = append(fastPaths, fastPath{
			name: w.name, gen: specGen(w.name),
			eligible: func(a, _ float64) bool { return trigFastRange(a) },
			fast:     func(a, _ float64) (float64, bool) { return w.fast(a) },
			accurate: func(a, _ float64) float64 { return trigAccurate(a, w.which) },
		})
	}
	logOK := func(a, _ float64) bool { return a > 0 && a != 1 && !math.IsInf(a, 1) }
	fastPaths = append(fastPaths, fastPath{
		name: "log", gen: specGen("log"), eligible: logOK,
		fast: func(a, _ float64) (float64, bool) {
			h, l := logFast(a)
			return roundDD(h, l, math.Abs(h)*logFastErr)
		},
		accurate: func(a, _ float64) float64 { return logAccurate(a) },
	})
	for _, c := range []struct {
		name   string
		ch, cl float64
	}{{"log2", invLn2H, invLn2L}, {"log10", invLn10H, invLn10L}} {
		fastPaths = append(fastPaths, fastPath{
			name: c.name, gen: specGen(c.name), eligible: logOK,
			fast:     func(a, _ float64) (float64, bool) { return logScaledFast(a, c.ch, c.cl) },
			accurate: func(a, _ float64) float64 { return logScaledAccurate(a, c.ch, c.cl) },
		})
	}
	fastPaths = append(fastPaths, fastPath{
		name: "atan", gen: specGen("atan"),
		eligible: func(a, _ float64) bool { return math.Abs(a) >= 0x1p-27 && !math.IsInf(a, 0) },
		fast: func(a, _ float64) (float64, bool) {
			h, l := atanFast(math.Abs(a), 0)
			return roundDD(h, l, h*atanFastErr)
		},
		accurate: func(a, _ float64) float64 { return atanAccurate(math.Abs(a)) },
	}, fastPath{
		name: "atan2", gen: specGen("atan2"),
		eligible: func(a, b float64) bool {
			q := math.Abs(a) / math.Abs(b)
			return q >= 0x1p-900 && q <= 0x1p900 && !math.IsInf(a, 0) && !math.IsInf(b, 0)
		},
		fast:     func(a, b float64) (float64, bool) { return atan2Fast(math.Abs(a), b) },
		accurate: func(a, b float64) float64 { return atan2Accurate(math.Abs(a), b) },
	}, fastPath{
		name: "asin", gen: specGen("asin"),
		eligible: func(a, _ float64) bool { return math.Abs(a) >= 0x1p-26 && math.Abs(a) < 1 },
		fast:     func(a, _ float64) (float64, bool) { return asinFast(math.Abs(a)) },
		accurate: func(a, _ float64) float64 { return asinAccurate(math.Abs(a)) },
	}, fastPath{
		name: "acos", gen: specGen("acos"),
		eligible: func(a, _ float64) bool { return math.Abs(a) >= 0x1p-60 && math.Abs(a) < 1 },
		fast:     func(a, _ float64) (float64, bool) { return acosFast(a) },
		accurate: func(a, _ float64) float64 { return acosAccurate(a) },
	})
	fastPaths = append(fastPaths, fastPath{
		name: "pow", gen: specGen("pow"),
		eligible: func(a, b float64) bool {
			if !(a > 0) || a == 1 || math.IsInf(a, 1) || b != b || math.IsInf(b, 0) || b == 0 || b == 1 || b == 2 || b == 0.5 {
				return false
			}
			t := math.Log(a) * b
			return t > -745 && t < 709.7
		},
		fast: func(a, b float64) (float64, bool) {
			h, l := fastTwoSum(logFast(a))
			return powFast(h, l, b)
		},
		accurate: powAccurate,
	})
	return fastPaths
}

func TestFastPaths(t *testing.T) {
	n := *fastN
	if testing.Short() {
		n = 10000
	}
	for _, p := range fastPathList() {
		t.Run(p.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(3, uint64(len(p.name))))
			// Half the arguments from the differential test's mix, half
			// from a benchmark-like range where the fast path matters.
			bench := oneOf(uniform(-10, 10), positive(-20, 20))
			slow, bad, tried := 0, 0, 0
			for i := 0; i < n; i++ {
				a, b := p.gen(r)
				if i&1 == 0 {
					a, _ = bench(r)
					b, _ = bench(r)
				}
				if !p.eligible(a, b) {
					continue
				}
				tried++
				got, ok := p.fast(a, b)
				if !ok {
					slow++
					continue
				}
				if want := p.accurate(a, b); math.Float64bits(got) != math.Float64bits(want) {
					if bad < 10 {
						t.Errorf("%s(%x, %x): fast path %x, accurate %x", p.name, a, b, got, want)
					}
					bad++
				}
			}
			t.Logf("%s: %d/%d (%.3f%%) not decided by the fast path", p.name, slow, tried, 100*float64(slow)/float64(tried))
		})
	}
}

// relErr returns |(h+l) - v| / |v|.
func relErr(h, l float64, v *big.Float) float64 {
	d := newBig(300).Sub(newBig(300).Add(bigOf(h), bigOf(l)), v)
	d.Quo(d, v)
	f, _ := d.Float64()
	return math.Abs(f)
}

// trigTestArgs returns arguments for TestSinDDError:
// uniform ones, ones at the ends of the reduction interval (|r| near
// pi/256, next to j = ±1 where |S| is twice the result), near multiples
// of pi/128 (tiny r), of every magnitude up to 2^1023.
func trigTestArgs(n int) []float64 {
	r := rand.New(rand.NewPCG(4, 4))
	var xs []float64
	for i := 0; i < n; i++ {
		switch i % 5 {
		case 0:
			xs = append(xs, (2*r.Float64()-1)*math.Ldexp(1, r.IntN(30)-8))
		case 1: // j·pi/128 ± pi/256, j small or large
			j := float64(r.IntN(5) - 2)
			if r.IntN(2) == 0 {
				j = float64(r.Int64N(1 << 25))
			}
			h := 0.5 - 0x1p-30*r.Float64()
			if r.IntN(2) == 0 {
				h = -h
			}
			xs = append(xs, (j+h)*math.Pi/128)
		case 2: // near a multiple of pi/128, or the double nearest n·pi
			j := float64(r.Int64N(1<<25) - 1<<24)
			if r.IntN(2) == 0 {
				xs = append(xs, float64(r.Int64N(1<<18)+1)*math.Pi)
			} else {
				xs = append(xs, j*math.Pi/128*(1+0x1p-50*(2*r.Float64()-1)))
			}
		case 3:
			xs = append(xs, math.Ldexp(1+r.Float64(), 20+r.IntN(1003)))
		case 4:
			xs = append(xs, math.Ldexp(1+r.Float64(), -27-r.IntN(20)))
		}
	}
	return append(xs, 0x1p-27, math.Pi/256, trigSmallMax, math.Nextafter(trigSmallMax, 0), math.MaxFloat64,
		math.Ldexp(6381956970095103, 797))
}

func TestSinDDError(t *testing.T) {
	worst := 0.0
	for _, x := range trigTestArgs(20000) {
		s, c := bigSinCos(x, 250)
		for _, f := range []struct {
			off uint
			v   *big.Float
		}{{0, s}, {64, c}} {
			h, l, rerr := sinDD(x, f.off)
			d, _ := newBig(300).Sub(newBig(300).Add(bigOf(h), bigOf(l)), f.v).Float64()
			v, _ := f.v.Float64()
			// The error beyond rerr, relative to the result.
			e := math.Max(0, math.Abs(d)-rerr) / math.Abs(v)
			if e > worst {
				worst = e
			}
			if e > trigFastErr/2 {
				t.Errorf("sinDD(%x, %d): error 2^%.2f beyond rerr %g", x, f.off, math.Log2(e), rerr)
			}
		}
	}
	t.Logf("sinDD: worst relative error 2^%.2f, bound 2^%.0f", math.Log2(worst), math.Log2(trigFastErr))
}

func TestLogFastError(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	gen := specGen("log")
	worst, worstAbs := 0.0, 0.0
	for i := 0; i < 20000; i++ {
		x, _ := gen(r)
		if i%2 == 0 {
			x = math.Ldexp(1+r.Float64(), r.IntN(40)-20)
		}
		if !(x > 0) || x == 1 || math.IsInf(x, 1) {
			continue
		}
		h, l := logFast(x)
		v := bigLog(bigOf(x), 200)
		worst = math.Max(worst, relErr(h, l, v))
		d, _ := newBig(300).Sub(newBig(300).Add(bigOf(h), bigOf(l)), v).Float64()
		worstAbs = math.Max(worstAbs, math.Abs(d)/logFastAbsErr(h))
	}
	t.Logf("logFast: worst relative error 2^%.2f, bound 2^%.0f; worst absolute error %.3g of its bound",
		math.Log2(worst), math.Log2(logFastErr), worstAbs)
	if worst > logFastErr/2 || worstAbs > 0.5 {
		t.Errorf("logFast error is too close to its bound")
	}
}

func TestAtanFastError(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	worst := 0.0
	for i := 0; i < 20000; i++ {
		x := math.Ldexp(1+r.Float64(), r.IntN(60)-30)
		xl := x * 0x1p-53 * (2*r.Float64() - 1)
		h, l := atanFast(x, xl)
		worst = math.Max(worst, relErr(h, l, bigAtan(newBig(300).Add(bigOf(x), bigOf(xl)), 200)))
	}
	t.Logf("atanFast: worst relative error 2^%.2f, bound 2^%.0f", math.Log2(worst), math.Log2(atanFastErr))
	if worst > atanFastErr/2 {
		t.Errorf("atanFast error 2^%.2f is too close to its bound", math.Log2(worst))
	}
}

func TestExpFastError(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	worst := 0.0
	for i := 0; i < 20000; i++ {
		x := (2*r.Float64() - 1) * 745
		if i%2 == 0 {
			x = math.Ldexp(x, -r.IntN(50))
		}
		xl := x * 0x1p-53 * (2*r.Float64() - 1)
		m, hi, lo := expFast(x, xl)
		v := bigExp(newBig(300).Add(bigOf(x), bigOf(xl)), 200)
		worst = math.Max(worst, relErr(hi, lo, v.SetMantExp(v, -m)))
	}
	t.Logf("expFast: worst relative error 2^%.2f, bound 2^%.0f", math.Log2(worst), math.Log2(expFastErr))
	if worst > expFastErr/2 {
		t.Errorf("expFast error 2^%.2f is too close to its bound", math.Log2(worst))
	}
}

// TestReduceLarge checks the Payne-Hanek reduction on the double nearest
// to a multiple of pi/2 (6381956970095103·2^797, r ≈ 2^-61) and neighbours
// of multiples of pi/2 of every magnitude, against math/big.
func TestReduceLarge(t *testing.T) {
	xs := []float64{math.Ldexp(6381956970095103, 797), -math.Ldexp(6381956970095103, 797), math.MaxFloat64, 0x1p19}
	r := rand.New(rand.NewPCG(8, 8))
	for i := 0; i < 2000; i++ {
		x := math.Ldexp(1+r.Float64(), 19+r.IntN(1005))
		xs = append(xs, x, math.Nextafter(x, 0))
	}
	for _, x := range xs {
		q, rh, rl, err, ok := reduceHalfPiLarge(x)
		bq, brh, brl, _ := reduceHalfPiBig(x)
		if !ok {
			t.Errorf("reduceHalfPiLarge(%x) gave up", x)
			continue
		}
		d := newBig(300).Sub(newBig(300).Add(bigOf(rh), bigOf(rl)), newBig(300).Add(bigOf(brh), bigOf(brl)))
		df, _ := d.Float64()
		if q != bq || math.Abs(df) > err {
			t.Errorf("reduceHalfPiLarge(%x) = %d, %x, %x; math/big gives %d, %x, %x", x, q, rh, rl, bq, brh, brl)
		}
	}
}

// TestSinNearMultiplesOfPi checks the fast path of sin against the
// accurate one on the doubles nearest to n·pi and their neighbours for
// every n with n·pi < trigSmallMax: there r is tiniest and rl largest
// next to rh.
func TestSinNearMultiplesOfPi(t *testing.T) {
	step := 1
	if testing.Short() {
		step = 97
	}
	slow, tried := 0, 0
	for n := 1; float64(n)*math.Pi < trigSmallMax; n += step {
		x := float64(n) * math.Pi
		for _, x := range []float64{math.Nextafter(x, 0), x, math.Nextafter(x, math.Inf(1))} {
			tried++
			got, ok := trigRound(sinDD(x, 0))
			if !ok {
				slow++
				continue
			}
			if want := trigAccurate(x, trigSin); got != want {
				t.Fatalf("sin(%x): fast path %x, accurate %x", x, got, want)
			}
		}
	}
	t.Logf("%d/%d not decided by the fast path", slow, tried)
}
