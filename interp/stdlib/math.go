// math.go: the math module (CPython 3.11's, without 3.12's sumprod).

package stdlib

import (
	"math"
	"math/big"
	"math/bits"
	"strings"

	"github.com/adderpy/adder/internal/libm"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "math",
		Doc:         "This module provides access to the mathematical functions\ndefined by the C standard.",
		MakeMethods: mathMethods,
		Init: func(_ *interp.Thread, m *interp.Module) error {
			d := m.Dict()
			d.SetStr(object.Intern("pi"), object.Float(math.Pi))
			d.SetStr(object.Intern("e"), object.Float(math.E))
			d.SetStr(object.Intern("tau"), object.Float(2*math.Pi))
			d.SetStr(object.Intern("inf"), object.Float(math.Inf(1)))
			d.SetStr(object.Intern("nan"), object.Float(math.NaN()))
			return nil
		},
	})
}

// mathError turns a libm error kind into the exception CPython raises.
func mathError(e libm.Err) error {
	if e == libm.RangeError {
		return object.NewError(object.OverflowError, "math range error")
	}
	return object.NewError(object.ValueError, "math domain error")
}

func errDomain() error { return mathError(libm.DomainError) }

// toFloat converts a math function argument as PyFloat_AsDouble does, with
// the math module's message for non-numbers. Floats and small ints take a
// path that neither allocates nor calls.
func toFloat(t *object.Thread, v object.Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	if v.IsInt() {
		return float64(v.AsInt()), nil
	}
	typ := v.Type()
	if typ.Float == nil && typ.Index == nil {
		if _, ok := object.AsFloat64(v); !ok {
			return 0, object.Errorf(object.TypeError, "must be real number, not %s", typ.TpName())
		}
	}
	return object.ToFloat(t, v)
}

// oneArg checks the arity of a one-argument (METH_O) function.
func oneArg(name string, args []object.Value, kwnames *object.Tuple) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return object.Errorf(object.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return object.Errorf(object.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// clinicArity checks the arity of a positional-only function with
// Argument Clinic's messages ("atan2 expected 2 arguments, got 1").
//
// qualName may be module-qualified ("math.ldexp"): CPython's call machinery
// names the module in the keyword error, Argument Clinic's count errors
// name the function alone.
func clinicArity(qualName string, args []object.Value, kwnames *object.Tuple, min, max int) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return object.Errorf(object.TypeError, "%s() takes no keyword arguments", qualName)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	name := qualName[strings.LastIndexByte(qualName, '.')+1:]
	switch {
	case min == max:
		return object.Errorf(object.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return object.Errorf(object.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return object.Errorf(object.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

// parseTupleArity checks the arity of a function that CPython parses with
// PyArg_ParseTuple, with its messages ("gmtime() takes at most 1 argument
// (2 given)").
func parseTupleArity(name string, args []object.Value, kwnames *object.Tuple, min, max int) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return object.Errorf(object.TypeError, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	how, want := "", 0
	switch {
	case n >= min && n <= max:
		return nil
	case min == max:
		how, want = "exactly", min
	case n < min:
		how, want = "at least", min
	default:
		how, want = "at most", max
	}
	return object.Errorf(object.TypeError, "%s() takes %s %d argument%s (%d given)", name, how, want, plural(want), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// floatFuncs are the math module's functions of one float (made by
// math1), by name.
var floatFuncs = map[string]func(float64) (float64, libm.Err){
	"acos":    libm.Acos,
	"acosh":   libm.Acosh,
	"asin":    libm.Asin,
	"asinh":   libm.Asinh,
	"atan":    libm.Atan,
	"atanh":   libm.Atanh,
	"cbrt":    libm.Cbrt,
	"cos":     libm.Cos,
	"cosh":    libm.Cosh,
	"degrees": exact(mathDegrees),
	"erf":     libm.Erf,
	"erfc":    libm.Erfc,
	"exp":     libm.Exp,
	"exp2":    libm.Exp2,
	"expm1":   libm.Expm1,
	"fabs":    exact(math.Abs),
	"gamma":   libm.Gamma,
	"lgamma":  libm.Lgamma,
	"log1p":   libm.Log1p,
	"radians": exact(mathRadians),
	"sin":     libm.Sin,
	"sinh":    libm.Sinh,
	"sqrt":    libm.Sqrt,
	"tan":     libm.Tan,
	"tanh":    libm.Tanh,
	"ulp":     exact(mathUlp),
}

// FloatFunc returns the function of a float that math.<name> computes
// once its argument is a float (libm.Sin for "sin"), or nil: the JIT
// calls it without the module function's argument handling.
func FloatFunc(name string) func(float64) (float64, libm.Err) { return floatFuncs[name] }

// math1 makes the one-argument function name of floatFuncs.
func math1(name string) object.NativeFunc {
	qual := "math." + name
	f := floatFuncs[name]
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if len(args) != 1 || kwnames != nil {
			if err := oneArg(qual, args, kwnames); err != nil {
				return object.Null, err
			}
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return object.Null, err
		}
		r, e := f(x)
		if e != libm.OK {
			return object.Null, mathError(e)
		}
		return object.Float(r), nil
	}
}

// math2 makes a two-argument function from a libm function.
func math2(name string, f func(x, y float64) (float64, libm.Err)) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if len(args) != 2 || kwnames != nil {
			if err := clinicArity("math."+name, args, kwnames, 2, 2); err != nil {
				return object.Null, err
			}
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return object.Null, err
		}
		y, err := toFloat(t, args[1])
		if err != nil {
			return object.Null, err
		}
		r, e := f(x, y)
		if e != libm.OK {
			return object.Null, mathError(e)
		}
		return object.Float(r), nil
	}
}

// exact wraps a function that cannot fail.
func exact(f func(float64) float64) func(float64) (float64, libm.Err) {
	return func(x float64) (float64, libm.Err) { return f(x), libm.OK }
}

// predicate makes isfinite, isinf and isnan.
func predicate(name string, f func(float64) bool) object.NativeFunc {
	qual := "math." + name
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if err := oneArg(qual, args, kwnames); err != nil {
			return object.Null, err
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return object.Null, err
		}
		return object.Bool(f(x)), nil
	}
}

// callSpecial calls the special method name of v's type on v; found is
// false when the type has none.
func callSpecial(t *object.Thread, v object.Value, name *object.Str, args ...object.Value) (r object.Value, found bool, err error) {
	attr := v.Type().Lookup(name)
	if attr.IsNull() {
		return object.Null, false, nil
	}
	if get := attr.Type().DescrGet; get != nil {
		if attr, err = get(t, attr, v, v.Type()); err != nil {
			return object.Null, true, err
		}
		r, err = object.Call(t, attr, nil, nil)
		return r, true, err
	}
	r, err = object.Call(t, attr, append([]object.Value{v}, args...), nil)
	return r, true, err
}

var (
	strFloor = object.Intern("__floor__")
	strCeil  = object.Intern("__ceil__")
	strTrunc = object.Intern("__trunc__")
)

// rounding makes floor and ceil: exact ints are returned as they are,
// exact floats rounded directly, anything else goes through its special
// method or, lacking one, through float.
func rounding(name string, special *object.Str, f func(float64) float64) object.NativeFunc {
	qual := "math." + name
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if len(args) != 1 || kwnames != nil {
			if err := oneArg(qual, args, kwnames); err != nil {
				return object.Null, err
			}
		}
		v := args[0]
		if v.IsFloat() {
			return object.FloatToInt(f(v.AsFloat()))
		}
		if v.IsInt() || v.Type() == object.IntType {
			return v, nil
		}
		if r, found, err := callSpecial(t, v, special); found {
			return r, err
		}
		x, err := toFloat(t, v)
		if err != nil {
			return object.Null, err
		}
		return object.FloatToInt(f(x))
	}
}

func mathTrunc(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := oneArg("math.trunc", args, kwnames); err != nil {
		return object.Null, err
	}
	v := args[0]
	if v.IsFloat() {
		return object.FloatToInt(math.Trunc(v.AsFloat()))
	}
	r, found, err := callSpecial(t, v, strTrunc)
	if !found {
		return object.Null, object.Errorf(object.TypeError, "type %s doesn't define __trunc__ method", v.Type().Name)
	}
	return r, err
}

// bigToFrexp returns m, e with n == m * 2**e (m correctly rounded,
// 0.5 <= m < 1) for a positive int n, as CPython's _PyLong_Frexp.
func bigToFrexp(n *big.Int) (float64, int) {
	f := new(big.Float).SetInt(n)
	var mant big.Float
	e := f.MantExp(&mant)
	m, _ := mant.Float64()
	if m == 1 {
		return 0.5, e + 1
	}
	return m, e
}

// logOf is CPython's loghelper: f applied to v, where v may be an int too
// large for a float.
func logOf(t *object.Thread, v object.Value, f func(float64) (float64, libm.Err)) (float64, error) {
	if !v.IsFloat() && !v.IsInt() {
		if b, ok := object.AsBigInt(v); ok {
			if b.Sign() <= 0 {
				return 0, errDomain()
			}
			if b.BitLen() > 1024 {
				m, e := bigToFrexp(b)
				lm, _ := f(m)
				l2, _ := f(2)
				return lm + float64(l2*float64(e)), nil
			}
			x, _ := new(big.Float).SetInt(b).Float64()
			r, err := f(x)
			if err != libm.OK {
				return 0, mathError(err)
			}
			return r, nil
		}
	} else if v.IsInt() && v.AsInt() <= 0 {
		return 0, errDomain()
	}
	x, err := toFloat(t, v)
	if err != nil {
		return 0, err
	}
	r, e := f(x)
	if e != libm.OK {
		return 0, mathError(e)
	}
	return r, nil
}

// logFunc makes log2 and log10.
func logFunc(name string, f func(float64) (float64, libm.Err)) object.NativeFunc {
	qual := "math." + name
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if err := oneArg(qual, args, kwnames); err != nil {
			return object.Null, err
		}
		r, err := logOf(t, args[0], f)
		if err != nil {
			return object.Null, err
		}
		return object.Float(r), nil
	}
}

func mathLog(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if len(args) < 1 || len(args) > 2 || kwnames != nil {
		if kwnames != nil && len(kwnames.Items) > 0 {
			return object.Null, object.NewError(object.TypeError, "log() takes no keyword arguments")
		}
		return object.Null, object.NewError(object.TypeError, "math.log requires 1 to 2 arguments")
	}
	num, err := logOf(t, args[0], libm.Log)
	if err != nil {
		return object.Null, err
	}
	if len(args) == 1 {
		return object.Float(num), nil
	}
	den, err := logOf(t, args[1], libm.Log)
	if err != nil {
		return object.Null, err
	}
	return object.FloatTrueDiv(num, den)
}

func mathPow(x, y float64) (float64, libm.Err) { return libm.Pow(x, y) }

func mathCopysign(x, y float64) (float64, libm.Err) { return math.Copysign(x, y), libm.OK }

func mathNextafter(x, y float64) (float64, libm.Err) { return math.Nextafter(x, y), libm.OK }

// mathRemainder is IEEE 754 remainder with CPython's error rules.
func mathRemainder(x, y float64) (float64, libm.Err) {
	switch {
	case math.IsNaN(x):
		return x, libm.OK
	case math.IsNaN(y):
		return y, libm.OK
	case math.IsInf(x, 0) || y == 0:
		return math.NaN(), libm.DomainError
	case math.IsInf(y, 0):
		return x, libm.OK
	}
	return math.Remainder(x, y), libm.OK
}

func mathUlp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Abs(x)
	}
	x = math.Abs(x)
	up := math.Nextafter(x, math.Inf(1))
	if math.IsInf(up, 0) {
		return x - math.Nextafter(x, math.Inf(-1))
	}
	return up - x
}

func mathFrexp(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := oneArg("math.frexp", args, kwnames); err != nil {
		return object.Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return object.Null, err
	}
	m, e := math.Frexp(x)
	return object.NewTuple(object.Float(m), object.Int(int64(e))).AsValue(), nil
}

func mathLdexp(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := clinicArity("math.ldexp", args, kwnames, 2, 2); err != nil {
		return object.Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return object.Null, err
	}
	b, ok := object.AsBigInt(args[1])
	if !ok {
		return object.Null, object.NewError(object.TypeError, "Expected an int as second argument to ldexp.")
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return object.Float(x), nil
	}
	if !b.IsInt64() || b.Int64() > math.MaxInt32 {
		if b.Sign() > 0 {
			return object.Null, mathError(libm.RangeError)
		}
		return object.Float(math.Copysign(0, x)), nil
	}
	e := b.Int64()
	if e < math.MinInt32 {
		return object.Float(math.Copysign(0, x)), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return object.Null, mathError(libm.RangeError)
	}
	return object.Float(r), nil
}

func mathModf(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := oneArg("math.modf", args, kwnames); err != nil {
		return object.Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return object.Null, err
	}
	var ip, fp float64
	switch {
	case math.IsInf(x, 0):
		ip, fp = x, math.Copysign(0, x)
	case math.IsNaN(x):
		ip, fp = x, x
	default:
		ip, fp = math.Modf(x)
	}
	return object.NewTuple(object.Float(fp), object.Float(ip)).AsValue(), nil
}

// vectorNorm is the Euclidean norm of vec, whose largest magnitude is max
// (all finite unless max is infinite), computed as CPython 3.11 does so that
// results agree to the bit: the coordinates are scaled by a power of two
// near 1/max, each square is split exactly into a high and a low part
// (Veltkamp splitting), the parts are summed with error compensation, and
// the square root gets one Newton-style correction step.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const split = 134217729.0 // 2**27 + 1
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxExp := math.Frexp(max)
	if maxExp < -1023 {
		for i := range vec {
			vec[i] /= minNormal
		}
		return minNormal * vectorNorm(vec, max/minNormal, false)
	}
	scale := math.Ldexp(1, -maxExp)
	sum, comp1, comp2, comp3 := 1.0, 0.0, 0.0, 0.0
	// add accumulates x into sum, keeping the rounding error in *comp.
	add := func(x float64, comp *float64) {
		old := sum
		sum += x
		*comp += (old - sum) + x
	}
	for _, x := range vec {
		x *= scale
		s := float64(x * split)
		hi := s - (s - x)
		lo := x - hi
		add(float64(hi*hi), &comp1)
		add(float64(2*hi*lo), &comp2)
		comp3 += float64(lo * lo)
	}
	h := math.Sqrt(sum - 1 + (comp1 + comp2 + comp3))
	s := float64(h * split)
	hi := s - (s - h)
	lo := h - hi
	add(float64(-hi*hi), &comp1)
	add(float64(-2*hi*lo), &comp2)
	add(float64(-lo*lo), &comp3)
	x := sum - 1 + (comp1 + comp2 + comp3)
	return (h + x/(2*h)) / scale
}

const minNormal = 0x1p-1022

// normInput converts coordinates for hypot and dist, tracking the largest
// magnitude and NaNs.
type normInput struct {
	buf      [8]float64
	vec      []float64
	max      float64
	foundNaN bool
}

func (n *normInput) add(x float64) {
	x = math.Abs(x)
	n.vec = append(n.vec, x)
	n.foundNaN = n.foundNaN || math.IsNaN(x)
	if x > n.max {
		n.max = x
	}
}

func (n *normInput) norm() float64 { return vectorNorm(n.vec, n.max, n.foundNaN) }

func mathHypot(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("math.hypot", kwnames); err != nil {
		return object.Null, err
	}
	var in normInput
	in.vec = in.buf[:0]
	for _, a := range args {
		x, err := toFloat(t, a)
		if err != nil {
			return object.Null, err
		}
		in.add(x)
	}
	return object.Float(in.norm()), nil
}

func mathDist(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := clinicArity("math.dist", args, kwnames, 2, 2); err != nil {
		return object.Null, err
	}
	var pts [2][]object.Value
	for i, a := range args {
		if tu, ok := a.AsTuple(); ok {
			pts[i] = tu.Items
			continue
		}
		items, err := object.Collect(t, a)
		if err != nil {
			return object.Null, err
		}
		pts[i] = items
	}
	if len(pts[0]) != len(pts[1]) {
		return object.Null, object.NewError(object.ValueError, "both points must have the same number of dimensions")
	}
	var in normInput
	in.vec = in.buf[:0]
	for i := range pts[0] {
		p, err := toFloat(t, pts[0][i])
		if err != nil {
			return object.Null, err
		}
		q, err := toFloat(t, pts[1][i])
		if err != nil {
			return object.Null, err
		}
		in.add(p - q)
	}
	return object.Float(in.norm()), nil
}

// mathFsum is Shewchuk's exactly rounded summation (the algorithm of
// CPython's fsum, Raymond Hettinger's msum recipe): partials holds
// non-overlapping floats whose exact sum is the running total.
func mathFsum(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := oneArg("math.fsum", args, kwnames); err != nil {
		return object.Null, err
	}
	var buf [32]float64
	partials := buf[:0]
	var special, infSum float64
	err := object.ForEach(t, args[0], func(item object.Value) error {
		x, err := toFloat(t, item)
		if err != nil {
			return err
		}
		orig := x
		n := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[n] = lo
				n++
			}
			x = hi
		}
		partials = partials[:n]
		if x == 0 {
			return nil
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			// A non-finite sum from finite items is an overflow; else
			// remember the special values and restart the partials.
			if !math.IsInf(orig, 0) && !math.IsNaN(orig) {
				return object.NewError(object.OverflowError, "intermediate overflow in fsum")
			}
			if math.IsInf(orig, 0) {
				infSum += orig
			}
			special += orig
			partials = partials[:0]
			return nil
		}
		partials = append(partials, x)
		return nil
	})
	if err != nil {
		return object.Null, err
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return object.Null, object.NewError(object.ValueError, "-inf + inf in fsum")
		}
		return object.Float(special), nil
	}
	n := len(partials)
	hi, lo := 0.0, 0.0
	if n > 0 {
		n--
		hi = partials[n]
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		// Round half to even across the remaining partials: when lo and
		// the next partial have the same sign, the true sum lies beyond
		// the halfway point that hi+2*lo would round from.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return object.Float(hi), nil
}

var isCloseNames = []string{"a", "b", "rel_tol", "abs_tol"}

func mathIsClose(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [4]object.Value
	if err := object.ParseArgs("isclose", args, kwnames, isCloseNames, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	var f [4]float64
	f[2] = 1e-9
	for i, v := range a {
		if v.IsNull() {
			continue
		}
		x, err := toFloat(t, v)
		if err != nil {
			return object.Null, err
		}
		f[i] = x
	}
	x, y, rel, abs := f[0], f[1], f[2], f[3]
	if rel < 0 || abs < 0 {
		return object.Null, object.NewError(object.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return object.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return object.False, nil
	}
	diff := math.Abs(y - x)
	return object.Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
}

func mathDegrees(x float64) float64 { return x * (180 / math.Pi) }
func mathRadians(x float64) float64 { return x * (math.Pi / 180) }

// ---- integer functions ----

// indexInt returns v.__index__(): small when it fits in int64 (b nil),
// else b (which the caller must not modify).
func indexInt(t *object.Thread, v object.Value) (small int64, b *big.Int, err error) {
	if v.IsInt() {
		return v.AsInt(), nil, nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return 0, nil, err
	}
	if i, ok := object.AsInt64(iv); ok {
		return i, nil, nil
	}
	b, _ = object.AsBigInt(iv)
	return 0, b, nil
}

// indexBig returns v.__index__() as a new big.Int.
func indexBig(t *object.Thread, v object.Value) (*big.Int, error) {
	i, b, err := indexInt(t, v)
	if err != nil || b != nil {
		return b, err
	}
	return big.NewInt(i), nil
}

func gcd64(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func absU(i int64) uint64 {
	if i < 0 {
		return uint64(-i) // MinInt64 wraps to 2**63, which is right
	}
	return uint64(i)
}

func mathGcd(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("math.gcd", kwnames); err != nil {
		return object.Null, err
	}
	var g uint64
	var gb *big.Int
	for _, a := range args {
		i, b, err := indexInt(t, a)
		if err != nil {
			return object.Null, err
		}
		if gb == nil && b == nil {
			g = gcd64(g, absU(i))
			continue
		}
		if gb == nil {
			gb = new(big.Int).SetUint64(g)
		}
		if b == nil {
			b = big.NewInt(i)
		}
		gb.GCD(nil, nil, gb, new(big.Int).Abs(b))
	}
	if gb != nil {
		return object.IntFromBig(gb), nil
	}
	return object.IntFromUint64(g), nil
}

func mathLcm(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("math.lcm", kwnames); err != nil {
		return object.Null, err
	}
	l := big.NewInt(1)
	var g big.Int
	for _, a := range args {
		b, err := indexBig(t, a)
		if err != nil {
			return object.Null, err
		}
		b.Abs(b)
		if b.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g.GCD(nil, nil, l, b)
		l.Mul(l.Quo(l, &g), b)
	}
	return object.IntFromBig(l), nil
}

func mathIsqrt(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := oneArg("math.isqrt", args, kwnames); err != nil {
		return object.Null, err
	}
	i, b, err := indexInt(t, args[0])
	if err != nil {
		return object.Null, err
	}
	if i < 0 || (b != nil && b.Sign() < 0) {
		return object.Null, object.NewError(object.ValueError, "isqrt() argument must be nonnegative")
	}
	if b == nil {
		r := uint64(math.Sqrt(float64(i)))
		for r*r > uint64(i) {
			r--
		}
		for (r+1)*(r+1) <= uint64(i) {
			r++
		}
		return object.Int(int64(r)), nil
	}
	return object.IntFromBig(new(big.Int).Sqrt(b)), nil
}

// factorialLimit is the largest argument factorial accepts (C long).
const factorialLimit = math.MaxInt64

func factorialOf(n int64) object.Value {
	if n <= 20 {
		r := int64(1)
		for i := int64(2); i <= n; i++ {
			r *= i
		}
		return object.Int(r)
	}
	return object.IntFromBig(new(big.Int).MulRange(1, n))
}

func mathFactorial(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := oneArg("math.factorial", args, kwnames); err != nil {
		return object.Null, err
	}
	i, b, err := indexInt(t, args[0])
	if err != nil {
		return object.Null, err
	}
	if b != nil {
		if b.Sign() < 0 {
			return object.Null, object.NewError(object.ValueError, "factorial() not defined for negative values")
		}
		return object.Null, object.Errorf(object.OverflowError, "factorial() argument should not exceed %d", int64(factorialLimit))
	}
	if i < 0 {
		return object.Null, object.NewError(object.ValueError, "factorial() not defined for negative values")
	}
	return factorialOf(i), nil
}

// combArgs converts and checks the n and k of comb and perm.
func combArgs(t *object.Thread, nv, kv object.Value) (n, k *big.Int, err error) {
	if n, err = indexBig(t, nv); err != nil {
		return nil, nil, err
	}
	if k, err = indexBig(t, kv); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, object.NewError(object.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, object.NewError(object.ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

// productFits returns the product of the integers lo..hi when it fits in
// uint64.
func productFits(lo, hi uint64) (uint64, bool) {
	r := uint64(1)
	for i := lo; i <= hi; i++ {
		h, l := bits.Mul64(r, i)
		if h != 0 {
			return 0, false
		}
		r = l
	}
	return r, true
}

func mathComb(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := clinicArity("math.comb", args, kwnames, 2, 2); err != nil {
		return object.Null, err
	}
	n, k, err := combArgs(t, args[0], args[1])
	if err != nil {
		return object.Null, err
	}
	if k.Cmp(n) > 0 {
		return object.Int(0), nil
	}
	// Use the smaller of k and n-k.
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return object.Null, object.Errorf(object.OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	if n.IsUint64() && k.Int64() < 64 {
		// Multiply and divide step by step while the values stay small:
		// after step i the running value is comb(n-k+i, i), an integer.
		nn, kk := n.Uint64(), k.Uint64()
		r, ok := uint64(1), true
		for i := uint64(1); i <= kk && ok; i++ {
			h, l := bits.Mul64(r, nn-kk+i)
			if h >= i {
				ok = false
				break
			}
			r, _ = bits.Div64(h, l, i)
		}
		if ok {
			return object.IntFromUint64(r), nil
		}
	}
	if n.IsInt64() {
		return object.IntFromBig(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
	}
	// n beyond int64: the product of k terms divided by k!.
	num := new(big.Int).Set(n)
	term := new(big.Int)
	for i := int64(1); i < k.Int64(); i++ {
		num.Mul(num, term.Sub(n, big.NewInt(i)))
	}
	return object.IntFromBig(num.Quo(num, new(big.Int).MulRange(1, k.Int64()))), nil
}

func mathPerm(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := clinicArity("math.perm", args, kwnames, 1, 2); err != nil {
		return object.Null, err
	}
	if len(args) == 1 || args[1].IsNone() {
		return mathFactorial(t, args[:1], nil)
	}
	n, k, err := combArgs(t, args[0], args[1])
	if err != nil {
		return object.Null, err
	}
	if k.Cmp(n) > 0 {
		return object.Int(0), nil
	}
	if !k.IsInt64() {
		return object.Null, object.Errorf(object.OverflowError, "k must not exceed %d", int64(math.MaxInt64))
	}
	kk := k.Int64()
	if n.IsUint64() {
		nn := n.Uint64()
		if r, ok := productFits(nn-uint64(kk)+1, nn); ok {
			return object.IntFromUint64(r), nil
		}
		if n.IsInt64() {
			return object.IntFromBig(new(big.Int).MulRange(n.Int64()-kk+1, n.Int64())), nil
		}
	}
	r := big.NewInt(1)
	term := new(big.Int)
	for i := int64(0); i < kk; i++ {
		r.Mul(r, term.Sub(n, big.NewInt(i)))
	}
	return object.IntFromBig(r), nil
}

var prodNames = []string{"iterable", "start"}

func mathProd(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("prod", args, kwnames, prodNames, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	acc := a[1]
	if acc.IsNull() {
		acc = object.Int(1)
	}
	err := object.ForEach(t, a[0], func(item object.Value) error {
		r, err := object.BinaryOp(t, acc, item, object.OpMul)
		acc = r
		return err
	})
	if err != nil {
		return object.Null, err
	}
	return acc, nil
}

func mathMethods() []object.MethodDef {
	return []object.MethodDef{
		{Name: "acos", Fn: math1("acos"), Doc: "Return the arc cosine (measured in radians) of x."},
		{Name: "acosh", Fn: math1("acosh"), Doc: "Return the inverse hyperbolic cosine of x."},
		{Name: "asin", Fn: math1("asin"), Doc: "Return the arc sine (measured in radians) of x."},
		{Name: "asinh", Fn: math1("asinh"), Doc: "Return the inverse hyperbolic sine of x."},
		{Name: "atan", Fn: math1("atan"), Doc: "Return the arc tangent (measured in radians) of x."},
		{Name: "atan2", Fn: math2("atan2", libm.Atan2), Doc: "Return the arc tangent (measured in radians) of y/x."},
		{Name: "atanh", Fn: math1("atanh"), Doc: "Return the inverse hyperbolic tangent of x."},
		{Name: "cbrt", Fn: math1("cbrt"), Doc: "Return the cube root of x."},
		{Name: "ceil", Fn: rounding("ceil", strCeil, math.Ceil), Doc: "Return the ceiling of x as an Integral."},
		{Name: "comb", Fn: mathComb, Doc: "Number of ways to choose k items from n items without repetition and without order."},
		{Name: "copysign", Fn: math2("copysign", mathCopysign), Doc: "Return a float with the magnitude (absolute value) of x but the sign of y."},
		{Name: "cos", Fn: math1("cos"), Doc: "Return the cosine of x (measured in radians)."},
		{Name: "cosh", Fn: math1("cosh"), Doc: "Return the hyperbolic cosine of x."},
		{Name: "degrees", Fn: math1("degrees"), Doc: "Convert angle x from radians to degrees."},
		{Name: "dist", Fn: mathDist, Doc: "Return the Euclidean distance between two points p and q."},
		{Name: "erf", Fn: math1("erf"), Doc: "Error function at x."},
		{Name: "erfc", Fn: math1("erfc"), Doc: "Complementary error function at x."},
		{Name: "exp", Fn: math1("exp"), Doc: "Return e raised to the power of x."},
		{Name: "exp2", Fn: math1("exp2"), Doc: "Return 2 raised to the power of x."},
		{Name: "expm1", Fn: math1("expm1"), Doc: "Return exp(x)-1."},
		{Name: "fabs", Fn: math1("fabs"), Doc: "Return the absolute value of the float x."},
		{Name: "factorial", Fn: mathFactorial, Doc: "Find n!."},
		{Name: "floor", Fn: rounding("floor", strFloor, math.Floor), Doc: "Return the floor of x as an Integral."},
		{Name: "fmod", Fn: math2("fmod", libm.Fmod), Doc: "Return fmod(x, y), according to platform C."},
		{Name: "frexp", Fn: mathFrexp, Doc: "Return the mantissa and exponent of x, as pair (m, e)."},
		{Name: "fsum", Fn: mathFsum, Doc: "Return an accurate floating point sum of values in the iterable seq."},
		{Name: "gamma", Fn: math1("gamma"), Doc: "Gamma function at x."},
		{Name: "gcd", Fn: mathGcd, Doc: "Greatest Common Divisor."},
		{Name: "hypot", Fn: mathHypot, Doc: "Multidimensional Euclidean distance from the origin to a point."},
		{Name: "isclose", Fn: mathIsClose, Doc: "Determine whether two floating point numbers are close in value."},
		{Name: "isfinite", Fn: predicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }), Doc: "Return True if x is neither an infinity nor a NaN, and False otherwise."},
		{Name: "isinf", Fn: predicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }), Doc: "Return True if x is a positive or negative infinity, and False otherwise."},
		{Name: "isnan", Fn: predicate("isnan", math.IsNaN), Doc: "Return True if x is a NaN (not a number), and False otherwise."},
		{Name: "isqrt", Fn: mathIsqrt, Doc: "Return the integer part of the square root of the input."},
		{Name: "lcm", Fn: mathLcm, Doc: "Least Common Multiple."},
		{Name: "ldexp", Fn: mathLdexp, Doc: "Return x * (2**i)."},
		{Name: "lgamma", Fn: math1("lgamma"), Doc: "Natural logarithm of absolute value of Gamma function at x."},
		{Name: "log", Fn: mathLog, Doc: "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
		{Name: "log10", Fn: logFunc("log10", libm.Log10), Doc: "Return the base 10 logarithm of x."},
		{Name: "log1p", Fn: math1("log1p"), Doc: "Return the natural logarithm of 1+x (base e)."},
		{Name: "log2", Fn: logFunc("log2", libm.Log2), Doc: "Return the base 2 logarithm of x."},
		{Name: "modf", Fn: mathModf, Doc: "Return the fractional and integer parts of x."},
		{Name: "nextafter", Fn: math2("nextafter", mathNextafter), Doc: "Return the next floating-point value after x towards y."},
		{Name: "perm", Fn: mathPerm, Doc: "Number of ways to choose k items from n items without repetition and with order."},
		{Name: "pow", Fn: math2("pow", mathPow), Doc: "Return x**y (x to the power of y)."},
		{Name: "prod", Fn: mathProd, Doc: "Calculate the product of all the elements in the input iterable."},
		{Name: "radians", Fn: math1("radians"), Doc: "Convert angle x from degrees to radians."},
		{Name: "remainder", Fn: math2("remainder", mathRemainder), Doc: "Difference between x and the closest integer multiple of y."},
		{Name: "sin", Fn: math1("sin"), Doc: "Return the sine of x (measured in radians)."},
		{Name: "sinh", Fn: math1("sinh"), Doc: "Return the hyperbolic sine of x."},
		{Name: "sqrt", Fn: math1("sqrt"), Doc: "Return the square root of x."},
		{Name: "tan", Fn: math1("tan"), Doc: "Return the tangent of x (measured in radians)."},
		{Name: "tanh", Fn: math1("tanh"), Doc: "Return the hyperbolic tangent of x."},
		{Name: "trunc", Fn: mathTrunc, Doc: "Truncates the Real x to the nearest Integral toward 0."},
		{Name: "ulp", Fn: math1("ulp"), Doc: "Return the value of the least significant bit of the float x."},
	}
}
