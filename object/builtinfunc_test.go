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
