package interp

import (
	"sort"

	"github.com/adderpy/adder/object"
)

// The numeric and iteration built-in functions.

func init() {
	builtinFunctions = append(builtinFunctions,
		object.MethodDef{Name: "abs", Fn: builtinAbs},
		object.MethodDef{Name: "min", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return minMax(t, "min", args, kw, object.CmpLT)
		}},
		object.MethodDef{Name: "max", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return minMax(t, "max", args, kw, object.CmpGT)
		}},
		object.MethodDef{Name: "sum", Fn: builtinSum},
		object.MethodDef{Name: "any", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return anyAll(t, "any", args, kw, true)
		}},
		object.MethodDef{Name: "all", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return anyAll(t, "all", args, kw, false)
		}},
		object.MethodDef{Name: "sorted", Fn: builtinSorted},
		object.MethodDef{Name: "divmod", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("divmod", args, kw, 2, 2); err != nil {
				return object.Null, err
			}
			return callDunderBinary(t, args[0], args[1], "__divmod__", "__rdivmod__", "divmod()")
		}},
		object.MethodDef{Name: "pow", Fn: builtinPow},
		object.MethodDef{Name: "round", Fn: builtinRound},
		object.MethodDef{Name: "bin", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return formatIndex(t, "bin", args, kw, "#b")
		}},
		object.MethodDef{Name: "oct", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return formatIndex(t, "oct", args, kw, "#o")
		}},
		object.MethodDef{Name: "hex", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return formatIndex(t, "hex", args, kw, "#x")
		}},
		object.MethodDef{Name: "dir", Fn: builtinDir},
	)
}

func builtinAbs(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("abs", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	x := args[0]
	if x.IsInt() && x.AsInt() >= 0 {
		return x, nil
	}
	f := x.Type().Abs
	if f == nil {
		return object.Null, object.Errorf(object.TypeError, "bad operand type for abs(): '%s'", x.Type().TpName())
	}
	return f(t, x)
}

// minMax implements min() and max(): the first item for which no later
// item compares better (op), with key and default.
// minMax2 is min(a, b) (op CmpLT) or max(a, b) (op CmpGT) of two ints or
// two floats, with ok false for other operands. As in the general case,
// b wins only when it compares strictly better.
func minMax2(a, b object.Value, op object.CompareOp) (v object.Value, ok bool) {
	var less, greater bool
	switch {
	case a.IsInt() && b.IsInt():
		less, greater = b.AsInt() < a.AsInt(), b.AsInt() > a.AsInt()
	case a.IsFloat() && b.IsFloat():
		less, greater = b.AsFloat() < a.AsFloat(), b.AsFloat() > a.AsFloat()
	default:
		return object.Null, false
	}
	if op == object.CmpLT && less || op == object.CmpGT && greater {
		return b, true
	}
	return a, true
}

func minMax(t *object.Thread, name string, args []object.Value, kwnames *object.Tuple, op object.CompareOp) (object.Value, error) {
	if kwnames == nil && len(args) == 2 {
		if v, ok := minMax2(args[0], args[1], op); ok {
			return v, nil
		}
	}
	npos := object.Positional(args, kwnames)
	if npos == 0 {
		return object.Null, object.Errorf(object.TypeError, "%s expected at least 1 argument, got 0", name)
	}
	key, dflt := object.Null, object.Null
	if kwnames != nil {
		for i, k := range kwnames.Items {
			s, _ := k.AsStr()
			switch s.String() {
			case "key":
				key = args[npos+i]
			case "default":
				dflt = args[npos+i]
			default:
				return object.Null, object.Errorf(object.TypeError, "'%s' is an invalid keyword argument for %s()", s, name)
			}
		}
	}
	if key.IsNone() {
		key = object.Null
	}
	best, bestKey := object.Null, object.Null
	consider := func(x object.Value) error {
		k := x
		if !key.IsNull() {
			var err error
			if k, err = object.Call(t, key, []object.Value{x}, nil); err != nil {
				return err
			}
		}
		if best.IsNull() {
			best, bestKey = x, k
			return nil
		}
		r, err := object.RichCompare(t, k, bestKey, op)
		if err != nil {
			return err
		}
		better, err := object.Truth(t, r)
		if err != nil {
			return err
		}
		if better {
			best, bestKey = x, k
		}
		return nil
	}
	switch {
	case npos == 1:
		if err := object.ForEach(t, args[0], consider); err != nil {
			return object.Null, err
		}
	default:
		if !dflt.IsNull() {
			return object.Null, object.Errorf(object.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		for _, x := range args[:npos] {
			if err := consider(x); err != nil {
				return object.Null, err
			}
		}
	}
	if best.IsNull() {
		if !dflt.IsNull() {
			return dflt, nil
		}
		return object.Null, object.Errorf(object.ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

func builtinSum(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if object.Positional(args, kwnames) == 0 && len(args) <= 2 {
		// iterable is positional-only.
		return object.Null, object.NewError(object.TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	if err := object.ParseArgs("sum", args, kwnames, []string{"iterable", "start"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, a[0])
	if err != nil {
		return object.Null, err
	}
	acc := object.Int(0)
	if !a[1].IsNull() {
		acc = a[1]
		if _, ok := acc.AsStr(); ok {
			return object.Null, object.NewError(object.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		}
		switch acc.Type().Name {
		case "bytes":
			return object.Null, object.NewError(object.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		case "bytearray":
			return object.Null, object.NewError(object.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	return sumItems(t.State.(*Thread), it, acc)
}

// sumItems adds the items of the iterator it to acc, as sum() does: ints
// that fit in int64 are added here, others through the + operator, and a
// generator is resumed directly (Thread.iterNext).
func sumItems(th *Thread, it, acc object.Value) (object.Value, error) {
	t := &th.Thread
	for {
		x, err := th.iterNext(it)
		if err != nil {
			return object.Null, err
		}
		if x.IsNull() {
			return acc, nil
		}
		if acc.IsInt() && x.IsInt() {
			if r, ok := addInts(acc.AsInt(), x.AsInt()); ok {
				acc = r
				continue
			}
		}
		if acc, err = object.BinaryOp(t, acc, x, object.OpAdd); err != nil {
			return object.Null, err
		}
	}
}

func anyAll(t *object.Thread, name string, args []object.Value, kw *object.Tuple, want bool) (object.Value, error) {
	if err := object.CheckArity(name, args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	it, err := object.Iter(t, args[0])
	if err != nil {
		return object.Null, err
	}
	for {
		x, err := object.Next(t, it)
		if err != nil {
			return object.Null, err
		}
		if x.IsNull() {
			return object.Bool(!want), nil
		}
		truth, err := object.Truth(t, x)
		if err != nil {
			return object.Null, err
		}
		if truth == want {
			return object.Bool(want), nil
		}
	}
}

func builtinSorted(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	npos := object.Positional(args, kwnames)
	if npos != 1 {
		return object.Null, object.Errorf(object.TypeError, "sorted expected 1 argument, got %d", npos)
	}
	var kw [2]object.Value
	if err := object.ParseArgs("sort", args[1:], kwnames, []string{"key", "reverse"}, 0, 0, kw[:]); err != nil {
		return object.Null, err
	}
	items, err := object.Collect(t, args[0])
	if err != nil {
		return object.Null, err
	}
	l := object.NewList(items)
	reverse := false
	if !kw[1].IsNull() {
		// list.sort takes reverse as a C int.
		r, err := object.Index(t, kw[1])
		if err != nil {
			return object.Null, err
		}
		i, ok := object.AsInt64(r)
		if !ok || i != int64(int32(i)) {
			return object.Null, object.NewError(object.OverflowError, "Python int too large to convert to C int")
		}
		reverse = i != 0
	}
	key := kw[0]
	if key.IsNone() {
		key = object.Null
	}
	if err := object.ListSort(t, l, key, reverse); err != nil {
		return object.Null, err
	}
	return l.AsValue(), nil
}

// callDunderBinary calls a.__name__(b), falling back to b.__rname__(a).
func callDunderBinary(t *object.Thread, a, b object.Value, name, rname, what string) (object.Value, error) {
	if m := a.Type().Lookup(object.Intern(name)); !m.IsNull() {
		r, err := object.Call(t, m, []object.Value{a, b}, nil)
		if err != nil || r != object.NotImplemented {
			return r, err
		}
	}
	if a.Type() != b.Type() {
		if m := b.Type().Lookup(object.Intern(rname)); !m.IsNull() {
			r, err := object.Call(t, m, []object.Value{b, a}, nil)
			if err != nil || r != object.NotImplemented {
				return r, err
			}
		}
	}
	return object.Null, object.Errorf(object.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", what, a.Type().TpName(), b.Type().TpName())
}

func builtinPow(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("pow", args, kwnames, []string{"base", "exp", "mod"}, 2, 3, a[:]); err != nil {
		return object.Null, err
	}
	if a[2].IsNull() || a[2].IsNone() {
		return object.BinaryOp(t, a[0], a[1], object.OpPow)
	}
	return object.PowMod(t, a[0], a[1], a[2])
}

var strRound = object.Intern("__round__")

func builtinRound(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("round", args, kwnames, []string{"number", "ndigits"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
	m := a[0].Type().Lookup(strRound)
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "type %s doesn't define __round__ method", a[0].Type().TpName())
	}
	callArgs := []object.Value{a[0]}
	if !a[1].IsNull() && !a[1].IsNone() {
		callArgs = append(callArgs, a[1])
	}
	return object.Call(t, m, callArgs, nil)
}

// formatIndex implements bin(), oct() and hex() through __index__ and
// int formatting.
func formatIndex(t *object.Thread, name string, args []object.Value, kw *object.Tuple, spec string) (object.Value, error) {
	if err := object.CheckArity(name, args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	x := args[0]
	if !x.IsInt() {
		index := x.Type().Index
		if index == nil {
			return object.Null, object.Errorf(object.TypeError, "'%s' object cannot be interpreted as an integer", x.Type().TpName())
		}
		var err error
		if x, err = index(t, x); err != nil {
			return object.Null, err
		}
	}
	return object.Format(t, x, object.StrValue(spec))
}

var strDirMethod = object.Intern("__dir__")

func builtinDir(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("dir", args, kw, 0, 1); err != nil {
		return object.Null, err
	}
	var names object.Value
	if len(args) == 0 {
		names = t.State.(*Thread).frame.localsMapping()
		d, ok := names.AsDict()
		if !ok {
			return builtinSorted(t, []object.Value{names}, nil)
		}
		keys := d.Keys()
		return sortedStrList(keys), nil
	}
	m := args[0].Type().Lookup(strDirMethod)
	if m.IsNull() {
		return object.Null, object.NewError(object.TypeError, "object does not provide __dir__")
	}
	r, err := object.Call(t, m, []object.Value{args[0]}, nil)
	if err != nil {
		return object.Null, err
	}
	return builtinSorted(t, []object.Value{r}, nil)
}

// sortedStrList returns the str keys sorted as a new list.
func sortedStrList(keys []object.Value) object.Value {
	sort.Slice(keys, func(i, j int) bool {
		a, _ := keys[i].AsStr()
		b, _ := keys[j].AsStr()
		return a.String() < b.String()
	})
	return object.NewList(keys).AsValue()
}
