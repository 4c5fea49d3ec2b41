// random.go: the random module. Random (subclassable) and SystemRandom are
// Go types over internal/mt19937, which reproduces CPython's sequences bit
// for bit given libm's functions; the module-level functions are the bound
// methods of a hidden Random seeded from the OS.

package stdlib

import (
	"crypto/rand"
	"encoding/binary"
	"math"
	"math/big"
	"unsafe"

	"github.com/adderpy/adder/internal/libm"
	"github.com/adderpy/adder/internal/mt19937"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// randomObject is an instance of random.Random.
type randomObject struct {
	object.Header
	gen mt19937.Random
}

var (
	randomType       = object.NewNativeType("Random", "random", nil)
	systemRandomType = object.NewNativeType("SystemRandom", "random", randomType)
)

// JITRandom returns, for the JIT, the class random.Random, whose random
// method it computes natively, and the offset of an instance's generator
// (an mt19937.MT, laid out as mt19937.StateOffset and IndexOffset say).
// The method is the class's "random" (object.Type.Lookup) once the module
// is set up.
func JITRandom() (*object.Type, int64) {
	return randomType, int64(unsafe.Offsetof(randomObject{}.gen) + unsafe.Offsetof(mt19937.Random{}.MT))
}

// libmMath gives mt19937 the C library's functions as libm computes them.
type libmMath struct{}

func (libmMath) Log(x float64) float64    { r, _ := libm.Log(x); return r }
func (libmMath) Exp(x float64) float64    { r, _ := libm.Exp(x); return r }
func (libmMath) Cos(x float64) float64    { r, _ := libm.Cos(x); return r }
func (libmMath) Sin(x float64) float64    { r, _ := libm.Sin(x); return r }
func (libmMath) Acos(x float64) float64   { r, _ := libm.Acos(x); return r }
func (libmMath) Pow(x, y float64) float64 { r, _ := libm.Pow(x, y); return r }

// glibcMath is the C library's math for mt19937.
var glibcMath mt19937.Math = libmMath{}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:  "random",
		Doc:   "Random variable generators.",
		Setup: setupRandomTypes,
		Init:  randomModuleInit,
	})
}

// setupRandomTypes readies Random and SystemRandom on the first import.
func setupRandomTypes() {
	object.Subclassable[randomObject](randomType)
	randomType.Doc = "Random number generator base class used by bound module functions."
	randomType.New = randomNew
	randomType.Init = randomInit
	randomType.AddMethods(randomMethods())
	randomType.Ready()
	object.Subclassable[randomObject](systemRandomType)
	systemRandomType.Doc = "Alternate random number generator using sources provided\nby the operating system (such as /dev/urandom on Unix or\nCryptGenRandom on Windows)."
	systemRandomType.AddMethods(systemRandomMethods)
	systemRandomType.Ready()
}

// randomModuleFuncs are the methods of the hidden instance that the module
// exports as functions.
var randomModuleFuncs = []string{
	"seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
	"sample", "shuffle", "choices", "normalvariate", "lognormvariate",
	"expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
	"paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
	"randbytes",
}

func randomModuleInit(th *interp.Thread, m *interp.Module) error {
	t := &th.Thread
	d := m.Dict()
	d.SetStr(object.Intern("Random"), randomType.AsValue())
	d.SetStr(object.Intern("SystemRandom"), systemRandomType.AsValue())
	inst := newRandom(randomType)
	inst.gen.SeedOS()
	d.SetStr(object.Intern("_inst"), inst.AsValue())
	for _, name := range randomModuleFuncs {
		f, err := object.GetAttr(t, inst.AsValue(), object.Intern(name))
		if err != nil {
			return err
		}
		d.SetStr(object.Intern(name), f)
	}
	consts := map[string]float64{
		"NV_MAGICCONST": 4 * math.Exp(-0.5) / math.Sqrt(2.0),
		"TWOPI":         2 * math.Pi,
		"LOG4":          math.Log(4),
		"SG_MAGICCONST": 1 + math.Log(4.5),
	}
	for k, v := range consts {
		d.SetStr(object.Intern(k), object.Float(v))
	}
	d.SetStr(object.Intern("BPF"), object.Int(53))
	d.SetStr(object.Intern("RECIP_BPF"), object.Float(0x1p-53))
	all := make([]object.Value, 0, len(randomModuleFuncs)+2)
	for _, n := range append([]string{"Random", "SystemRandom"}, randomModuleFuncs...) {
		all = append(all, object.StrValue(n))
	}
	d.SetStr(object.Intern("__all__"), object.NewList(all).AsValue())
	return nil
}

func newRandom(typ *object.Type) *randomObject {
	if typ == randomType || typ == systemRandomType {
		return &randomObject{Header: object.NewHeader(typ)}
	}
	return (*randomObject)(typ.AllocInstance())
}

func (r *randomObject) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(r)) }

func randomNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	r := newRandom(typ)
	r.gen.SeedOS()
	return r.AsValue(), nil
}

// randomInit is Random.__init__(x=None): it calls self.seed(x), through
// the attribute so that a subclass's seed runs.
func randomInit(t *object.Thread, self object.Value, args []object.Value, kwnames *object.Tuple) error {
	var a [2]object.Value
	if err := defInit.Bind(append([]object.Value{self}, args...), kwnames, a[:]); err != nil {
		return err
	}
	x := a[1]
	if x.IsNull() {
		x = object.None
	}
	if self.Type() == randomType {
		return seedRandom(t, &(*randomObject)(self.Pointer()).gen, x, 2)
	}
	seed, err := object.GetAttr(t, self, object.Intern("seed"))
	if err != nil {
		return err
	}
	_, err = object.Call(t, seed, []object.Value{x}, nil)
	return err
}

// genOf returns the generator of a Random instance. A SystemRandom draws
// from a generator freshly seeded with 19968 bits from the OS on each call.
func genOf(self object.Value) *mt19937.Random {
	r := (*randomObject)(self.Pointer())
	if self.Type().IsSubtype(systemRandomType) {
		r.gen.SeedOS()
	}
	return &r.gen
}

// randomErr turns an mt19937 error into its Python exception.
func randomErr(err error) error {
	e, ok := err.(*mt19937.Error)
	if !ok {
		return err
	}
	typ := map[mt19937.ExcKind]*object.Type{
		mt19937.ValueError:        object.ValueError,
		mt19937.IndexError:        object.IndexError,
		mt19937.ZeroDivisionError: object.ZeroDivisionError,
		mt19937.OverflowError:     object.OverflowError,
	}[e.Kind]
	return object.NewError(typ, e.Msg)
}

func floatResult(x float64, err error) (object.Value, error) {
	if err != nil {
		return object.Null, randomErr(err)
	}
	return object.Float(x), nil
}

// seedRandom is Random.seed(a, version) of random.py: str, bytes and
// bytearray seeds are hashed with the version's algorithm, other values of
// the supported types go to _random.Random.seed, which takes ints as they
// are and hashes the rest.
func seedRandom(t *object.Thread, g *mt19937.Random, a object.Value, version int64) error {
	switch {
	case a.IsNone():
		g.SeedOS()
		return nil
	case a.IsInt():
		g.SeedInt64(a.AsInt())
		return nil
	}
	typ := a.Type()
	s, isStr := a.AsStr()
	isBytes := typ.IsSubtype(object.BytesType)
	isByteArray := typ.IsSubtype(object.ByteArrayType)
	switch {
	case version == 1 && isStr:
		g.SeedV1([]rune(s.String()))
		return nil
	case version == 1 && isBytes:
		b, _ := object.BytesData(a)
		cps := make([]rune, len(b))
		for i, c := range b {
			cps[i] = rune(c)
		}
		g.SeedV1(cps)
		return nil
	case version == 2 && isStr:
		g.SeedBytes([]byte(s.String()))
		return nil
	case version == 2 && (isBytes || isByteArray):
		b, _ := object.BytesData(a)
		g.SeedBytes(b)
		return nil
	}
	if bi, ok := object.AsBigInt(a); ok {
		g.SeedBig(bi)
		return nil
	}
	if _, isFloat := object.AsFloat64(a); !isFloat && !isStr && !isBytes && !isByteArray {
		return object.NewError(object.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	h, err := object.Hash(t, a)
	if err != nil {
		return err
	}
	g.SeedHash(h)
	return nil
}

// seedVersion is the version argument of seed as random.py compares it
// (version == 1, version == 2): 1 or 2, or 0 for any other value.
func seedVersion(v object.Value) int64 {
	if v.IsNull() {
		return 2
	}
	if i, ok := object.AsInt64(v); ok && (i == 1 || i == 2) {
		return i
	}
	if f, ok := object.AsFloat64(v); ok && (f == 1 || f == 2) {
		return int64(f)
	}
	return 0
}

// A variateSlowPath runs the random.py code of a variate on arguments that
// are not all int or float, drawing from g as that code does. It returns
// the result when it can compute it as random.py would, or Null when it
// could only replay the operations that fail for such arguments (the
// arguments are then converted to float).
type variateSlowPath func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error)

// variate makes a method from an mt19937 variate of one or two float
// parameters (after self) with their defaults (NaN marks a required one).
func variate(d *object.PyDef, defaults []float64, slow variateSlowPath, f func(g *mt19937.Random, a, b float64) (float64, error)) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var buf [3]object.Value
		a := buf[:len(d.Names)]
		if err := d.Bind(args, kwnames, a); err != nil {
			return object.Null, err
		}
		g := genOf(args[0])
		real := true
		for i, v := range a[1:] {
			if v.IsNull() {
				a[i+1] = object.Float(defaults[i])
			} else if !isReal(v) {
				real = false
			}
		}
		if !real {
			if r, err := runSlowPath(t, g, slow, a[1:]); err != nil || !r.IsNull() {
				return r, err
			}
		}
		var p [2]float64
		for i, v := range a[1:] {
			x, err := object.ToFloat(t, v)
			if err != nil {
				return object.Null, err
			}
			p[i] = x
		}
		return floatResult(f(g, p[0], p[1]))
	}
}

// pyArith evaluates a chain of Python binary operations, remembering the
// first error: the probes below write random.py's expressions with it,
// floats the generator would supply standing as 0.5.
type pyArith struct {
	t   *object.Thread
	err error
}

func (c *pyArith) op(a object.Value, op object.Operator, b object.Value) object.Value {
	if c.err != nil {
		return object.Null
	}
	r, err := object.BinaryOp(c.t, a, b, op)
	c.err = err
	return r
}

// le is a <= b as an if statement tests it.
func (c *pyArith) le(a, b object.Value) bool {
	if c.err != nil {
		return false
	}
	r, err := object.RichCompare(c.t, a, b, object.CmpLE)
	if err == nil {
		var ok bool
		ok, err = object.Truth(c.t, r)
		c.err = err
		return ok
	}
	c.err = err
	return false
}

var half = object.Float(0.5)

// runSlowPath calls slow on a copy of p, so that p, passed to a function
// value, does not make its caller's arguments escape.
//
//go:noinline
func runSlowPath(t *object.Thread, g *mt19937.Random, slow variateSlowPath, p []object.Value) (object.Value, error) {
	var buf [3]object.Value
	return slow(t, g, buf[:copy(buf[:], p)])
}

// The slow paths of the variates: their Python expressions on the
// arguments.
var (
	// a + (b - a) * random()
	slowUniform = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		c := pyArith{t: t}
		d := c.op(p[1], object.OpSub, p[0])
		if c.err != nil {
			return object.Null, c.err
		}
		r := c.op(p[0], object.OpAdd, c.op(d, object.OpMul, object.Float(g.Random())))
		return r, c.err
	}
	// mu + z * sigma, with z drawn as normalvariate(0, 1) draws it (0 + z * 1
	// is z exactly)
	slowNormal = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		return muPlusZSigma(t, g.NormalVariate(0, 1, glibcMath), p)
	}
	// mu + z * sigma, with z drawn as gauss(0, 1) draws it
	slowGauss = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		return muPlusZSigma(t, g.Gauss(0, 1, glibcMath), p)
	}
	// math.exp(normalvariate(mu, sigma))
	slowLogNorm = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		v, err := muPlusZSigma(t, g.NormalVariate(0, 1, glibcMath), p)
		if err != nil {
			return object.Null, err
		}
		x, ok := realArg(t, v)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "must be real number, not %s", v.Type().TpName())
		}
		r := glibcMath.Exp(x)
		if math.IsInf(r, 1) && !math.IsInf(x, 1) {
			return object.Null, object.NewError(object.OverflowError, "math range error")
		}
		return object.Float(r), nil
	}
	// -log(1.0 - random()) / lambd
	slowExpo = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		x, err := g.ExpoVariate(1, glibcMath)
		if err != nil {
			return object.Null, randomErr(err)
		}
		return object.BinaryOp(t, object.Float(x), p[0], object.OpTrueDiv)
	}
	// kappa <= 1e-6, s = 0.5 / kappa, ..., (mu ± acos(f)) % TWOPI
	slowVonMises = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		c := pyArith{t: t}
		kappa, ok := realArg(t, p[1])
		if !ok {
			if c.le(p[1], object.Float(1e-6)) {
				return object.Null, c.err
			}
			c.op(half, object.OpTrueDiv, p[1])
			c.op(c.op(p[0], object.OpAdd, half), object.OpMod, object.Float(2*math.Pi))
			return object.Null, c.err
		}
		if kappa <= 1e-6 {
			return object.Float(2 * math.Pi * g.Random()), nil
		}
		// With mu = 0 the result is acos(f) when random.py adds it (in
		// [0, pi]) and 2pi - acos(f) when it subtracts it.
		theta, err := g.VonMisesVariate(0, kappa, glibcMath)
		if err != nil {
			return object.Null, randomErr(err)
		}
		op, a := object.OpAdd, theta
		if theta > math.Pi {
			op, a = object.OpSub, 2*math.Pi-theta
		}
		r := c.op(c.op(p[0], op, object.Float(a)), object.OpMod, object.Float(2*math.Pi))
		return r, c.err
	}
	// if alpha <= 0.0 or beta <= 0.0: raise ValueError(...): only the checks
	slowGamma = func(t *object.Thread, _ *mt19937.Random, p []object.Value) (object.Value, error) {
		if err := gammaCheck(t, p[0]); err != nil {
			return object.Null, err
		}
		return object.Null, gammaCheck(t, p[1])
	}
	// y = gammavariate(alpha, 1.0); y / (y + gammavariate(beta, 1.0)) if y
	slowBeta = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		if err := gammaCheck(t, p[0]); err != nil {
			return object.Null, err
		}
		alpha, ok := realArg(t, p[0])
		if !ok {
			return object.Null, gammaCheck(t, p[1])
		}
		y, err := g.GammaVariate(alpha, 1, glibcMath)
		if err != nil || y == 0 {
			return object.Float(y), randomErr(err)
		}
		if err := gammaCheck(t, p[1]); err != nil {
			return object.Null, err
		}
		beta, err := object.ToFloat(t, p[1])
		if err != nil {
			return object.Null, err
		}
		y2, err := g.GammaVariate(beta, 1, glibcMath)
		if err != nil {
			return object.Null, randomErr(err)
		}
		return object.Float(y / (y + y2)), nil
	}
	// (1.0 - random()) ** (-1.0 / alpha)
	slowPareto = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		c := pyArith{t: t}
		u := object.Float(1.0 - g.Random())
		r := c.op(u, object.OpPow, c.op(object.Float(-1), object.OpTrueDiv, p[0]))
		return r, c.err
	}
	// alpha * (-log(1.0 - random())) ** (1.0 / beta)
	slowWeibull = func(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
		c := pyArith{t: t}
		x := object.Float(-glibcMath.Log(1.0 - g.Random()))
		r := c.op(p[0], object.OpMul, c.op(x, object.OpPow, c.op(object.Float(1), object.OpTrueDiv, p[1])))
		return r, c.err
	}
)

// gammaCheck is gammavariate's test of one parameter: x <= 0.0 raises.
func gammaCheck(t *object.Thread, x object.Value) error {
	c := pyArith{t: t}
	if c.le(x, object.Float(0)) {
		return object.NewError(object.ValueError, "gammavariate: alpha and beta must be > 0.0")
	}
	return c.err
}

// isReal reports whether v is an int or a float (random.py's arithmetic
// on it is the float arithmetic of mt19937).
func isReal(v object.Value) bool {
	if v.IsFloat() || v.IsInt() {
		return true
	}
	typ := v.Type()
	return typ.IsSubtype(object.FloatType) || typ.IsSubtype(object.IntType)
}

// realArg returns x as a float when it is an int or a float.
func realArg(t *object.Thread, x object.Value) (float64, bool) {
	if f, ok := object.AsFloat64(x); ok {
		return f, true
	}
	if x.Type().IsSubtype(object.IntType) {
		f, err := object.ToFloat(t, x)
		return f, err == nil
	}
	return 0, false
}

// muPlusZSigma is mu + z * sigma for p = (mu, sigma).
func muPlusZSigma(t *object.Thread, z float64, p []object.Value) (object.Value, error) {
	c := pyArith{t: t}
	r := c.op(p[0], object.OpAdd, c.op(object.Float(z), object.OpMul, p[1]))
	return r, c.err
}

// slowTriangular is triangular(low, high, mode) as random.py computes it,
// for p = (low, high, mode) not all int, float or None.
func slowTriangular(t *object.Thread, g *mt19937.Random, p []object.Value) (object.Value, error) {
	low, high, mode := p[0], p[1], p[2]
	c := pyArith{t: t}
	u := object.Float(g.Random())
	cut := half
	if !mode.IsNone() {
		cut = c.op(c.op(mode, object.OpSub, low), object.OpTrueDiv, c.op(high, object.OpSub, low))
		if e, ok := c.err.(*object.Exc); ok && e.Type().IsSubtype(object.ZeroDivisionError) {
			return low, nil
		}
		if c.err != nil {
			return object.Null, c.err
		}
	}
	above, err := object.RichCompare(t, u, cut, object.CmpGT)
	if err != nil {
		return object.Null, err
	}
	if swap, err := object.Truth(t, above); err != nil {
		return object.Null, err
	} else if swap {
		one := object.Float(1)
		u = c.op(one, object.OpSub, u)
		cut = c.op(one, object.OpSub, cut)
		low, high = high, low
	}
	uc, err := object.ToFloat(t, c.op(u, object.OpMul, cut))
	if c.err != nil {
		return object.Null, c.err
	}
	if err != nil {
		return object.Null, err
	}
	if uc < 0 {
		return object.Null, object.NewError(object.ValueError, "math domain error")
	}
	r := c.op(low, object.OpAdd, c.op(c.op(high, object.OpSub, low), object.OpMul, object.Float(math.Sqrt(uc))))
	return r, c.err
}

var required = math.NaN()

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// rangeArg converts argument what ("arg 1", "stop", "step") of randrange
// as random.py does: through __index__, else (deprecated since 3.10)
// through int() when that gives an equal value.
func rangeArg(t *object.Thread, v object.Value, what string) (*big.Int, error) {
	if b, ok := object.AsBigInt(v); ok {
		return b, nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		if e, ok := err.(*object.Exc); !ok || !e.Type().IsSubtype(object.TypeError) {
			return nil, err
		}
		if iv, err = object.IntOf(t, v); err != nil {
			return nil, err
		}
		eq, err := object.Equal(t, iv, v)
		if err != nil {
			return nil, err
		}
		if !eq {
			return nil, object.Errorf(object.ValueError, "non-integer %s for randrange()", what)
		}
	}
	b, _ := object.AsBigInt(iv)
	return b, nil
}

// randRange is randrange(start, stop, step) of random.py; stop is Null or
// None for randrange(start), and step Null when not given.
func randRange(t *object.Thread, g *mt19937.Random, start, stop, step object.Value) (object.Value, error) {
	noStop := stop.IsNull() || stop.IsNone()
	unitStep := step.IsNull() || (step.IsInt() && step.AsInt() == 1)
	if start.IsInt() && unitStep {
		var r int64
		var err error
		if noStop {
			r, err = g.RandRangeStop(start.AsInt())
		} else if stop.IsInt() {
			r, err = g.RandRange(start.AsInt(), stop.AsInt(), 1)
		} else {
			goto slow
		}
		if err != nil {
			return object.Null, randomErr(err)
		}
		return object.Int(r), nil
	}
slow:
	b0, err := rangeArg(t, start, "arg 1")
	if err != nil {
		return object.Null, err
	}
	if noStop {
		if !unitStep {
			return object.Null, object.NewError(object.TypeError, "Missing a non-None stop argument")
		}
		r, err := g.RandRangeBig(b0, nil, nil)
		if err != nil {
			return object.Null, randomErr(err)
		}
		return object.IntFromBig(r), nil
	}
	b1, err := rangeArg(t, stop, "stop")
	if err != nil {
		return object.Null, err
	}
	b2 := big.NewInt(1)
	if !step.IsNull() {
		if b2, err = rangeArg(t, step, "step"); err != nil {
			return object.Null, err
		}
	}
	r, err := g.RandRangeBig(b0, b1, b2)
	if err != nil {
		return object.Null, randomErr(err)
	}
	return object.IntFromBig(r), nil
}

// The parameters of the methods random.py defines in Python, for their
// messages.
var (
	defInit       = pyDef("Random.__init__", 1, "self", "x")
	defSeed       = pyDef("Random.seed", 1, "self", "a", "version")
	defGetState   = pyDef("Random.getstate", 1, "self")
	defSetState   = pyDef("Random.setstate", 2, "self", "state")
	defRandrange  = pyDef("Random.randrange", 2, "self", "start", "stop", "step")
	defRandint    = pyDef("Random.randint", 3, "self", "a", "b")
	defChoice     = pyDef("Random.choice", 2, "self", "seq")
	defShuffle    = pyDef("Random.shuffle", 2, "self", "x")
	defRandbytes  = pyDef("Random.randbytes", 2, "self", "n")
	defTriangular = pyDef("Random.triangular", 1, "self", "low", "high", "mode")
	defUniform    = pyDef("Random.uniform", 3, "self", "a", "b")
	defGauss      = pyDef("Random.gauss", 1, "self", "mu", "sigma")
	defNormal     = pyDef("Random.normalvariate", 1, "self", "mu", "sigma")
	defLogNorm    = pyDef("Random.lognormvariate", 3, "self", "mu", "sigma")
	defExpo       = pyDef("Random.expovariate", 2, "self", "lambd")
	defVonMises   = pyDef("Random.vonmisesvariate", 3, "self", "mu", "kappa")
	defGamma      = pyDef("Random.gammavariate", 3, "self", "alpha", "beta")
	defBeta       = pyDef("Random.betavariate", 3, "self", "alpha", "beta")
	defPareto     = pyDef("Random.paretovariate", 2, "self", "alpha")
	defWeibull    = pyDef("Random.weibullvariate", 3, "self", "alpha", "beta")
	defSample     = &object.PyDef{QualName: "Random.sample", Names: []string{"self", "population", "k", "counts"}, NumPos: 3, NumRequired: 3}
	defChoices    = &object.PyDef{QualName: "Random.choices", Names: []string{"self", "population", "weights", "cum_weights", "k"}, NumPos: 3, NumRequired: 2}
)

// pyDef describes a method whose parameters are all positional-or-keyword.
func pyDef(qualName string, nRequired int, names ...string) *object.PyDef {
	return &object.PyDef{QualName: qualName, Names: names, NumPos: len(names), NumRequired: nRequired}
}

func sequenceLen(t *object.Thread, v object.Value) (int, error) { return object.Len(t, v) }

func pick(t *object.Thread, pop object.Value, idx []int) (object.Value, error) {
	out := make([]object.Value, len(idx))
	for i, j := range idx {
		v, err := object.GetItem(t, pop, object.Int(int64(j)))
		if err != nil {
			return object.Null, err
		}
		out[i] = v
	}
	return object.NewList(out).AsValue(), nil
}

func randomChoices(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var b [5]object.Value
	if err := defChoices.Bind(args, kwnames, b[:]); err != nil {
		return object.Null, err
	}
	a := b[1:]
	g := genOf(args[0])
	k := 1
	if !a[3].IsNull() {
		var err error
		if k, err = object.IndexInt(t, a[3]); err != nil {
			return object.Null, err
		}
		k = max(k, 0)
	}
	n, err := sequenceLen(t, a[0])
	if err != nil {
		return object.Null, err
	}
	weights, cum := a[1], a[2]
	if (cum.IsNull() || cum.IsNone()) && (weights.IsNull() || weights.IsNone()) {
		if n == 0 && k > 0 {
			// random.py draws before it indexes the empty population.
			g.Random()
			if _, err := object.GetItem(t, a[0], object.Int(0)); err != nil {
				return object.Null, err
			}
		}
		return pick(t, a[0], g.Choices(n, k))
	}
	var cumV []object.Value // the cumulative weights
	if cum.IsNull() || cum.IsNone() {
		// Accumulate with Python's + so int weights sum exactly.
		items, err := object.Collect(t, weights)
		if err != nil {
			if e, ok := err.(*object.Exc); ok && e.Type().IsSubtype(object.TypeError) && weights.Type().IsSubtype(object.IntType) {
				r, err := object.Repr(t, weights)
				if err != nil {
					return object.Null, err
				}
				return object.Null, object.Errorf(object.TypeError, "The number of choices must be a keyword argument: k=%s", r)
			}
			return object.Null, err
		}
		for i := 1; i < len(items); i++ {
			if items[i], err = object.BinaryOp(t, items[i-1], items[i], object.OpAdd); err != nil {
				return object.Null, err
			}
		}
		cumV, cum = items, object.NewList(items).AsValue()
	} else {
		if !weights.IsNull() && !weights.IsNone() {
			return object.Null, object.NewError(object.TypeError, "Cannot specify both weights and cumulative weights")
		}
		m, err := object.Len(t, cum)
		if err != nil {
			return object.Null, err
		}
		if m == n {
			if cumV, err = object.Collect(t, cum); err != nil {
				return object.Null, err
			}
		}
	}
	if len(cumV) != n {
		return object.Null, object.NewError(object.ValueError, "The number of weights does not match the population")
	}
	// total = cum_weights[-1] + 0.0, then the floats bisect compares
	last, err := object.GetItem(t, cum, object.Int(-1))
	if err != nil {
		return object.Null, err
	}
	if _, err := object.BinaryOp(t, last, object.Float(0), object.OpAdd); err != nil {
		return object.Null, err
	}
	cumF := make([]float64, n)
	for i, w := range cumV {
		if cumF[i], err = object.ToFloat(t, w); err != nil {
			return object.Null, err
		}
	}
	idx, err := g.ChoicesCum(cumF, k)
	if err != nil {
		return object.Null, randomErr(err)
	}
	return pick(t, a[0], idx)
}

func randomSample(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var b [4]object.Value
	if err := defSample.Bind(args, kwnames, b[:]); err != nil {
		return object.Null, err
	}
	a := b[1:]
	pop := a[0]
	if typ := pop.Type(); typ.IsSubtype(object.DictType) || typ.IsSubtype(object.SetType) || typ.IsSubtype(object.FrozenSetType) || typ.GetItem == nil {
		return object.Null, object.NewError(object.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	g := genOf(args[0])
	n, err := sequenceLen(t, pop)
	if err != nil {
		return object.Null, err
	}
	k, err := sampleSize(t, a[1], n)
	if err != nil {
		return object.Null, err
	}
	var idx []int
	if counts := a[2]; !counts.IsNull() && !counts.IsNone() {
		items, err := object.Collect(t, counts)
		if err != nil {
			return object.Null, err
		}
		if len(items) != n {
			return object.Null, object.NewError(object.ValueError, "The number of counts does not match the population")
		}
		cs := make([]int64, len(items))
		for i, c := range items {
			v, ok := object.AsInt64(c)
			if !ok {
				return object.Null, object.NewError(object.TypeError, "Counts must be integers")
			}
			cs[i] = v
		}
		idx, err = g.SampleCounts(cs, k, glibcMath)
		if err != nil {
			return object.Null, randomErr(err)
		}
	} else if idx, err = g.Sample(n, k, glibcMath); err != nil {
		return object.Null, randomErr(err)
	}
	return pick(t, pop, idx)
}

// sampleSize converts the k of sample(population, k) for a population of n
// items; random.py tests 0 <= k <= n before it makes its [None] * k.
func sampleSize(t *object.Thread, k object.Value, n int) (int, error) {
	if k.IsInt() {
		return int(k.AsInt()), nil
	}
	c := pyArith{t: t}
	inRange := c.le(object.Int(0), k) && c.le(k, object.Int(int64(n)))
	if c.err != nil {
		return 0, c.err
	}
	if !inRange {
		return -1, nil // Sample reports it
	}
	iv, err := object.Index(t, k)
	if err != nil {
		return 0, object.Errorf(object.TypeError, "can't multiply sequence by non-int of type '%s'", k.Type().TpName())
	}
	i, _ := object.AsInt64(iv)
	return int(i), nil
}

func randomShuffle(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := defShuffle.Bind(args, kwnames, a[:]); err != nil {
		return object.Null, err
	}
	x := a[1]
	g := genOf(args[0])
	if l, ok := x.AsList(); ok && x.Type() == object.ListType {
		items := l.Items
		g.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		return object.None, nil
	}
	n, err := object.Len(t, x)
	if err != nil {
		return object.Null, err
	}
	g.Shuffle(n, func(i, j int) {
		if err != nil {
			return
		}
		// x[i], x[j] = x[j], x[i]
		var vi, vj object.Value
		if vj, err = object.GetItem(t, x, object.Int(int64(j))); err != nil {
			return
		}
		if vi, err = object.GetItem(t, x, object.Int(int64(i))); err != nil {
			return
		}
		if err = object.SetItem(t, x, object.Int(int64(i)), vj); err != nil {
			return
		}
		err = object.SetItem(t, x, object.Int(int64(j)), vi)
	})
	if err != nil {
		return object.Null, err
	}
	return object.None, nil
}

func randomGetState(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [1]object.Value
	if err := defGetState.Bind(args, kwnames, a[:]); err != nil {
		return object.Null, err
	}
	g := &(*randomObject)(args[0].Pointer()).gen
	words, index := g.State()
	items := make([]object.Value, mt19937.N+1)
	for i, w := range words {
		items[i] = object.Int(int64(w))
	}
	items[mt19937.N] = object.Int(int64(index))
	gauss := object.None
	if v, ok := g.GaussNext(); ok {
		gauss = object.Float(v)
	}
	return object.NewTuple(object.Int(3), object.NewTuple(items...).AsValue(), gauss).AsValue(), nil
}

func randomSetState(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := defSetState.Bind(args, kwnames, a[:]); err != nil {
		return object.Null, err
	}
	g := &(*randomObject)(args[0].Pointer()).gen
	// random.py: version = state[0]; version, internalstate, gauss_next = state
	version, err := object.GetItem(t, a[1], object.Int(0))
	if err != nil {
		return object.Null, err
	}
	known := false
	for _, v := range [...]int64{3, 2} {
		if known, err = object.Equal(t, version, object.Int(v)); known || err != nil {
			break
		}
	}
	if err != nil {
		return object.Null, err
	}
	if !known {
		s, err := object.StrOf(t, version)
		if err != nil {
			return object.Null, err
		}
		return object.Null, object.Errorf(object.ValueError, "state with version %s passed to Random.setstate() of version 3", s)
	}
	var state [3]object.Value
	if err := object.Unpack(t, a[1], 3, state[:]); err != nil {
		return object.Null, err
	}
	if v2, _ := object.Equal(t, version, object.Int(2)); v2 {
		// random.py maps each word of a version 2 state through x % 2**32.
		items, err := object.Collect(t, state[1])
		if err != nil {
			return object.Null, err
		}
		mod := object.Int(1 << 32)
		for i, x := range items {
			if items[i], err = object.BinaryOp(t, x, mod, object.OpMod); err != nil {
				return object.Null, err
			}
		}
		state[1] = object.NewTuple(items...).AsValue()
	}
	internal, ok := state[1].AsTuple()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "state vector must be a tuple")
	}
	if len(internal.Items) != mt19937.N+1 {
		return object.Null, object.NewError(object.ValueError, "state vector is the wrong size")
	}
	var words [mt19937.N]uint32
	mask := new(big.Int).SetUint64(math.MaxUint32)
	for i, w := range internal.Items[:mt19937.N] {
		b, ok := object.AsBigInt(w)
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", w.Type().TpName())
		}
		if b.Sign() < 0 || b.BitLen() > 64 {
			return object.Null, object.NewError(object.OverflowError, "Python int too large to convert to C unsigned long")
		}
		words[i] = uint32(b.And(b, mask).Uint64())
	}
	index, ok := object.AsInt64(internal.Items[mt19937.N])
	if !ok {
		return object.Null, object.NewError(object.OverflowError, "Python int too large to convert to C int")
	}
	if err := g.SetState(&words, index); err != nil {
		return object.Null, randomErr(err)
	}
	if state[2].IsNone() {
		g.SetGaussNext(0, false)
	} else {
		x, err := object.ToFloat(t, state[2])
		if err != nil {
			return object.Null, err
		}
		g.SetGaussNext(x, true)
	}
	return object.None, nil
}

func randomGetRandBits(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("Random.getrandbits", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	k, err := cIntArg(t, args[1])
	if err != nil {
		return object.Null, err
	}
	if k < 0 {
		return object.Null, object.NewError(object.ValueError, "number of bits must be non-negative")
	}
	g := genOf(args[0])
	if k <= 64 {
		return object.IntFromUint64(g.Bits64(k)), nil
	}
	return object.IntFromBig(g.BitsBig(k)), nil
}

// cIntArg converts v through __index__ to a C int, as Argument Clinic's
// "int" converter does.
func cIntArg(t *object.Thread, v object.Value) (int, error) {
	iv, err := object.Index(t, v)
	if err != nil {
		return 0, err
	}
	i, ok := object.AsInt64(iv)
	if !ok || i < math.MinInt32 || i > math.MaxInt32 {
		return 0, object.NewError(object.OverflowError, "Python int too large to convert to C int")
	}
	return int(i), nil
}

// osRandBits returns k random bits read from the operating system.
func osRandBits(k int) object.Value {
	buf := make([]byte, (k+7)/8)
	rand.Read(buf)
	b := new(big.Int).SetBytes(buf)
	return object.IntFromBig(b.Rsh(b, uint(len(buf)*8-k)))
}

func randomMethods() []object.MethodDef {
	return []object.MethodDef{
		{Name: "seed", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			var a [3]object.Value
			if err := defSeed.Bind(args, kwnames, a[:]); err != nil {
				return object.Null, err
			}
			x := a[1]
			if x.IsNull() {
				x = object.None
			}
			if err := seedRandom(t, &(*randomObject)(args[0].Pointer()).gen, x, seedVersion(a[2])); err != nil {
				return object.Null, err
			}
			return object.None, nil
		}, Doc: "Initialize internal state from a seed."},
		{Name: "random", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			if len(args) != 1 || kwnames != nil {
				if err := object.CheckArity("Random.random", args[1:], kwnames, 0, 0); err != nil {
					return object.Null, err
				}
			}
			return object.Float(genOf(args[0]).Random()), nil
		}, Doc: "random() -> x in the interval [0, 1)."},
		{Name: "getrandbits", Fn: randomGetRandBits, Doc: "getrandbits(k) -> x.  Generates an int with k random bits."},
		{Name: "getstate", Fn: randomGetState, Doc: "Return internal state; can be passed to setstate() later."},
		{Name: "setstate", Fn: randomSetState, Doc: "Restore internal state from object returned by getstate()."},
		{Name: "randrange", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			var a [4]object.Value
			if err := defRandrange.Bind(args, kwnames, a[:]); err != nil {
				return object.Null, err
			}
			return randRange(t, genOf(args[0]), a[1], a[2], a[3])
		}, Doc: "Choose a random item from range(stop) or range(start, stop[, step])."},
		{Name: "randint", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			var a [3]object.Value
			if err := defRandint.Bind(args, kwnames, a[:]); err != nil {
				return object.Null, err
			}
			b, err := object.BinaryOp(t, a[2], object.Int(1), object.OpAdd)
			if err != nil {
				return object.Null, err
			}
			return randRange(t, genOf(args[0]), a[1], b, object.Null)
		}, Doc: "Return random integer in range [a, b], including both end points."},
		{Name: "choice", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			var a [2]object.Value
			if err := defChoice.Bind(args, kwnames, a[:]); err != nil {
				return object.Null, err
			}
			n, err := object.Len(t, a[1])
			if err != nil {
				return object.Null, err
			}
			i, err := genOf(args[0]).Choice(n)
			if err != nil {
				return object.Null, randomErr(err)
			}
			return object.GetItem(t, a[1], object.Int(int64(i)))
		}, Doc: "Choose a random element from a non-empty sequence."},
		{Name: "choices", Fn: randomChoices, Doc: "Return a k sized list of population elements chosen with replacement."},
		{Name: "sample", Fn: randomSample, Doc: "Chooses k unique random elements from a population sequence."},
		{Name: "shuffle", Fn: randomShuffle, Doc: "Shuffle list x in place, and return None."},
		{Name: "randbytes", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			var a [2]object.Value
			if err := defRandbytes.Bind(args, kwnames, a[:]); err != nil {
				return object.Null, err
			}
			// random.py: self.getrandbits(n * 8).to_bytes(n, 'little')
			bits, err := object.BinaryOp(t, a[1], object.Int(8), object.OpMul)
			if err != nil {
				return object.Null, err
			}
			k, err := cIntArg(t, bits)
			if err != nil {
				return object.Null, err
			}
			if k < 0 {
				return object.Null, object.NewError(object.ValueError, "number of bits must be non-negative")
			}
			b := make([]byte, k/8)
			genOf(args[0]).Bytes(b)
			return object.NewBytes(b), nil
		}, Doc: "Generate n random bytes."},
		{Name: "uniform", Fn: variate(defUniform, []float64{required, required}, slowUniform, func(g *mt19937.Random, a, b float64) (float64, error) {
			return g.Uniform(a, b), nil
		}), Doc: "Get a random number in the range [a, b) or [a, b] depending on rounding."},
		{Name: "triangular", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
			var a [4]object.Value
			if err := defTriangular.Bind(args, kwnames, a[:]); err != nil {
				return object.Null, err
			}
			p := [3]float64{0, 1, 0}
			hasMode := !a[3].IsNull() && !a[3].IsNone()
			if !hasMode {
				a[3] = object.None
			}
			real := true
			for i, v := range a[1:3] {
				if v.IsNull() {
					a[i+1] = object.Float(p[i])
				} else if !isReal(v) {
					real = false
				}
			}
			if hasMode && !isReal(a[3]) {
				real = false
			}
			for i, v := range a[1:] {
				if !real {
					break
				}
				if !v.IsNone() {
					x, err := object.ToFloat(t, v)
					if err != nil {
						return object.Null, err
					}
					p[i] = x
				}
			}
			// With an empty range random.py returns low itself (catching the
			// ZeroDivisionError), which may be an int.
			if !real || hasMode && p[0] == p[1] {
				return slowTriangular(t, genOf(args[0]), a[1:])
			}
			return object.Float(genOf(args[0]).Triangular(p[0], p[1], p[2], hasMode)), nil
		}, Doc: "Triangular distribution."},
		{Name: "gauss", Fn: variate(defGauss, []float64{0, 1}, slowGauss, func(g *mt19937.Random, mu, sigma float64) (float64, error) {
			return g.Gauss(mu, sigma, glibcMath), nil
		}), Doc: "Gaussian distribution."},
		{Name: "normalvariate", Fn: variate(defNormal, []float64{0, 1}, slowNormal, func(g *mt19937.Random, mu, sigma float64) (float64, error) {
			return g.NormalVariate(mu, sigma, glibcMath), nil
		}), Doc: "Normal distribution."},
		{Name: "lognormvariate", Fn: variate(defLogNorm, []float64{required, required}, slowLogNorm, func(g *mt19937.Random, mu, sigma float64) (float64, error) {
			return g.LogNormVariate(mu, sigma, glibcMath)
		}), Doc: "Log normal distribution."},
		{Name: "expovariate", Fn: variate(defExpo, []float64{required}, slowExpo, func(g *mt19937.Random, lambd, _ float64) (float64, error) {
			return g.ExpoVariate(lambd, glibcMath)
		}), Doc: "Exponential distribution."},
		{Name: "vonmisesvariate", Fn: variate(defVonMises, []float64{required, required}, slowVonMises, func(g *mt19937.Random, mu, kappa float64) (float64, error) {
			return g.VonMisesVariate(mu, kappa, glibcMath)
		}), Doc: "Circular data distribution."},
		{Name: "gammavariate", Fn: variate(defGamma, []float64{required, required}, slowGamma, func(g *mt19937.Random, a, b float64) (float64, error) {
			return g.GammaVariate(a, b, glibcMath)
		}), Doc: "Gamma distribution.  Not the gamma function!"},
		{Name: "betavariate", Fn: variate(defBeta, []float64{required, required}, slowBeta, func(g *mt19937.Random, a, b float64) (float64, error) {
			return g.BetaVariate(a, b, glibcMath)
		}), Doc: "Beta distribution."},
		{Name: "paretovariate", Fn: variate(defPareto, []float64{required}, slowPareto, func(g *mt19937.Random, a, _ float64) (float64, error) {
			return g.ParetoVariate(a, glibcMath)
		}), Doc: "Pareto distribution.  alpha is the shape parameter."},
		{Name: "weibullvariate", Fn: variate(defWeibull, []float64{required, required}, slowWeibull, func(g *mt19937.Random, a, b float64) (float64, error) {
			return g.WeibullVariate(a, b, glibcMath)
		}), Doc: "Weibull distribution."},
	}
}

// noState is the seed/getstate/setstate of SystemRandom.
func noState(name string) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if name == "seed" {
			return object.None, nil // CPython's SystemRandom.seed is a no-op
		}
		return object.Null, object.NewError(object.NotImplementedError, "System entropy source does not have state.")
	}}
}

var (
	defSysRandom    = pyDef("SystemRandom.random", 1, "self")
	defSysRandBits  = pyDef("SystemRandom.getrandbits", 2, "self", "k")
	defSysRandBytes = pyDef("SystemRandom.randbytes", 2, "self", "n")
)

// The methods SystemRandom redefines, which random.py writes in Python
// over os.urandom.
var systemRandomMethods = []object.MethodDef{
	{Name: "random", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [1]object.Value
		if err := defSysRandom.Bind(args, kwnames, a[:]); err != nil {
			return object.Null, err
		}
		var b [8]byte
		rand.Read(b[1:])
		return object.Float(float64(binary.BigEndian.Uint64(b[:])>>3) * 0x1p-53), nil
	}, Doc: "Get the next random number in the range [0.0, 1.0)."},
	{Name: "getrandbits", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [2]object.Value
		if err := defSysRandBits.Bind(args, kwnames, a[:]); err != nil {
			return object.Null, err
		}
		// if k < 0: raise ...; numbytes = (k + 7) // 8; _urandom(numbytes)
		k := a[1]
		neg, err := object.RichCompare(t, k, object.Int(0), object.CmpLT)
		if err != nil {
			return object.Null, err
		}
		if isNeg, err := object.Truth(t, neg); err != nil || isNeg {
			if err == nil {
				err = object.NewError(object.ValueError, "number of bits must be non-negative")
			}
			return object.Null, err
		}
		if !k.Type().IsSubtype(object.IntType) {
			c := pyArith{t: t}
			if nbytes := c.op(c.op(k, object.OpAdd, object.Int(7)), object.OpFloorDiv, object.Int(8)); c.err == nil {
				_, c.err = object.Index(t, nbytes)
			}
			if c.err != nil {
				return object.Null, c.err
			}
		}
		n, err := object.IndexInt(t, k)
		if err != nil || n > math.MaxInt32 {
			return object.Null, object.NewError(object.MemoryError, "")
		}
		return osRandBits(n), nil
	}, Doc: "getrandbits(k) -> x.  Generates an int with k random bits."},
	{Name: "randbytes", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [2]object.Value
		if err := defSysRandBytes.Bind(args, kwnames, a[:]); err != nil {
			return object.Null, err
		}
		// os.urandom(n)
		iv, err := object.Index(t, a[1])
		if err != nil {
			return object.Null, err
		}
		n, ok := object.AsInt64(iv)
		switch {
		case !ok:
			return object.Null, object.NewError(object.OverflowError, "Python int too large to convert to C ssize_t")
		case n < 0:
			return object.Null, object.NewError(object.ValueError, "negative argument not allowed")
		case n > math.MaxInt32:
			return object.Null, object.NewError(object.MemoryError, "")
		}
		b := make([]byte, n)
		rand.Read(b)
		return object.NewBytes(b), nil
	}, Doc: "Generate n random bytes."},
	noState("seed"),
	noState("getstate"),
	noState("setstate"),
}
