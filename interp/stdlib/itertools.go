// itertools.go: the itertools module: iterator building blocks (count,
// cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
// groupby, islice, pairwise, starmap, takewhile, tee, zip_longest) and the
// combinatoric iterators (product, permutations, combinations,
// combinations_with_replacement), with CPython 3.11's results, reprs and
// error messages.
//
// Every iterator is a native type whose instance holds the state the
// equivalent generator would; an exhausted iterator drops its sources so
// that later calls stay exhausted and the sources can be collected.

package stdlib

import (
	"math"
	"strconv"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// itertoolsType declares a native iterator type of the itertools module.
func itertoolsType(name string, newFn object.NewFunc, next object.NextFunc) *object.Type {
	typ := object.NewNativeType(name, "itertools", nil)
	typ.New = newFn
	typ.Iter = iterSelf
	typ.Next = next
	return typ
}

// iterSelf is __iter__ of iterators.
func iterSelf(_ *object.Thread, v object.Value) (object.Value, error) { return v, nil }

var (
	countType        = itertoolsType("count", countNew, countNext)
	cycleType        = itertoolsType("cycle", cycleNew, cycleNext)
	repeatType       = itertoolsType("repeat", repeatNew, repeatNext)
	accumulateType   = itertoolsType("accumulate", accumulateNew, accumulateNext)
	chainType        = itertoolsType("chain", chainNew, chainNext)
	compressType     = itertoolsType("compress", compressNew, compressNext)
	dropwhileType    = itertoolsType("dropwhile", dropwhileNew, dropwhileNext)
	takewhileType    = itertoolsType("takewhile", takewhileNew, takewhileNext)
	filterfalseType  = itertoolsType("filterfalse", filterfalseNew, filterfalseNext)
	groupbyType      = itertoolsType("groupby", groupbyNew, groupbyNext)
	grouperType      = itertoolsType("_grouper", nil, grouperNext)
	isliceType       = itertoolsType("islice", isliceNew, isliceNext)
	pairwiseType     = itertoolsType("pairwise", pairwiseNew, pairwiseNext)
	starmapType      = itertoolsType("starmap", starmapNew, starmapNext)
	teeType          = itertoolsType("_tee", nil, teeNext)
	zipLongestType   = itertoolsType("zip_longest", zipLongestNew, zipLongestNext)
	productType      = itertoolsType("product", productNew, productNext)
	permutationsType = itertoolsType("permutations", permutationsNew, permutationsNext)
	combinationsType = itertoolsType("combinations", combinationsNew, combinationsNext)
	cwrType          = itertoolsType("combinations_with_replacement", cwrNew, cwrNext)
)

var itertoolsTypes = []*object.Type{
	countType, cycleType, repeatType, accumulateType, chainType, compressType,
	dropwhileType, takewhileType, filterfalseType, groupbyType, grouperType,
	isliceType, pairwiseType, starmapType, teeType, zipLongestType, productType,
	permutationsType, combinationsType, cwrType,
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:    "itertools",
		Doc:     "Functional tools for creating and using iterators.",
		Methods: []object.MethodDef{{Name: "tee", Fn: itertoolsTee, Doc: "Returns a tuple of n independent iterators."}},
		Setup: func() {
			teeType.New = teeNew
			countType.Repr = countRepr
			repeatType.Repr = repeatRepr
			repeatType.AddMethods([]object.MethodDef{{Name: "__length_hint__", Fn: repeatLengthHint}})
			chainType.AddMethods([]object.MethodDef{{Name: "from_iterable", Fn: chainFromIterable, Kind: object.ClassMethod,
				Doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily."}})
			teeType.AddMethods([]object.MethodDef{{Name: "__copy__", Fn: teeCopyMethod}})
			for _, typ := range itertoolsTypes {
				typ.Ready()
			}
		},
		Init: func(_ *interp.Thread, m *interp.Module) error {
			for _, typ := range itertoolsTypes {
				if typ != grouperType && typ != teeType {
					m.Dict().SetStr(object.Intern(typ.Name), typ.AsValue())
				}
			}
			return nil
		},
	})
}

// newObj returns a new instance of the native type typ with Go layout T.
func newObj[T any](typ *object.Type) *T {
	p := new(T)
	*(*object.Header)(unsafe.Pointer(p)) = object.NewHeader(typ)
	return p
}

func asValue[T any](p *T) object.Value { return object.FromPointer(unsafe.Pointer(p)) }

func self[T any](v object.Value) *T { return (*T)(v.Pointer()) }

// parseArgs binds arguments as object.ParseArgs does into a fixed array.
func parseArgs(fname string, args []object.Value, kwnames *object.Tuple, names []string, nRequired, nPositional int) ([4]object.Value, error) {
	var out [4]object.Value
	err := object.ParseArgs(fname, args, kwnames, names, nRequired, nPositional, out[:len(names)])
	return out, err
}

func iterAll(t *object.Thread, vs []object.Value) ([]object.Value, error) {
	its := make([]object.Value, len(vs))
	for i, v := range vs {
		it, err := object.Iter(t, v)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

func reprOf(t *object.Thread, v object.Value) (string, error) {
	s, err := object.Repr(t, v)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

func truth(t *object.Thread, v object.Value) (bool, error) { return object.Truth(t, v) }

// ---- count ----

type count struct {
	object.Header
	cur, step object.Value
}

func isNumber(v object.Value) bool {
	typ := v.Type()
	return typ.Binary[object.OpAdd] != nil && (typ.Index != nil || typ.Float != nil || typ.Int != nil ||
		typ.IsSubtype(object.IntType) || typ.IsSubtype(object.FloatType) || typ.IsSubtype(object.ComplexType))
}

func countNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	a, err := parseArgs("count", args, kwnames, []string{"start", "step"}, 0, 2)
	if err != nil {
		return object.Null, err
	}
	c := newObj[count](typ)
	c.cur, c.step = a[0], a[1]
	if c.cur.IsNull() {
		c.cur = object.Int(0)
	}
	if c.step.IsNull() {
		c.step = object.Int(1)
	}
	if !isNumber(c.cur) || !isNumber(c.step) {
		return object.Null, object.NewError(object.TypeError, "a number is required")
	}
	return asValue(c), nil
}

func countNext(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[count](v)
	r := c.cur
	if r.IsInt() && c.step.IsInt() {
		c.cur = object.IntAdd(r.AsInt(), c.step.AsInt())
		return r, nil
	}
	next, err := object.BinaryOp(t, r, c.step, object.OpAdd)
	if err != nil {
		return object.Null, err
	}
	c.cur = next
	return r, nil
}

func countRepr(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[count](v)
	cur, err := reprOf(t, c.cur)
	if err != nil {
		return object.Null, err
	}
	name := v.Type().Name
	if c.step.IsInt() && c.step.AsInt() == 1 {
		return object.StrValue(name + "(" + cur + ")"), nil
	}
	step, err := reprOf(t, c.step)
	if err != nil {
		return object.Null, err
	}
	return object.StrValue(name + "(" + cur + ", " + step + ")"), nil
}

// ---- cycle ----

type cycle struct {
	object.Header
	it    object.Value // Null once the source is exhausted
	saved []object.Value
	index int
}

func cycleNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := checkNoKw("cycle", kwnames); err != nil {
		return object.Null, err
	}
	if err := clinicArity("cycle", args, nil, 1, 1); err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, args[0])
	if err != nil {
		return object.Null, err
	}
	c := newObj[cycle](typ)
	c.it = it
	return asValue(c), nil
}

func cycleNext(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[cycle](v)
	if !c.it.IsNull() {
		x, err := object.Next(t, c.it)
		if err != nil {
			return object.Null, err
		}
		if !x.IsNull() {
			c.saved = append(c.saved, x)
			return x, nil
		}
		c.it = object.Null
	}
	if len(c.saved) == 0 {
		return object.Null, nil
	}
	x := c.saved[c.index]
	c.index++
	if c.index == len(c.saved) {
		c.index = 0
	}
	return x, nil
}

func checkNoKw(name string, kwnames *object.Tuple) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return object.Errorf(object.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// ---- repeat ----

type repeat struct {
	object.Header
	obj   object.Value
	times int64 // -1: forever
}

func repeatNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	a, err := parseArgs("repeat", args, kwnames, []string{"object", "times"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	r := newObj[repeat](typ)
	r.obj, r.times = a[0], -1
	if !a[1].IsNull() {
		n, err := object.IndexInt(t, a[1])
		if err != nil {
			return object.Null, err
		}
		r.times = int64(max(n, 0))
	}
	return asValue(r), nil
}

func repeatNext(_ *object.Thread, v object.Value) (object.Value, error) {
	r := self[repeat](v)
	switch {
	case r.times < 0:
		return r.obj, nil
	case r.times == 0:
		return object.Null, nil
	}
	r.times--
	return r.obj, nil
}

func repeatRepr(t *object.Thread, v object.Value) (object.Value, error) {
	r := self[repeat](v)
	s, err := reprOf(t, r.obj)
	if err != nil {
		return object.Null, err
	}
	if r.times < 0 {
		return object.StrValue("repeat(" + s + ")"), nil
	}
	return object.StrValue("repeat(" + s + ", " + strconv.FormatInt(r.times, 10) + ")"), nil
}

func repeatLengthHint(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	r := self[repeat](args[0])
	if r.times < 0 {
		return object.Null, object.NewError(object.TypeError, "len() of unsized object")
	}
	return object.Int(r.times), nil
}

// ---- accumulate ----

type accumulate struct {
	object.Header
	it, fn, total, initial object.Value
}

func accumulateNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	a, err := parseArgs("accumulate", args, kwnames, []string{"iterable", "func", "initial"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, a[0])
	if err != nil {
		return object.Null, err
	}
	acc := newObj[accumulate](typ)
	acc.it, acc.fn = it, a[1]
	if acc.fn.IsNone() {
		acc.fn = object.Null
	}
	if !a[2].IsNone() {
		acc.initial = a[2]
	}
	return asValue(acc), nil
}

func accumulateNext(t *object.Thread, v object.Value) (object.Value, error) {
	acc := self[accumulate](v)
	if !acc.initial.IsNull() {
		acc.total, acc.initial = acc.initial, object.Null
		return acc.total, nil
	}
	if acc.it.IsNull() {
		return object.Null, nil
	}
	x, err := object.Next(t, acc.it)
	if err != nil || x.IsNull() {
		acc.it = object.Null
		return object.Null, err
	}
	if acc.total.IsNull() {
		acc.total = x
		return x, nil
	}
	var r object.Value
	if acc.fn.IsNull() {
		r, err = object.BinaryOp(t, acc.total, x, object.OpAdd)
	} else {
		r, err = object.Call2(t, acc.fn, acc.total, x)
	}
	if err != nil {
		return object.Null, err
	}
	acc.total = r
	return r, nil
}

// ---- chain ----

type chain struct {
	object.Header
	sources object.Value // iterator over the iterables; Null when done
	active  object.Value // current iterator, Null between iterables
}

func chainNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := checkNoKw("chain", kwnames); err != nil {
		return object.Null, err
	}
	c := newObj[chain](typ)
	tup := object.NewTuple(append([]object.Value(nil), args...)...)
	src, err := object.Iter(t, tup.AsValue())
	if err != nil {
		return object.Null, err
	}
	c.sources = src
	return asValue(c), nil
}

func chainFromIterable(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("from_iterable", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	typ, _ := args[0].AsType()
	src, err := object.Iter(t, args[1])
	if err != nil {
		return object.Null, err
	}
	c := newObj[chain](typ)
	c.sources = src
	return asValue(c), nil
}

func chainNext(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[chain](v)
	for !c.sources.IsNull() {
		if c.active.IsNull() {
			iterable, err := object.Next(t, c.sources)
			if err != nil {
				return object.Null, err
			}
			if iterable.IsNull() {
				c.sources = object.Null
				return object.Null, nil
			}
			if c.active, err = object.Iter(t, iterable); err != nil {
				return object.Null, err
			}
		}
		x, err := object.Next(t, c.active)
		if err != nil || !x.IsNull() {
			return x, err
		}
		c.active = object.Null
	}
	return object.Null, nil
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----

type predIter struct {
	object.Header
	fn, it  object.Value // it is Null once exhausted
	started bool         // dropwhile: the predicate failed once
}

func newPredIter(t *object.Thread, typ *object.Type, name string, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := checkNoKw(name, kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckArity(name, args, nil, 2, 2); err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, args[1])
	if err != nil {
		return object.Null, err
	}
	p := newObj[predIter](typ)
	p.fn, p.it = args[0], it
	return asValue(p), nil
}

func compressNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	a, err := parseArgs("compress", args, kwnames, []string{"data", "selectors"}, 2, 2)
	if err != nil {
		return object.Null, err
	}
	data, err := object.Iter(t, a[0])
	if err != nil {
		return object.Null, err
	}
	sel, err := object.Iter(t, a[1])
	if err != nil {
		return object.Null, err
	}
	p := newObj[predIter](typ)
	p.it, p.fn = data, sel
	return asValue(p), nil
}

func compressNext(t *object.Thread, v object.Value) (object.Value, error) {
	p := self[predIter](v)
	for !p.it.IsNull() {
		x, err := object.Next(t, p.it)
		if err != nil || x.IsNull() {
			return object.Null, err
		}
		s, err := object.Next(t, p.fn)
		if err != nil || s.IsNull() {
			return object.Null, err
		}
		ok, err := truth(t, s)
		if err != nil || ok {
			return x, err
		}
	}
	return object.Null, nil
}

func dropwhileNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	return newPredIter(t, typ, "dropwhile", args, kwnames)
}

func takewhileNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	return newPredIter(t, typ, "takewhile", args, kwnames)
}

func filterfalseNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	return newPredIter(t, typ, "filterfalse", args, kwnames)
}

func starmapNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	return newPredIter(t, typ, "starmap", args, kwnames)
}

func (p *predIter) test(t *object.Thread, x object.Value) (bool, error) {
	r, err := object.Call1(t, p.fn, x)
	if err != nil {
		return false, err
	}
	return truth(t, r)
}

func dropwhileNext(t *object.Thread, v object.Value) (object.Value, error) {
	p := self[predIter](v)
	for {
		x, err := object.Next(t, p.it)
		if err != nil || x.IsNull() || p.started {
			return x, err
		}
		ok, err := p.test(t, x)
		if err != nil {
			return object.Null, err
		}
		if !ok {
			p.started = true
			return x, nil
		}
	}
}

func takewhileNext(t *object.Thread, v object.Value) (object.Value, error) {
	p := self[predIter](v)
	if p.it.IsNull() {
		return object.Null, nil
	}
	x, err := object.Next(t, p.it)
	if err != nil || x.IsNull() {
		return object.Null, err
	}
	ok, err := p.test(t, x)
	if err != nil {
		return object.Null, err
	}
	if !ok {
		p.it = object.Null
		return object.Null, nil
	}
	return x, nil
}

func filterfalseNext(t *object.Thread, v object.Value) (object.Value, error) {
	p := self[predIter](v)
	for {
		x, err := object.Next(t, p.it)
		if err != nil || x.IsNull() {
			return object.Null, err
		}
		var ok bool
		if p.fn.IsNone() || p.fn == object.BoolType.AsValue() {
			ok, err = truth(t, x)
		} else {
			ok, err = p.test(t, x)
		}
		if err != nil {
			return object.Null, err
		}
		if !ok {
			return x, nil
		}
	}
}

func starmapNext(t *object.Thread, v object.Value) (object.Value, error) {
	p := self[predIter](v)
	x, err := object.Next(t, p.it)
	if err != nil || x.IsNull() {
		return object.Null, err
	}
	var args []object.Value
	if tup, ok := x.AsTuple(); ok {
		args = tup.Items
	} else {
		if args, err = object.Collect(t, x); err != nil {
			if e, ok := err.(*object.Exc); ok && e.Type() == object.TypeError {
				return object.Null, object.NewError(object.TypeError, "iterator should return tuples")
			}
			return object.Null, err
		}
	}
	return object.Call(t, p.fn, args, nil)
}

// ---- groupby ----

type groupby struct {
	object.Header
	it, keyfn          object.Value
	tgtKey, curKey     object.Value // key of the group wanted, key of curValue
	curValue           object.Value // Null when no item is pending
	currGrouper        *grouper
	exhausted, started bool
}

type grouper struct {
	object.Header
	parent *groupby
	tgtKey object.Value
}

func groupbyNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	a, err := parseArgs("groupby", args, kwnames, []string{"iterable", "key"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, a[0])
	if err != nil {
		return object.Null, err
	}
	g := newObj[groupby](typ)
	g.it, g.keyfn = it, a[1]
	if g.keyfn.IsNone() {
		g.keyfn = object.Null
	}
	return asValue(g), nil
}

// step reads the next item and its key; false at the end.
func (g *groupby) step(t *object.Thread) (bool, error) {
	if g.exhausted {
		return false, nil
	}
	x, err := object.Next(t, g.it)
	if err != nil {
		return false, err
	}
	if x.IsNull() {
		g.exhausted = true
		return false, nil
	}
	k := x
	if !g.keyfn.IsNull() {
		if k, err = object.Call1(t, g.keyfn, x); err != nil {
			return false, err
		}
	}
	g.curValue, g.curKey = x, k
	return true, nil
}

func groupbyNext(t *object.Thread, v object.Value) (object.Value, error) {
	g := self[groupby](v)
	g.currGrouper = nil
	for {
		if g.curValue.IsNull() {
			ok, err := g.step(t)
			if err != nil || !ok {
				return object.Null, err
			}
		}
		if !g.started {
			break
		}
		eq, err := object.Equal(t, g.tgtKey, g.curKey)
		if err != nil {
			return object.Null, err
		}
		if !eq {
			break
		}
		g.curValue = object.Null
	}
	g.started = true
	g.tgtKey = g.curKey
	gr := newObj[grouper](grouperType)
	gr.parent, gr.tgtKey = g, g.tgtKey
	g.currGrouper = gr
	return object.NewTuple(g.curKey, asValue(gr)).AsValue(), nil
}

func grouperNext(t *object.Thread, v object.Value) (object.Value, error) {
	gr := self[grouper](v)
	g := gr.parent
	if g.currGrouper != gr {
		return object.Null, nil
	}
	if g.curValue.IsNull() {
		ok, err := g.step(t)
		if err != nil || !ok {
			return object.Null, err
		}
	}
	eq, err := object.Equal(t, gr.tgtKey, g.curKey)
	if err != nil || !eq {
		return object.Null, err
	}
	x := g.curValue
	g.curValue = object.Null
	return x, nil
}

// ---- islice ----

type islice struct {
	object.Header
	it               object.Value // Null when done
	next, stop, step int64        // stop -1: no limit
	count            int64
}

func isliceIndex(t *object.Thread, v object.Value, msg string) (int64, error) {
	if v.IsNone() {
		return -1, nil
	}
	n, err := object.Index(t, v)
	if err != nil {
		return 0, object.NewError(object.ValueError, msg)
	}
	i, ok := object.AsInt64(n)
	if !ok {
		if b, _ := object.AsBigInt(n); b != nil && b.Sign() > 0 {
			return math.MaxInt64, nil
		}
		return 0, object.NewError(object.ValueError, msg)
	}
	if i < 0 {
		return 0, object.NewError(object.ValueError, msg)
	}
	return i, nil
}

func isliceNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := checkNoKw("islice", kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckArity("islice", args, nil, 2, 4); err != nil {
		return object.Null, err
	}
	s := newObj[islice](typ)
	s.step = 1
	var err error
	if len(args) == 2 {
		if s.stop, err = isliceIndex(t, args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return object.Null, err
		}
	} else {
		const msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		if s.next, err = isliceIndex(t, args[1], msg); err != nil {
			return object.Null, err
		}
		if s.next < 0 {
			s.next = 0
		}
		if s.stop, err = isliceIndex(t, args[2], msg); err != nil {
			return object.Null, err
		}
		if len(args) == 4 && !args[3].IsNone() {
			st, err := isliceIndex(t, args[3], "Step for islice() must be a positive integer or None.")
			if err != nil || st == 0 {
				return object.Null, object.NewError(object.ValueError, "Step for islice() must be a positive integer or None.")
			}
			s.step = st
		}
	}
	it, err := object.Iter(t, args[0])
	if err != nil {
		return object.Null, err
	}
	s.it = it
	return asValue(s), nil
}

func isliceNext(t *object.Thread, v object.Value) (object.Value, error) {
	s := self[islice](v)
	if s.it.IsNull() {
		return object.Null, nil
	}
	for s.count < s.next {
		x, err := object.Next(t, s.it)
		if err != nil || x.IsNull() {
			s.it = object.Null
			return object.Null, err
		}
		s.count++
	}
	if s.stop >= 0 && s.count >= s.stop {
		s.it = object.Null
		return object.Null, nil
	}
	x, err := object.Next(t, s.it)
	if err != nil || x.IsNull() {
		s.it = object.Null
		return object.Null, err
	}
	s.count++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop >= 0 && s.next > s.stop) {
		s.next = s.stop
	}
	return x, nil
}

// ---- pairwise ----

type pairwise struct {
	object.Header
	it, old object.Value
}

func pairwiseNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := checkNoKw("pairwise", kwnames); err != nil {
		return object.Null, err
	}
	if err := clinicArity("pairwise", args, nil, 1, 1); err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, args[0])
	if err != nil {
		return object.Null, err
	}
	p := newObj[pairwise](typ)
	p.it = it
	return asValue(p), nil
}

func pairwiseNext(t *object.Thread, v object.Value) (object.Value, error) {
	p := self[pairwise](v)
	if p.it.IsNull() {
		return object.Null, nil
	}
	if p.old.IsNull() {
		x, err := object.Next(t, p.it)
		if err != nil || x.IsNull() {
			p.it = object.Null
			return object.Null, err
		}
		p.old = x
	}
	x, err := object.Next(t, p.it)
	if err != nil || x.IsNull() {
		p.it, p.old = object.Null, object.Null
		return object.Null, err
	}
	r := object.NewPair(p.old, x).AsValue()
	p.old = x
	return r, nil
}

// ---- tee ----

// teeData is the buffer the iterators of one tee() share: items read from
// the source that some iterator has not yet returned, starting at index
// base of the overall sequence.
type teeData struct {
	it      object.Value
	items   []object.Value
	base    int
	readers []*tee
	running bool
}

type tee struct {
	object.Header
	data  *teeData
	index int
}

func teeNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := checkNoKw("_tee", kwnames); err != nil {
		return object.Null, err
	}
	if err := object.CheckArity("_tee", args, nil, 1, 1); err != nil {
		return object.Null, err
	}
	return newTee(t, args[0])
}

func newTee(t *object.Thread, iterable object.Value) (object.Value, error) {
	if iterable.Type() == teeType {
		return teeCopy(self[tee](iterable)), nil
	}
	it, err := object.Iter(t, iterable)
	if err != nil {
		return object.Null, err
	}
	d := &teeData{it: it}
	tt := newObj[tee](teeType)
	tt.data = d
	d.readers = append(d.readers, tt)
	return asValue(tt), nil
}

func teeCopy(src *tee) object.Value {
	tt := newObj[tee](teeType)
	tt.data, tt.index = src.data, src.index
	tt.data.readers = append(tt.data.readers, tt)
	return asValue(tt)
}

func teeCopyMethod(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	return teeCopy(self[tee](args[0])), nil
}

func teeNext(t *object.Thread, v object.Value) (object.Value, error) {
	tt := self[tee](v)
	d := tt.data
	i := tt.index - d.base
	if i == len(d.items) {
		if d.it.IsNull() {
			return object.Null, nil
		}
		if d.running {
			return object.Null, object.NewError(object.RuntimeError, "cannot re-enter the tee iterator")
		}
		d.running = true
		x, err := object.Next(t, d.it)
		d.running = false
		if err != nil {
			return object.Null, err
		}
		if x.IsNull() {
			d.it = object.Null
			return object.Null, nil
		}
		d.items = append(d.items, x)
	}
	x := d.items[i]
	tt.index++
	d.trim()
	return x, nil
}

// trim drops the buffered items every reader has passed.
func (d *teeData) trim() {
	low := d.readers[0].index
	for _, r := range d.readers[1:] {
		low = min(low, r.index)
	}
	if n := low - d.base; n > 64 && n*2 > len(d.items) {
		d.items = append(d.items[:0:0], d.items[n:]...)
		d.base = low
	}
}

func itertoolsTee(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckMethodArity("itertools.tee", args, kwnames, 1, 2); err != nil {
		return object.Null, err
	}
	n := 2
	if len(args) == 2 {
		var err error
		if n, err = object.IndexInt(t, args[1]); err != nil {
			return object.Null, err
		}
		if n < 0 {
			return object.Null, object.NewError(object.ValueError, "n must be >= 0")
		}
	}
	items := make([]object.Value, n)
	if n == 0 {
		return object.NewTuple().AsValue(), nil
	}
	it, err := object.Iter(t, args[0])
	if err != nil {
		return object.Null, err
	}
	var first object.Value
	if copier := it.Type().Lookup(object.Intern("__copy__")); !copier.IsNull() {
		first, err = object.Call(t, copier, []object.Value{it}, nil)
	} else {
		first, err = newTee(t, it)
	}
	if err != nil {
		return object.Null, err
	}
	items[0] = first
	for i := 1; i < n; i++ {
		if items[i], err = object.Call(t, first.Type().Lookup(object.Intern("__copy__")), []object.Value{first}, nil); err != nil {
			return object.Null, err
		}
	}
	return object.NewTuple(items...).AsValue(), nil
}

// ---- zip_longest ----

type zipLongest struct {
	object.Header
	its    []object.Value // an exhausted iterator becomes Null
	active int
	fill   object.Value
}

func zipLongestNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	npos := object.Positional(args, kwnames)
	fill := object.None
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if s, _ := k.AsStr(); s.String() != "fillvalue" {
				return object.Null, object.NewError(object.TypeError, "zip_longest() got an unexpected keyword argument '"+s.String()+"'")
			}
			fill = args[npos+i]
		}
	}
	its, err := iterAll(t, args[:npos])
	if err != nil {
		return object.Null, err
	}
	z := newObj[zipLongest](typ)
	z.its, z.active, z.fill = its, len(its), fill
	return asValue(z), nil
}

func zipLongestNext(t *object.Thread, v object.Value) (object.Value, error) {
	z := self[zipLongest](v)
	if len(z.its) == 0 || z.active == 0 {
		return object.Null, nil
	}
	var buf [4]object.Value
	items := buf[:0]
	if len(z.its) > len(buf) {
		items = make([]object.Value, 0, len(z.its))
	}
	items = items[:len(z.its)]
	for i, it := range z.its {
		if it.IsNull() {
			items[i] = z.fill
			continue
		}
		x, err := object.Next(t, it)
		if err != nil {
			z.active = 0
			return object.Null, err
		}
		if x.IsNull() {
			z.its[i] = object.Null
			z.active--
			if z.active == 0 {
				return object.Null, nil
			}
			x = z.fill
		}
		items[i] = x
	}
	return object.NewTupleCopy(items).AsValue(), nil
}

// ---- combinatorics ----

// combinatoric holds the state shared by product, permutations,
// combinations and combinations_with_replacement: the pool(s), the current
// indices, the last result, and whether the sequence is finished.
type combinatoric struct {
	object.Header
	pools   [][]object.Value // product: one pool per position; others: pools[0]
	indices []int
	cycles  []int // permutations
	r       int
	result  []object.Value // nil before the first result (product: until started)
	started bool           // product: the first result was made
	done    bool
}

func productNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	npos := object.Positional(args, kwnames)
	repeat := 1
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if s, _ := k.AsStr(); s.String() != "repeat" {
				return object.Null, object.NewError(object.TypeError, "'"+s.String()+"' is an invalid keyword argument for product()")
			}
			n, err := object.IndexInt(t, args[npos+i])
			if err != nil {
				return object.Null, err
			}
			if n < 0 {
				return object.Null, object.NewError(object.ValueError, "repeat argument cannot be negative")
			}
			repeat = n
		}
	}
	pools := make([][]object.Value, 0, npos*repeat)
	for _, a := range args[:npos] {
		items, err := object.Collect(t, a)
		if err != nil {
			return object.Null, err
		}
		pools = append(pools, items)
	}
	for i := 1; i < repeat; i++ {
		pools = append(pools, pools[:npos]...)
	}
	if repeat == 0 {
		pools = pools[:0]
	}
	c := newObj[combinatoric](typ)
	c.pools, c.indices, c.r = pools, make([]int, len(pools)), len(pools)
	return asValue(c), nil
}

func productNext(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[combinatoric](v)
	if c.done {
		return object.Null, nil
	}
	if !c.started {
		c.started = true
		for _, p := range c.pools {
			if len(p) == 0 {
				c.done = true
				return object.Null, nil
			}
		}
		c.result = make([]object.Value, len(c.pools))
		for i, p := range c.pools {
			c.result[i] = p[0]
		}
		return c.emit(t), nil
	}
	// Advance the indices like an odometer, updating the result only
	// where they change: mostly the last item alone.
	i := len(c.pools) - 1
	for ; i >= 0; i-- {
		p := c.pools[i]
		k := c.indices[i] + 1
		if k < len(p) {
			c.indices[i] = k
			c.result[i] = p[k]
			break
		}
		c.indices[i] = 0
		c.result[i] = p[0]
	}
	if i < 0 {
		c.done = true
		return object.Null, nil
	}
	return c.emit(t), nil
}

// emit returns the current result as a new tuple.
func (c *combinatoric) emit(t *object.Thread) object.Value {
	return t.NewTupleFrom(c.result).AsValue()
}

func poolAndR(t *object.Thread, name string, args []object.Value, kwnames *object.Tuple, rRequired bool) (*combinatoric, error) {
	nreq := 1
	if rRequired {
		nreq = 2
	}
	a, err := parseArgs(name, args, kwnames, []string{"iterable", "r"}, nreq, 2)
	if err != nil {
		return nil, err
	}
	// combinations' r is a C integer, converted before the pool is read;
	// permutations' may be None, checked after.
	rReq := 0
	if rRequired {
		if rReq, err = object.IndexInt(t, a[1]); err != nil {
			return nil, err
		}
	}
	pool, err := object.Collect(t, a[0])
	if err != nil {
		return nil, err
	}
	r := len(pool)
	if rRequired {
		r = rReq
		if r < 0 {
			return nil, object.NewError(object.ValueError, "r must be non-negative")
		}
	} else if !a[1].IsNull() && !a[1].IsNone() {
		if !a[1].Type().IsSubtype(object.IntType) {
			return nil, object.Errorf(object.TypeError, "Expected int as r")
		}
		if r, err = object.IndexInt(t, a[1]); err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, object.NewError(object.ValueError, "r must be non-negative")
		}
	}
	c := &combinatoric{pools: [][]object.Value{pool}, r: r}
	return c, nil
}

func combinatoricValue(typ *object.Type, c *combinatoric) object.Value {
	c.Header = object.NewHeader(typ)
	return asValue(c)
}

func permutationsNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	c, err := poolAndR(t, "permutations", args, kwnames, false)
	if err != nil {
		return object.Null, err
	}
	n := len(c.pools[0])
	c.indices = make([]int, n)
	for i := range c.indices {
		c.indices[i] = i
	}
	c.cycles = make([]int, max(c.r, 0))
	for i := range c.cycles {
		c.cycles[i] = n - i
	}
	return combinatoricValue(typ, c), nil
}

func permutationsNext(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[combinatoric](v)
	pool, n, r := c.pools[0], len(c.pools[0]), c.r
	if c.done || r > n {
		c.done = true
		return object.Null, nil
	}
	if c.result == nil {
		c.result = make([]object.Value, r)
		for i := range r {
			c.result[i] = pool[c.indices[i]]
		}
		return c.emit(t), nil
	}
	if n == 0 {
		c.done = true
		return object.Null, nil
	}
	i := r - 1
	for ; i >= 0; i-- {
		c.cycles[i]--
		if c.cycles[i] == 0 {
			idx := c.indices[i]
			copy(c.indices[i:], c.indices[i+1:])
			c.indices[n-1] = idx
			c.cycles[i] = n - i
			continue
		}
		j := c.cycles[i]
		c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
		for k := i; k < r; k++ {
			c.result[k] = pool[c.indices[k]]
		}
		break
	}
	if i < 0 {
		c.done = true
		return object.Null, nil
	}
	return c.emit(t), nil
}

func combinationsNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	c, err := poolAndR(t, "combinations", args, kwnames, true)
	if err != nil {
		return object.Null, err
	}
	c.indices = make([]int, c.r)
	for i := range c.indices {
		c.indices[i] = i
	}
	return combinatoricValue(typ, c), nil
}

func combinationsNext(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[combinatoric](v)
	pool, n, r := c.pools[0], len(c.pools[0]), c.r
	if c.done || r > n {
		c.done = true
		return object.Null, nil
	}
	if c.result == nil {
		c.result = make([]object.Value, r)
		for i := range r {
			c.result[i] = pool[i]
		}
		return c.emit(t), nil
	}
	i := r - 1
	for i >= 0 && c.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		c.done = true
		return object.Null, nil
	}
	c.indices[i]++
	for j := i + 1; j < r; j++ {
		c.indices[j] = c.indices[j-1] + 1
	}
	for j := i; j < r; j++ {
		c.result[j] = pool[c.indices[j]]
	}
	return c.emit(t), nil
}

func cwrNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	c, err := poolAndR(t, "combinations_with_replacement", args, kwnames, true)
	if err != nil {
		return object.Null, err
	}
	c.indices = make([]int, c.r)
	return combinatoricValue(typ, c), nil
}

func cwrNext(t *object.Thread, v object.Value) (object.Value, error) {
	c := self[combinatoric](v)
	pool, n, r := c.pools[0], len(c.pools[0]), c.r
	if c.done || (n == 0 && r > 0) {
		c.done = true
		return object.Null, nil
	}
	if c.result == nil {
		c.result = make([]object.Value, r)
		for i := range r {
			c.result[i] = pool[0]
		}
		return c.emit(t), nil
	}
	i := r - 1
	for i >= 0 && c.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		c.done = true
		return object.Null, nil
	}
	idx := c.indices[i] + 1
	for j := i; j < r; j++ {
		c.indices[j] = idx
		c.result[j] = pool[idx]
	}
	return c.emit(t), nil
}
