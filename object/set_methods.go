// set_methods.go: set and frozenset as Python sees them: slots, operators,
// methods and the set iterator.

package object

import (
	"strings"
	"unsafe"
)

// SetIterType is the type of set iterators.
var SetIterType = newBuiltinType("set_iterator", nil)

var _ = registerTypeInit(initSet)

func initSet() {
	subclassable[Set](SetType)
	subclassable[Set](FrozenSetType)
	SetType.Doc = "Build an unordered collection of unique elements."
	FrozenSetType.Doc = "Build an immutable unordered collection of unique elements."
	SetType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
		return newSetOfType(typ).AsValue(), nil
	}
	SetType.Init = setInit
	FrozenSetType.New = frozenSetNew
	FrozenSetType.Hash = func(_ *Thread, v Value) (int64, error) {
		s := (*Set)(v.p)
		if s.hash == -1 {
			s.hash = s.frozenHash()
		}
		return s.hash, nil
	}
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.Repr = setRepr
		typ.Compare = setCompare
		typ.Iter = func(_ *Thread, v Value) (Value, error) {
			s := (*Set)(v.p)
			return FromPointer(unsafe.Pointer(&setIter{Header{SetIterType}, s, s.used, 0, s.used})), nil
		}
		typ.Len = func(_ *Thread, v Value) (int, error) { return (*Set)(v.p).used, nil }
		typ.Contains = func(t *Thread, container, v Value) (bool, error) { return (*Set)(container.p).Contains(t, v) }
		typ.Binary[OpOr] = setBinary(func(s *Set, t *Thread, o Value) (*Set, error) {
			r, err := s.copySet(t)
			if err == nil && o.p != unsafe.Pointer(s) {
				err = r.update(t, o)
			}
			return r, err
		})
		typ.Binary[OpAnd] = setBinary((*Set).intersection)
		typ.Binary[OpSub] = setBinary((*Set).difference)
		typ.Binary[OpXor] = setBinary((*Set).symmetricDifference)
	}
	SetType.InPlace[OpOr] = setInPlace((*Set).update)
	SetType.InPlace[OpSub] = setInPlace((*Set).differenceUpdate)
	SetType.InPlace[OpXor] = setInPlace((*Set).symmetricDifferenceUpdate)
	SetType.InPlace[OpAnd] = setInPlace((*Set).intersectionUpdate)
	SetType.AddMethods(setMethodDefs("set", true))
	FrozenSetType.AddMethods(setMethodDefs("frozenset", false))

	SetIterType.Iter = iterSelf
	SetIterType.Next = setIterNext
	SetIterType.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: setIterLengthHint,
		Doc: "Private method returning an estimate of len(list(it))."}})
}

func setInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	s := (*Set)(self.p)
	if self.Type() == SetType || SameFunc(self.Type().New, SetType.New) {
		if err := NoKeywords("set", kwnames); err != nil {
			return err
		}
	}
	if len(args) > 1 {
		return Errorf(TypeError, "set expected at most 1 argument, got %d", len(args))
	}
	if s.fill > 0 {
		s.clear()
	}
	s.hash = -1
	if len(args) == 1 {
		return s.update(t, args[0])
	}
	return nil
}

func frozenSetNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if typ == FrozenSetType {
		if err := NoKeywords("frozenset", kwnames); err != nil {
			return Null, err
		}
	}
	npos := Positional(args, kwnames)
	if npos > 1 {
		return Null, Errorf(TypeError, "%s expected at most 1 argument, got %d", typ.Name, npos)
	}
	if npos == 0 {
		return newSetOfType(typ).AsValue(), nil
	}
	if typ == FrozenSetType && args[0].Type() == FrozenSetType {
		return args[0], nil
	}
	s, err := newSetFromIterable(t, typ, args[0])
	if err != nil {
		return Null, err
	}
	return s.AsValue(), nil
}

func setRepr(t *Thread, v Value) (Value, error) {
	s := (*Set)(v.p)
	typ := v.Type()
	if !t.ReprEnter(v) {
		return StrValue(typ.Name + "(...)"), nil
	}
	defer t.ReprLeave(v)
	if s.used == 0 {
		return StrValue(typ.Name + "()"), nil
	}
	keys := make([]Value, 0, s.used)
	for pos := 0; ; {
		e, next, ok := s.next(pos)
		if !ok {
			break
		}
		keys = append(keys, e.key)
		pos = next
	}
	var b strings.Builder
	open, close := "{", "}"
	if typ != SetType {
		open, close = typ.Name+"({", "})"
	}
	if err := reprItems(t, &b, open, close, func() int { return len(keys) }, func(i int) Value { return keys[i] }); err != nil {
		return Null, err
	}
	return StrValue(b.String()), nil
}

func setCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	w, ok := b.AsSet()
	if !ok {
		return NotImplemented, nil
	}
	v := (*Set)(a.p)
	var r bool
	var err error
	switch op {
	case CmpEQ, CmpNE:
		if v.used == w.used && (v.hash == -1 || w.hash == -1 || v.hash == w.hash) {
			r, err = v.isSubset(t, w)
		}
		if op == CmpNE {
			r = !r
		}
	case CmpLE:
		r, err = v.isSubset(t, w)
	case CmpGE:
		r, err = w.isSubset(t, v)
	case CmpLT:
		if v.used < w.used {
			r, err = v.isSubset(t, w)
		}
	case CmpGT:
		if v.used > w.used {
			r, err = w.isSubset(t, v)
		}
	}
	if err != nil {
		return Null, err
	}
	return Bool(r), nil
}

// setBinary makes an operator slot: both operands must be sets.
func setBinary(op func(s *Set, t *Thread, other Value) (*Set, error)) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		s, ok1 := a.AsSet()
		_, ok2 := b.AsSet()
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r, err := op(s, t, b)
		if err != nil {
			return Null, err
		}
		return r.AsValue(), nil
	}
}

// setInPlace makes an in-place operator slot of set: other must be a set.
func setInPlace(op func(s *Set, t *Thread, other Value) error) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		if _, ok := b.AsSet(); !ok {
			return NotImplemented, nil
		}
		if err := op((*Set)(a.p), t, b); err != nil {
			return Null, err
		}
		return a, nil
	}
}

// intersectionUpdate replaces s by s & other.
func (s *Set) intersectionUpdate(t *Thread, other Value) error {
	r, err := s.intersection(t, other)
	if err != nil {
		return err
	}
	s.swapBodies(r)
	return nil
}

// swapBodies gives s the table of r (set_swap_bodies, one way).
func (s *Set) swapBodies(r *Set) {
	s.table, s.fill, s.used, s.hash = r.table, r.fill, r.used, -1
}

// setIter iterates over a set's table; s is nil once exhausted.
type setIter struct {
	Header
	s         *Set
	used      int
	pos       int
	remaining int
}

func setIterNext(_ *Thread, v Value) (Value, error) {
	it := (*setIter)(v.p)
	s := it.s
	if s == nil {
		return Null, nil
	}
	if it.used != s.used {
		it.used = -1
		return Null, NewError(RuntimeError, "Set changed size during iteration")
	}
	e, next, ok := s.next(it.pos)
	it.pos = next
	if !ok {
		it.s = nil
		return Null, nil
	}
	it.remaining--
	return e.key, nil
}

func setIterLengthHint(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__length_hint__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	it := (*setIter)(args[0].p)
	if it.s != nil && it.used == it.s.used {
		return Int(int64(it.remaining)), nil
	}
	return Int(0), nil
}

// ---- methods (args[0] is the set) ----

func setMethodDefs(prefix string, mutable bool) []MethodDef {
	one := func(name string, fn func(t *Thread, s *Set, arg Value) (Value, error)) NativeFunc {
		full := prefix + "." + name
		return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity(full, args[1:], kwnames, 1, 1); err != nil {
				return Null, err
			}
			return fn(t, (*Set)(args[0].p), args[1])
		}
	}
	none := func(name string, fn func(t *Thread, s *Set) (Value, error)) NativeFunc {
		full := prefix + "." + name
		return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity(full, args[1:], kwnames, 0, 0); err != nil {
				return Null, err
			}
			return fn(t, (*Set)(args[0].p))
		}
	}
	many := func(name string, fn func(t *Thread, s *Set, others []Value) (Value, error)) NativeFunc {
		return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := NoKeywords(prefix+"."+name, kwnames); err != nil {
				return Null, err
			}
			return fn(t, (*Set)(args[0].p), args[1:])
		}
	}
	defs := []MethodDef{
		{Name: "__reduce__", Fn: none("__reduce__", setReduce), Doc: "Return state information for pickling."},
		{Name: "copy", Fn: none("copy", func(t *Thread, s *Set) (Value, error) {
			if s.typ == FrozenSetType {
				return s.AsValue(), nil
			}
			c, err := s.copySet(t)
			return c.AsValue(), err
		}), Doc: "Return a shallow copy of a set."},
		{Name: "union", Fn: many("union", setUnionMethod), Doc: "Return the union of sets as a new set."},
		{Name: "intersection", Fn: many("intersection", setIntersectionMethod), Doc: "Return the intersection of two sets as a new set."},
		{Name: "difference", Fn: many("difference", setDifferenceMethod), Doc: "Return the difference of two or more sets as a new set."},
		{Name: "symmetric_difference", Fn: one("symmetric_difference", func(t *Thread, s *Set, o Value) (Value, error) {
			r, err := s.symmetricDifference(t, o)
			if err != nil {
				return Null, err
			}
			return r.AsValue(), nil
		}), Doc: "Return the symmetric difference of two sets as a new set."},
		{Name: "isdisjoint", Fn: one("isdisjoint", setIsDisjoint), Doc: "Return True if two sets have a null intersection."},
		{Name: "issubset", Fn: one("issubset", setIsSubsetMethod), Doc: "Report whether another set contains this set."},
		{Name: "issuperset", Fn: one("issuperset", setIsSupersetMethod), Doc: "Report whether this set contains another set."},
		{Name: "__contains__", Fn: one("__contains__", func(t *Thread, s *Set, o Value) (Value, error) {
			in, err := s.Contains(t, o)
			return Bool(in), err
		}), Doc: "x.__contains__(y) <==> y in x."},
		{Name: "__sizeof__", Fn: none("__sizeof__", func(t *Thread, s *Set) (Value, error) {
			size := 200
			if len(s.table) > setMinSize {
				size += len(s.table) * 16
			}
			return Int(int64(size)), nil
		}), Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
		{Name: "__class_getitem__", Fn: ClassGetItem, Kind: ClassMethod, Doc: "See PEP 585"},
	}
	if !mutable {
		return defs
	}
	return append(defs, []MethodDef{
		{Name: "add", Fn: one("add", func(t *Thread, s *Set, o Value) (Value, error) { return None, s.Add(t, o) }),
			Doc: "Add an element to a set."},
		{Name: "clear", Fn: none("clear", func(t *Thread, s *Set) (Value, error) { s.clear(); return None, nil }),
			Doc: "Remove all elements from this set."},
		{Name: "discard", Fn: one("discard", func(t *Thread, s *Set, o Value) (Value, error) {
			_, err := s.remove(t, o)
			return None, err
		}), Doc: "Remove an element from a set if it is a member."},
		{Name: "remove", Fn: one("remove", func(t *Thread, s *Set, o Value) (Value, error) {
			found, err := s.remove(t, o)
			if err == nil && !found {
				err = keyError(o)
			}
			return None, err
		}), Doc: "Remove an element from a set; it must be a member."},
		{Name: "pop", Fn: none("pop", func(t *Thread, s *Set) (Value, error) {
			v, ok := s.pop()
			if !ok {
				return Null, NewException(KeyError, StrValue("pop from an empty set"))
			}
			return v, nil
		}), Doc: "Remove and return an arbitrary set element."},
		{Name: "update", Fn: many("update", func(t *Thread, s *Set, others []Value) (Value, error) {
			for _, o := range others {
				if err := s.update(t, o); err != nil {
					return Null, err
				}
			}
			return None, nil
		}), Doc: "Update a set with the union of itself and others."},
		{Name: "intersection_update", Fn: many("intersection_update", func(t *Thread, s *Set, others []Value) (Value, error) {
			r, err := setIntersectionMethod(t, s, others)
			if err != nil {
				return Null, err
			}
			s.swapBodies((*Set)(r.p))
			return None, nil
		}), Doc: "Update a set with the intersection of itself and another."},
		{Name: "difference_update", Fn: many("difference_update", func(t *Thread, s *Set, others []Value) (Value, error) {
			for _, o := range others {
				if err := s.differenceUpdate(t, o); err != nil {
					return Null, err
				}
			}
			return None, nil
		}), Doc: "Remove all elements of another set from this set."},
		{Name: "symmetric_difference_update", Fn: one("symmetric_difference_update", func(t *Thread, s *Set, o Value) (Value, error) {
			return None, s.symmetricDifferenceUpdate(t, o)
		}), Doc: "Update a set with the symmetric difference of itself and another."},
	}...)
}

// remove discards v (looking up a set v as a frozenset).
func (s *Set) remove(t *Thread, v Value) (bool, error) {
	h, err := setKeyHash(t, v)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, v, h)
}

func setUnionMethod(t *Thread, s *Set, others []Value) (Value, error) {
	r, err := s.copySet(t)
	if err != nil {
		return Null, err
	}
	for _, o := range others {
		if o.p == unsafe.Pointer(s) {
			continue
		}
		if err := r.update(t, o); err != nil {
			return Null, err
		}
	}
	return r.AsValue(), nil
}

func setIntersectionMethod(t *Thread, s *Set, others []Value) (Value, error) {
	if len(others) == 0 {
		c, err := s.copySet(t)
		return c.AsValue(), err
	}
	r := s
	for _, o := range others {
		var err error
		if r, err = r.intersection(t, o); err != nil {
			return Null, err
		}
	}
	return r.AsValue(), nil
}

func setDifferenceMethod(t *Thread, s *Set, others []Value) (Value, error) {
	if len(others) == 0 {
		c, err := s.copySet(t)
		return c.AsValue(), err
	}
	r, err := s.difference(t, others[0])
	if err != nil {
		return Null, err
	}
	for _, o := range others[1:] {
		if err := r.differenceUpdate(t, o); err != nil {
			return Null, err
		}
	}
	return r.AsValue(), nil
}

func setIsDisjoint(t *Thread, s *Set, other Value) (Value, error) {
	if other.p == unsafe.Pointer(s) {
		return Bool(s.used == 0), nil
	}
	if o, ok := other.AsSet(); ok && (other.Type() == SetType || other.Type() == FrozenSetType) {
		big, small := s, o
		if o.used > s.used {
			big, small = o, s
		}
		for pos := 0; ; {
			e, next, ok := small.next(pos)
			if !ok {
				return True, nil
			}
			pos = next
			_, found, err := big.lookup(t, e.key, e.hash)
			if err != nil {
				return Null, err
			}
			if found {
				return False, nil
			}
		}
	}
	disjoint := true
	err := ForEach(t, other, func(x Value) error {
		in, err := s.Contains(t, x)
		if err != nil {
			return err
		}
		if in {
			disjoint = false
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return Null, err
	}
	return Bool(disjoint), nil
}

func setIsSubsetMethod(t *Thread, s *Set, other Value) (Value, error) {
	o, ok := other.AsSet()
	if !ok {
		var err error
		if o, err = newSetFromIterable(t, SetType, other); err != nil {
			return Null, err
		}
	}
	r, err := s.isSubset(t, o)
	return Bool(r), err
}

func setIsSupersetMethod(t *Thread, s *Set, other Value) (Value, error) {
	if o, ok := other.AsSet(); ok {
		r, err := o.isSubset(t, s)
		return Bool(r), err
	}
	superset := true
	err := ForEach(t, other, func(x Value) error {
		in, err := s.Contains(t, x)
		if err != nil {
			return err
		}
		if !in {
			superset = false
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return Null, err
	}
	return Bool(superset), nil
}

// setReduce is set.__reduce__ and frozenset.__reduce__:
// (type(s), (list(s),), s.__dict__ or None), as CPython's.
func setReduce(t *Thread, s *Set) (Value, error) {
	items, err := Collect(t, s.AsValue())
	if err != nil {
		return Null, err
	}
	state := None
	if a := AttrsOf(s.AsValue()); a != nil {
		state = a.Dict().AsValue()
	}
	args := NewTuple(NewList(items).AsValue())
	return NewTuple(s.typ.AsValue(), args.AsValue(), state).AsValue(), nil
}
