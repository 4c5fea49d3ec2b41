// functools.go: the _functools module, the Go half of functools: reduce,
// partial, cmp_to_key and the lru_cache wrapper type. functools.py builds
// the rest (wraps, lru_cache's decorator, total_ordering, singledispatch,
// cached_property, partialmethod) on top of them.

package stdlib

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	partialType    = object.NewNativeType("partial", "functools", nil)
	keyWrapperType = object.NewNativeType("KeyWrapper", "functools", nil)
	lruWrapperType = object.NewNativeType("_lru_cache_wrapper", "functools", nil)
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_functools",
		Doc:  "Tools that operate on functions.",
		Methods: []object.MethodDef{
			{Name: "reduce", Fn: functoolsReduce, Doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue."},
			{Name: "cmp_to_key", Fn: cmpToKey, Doc: "Convert a cmp= function into a key= function."},
		},
		Setup: func() {
			initPartial()
			initKeyWrapper()
			initLRUWrapper()
		},
		Init: func(_ *interp.Thread, m *interp.Module) error {
			m.Dict().SetStr(object.Intern("partial"), partialType.AsValue())
			m.Dict().SetStr(object.Intern("_lru_cache_wrapper"), lruWrapperType.AsValue())
			return nil
		},
	})
}

func functoolsReduce(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("reduce", args, kw, 2, 3); err != nil {
		return object.Null, err
	}
	fn := args[0]
	acc := object.Null
	if len(args) == 3 {
		acc = args[2]
	}
	it, err := object.Iter(t, args[1])
	if err != nil {
		if e, ok := err.(*object.Exc); ok && e.Type() == object.TypeError {
			return object.Null, object.NewError(object.TypeError, "reduce() arg 2 must support iteration")
		}
		return object.Null, err
	}
	pair := make([]object.Value, 2)
	for {
		x, err := object.Next(t, it)
		if err != nil {
			return object.Null, err
		}
		if x.IsNull() {
			break
		}
		if acc.IsNull() {
			acc = x
			continue
		}
		pair[0], pair[1] = acc, x
		if acc, err = object.Call(t, fn, pair, nil); err != nil {
			return object.Null, err
		}
	}
	if acc.IsNull() {
		return object.Null, object.NewError(object.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// ---- partial ----

// partial is functools.partial: fn called with args prepended and kw
// (a dict, possibly empty) merged under the call's keywords.
type partial struct {
	object.Header
	fn    object.Value
	args  *object.Tuple
	kw    *object.Dict
	attrs object.Attrs
}

func asPartial(v object.Value) *partial { return (*partial)(v.Pointer()) }

func initPartial() {
	typ := partialType
	object.Subclassable[partial](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(partial{}.attrs))
	typ.Doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"
	typ.New = partialNew
	typ.Call = partialCall
	typ.Repr = partialRepr
	typ.AddGetSets([]object.GetSetDef{
		{Name: "func", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asPartial(v).fn, nil },
			Doc: "function object to use in future partial calls"},
		{Name: "args", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asPartial(v).args.AsValue(), nil },
			Doc: "tuple of arguments to future partial calls"},
		{Name: "keywords", Get: func(_ *object.Thread, v object.Value) (object.Value, error) { return asPartial(v).kw.AsValue(), nil },
			Doc: "dictionary of keyword arguments to future partial calls"},
		{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asPartial(v).attrs.Dict().AsValue(), nil
		}},
	})
	typ.AddMethods([]object.MethodDef{{Name: "__class_getitem__", Kind: object.ClassMethod, Fn: object.ClassGetItem,
		Doc: "See PEP 585"}})
	typ.Ready()
}

func partialNew(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	npos := object.Positional(args, kwnames)
	if npos < 1 {
		return object.Null, object.NewError(object.TypeError, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	pargs := args[1:npos]
	kw := object.NewDict()
	if fn.Type() == partialType {
		// Flatten partial(partial(f, a), b) into partial(f, a, b).
		inner := asPartial(fn)
		fn = inner.fn
		pargs = append(append([]object.Value(nil), inner.args.Items...), pargs...)
		kw = inner.kw.Copy()
	} else if fn.Type().Call == nil {
		return object.Null, object.NewError(object.TypeError, "the first argument must be callable")
	}
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if err := kw.SetItem(t, k, args[npos+i]); err != nil {
				return object.Null, err
			}
		}
	}
	var p *partial
	if typ == partialType {
		p = newObj[partial](typ)
	} else {
		p = (*partial)(typ.AllocInstance())
	}
	p.attrs.Init(typ)
	p.fn, p.args, p.kw = fn, object.NewTuple(append([]object.Value(nil), pargs...)...), kw
	return asValue(p), nil
}

func partialCall(t *object.Thread, v object.Value, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	p := asPartial(v)
	if p.kw.Len() == 0 {
		if len(p.args.Items) == 0 {
			return object.Call(t, p.fn, args, kwnames)
		}
		return interp.CallWithFront(t, p.fn, p.args.Items, args, kwnames)
	}
	// Merge the stored keywords with the call's, the call's winning.
	npos := object.Positional(args, kwnames)
	kw := p.kw
	if kwnames != nil && len(kwnames.Items) > 0 {
		kw = p.kw.Copy()
		for i, k := range kwnames.Items {
			if err := kw.SetItem(t, k, args[npos+i]); err != nil {
				return object.Null, err
			}
		}
	}
	full := make([]object.Value, 0, len(p.args.Items)+npos+kw.Len())
	full = append(append(full, p.args.Items...), args[:npos]...)
	names := make([]object.Value, 0, kw.Len())
	for pos := 0; ; {
		k, val, next, ok := kw.Next(pos)
		if !ok {
			break
		}
		if _, isStr := k.AsStr(); !isStr {
			return object.Null, object.NewError(object.TypeError, "keywords must be strings")
		}
		names = append(names, k)
		full = append(full, val)
		pos = next
	}
	return object.Call(t, p.fn, full, object.NewTuple(names...))
}

func partialRepr(t *object.Thread, v object.Value) (object.Value, error) {
	p := asPartial(v)
	name := v.Type().Name
	if v.Type() == partialType {
		name = "functools.partial"
	}
	if !t.ReprEnter(v) {
		return object.StrValue("..."), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	r, err := reprOf(t, p.fn)
	if err != nil {
		return object.Null, err
	}
	b.WriteString(r)
	for _, a := range p.args.Items {
		r, err := reprOf(t, a)
		if err != nil {
			return object.Null, err
		}
		b.WriteString(", " + r)
	}
	for pos := 0; ; {
		k, val, next, ok := p.kw.Next(pos)
		if !ok {
			break
		}
		ks, err := object.StrOf(t, k)
		if err != nil {
			return object.Null, err
		}
		r, err := reprOf(t, val)
		if err != nil {
			return object.Null, err
		}
		b.WriteString(", " + ks.String() + "=" + r)
		pos = next
	}
	b.WriteByte(')')
	return object.StrValue(b.String()), nil
}

// ---- cmp_to_key ----

// keyWrapper is what cmp_to_key(cmp) returns (obj is Null) and the key
// object that calling it makes for each value: comparisons of key objects
// call cmp(self.obj, other.obj) and compare the result with 0.
type keyWrapper struct {
	object.Header
	cmp, obj object.Value
}

func cmpToKey(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [1]object.Value
	if err := object.ParseArgs("cmp_to_key", args, kw, []string{"mycmp"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	k := newObj[keyWrapper](keyWrapperType)
	k.cmp = a[0]
	return asValue(k), nil
}

func initKeyWrapper() {
	keyWrapperType.Call = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("K", args, kw, []string{"obj"}, 1, 1, a[:]); err != nil {
			return object.Null, err
		}
		w := newObj[keyWrapper](keyWrapperType)
		w.cmp, w.obj = (*keyWrapper)(v.Pointer()).cmp, a[0]
		return asValue(w), nil
	}
	keyWrapperType.Compare = func(t *object.Thread, a, b object.Value, op object.CompareOp) (object.Value, error) {
		if b.Type() != keyWrapperType {
			return object.Null, object.NewError(object.TypeError, "other argument must be K instance")
		}
		wa, wb := (*keyWrapper)(a.Pointer()), (*keyWrapper)(b.Pointer())
		r, err := object.Call2(t, wa.cmp, wa.obj, wb.obj)
		if err != nil {
			return object.Null, err
		}
		if r.IsInt() {
			return object.Bool(object.CompareOrdered(r.AsInt(), 0, op)), nil
		}
		return object.RichCompare(t, r, object.Int(0), op)
	}
	keyWrapperType.AddGetSets([]object.GetSetDef{{Name: "obj",
		Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return (*keyWrapper)(v.Pointer()).obj, nil
		},
		Set: func(_ *object.Thread, v, value object.Value) error {
			(*keyWrapper)(v.Pointer()).obj = value
			return nil
		}, Doc: "Value wrapped by a key function."}})
	keyWrapperType.Ready()
}

// ---- lru_cache ----

// lruWrapper is _lru_cache_wrapper(user_function, maxsize, typed,
// cache_info_type): a callable that memoizes user_function. table maps a
// call's key to the index of its entry in entries, which form a doubly
// linked list in recency order (root is the sentinel at index 0).
type lruWrapper struct {
	object.Header
	fn           object.Value
	maxsize      int // -1: unbounded
	typed        bool
	infoType     object.Value
	table        *object.Dict
	entries      []lruEntry
	hits, misses int64
	attrs        object.Attrs
}

type lruEntry struct {
	key, result object.Value
	prev, next  int32
}

// kwdMark separates positional from keyword arguments in cache keys.
var kwdMark = object.FromPointer(unsafe.Pointer(&kwdMarkObject))

var kwdMarkObject = object.NewHeader(object.ObjectType)

func initLRUWrapper() {
	typ := lruWrapperType
	typ.SetAttrsOffset(unsafe.Offsetof(lruWrapper{}.attrs))
	typ.Doc = "Create a cached callable that wraps another function."
	typ.New = func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		a, err := parseArgs("_lru_cache_wrapper", args, kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, 4, 4)
		if err != nil {
			return object.Null, err
		}
		if a[0].Type().Call == nil {
			return object.Null, object.NewError(object.TypeError, "the first argument must be callable")
		}
		w := newObj[lruWrapper](typ)
		w.attrs.Init(typ)
		w.fn, w.maxsize, w.infoType, w.table = a[0], -1, a[3], object.NewDict()
		if !a[1].IsNone() {
			n, err := object.IndexInt(t, a[1])
			if err != nil {
				return object.Null, object.NewError(object.TypeError, "maxsize should be integer or None")
			}
			w.maxsize = max(n, 0)
		}
		if w.typed, err = object.Truth(t, a[2]); err != nil {
			return object.Null, err
		}
		w.entries = []lruEntry{{}} // the root sentinel
		return asValue(w), nil
	}
	typ.Call = lruCall
	typ.DescrGet = func(t *object.Thread, descr, obj object.Value, _ *object.Type) (object.Value, error) {
		if obj.IsNull() || obj.IsNone() {
			return descr, nil
		}
		return object.NewMethod(descr, obj), nil
	}
	typ.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		return object.StrValue(fmt.Sprintf("<functools._lru_cache_wrapper object at %#x>", uintptr(v.Pointer()))), nil
	}
	typ.AddMethods([]object.MethodDef{
		{Name: "cache_info", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			w := (*lruWrapper)(args[0].Pointer())
			maxsize := object.None
			if w.maxsize >= 0 {
				maxsize = object.Int(int64(w.maxsize))
			}
			return object.Call(t, w.infoType, []object.Value{object.Int(w.hits), object.Int(w.misses), maxsize, object.Int(int64(w.table.Len()))}, nil)
		}, Doc: "Report cache statistics"},
		{Name: "cache_clear", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			w := (*lruWrapper)(args[0].Pointer())
			w.table, w.entries, w.hits, w.misses = object.NewDict(), []lruEntry{{}}, 0, 0
			return object.None, nil
		}, Doc: "Clear the cache and cache statistics"},
		{Name: "__copy__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return args[0], nil
		}},
		{Name: "__deepcopy__", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return args[0], nil
		}},
	})
	typ.AddGetSets([]object.GetSetDef{{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*lruWrapper)(v.Pointer()).attrs.Dict().AsValue(), nil
	}}})
	typ.Ready()
}

// makeKey builds the cache key of a call as CPython's _make_key does: the
// lone argument itself when it is an exact int or str, else a tuple of the
// arguments, kwdMark and the keyword names and values, then (typed) the
// types of the values.
func (w *lruWrapper) makeKey(args []object.Value, kwnames *object.Tuple) object.Value {
	npos := object.Positional(args, kwnames)
	if npos == 1 && len(args) == 1 {
		if a := args[0]; a.IsInt() || a.Type() == object.StrType {
			return a
		}
	}
	items := make([]object.Value, 0, len(args)*2+1)
	items = append(items, args[:npos]...)
	if npos < len(args) {
		items = append(items, kwdMark)
		for i, k := range kwnames.Items {
			items = append(items, k, args[npos+i])
		}
	}
	if w.typed {
		for _, a := range args[:npos] {
			items = append(items, a.Type().AsValue())
		}
		for _, a := range args[npos:] {
			items = append(items, a.Type().AsValue())
		}
	}
	return object.NewTuple(items...).AsValue()
}

func (w *lruWrapper) unlink(i int32) {
	e := &w.entries[i]
	w.entries[e.prev].next = e.next
	w.entries[e.next].prev = e.prev
}

// pushNewest links entry i as the most recently used.
func (w *lruWrapper) pushNewest(i int32) {
	root := &w.entries[0]
	last := root.prev
	w.entries[i].prev, w.entries[i].next = last, 0
	w.entries[last].next = i
	w.entries[0].prev = i
}

func lruCall(t *object.Thread, v object.Value, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	w := (*lruWrapper)(v.Pointer())
	if w.maxsize == 0 {
		w.misses++
		return object.Call(t, w.fn, args, kwnames)
	}
	key := w.makeKey(args, kwnames)
	hash, err := object.Hash(t, key)
	if err != nil {
		return object.Null, err
	}
	if x, ok, err := w.table.GetItemHashed(t, key, hash); err != nil {
		return object.Null, err
	} else if ok {
		w.hits++
		if w.maxsize < 0 {
			return x, nil
		}
		i := int32(x.AsInt())
		w.unlink(i)
		w.pushNewest(i)
		return w.entries[i].result, nil
	}
	w.misses++
	result, err := object.Call(t, w.fn, args, kwnames)
	if err != nil {
		return object.Null, err
	}
	if w.maxsize < 0 {
		return result, w.table.SetItemHashed(t, key, hash, result)
	}
	if _, ok, err := w.table.GetItemHashed(t, key, hash); err != nil || ok {
		// A recursive call already cached this key.
		return result, err
	}
	var i int32
	if w.table.Len() >= w.maxsize {
		// Reuse the least recently used entry.
		i = w.entries[0].next
		w.unlink(i)
		if _, err := w.table.DelItem(t, w.entries[i].key); err != nil {
			return object.Null, err
		}
	} else {
		w.entries = append(w.entries, lruEntry{})
		i = int32(len(w.entries) - 1)
	}
	w.entries[i].key, w.entries[i].result = key, result
	w.pushNewest(i)
	return result, w.table.SetItemHashed(t, key, hash, object.Int(int64(i)))
}
