package object

import (
	"math/rand"
	"slices"
	"testing"
)

// Expected strings below come from CPython 3.11.

func TestListMethods(t *testing.T) {
	th := &Thread{}
	l := lst(3, 1, 2)
	steps := []struct {
		what string
		do   func() (Value, error)
		want string
	}{
		{"append", func() (Value, error) { return callMethodAny(th, l, "append", 4) }, "None"},
		{"l", func() (Value, error) { return l, nil }, "[3, 1, 2, 4]"},
		{"extend", func() (Value, error) { return callMethodAny(th, l, "extend", tup(5, 6)) }, "None"},
		{"extend self", func() (Value, error) { return callMethodAny(th, l, "extend", l) }, "None"},
		{"l", func() (Value, error) { return l, nil }, "[3, 1, 2, 4, 5, 6, 3, 1, 2, 4, 5, 6]"},
		{"del l[6:]", func() (Value, error) { return None, SetItem(th, l, NewSlice(Int(6), None, None), Null) }, "None"},
		{"insert", func() (Value, error) { return callMethodAny(th, l, "insert", -100, "a") }, "None"},
		{"insert end", func() (Value, error) { return callMethodAny(th, l, "insert", 100, "z") }, "None"},
		{"insert -1", func() (Value, error) { return callMethodAny(th, l, "insert", -1, "y") }, "None"},
		{"l", func() (Value, error) { return l, nil }, "['a', 3, 1, 2, 4, 5, 6, 'y', 'z']"},
		{"remove", func() (Value, error) { return callMethodAny(th, l, "remove", "y") }, "None"},
		{"remove missing", func() (Value, error) { return callMethodAny(th, l, "remove", "y") }, "ValueError: list.remove(x): x not in list"},
		{"pop", func() (Value, error) { return callMethodAny(th, l, "pop") }, "'z'"},
		{"pop 0", func() (Value, error) { return callMethodAny(th, l, "pop", 0) }, "'a'"},
		{"pop -2", func() (Value, error) { return callMethodAny(th, l, "pop", -2) }, "5"},
		{"pop 99", func() (Value, error) { return callMethodAny(th, l, "pop", 99) }, "IndexError: pop index out of range"},
		{"pop 'x'", func() (Value, error) { return callMethodAny(th, l, "pop", "x") }, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"pop 2 args", func() (Value, error) { return callMethodAny(th, l, "pop", 1, 2) }, "TypeError: pop expected at most 1 argument, got 2"},
		{"l", func() (Value, error) { return l, nil }, "[3, 1, 2, 4, 6]"},
		{"index", func() (Value, error) { return callMethodAny(th, l, "index", 4) }, "3"},
		{"index start", func() (Value, error) { return callMethodAny(th, l, "index", 3, 1) }, "ValueError: 3 is not in list"},
		{"index neg start", func() (Value, error) { return callMethodAny(th, l, "index", 6, -1) }, "4"},
		{"index stop", func() (Value, error) { return callMethodAny(th, l, "index", 6, 0, 4) }, "ValueError: 6 is not in list"},
		{"index str", func() (Value, error) { return callMethodAny(th, l, "index", "q") }, "ValueError: 'q' is not in list"},
		{"index bad", func() (Value, error) { return callMethodAny(th, l, "index", 1, "a") }, "TypeError: slice indices must be integers or have an __index__ method"},
		{"index none", func() (Value, error) { return callMethodAny(th, l, "index") }, "TypeError: index expected at least 1 argument, got 0"},
		{"count", func() (Value, error) { return callMethodAny(th, lst(1, 2, 1, 1.0, "1"), "count", 1) }, "3"},
		{"count arity", func() (Value, error) { return callMethodAny(th, l, "count") }, "TypeError: list.count() takes exactly one argument (0 given)"},
		{"append arity", func() (Value, error) { return callMethodAny(th, l, "append") }, "TypeError: list.append() takes exactly one argument (0 given)"},
		{"insert arity", func() (Value, error) { return callMethodAny(th, l, "insert", 1) }, "TypeError: insert expected 2 arguments, got 1"},
		{"extend non-iterable", func() (Value, error) { return callMethodAny(th, l, "extend", 1) }, "TypeError: 'int' object is not iterable"},
		{"reverse", func() (Value, error) { return callMethodAny(th, l, "reverse") }, "None"},
		{"l", func() (Value, error) { return l, nil }, "[6, 4, 2, 1, 3]"},
		{"copy", func() (Value, error) { return callMethodAny(th, l, "copy") }, "[6, 4, 2, 1, 3]"},
		{"sort", func() (Value, error) { return callMethodAny(th, l, "sort") }, "None"},
		{"l", func() (Value, error) { return l, nil }, "[1, 2, 3, 4, 6]"},
		{"clear", func() (Value, error) { return callMethodAny(th, l, "clear") }, "None"},
		{"l", func() (Value, error) { return l, nil }, "[]"},
		{"pop empty", func() (Value, error) { return callMethodAny(th, l, "pop") }, "IndexError: pop from empty list"},
		{"sizeof", func() (Value, error) { return callMethodAny(th, lst(), "__sizeof__") }, "40"},
		{"class_getitem", func() (Value, error) {
			return callMethodAny(th, ListType.AsValue(), "__class_getitem__", IntType.AsValue())
		}, "list[int]"},
	}
	for _, s := range steps {
		v, err := s.do()
		check(t, th, s.what, v, err, s.want)
	}
}

func TestListOperators(t *testing.T) {
	th := &Thread{}
	cases := []struct {
		what string
		do   func() (Value, error)
		want string
	}{
		{"+", func() (Value, error) { return BinaryOp(th, lst(1), lst(2, 3), OpAdd) }, "[1, 2, 3]"},
		{"+ tuple", func() (Value, error) { return BinaryOp(th, lst(1), tup(1), OpAdd) }, `TypeError: can only concatenate list (not "tuple") to list`},
		{"*", func() (Value, error) { return BinaryOp(th, lst(1, 2), Int(3), OpMul) }, "[1, 2, 1, 2, 1, 2]"},
		{"int *", func() (Value, error) { return BinaryOp(th, Int(2), lst(1), OpMul) }, "[1, 1]"},
		{"* neg", func() (Value, error) { return BinaryOp(th, lst(1, 2), Int(-3), OpMul) }, "[]"},
		{"* str", func() (Value, error) { return BinaryOp(th, lst(1), pv("a"), OpMul) }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"* huge", func() (Value, error) { return BinaryOp(th, lst(1), Int(1<<62), OpMul) }, "MemoryError:"},
		{"* bool", func() (Value, error) { return BinaryOp(th, lst(1), True, OpMul) }, "[1]"},
		{"+=", func() (Value, error) { return InPlaceOp(th, lst(1), tup(2, 3), OpAdd) }, "[1, 2, 3]"},
		{"+= non-iterable", func() (Value, error) { return InPlaceOp(th, lst(1), Int(2), OpAdd) }, "TypeError: 'int' object is not iterable"},
		{"*=", func() (Value, error) { return InPlaceOp(th, lst(1, 2), Int(2), OpMul) }, "[1, 2, 1, 2]"},
		{"*= str", func() (Value, error) { return InPlaceOp(th, lst(1, 2), pv("x"), OpMul) }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"<", func() (Value, error) { return RichCompare(th, lst(1, 2), lst(1, 3), CmpLT) }, "True"},
		{"< prefix", func() (Value, error) { return RichCompare(th, lst(1, 2), lst(1, 2, 0), CmpLT) }, "True"},
		{">=", func() (Value, error) { return RichCompare(th, lst(2), lst(1, 9), CmpGE) }, "True"},
		{"==", func() (Value, error) { return RichCompare(th, lst(1, "a"), lst(1, "a"), CmpEQ) }, "True"},
		{"!= len", func() (Value, error) { return RichCompare(th, lst(1), lst(1, 2), CmpNE) }, "True"},
		{"== tuple", func() (Value, error) { return RichCompare(th, lst(1), tup(1), CmpEQ) }, "False"},
		{"< tuple", func() (Value, error) { return RichCompare(th, lst(), tup(), CmpLT) }, "TypeError: '<' not supported between instances of 'list' and 'tuple'"},
		{"< mixed", func() (Value, error) { return RichCompare(th, lst(1), lst("a"), CmpLT) }, "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{"hash", func() (Value, error) { _, err := Hash(th, lst()); return None, err }, "TypeError: unhashable type: 'list'"},
		{"in", func() (Value, error) { b, err := Contains(th, lst(1, "a"), pv("a")); return Bool(b), err }, "True"},
		{"not in", func() (Value, error) { b, err := Contains(th, lst(1, "a"), pv("b")); return Bool(b), err }, "False"},
		{"len", func() (Value, error) { n, err := Len(th, lst(1, 2)); return Int(int64(n)), err }, "2"},
		{"list()", func() (Value, error) { return Call(th, ListType.AsValue(), nil, nil) }, "[]"},
		{"list(tuple)", func() (Value, error) { return Call(th, ListType.AsValue(), []Value{tup(1, 2)}, nil) }, "[1, 2]"},
		{"list(1)", func() (Value, error) { return Call(th, ListType.AsValue(), []Value{Int(1)}, nil) }, "TypeError: 'int' object is not iterable"},
		{"list(1, 2)", func() (Value, error) { return Call(th, ListType.AsValue(), []Value{Int(1), Int(2)}, nil) }, "TypeError: list expected at most 1 argument, got 2"},
		{"list(a=1)", func() (Value, error) { return callKw(th, ListType.AsValue(), nil, "a", 1) }, "TypeError: list() takes no keyword arguments"},
		{"reversed", func() (Value, error) {
			return Call(th, ListType.AsValue(), []Value{mustCall(th, lst(1, 2, 3), "__reversed__")}, nil)
		}, "[3, 2, 1]"},
	}
	for _, c := range cases {
		v, err := c.do()
		check(t, th, c.what, v, err, c.want)
	}
}

func mustCall(th *Thread, obj Value, name string, args ...any) Value {
	v, err := callMethodAny(th, obj, name, args...)
	if err != nil {
		panic(err)
	}
	return v
}

func TestListIndexing(t *testing.T) {
	th := &Thread{}
	l := lst(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	sl := func(a, b, c any) Value { return NewSlice(pv(a), pv(b), pv(c)) }
	gets := []struct {
		key  Value
		want string
	}{
		{Int(0), "0"}, {Int(-1), "9"}, {Int(-10), "0"}, {Int(10), "IndexError: list index out of range"},
		{Int(-11), "IndexError: list index out of range"}, {True, "1"},
		{pv("a"), "TypeError: list indices must be integers or slices, not str"},
		{pv(1.0), "TypeError: list indices must be integers or slices, not float"},
		{sl(2, 5, nil), "[2, 3, 4]"}, {sl(nil, nil, -1), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"},
		{sl(-3, nil, nil), "[7, 8, 9]"}, {sl(nil, nil, 3), "[0, 3, 6, 9]"}, {sl(8, 2, -2), "[8, 6, 4]"},
		{sl(100, 200, nil), "[]"}, {sl(-100, 2, nil), "[0, 1]"}, {sl(5, 2, nil), "[]"},
		{sl(nil, nil, 0), "ValueError: slice step cannot be zero"},
		{sl("a", nil, nil), "TypeError: slice indices must be integers or None or have an __index__ method"},
		{sl(1, 9, 1<<62), "[1]"}, {sl(-1<<62, 1<<62, nil), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
	}
	for _, g := range gets {
		v, err := GetItem(th, l, g.key)
		check(t, th, "l["+show(th, g.key, nil)+"]", v, err, g.want)
	}

	type op struct {
		key, value Value // value Null: delete
		want       string
	}
	base := func() Value { return lst(0, 1, 2, 3, 4, 5) }
	sets := []op{
		{Int(0), pv("x"), "['x', 1, 2, 3, 4, 5]"},
		{Int(-1), pv("x"), "[0, 1, 2, 3, 4, 'x']"},
		{Int(6), pv("x"), "IndexError: list assignment index out of range"},
		{Int(6), Null, "IndexError: list assignment index out of range"},
		{pv("a"), Null, "TypeError: list indices must be integers or slices, not str"},
		{Int(1), Null, "[0, 2, 3, 4, 5]"},
		{sl(1, 3, nil), lst("a", "b", "c"), "[0, 'a', 'b', 'c', 3, 4, 5]"},
		{sl(1, 5, nil), lst(), "[0, 5]"},
		{sl(4, 1, nil), tup("a"), "[0, 1, 2, 3, 'a', 4, 5]"},
		{sl(nil, nil, nil), lst(9), "[9]"},
		{sl(1, 2, nil), Int(5), "TypeError: can only assign an iterable"},
		{sl(nil, nil, 2), lst("a", "b", "c"), "['a', 1, 'b', 3, 'c', 5]"},
		{sl(nil, nil, 2), lst(1, 2), "ValueError: attempt to assign sequence of size 2 to extended slice of size 3"},
		{sl(nil, nil, -2), lst("a", "b", "c"), "[0, 'c', 2, 'b', 4, 'a']"},
		{sl(nil, nil, 2), Int(1), "TypeError: must assign iterable to extended slice"},
		{sl(nil, nil, 2), Null, "[1, 3, 5]"},
		{sl(nil, nil, -2), Null, "[0, 2, 4]"},
		{sl(1, nil, 3), Null, "[0, 2, 3, 5]"},
		{sl(nil, nil, -1), Null, "[]"},
		{sl(2, 4, nil), Null, "[0, 1, 4, 5]"},
		{sl(3, 3, -1), Null, "[0, 1, 2, 3, 4, 5]"},
		{sl(nil, nil, 1), Null, "[]"},
	}
	for _, s := range sets {
		l := base()
		err := SetItem(th, l, s.key, s.value)
		check(t, th, "set l["+show(th, s.key, nil)+"]", l, err, s.want)
	}
	// l[:] = l and l[1:1] = l copy first.
	l = lst(1, 2)
	if err := SetItem(th, l, sl(1, 1, nil), l); err != nil {
		t.Fatal(err)
	}
	check(t, th, "l[1:1] = l", l, nil, "[1, 1, 2, 2]")
}

func TestListRecursiveRepr(t *testing.T) {
	th := &Thread{}
	l := NewList(nil)
	l.Append(Int(1))
	l.Append(l.AsValue())
	inner := NewTuple(l.AsValue())
	l.Append(inner.AsValue())
	check(t, th, "repr", l.AsValue(), nil, "[1, [...], ([...],)]")
	if len(th.reprActive) != 0 {
		t.Fatal("repr left entries in reprActive")
	}
	// Deep nesting raises RecursionError instead of overflowing.
	deep := lst()
	for i := 0; i < RecursionLimit+10; i++ {
		deep = lst(deep)
	}
	_, err := Repr(th, deep)
	check(t, th, "deep repr", Null, err, "RecursionError: maximum recursion depth exceeded while getting the repr of an object")
	if th.Depth() != 0 || len(th.reprActive) != 0 {
		t.Fatalf("depth %d after failed repr", th.Depth())
	}
}

// TestListSortStability sorts records on a key with many ties and checks
// the result against Go's stable sort, in both directions.
func TestListSortStability(t *testing.T) {
	th := &Thread{}
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 5, 31, 64, 65, 200, 1000, 5000} {
		for _, reverse := range []bool{false, true} {
			pairs := make([]Value, n)
			for i := range pairs {
				pairs[i] = tup(r.Intn(10), i)
			}
			if n > 100 { // add presorted stretches to exercise run detection
				slices.SortStableFunc(pairs[:n/3], func(a, b Value) int {
					return int((*Tuple)(a.p).Items[0].AsInt() - (*Tuple)(b.p).Items[0].AsInt())
				})
			}
			want := slices.Clone(pairs)
			slices.SortStableFunc(want, func(a, b Value) int {
				d := int((*Tuple)(a.p).Items[0].AsInt() - (*Tuple)(b.p).Items[0].AsInt())
				if reverse {
					return -d
				}
				return d
			})
			l := NewList(pairs)
			key := native("key", func(_ *Thread, args []Value) (Value, error) { return (*Tuple)(args[0].p).Items[0], nil })
			if err := ListSort(th, l, key, reverse); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(l.Items, want) {
				t.Fatalf("n=%d reverse=%v: unstable or wrong order", n, reverse)
			}
		}
	}
}

func TestListSortGeneric(t *testing.T) {
	th := &Thread{}
	r := rand.New(rand.NewSource(2))
	for _, n := range []int{2, 10, 100, 3000} {
		ints := make([]int, n)
		items := make([]Value, n)
		strs := make([]Value, n)
		for i := range ints {
			ints[i] = r.Intn(n) - n/2
			items[i] = tup(ints[i]) // tuples take the generic RichCompare path
			strs[i] = StrValue(string(rune('a' + r.Intn(26))))
		}
		l := NewList(items)
		if err := ListSort(th, l, Null, false); err != nil {
			t.Fatal(err)
		}
		slices.Sort(ints)
		for i, x := range l.Items {
			if (*Tuple)(x.p).Items[0].AsInt() != int64(ints[i]) {
				t.Fatalf("n=%d: wrong order at %d", n, i)
			}
		}
		ls := NewList(strs)
		if err := ListSort(th, ls, Null, true); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < n; i++ {
			if (*Str)(ls.Items[i-1].p).s < (*Str)(ls.Items[i].p).s {
				t.Fatalf("reverse str sort wrong at %d", i)
			}
		}
	}
}

func TestListSortErrors(t *testing.T) {
	th := &Thread{}
	l := lst(3, "a", 1, 2)
	_, err := callMethodAny(th, l, "sort")
	check(t, th, "mixed sort", Null, err, "TypeError: '<' not supported between instances of 'str' and 'int'")
	// The items survive a failed sort.
	items := slices.Clone((*List)(l.p).Items)
	if len(items) != 4 {
		t.Fatalf("items lost: %s", show(th, l, nil))
	}
	// A comparison failing in the middle of a merge must not lose items.
	r := rand.New(rand.NewSource(3))
	for trial := 0; trial < 50; trial++ {
		n := 100 + r.Intn(400)
		vals := make([]Value, n)
		for i := range vals {
			vals[i] = tup(r.Intn(1000))
		}
		calls, failAt := 0, 1+r.Intn(n*4)
		l := NewList(slices.Clone(vals))
		err := timsort(l.Items, func(a, b Value) (bool, error) {
			calls++
			if calls == failAt {
				return false, NewError(ValueError, "boom")
			}
			return (*Tuple)(a.p).Items[0].AsInt() < (*Tuple)(b.p).Items[0].AsInt(), nil
		})
		got := slices.Clone(l.Items)
		sortByPtr := func(s []Value) { slices.SortFunc(s, func(a, b Value) int { return cmpPtr(a, b) }) }
		sortByPtr(got)
		want := slices.Clone(vals)
		sortByPtr(want)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d (fail at %d, err %v): items lost or duplicated", trial, failAt, err)
		}
	}
	// key errors propagate; the list is unchanged.
	l = lst(2, 1)
	boom := native("boom", func(_ *Thread, args []Value) (Value, error) { return Null, NewError(KeyError, "k") })
	_, err = callKw(th, mustGetAttr(th, l, "sort"), nil, "key", boom)
	check(t, th, "key error", l, err, "KeyError: 'k'")
	check(t, th, "after key error", l, nil, "[2, 1]")
	_, err = callKw(th, mustGetAttr(th, l, "sort"), []any{1})
	check(t, th, "positional", Null, err, "TypeError: sort() takes no positional arguments")
	_, err = callKw(th, mustGetAttr(th, l, "sort"), nil, "reverse", "x")
	check(t, th, "reverse str", Null, err, "TypeError: 'str' object cannot be interpreted as an integer")
	_, err = callKw(th, mustGetAttr(th, l, "sort"), nil, "key", 1)
	check(t, th, "key int", Null, err, "TypeError: 'int' object is not callable")

	// Mutating the list from a key function.
	l = lst(3, 2, 1)
	mut := native("mut", func(_ *Thread, args []Value) (Value, error) {
		(*List)(l.p).Append(Int(0))
		return args[0], nil
	})
	_, err = callKw(th, mustGetAttr(th, l, "sort"), nil, "key", mut)
	check(t, th, "modified", l, err, "ValueError: list modified during sort")
	check(t, th, "after modification", l, nil, "[1, 2, 3]")
}

func cmpPtr(a, b Value) int {
	switch {
	case uintptr(a.p) < uintptr(b.p):
		return -1
	case uintptr(a.p) > uintptr(b.p):
		return 1
	}
	return 0
}

func mustGetAttr(th *Thread, v Value, name string) Value {
	f, err := GetAttr(th, v, Intern(name))
	if err != nil {
		panic(err)
	}
	return f
}

func TestTuple(t *testing.T) {
	th := &Thread{}
	tu := tup(1, "a", tup(), tup(2))
	cases := []struct {
		what string
		do   func() (Value, error)
		want string
	}{
		{"repr", func() (Value, error) { return tu, nil }, "(1, 'a', (), (2,))"},
		{"[1:]", func() (Value, error) { return GetItem(th, tu, NewSlice(Int(1), None, None)) }, "('a', (), (2,))"},
		{"[5]", func() (Value, error) { return GetItem(th, tu, Int(5)) }, "IndexError: tuple index out of range"},
		{"['a']", func() (Value, error) { return GetItem(th, tu, pv("a")) }, "TypeError: tuple indices must be integers or slices, not str"},
		{"[::0]", func() (Value, error) { return GetItem(th, tu, NewSlice(None, None, Int(0))) }, "ValueError: slice step cannot be zero"},
		{"+", func() (Value, error) { return BinaryOp(th, tup(1), tup(2), OpAdd) }, "(1, 2)"},
		{"+ list", func() (Value, error) { return BinaryOp(th, tup(1), lst(2), OpAdd) }, `TypeError: can only concatenate tuple (not "list") to tuple`},
		{"*", func() (Value, error) { return BinaryOp(th, tup(1, 2), Int(2), OpMul) }, "(1, 2, 1, 2)"},
		{"* 0", func() (Value, error) { return BinaryOp(th, tup(1, 2), Int(0), OpMul) }, "()"},
		{"index", func() (Value, error) { return callMethodAny(th, tu, "index", "a") }, "1"},
		{"index missing", func() (Value, error) { return callMethodAny(th, tu, "index", "b") }, "ValueError: tuple.index(x): x not in tuple"},
		{"count", func() (Value, error) { return callMethodAny(th, tup(1, 1, 2), "count", 1) }, "2"},
		{"count arity", func() (Value, error) { return callMethodAny(th, tu, "count") }, "TypeError: tuple.count() takes exactly one argument (0 given)"},
		{"<", func() (Value, error) { return RichCompare(th, tup(1, 2), tup(1, 2, 3), CmpLT) }, "True"},
		{"==", func() (Value, error) { return RichCompare(th, tup(1, tup(2)), tup(1, tup(2)), CmpEQ) }, "True"},
		{"tuple()", func() (Value, error) { return Call(th, TupleType.AsValue(), nil, nil) }, "()"},
		{"tuple(list)", func() (Value, error) { return Call(th, TupleType.AsValue(), []Value{lst(1, 2)}, nil) }, "(1, 2)"},
		{"tuple(1, 2)", func() (Value, error) { return Call(th, TupleType.AsValue(), []Value{Int(1), Int(2)}, nil) }, "TypeError: tuple expected at most 1 argument, got 2"},
		{"tuple(a=1)", func() (Value, error) { return callKw(th, TupleType.AsValue(), nil, "a", 1) }, "TypeError: tuple() takes no keyword arguments"},
		{"sizeof", func() (Value, error) { return callMethodAny(th, tup(1, 2, 3), "__sizeof__") }, "48"},
		{"hash list", func() (Value, error) { _, err := Hash(th, tup(1, lst())); return None, err }, "TypeError: unhashable type: 'list'"},
	}
	for _, c := range cases {
		v, err := c.do()
		check(t, th, c.what, v, err, c.want)
	}
	// hash((1, 2, 3)) and hash(()) in CPython 3.11.
	for _, h := range []struct {
		v    Value
		want int64
	}{{tup(1, 2, 3), 529344067295497451}, {tup(), 5740354900026072187}, {tup(-1, tup(0)), -4526132333304613873}} {
		got, err := Hash(th, h.v)
		if err != nil || got != h.want {
			t.Errorf("hash(%s) = %d, %v, want %d", show(th, h.v, nil), got, err, h.want)
		}
	}
	// tuple(t) is t.
	if v, _ := Call(th, TupleType.AsValue(), []Value{tu}, nil); v != tu {
		t.Error("tuple(t) is not t")
	}
}
