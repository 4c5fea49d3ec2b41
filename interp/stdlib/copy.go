// copy.go: the _copy module, the Go half of the copy module: deepcopy and
// the reduce step that copy and deepcopy share. deepcopy walks the exact
// built-in containers (list, tuple, dict, set, frozenset) itself, in the
// order and with the memo updates of CPython's copy module; for any other
// object it runs CPython's dispatch (copy's own copiers, classes,
// __deepcopy__, copyreg's dispatch table, __reduce_ex__, __reduce__) and
// hands the reduced value to copy._reconstruct (Python), which recurses
// back here through copy.deepcopy. Instances of subclasses of the
// containers take the reduce path, as they do in CPython.
//
// The memo maps id(original) to its copy, and memo[id(memo)] is the list
// that keeps the originals alive; any mapping with get and item
// assignment may serve as the memo, an exact dict is used directly.

package stdlib

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_copy",
		Doc:  "The native part of the copy module.",
		Methods: []object.MethodDef{
			{Name: "make_deepcopy", Fn: makeDeepcopy, Doc: "make_deepcopy(atomic, dispatch_table, copiers, reconstruct, error) -> (deepcopy, reduce)\n\nReturn copy.deepcopy and the reduce(x) step of copy and deepcopy: objects\nwhose type is in the set atomic are their own copies, copiers maps types to\ncopier(x, memo), reconstruct(x, memo, *reduce(x)) rebuilds a reduced object,\nerror is the exception raised for an object that cannot be reduced."},
		},
	})
}

// deepcopyConfig is what copy.py hands to make_deepcopy.
type deepcopyConfig struct {
	atomic      *object.Set  // types whose instances are their own deep copies
	dispatch    *object.Dict // copyreg.dispatch_table: type -> reducer(x)
	copiers     *object.Dict // type -> copier(x, memo), copy's own deep copiers
	reconstruct object.Value // copy._reconstruct(x, memo, func, args, ...)
	error       object.Value // copy.Error
	missing     object.Value // the default of memo.get for a memo that is not a dict
}

var (
	deepcopyParams = []string{"x", "memo"}
	strGet         = object.Intern("get")
	strAppend      = object.Intern("append")
	strDeepcopy    = object.Intern("__deepcopy__")
	strReduceEx    = object.Intern("__reduce_ex__")
	strReduce      = object.Intern("__reduce__")
)

const deepcopyDoc = "Deep copy operation on arbitrary Python objects.\n\n    See the module's __doc__ string for more info.\n    "

func makeDeepcopy(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("make_deepcopy", args, kw, 5, 5); err != nil {
		return object.Null, err
	}
	atomic, ok := args[0].AsSet()
	dispatch, ok2 := args[1].AsDict()
	copiers, ok3 := args[2].AsDict()
	if !ok || !ok2 || !ok3 {
		return object.Null, object.NewError(object.TypeError, "make_deepcopy() takes a set and two dicts")
	}
	cfg := &deepcopyConfig{atomic: atomic, dispatch: dispatch, copiers: copiers, reconstruct: args[3],
		error: args[4], missing: object.NewList(nil).AsValue()}
	deepcopy := &object.MethodDef{Name: "deepcopy", Doc: deepcopyDoc, Fn: cfg.deepcopy}
	reduce := &object.MethodDef{Name: "_reduce", Doc: "The reduced form of x that copy and deepcopy rebuild.", Fn: cfg.reduceFn}
	return object.NewTuple(object.NewBuiltinFunction(deepcopy, "copy").AsValue(),
		object.NewBuiltinFunction(reduce, "copy").AsValue()).AsValue(), nil
}

// deepcopy is copy.deepcopy(x, memo=None).
func (cfg *deepcopyConfig) deepcopy(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if len(args) >= 1 && len(args) <= 2 && kw == nil {
		copy(a[:], args)
	} else if err := object.ParseArgs("deepcopy", args, kw, deepcopyParams, 1, -1, a[:]); err != nil {
		return object.Null, err
	}
	x, memo := a[0], a[1]
	if atomic, err := cfg.isAtomic(t, x); atomic || err != nil {
		return x, err
	}
	if memo.IsNull() || memo.IsNone() {
		memo = object.NewDict().AsValue()
	}
	c := deepCopier{t: t, cfg: cfg, memo: memo, keepKey: object.Int(object.ID(memo))}
	if memo.Type() == object.DictType {
		c.memoDict, _ = memo.AsDict()
	}
	return c.copyObject(x)
}

// isAtomic reports whether x is its own deep copy: an immediate or a str,
// or an instance of a type in the atomic set.
func (cfg *deepcopyConfig) isAtomic(t *object.Thread, x object.Value) (bool, error) {
	if x.IsImmediate() {
		return true, nil
	}
	switch x.Type() {
	case object.StrType:
		return true, nil
	case object.ListType, object.TupleType, object.DictType, object.SetType, object.FrozenSetType:
		return false, nil
	}
	return cfg.atomic.Contains(t, x.Type().AsValue())
}

// deepCopier is one call of deepcopy with its memo.
type deepCopier struct {
	t        *object.Thread
	cfg      *deepcopyConfig
	memo     object.Value
	memoDict *object.Dict // memo when it is an exact dict, else nil
	keepKey  object.Value // id(memo): the key of the keep-alive list
}

// copy returns the deep copy of x.
func (c *deepCopier) copy(x object.Value) (object.Value, error) {
	if atomic, err := c.cfg.isAtomic(c.t, x); atomic || err != nil {
		return x, err
	}
	return c.copyObject(x)
}

// copyObject returns the deep copy of x, which is not atomic: the one in
// the memo, or a new one then recorded in the memo with x kept alive.
func (c *deepCopier) copyObject(x object.Value) (object.Value, error) {
	key := object.Int(object.ID(x))
	if y, ok, err := c.memoGet(key); ok || err != nil {
		return y, err
	}
	if err := c.t.Enter(""); err != nil {
		return object.Null, err
	}
	var y object.Value
	var err error
	switch x.Type() {
	case object.ListType:
		l, _ := x.AsList()
		y, err = c.list(key, l)
	case object.TupleType:
		tu, _ := x.AsTuple()
		y, err = c.tuple(key, tu)
	case object.DictType:
		d, _ := x.AsDict()
		y, err = c.dict(key, d)
	case object.SetType, object.FrozenSetType:
		y, err = c.set(x)
	default:
		y, err = c.other(x)
	}
	c.t.Leave()
	if err != nil {
		return object.Null, err
	}
	if y != x {
		if err := c.memoSet(key, y); err != nil {
			return object.Null, err
		}
		if err := c.keepAlive(x); err != nil {
			return object.Null, err
		}
	}
	return y, nil
}

// list copies a list: the copy goes into the memo first, so that cycles
// through it find it, then gets the copies of the items, the list's
// length read again at each step as a list iterator reads it.
func (c *deepCopier) list(key object.Value, x *object.List) (object.Value, error) {
	y := object.NewList(make([]object.Value, 0, len(x.Items)))
	if err := c.memoSet(key, y.AsValue()); err != nil {
		return object.Null, err
	}
	for i := 0; i < len(x.Items); i++ {
		v, err := c.copy(x.Items[i])
		if err != nil {
			return object.Null, err
		}
		y.Append(v)
	}
	return y.AsValue(), nil
}

// tuple copies a tuple: x itself when every item is its own copy, unless
// a cycle through x made its copy meanwhile.
func (c *deepCopier) tuple(key object.Value, x *object.Tuple) (object.Value, error) {
	items := make([]object.Value, len(x.Items))
	same := true
	for i, v := range x.Items {
		w, err := c.copy(v)
		if err != nil {
			return object.Null, err
		}
		items[i] = w
		same = same && w == v
	}
	if y, ok, err := c.memoGet(key); ok || err != nil {
		return y, err
	}
	if same {
		return x.AsValue(), nil
	}
	return object.NewTuple(items...).AsValue(), nil
}

// dict copies a dict: into the memo first, then each value's copy before
// its key's, as y[deepcopy(key)] = deepcopy(value) runs. A change of x's
// size meanwhile fails as its items iterator fails.
func (c *deepCopier) dict(key object.Value, x *object.Dict) (object.Value, error) {
	y := object.NewDictSized(x.Len())
	if err := c.memoSet(key, y.AsValue()); err != nil {
		return object.Null, err
	}
	used := x.Len()
	remaining := used
	for pos := 0; ; {
		if x.Len() != used {
			return object.Null, object.NewError(object.RuntimeError, "dictionary changed size during iteration")
		}
		k, v, next, ok := x.Next(pos)
		if !ok {
			return y.AsValue(), nil
		}
		if remaining == 0 {
			return object.Null, object.NewError(object.RuntimeError, "dictionary keys changed during iteration")
		}
		pos, remaining = next, remaining-1
		v, err := c.copy(v)
		if err != nil {
			return object.Null, err
		}
		if k, err = c.copy(k); err != nil {
			return object.Null, err
		}
		if err := y.SetItem(c.t, k, v); err != nil {
			return object.Null, err
		}
	}
}

// set copies a set or frozenset as its __reduce_ex__ has it rebuilt: a
// new one made of the copies of a snapshot of its items (always a new
// object, even when every item is its own copy). A reducer registered in
// copyreg's dispatch table for the type takes precedence.
func (c *deepCopier) set(x object.Value) (object.Value, error) {
	if c.cfg.dispatch.Len() > 0 {
		_, found, err := c.cfg.dispatch.GetItem(c.t, x.Type().AsValue())
		if err != nil {
			return object.Null, err
		}
		if found {
			return c.reduced(x)
		}
	}
	s, _ := x.AsSet()
	items := s.Items()
	for i, v := range items {
		w, err := c.copy(v)
		if err != nil {
			return object.Null, err
		}
		items[i] = w
	}
	if x.Type() == object.FrozenSetType {
		y, err := object.NewFrozenSet(c.t, object.NewList(items).AsValue())
		if err != nil {
			return object.Null, err
		}
		return y.AsValue(), nil
	}
	y, err := object.NewSetFrom(c.t, items)
	if err != nil {
		return object.Null, err
	}
	return y.AsValue(), nil
}

// memoGet returns memo.get(key) and whether key was there.
func (c *deepCopier) memoGet(key object.Value) (object.Value, bool, error) {
	if c.memoDict != nil {
		return c.memoDict.GetItem(c.t, key)
	}
	get, err := object.GetAttr(c.t, c.memo, strGet)
	if err != nil {
		return object.Null, false, err
	}
	y, err := object.Call2(c.t, get, key, c.cfg.missing)
	if err != nil || y == c.cfg.missing {
		return object.Null, false, err
	}
	return y, true, nil
}

// memoSet runs memo[key] = y.
func (c *deepCopier) memoSet(key, y object.Value) error {
	if c.memoDict != nil {
		return c.memoDict.SetItem(c.t, key, y)
	}
	return object.SetItem(c.t, c.memo, key, y)
}

// keepAlive appends x to memo[id(memo)], or makes that [x]: ids are only
// unique among live objects, so the originals must outlive the memo.
func (c *deepCopier) keepAlive(x object.Value) error {
	var kept object.Value
	var err error
	if c.memoDict != nil {
		var ok bool
		if kept, ok, err = c.memoDict.GetItem(c.t, c.keepKey); err == nil && !ok {
			return c.memoSet(c.keepKey, object.NewList([]object.Value{x}).AsValue())
		}
	} else if kept, err = object.GetItem(c.t, c.memo, c.keepKey); err != nil {
		if e, ok := err.(*object.Exc); ok && e.Type().IsSubtype(object.KeyError) {
			return c.memoSet(c.keepKey, object.NewList([]object.Value{x}).AsValue())
		}
	}
	if err != nil {
		return err
	}
	if kept.Type() == object.ListType {
		l, _ := kept.AsList()
		l.Append(x)
		return nil
	}
	appendFn, err := object.GetAttr(c.t, kept, strAppend)
	if err != nil {
		return err
	}
	_, err = object.Call1(c.t, appendFn, x)
	return err
}

// other returns the deep copy of x, which is neither atomic nor an exact
// built-in container, as CPython's deepcopy finds it: copy's copier for
// type(x), x itself for a class, x.__deepcopy__(memo), or the rebuilt
// reduced form of x.
func (c *deepCopier) other(x object.Value) (object.Value, error) {
	typ := x.Type()
	if c.cfg.copiers.Len() > 0 {
		copier, ok, err := c.cfg.copiers.GetItem(c.t, typ.AsValue())
		if err != nil {
			return object.Null, err
		}
		if ok {
			return object.Call2(c.t, copier, x, c.memo)
		}
	}
	if typ.IsSubtype(object.TypeType) {
		return x, nil
	}
	copier, found, err := object.LookupAttr(c.t, x, strDeepcopy)
	if err != nil {
		return object.Null, err
	}
	if found && !copier.IsNone() {
		return object.Call1(c.t, copier, c.memo)
	}
	return c.reduced(x)
}

// reduced rebuilds x from reduce(x): copy._reconstruct(x, memo, *rv), or
// x itself when rv is a string (a global's name).
func (c *deepCopier) reduced(x object.Value) (object.Value, error) {
	rv, err := c.cfg.reduce(c.t, x, "deep")
	if err != nil {
		return object.Null, err
	}
	if !rv.IsImmediate() && rv.Type().IsSubtype(object.StrType) {
		return x, nil
	}
	var parts []object.Value
	if tu, ok := rv.AsTuple(); ok {
		parts = tu.Items
	} else {
		var all [1]object.Value
		if err := object.UnpackEx(c.t, rv, 0, 0, all[:]); err != nil {
			return object.Null, err
		}
		l, _ := all[0].AsList()
		parts = l.Items
	}
	args := make([]object.Value, 2+len(parts))
	args[0], args[1] = x, c.memo
	copy(args[2:], parts)
	return object.Call(c.t, c.cfg.reconstruct, args, nil)
}

// reduceFn is copy._reduce(x).
func (cfg *deepcopyConfig) reduceFn(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("_reduce", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	return cfg.reduce(t, args[0], "shallow")
}

// reduce returns the reduced form of x, from the first of: the reducer
// copyreg's dispatch table holds for type(x), x.__reduce_ex__(4),
// x.__reduce__(); copy.Error when x has none (kind, "shallow" or "deep",
// goes in its message).
func (cfg *deepcopyConfig) reduce(t *object.Thread, x object.Value, kind string) (object.Value, error) {
	typ := x.Type()
	if cfg.dispatch.Len() > 0 {
		reducer, ok, err := cfg.dispatch.GetItem(t, typ.AsValue())
		if err != nil {
			return object.Null, err
		}
		if ok {
			return object.Call1(t, reducer, x)
		}
	}
	for _, name := range [...]*object.Str{strReduceEx, strReduce} {
		reducer, found, err := object.LookupAttr(t, x, name)
		if err != nil {
			return object.Null, err
		}
		if found && !reducer.IsNone() {
			if name == strReduceEx {
				return object.Call1(t, reducer, object.Int(4))
			}
			return object.Call(t, reducer, nil, nil)
		}
	}
	cls, err := object.StrOf(t, typ.AsValue())
	if err != nil {
		return object.Null, err
	}
	exc, err := object.Call1(t, cfg.error, object.StrValue("un("+kind+")copyable object of type "+cls.String()))
	if err != nil {
		return object.Null, err
	}
	e, ok := exc.AsException()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "exceptions must derive from BaseException")
	}
	return object.Null, e
}
