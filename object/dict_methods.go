// dict_methods.go: the dict type as Python sees it: slots, methods,
// construction and update from mappings and pair sequences, and the
// helpers the interpreter calls for {**m} and f(**m).

package object

import "strings"

var _ = registerTypeInit(initDict)

func initDict() {
	typ := DictType
	subclassable[Dict](typ)
	typ.Doc = "Built-in mapping type."
	typ.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
		return newDictOfType(typ).AsValue(), nil
	}
	typ.Init = dictInit
	typ.Repr = dictRepr
	typ.Compare = dictCompare
	typ.Iter = func(_ *Thread, v Value) (Value, error) { return newDictIter(DictKeyIterType, (*Dict)(v.p)), nil }
	typ.Len = func(_ *Thread, v Value) (int, error) { return (*Dict)(v.p).used, nil }
	typ.GetItem = dictGetItem
	typ.SetItem = dictSetItem
	typ.Contains = func(t *Thread, container, key Value) (bool, error) {
		_, ok, err := (*Dict)(container.p).GetItem(t, key)
		return ok, err
	}
	typ.Binary[OpOr] = dictOr
	typ.InPlace[OpOr] = func(t *Thread, a, b Value) (Value, error) {
		if err := dictUpdateArg(t, (*Dict)(a.p), b); err != nil {
			return Null, err
		}
		return a, nil
	}
	typ.AddMethods(dictMethods)
	initDictViews()
}

var dictMethods = []MethodDef{
	{Name: "keys", Fn: dictViewMethod(DictKeysType), Doc: "D.keys() -> a set-like object providing a view on D's keys"},
	{Name: "values", Fn: dictViewMethod(DictValuesType), Doc: "D.values() -> an object providing a view on D's values"},
	{Name: "items", Fn: dictViewMethod(DictItemsType), Doc: "D.items() -> a set-like object providing a view on D's items"},
	{Name: "get", Fn: dictGet, Doc: "Return the value for key if key is in the dictionary, else default."},
	{Name: "setdefault", Fn: dictSetDefault, Doc: "Insert key with a value of default if key is not in the dictionary."},
	{Name: "pop", Fn: dictPop, Doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
	{Name: "popitem", Fn: dictPopItem, Doc: "Remove and return a (key, value) pair as a 2-tuple."},
	{Name: "update", Fn: dictUpdateMethod, Doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
	{Name: "fromkeys", Fn: dictFromKeys, Kind: ClassMethod, Doc: "Create a new dictionary with keys from iterable and values set to value."},
	{Name: "copy", Fn: dictCopyMethod, Doc: "D.copy() -> a shallow copy of D"},
	{Name: "clear", Fn: dictClearMethod, Doc: "D.clear() -> None.  Remove all items from D."},
	{Name: "__getitem__", Fn: dictGetItemMethod, Doc: "x.__getitem__(y) <==> x[y]"},
	{Name: "__contains__", Fn: dictContainsMethod, Doc: "True if the dictionary has the specified key, else False."},
	{Name: "__reversed__", Fn: dictReversed, Doc: "Return a reverse iterator over the dict keys."},
	{Name: "__sizeof__", Fn: dictSizeof, Doc: "D.__sizeof__() -> size of D in memory, in bytes"},
	{Name: "__class_getitem__", Fn: ClassGetItem, Kind: ClassMethod, Doc: "See PEP 585"},
}

func newDictOfType(typ *Type) *Dict {
	if typ == DictType {
		return NewDict()
	}
	return (*Dict)(typ.AllocInstance())
}

// keyError returns KeyError(key).
func keyError(key Value) error { return NewException(KeyError, key) }

func dictInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	npos := Positional(args, kwnames)
	if npos > 1 {
		return Errorf(TypeError, "dict expected at most 1 argument, got %d", npos)
	}
	return dictUpdateCommon(t, (*Dict)(self.p), args, kwnames)
}

// dictUpdateCommon is dict.update(*args, **kwargs) after the arity check.
func dictUpdateCommon(t *Thread, d *Dict, args []Value, kwnames *Tuple) error {
	npos := Positional(args, kwnames)
	if npos == 1 {
		if err := dictUpdateArg(t, d, args[0]); err != nil {
			return err
		}
	}
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if err := d.SetItem(t, k, args[npos+i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// dictUpdateArg is dict.update(arg): a mapping (anything with keys()) or an
// iterable of key/value pairs.
func dictUpdateArg(t *Thread, d *Dict, arg Value) error {
	if arg.Type() == DictType {
		_, err := dictMerge(t, d, arg, mergeOverride)
		return err
	}
	keys, err := getAttrOrNull(t, arg, "keys")
	if err != nil {
		return err
	}
	if !keys.IsNull() {
		_, err := dictMerge(t, d, arg, mergeOverride)
		return err
	}
	return dictMergeSeq2(t, d, arg)
}

// getAttrOrNull returns getattr(v, name), or Null when v has no such
// attribute (an AttributeError is swallowed, as _PyObject_LookupAttr does).
func getAttrOrNull(t *Thread, v Value, name string) (Value, error) {
	x, err := GetAttr(t, v, Intern(name))
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(AttributeError) {
			return Null, nil
		}
		return Null, err
	}
	return x, nil
}

// mergeMode says what dictMerge does with a key already present.
type mergeMode uint8

const (
	mergeOverride mergeMode = iota // replace the value (dict.update)
	mergeKeep                      // keep the old value
	mergeFailDup                   // stop and report the key (f(**m))
)

// dictMerge adds the items of the mapping other to d. With mergeFailDup it
// stops at the first key already in d and returns it.
func dictMerge(t *Thread, d *Dict, other Value, mode mergeMode) (dup Value, err error) {
	if od, ok := other.AsDict(); ok && SameFunc(other.Type().Iter, DictType.Iter) {
		if od == d && mode != mergeFailDup {
			return Null, nil
		}
		if len(d.entries) == 0 && od.used > 0 {
			d.copyFrom(od) // no key of od can already be in d
			return Null, nil
		}
		used := od.used
		for pos := 0; ; {
			e, next, ok := od.nextEntry(pos)
			if !ok {
				return Null, nil
			}
			pos = next
			if dup, err := mergeOne(t, d, e.key, e.hash, e.value, mode); err != nil || !dup.IsNull() {
				return dup, err
			}
			if od.used != used {
				return Null, NewError(RuntimeError, "dict mutated during update")
			}
		}
	}
	keysMethod, err := GetAttr(t, other, Intern("keys"))
	if err != nil {
		return Null, err
	}
	keys, err := Call(t, keysMethod, nil, nil)
	if err != nil {
		return Null, err
	}
	err = ForEach(t, keys, func(k Value) error {
		v, err := GetItem(t, other, k)
		if err != nil {
			return err
		}
		h, err := Hash(t, k)
		if err != nil {
			return err
		}
		if dup, err = mergeOne(t, d, k, h, v, mode); err != nil {
			return err
		}
		if !dup.IsNull() {
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	return dup, err
}

func mergeOne(t *Thread, d *Dict, key Value, hash int64, value Value, mode mergeMode) (Value, error) {
	if mode != mergeOverride {
		_, ok, err := d.GetItemHashed(t, key, hash)
		if err != nil {
			return Null, err
		}
		if ok {
			if mode == mergeFailDup {
				return key, nil
			}
			return Null, nil
		}
	}
	return Null, d.SetItemHashed(t, key, hash, value)
}

// dictMergeSeq2 adds the pairs of an iterable of 2-item iterables.
func dictMergeSeq2(t *Thread, d *Dict, seq Value) error {
	i := 0
	return ForEach(t, seq, func(item Value) error {
		var pair []Value
		switch {
		case item.Type() == TupleType:
			pair = (*Tuple)(item.p).Items
		case item.Type() == ListType:
			pair = (*List)(item.p).Items
		default:
			if typ := item.Type(); typ.Iter == nil && typ.GetItem == nil {
				return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			var err error
			if pair, err = Collect(t, item); err != nil {
				return err
			}
		}
		if len(pair) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.SetItem(t, pair[0], pair[1])
	})
}

// DictUpdate adds the items of the mapping other to d, replacing existing
// keys ({**other} in a display: DICT_UPDATE). A value without keys()
// raises TypeError "'int' object is not a mapping".
func DictUpdate(t *Thread, d *Dict, other Value) error {
	_, err := dictMerge(t, d, other, mergeOverride)
	if e, ok := err.(*Exc); ok && e.typ.IsSubtype(AttributeError) {
		return Errorf(TypeError, "'%s' object is not a mapping", other.Type().Name)
	}
	return err
}

// DictMerge adds the items of the mapping other to d for f(**other)
// (DICT_MERGE). When a key is already in d it stops and returns that key,
// for the "got multiple values for keyword argument" error. When other has
// no keys() method the AttributeError is returned as is, as in CPython,
// whose caller turns it into "argument after ** must be a mapping".
func DictMerge(t *Thread, d *Dict, other Value) (dup Value, err error) {
	return dictMerge(t, d, other, mergeFailDup)
}

// ---- slots ----

func dictRepr(t *Thread, v Value) (Value, error) {
	d := (*Dict)(v.p)
	if d.used == 0 {
		return StrValue("{}"), nil
	}
	if !t.ReprEnter(v) {
		return StrValue("{...}"), nil
	}
	defer t.ReprLeave(v)
	if err := t.Enter(reprWhere); err != nil {
		return Null, err
	}
	defer t.Leave()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for pos := 0; ; {
		e, next, ok := d.nextEntry(pos)
		if !ok {
			break
		}
		pos = next
		key, value := e.key, e.value // the entry may move while repr runs
		if !first {
			b.WriteString(", ")
		}
		first = false
		r, err := Repr(t, key)
		if err != nil {
			return Null, err
		}
		b.WriteString(r.s)
		b.WriteString(": ")
		if r, err = Repr(t, value); err != nil {
			return Null, err
		}
		b.WriteString(r.s)
	}
	b.WriteByte('}')
	return StrValue(b.String()), nil
}

func dictCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	db, ok := b.AsDict()
	if !ok || (op != CmpEQ && op != CmpNE) {
		return NotImplemented, nil
	}
	eq, err := dictEqual(t, (*Dict)(a.p), db)
	if err != nil {
		return Null, err
	}
	return Bool(eq == (op == CmpEQ)), nil
}

func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for pos := 0; ; {
		e, next, ok := a.nextEntry(pos)
		if !ok {
			return true, nil
		}
		pos = next
		key, av := e.key, e.value
		bv, found, err := b.GetItemHashed(t, key, e.hash)
		if err != nil || !found {
			return false, err
		}
		if eq, err := Equal(t, av, bv); err != nil || !eq {
			return false, err
		}
	}
}

func dictGetItem(t *Thread, obj, key Value) (Value, error) {
	d := (*Dict)(obj.p)
	v, ok, err := d.GetItem(t, key)
	if err != nil || ok {
		return v, err
	}
	if obj.Type() != DictType {
		missing, err := lookupSpecial(t, obj, "__missing__")
		if err != nil {
			return Null, err
		}
		if !missing.IsNull() {
			return Call1(t, missing, key)
		}
	}
	return Null, keyError(key)
}

func dictSetItem(t *Thread, obj, key, value Value) error {
	d := (*Dict)(obj.p)
	if value.IsNull() {
		ok, err := d.DelItem(t, key)
		if err == nil && !ok {
			err = keyError(key)
		}
		return err
	}
	return d.SetItem(t, key, value)
}

func dictOr(t *Thread, a, b Value) (Value, error) {
	da, ok1 := a.AsDict()
	_, ok2 := b.AsDict()
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	d := da.Copy()
	if err := dictUpdateArg(t, d, b); err != nil {
		return Null, err
	}
	return d.AsValue(), nil
}

// ---- methods (args[0] is the dict) ----

func dictGet(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("dict.get", args[1:], kwnames, 1, 2); err != nil {
		return Null, err
	}
	v, ok, err := (*Dict)(args[0].p).GetItem(t, args[1])
	if err != nil || ok {
		return v, err
	}
	if len(args) > 2 {
		return args[2], nil
	}
	return None, nil
}

func dictSetDefault(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("dict.setdefault", args[1:], kwnames, 1, 2); err != nil {
		return Null, err
	}
	d := (*Dict)(args[0].p)
	h, err := Hash(t, args[1])
	if err != nil {
		return Null, err
	}
	v, ok, err := d.GetItemHashed(t, args[1], h)
	if err != nil || ok {
		return v, err
	}
	def := None
	if len(args) > 2 {
		def = args[2]
	}
	return def, d.SetItemHashed(t, args[1], h, def)
}

func dictPop(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("dict.pop", args[1:], kwnames, 1, 2); err != nil {
		return Null, err
	}
	d := (*Dict)(args[0].p)
	v, ok, err := d.Pop(t, args[1])
	if err != nil || ok {
		return v, err
	}
	if len(args) > 2 {
		return args[2], nil
	}
	return Null, keyError(args[1])
}

func dictPopItem(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("dict.popitem", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	k, v, ok := (*Dict)(args[0].p).PopLast()
	if !ok {
		return Null, NewException(KeyError, StrValue("popitem(): dictionary is empty"))
	}
	return NewPair(k, v).AsValue(), nil
}

func dictUpdateMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if npos := Positional(args[1:], kwnames); npos > 1 {
		return Null, Errorf(TypeError, "update expected at most 1 argument, got %d", npos)
	}
	return None, dictUpdateCommon(t, (*Dict)(args[0].p), args[1:], kwnames)
}

func dictFromKeys(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("dict.fromkeys", args[1:], kwnames, 1, 2); err != nil {
		return Null, err
	}
	value := None
	if len(args) > 2 {
		value = args[2]
	}
	d, err := Call(t, args[0], nil, nil)
	if err != nil {
		return Null, err
	}
	err = ForEach(t, args[1], func(k Value) error { return SetItem(t, d, k, value) })
	if err != nil {
		return Null, err
	}
	return d, nil
}

func dictCopyMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("dict.copy", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return (*Dict)(args[0].p).Copy().AsValue(), nil
}

func dictClearMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("dict.clear", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	(*Dict)(args[0].p).Clear()
	return None, nil
}

func dictGetItemMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("dict.__getitem__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	return dictGetItem(t, args[0], args[1])
}

func dictContainsMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("dict.__contains__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	_, ok, err := (*Dict)(args[0].p).GetItem(t, args[1])
	return Bool(ok), err
}

func dictReversed(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("dict.__reversed__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return newDictReverseIter(DictRevKeyIterType, (*Dict)(args[0].p)), nil
}

// dictSizeof mirrors CPython 3.11's accounting: the dict object, plus its
// keys object (header, index array and usable entries) when it has one.
func dictSizeof(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("dict.__sizeof__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	d := (*Dict)(args[0].p)
	size := 48
	if n := len(d.indices); n > 0 {
		ixBytes := 8
		switch {
		case n <= 1<<7:
			ixBytes = 1
		case n <= 1<<15:
			ixBytes = 2
		case n <= 1<<31:
			ixBytes = 4
		}
		entry := 16 // unicode-only keys store no hash
		for _, e := range d.entries {
			if !e.key.IsNull() && e.key.Type() != StrType {
				entry = 24
				break
			}
		}
		size += 32 + n*ixBytes + dictUsable(n)*entry
	}
	return Int(int64(size)), nil
}

// AsDict returns v as a *Dict when v is a dict or dict subclass.
func (v Value) AsDict() (*Dict, bool) {
	if v.p != nil && !v.IsImmediate() {
		if s := v.Type().solid; s == DictType || s.Flags&FlagDictLayout != 0 {
			return (*Dict)(v.p), true
		}
	}
	return nil, false
}
