// iter.go: the list and tuple iterators, the iterator builtins whose types
// live in this package (enumerate, zip, map, filter, reversed, the callable
// iterator of iter(f, sentinel)), and unpacking for UNPACK_SEQUENCE and
// UNPACK_EX.

package object

import (
	"math"
	"math/big"
	"strconv"
	"unsafe"
)

// seqIterator iterates over a list or tuple by index. items points at the
// Items field of the list (so the iterator sees later mutations, as in
// CPython) or tuple; it is nil once the iterator is exhausted.
type seqIterator struct {
	Header
	items *[]Value
	index int
}

func newSeqIter(typ *Type, items *[]Value, index int) Value {
	return FromPointer(unsafe.Pointer(&seqIterator{Header{typ}, items, index}))
}

func initSeqIter(typ *Type) {
	typ.Iter = iterSelf
	typ.Next = seqIterNextItem
	typ.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: seqIterLengthHint,
		Doc: "Private method returning an estimate of len(list(it))."}})
}

// iterSelf is __iter__ of iterators.
func iterSelf(_ *Thread, v Value) (Value, error) { return v, nil }

func seqIterNextItem(_ *Thread, v Value) (Value, error) {
	it := (*seqIterator)(v.p)
	if it.items == nil {
		return Null, nil
	}
	if items := *it.items; it.index < len(items) {
		it.index++
		return items[it.index-1], nil
	}
	it.items = nil
	return Null, nil
}

func seqReverseIterNext(_ *Thread, v Value) (Value, error) {
	it := (*seqIterator)(v.p)
	if it.items == nil {
		return Null, nil
	}
	if items := *it.items; it.index >= 0 && it.index < len(items) {
		it.index--
		return items[it.index+1], nil
	}
	it.items = nil
	return Null, nil
}

func seqIterLengthHint(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__length_hint__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	it := (*seqIterator)(args[0].p)
	if it.items == nil {
		return Int(0), nil
	}
	n := len(*it.items) - it.index
	if it.Header.typ == ListReverseIterType {
		n = it.index + 1
		if n > len(*it.items) {
			n = 0
		}
	}
	return Int(int64(max(n, 0))), nil
}

// lookupSpecial returns the method name of obj's type bound to obj, or
// Null when the type has no such attribute (CPython's _PyObject_LookupSpecial).
func lookupSpecial(t *Thread, obj Value, name string) (Value, error) {
	f := obj.Type().Lookup(Intern(name))
	if f.IsNull() {
		return Null, nil
	}
	if get := f.Type().DescrGet; get != nil {
		return get(t, f, obj, obj.Type())
	}
	return f, nil
}

// ---- enumerate, zip, map, filter, reversed, callable_iterator ----

// The iterator types implemented here; the builtins module binds the
// first five under their names.
var (
	EnumerateType    = newBuiltinType("enumerate", nil)
	ZipType          = newBuiltinType("zip", nil)
	MapType          = newBuiltinType("map", nil)
	FilterType       = newBuiltinType("filter", nil)
	ReversedType     = newBuiltinType("reversed", nil)
	CallableIterType = newBuiltinType("callable_iterator", nil)
)

// Enumerate is an enumerate object.
type Enumerate struct {
	Header
	it    Value
	index int64
	// bigIndex is the count instead of index once it leaves int64 (or when
	// start did not fit); nil before.
	bigIndex *big.Int
}

// Zip is a zip object; its iterators are Null once it is exhausted.
type Zip struct {
	Header
	its    []Value
	strict bool
}

// Map is a map object.
type Map struct {
	Header
	fn  Value
	its []Value
}

// Filter is a filter object; fn is None or bool for "keep true items".
type Filter struct {
	Header
	fn Value
	it Value
}

// Reversed is a reversed object over a sequence (something with __len__
// and __getitem__); seq is Null once exhausted.
type Reversed struct {
	Header
	seq   Value
	index int64
}

// callableIter is the iterator of iter(callable, sentinel).
type callableIter struct {
	Header
	callable Value // Null once exhausted
	sentinel Value
}

var _ = registerTypeInit(initIterators)

func initIterators() {
	for _, typ := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType, CallableIterType} {
		typ.Iter = iterSelf
	}
	subclassable[Enumerate](EnumerateType)
	subclassable[Zip](ZipType)
	subclassable[Map](MapType)
	subclassable[Filter](FilterType)
	subclassable[Reversed](ReversedType)
	EnumerateType.New, EnumerateType.Next = enumerateNew, enumerateNext
	ZipType.New, ZipType.Next = zipNew, zipNext
	MapType.New, MapType.Next = mapNew, mapNext
	FilterType.New, FilterType.Next = filterNew, filterNext
	ReversedType.New, ReversedType.Next = reversedNew, reversedNext
	CallableIterType.Next = callableIterNext
	ReversedType.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: reversedLengthHint,
		Doc: "Private method returning an estimate of len(list(it))."}})
	for _, typ := range []*Type{EnumerateType} {
		typ.AddMethods([]MethodDef{{Name: "__class_getitem__", Fn: ClassGetItem, Kind: ClassMethod, Doc: "See PEP 585"}})
	}
}

// allocIter returns a zeroed *T for an instance of typ, a built-in
// iterator type with instances of Go type T, or a subclass of it.
func allocIter[T any](typ, base *Type) *T {
	if typ == base {
		p := new(T)
		(*Header)(unsafe.Pointer(p)).typ = typ
		return p
	}
	return (*T)(typ.AllocInstance())
}

func enumerateNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if len(args) == 0 {
		return Null, NewError(TypeError, "enumerate() missing required argument 'iterable'")
	}
	var a [2]Value
	if err := ParseArgs("enumerate", args, kwnames, []string{"iterable", "start"}, 1, 2, a[:]); err != nil {
		return Null, err
	}
	start := Int(0)
	if !a[1].IsNull() {
		var err error
		if start, err = Index(t, a[1]); err != nil {
			return Null, err
		}
	}
	it, err := Iter(t, a[0])
	if err != nil {
		return Null, err
	}
	e := allocIter[Enumerate](typ, EnumerateType)
	e.it = it
	if start.IsInt() {
		e.index = start.AsInt()
	} else {
		e.bigIndex, _ = AsBigInt(start)
	}
	return FromPointer(unsafe.Pointer(e)), nil
}

func enumerateNext(t *Thread, v Value) (Value, error) {
	e := (*Enumerate)(v.p)
	x, err := Next(t, e.it)
	if err != nil || x.IsNull() {
		return Null, err
	}
	if e.bigIndex == nil && e.index == math.MaxInt64 {
		e.bigIndex = big.NewInt(math.MaxInt64)
	}
	if e.bigIndex != nil {
		n := IntFromBig(new(big.Int).Set(e.bigIndex))
		e.bigIndex.Add(e.bigIndex, bigOne)
		return NewPair(n, x).AsValue(), nil
	}
	e.index++
	return NewPair(Int(e.index-1), x).AsValue(), nil
}

func zipNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	npos := Positional(args, kwnames)
	strict := false
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if (*Str)(k.p).s != "strict" {
				return Null, Errorf(TypeError, "zip() got an unexpected keyword argument '%s'", (*Str)(k.p).s)
			}
			b, err := Truth(t, args[npos+i])
			if err != nil {
				return Null, err
			}
			strict = b
		}
	}
	its := make([]Value, npos)
	for i, a := range args[:npos] {
		it, err := Iter(t, a)
		if err != nil {
			return Null, err
		}
		its[i] = it
	}
	z := allocIter[Zip](typ, ZipType)
	z.its, z.strict = its, strict
	return FromPointer(unsafe.Pointer(z)), nil
}

func zipNext(t *Thread, v Value) (Value, error) {
	z := (*Zip)(v.p)
	// The items go to a tuple of their own: on the stack for short zips.
	var buf [6]Value
	items := buf[:0]
	if len(z.its) > len(buf) {
		items = make([]Value, 0, len(z.its))
	}
	items = items[:len(z.its)]
	if ok, err := z.next(t, items); !ok {
		return Null, err
	}
	return NewTupleCopy(items).AsValue(), nil
}

// next fills items (len(z.its) of them) with the next item of each
// iterator, reporting false at the end or with an error.
func (z *Zip) next(t *Thread, items []Value) (bool, error) {
	if len(z.its) == 0 || z.its[0].IsNull() {
		return false, nil
	}
	for i, it := range z.its {
		x, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if x.IsNull() {
			its := z.its
			z.its = nil
			if z.strict {
				return false, zipStrictError(t, its, i)
			}
			return false, nil
		}
		items[i] = x
	}
	return true, nil
}

// zipStrictError checks, after iterator i ran out, that every iterator ran
// out together, and returns the ValueError of zip(strict=True) if not.
func zipStrictError(t *Thread, its []Value, i int) error {
	others := func(i int) string {
		if i == 1 {
			return " 1"
		}
		return "s 1-" + strconv.Itoa(i)
	}
	if i > 0 {
		return Errorf(ValueError, "zip() argument %d is shorter than argument%s", i+1, others(i))
	}
	for i = 1; i < len(its); i++ {
		x, err := Next(t, its[i])
		if err != nil {
			return err
		}
		if !x.IsNull() {
			return Errorf(ValueError, "zip() argument %d is longer than argument%s", i+1, others(i))
		}
	}
	return nil
}

func mapNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if typ == MapType {
		if err := NoKeywords("map", kwnames); err != nil {
			return Null, err
		}
	}
	npos := Positional(args, kwnames)
	if npos < 2 {
		return Null, NewError(TypeError, "map() must have at least two arguments.")
	}
	its := make([]Value, npos-1)
	for i, a := range args[1:npos] {
		it, err := Iter(t, a)
		if err != nil {
			return Null, err
		}
		its[i] = it
	}
	m := allocIter[Map](typ, MapType)
	m.fn, m.its = args[0], its
	return FromPointer(unsafe.Pointer(m)), nil
}

func mapNext(t *Thread, v Value) (Value, error) {
	m := (*Map)(v.p)
	var small [4]Value
	args := small[:0]
	if len(m.its) > len(small) {
		args = make([]Value, 0, len(m.its))
	}
	for _, it := range m.its {
		x, err := Next(t, it)
		if err != nil || x.IsNull() {
			return Null, err
		}
		args = append(args, x)
	}
	return Call(t, m.fn, args, nil)
}

func filterNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if typ == FilterType {
		if err := NoKeywords("filter", kwnames); err != nil {
			return Null, err
		}
	}
	if err := CheckArity("filter", args, nil, 2, 2); err != nil {
		return Null, err
	}
	it, err := Iter(t, args[1])
	if err != nil {
		return Null, err
	}
	f := allocIter[Filter](typ, FilterType)
	f.fn, f.it = args[0], it
	return FromPointer(unsafe.Pointer(f)), nil
}

func filterNext(t *Thread, v Value) (Value, error) {
	f := (*Filter)(v.p)
	keepTrue := f.fn.IsNone() || f.fn.p == unsafe.Pointer(BoolType)
	for {
		x, err := Next(t, f.it)
		if err != nil || x.IsNull() {
			return Null, err
		}
		test := x
		if !keepTrue {
			if test, err = Call1(t, f.fn, x); err != nil {
				return Null, err
			}
		}
		ok, err := Truth(t, test)
		if err != nil {
			return Null, err
		}
		if ok {
			return x, nil
		}
	}
}

func reversedNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if typ == ReversedType {
		if err := NoKeywords("reversed", kwnames); err != nil {
			return Null, err
		}
	}
	if len(args) != 1 {
		return Null, Errorf(TypeError, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	rev, err := lookupSpecial(t, seq, "__reversed__")
	if err != nil {
		return Null, err
	}
	if !rev.IsNull() && !rev.IsNone() {
		return Call(t, rev, nil, nil)
	}
	st := seq.Type()
	if !rev.IsNone() && st.Len != nil && st.GetItem != nil && st.solid != DictType {
		n, err := Len(t, seq)
		if err != nil {
			return Null, err
		}
		r := allocIter[Reversed](typ, ReversedType)
		r.seq, r.index = seq, int64(n)-1
		return FromPointer(unsafe.Pointer(r)), nil
	}
	return Null, Errorf(TypeError, "'%s' object is not reversible", st.Name)
}

func reversedNext(t *Thread, v Value) (Value, error) {
	r := (*Reversed)(v.p)
	if r.seq.IsNull() || r.index < 0 {
		r.seq = Null
		return Null, nil
	}
	x, err := GetItem(t, r.seq, Int(r.index))
	if err != nil {
		if e, ok := err.(*Exc); ok && (e.typ.IsSubtype(IndexError) || e.typ.IsSubtype(StopIteration)) {
			r.seq = Null
			return Null, nil
		}
		return Null, err
	}
	r.index--
	return x, nil
}

func reversedLengthHint(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__length_hint__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	r := (*Reversed)(args[0].p)
	if r.seq.IsNull() {
		return Int(0), nil
	}
	n, err := Len(t, r.seq)
	if err != nil {
		return Null, err
	}
	if int64(n) < r.index+1 {
		return Int(0), nil
	}
	return Int(r.index + 1), nil
}

// NewCallableIter returns iter(callable, sentinel): an iterator calling
// callable() until it returns a value equal to sentinel.
func NewCallableIter(callable, sentinel Value) Value {
	return FromPointer(unsafe.Pointer(&callableIter{Header{CallableIterType}, callable, sentinel}))
}

func callableIterNext(t *Thread, v Value) (Value, error) {
	c := (*callableIter)(v.p)
	if c.callable.IsNull() {
		return Null, nil
	}
	x, err := Call(t, c.callable, nil, nil)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(StopIteration) {
			c.callable = Null
			return Null, nil
		}
		return Null, err
	}
	eq, err := Equal(t, x, c.sentinel)
	if err != nil {
		return Null, err
	}
	if eq {
		c.callable = Null
		return Null, nil
	}
	return x, nil
}

// ---- unpacking ----

// Unpack stores the n items of v in dst[0:n] (dst[i] is the i-th item), for
// UNPACK_SEQUENCE, with CPython's errors when v has another length.
func Unpack(t *Thread, v Value, n int, dst []Value) error {
	if v.p != nil && !v.IsImmediate() {
		var items []Value
		switch v.Type() {
		case TupleType:
			items = (*Tuple)(v.p).Items
		case ListType:
			items = (*List)(v.p).Items
		default:
			return unpackIter(t, v, n, -1, dst)
		}
		if len(items) == n {
			copy(dst[:n], items)
			return nil
		}
		if len(items) < n {
			return Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		return Errorf(ValueError, "too many values to unpack (expected %d)", n)
	}
	return unpackIter(t, v, n, -1, dst)
}

// UnpackEx unpacks v for a starred assignment target (UNPACK_EX): dst
// receives the before items, then a new list of the middle items, then the
// after items (len(dst) == before+1+after).
func UnpackEx(t *Thread, v Value, before, after int, dst []Value) error {
	return unpackIter(t, v, before, after, dst)
}

// unpackIter unpacks any iterable; after < 0 means no starred target.
func unpackIter(t *Thread, v Value, before, after int, dst []Value) error {
	if typ := v.Type(); typ.Iter == nil && typ.GetItem == nil {
		return Errorf(TypeError, "cannot unpack non-iterable %s object", typ.Name)
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	for i := 0; i < before; i++ {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			if after < 0 {
				return Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", before, i)
			}
			return Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, i)
		}
		dst[i] = x
	}
	if after < 0 {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if !x.IsNull() {
			return Errorf(ValueError, "too many values to unpack (expected %d)", before)
		}
		return nil
	}
	rest := NewList(nil)
	if err := ListExtend(t, rest, it); err != nil {
		return err
	}
	if len(rest.Items) < after {
		return Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, before+len(rest.Items))
	}
	tail := rest.Items[len(rest.Items)-after:]
	copy(dst[before+1:], tail)
	clear(tail)
	rest.Items = rest.Items[:len(rest.Items)-after]
	dst[before] = rest.AsValue()
	return nil
}
