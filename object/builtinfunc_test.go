package object

import "testing"

// Expected strings come from CPython 3.11.

func TestBuiltinFunctionAttrs(t *testing.T) {
	th := &Thread{}
	def := &MethodDef{Name: "f", Fn: func(*Thread, []Value, *Tuple) (Value, error) { return None, nil }, Doc: "Do f."}
	f := NewBuiltinFunction(def, "mod").AsValue()
	l := lst()
	appendOf := func(v Value) Value {
		m, err := GetAttr(th, v, Intern("append"))
		if err != nil {
			panic(err)
		}
		return m
	}
	attr := func(v Value, name string) func() (Value, error) {
		return func() (Value, error) { return GetAttr(th, v, Intern(name)) }
	}
	runCases(t, th, []evalCase{
		{"__name__", attr(f, "__name__"), "'f'"},
		{"__qualname__", attr(f, "__qualname__"), "'f'"},
		{"__module__", attr(f, "__module__"), "'mod'"},
		{"__doc__", attr(f, "__doc__"), "'Do f.'"},
		{"method __qualname__", attr(appendOf(l), "__qualname__"), "'list.append'"},
		{"method __self__", attr(appendOf(l), "__self__"), "[]"},
		{"method __module__", attr(appendOf(l), "__module__"), "None"},
		{"same method ==", func() (Value, error) { return RichCompare(th, appendOf(l), appendOf(l), CmpEQ) }, "True"},
		{"other self ==", func() (Value, error) { return RichCompare(th, appendOf(l), appendOf(lst()), CmpEQ) }, "False"},
	})
}

// A bound method's argument-count errors name it after its __self__'s
// class; Argument Clinic's messages and a call through the type do not.
func TestBoundMethodCallErrors(t *testing.T) {
	th := &Thread{}
	sub := mkClass(t, th, nil, "D", []*Type{DictType})
	d, err := Call(th, sub.AsValue(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	bound := func(v Value, name string) Value {
		m, err := GetAttr(th, v, Intern(name))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	call := func(f Value, args ...Value) error {
		_, err := Call(th, f, args, nil)
		return err
	}
	wantErr(t, call(bound(d, "keys"), Int(1)), TypeError, "D.keys() takes no arguments (1 given)")
	wantErr(t, call(bound(d, "__contains__")), TypeError, "D.__contains__() takes exactly one argument (0 given)")
	wantErr(t, call(bound(d, "get")), TypeError, "get expected at least 1 argument, got 0")
	wantErr(t, call(bound(NewDict().AsValue(), "keys"), Int(1)), TypeError, "dict.keys() takes no arguments (1 given)")
	wantErr(t, call(bound(sub.AsValue(), "__class_getitem__")), TypeError, "D.__class_getitem__() takes exactly one argument (0 given)")
	wantErr(t, call(bound(DictType.AsValue(), "keys"), d, Int(1)), TypeError, "dict.keys() takes no arguments (1 given)")
}
