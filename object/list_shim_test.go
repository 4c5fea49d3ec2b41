// list_shim_test.go: helpers for the container tests, and minimal int,
// float and str slots for types whose real implementations live on other
// branches (each is installed only while the type lacks its own).

package object

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/pyrepr"
)

func init() {
	isDefault := func(f UnaryFunc) bool { return SameFunc(f, UnaryFunc(objectRepr)) }
	if isDefault(IntType.Repr) {
		IntType.Repr = func(_ *Thread, v Value) (Value, error) {
			if v.IsBool() {
				return StrValue(map[bool]string{true: "True", false: "False"}[v.AsInt() != 0]), nil
			}
			return StrValue(strconv.FormatInt(v.AsInt(), 10)), nil
		}
		BoolType.Repr = IntType.Repr
	}
	if isDefault(FloatType.Repr) {
		FloatType.Repr = func(_ *Thread, v Value) (Value, error) { return StrValue(floatfmt.Repr(v.AsFloat())), nil }
	}
	if isDefault(StrType.Repr) {
		StrType.Repr = func(_ *Thread, v Value) (Value, error) { return StrValue(pyrepr.Str((*Str)(v.p).s)), nil }
	}
	if SameFunc(IntType.Compare, CompareFunc(objectCompare)) {
		IntType.Compare = func(_ *Thread, a, b Value, op CompareOp) (Value, error) {
			if !(a.IsInt() || a.IsBool()) || !(b.IsInt() || b.IsBool()) {
				return NotImplemented, nil
			}
			return Bool(CompareOrdered(a.AsInt(), b.AsInt(), op)), nil
		}
		BoolType.Compare = IntType.Compare
		BoolType.Hash = func(_ *Thread, v Value) (int64, error) { return v.AsInt(), nil }
	}
	if SameFunc(StrType.Compare, CompareFunc(objectCompare)) {
		StrType.Compare = func(_ *Thread, a, b Value, op CompareOp) (Value, error) {
			sb, ok := b.exactStr()
			if !ok {
				return NotImplemented, nil
			}
			return Bool(CompareOrdered((*Str)(a.p).s, sb.s, op)), nil
		}
		StrType.Hash = func(_ *Thread, v Value) (int64, error) { return (*Str)(v.p).Hash(), nil }
	}
}

// pv converts a Go value to a Python value for tests: int, float64,
// string, bool, nil (None), []any (list), Value.
func pv(x any) Value {
	switch x := x.(type) {
	case Value:
		return x
	case int:
		return Int(int64(x))
	case float64:
		return Float(x)
	case string:
		return StrValue(x)
	case bool:
		return Bool(x)
	case nil:
		return None
	case []any:
		return lst(x...)
	}
	panic(fmt.Sprintf("pv: %T", x))
}

func pvs(xs []any) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = pv(x)
	}
	return out
}

func lst(xs ...any) Value { return NewList(pvs(xs)).AsValue() }
func tup(xs ...any) Value { return NewTuple(pvs(xs)...).AsValue() }

// callMethod calls obj.name(*args).
func callMethodAny(th *Thread, obj Value, name string, args ...any) (Value, error) {
	f, err := GetAttr(th, obj, Intern(name))
	if err != nil {
		return Null, err
	}
	return Call(th, f, pvs(args), nil)
}

// callKw calls f(*args, **kw) with keyword names and values alternating in kw.
func callKw(th *Thread, f Value, args []any, kw ...any) (Value, error) {
	vals := pvs(args)
	var names []Value
	for i := 0; i < len(kw); i += 2 {
		names = append(names, Intern(kw[i].(string)).AsValue())
		vals = append(vals, pv(kw[i+1]))
	}
	var kwnames *Tuple
	if len(names) > 0 {
		kwnames = NewTuple(names...)
	}
	return Call(th, f, vals, kwnames)
}

// show formats a result as the Python REPL would show it, or an exception
// as "Type: message" (with the repr of a non-str argument, as KeyError
// prints).
func show(th *Thread, v Value, err error) string {
	if err != nil {
		e, ok := err.(*Exc)
		if !ok {
			return "Go error: " + err.Error()
		}
		name := e.Type().Name
		if e.Args == nil || len(e.Args.Items) == 0 {
			return name + ":"
		}
		if len(e.Args.Items) == 1 {
			if s, ok := e.Args.Items[0].exactStr(); ok && name != "KeyError" {
				return name + ": " + s.s
			}
			r, rerr := Repr(th, e.Args.Items[0])
			if rerr != nil {
				return name + ": <repr failed>"
			}
			return name + ": " + r.s
		}
		r, _ := Repr(th, e.Args.AsValue())
		return name + ": " + r.s
	}
	if v.IsNull() {
		return "<Null>"
	}
	r, rerr := Repr(th, v)
	if rerr != nil {
		return "repr failed: " + show(th, Null, rerr)
	}
	return r.s
}

// check compares show(v, err) with want.
func check(t *testing.T, th *Thread, what string, v Value, err error, want string) {
	t.Helper()
	if got := show(th, v, err); got != want {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

// native wraps a Go function as a Python callable for tests.
func native(name string, fn func(th *Thread, args []Value) (Value, error)) Value {
	def := &MethodDef{Name: name, Fn: func(th *Thread, args []Value, kwnames *Tuple) (Value, error) {
		return fn(th, args)
	}}
	return NewBuiltinFunction(def, "").AsValue()
}
