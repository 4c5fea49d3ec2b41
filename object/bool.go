package object

// bool.go: the bool type, a subclass of int whose only values are the
// True and False immediates.

var _ = registerTypeInit(initBool)

var (
	trueStr  = StrValue("True")
	falseStr = StrValue("False")
)

func initBool() {
	t := BoolType
	t.Doc = "Returns True when the argument is true, False otherwise."
	t.New = boolNew
	t.Repr = func(_ *Thread, v Value) (Value, error) {
		if v.AsInt() != 0 {
			return trueStr, nil
		}
		return falseStr, nil
	}
	// &, | and ^ of two bools are bools; anything else is int's business.
	logical := func(op Operator, f func(a, b bool) bool) BinaryFunc {
		return func(t *Thread, a, b Value) (Value, error) {
			if a.IsBool() && b.IsBool() {
				return Bool(f(a.AsInt() != 0, b.AsInt() != 0)), nil
			}
			return IntType.Binary[op](t, a, b)
		}
	}
	t.Binary[OpAnd] = logical(OpAnd, func(a, b bool) bool { return a && b })
	t.Binary[OpOr] = logical(OpOr, func(a, b bool) bool { return a || b })
	t.Binary[OpXor] = logical(OpXor, func(a, b bool) bool { return a != b })
}

// boolNew is bool.__new__: bool() is False, bool(x) the truth of x.
func boolNew(t *Thread, _ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if err := NoKeywords("bool", kwnames); err != nil {
		return Null, err
	}
	if err := CheckArity("bool", args, nil, 0, 1); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(t, args[0])
	return Bool(b), err
}
