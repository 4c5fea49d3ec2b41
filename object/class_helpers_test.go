package object

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/adderpy/adder/internal/pyrepr"
)

// This file gives the tests of the class machinery what the interpreter
// will provide: Python-like functions (testFunc binds as a method, like
// interp's function type), cells, and the Hooks of a thread.

type testFunc struct {
	Header
	name string
	fn   func(t *Thread, args []Value, kwnames *Tuple) (Value, error)
}

var testFuncType = NewNativeType("function", "", nil)

type testCell struct {
	Header
	v Value
}

var testCellType = NewNativeType("cell", "", nil)

func init() {
	testFuncType.Flags |= FlagMethodDescriptor
	testFuncType.Call = func(t *Thread, f Value, args []Value, kwnames *Tuple) (Value, error) {
		return (*testFunc)(f.p).fn(t, args, kwnames)
	}
	testFuncType.DescrGet = func(_ *Thread, f, obj Value, _ *Type) (Value, error) {
		if obj.IsNull() {
			return f, nil
		}
		return NewMethod(f, obj), nil
	}
	testFuncType.AddGetSets([]GetSetDef{
		{Name: "__name__", Get: func(_ *Thread, v Value) (Value, error) { return StrValue((*testFunc)(v.p).name), nil }},
		{Name: "__qualname__", Get: func(_ *Thread, v Value) (Value, error) { return StrValue((*testFunc)(v.p).name), nil }},
	})
	testFuncType.Ready()
	testCellType.Ready()
	// seq.go declares EmptyTuple before TupleType has a value (reported
	// to the lead); the tuple engineer's branch owns the fix.
	if EmptyTuple.typ == nil {
		EmptyTuple.typ = TupleType
	}
	// Until the str, int and tuple engineers' reprs are merged, give
	// those types the reprs the messages under test need.
	if SameFunc(StrType.Repr, ObjectType.Repr) {
		StrType.Repr = func(_ *Thread, v Value) (Value, error) { return StrValue(pyrepr.Str((*Str)(v.p).s)), nil }
		StrType.Str = func(_ *Thread, v Value) (Value, error) { return v, nil }
	}
	if SameFunc(IntType.Repr, ObjectType.Repr) {
		IntType.Repr = func(_ *Thread, v Value) (Value, error) { return StrValue(strconv.FormatInt(v.AsInt(), 10)), nil }
	}
	if SameFunc(TupleType.Repr, ObjectType.Repr) {
		TupleType.Repr = func(t *Thread, v Value) (Value, error) {
			items := (*Tuple)(v.p).Items
			if len(items) == 1 {
				r, err := joinReprs(t, items)
				return StrValue("(" + r + ",)"), err
			}
			r, err := joinReprs(t, items)
			return StrValue("(" + r + ")"), err
		}
	}
	if SameFunc(ListType.Repr, ObjectType.Repr) {
		ListType.Repr = func(t *Thread, v Value) (Value, error) {
			r, err := joinReprs(t, (*List)(v.p).Items)
			return StrValue("[" + r + "]"), err
		}
	}
}

func joinReprs(t *Thread, items []Value) (string, error) {
	parts := make([]string, len(items))
	for i, x := range items {
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		parts[i] = r.s
	}
	return strings.Join(parts, ", "), nil
}

// fn returns a Python-like function.
func fn(name string, f func(t *Thread, args []Value) (Value, error)) Value {
	return FromPointer(unsafe.Pointer(&testFunc{Header{testFuncType}, name, func(t *Thread, args []Value, _ *Tuple) (Value, error) {
		return f(t, args)
	}}))
}

// fnKw returns a Python-like function receiving keyword arguments.
func fnKw(name string, f func(t *Thread, args []Value, kwnames *Tuple) (Value, error)) Value {
	return FromPointer(unsafe.Pointer(&testFunc{Header{testFuncType}, name, f}))
}

type testHooks struct {
	superType *Type
	superObj  Value
}

func (h *testHooks) SuperArgs() (*Type, Value, error) {
	if h.superType == nil {
		return nil, Null, NewError(RuntimeError, "super(): no arguments")
	}
	return h.superType, h.superObj, nil
}

func (h *testHooks) SetClassCell(cell, class Value) bool {
	if cell.Type() != testCellType {
		return false
	}
	(*testCell)(cell.p).v = class
	return true
}

func (h *testHooks) Import(name string) (Value, error) {
	return Null, Errorf(ModuleNotFoundError, "No module named '%s'", name)
}

func newThread() *Thread { return &Thread{State: &testHooks{}} }

// kv is a namespace entry.
type kv struct {
	k string
	v Value
}

// mkClass runs type(name, bases, ns) (with meta, when given) through the
// call protocol, as a class statement would.
func mkClass(t *testing.T, th *Thread, meta *Type, name string, bases []*Type, ns ...kv) *Type {
	t.Helper()
	typ, err := tryClass(th, meta, name, bases, ns...)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return typ
}

func tryClass(th *Thread, meta *Type, name string, bases []*Type, ns ...kv) (*Type, error) {
	if meta == nil {
		meta = TypeType
	}
	d := NewDict()
	d.SetStr(Intern("__module__"), StrValue("__main__"))
	d.SetStr(Intern("__qualname__"), StrValue(name))
	for _, e := range ns {
		d.SetStr(Intern(e.k), e.v)
	}
	bs := make([]Value, len(bases))
	for i, b := range bases {
		bs[i] = b.AsValue()
	}
	r, err := Call(th, meta.AsValue(), []Value{StrValue(name), NewTuple(bs...).AsValue(), d.AsValue()}, nil)
	if err != nil {
		return nil, err
	}
	return (*Type)(r.p), nil
}

// wantErr checks that err is an exception of class typ with message msg.
func wantErr(t *testing.T, err error, typ *Type, msg string) {
	t.Helper()
	e, ok := err.(*Exc)
	if !ok {
		t.Errorf("got error %v, want %s: %s", err, typ.Name, msg)
		return
	}
	got := ""
	if len(e.Args.Items) > 0 {
		if s, ok := e.Args.Items[0].exactStr(); ok {
			got = s.s
		}
	}
	if e.typ != typ || got != msg {
		t.Errorf("got %s: %s\nwant %s: %s", e.typ.Name, got, typ.Name, msg)
	}
}

func mustRepr(t *testing.T, th *Thread, v Value) string {
	t.Helper()
	r, err := Repr(th, v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return r.s
}

func attr(t *testing.T, th *Thread, v Value, name string) Value {
	t.Helper()
	r, err := GetAttr(th, v, Intern(name))
	if err != nil {
		t.Fatalf("getattr %s: %v", name, err)
	}
	return r
}

func call(t *testing.T, th *Thread, f Value, args ...Value) Value {
	t.Helper()
	r, err := Call(th, f, args, nil)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return r
}

func str(v Value) string {
	if s, ok := v.exactStr(); ok {
		return s.s
	}
	return "<not a str>"
}
