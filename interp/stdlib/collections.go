// collections.go: the _collections module, the Go half of collections:
// deque (a ring buffer with an optional maximum length), defaultdict and
// OrderedDict (dict subtypes whose instances start with an object.Dict, so
// every dict operation applies to them), and _count_elements for Counter.
// The rest of collections is Python (lib/collections/__init__.py).

package stdlib

import (
	"math"
	"strconv"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	dequeType        = object.NewNativeType("deque", "collections", nil)
	dequeIterType    = object.NewNativeType("_deque_iterator", "_collections", nil)
	dequeRevIterType = object.NewNativeType("_deque_reverse_iterator", "_collections", nil)
	defaultdictType  = object.NewNativeType("defaultdict", "collections", object.DictType)
	orderedDictType  = object.NewNativeType("OrderedDict", "collections", object.DictType)
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_collections",
		Doc:  "High performance data structures.",
		Methods: []object.MethodDef{{Name: "_count_elements", Fn: countElements,
			Doc: "Count elements in the iterable, updating the mapping"}},
		Setup: func() {
			initDeque()
			initDefaultdict()
			initOrderedDict()
		},
		Init: func(_ *interp.Thread, m *interp.Module) error {
			for _, typ := range []*object.Type{dequeType, defaultdictType, orderedDictType} {
				m.Dict().SetStr(object.Intern(typ.Name), typ.AsValue())
			}
			return nil
		},
	})
}

// countElements is _count_elements(mapping, iterable): mapping[x] =
// mapping.get(x, 0) + 1 for each x.
func countElements(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("_count_elements", args, kw, 2, 2); err != nil {
		return object.Null, err
	}
	mapping := args[0]
	d, isDict := mapping.AsDict()
	get := object.Null
	if !isDict {
		var err error
		if get, err = object.GetAttr(t, mapping, object.Intern("get")); err != nil {
			return object.Null, err
		}
	}
	one := object.Int(1)
	err := object.ForEach(t, args[1], func(x object.Value) error {
		var old object.Value
		if isDict {
			v, ok, err := d.GetItem(t, x)
			if err != nil {
				return err
			}
			if !ok {
				return object.SetItem(t, mapping, x, one)
			}
			old = v
		} else {
			v, err := object.Call(t, get, []object.Value{x, object.Int(0)}, nil)
			if err != nil {
				return err
			}
			old = v
		}
		var n object.Value
		if old.IsInt() {
			n = object.IntAdd(old.AsInt(), 1)
		} else {
			var err error
			if n, err = object.BinaryOp(t, old, one, object.OpAdd); err != nil {
				return err
			}
		}
		return object.SetItem(t, mapping, x, n)
	})
	return object.None, err
}

// ---- deque ----

// deque is a double-ended queue: a ring buffer whose length is a power of
// two (or zero), holding n items from head on. state changes on every
// mutation so iterators can detect them.
type deque struct {
	object.Header
	buf    []object.Value
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

type dequeIter struct {
	object.Header
	d     *deque
	index int // items yielded so far
	state uint64
}

func (d *deque) at(i int) *object.Value { return &d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *deque) grow() {
	size := max(8, 2*len(d.buf))
	buf := make([]object.Value, size)
	for i := 0; i < d.n; i++ {
		buf[i] = *d.at(i)
	}
	d.buf, d.head = buf, 0
}

func (d *deque) pushBack(v object.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	*d.at(d.n) = v
	d.n++
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popFront()
	}
}

func (d *deque) pushFront(v object.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popBack()
	}
}

func (d *deque) popFront() object.Value {
	p := d.at(0)
	v := *p
	*p = object.Null
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return v
}

func (d *deque) popBack() object.Value {
	p := d.at(d.n - 1)
	v := *p
	*p = object.Null
	d.n--
	d.state++
	return v
}

func (d *deque) items() []object.Value {
	out := make([]object.Value, d.n)
	for i := range out {
		out[i] = *d.at(i)
	}
	return out
}

func (d *deque) clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// rotate moves the last k items to the front (k may be negative).
func (d *deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	if d.n == len(d.buf) {
		d.head = (d.head - k) & (len(d.buf) - 1)
	} else {
		for range k {
			v := d.popBack()
			d.pushFront(v)
		}
	}
	d.state++
}

func asDeque(v object.Value) *deque { return (*deque)(v.Pointer()) }

func newDequeOfType(typ *object.Type) *deque {
	if typ == dequeType {
		return newObj[deque](typ)
	}
	return (*deque)(typ.AllocInstance())
}

func (d *deque) extend(t *object.Thread, iterable object.Value, front bool) error {
	push := d.pushBack
	if front {
		push = d.pushFront
	}
	var src []object.Value
	if iterable.Type().IsSubtype(dequeType) {
		src = asDeque(iterable).items() // a snapshot: d.extend(d) is allowed
	} else if l, ok := iterable.AsList(); ok {
		src = l.Items
	}
	if src != nil {
		for _, v := range src {
			push(v)
		}
		return nil
	}
	return object.ForEach(t, iterable, func(v object.Value) error {
		push(v)
		return nil
	})
}

// dequeMethod makes deque's method name from fn, which gets the deque and
// the arguments after self once their number is between min and max.
func dequeMethod(name string, min, max int, fn func(t *object.Thread, d *deque, args []object.Value) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if n := len(args) - 1; kw != nil || n < min || n > max {
			if err := dequeArity(name, args[1:], kw, min, max); err != nil {
				return object.Null, err
			}
		}
		return fn(t, asDeque(args[0]), args[1:])
	}}
}

// dequeAppend, dequeAppendLeft, dequePop and dequePopLeft are the most
// called methods, written out to save dequeMethod's second call.

func dequeAppend(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if len(args) != 2 || kw != nil {
		if err := dequeArity("append", args[1:], kw, 1, 1); err != nil {
			return object.Null, err
		}
	}
	asDeque(args[0]).pushBack(args[1])
	return object.None, nil
}

func dequeAppendLeft(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if len(args) != 2 || kw != nil {
		if err := dequeArity("appendleft", args[1:], kw, 1, 1); err != nil {
			return object.Null, err
		}
	}
	asDeque(args[0]).pushFront(args[1])
	return object.None, nil
}

func dequePop(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if len(args) != 1 || kw != nil {
		if err := dequeArity("pop", args[1:], kw, 0, 0); err != nil {
			return object.Null, err
		}
	}
	d := asDeque(args[0])
	if d.n == 0 {
		return object.Null, errEmptyDeque()
	}
	return d.popBack(), nil
}

func dequePopLeft(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if len(args) != 1 || kw != nil {
		if err := dequeArity("popleft", args[1:], kw, 0, 0); err != nil {
			return object.Null, err
		}
	}
	d := asDeque(args[0])
	if d.n == 0 {
		return object.Null, errEmptyDeque()
	}
	return d.popFront(), nil
}

func errEmptyDeque() error { return object.NewError(object.IndexError, "pop from an empty deque") }

// dequeArity checks the arguments after self of deque's method name, with
// CPython's messages: they call it "deque.name", except where index and
// insert count their arguments as PyArg_ParseTuple does.
func dequeArity(name string, args []object.Value, kw *object.Tuple, min, max int) error {
	if kw != nil && len(kw.Items) > 0 { // "deque."+name only for the error
		return object.NoKeywords("deque."+name, kw)
	}
	n := len(args)
	if (name == "index" || name == "insert") && (n < min || n > max) {
		switch {
		case min == max:
			return object.Errorf(object.TypeError, "%s() takes exactly %d arguments (%d given)", name, min, n)
		case n < min:
			return object.Errorf(object.TypeError, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
		}
		return object.Errorf(object.TypeError, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
	}
	if n >= min && n <= max {
		return nil // the common case, without building "deque."+name
	}
	return object.CheckArity("deque."+name, args, nil, min, max)
}

func (d *deque) find(t *object.Thread, x object.Value, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := identicalOrEqual(t, *d.at(i), x)
		if err != nil {
			return -1, err
		}
		if d.state != state {
			return -1, object.NewError(object.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// del removes the item at index i.
func (d *deque) del(i int) {
	d.rotate(-i)
	d.popFront()
	d.rotate(i)
}

func (d *deque) index(t *object.Thread, key object.Value) (int, error) {
	i, err := object.IndexInt(t, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, object.NewError(object.IndexError, "deque index out of range")
	}
	return i, nil
}

var dequeMethods = []object.MethodDef{
	{Name: "append", Fn: dequeAppend},
	{Name: "appendleft", Fn: dequeAppendLeft},
	{Name: "pop", Fn: dequePop},
	{Name: "popleft", Fn: dequePopLeft},
	dequeMethod("extend", 1, 1, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		return object.None, d.extend(t, a[0], false)
	}),
	dequeMethod("extendleft", 1, 1, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		return object.None, d.extend(t, a[0], true)
	}),
	dequeMethod("clear", 0, 0, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		d.clear()
		return object.None, nil
	}),
	dequeMethod("copy", 0, 0, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		return d.copyOf(t)
	}),
	dequeMethod("__copy__", 0, 0, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		return d.copyOf(t)
	}),
	dequeMethod("count", 1, 1, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		state, n := d.state, 0
		for i := 0; i < d.n; i++ {
			eq, err := identicalOrEqual(t, *d.at(i), a[0])
			if err != nil {
				return object.Null, err
			}
			if d.state != state {
				return object.Null, object.NewError(object.RuntimeError, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return object.Int(int64(n)), nil
	}),
	dequeMethod("index", 1, 3, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		start, stop := 0, d.n
		bound := func(v object.Value) (int, error) {
			i, err := object.IndexInt(t, v)
			if err != nil {
				return 0, err
			}
			if i < 0 {
				i = max(i+d.n, 0)
			}
			return min(i, d.n), nil
		}
		var err error
		if len(a) > 1 {
			if start, err = bound(a[1]); err != nil {
				return object.Null, err
			}
		}
		if len(a) > 2 {
			if stop, err = bound(a[2]); err != nil {
				return object.Null, err
			}
		}
		i, err := d.find(t, a[0], start, stop)
		if err != nil {
			return object.Null, err
		}
		if i < 0 {
			return object.Null, notInDeque(t, a[0])
		}
		return object.Int(int64(i)), nil
	}),
	dequeMethod("insert", 2, 2, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		i, err := object.IndexInt(t, a[0])
		if err != nil {
			return object.Null, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return object.Null, object.NewError(object.IndexError, "deque already at its maximum size")
		}
		if i < 0 {
			i = max(i+d.n, 0)
		}
		i = min(i, d.n)
		d.rotate(-i)
		d.pushFront(a[1])
		d.rotate(i)
		return object.None, nil
	}),
	dequeMethod("remove", 1, 1, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		i, err := d.find(t, a[0], 0, d.n)
		if err != nil {
			return object.Null, err
		}
		if i < 0 {
			return object.Null, notInDeque(t, a[0])
		}
		d.del(i)
		return object.None, nil
	}),
	dequeMethod("reverse", 0, 0, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			p, q := d.at(i), d.at(j)
			*p, *q = *q, *p
		}
		d.state++
		return object.None, nil
	}),
	dequeMethod("rotate", 0, 1, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		k := 1
		if len(a) == 1 {
			var err error
			if k, err = object.IndexInt(t, a[0]); err != nil {
				return object.Null, err
			}
		}
		d.rotate(k)
		return object.None, nil
	}),
	dequeMethod("__reversed__", 0, 0, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		it := newObj[dequeIter](dequeRevIterType)
		it.d, it.state = d, d.state
		return asValue(it), nil
	}),
	dequeMethod("__reduce__", 0, 0, func(t *object.Thread, d *deque, a []object.Value) (object.Value, error) {
		args := []object.Value{object.NewList(d.items()).AsValue()}
		if d.maxlen >= 0 {
			args = append(args, object.Int(int64(d.maxlen)))
		}
		return object.NewTuple(asValue(d).Type().AsValue(), object.NewTuple(args...).AsValue()).AsValue(), nil
	}),
	{Name: "__class_getitem__", Kind: object.ClassMethod, Fn: object.ClassGetItem, Doc: "See PEP 585"},
}

func notInDeque(t *object.Thread, x object.Value) error {
	r, err := reprOf(t, x)
	if err != nil {
		return err
	}
	return object.NewError(object.ValueError, r+" is not in deque")
}

func (d *deque) copyOf(t *object.Thread) (object.Value, error) {
	typ := asValue(d).Type()
	if typ == dequeType {
		c := newObj[deque](dequeType)
		c.maxlen = d.maxlen
		for i := 0; i < d.n; i++ {
			c.pushBack(*d.at(i))
		}
		return asValue(c), nil
	}
	args := []object.Value{asValue(d)}
	if d.maxlen >= 0 {
		args = append(args, object.Int(int64(d.maxlen)))
	}
	return object.Call(t, typ.AsValue(), args, nil)
}

func dequeInit(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
	a, err := parseArgs("deque", args, kw, []string{"iterable", "maxlen"}, 0, 2)
	if err != nil {
		return err
	}
	d := asDeque(v)
	d.maxlen = -1
	if !a[1].IsNull() && !a[1].IsNone() {
		n, err := object.IndexInt(t, a[1])
		if err != nil {
			return err
		}
		if n < 0 {
			return object.NewError(object.ValueError, "maxlen must be non-negative")
		}
		d.maxlen = n
	}
	if d.n > 0 {
		d.clear()
	}
	if !a[0].IsNull() {
		return d.extend(t, a[0], false)
	}
	return nil
}

func dequeRepr(t *object.Thread, v object.Value) (object.Value, error) {
	d := asDeque(v)
	name := v.Type().Name
	if !t.ReprEnter(v) {
		return object.StrValue("[...]"), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	b.WriteString(name)
	b.WriteString("([")
	items := d.items()
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := reprOf(t, x)
		if err != nil {
			return object.Null, err
		}
		b.WriteString(r)
	}
	b.WriteString("]")
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=" + strconv.Itoa(d.maxlen))
	}
	b.WriteString(")")
	return object.StrValue(b.String()), nil
}

// compareSeqs compares two item lists lexicographically, as list does.
func compareSeqs(t *object.Thread, a, b []object.Value, op object.CompareOp) (object.Value, error) {
	if (op == object.CmpEQ || op == object.CmpNE) && len(a) != len(b) {
		return object.Bool(op == object.CmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := identicalOrEqual(t, a[i], b[i])
		if err != nil {
			return object.Null, err
		}
		if !eq {
			break
		}
	}
	if i < len(a) && i < len(b) {
		switch op {
		case object.CmpEQ:
			return object.False, nil
		case object.CmpNE:
			return object.True, nil
		}
		return object.RichCompare(t, a[i], b[i], op)
	}
	return object.Bool(object.CompareOrdered(len(a), len(b), op)), nil
}

func initDeque() {
	typ := dequeType
	object.Subclassable[deque](typ)
	typ.Doc = "A list-like sequence optimized for data accesses near its endpoints."
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		d := newDequeOfType(typ)
		d.maxlen = -1
		return asValue(d), nil
	}
	typ.Init = dequeInit
	typ.Repr = dequeRepr
	typ.Len = func(_ *object.Thread, v object.Value) (int, error) { return asDeque(v).n, nil }
	typ.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) {
		d := asDeque(v)
		it := newObj[dequeIter](dequeIterType)
		it.d, it.state = d, d.state
		return asValue(it), nil
	}
	typ.Contains = func(t *object.Thread, v, x object.Value) (bool, error) {
		d := asDeque(v)
		i, err := d.find(t, x, 0, d.n)
		return i >= 0, err
	}
	typ.GetItem = func(t *object.Thread, v, key object.Value) (object.Value, error) {
		d := asDeque(v)
		if key.Type().Index == nil {
			return object.Null, object.Errorf(object.TypeError, "sequence index must be integer, not '%s'", key.Type().TpName())
		}
		i, err := d.index(t, key)
		if err != nil {
			return object.Null, err
		}
		return *d.at(i), nil
	}
	typ.SetItem = func(t *object.Thread, v, key, value object.Value) error {
		d := asDeque(v)
		i, err := d.index(t, key)
		if err != nil {
			return err
		}
		if value.IsNull() {
			d.del(i)
			return nil
		}
		*d.at(i) = value
		return nil
	}
	typ.Compare = func(t *object.Thread, a, b object.Value, op object.CompareOp) (object.Value, error) {
		if !b.Type().IsSubtype(dequeType) {
			return object.NotImplemented, nil
		}
		return compareSeqs(t, asDeque(a).items(), asDeque(b).items(), op)
	}
	typ.SeqConcat = func(t *object.Thread, a, b object.Value) (object.Value, error) {
		if !b.Type().IsSubtype(dequeType) {
			return object.Null, object.Errorf(object.TypeError, "can only concatenate deque (not \"%s\") to deque", b.Type().Name)
		}
		c, err := asDeque(a).copyOf(t)
		if err != nil {
			return object.Null, err
		}
		return c, asDeque(c).extend(t, b, false)
	}
	typ.InPlace[object.OpAdd] = func(t *object.Thread, a, b object.Value) (object.Value, error) {
		return a, asDeque(a).extend(t, b, false)
	}
	repeat := func(d *deque, n int) {
		items := d.items()
		if n <= 0 || len(items) == 0 {
			d.clear()
			return
		}
		rounds := n - 1
		if d.maxlen >= 0 {
			// Once the deque has been filled, more rounds leave it the same.
			rounds = min(rounds, d.maxlen/len(items)+1)
		}
		for range rounds {
			for _, x := range items {
				d.pushBack(x)
			}
		}
	}
	typ.SeqRepeat = func(t *object.Thread, a, b object.Value) (object.Value, error) {
		n, err := object.IndexInt(t, b)
		if err != nil {
			return object.Null, err
		}
		c, err := asDeque(a).copyOf(t)
		if err != nil {
			return object.Null, err
		}
		repeat(asDeque(c), n)
		return c, nil
	}
	typ.InPlace[object.OpMul] = func(t *object.Thread, a, b object.Value) (object.Value, error) {
		n, err := object.IndexInt(t, b)
		if err != nil {
			return object.NotImplemented, nil
		}
		repeat(asDeque(a), n)
		return a, nil
	}
	typ.AddMethods(dequeMethods)
	typ.AddGetSets([]object.GetSetDef{{Name: "maxlen", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if m := asDeque(v).maxlen; m >= 0 {
			return object.Int(int64(m)), nil
		}
		return object.None, nil
	}, Doc: "maximum size of a deque or None if unbounded"}})
	typ.Ready()

	next := func(reverse bool) object.NextFunc {
		return func(_ *object.Thread, v object.Value) (object.Value, error) {
			it := (*dequeIter)(v.Pointer())
			d := it.d
			if d == nil {
				return object.Null, nil
			}
			if d.state != it.state {
				it.d = nil
				return object.Null, object.NewError(object.RuntimeError, "deque mutated during iteration")
			}
			if it.index >= d.n {
				it.d = nil
				return object.Null, nil
			}
			i := it.index
			if reverse {
				i = d.n - 1 - i
			}
			it.index++
			return *d.at(i), nil
		}
	}
	for _, it := range []*object.Type{dequeIterType, dequeRevIterType} {
		it.Iter = iterSelf
		it.Next = next(it == dequeRevIterType)
		it.AddMethods([]object.MethodDef{{Name: "__length_hint__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			it := (*dequeIter)(args[0].Pointer())
			if it.d == nil {
				return object.Int(0), nil
			}
			return object.Int(int64(it.d.n - it.index)), nil
		}}})
		it.Ready()
	}
}

// ---- defaultdict ----

// defaultDict is a dict whose missing keys get default_factory().
type defaultDict struct {
	object.Dict
	factory object.Value // None when missing keys raise KeyError
}

var (
	strMissing = object.Intern("__missing__")
	strItems   = object.Intern("items")
)

func asDefaultDict(v object.Value) *defaultDict { return (*defaultDict)(v.Pointer()) }

func (d *defaultDict) missing(t *object.Thread, self, key object.Value) (object.Value, error) {
	if d.factory.IsNone() || d.factory.IsNull() {
		return object.Null, object.NewException(object.KeyError, key)
	}
	v, err := object.Call(t, d.factory, nil, nil)
	if err != nil {
		return object.Null, err
	}
	return v, object.SetItem(t, self, key, v)
}

func initDefaultdict() {
	typ := defaultdictType
	typ.Flags |= object.FlagDictLayout
	object.Subclassable[defaultDict](typ)
	typ.Doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory"
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var d *defaultDict
		if typ == defaultdictType {
			d = newObj[defaultDict](typ)
		} else {
			d = (*defaultDict)(typ.AllocInstance())
		}
		d.Dict = *object.NewDict()
		d.Dict.Header = object.NewHeader(typ)
		d.factory = object.None
		return asValue(d), nil
	}
	typ.Init = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
		npos := object.Positional(args, kw)
		if npos > 0 {
			f := args[0]
			if !f.IsNone() && f.Type().Call == nil {
				return object.NewError(object.TypeError, "first argument must be callable or None")
			}
			asDefaultDict(v).factory = f
			args = args[1:]
		}
		return object.DictType.Init(t, v, args, kw)
	}
	typ.GetItem = func(t *object.Thread, v, key object.Value) (object.Value, error) {
		d := asDefaultDict(v)
		x, ok, err := d.Dict.GetItem(t, key)
		if err != nil || ok {
			return x, err
		}
		if v.Type() != defaultdictType {
			m := v.Type().Lookup(strMissing)
			return object.Call(t, m, []object.Value{v, key}, nil)
		}
		return d.missing(t, v, key)
	}
	typ.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		d := asDefaultDict(v)
		dictRepr, err := object.DictType.Repr(t, v)
		if err != nil {
			return object.Null, err
		}
		f := "None"
		if !d.factory.IsNone() {
			if !t.ReprEnter(d.factory) {
				f = "..."
			} else {
				f, err = reprOf(t, d.factory)
				t.ReprLeave(d.factory)
				if err != nil {
					return object.Null, err
				}
			}
		}
		s, _ := dictRepr.AsStr()
		return object.StrValue(v.Type().Name + "(" + f + ", " + s.String() + ")"), nil
	}
	orFn := func(t *object.Thread, a, b object.Value) (object.Value, error) {
		self, other := a, b
		if !self.Type().IsSubtype(defaultdictType) {
			self, other = b, a
		}
		if _, ok := other.AsDict(); !ok {
			return object.NotImplemented, nil
		}
		c, err := defaultdictCopy(t, self)
		if err != nil {
			return object.Null, err
		}
		cd, _ := c.AsDict()
		if self == a {
			return c, object.DictUpdate(t, cd, b)
		}
		// dict | defaultdict: the left operand's items win.
		return c, object.DictUpdate(t, cd, a)
	}
	typ.Binary[object.OpOr] = orFn
	typ.AddMethods([]object.MethodDef{
		{Name: "__missing__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("__missing__", args[1:], kw, 1, 1); err != nil {
				return object.Null, err
			}
			return asDefaultDict(args[0]).missing(t, args[0], args[1])
		}, Doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n"},
		{Name: "copy", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return defaultdictCopy(t, args[0])
		}, Doc: "D.copy() -> a shallow copy of D."},
		{Name: "__copy__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return defaultdictCopy(t, args[0])
		}, Doc: "D.copy() -> a shallow copy of D."},
		{Name: "__reduce__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			d := asDefaultDict(args[0])
			ctorArgs := object.NewTuple()
			if !d.factory.IsNone() {
				ctorArgs = object.NewTuple(d.factory)
			}
			items, err := object.GetAttr(t, args[0], strItems)
			if err == nil {
				items, err = object.Call(t, items, nil, nil)
			}
			if err == nil {
				items, err = object.Iter(t, items)
			}
			if err != nil {
				return object.Null, err
			}
			return object.NewTuple(args[0].Type().AsValue(), ctorArgs.AsValue(), object.None, object.None, items).AsValue(), nil
		}, Doc: "Return state information for pickling."},
	})
	typ.AddGetSets([]object.GetSetDef{{Name: "default_factory",
		Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asDefaultDict(v).factory, nil },
		Set: func(_ *object.Thread, v, value object.Value) error {
			if value.IsNull() {
				value = object.None
			}
			asDefaultDict(v).factory = value
			return nil
		},
		Doc: "Factory for default value called by __missing__()."}})
	typ.Ready()
}

func defaultdictCopy(t *object.Thread, v object.Value) (object.Value, error) {
	d := asDefaultDict(v)
	if v.Type() == defaultdictType {
		c := newObj[defaultDict](defaultdictType)
		c.Dict = *d.Dict.Copy()
		c.Dict.Header = object.NewHeader(defaultdictType)
		c.factory = d.factory
		return asValue(c), nil
	}
	return object.Call(t, v.Type().AsValue(), []object.Value{d.factory, v}, nil)
}

// ---- OrderedDict ----

// orderedDict is a dict that remembers insertion order (as every dict
// does) and can reorder: move_to_end, popitem(last=False), order-sensitive
// equality between OrderedDicts. Unlike a dict it has a __dict__.
// front is where popitem(last=False) resumes its search for the first
// live entry while the dict's KeysVersion is frontVersion. clearedFrom and
// clearedTo are the KeysVersion before and after the last clear() that
// emptied it: its iterators tell a clear from other changes, as CPython's
// do (clear changes the size but not the order's state).
type orderedDict struct {
	object.Dict            // first: a *Dict of an OrderedDict is its *orderedDict
	attrs                  object.Attrs
	front                  int
	frontVersion           uint64
	clearedFrom, clearedTo uint64
}

// The views and the iterator of OrderedDict. The views are dict views
// (derived from dict_keys, dict_values, dict_items) that iterate with an
// odict_iterator, which reports any change of the keys while it runs.
var (
	odictKeysType   = object.NewNativeType("odict_keys", "", object.DictKeysType)
	odictValuesType = object.NewNativeType("odict_values", "", object.DictValuesType)
	odictItemsType  = object.NewNativeType("odict_items", "", object.DictItemsType)
	odictIterType   = object.NewNativeType("odict_iterator", "", nil)
)

func asOrderedDict(v object.Value) *object.Dict { return &(*orderedDict)(v.Pointer()).Dict }

// odictOf returns the OrderedDict whose dict d is (a view's dict).
func odictOf(d *object.Dict) *orderedDict { return (*orderedDict)(unsafe.Pointer(d)) }

func initOrderedDict() {
	typ := orderedDictType
	typ.Flags |= object.FlagDictLayout
	object.Subclassable[orderedDict](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(orderedDict{}.attrs))
	typ.Doc = "Dictionary that remembers insertion order"
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return asValue(newOrderedDict(typ)), nil
	}
	typ.Init = func(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) error {
		if n := object.Positional(args, kw); n > 1 {
			return object.Errorf(object.TypeError, "expected at most 1 arguments, got %d", n)
		}
		return mutableMappingUpdate(t, self, args, kw)
	}
	typ.Iter = func(t *object.Thread, v object.Value) (object.Value, error) {
		return newODictIter(asOrderedDict(v), odictKeys, false), nil
	}
	typ.Repr = odictRepr
	typ.Compare = odictCompare
	typ.Binary[object.OpOr] = func(t *object.Thread, a, b object.Value) (object.Value, error) {
		self, other := a, b
		if !self.Type().IsSubtype(orderedDictType) {
			self, other = b, a
		}
		if _, ok := other.AsDict(); !ok {
			return object.NotImplemented, nil
		}
		c, err := object.Call(t, self.Type().AsValue(), []object.Value{a}, nil)
		if err != nil {
			return object.Null, err
		}
		cd, _ := c.AsDict()
		return c, object.DictUpdate(t, cd, b)
	}
	typ.AddMethods([]object.MethodDef{
		{Name: "fromkeys", Fn: odictFromKeys, Kind: object.ClassMethod,
			Doc: "Create a new ordered dictionary with keys from iterable and values set to value."},
		{Name: "__sizeof__", Fn: odictSizeof, Doc: "D.__sizeof__() -> size of D in memory, in bytes"},
		{Name: "__reduce__", Fn: odictReduce, Doc: "Return state information for pickling"},
		{Name: "setdefault", Fn: odictSetDefault, Doc: "Insert key with a value of default if key is not in the dictionary."},
		{Name: "pop", Fn: odictPop, Doc: "od.pop(key[,default]) -> v, remove specified key and return the corresponding value."},
		{Name: "popitem", Fn: odictPopItem, Doc: "Remove and return a (key, value) pair from the dictionary."},
		{Name: "keys", Fn: odictView("keys", odictKeysType), Doc: "D.keys() -> a set-like object providing a view on D's keys"},
		{Name: "values", Fn: odictView("values", odictValuesType), Doc: "D.values() -> an object providing a view on D's values"},
		{Name: "items", Fn: odictView("items", odictItemsType), Doc: "D.items() -> a set-like object providing a view on D's items"},
		{Name: "update", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if n := object.Positional(args[1:], kw); n > 1 {
				return object.Null, object.Errorf(object.TypeError, "update() takes at most 1 positional argument (%d given)", n)
			}
			return object.None, mutableMappingUpdate(t, args[0], args[1:], kw)
		}, Doc: "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
		{Name: "clear", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckMethodArity("OrderedDict.clear", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			if od := (*orderedDict)(args[0].Pointer()); od.Len() > 0 {
				from := od.KeysVersion()
				od.Clear()
				od.clearedFrom, od.clearedTo = from, od.KeysVersion()
			}
			return object.None, nil
		}, Doc: "od.clear() -> None.  Remove all items from od."},
		{Name: "copy", Fn: odictCopy, Doc: "od.copy() -> a shallow copy of od"},
		{Name: "__reversed__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckMethodArity("OrderedDict.__reversed__", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return newODictIter(asOrderedDict(args[0]), odictKeys, true), nil
		}, Doc: "od.__reversed__() <==> reversed(od)"},
		{Name: "move_to_end", Fn: odictMoveToEnd, Doc: "Move an existing element to the end (or beginning if last is false)."},
	})
	typ.AddGetSets([]object.GetSetDef{{Name: "__dict__",
		Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return (*orderedDict)(v.Pointer()).attrs.Dict().AsValue(), nil
		}}})
	typ.Ready()
	initODictViews()
}

// newOrderedDict returns an empty OrderedDict of type typ (OrderedDict or
// a class derived from it).
func newOrderedDict(typ *object.Type) *orderedDict {
	var d *orderedDict
	if typ == orderedDictType {
		d = newObj[orderedDict](typ)
		d.attrs.Init(typ)
	} else {
		d = (*orderedDict)(typ.AllocInstance())
	}
	d.Dict = *object.NewDict()
	d.Dict.Header = object.NewHeader(typ)
	return d
}

func odictRepr(t *object.Thread, v object.Value) (object.Value, error) {
	name := v.Type().Name
	d := asOrderedDict(v)
	if d.Len() == 0 {
		return object.StrValue(name + "()"), nil
	}
	if !t.ReprEnter(v) {
		return object.StrValue("..."), nil
	}
	defer t.ReprLeave(v)
	r, err := reprOf(t, object.NewList(d.ItemTuples()).AsValue())
	if err != nil {
		return object.Null, err
	}
	return object.StrValue(name + "(" + r + ")"), nil
}

// odictCompare is dict comparison, where two OrderedDicts are equal only
// when their keys also come in the same order.
func odictCompare(t *object.Thread, a, b object.Value, op object.CompareOp) (object.Value, error) {
	r, err := object.DictType.Compare(t, a, b, op)
	if err != nil || r == object.NotImplemented || !b.Type().IsSubtype(orderedDictType) || op != object.CmpEQ && op != object.CmpNE {
		return r, err
	}
	if eq, _ := object.Truth(t, r); eq != (op == object.CmpEQ) {
		return r, nil
	}
	ka, kb := asOrderedDict(a).Keys(), asOrderedDict(b).Keys()
	for i := range ka {
		eq, err := identicalOrEqual(t, ka[i], kb[i])
		if err != nil {
			return object.Null, err
		}
		if !eq {
			return object.Bool(op == object.CmpNE), nil
		}
	}
	return r, nil
}

// mutableMappingUpdate is OrderedDict.update(*args, **kw) after the count
// check, as collections.abc.MutableMapping.update: from a dict's items,
// else from a mapping with keys(), else from an object with items(), else
// from an iterable of pairs; then from the keywords. Every item is stored
// with self[key] = value, so that a derived class's __setitem__ runs.
func mutableMappingUpdate(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) error {
	if object.Positional(args, kw) == 1 {
		if err := mutableMappingUpdateArg(t, self, args[0]); err != nil {
			return err
		}
	}
	if kw != nil {
		vals := args[len(args)-len(kw.Items):]
		for i, k := range kw.Items {
			if err := object.SetItem(t, self, k, vals[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

var strKeys = object.Intern("keys")

func mutableMappingUpdateArg(t *object.Thread, self, arg object.Value) error {
	if arg.Type() == object.DictType {
		d, _ := arg.AsDict()
		return addPairs(t, self, object.NewDictView(object.DictItemsType, d))
	}
	keys, ok, err := object.LookupAttr(t, arg, strKeys)
	if err != nil {
		return err
	}
	if ok {
		if keys, err = object.Call(t, keys, nil, nil); err != nil {
			return err
		}
		return object.ForEach(t, keys, func(k object.Value) error {
			v, err := object.GetItem(t, arg, k)
			if err != nil {
				return err
			}
			return object.SetItem(t, self, k, v)
		})
	}
	items, ok, err := object.LookupAttr(t, arg, strItems)
	if err != nil {
		return err
	}
	if ok {
		if items, err = object.Call(t, items, nil, nil); err != nil {
			return err
		}
		return addPairs(t, self, items)
	}
	return addPairs(t, self, arg)
}

// addPairs stores self[k] = v for each pair (k, v) of pairs, each pair an
// iterable of exactly two items.
func addPairs(t *object.Thread, self, pairs object.Value) error {
	return object.ForEach(t, pairs, func(pair object.Value) error {
		if tu, ok := pair.AsTuple(); ok && len(tu.Items) == 2 {
			return object.SetItem(t, self, tu.Items[0], tu.Items[1])
		}
		it, err := object.Iter(t, pair)
		if err != nil {
			return err
		}
		var kv [2]object.Value
		for i, missing := range []string{"need more than 0 values to unpack", "need more than 1 value to unpack"} {
			x, err := object.Next(t, it)
			if err != nil {
				return err
			}
			if x.IsNull() {
				return object.NewError(object.ValueError, missing)
			}
			kv[i] = x
		}
		extra, err := object.Next(t, it)
		if err != nil {
			return err
		}
		if !extra.IsNull() {
			return object.NewError(object.ValueError, "too many values to unpack (expected 2)")
		}
		return object.SetItem(t, self, kv[0], kv[1])
	})
}

func odictFromKeys(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	a, err := parseArgs("fromkeys", args[1:], kw, []string{"iterable", "value"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	value := a[1]
	if value.IsNull() {
		value = object.None
	}
	d, err := object.Call(t, args[0], nil, nil)
	if err != nil {
		return object.Null, err
	}
	err = object.ForEach(t, a[0], func(k object.Value) error { return object.SetItem(t, d, k, value) })
	if err != nil {
		return object.Null, err
	}
	return d, nil
}

// odictSizeof is the dict's size plus CPython's linked-list nodes (four
// words each) and node table (a word per slot, about 3/2 per item).
func odictSizeof(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckMethodArity("OrderedDict.__sizeof__", args[1:], kw, 0, 0); err != nil {
		return object.Null, err
	}
	size, _, err := object.CallMethod(t, object.DictType.AsValue(), object.Intern("__sizeof__"), args[0])
	if err != nil {
		return object.Null, err
	}
	n := size.AsInt()
	items := int64(asOrderedDict(args[0]).Len())
	return object.Int(n + 8*(4*items+items*3/2)), nil
}

func odictReduce(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckMethodArity("OrderedDict.__reduce__", args[1:], kw, 0, 0); err != nil {
		return object.Null, err
	}
	state, _, err := object.CallMethod(t, args[0], object.Intern("__getstate__"))
	if err != nil {
		return object.Null, err
	}
	items, _, err := object.CallMethod(t, args[0], strItems)
	if err == nil {
		items, err = object.Iter(t, items)
	}
	if err != nil {
		return object.Null, err
	}
	return object.NewTuple(args[0].Type().AsValue(), object.NewTuple().AsValue(), state, object.None, items).AsValue(), nil
}

func odictSetDefault(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	a, err := parseArgs("setdefault", args[1:], kw, []string{"key", "default"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	self, key, def := args[0], a[0], a[1]
	if def.IsNull() {
		def = object.None
	}
	if self.Type() == orderedDictType {
		d := asOrderedDict(self)
		v, ok, err := d.GetItem(t, key)
		if err != nil || ok {
			return v, err
		}
		return def, d.SetItem(t, key, def)
	}
	// A derived class: through its own __contains__, __getitem__, __setitem__.
	in, err := object.Contains(t, self, key)
	if err != nil {
		return object.Null, err
	}
	if in {
		return object.GetItem(t, self, key)
	}
	return def, object.SetItem(t, self, key, def)
}

func odictPop(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	a, err := parseArgs("pop", args[1:], kw, []string{"key", "default"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	v, ok, err := asOrderedDict(args[0]).Pop(t, a[0])
	switch {
	case err != nil || ok:
		return v, err
	case !a[1].IsNull():
		return a[1], nil
	}
	return object.Null, object.NewException(object.KeyError, a[0])
}

func odictPopItem(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	a, err := parseArgs("popitem", args[1:], kw, []string{"last"}, 0, 1)
	if err != nil {
		return object.Null, err
	}
	last := true
	if !a[0].IsNull() {
		if last, err = object.Truth(t, a[0]); err != nil {
			return object.Null, err
		}
	}
	od := (*orderedDict)(args[0].Pointer())
	d := &od.Dict
	if d.Len() == 0 {
		return object.Null, object.NewError(object.KeyError, "dictionary is empty")
	}
	var k, v object.Value
	if last {
		k, v, _ = d.PopLast()
	} else {
		from := 0
		if od.frontVersion == d.KeysVersion() {
			from = od.front
		}
		k, v, od.front, _ = d.PopFirst(from)
		od.frontVersion = d.KeysVersion()
	}
	return object.NewTuple(k, v).AsValue(), nil
}

func odictMoveToEnd(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	a, err := parseArgs("move_to_end", args[1:], kw, []string{"key", "last"}, 1, 2)
	if err != nil {
		return object.Null, err
	}
	last := true
	if !a[1].IsNull() {
		if last, err = object.Truth(t, a[1]); err != nil {
			return object.Null, err
		}
	}
	ok, err := asOrderedDict(args[0]).MoveToEnd(t, a[0], last)
	if err != nil {
		return object.Null, err
	}
	if !ok {
		return object.Null, object.NewException(object.KeyError, a[0])
	}
	return object.None, nil
}

func odictCopy(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckMethodArity("OrderedDict.copy", args[1:], kw, 0, 0); err != nil {
		return object.Null, err
	}
	if args[0].Type() == orderedDictType {
		c := newObj[orderedDict](orderedDictType)
		c.attrs.Init(orderedDictType)
		c.Dict = *asOrderedDict(args[0]).Copy()
		c.Dict.Header = object.NewHeader(orderedDictType)
		return asValue(c), nil
	}
	return object.Call(t, args[0].Type().AsValue(), []object.Value{args[0]}, nil)
}

// odictView returns the method name (keys, values, items) making a view
// of type typ.
func odictView(name string, typ *object.Type) object.NativeFunc {
	qualName := "OrderedDict." + name
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckMethodArity(qualName, args[1:], kw, 0, 0); err != nil {
			return object.Null, err
		}
		return object.NewDictView(typ, asOrderedDict(args[0])), nil
	}
}

// odictIterKind says what an odict_iterator yields.
type odictIterKind uint8

const (
	odictKeys odictIterKind = iota
	odictValues
	odictItems
)

// odictIter walks an OrderedDict's entries forward or backward, with
// CPython's rules: it knows at each step whether another entry follows
// (so one that has returned the last entry, or started on an empty dict,
// is exhausted whatever happens next); a change of the keys since it
// started (keysVersion) raises RuntimeError and exhausts it, except a
// clear(), which raises a "changed size" RuntimeError on every call.
// od is nil once it is exhausted; pos is where the next entry is sought.
type odictIter struct {
	object.Header
	od          *orderedDict
	keysVersion uint64
	pos         int
	kind        odictIterKind
	reverse     bool
}

func newODictIter(d *object.Dict, kind odictIterKind, reverse bool) object.Value {
	it := newObj[odictIter](odictIterType)
	it.keysVersion, it.kind, it.reverse = d.KeysVersion(), kind, reverse
	if d.Len() > 0 {
		it.od = odictOf(d)
	}
	if reverse {
		it.pos = math.MaxInt
	}
	return asValue(it)
}

// entry returns the live entry from pos in the iterator's direction and
// the position to continue from, or ok false when there is none.
func (it *odictIter) entry(pos int) (k, v object.Value, next int, ok bool) {
	if it.reverse {
		return it.od.Prev(pos)
	}
	return it.od.Next(pos)
}

func odictIterNext(_ *object.Thread, v object.Value) (object.Value, error) {
	it := (*odictIter)(v.Pointer())
	od := it.od
	if od == nil {
		return object.Null, nil
	}
	if version := od.KeysVersion(); version != it.keysVersion {
		if it.keysVersion == od.clearedFrom && version == od.clearedTo {
			return object.Null, object.NewError(object.RuntimeError, "OrderedDict changed size during iteration")
		}
		it.od = nil
		return object.Null, object.NewError(object.RuntimeError, "OrderedDict mutated during iteration")
	}
	k, val, pos, ok := it.entry(it.pos)
	if !ok {
		panic("BUG: odict_iterator past its last entry with the keys unchanged")
	}
	it.pos = pos
	if _, _, _, more := it.entry(pos); !more {
		it.od = nil
	}
	switch it.kind {
	case odictValues:
		return val, nil
	case odictItems:
		return object.NewTuple(k, val).AsValue(), nil
	}
	return k, nil
}

func initODictViews() {
	odictIterType.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) { return v, nil }
	odictIterType.Next = odictIterNext
	odictIterType.Ready()
	for kind, typ := range []*object.Type{odictKeysType, odictValuesType, odictItemsType} {
		kind := odictIterKind(kind)
		typ.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) {
			return newODictIter(object.ViewDict(v), kind, false), nil
		}
		typ.AddMethods([]object.MethodDef{{Name: "__reversed__",
			Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
				if err := object.CheckMethodArity(typ.Name+".__reversed__", args[1:], kw, 0, 0); err != nil {
					return object.Null, err
				}
				return newODictIter(object.ViewDict(args[0]), kind, true), nil
			}}})
		typ.Ready()
	}
}
