// copy.go: the _copy module, the Go half of the copy module: deepcopy,
// and the reduce and reconstruct steps that copy and deepcopy share.
// deepcopy walks the exact built-in containers (list, tuple, dict, set,
// frozenset) itself, in the order and with the memo updates of CPython's
// copy module; for any other object it runs CPython's dispatch (copy's
// own copiers, classes, __deepcopy__, copyreg's dispatch table,
// __reduce_ex__, __reduce__) and rebuilds the reduced value as CPython's
// copy._reconstruct does. Instances of subclasses of the containers take
// the reduce path, as they do in CPython.
//
// The memo maps id(original) to its copy, and memo[id(memo)] is the list
// that keeps the originals alive; any mapping with get and item
// assignment may serve as the memo, an exact dict is used directly.

package stdlib

import (
	"strings"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_copy",
		Doc:  "The native part of the copy module.",
		Methods: []object.MethodDef{
			{Name: "make_deepcopy", Fn: makeDeepcopy, Doc: "make_deepcopy(atomic, dispatch_table, copiers, newobj, error) -> (deepcopy, reduce, reconstruct)\n\nReturn copy.deepcopy and the steps of copy and deepcopy that rebuild other\nobjects, reduce(x) and reconstruct(x, memo, *reduce(x)) (memo None for a\nshallow copy): objects whose type is in the set atomic are their own\ncopies, copiers maps types to copier(x, memo), newobj is\ncopyreg.__newobj__, error is the exception raised for an object that\ncannot be reduced."},
		},
	})
}

// deepcopyConfig is what copy.py hands to make_deepcopy.
type deepcopyConfig struct {
	atomic   *object.Set  // types whose instances are their own deep copies
	dispatch *object.Dict // copyreg.dispatch_table: type -> reducer(x)
	copiers  *object.Dict // type -> copier(x, memo), copy's own deep copiers
	newobj   object.Value // copyreg.__newobj__: reconstruct calls cls.__new__ for it
	error    object.Value // copy.Error
	missing  object.Value // the default of memo.get for a memo that is not a dict
}

var (
	deepcopyParams = []string{"x", "memo"}
	strGet         = object.Intern("get")
	strAppend      = object.Intern("append")
	strDeepcopy    = object.Intern("__deepcopy__")
	strReduceEx    = object.Intern("__reduce_ex__")
	strReduce      = object.Intern("__reduce__")
)

const (
	deepcopyDoc    = "Deep copy operation on arbitrary Python objects.\n\n    See the module's __doc__ string for more info.\n    "
	reconstructDoc = "_reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None)\n\nRebuild x from its reduced form: a deep copy with memo, a shallow one when\nmemo is None."
)

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
	cfg := &deepcopyConfig{atomic: atomic, dispatch: dispatch, copiers: copiers, newobj: args[3],
		error: args[4], missing: object.NewList(nil).AsValue()}
	deepcopy := &object.MethodDef{Name: "deepcopy", Doc: deepcopyDoc, Fn: cfg.deepcopy}
	reduce := &object.MethodDef{Name: "_reduce", Doc: "The reduced form of x that copy and deepcopy rebuild.", Fn: cfg.reduceFn}
	reconstruct := &object.MethodDef{Name: "_reconstruct", Doc: reconstructDoc, Fn: cfg.reconstructFn}
	return object.NewTuple(object.NewBuiltinFunction(deepcopy, "copy").AsValue(),
		object.NewBuiltinFunction(reduce, "copy").AsValue(),
		object.NewBuiltinFunction(reconstruct, "copy").AsValue()).AsValue(), nil
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
	return newDeepCopier(t, cfg, memo).copyObject(x)
}

func newDeepCopier(t *object.Thread, cfg *deepcopyConfig, memo object.Value) *deepCopier {
	c := &deepCopier{t: t, cfg: cfg, memo: memo, keepKey: object.Int(object.ID(memo))}
	if memo.Type() == object.DictType {
		c.memoDict, _ = memo.AsDict()
	}
	return c
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
// its key's, as y[deepcopy(key)] = deepcopy(value) runs.
func (c *deepCopier) dict(key object.Value, x *object.Dict) (object.Value, error) {
	y := object.NewDictSized(x.Len())
	if err := c.memoSet(key, y.AsValue()); err != nil {
		return object.Null, err
	}
	err := dictItems(x, func(k, v object.Value) error {
		v, err := c.copy(v)
		if err != nil {
			return err
		}
		if k, err = c.copy(k); err != nil {
			return err
		}
		return y.SetItem(c.t, k, v)
	})
	if err != nil {
		return object.Null, err
	}
	return y.AsValue(), nil
}

// dictItems calls f(key, value) for each item of x, and fails as x's
// items iterator fails when x changes size meanwhile.
func dictItems(x *object.Dict, f func(k, v object.Value) error) error {
	used := x.Len()
	remaining := used
	for pos := 0; ; {
		if x.Len() != used {
			return object.NewError(object.RuntimeError, "dictionary changed size during iteration")
		}
		k, v, next, ok := x.Next(pos)
		if !ok {
			return nil
		}
		if remaining == 0 {
			return object.NewError(object.RuntimeError, "dictionary keys changed during iteration")
		}
		pos, remaining = next, remaining-1
		if err := f(k, v); err != nil {
			return err
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

// reduced rebuilds x from reduce(x): _reconstruct(x, memo, *rv), or x
// itself when rv is a string (a global's name).
func (c *deepCopier) reduced(x object.Value) (object.Value, error) {
	rv, err := c.cfg.reduce(c.t, x, "deep")
	if err != nil {
		return object.Null, err
	}
	if !rv.IsImmediate() && rv.Type().IsSubtype(object.StrType) {
		return x, nil
	}
	parts, err := reducedParts(c.t, rv)
	if err != nil {
		return object.Null, err
	}
	return c.cfg.reconstruct(c.t, c, x, parts)
}

// reducedParts returns the items of the reduced value rv, which
// _reconstruct(x, memo, *rv) receives after x and memo.
func reducedParts(t *object.Thread, rv object.Value) ([]object.Value, error) {
	return starItems(t, rv, func() string { return "Value" })
}

// starItems returns the items of v for a call f(*v): v's own items when
// it is a tuple (not to be modified), else a new slice. When v is not
// iterable the TypeError names what() as the call does ("Value", or
// "f() argument").
func starItems(t *object.Thread, v object.Value, what func() string) ([]object.Value, error) {
	if tu, ok := v.AsTuple(); ok {
		return tu.Items, nil
	}
	it, err := object.Iter(t, v)
	if err != nil {
		if e, ok := err.(*object.Exc); ok && e.Type().IsSubtype(object.TypeError) {
			return nil, object.Errorf(object.TypeError, "%s after * must be an iterable, not %s", what(), v.Type().Name)
		}
		return nil, err
	}
	var items []object.Value
	for {
		x, err := object.Next(t, it)
		if err != nil || x.IsNull() {
			return items, err
		}
		items = append(items, x)
	}
}

var (
	reconstructParams = []string{"x", "memo", "func", "args", "state", "listiter", "dictiter"}
	strNew            = object.Intern("__new__")
	strSetState       = object.Intern("__setstate__")
	strDict           = object.Intern("__dict__")
	strUpdate         = object.Intern("update")
)

// reconstructFn is copy._reconstruct(x, memo, func, args, state=None,
// listiter=None, dictiter=None); memo None makes a shallow copy.
func (cfg *deepcopyConfig) reconstructFn(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if kw != nil {
		var a [7]object.Value
		if err := object.ParseArgs("_reconstruct", args, kw, reconstructParams, 4, -1, a[:]); err != nil {
			return object.Null, err
		}
		args = a[:]
	} else if err := reconstructArity(len(args)); err != nil {
		return object.Null, err
	}
	var c *deepCopier
	if memo := args[1]; !memo.IsNone() {
		c = newDeepCopier(t, cfg, memo)
	}
	return cfg.reconstruct(t, c, args[0], args[2:])
}

// reconstructArity checks the number of positional arguments of
// _reconstruct, with the errors of its Python signature.
func reconstructArity(n int) error {
	if n > len(reconstructParams) {
		return object.Errorf(object.TypeError, "_reconstruct() takes from 4 to 7 positional arguments but %d were given", n)
	}
	if n >= 4 {
		return nil
	}
	missing := reconstructParams[n:4]
	quoted := make([]string, len(missing))
	for i, name := range missing {
		quoted[i] = "'" + name + "'"
	}
	list := quoted[len(quoted)-1]
	if len(quoted) > 1 {
		sep := " and "
		if len(quoted) > 2 {
			sep = ", and "
		}
		list = strings.Join(quoted[:len(quoted)-1], ", ") + sep + list
	}
	plural := "s"
	if len(missing) == 1 {
		plural = ""
	}
	return object.Errorf(object.TypeError, "_reconstruct() missing %d required positional argument%s: %s", len(missing), plural, list)
}

// reconstruct rebuilds y from the parts (func, args, state, listiter,
// dictiter; a missing or Null part is None) of x's reduced form, as
// CPython's copy._reconstruct does: y = func(*args), for a deep copy (c
// not nil) with a deep copy of each argument and y recorded as x's copy
// in the memo before the state is copied; then the state goes to
// y.__setstate__, or into y.__dict__ and (from a (dict, slots) pair) y's
// attributes; then listiter's items are appended to y and dictiter's
// (key, value) pairs stored into it, each copied first for a deep copy.
func (cfg *deepcopyConfig) reconstruct(t *object.Thread, c *deepCopier, x object.Value, parts []object.Value) (object.Value, error) {
	if err := reconstructArity(2 + len(parts)); err != nil {
		return object.Null, err
	}
	fn := parts[0]
	argv, err := reconstructArgs(t, c, fn, parts[1])
	if err != nil {
		return object.Null, err
	}
	var y object.Value
	if fn == cfg.newobj && len(argv) > 0 {
		// copyreg.__newobj__(cls, *args) is cls.__new__(cls, *args).
		newFn, err := object.GetAttr(t, argv[0], strNew)
		if err != nil {
			return object.Null, err
		}
		y, err = object.Call(t, newFn, argv, nil)
	} else {
		y, err = object.Call(t, fn, argv, nil)
	}
	if err != nil {
		return object.Null, err
	}
	if c != nil {
		if err := c.memoSet(object.Int(object.ID(x)), y); err != nil {
			return object.Null, err
		}
	}
	if state := optionalPart(parts, 2); !state.IsNone() {
		if err := setState(t, c, y, state); err != nil {
			return object.Null, err
		}
	}
	if items := optionalPart(parts, 3); !items.IsNone() {
		if err := appendItems(t, c, y, items); err != nil {
			return object.Null, err
		}
	}
	if items := optionalPart(parts, 4); !items.IsNone() {
		if err := setItems(t, c, y, items); err != nil {
			return object.Null, err
		}
	}
	return y, nil
}

// optionalPart returns parts[i], or None when it is missing or Null.
func optionalPart(parts []object.Value, i int) object.Value {
	if i >= len(parts) || parts[i].IsNull() {
		return object.None
	}
	return parts[i]
}

// reconstructArgs returns a new slice of the arguments of func(*args):
// for a deep copy of a true args, the deep copy of each of its items, in
// order (a non-iterable args fails as iter(args) does); otherwise args'
// own items.
func reconstructArgs(t *object.Thread, c *deepCopier, fn, args object.Value) ([]object.Value, error) {
	tu, isTuple := args.AsTuple()
	if c != nil {
		deep := isTuple && len(tu.Items) > 0
		if !isTuple {
			var err error
			if deep, err = object.Truth(t, args); err != nil {
				return nil, err
			}
		}
		if deep && isTuple {
			argv := make([]object.Value, len(tu.Items))
			for i, a := range tu.Items {
				v, err := c.copy(a)
				if err != nil {
					return nil, err
				}
				argv[i] = v
			}
			return argv, nil
		}
		if deep {
			it, err := object.Iter(t, args)
			if err != nil {
				return nil, err
			}
			var argv []object.Value
			for {
				a, err := object.Next(t, it)
				if err != nil || a.IsNull() {
					return argv, err
				}
				if a, err = c.copy(a); err != nil {
					return nil, err
				}
				argv = append(argv, a)
			}
		}
	}
	items, err := starItems(t, args, func() string { return interp.CallableName(t, fn) + " argument" })
	if err != nil || !isTuple {
		return items, err
	}
	return append([]object.Value(nil), items...), nil
}

// setState gives the state part of a reduced object to y, copied first
// for a deep copy: y.__setstate__(state) when y has that attribute; else
// state is a dict for y.__dict__.update, or a (dict or None, slots) pair
// of such a dict and a mapping of attributes to set.
func setState(t *object.Thread, c *deepCopier, y, state object.Value) error {
	if c != nil {
		var err error
		if state, err = c.copy(state); err != nil {
			return err
		}
	}
	setstate, found, err := object.LookupAttr(t, y, strSetState)
	if err != nil {
		return err
	}
	if found {
		_, err := object.Call1(t, setstate, state)
		return err
	}
	slots := object.None
	if state.Type().IsSubtype(object.TupleType) {
		n, err := object.Len(t, state)
		if err != nil {
			return err
		}
		if n == 2 {
			var pair [2]object.Value
			if err := object.Unpack(t, state, 2, pair[:]); err != nil {
				return err
			}
			state, slots = pair[0], pair[1]
		}
	}
	if !state.IsNone() {
		dict, err := object.GetAttr(t, y, strDict)
		if err != nil {
			return err
		}
		if d, ok := dict.AsDict(); ok && dict.Type() == object.DictType && state.Type() == object.DictType {
			err = object.DictUpdate(t, d, state)
		} else {
			_, err = callAttr(t, dict, strUpdate, state)
		}
		if err != nil {
			return err
		}
	}
	if slots.IsNone() {
		return nil
	}
	setAttr := func(k, v object.Value) error {
		name, ok := k.AsStr()
		if !ok {
			return object.Errorf(object.TypeError, "attribute name must be string, not '%s'", k.Type().Name)
		}
		return object.SetAttr(t, y, object.InternStr(name), v)
	}
	if d, ok := slots.AsDict(); ok && slots.Type() == object.DictType {
		return dictItems(d, setAttr)
	}
	items, err := callAttr(t, slots, strItems)
	if err != nil {
		return err
	}
	return forEachPair(t, items, setAttr)
}

// appendItems runs y.append(item) for each item of the iterable items,
// copied first for a deep copy.
func appendItems(t *object.Thread, c *deepCopier, y, items object.Value) error {
	it, err := object.Iter(t, items)
	if err != nil {
		return err
	}
	for {
		item, err := object.Next(t, it)
		if err != nil || item.IsNull() {
			return err
		}
		if c != nil {
			if item, err = c.copy(item); err != nil {
				return err
			}
		}
		if y.Type() == object.ListType {
			l, _ := y.AsList()
			l.Append(item)
		} else if _, err := callAttr(t, y, strAppend, item); err != nil {
			return err
		}
	}
}

// setItems runs y[key] = value for each (key, value) pair of the iterable
// items, for a deep copy with the copy of key, then that of value.
func setItems(t *object.Thread, c *deepCopier, y, items object.Value) error {
	return forEachPair(t, items, func(k, v object.Value) error {
		if c != nil {
			var err error
			if k, err = c.copy(k); err != nil {
				return err
			}
			if v, err = c.copy(v); err != nil {
				return err
			}
		}
		return object.SetItem(t, y, k, v)
	})
}

// forEachPair calls f(a, b) for each item of the iterable pairs, unpacked
// as a for loop with two targets unpacks it.
func forEachPair(t *object.Thread, pairs object.Value, f func(a, b object.Value) error) error {
	it, err := object.Iter(t, pairs)
	if err != nil {
		return err
	}
	for {
		a, b, handled, err := object.NextPair(t, it)
		if !handled {
			var item object.Value
			if item, err = object.Next(t, it); err == nil && !item.IsNull() {
				var pair [2]object.Value
				err = object.Unpack(t, item, 2, pair[:])
				a, b = pair[0], pair[1]
			}
		}
		if err != nil || a.IsNull() {
			return err
		}
		if err := f(a, b); err != nil {
			return err
		}
	}
}

// callAttr returns v.name(args...).
func callAttr(t *object.Thread, v object.Value, name *object.Str, args ...object.Value) (object.Value, error) {
	m, err := object.GetAttr(t, v, name)
	if err != nil {
		return object.Null, err
	}
	return object.Call(t, m, args, nil)
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
