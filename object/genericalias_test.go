package object

import "testing"

// Expected strings come from CPython 3.11.

func TestGenericAliasAndUnion(t *testing.T) {
	th := &Thread{}
	item := func(typ *Type, key Value) Value {
		v, err := GetItem(th, typ.AsValue(), key)
		if err != nil {
			panic(err)
		}
		return v
	}
	or := func(a, b Value) (Value, error) { return BinaryOp(th, a, b, OpOr) }
	must := func(v Value, err error) Value {
		if err != nil {
			panic(err)
		}
		return v
	}
	listInt := item(ListType, IntType.AsValue())
	intStr := must(or(IntType.AsValue(), StrType.AsValue()))
	isInst := func(v, cls Value) (Value, error) { r, err := IsInstance(th, v, cls); return Bool(r), err }
	runCases(t, th, []evalCase{
		{"list[int]", func() (Value, error) { return listInt, nil }, "list[int]"},
		{"dict[str, list[int]]", func() (Value, error) {
			return item(DictType, tup(StrType.AsValue(), listInt)), nil
		}, "dict[str, list[int]]"},
		{"tuple[()]", func() (Value, error) { return item(TupleType, tup()), nil }, "tuple[()]"},
		{"tuple[int, ...]", func() (Value, error) { return item(TupleType, tup(IntType.AsValue(), Ellipsis)), nil }, "tuple[int, ...]"},
		{"__origin__", func() (Value, error) { return GetAttr(th, listInt, Intern("__origin__")) }, "<class 'list'>"},
		{"__args__", func() (Value, error) { return GetAttr(th, listInt, Intern("__args__")) }, "(<class 'int'>,)"},
		{"forwarded", func() (Value, error) { return GetAttr(th, listInt, Intern("append")) }, "<method 'append' of 'list' objects>"},
		{"call", func() (Value, error) { return Call(th, listInt, []Value{tup(1, 2)}, nil) }, "[1, 2]"},
		{"==", func() (Value, error) { return RichCompare(th, listInt, item(ListType, IntType.AsValue()), CmpEQ) }, "True"},
		{"isinstance alias", func() (Value, error) { return isInst(Int(1), listInt) }, "TypeError: isinstance() argument 2 cannot be a parameterized generic"},
		{"int | str", func() (Value, error) { return intStr, nil }, "int | str"},
		{"int | None", func() (Value, error) { return or(IntType.AsValue(), None) }, "int | None"},
		{"int | int", func() (Value, error) { return or(IntType.AsValue(), IntType.AsValue()) }, "<class 'int'>"},
		{"flatten", func() (Value, error) { return or(intStr, must(or(StrType.AsValue(), FloatType.AsValue()))) }, "int | str | float"},
		{"alias | int", func() (Value, error) { return or(listInt, IntType.AsValue()) }, "list[int] | int"},
		{"int | 3", func() (Value, error) { return or(IntType.AsValue(), Int(3)) }, "TypeError: unsupported operand type(s) for |: 'type' and 'int'"},
		{"union ==", func() (Value, error) {
			return RichCompare(th, intStr, must(or(StrType.AsValue(), IntType.AsValue())), CmpEQ)
		}, "True"},
		{"__args__ None", func() (Value, error) { return GetAttr(th, must(or(IntType.AsValue(), None)), Intern("__args__")) }, "(<class 'int'>, <class 'NoneType'>)"},
		{"isinstance union", func() (Value, error) { return isInst(StrValue("x"), intStr) }, "True"},
		{"isinstance union no", func() (Value, error) { return isInst(Float(1), intStr) }, "False"},
		{"issubclass union", func() (Value, error) { r, err := IsSubclass(th, BoolType.AsValue(), intStr); return Bool(r), err }, "True"},
		{"__module__", func() (Value, error) { return GetAttr(th, intStr, Intern("__module__")) }, "'types'"},
	})
}
