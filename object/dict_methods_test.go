package object

import "testing"

// Expected strings come from CPython 3.11 (PYTHONHASHSEED=0 for set reprs).

type evalCase struct {
	what string
	do   func() (Value, error)
	want string
}

func runCases(t *testing.T, th *Thread, cases []evalCase) {
	t.Helper()
	for _, c := range cases {
		v, err := c.do()
		check(t, th, c.what, v, err, c.want)
	}
}

func dict(th *Thread, kv ...any) Value {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.SetItem(th, pv(kv[i]), pv(kv[i+1])); err != nil {
			panic(err)
		}
	}
	return d.AsValue()
}

func TestDictMethods(t *testing.T) {
	th := &Thread{}
	d := dict(th, "a", 1, "b", 2)
	dt := DictType.AsValue()
	runCases(t, th, []evalCase{
		{"repr", func() (Value, error) { return d, nil }, "{'a': 1, 'b': 2}"},
		{"get", func() (Value, error) { return callMethodAny(th, d, "get", "a") }, "1"},
		{"get default", func() (Value, error) { return callMethodAny(th, d, "get", "z", 0) }, "0"},
		{"get missing", func() (Value, error) { return callMethodAny(th, d, "get", "z") }, "None"},
		{"get arity", func() (Value, error) { return callMethodAny(th, d, "get") }, "TypeError: get expected at least 1 argument, got 0"},
		{"d[list]", func() (Value, error) { return GetItem(th, d, lst()) }, "TypeError: unhashable type: 'list'"},
		{"d[(1,2)]", func() (Value, error) { return GetItem(th, d, tup(1, 2)) }, "KeyError: (1, 2)"},
		{"setdefault", func() (Value, error) { return callMethodAny(th, d, "setdefault", "c", lst()) }, "[]"},
		{"setdefault present", func() (Value, error) { return callMethodAny(th, d, "setdefault", "c", 5) }, "[]"},
		{"pop", func() (Value, error) { return callMethodAny(th, d, "pop", "c") }, "[]"},
		{"pop missing", func() (Value, error) { return callMethodAny(th, d, "pop", tup(1)) }, "KeyError: (1,)"},
		{"pop default", func() (Value, error) { return callMethodAny(th, d, "pop", "c", nil) }, "None"},
		{"keys", func() (Value, error) { return callMethodAny(th, d, "keys") }, "dict_keys(['a', 'b'])"},
		{"values", func() (Value, error) { return callMethodAny(th, d, "values") }, "dict_values([1, 2])"},
		{"items", func() (Value, error) { return callMethodAny(th, d, "items") }, "dict_items([('a', 1), ('b', 2)])"},
		{"update kw", func() (Value, error) {
			return callKw(th, mustGetAttr(th, d, "update"), []any{lst(tup("x", 9))}, "y", 8)
		}, "None"},
		{"after update", func() (Value, error) { return d, nil }, "{'a': 1, 'b': 2, 'x': 9, 'y': 8}"},
		{"update 2 args", func() (Value, error) { return callMethodAny(th, d, "update", 1, 2) }, "TypeError: update expected at most 1 argument, got 2"},
		{"popitem", func() (Value, error) { return callMethodAny(th, d, "popitem") }, "('y', 8)"},
		{"reversed", func() (Value, error) {
			return Call(th, ListType.AsValue(), []Value{mustCall(th, d, "__reversed__")}, nil)
		}, "['x', 'b', 'a']"},
		{"copy", func() (Value, error) { return callMethodAny(th, d, "copy") }, "{'a': 1, 'b': 2, 'x': 9}"},
		{"==", func() (Value, error) { return RichCompare(th, d, dict(th, "x", 9, "b", 2, "a", 1), CmpEQ) }, "True"},
		{"!=", func() (Value, error) { return RichCompare(th, d, dict(th, "x", 9, "b", 2, "a", 2), CmpNE) }, "True"},
		{"<", func() (Value, error) { return RichCompare(th, d, d, CmpLT) }, "TypeError: '<' not supported between instances of 'dict' and 'dict'"},
		{"|", func() (Value, error) { return BinaryOp(th, dict(th, 1, 1, 2, 2), dict(th, 2, 3, 4, 4), OpOr) }, "{1: 1, 2: 3, 4: 4}"},
		{"| int", func() (Value, error) { return BinaryOp(th, d, Int(1), OpOr) }, "TypeError: unsupported operand type(s) for |: 'dict' and 'int'"},
		{"|= pairs", func() (Value, error) { return InPlaceOp(th, dict(th, 1, 1), lst(tup(2, 2)), OpOr) }, "{1: 1, 2: 2}"},
		{"fromkeys", func() (Value, error) { return callMethodAny(th, dt, "fromkeys", lst("a", "b"), 0) }, "{'a': 0, 'b': 0}"},
		{"fromkeys arity", func() (Value, error) { return callMethodAny(th, dt, "fromkeys") }, "TypeError: fromkeys expected at least 1 argument, got 0"},
		{"dict()", func() (Value, error) { return Call(th, dt, nil, nil) }, "{}"},
		{"dict(pairs)", func() (Value, error) {
			return Call(th, dt, []Value{lst(tup(1, 2), lst(3, 4), NewRange(5, 7, 1).AsValue())}, nil)
		}, "{1: 2, 3: 4, 5: 6}"},
		{"dict(mapping, kw)", func() (Value, error) { return callKw(th, dt, []any{dict(th, 1, 2)}, "a", 3) }, "{1: 2, 'a': 3}"},
		{"dict(1)", func() (Value, error) { return Call(th, dt, []Value{Int(1)}, nil) }, "TypeError: 'int' object is not iterable"},
		{"dict(len 3)", func() (Value, error) { return Call(th, dt, []Value{lst(tup(1, 2, 3))}, nil) }, "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{"dict([1])", func() (Value, error) { return Call(th, dt, []Value{lst(1)}, nil) }, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{"dict(1, 2)", func() (Value, error) { return Call(th, dt, []Value{Int(1), Int(2)}, nil) }, "TypeError: dict expected at most 1 argument, got 2"},
		{"popitem empty", func() (Value, error) { return callMethodAny(th, dict(th), "popitem") }, "KeyError: 'popitem(): dictionary is empty'"},
		{"del missing", func() (Value, error) { return None, SetItem(th, dict(th), pv("k"), Null) }, "KeyError: 'k'"},
		{"sizeof empty", func() (Value, error) { return callMethodAny(th, dict(th), "__sizeof__") }, "48"},
		{"sizeof int", func() (Value, error) { return callMethodAny(th, dict(th, 1, 1), "__sizeof__") }, "208"},
		{"sizeof str", func() (Value, error) { return callMethodAny(th, dict(th, "a", 1), "__sizeof__") }, "168"},
		{"sizeof 6", func() (Value, error) {
			return callMethodAny(th, mustCall(th, dt, "fromkeys", NewRange(0, 6, 1).AsValue()), "__sizeof__")
		}, "336"},
		{"keys &", func() (Value, error) {
			return BinaryOp(th, mustCall(th, dict(th, "a", 1, "b", 2), "keys"), lst("a", "x"), OpAnd)
		}, "{'a'}"},
		{"keys -", func() (Value, error) {
			return BinaryOp(th, mustCall(th, dict(th, "a", 1, "b", 2), "keys"), lst("a"), OpSub)
		}, "{'b'}"},
		{"keys ^", func() (Value, error) {
			return BinaryOp(th, mustCall(th, dict(th, "a", 1, "b", 2), "keys"), lst("b", "z"), OpXor)
		}, "{'a', 'z'}"},
		{"keys | 1", func() (Value, error) { return BinaryOp(th, mustCall(th, dict(th), "keys"), Int(1), OpOr) }, "TypeError: 'int' object is not iterable"},
		{"items in", func() (Value, error) {
			b, err := Contains(th, mustCall(th, d, "items"), tup("a", 1))
			return Bool(b), err
		}, "True"},
		{"keys == set", func() (Value, error) {
			s, _ := NewSetFrom(th, pvs([]any{"a", "b", "x"}))
			return RichCompare(th, mustCall(th, d, "keys"), s.AsValue(), CmpEQ)
		}, "True"},
		{"values ==", func() (Value, error) {
			return RichCompare(th, mustCall(th, d, "values"), mustCall(th, d, "values"), CmpEQ)
		}, "False"},
		{"isdisjoint", func() (Value, error) { return callMethodAny(th, mustCall(th, d, "keys"), "isdisjoint", lst("q")) }, "True"},
	})
}

func TestDictIterationErrors(t *testing.T) {
	th := &Thread{}
	d := dict(th, 1, 1)
	it, _ := Iter(th, d)
	Next(th, it)
	(*Dict)(d.p).SetItem(th, Int(2), Int(2))
	_, err := Next(th, it)
	check(t, th, "size change", Null, err, "RuntimeError: dictionary changed size during iteration")
	_, err = Next(th, it)
	check(t, th, "sticky", Null, err, "RuntimeError: dictionary changed size during iteration")

	d = dict(th, 1, 1, 2, 2)
	it, _ = Iter(th, d)
	Next(th, it)
	(*Dict)(d.p).DelItem(th, Int(1))
	(*Dict)(d.p).SetItem(th, Int(3), Int(3))
	x, err := Next(th, it)
	check(t, th, "first after replace", x, err, "2")
	_, err = Next(th, it)
	check(t, th, "keys changed", Null, err, "RuntimeError: dictionary keys changed during iteration")
}

func TestDictMissingAndSubclass(t *testing.T) {
	th := &Thread{}
	sub := &Type{Name: "D", Base: DictType, Flags: FlagHeapType | FlagBaseType}
	sub.solid = DictType
	sub.attrsOffset = DictType.subAttrsOffset
	sub.Ready()
	sub.AddMethods([]MethodDef{{Name: "__missing__", Fn: func(th *Thread, args []Value, kwnames *Tuple) (Value, error) {
		return BinaryOp(th, args[1], Int(10), OpAdd)
	}}})
	sub.Modified()
	d, err := Call(th, sub.AsValue(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.AsDict(); !ok {
		t.Fatal("subclass instance is not a dict")
	}
	v, err := GetItem(th, d, Int(5))
	check(t, th, "__missing__", v, err, "15")
}

func TestDictMergeHelpers(t *testing.T) {
	th := &Thread{}
	d := NewDict()
	if err := DictUpdate(th, d, dict(th, "a", 1)); err != nil {
		t.Fatal(err)
	}
	err := DictUpdate(th, d, Int(1))
	check(t, th, "DictUpdate int", Null, err, "TypeError: 'int' object is not a mapping")
	dup, err := DictMerge(th, d, dict(th, "b", 2, "a", 3))
	check(t, th, "DictMerge dup", dup, err, "'a'")
	check(t, th, "after merge", d.AsValue(), nil, "{'a': 1, 'b': 2}")
	_, err = DictMerge(th, d, Int(1))
	if e, ok := err.(*Exc); !ok || e.Type() != AttributeError {
		t.Fatalf("DictMerge(int) = %v, want AttributeError", err)
	}
}

func TestDictRecursiveRepr(t *testing.T) {
	th := &Thread{}
	d := NewDict()
	d.SetItem(th, Int(1), d.AsValue())
	check(t, th, "repr", d.AsValue(), nil, "{1: {...}}")
}

func TestSetBasics(t *testing.T) {
	th := &Thread{}
	set := func(xs ...any) Value { s, _ := NewSetFrom(th, pvs(xs)); return s.AsValue() }
	fz := func(xs ...any) Value { v, _ := Call(th, FrozenSetType.AsValue(), []Value{set(xs...)}, nil); return v }
	runCases(t, th, []evalCase{
		{"repr", func() (Value, error) { return set(3, 1, 2), nil }, "{1, 2, 3}"},
		{"str add order", func() (Value, error) { return set("a", "b", "c", "hello", "world"), nil }, "{'b', 'c', 'a', 'world', 'hello'}"},
		// {'a', 'b', 'c', 'hello', 'world'} compiles to set().update(frozenset constant).
		{"str display order", func() (Value, error) {
			s := NewSet()
			return s.AsValue(), SetUpdate(th, s, fz("a", "b", "c", "hello", "world"))
		}, "{'c', 'a', 'world', 'hello', 'b'}"},
		{"empty", func() (Value, error) { return set(), nil }, "set()"},
		{"frozenset", func() (Value, error) { return fz(1, 2), nil }, "frozenset({1, 2})"},
		{"frozenset()", func() (Value, error) { return Call(th, FrozenSetType.AsValue(), nil, nil) }, "frozenset()"},
		{"unhashable", func() (Value, error) { _, err := NewSetFrom(th, []Value{lst()}); return None, err }, "TypeError: unhashable type: 'list'"},
		{"pop empty", func() (Value, error) { return callMethodAny(th, set(), "pop") }, "KeyError: 'pop from an empty set'"},
		{"remove", func() (Value, error) { return callMethodAny(th, set(), "remove", tup(1)) }, "KeyError: (1,)"},
		{"set in set", func() (Value, error) { b, err := Contains(th, set(fz(1)), set(1)); return Bool(b), err }, "True"},
		{"set(1, 2)", func() (Value, error) { return Call(th, SetType.AsValue(), []Value{Int(1), Int(2)}, nil) }, "TypeError: set expected at most 1 argument, got 2"},
		{"set(a=1)", func() (Value, error) { return callKw(th, SetType.AsValue(), nil, "a", 1) }, "TypeError: set() takes no keyword arguments"},
		{"| list", func() (Value, error) { return BinaryOp(th, set(1), lst(1), OpOr) }, "TypeError: unsupported operand type(s) for |: 'set' and 'list'"},
		{"<", func() (Value, error) { return RichCompare(th, set(1), set(1, 2), CmpLT) }, "True"},
		{"frozen == set", func() (Value, error) { return RichCompare(th, fz(1, 2), set(2, 1), CmpEQ) }, "True"},
		{"< int", func() (Value, error) { return RichCompare(th, fz(1), Int(1), CmpLT) }, "TypeError: '<' not supported between instances of 'frozenset' and 'int'"},
		{"hash set", func() (Value, error) { _, err := Hash(th, set()); return None, err }, "TypeError: unhashable type: 'set'"},
		{"hash frozenset", func() (Value, error) { h, err := Hash(th, fz(1, 2, 3)); return Int(h), err }, "-272375401224217160"},
		{"hash frozenset()", func() (Value, error) { h, err := Hash(th, fz()); return Int(h), err }, "133146708735736"},
		{"isdisjoint", func() (Value, error) { return callMethodAny(th, set(1), "isdisjoint", lst(2)) }, "True"},
		{"issubset", func() (Value, error) { return callMethodAny(th, set(1), "issubset", lst(1, 2)) }, "True"},
		{"issuperset", func() (Value, error) { return callMethodAny(th, set(1), "issuperset", lst(1, 2)) }, "False"},
		{"intersection break", func() (Value, error) { return callMethodAny(th, set(1), "intersection", lst(1, lst())) }, "{1}"},
		{"union many", func() (Value, error) { return callMethodAny(th, set(1), "union", lst(2), tup(3)) }, "{1, 2, 3}"},
		{"add arity", func() (Value, error) { return callMethodAny(th, set(), "add") }, "TypeError: set.add() takes exactly one argument (0 given)"},
		{"sizeof", func() (Value, error) { return callMethodAny(th, set(), "__sizeof__") }, "200"},
		{"sizeof 100", func() (Value, error) {
			s, _ := newSetFromIterable(th, SetType, NewRange(0, 100, 1).AsValue())
			return callMethodAny(th, s.AsValue(), "__sizeof__")
		}, "8392"},
	})
	s := set(1)
	it, _ := Iter(th, s)
	(*Set)(s.p).Add(th, Int(2))
	_, err := Next(th, it)
	check(t, th, "changed size", Null, err, "RuntimeError: Set changed size during iteration")
	rs := NewSet()
	rs.Add(th, tup(1))
	check(t, th, "subclass-free repr", rs.AsValue(), nil, "{(1,)}")
}
