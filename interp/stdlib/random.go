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
	object.Subclassable[randomObject](randomType)
	randomType.Doc = "Random number generator base class used by bound module functions."
	randomType.New = randomNew
	randomType.Init = randomInit
	randomType.AddMethods(randomMethods)
	randomType.Ready()
	object.Subclassable[randomObject](systemRandomType)
	systemRandomType.Doc = "Alternate random number generator using sources provided\nby the operating system (such as /dev/urandom on Unix or\nCryptGenRandom on Windows)."
	systemRandomType.AddMethods(systemRandomMethods)
	systemRandomType.Ready()
	modules = append(modules, &interp.ModuleDef{
		Name: "random",
		Doc:  "Random variable generators.",
		Init: randomModuleInit,
	})
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
	if typ == randomType && object.Positional(args, kwnames) > 1 {
		return object.Null, object.NewError(object.TypeError, "Random() expected at most 1 argument, got "+itoa(len(args)))
	}
	r := newRandom(typ)
	r.gen.SeedOS()
	return r.AsValue(), nil
}

// randomInit is Random.__init__(x=None): it calls self.seed(x), through
// the attribute so that a subclass's seed runs.
func randomInit(t *object.Thread, self object.Value, args []object.Value, kwnames *object.Tuple) error {
	var a [1]object.Value
	if err := object.ParseArgs("Random", args, kwnames, []string{"x"}, 0, 1, a[:]); err != nil {
		return err
	}
	x := a[0]
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

func seedRandom(t *object.Thread, g *mt19937.Random, a object.Value, version int64) error {
	switch {
	case a.IsNone():
		g.SeedOS()
		return nil
	case a.IsInt():
		g.SeedInt64(a.AsInt())
		return nil
	}
	if s, ok := a.AsStr(); ok {
		switch version {
		case 1:
			g.SeedV1([]rune(s.String()))
			return nil
		case 2:
			g.SeedBytes([]byte(s.String()))
			return nil
		}
	} else if b, ok := object.BytesData(a); ok {
		switch version {
		case 1:
			cps := make([]rune, len(b))
			for i, c := range b {
				cps[i] = rune(c)
			}
			g.SeedV1(cps)
			return nil
		case 2:
			g.SeedBytes(b)
			return nil
		}
	} else if bi, ok := object.AsBigInt(a); ok {
		g.SeedBig(bi)
		return nil
	} else if _, ok := object.AsFloat64(a); !ok {
		return object.NewError(object.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	h, err := object.Hash(t, a)
	if err != nil {
		return err
	}
	g.SeedHash(h)
	return nil
}

// floatArgs parses float arguments with defaults (NaN marks a required one).
func floatArgs(t *object.Thread, name string, args []object.Value, kwnames *object.Tuple, names []string, defaults []float64, out []float64) error {
	var buf [3]object.Value
	a := buf[:len(names)]
	nreq := 0
	for _, d := range defaults {
		if math.IsNaN(d) {
			nreq++
		}
	}
	if err := object.ParseArgs(name, args, kwnames, names, nreq, -1, a); err != nil {
		return err
	}
	for i, v := range a {
		if v.IsNull() {
			out[i] = defaults[i]
			continue
		}
		x, err := object.ToFloat(t, v)
		if err != nil {
			return err
		}
		out[i] = x
	}
	return nil
}

// variate makes a method from an mt19937 variate of two float parameters.
func variate(name string, params []string, defaults []float64, f func(g *mt19937.Random, a, b float64) (float64, error)) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var p [2]float64
		if err := floatArgs(t, name, args[1:], kwnames, params, defaults, p[:len(params)]); err != nil {
			return object.Null, err
		}
		return floatResult(f(genOf(args[0]), p[0], p[1]))
	}
}

var required = math.NaN()

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// rangeArg converts a randrange argument: an int, or (deprecated in 3.11)
// an integral float.
func rangeArg(t *object.Thread, v object.Value, pos int) (*big.Int, error) {
	if b, ok := object.AsBigInt(v); ok {
		return b, nil
	}
	if x, ok := object.AsFloat64(v); ok {
		if x != math.Trunc(x) || math.IsInf(x, 0) {
			return nil, object.Errorf(object.ValueError, "non-integer arg %d for randrange()", pos)
		}
		b, _ := big.NewFloat(x).Int(nil)
		return b, nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return nil, err
	}
	b, _ := object.AsBigInt(iv)
	return b, nil
}

func randRange(t *object.Thread, g *mt19937.Random, args []object.Value) (object.Value, error) {
	if len(args) == 1 && args[0].IsInt() {
		r, err := g.RandRangeStop(args[0].AsInt())
		if err != nil {
			return object.Null, randomErr(err)
		}
		return object.Int(r), nil
	}
	if len(args) == 2 && args[0].IsInt() && args[1].IsInt() {
		r, err := g.RandRange(args[0].AsInt(), args[1].AsInt(), 1)
		if err != nil {
			return object.Null, randomErr(err)
		}
		return object.Int(r), nil
	}
	var b [3]*big.Int
	for i, a := range args {
		if i == 1 && a.IsNone() {
			continue
		}
		x, err := rangeArg(t, a, i+1)
		if err != nil {
			return object.Null, err
		}
		b[i] = x
	}
	step := b[2]
	if step == nil {
		step = big.NewInt(1)
	}
	r, err := g.RandRangeBig(b[0], b[1], step)
	if err != nil {
		return object.Null, randomErr(err)
	}
	return object.IntFromBig(r), nil
}

var randrangeNames = []string{"start", "stop", "step"}

func sequenceLen(t *object.Thread, v object.Value) (int, error) { return object.Len(t, v) }

func collectFloats(t *object.Thread, v object.Value) ([]float64, error) {
	items, err := object.Collect(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(items))
	for i, it := range items {
		if out[i], err = object.ToFloat(t, it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

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
	var a [4]object.Value
	if err := object.ParseArgs("choices", args[1:], kwnames, []string{"population", "weights", "cum_weights", "k"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
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
		return pick(t, a[0], g.Choices(n, k))
	}
	var cumF []float64
	if cum.IsNull() || cum.IsNone() {
		// Accumulate with Python's + so int weights sum exactly.
		items, err := object.Collect(t, weights)
		if err != nil {
			return object.Null, err
		}
		cumF = make([]float64, len(items))
		var acc object.Value
		for i, w := range items {
			if i == 0 {
				acc = w
			} else if acc, err = object.BinaryOp(t, acc, w, object.OpAdd); err != nil {
				return object.Null, err
			}
			if cumF[i], err = object.ToFloat(t, acc); err != nil {
				return object.Null, err
			}
		}
	} else {
		if !weights.IsNull() && !weights.IsNone() {
			return object.Null, object.NewError(object.TypeError, "Cannot specify both weights and cumulative weights")
		}
		if cumF, err = collectFloats(t, cum); err != nil {
			return object.Null, err
		}
	}
	if len(cumF) != n {
		return object.Null, object.NewError(object.ValueError, "The number of weights does not match the population")
	}
	idx, err := g.ChoicesCum(cumF, k)
	if err != nil {
		return object.Null, randomErr(err)
	}
	return pick(t, a[0], idx)
}

func randomSample(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("sample", args[1:], kwnames, []string{"population", "k", "counts"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	pop := a[0]
	if typ := pop.Type(); typ.IsSubtype(object.DictType) || typ.IsSubtype(object.SetType) || typ.IsSubtype(object.FrozenSetType) || typ.GetItem == nil {
		return object.Null, object.NewError(object.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	g := genOf(args[0])
	n, err := sequenceLen(t, pop)
	if err != nil {
		return object.Null, err
	}
	k, err := object.IndexInt(t, a[1])
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

func randomShuffle(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("shuffle", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	x := args[1]
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
		var vi, vj object.Value
		if vi, err = object.GetItem(t, x, object.Int(int64(i))); err != nil {
			return
		}
		if vj, err = object.GetItem(t, x, object.Int(int64(j))); err != nil {
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
	if err := object.CheckArity("getstate", args[1:], kwnames, 0, 0); err != nil {
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
	if err := object.CheckArity("setstate", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	g := &(*randomObject)(args[0].Pointer()).gen
	state, err := object.Collect(t, args[1])
	if err != nil {
		return object.Null, err
	}
	if len(state) == 0 {
		return object.Null, object.NewError(object.IndexError, "tuple index out of range")
	}
	version := state[0]
	if v, ok := object.AsInt64(version); !ok || (v != 2 && v != 3) || len(state) != 3 {
		r, err := object.Repr(t, version)
		if err != nil {
			return object.Null, err
		}
		return object.Null, object.Errorf(object.ValueError, "state with version %s passed to Random.setstate() of version 3", r)
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
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", w.Type().Name)
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
	if err := object.CheckArity("getrandbits", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	k, err := object.IndexInt(t, args[1])
	if err != nil {
		return object.Null, err
	}
	if k < 0 {
		return object.Null, object.NewError(object.ValueError, "number of bits must be non-negative")
	}
	if args[0].Type().IsSubtype(systemRandomType) {
		return osRandBits(k), nil
	}
	g := genOf(args[0])
	if k <= 64 {
		return object.IntFromUint64(g.Bits64(k)), nil
	}
	return object.IntFromBig(g.BitsBig(k)), nil
}

// osRandBits returns k random bits read from the operating system.
func osRandBits(k int) object.Value {
	buf := make([]byte, (k+7)/8)
	rand.Read(buf)
	b := new(big.Int).SetBytes(buf)
	return object.IntFromBig(b.Rsh(b, uint(len(buf)*8-k)))
}

var randomMethods = []object.MethodDef{
	{Name: "seed", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("seed", args[1:], kwnames, []string{"a", "version"}, 0, 2, a[:]); err != nil {
			return object.Null, err
		}
		x, version := a[0], int64(2)
		if x.IsNull() {
			x = object.None
		}
		if !a[1].IsNull() {
			v, ok := object.AsInt64(a[1])
			if !ok {
				return object.Null, object.NewError(object.TypeError, "version must be an int")
			}
			version = v
		}
		if err := seedRandom(t, &(*randomObject)(args[0].Pointer()).gen, x, version); err != nil {
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
		var a [3]object.Value
		if err := object.ParseArgs("randrange", args[1:], kwnames, randrangeNames, 1, 3, a[:]); err != nil {
			return object.Null, err
		}
		n := 3
		for n > 0 && a[n-1].IsNull() {
			n--
		}
		if n == 3 && a[1].IsNull() {
			a[1] = object.None
		}
		if n == 3 {
			if step, ok := object.AsInt64(a[2]); ok && step == 1 {
				n = 2
			}
		}
		if n == 2 && a[1].IsNone() {
			n = 1
		}
		return randRange(t, genOf(args[0]), a[:n])
	}, Doc: "Choose a random item from range(stop) or range(start, stop[, step])."},
	{Name: "randint", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("randint", args[1:], kwnames, 2, 2); err != nil {
			return object.Null, err
		}
		b, err := object.BinaryOp(t, args[2], object.Int(1), object.OpAdd)
		if err != nil {
			return object.Null, err
		}
		return randRange(t, genOf(args[0]), []object.Value{args[1], b})
	}, Doc: "Return random integer in range [a, b], including both end points."},
	{Name: "choice", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("choice", args[1:], kwnames, 1, 1); err != nil {
			return object.Null, err
		}
		n, err := object.Len(t, args[1])
		if err != nil {
			return object.Null, err
		}
		i, err := genOf(args[0]).Choice(n)
		if err != nil {
			return object.Null, randomErr(err)
		}
		return object.GetItem(t, args[1], object.Int(int64(i)))
	}, Doc: "Choose a random element from a non-empty sequence."},
	{Name: "choices", Fn: randomChoices, Doc: "Return a k sized list of population elements chosen with replacement."},
	{Name: "sample", Fn: randomSample, Doc: "Chooses k unique random elements from a population sequence."},
	{Name: "shuffle", Fn: randomShuffle, Doc: "Shuffle list x in place, and return None."},
	{Name: "randbytes", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("randbytes", args[1:], kwnames, 1, 1); err != nil {
			return object.Null, err
		}
		n, err := object.IndexInt(t, args[1])
		if err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, object.NewError(object.ValueError, "negative argument not allowed")
		}
		b := make([]byte, n)
		if args[0].Type().IsSubtype(systemRandomType) {
			rand.Read(b)
		} else {
			genOf(args[0]).Bytes(b)
		}
		return object.NewBytes(b), nil
	}, Doc: "Generate n random bytes."},
	{Name: "uniform", Fn: variate("uniform", []string{"a", "b"}, []float64{required, required}, func(g *mt19937.Random, a, b float64) (float64, error) {
		return g.Uniform(a, b), nil
	}), Doc: "Get a random number in the range [a, b) or [a, b] depending on rounding."},
	{Name: "triangular", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [3]object.Value
		if err := object.ParseArgs("triangular", args[1:], kwnames, []string{"low", "high", "mode"}, 0, 3, a[:]); err != nil {
			return object.Null, err
		}
		p := [3]float64{0, 1, 0}
		for i, v := range a {
			if v.IsNull() || v.IsNone() {
				continue
			}
			x, err := object.ToFloat(t, v)
			if err != nil {
				return object.Null, err
			}
			p[i] = x
		}
		hasMode := !a[2].IsNull() && !a[2].IsNone()
		return object.Float(genOf(args[0]).Triangular(p[0], p[1], p[2], hasMode)), nil
	}, Doc: "Triangular distribution."},
	{Name: "gauss", Fn: variate("gauss", []string{"mu", "sigma"}, []float64{0, 1}, func(g *mt19937.Random, mu, sigma float64) (float64, error) {
		return g.Gauss(mu, sigma, glibcMath), nil
	}), Doc: "Gaussian distribution."},
	{Name: "normalvariate", Fn: variate("normalvariate", []string{"mu", "sigma"}, []float64{0, 1}, func(g *mt19937.Random, mu, sigma float64) (float64, error) {
		return g.NormalVariate(mu, sigma, glibcMath), nil
	}), Doc: "Normal distribution."},
	{Name: "lognormvariate", Fn: variate("lognormvariate", []string{"mu", "sigma"}, []float64{required, required}, func(g *mt19937.Random, mu, sigma float64) (float64, error) {
		return g.LogNormVariate(mu, sigma, glibcMath)
	}), Doc: "Log normal distribution."},
	{Name: "expovariate", Fn: variate("expovariate", []string{"lambd"}, []float64{required}, func(g *mt19937.Random, lambd, _ float64) (float64, error) {
		return g.ExpoVariate(lambd, glibcMath)
	}), Doc: "Exponential distribution."},
	{Name: "vonmisesvariate", Fn: variate("vonmisesvariate", []string{"mu", "kappa"}, []float64{required, required}, func(g *mt19937.Random, mu, kappa float64) (float64, error) {
		return g.VonMisesVariate(mu, kappa, glibcMath)
	}), Doc: "Circular data distribution."},
	{Name: "gammavariate", Fn: variate("gammavariate", []string{"alpha", "beta"}, []float64{required, required}, func(g *mt19937.Random, a, b float64) (float64, error) {
		return g.GammaVariate(a, b, glibcMath)
	}), Doc: "Gamma distribution.  Not the gamma function!"},
	{Name: "betavariate", Fn: variate("betavariate", []string{"alpha", "beta"}, []float64{required, required}, func(g *mt19937.Random, a, b float64) (float64, error) {
		return g.BetaVariate(a, b, glibcMath)
	}), Doc: "Beta distribution."},
	{Name: "paretovariate", Fn: variate("paretovariate", []string{"alpha"}, []float64{required}, func(g *mt19937.Random, a, _ float64) (float64, error) {
		return g.ParetoVariate(a, glibcMath)
	}), Doc: "Pareto distribution.  alpha is the shape parameter."},
	{Name: "weibullvariate", Fn: variate("weibullvariate", []string{"alpha", "beta"}, []float64{required, required}, func(g *mt19937.Random, a, b float64) (float64, error) {
		return g.WeibullVariate(a, b, glibcMath)
	}), Doc: "Weibull distribution."},
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

var systemRandomMethods = []object.MethodDef{
	{Name: "random", Fn: func(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("random", args[1:], kwnames, 0, 0); err != nil {
			return object.Null, err
		}
		var b [8]byte
		rand.Read(b[1:])
		return object.Float(float64(binary.BigEndian.Uint64(b[:])>>3) * 0x1p-53), nil
	}, Doc: "Get the next random number in the range [0.0, 1.0)."},
	noState("seed"),
	noState("getstate"),
	noState("setstate"),
}
