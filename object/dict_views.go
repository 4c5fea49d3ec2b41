// dict_views.go: dict iterators and the keys/values/items views, with the
// set operations of keys and items views.

package object

import (
	"strings"
	"unsafe"
)

// The dict view and iterator types.
var (
	DictKeysType   = newBuiltinType("dict_keys", nil)
	DictValuesType = newBuiltinType("dict_values", nil)
	DictItemsType  = newBuiltinType("dict_items", nil)

	DictKeyIterType      = newBuiltinType("dict_keyiterator", nil)
	DictValueIterType    = newBuiltinType("dict_valueiterator", nil)
	DictItemIterType     = newBuiltinType("dict_itemiterator", nil)
	DictRevKeyIterType   = newBuiltinType("dict_reversekeyiterator", nil)
	DictRevValueIterType = newBuiltinType("dict_reversevalueiterator", nil)
	DictRevItemIterType  = newBuiltinType("dict_reverseitemiterator", nil)
)

// dictIterKind says what a dict iterator yields.
type dictIterKind uint8

const (
	iterKeys dictIterKind = iota
	iterValues
	iterItems
)

// dictIter iterates over a dict's entries forward (pos counts up) or
// backward (pos counts down). used is the dict's size when iteration
// started (-1 after a size change was reported, so the error sticks);
// remaining counts the items still expected, to detect keys replaced
// during iteration. d is nil once the iterator is exhausted.
type dictIter struct {
	Header
	d         *Dict
	used      int
	pos       int
	remaining int
	kind      dictIterKind
}

func newDictIter(typ *Type, d *Dict) Value {
	kind := iterKeys
	switch typ {
	case DictValueIterType:
		kind = iterValues
	case DictItemIterType:
		kind = iterItems
	}
	return FromPointer(unsafe.Pointer(&dictIter{Header{typ}, d, d.used, 0, d.used, kind}))
}

func newDictReverseIter(typ *Type, d *Dict) Value {
	kind := iterKeys
	switch typ {
	case DictRevValueIterType:
		kind = iterValues
	case DictRevItemIterType:
		kind = iterItems
	}
	return FromPointer(unsafe.Pointer(&dictIter{Header{typ}, d, d.used, len(d.entries) - 1, d.used, kind}))
}

func (it *dictIter) yield(e *dictEntry) Value {
	switch it.kind {
	case iterValues:
		return e.value
	case iterItems:
		return NewPair(e.key, e.value).AsValue()
	}
	return e.key
}

func dictIterNext(_ *Thread, v Value) (Value, error) {
	it := (*dictIter)(v.p)
	e, err := it.next()
	if e == nil {
		return Null, err
	}
	return it.yield(e), nil
}

// next advances a forward iterator: it returns the next entry, or nil at
// the end or with an error.
func (it *dictIter) next() (*dictEntry, error) {
	d := it.d
	if d == nil {
		return nil, nil
	}
	if it.used != d.used {
		it.used = -1
		return nil, NewError(RuntimeError, "dictionary changed size during iteration")
	}
	e, next, ok := d.nextEntry(it.pos)
	if !ok {
		it.d = nil
		return nil, nil
	}
	if it.remaining == 0 {
		it.d = nil
		return nil, NewError(RuntimeError, "dictionary keys changed during iteration")
	}
	it.pos = next
	it.remaining--
	return e, nil
}

func dictReverseIterNext(_ *Thread, v Value) (Value, error) {
	it := (*dictIter)(v.p)
	d := it.d
	if d == nil {
		return Null, nil
	}
	if it.used != d.used {
		it.used = -1
		return Null, NewError(RuntimeError, "dictionary changed size during iteration")
	}
	for i := min(it.pos, len(d.entries)-1); i >= 0; i-- {
		if e := &d.entries[i]; !e.key.IsNull() {
			it.pos = i - 1
			it.remaining--
			return it.yield(e), nil
		}
	}
	it.d = nil
	return Null, nil
}

func dictIterLengthHint(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__length_hint__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	it := (*dictIter)(args[0].p)
	if it.d != nil && it.used == it.d.used {
		return Int(int64(it.remaining)), nil
	}
	return Int(0), nil
}

// dictView is a keys, values or items view; its type says which.
type dictView struct {
	Header
	d *Dict
}

func dictViewMethod(typ *Type) NativeFunc {
	name := "dict." + strings.TrimPrefix(typ.Name, "dict_")
	return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := CheckArity(name, args[1:], kwnames, 0, 0); err != nil {
			return Null, err
		}
		return NewDictView(typ, (*Dict)(args[0].p)), nil
	}
}

// NewDictView returns a view of d of type typ: dict_keys, dict_values,
// dict_items or a native type derived from one of them (such as
// OrderedDict's odict_keys), whose instances are this view layout.
func NewDictView(typ *Type, d *Dict) Value {
	return FromPointer(unsafe.Pointer(&dictView{Header{typ}, d}))
}

// ViewDict returns the dict that v, a view made by NewDictView (or a
// dict's keys, values, items), looks at.
func ViewDict(v Value) *Dict { return (*dictView)(v.p).d }

// isKeysOrItemsView reports whether typ is dict_keys, dict_items or a
// type derived from one of them.
func isKeysOrItemsView(typ *Type) bool {
	return typ == DictKeysType || typ == DictItemsType || typ.IsSubtype(DictKeysType) || typ.IsSubtype(DictItemsType)
}

// viewIterTypes maps a view type to its forward and reverse iterator types.
func viewIterTypes(typ *Type) (fwd, rev *Type) {
	switch typ {
	case DictValuesType:
		return DictValueIterType, DictRevValueIterType
	case DictItemsType:
		return DictItemIterType, DictRevItemIterType
	}
	return DictKeyIterType, DictRevKeyIterType
}

func initDictViews() {
	for _, typ := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType,
		DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType} {
		typ.Iter = iterSelf
		typ.Next = dictIterNext
		typ.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: dictIterLengthHint,
			Doc: "Private method returning an estimate of len(list(it))."}})
	}
	for _, typ := range []*Type{DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType} {
		typ.Next = dictReverseIterNext
	}
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		typ.Len = func(_ *Thread, v Value) (int, error) { return (*dictView)(v.p).d.used, nil }
		typ.Iter = func(_ *Thread, v Value) (Value, error) {
			fwd, _ := viewIterTypes(v.Type())
			return newDictIter(fwd, (*dictView)(v.p).d), nil
		}
		typ.Repr = dictViewRepr
		typ.AddMethods([]MethodDef{{Name: "__reversed__", Fn: dictViewReversed,
			Doc: "Return a reverse iterator over the dict keys."}})
		typ.AddGetSets([]GetSetDef{{Name: "mapping", Get: func(_ *Thread, v Value) (Value, error) {
			return NewMappingProxy((*dictView)(v.p).d.AsValue()), nil
		}, Doc: "dictionary that this view refers to"}})
	}
	DictValuesType.Contains = func(t *Thread, container, v Value) (bool, error) {
		d := (*dictView)(container.p).d
		for pos := 0; ; {
			e, next, ok := d.nextEntry(pos)
			if !ok {
				return false, nil
			}
			pos = next
			if eq, err := Equal(t, e.value, v); err != nil || eq {
				return eq, err
			}
		}
	}
	DictKeysType.Contains = func(t *Thread, container, key Value) (bool, error) {
		_, ok, err := (*dictView)(container.p).d.GetItem(t, key)
		return ok, err
	}
	DictItemsType.Contains = dictItemsContains
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		typ.Compare = dictViewCompare
		typ.Binary[OpSub] = viewSetOp(func(t *Thread, s *Set, other Value) error { return s.differenceUpdate(t, other) })
		typ.Binary[OpOr] = viewSetOp(func(t *Thread, s *Set, other Value) error { return s.update(t, other) })
		typ.Binary[OpXor] = viewSetOp(func(t *Thread, s *Set, other Value) error { return s.symmetricDifferenceUpdate(t, other) })
		typ.Binary[OpAnd] = dictViewAnd
		typ.AddMethods([]MethodDef{{Name: "isdisjoint", Fn: dictViewIsDisjoint,
			Doc: "Return True if the view and the given iterable have a null intersection."}})
	}
}

func dictViewRepr(t *Thread, v Value) (Value, error) {
	if !t.ReprEnter(v) {
		return StrValue("..."), nil
	}
	defer t.ReprLeave(v)
	items, err := Collect(t, v)
	if err != nil {
		return Null, err
	}
	r, err := Repr(t, NewList(items).AsValue())
	if err != nil {
		return Null, err
	}
	return StrValue(v.Type().Name + "(" + r.s + ")"), nil
}

// checkViewArity is CheckMethodArity for the method name of the view
// args[0], whose type (dict_keys, dict_items, dict_values) names it.
func checkViewArity(name string, args []Value, kwnames *Tuple, min, max int) error {
	if n := len(args) - 1; kwnames == nil && n >= min && n <= max {
		return nil
	}
	return CheckMethodArity(args[0].Type().Name+"."+name, args[1:], kwnames, min, max)
}

func dictViewReversed(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := checkViewArity("__reversed__", args, kwnames, 0, 0); err != nil {
		return Null, err
	}
	_, rev := viewIterTypes(args[0].Type())
	return newDictReverseIter(rev, (*dictView)(args[0].p).d), nil
}

func dictItemsContains(t *Thread, container, item Value) (bool, error) {
	tu, ok := item.AsTuple()
	if !ok || len(tu.Items) != 2 {
		return false, nil
	}
	v, found, err := (*dictView)(container.p).d.GetItem(t, tu.Items[0])
	if err != nil || !found {
		return false, err
	}
	return Equal(t, v, tu.Items[1])
}

// isSetLike reports whether v is a set, frozenset, keys view or items view.
func isSetLike(v Value) bool {
	if _, ok := v.AsSet(); ok {
		return true
	}
	return isKeysOrItemsView(v.Type())
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(t *Thread, a, b Value) (bool, error) {
	ok := true
	err := ForEach(t, a, func(x Value) error {
		in, err := Contains(t, b, x)
		if err != nil {
			return err
		}
		if !in {
			ok = false
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	return ok, err
}

func dictViewCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if !isSetLike(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return Null, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return Null, err
	}
	var ok bool
	switch op {
	case CmpEQ, CmpNE:
		if la == lb {
			ok, err = allContainedIn(t, a, b)
		}
		if op == CmpNE {
			ok = !ok
		}
	case CmpLT, CmpLE:
		if la < lb || (op == CmpLE && la == lb) {
			ok, err = allContainedIn(t, a, b)
		}
	case CmpGT, CmpGE:
		if la > lb || (op == CmpGE && la == lb) {
			ok, err = allContainedIn(t, b, a)
		}
	}
	if err != nil {
		return Null, err
	}
	return Bool(ok), nil
}

// viewSetOp makes the slot of a view operator computed as set(a), then an
// in-place set operation with b (either operand may be the view).
func viewSetOp(update func(t *Thread, s *Set, other Value) error) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		s, err := newSetFromIterable(t, SetType, a)
		if err != nil {
			return Null, err
		}
		if err := update(t, s, b); err != nil {
			return Null, err
		}
		return s.AsValue(), nil
	}
}

// dictViewAnd is view & other (or other & view), as CPython's
// _PyDictView_Intersect: iterate the larger-or-other side, keep what the
// view contains.
func dictViewAnd(t *Thread, a, b Value) (Value, error) {
	self, other := a, b
	if !isKeysOrItemsView(self.Type()) {
		self, other = b, a
	}
	lenSelf := (*dictView)(self.p).d.used
	if other.Type() == SetType && lenSelf <= (*Set)(other.p).used {
		return setIntersectionValue(t, (*Set)(other.p), self)
	}
	if isKeysOrItemsView(other.Type()) {
		if (*dictView)(other.p).d.used > lenSelf {
			self, other = other, self
		}
	}
	result := NewSet()
	err := ForEach(t, other, func(x Value) error {
		in, err := Contains(t, self, x)
		if err != nil || !in {
			return err
		}
		return result.Add(t, x)
	})
	if err != nil {
		return Null, err
	}
	return result.AsValue(), nil
}

func dictViewIsDisjoint(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := checkViewArity("isdisjoint", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	self, other := args[0], args[1]
	if self == other {
		return Bool((*dictView)(self.p).d.used == 0), nil
	}
	iterate, probe := other, self
	if isSetLike(other) {
		n, err := Len(t, other)
		if err != nil {
			return Null, err
		}
		if n > (*dictView)(self.p).d.used {
			iterate, probe = self, other
		}
	}
	disjoint := true
	err := ForEach(t, iterate, func(x Value) error {
		in, err := Contains(t, probe, x)
		if err != nil {
			return err
		}
		if in {
			disjoint = false
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	return Bool(disjoint), err
}
