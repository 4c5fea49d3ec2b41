package object

import "testing"

// TestPyDefBind checks Bind's bindings and, against messages taken from
// CPython 3.11 calling the equivalent def, its errors and their order.
func TestPyDefBind(t *testing.T) {
	// def f(self, a, b=None, *, c=None, d=None) as the method Cls.f
	def := &PyDef{QualName: "Cls.f", Names: []string{"self", "a", "b", "c", "d"}, NumPos: 3, NumRequired: 2}
	kw := func(names ...string) *Tuple {
		items := make([]Value, len(names))
		for i, n := range names {
			items[i] = Intern(n).AsValue()
		}
		return NewTuple(items...)
	}
	self, x, y := Int(0), Int(1), Int(2)
	tests := []struct {
		args    []Value
		kwnames *Tuple
		want    []Value // when the call binds
		err     string
	}{
		{args: []Value{self, x}, want: []Value{self, x, Null, Null, Null}},
		{args: []Value{self, x, y}, want: []Value{self, x, y, Null, Null}},
		{args: []Value{self, x, y}, kwnames: kw("d"), want: []Value{self, x, Null, Null, y}},
		{args: []Value{self, x, y}, kwnames: kw("b", "a"), want: []Value{self, y, x, Null, Null}},
		{args: []Value{self}, err: "TypeError: Cls.f() missing 1 required positional argument: 'a'"},
		{args: []Value{self, x}, kwnames: kw("c"), err: "TypeError: Cls.f() missing 1 required positional argument: 'a'"},
		{args: []Value{self, x, y, x}, err: "TypeError: Cls.f() takes from 2 to 3 positional arguments but 4 were given"},
		{args: []Value{self, x, y, x, y}, kwnames: kw("c"), err: "TypeError: Cls.f() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given"},
		{args: []Value{self, x, y, x, y}, kwnames: kw("e"), err: "TypeError: Cls.f() got an unexpected keyword argument 'e'"},
		{args: []Value{self, x, y}, kwnames: kw("a"), err: "TypeError: Cls.f() got multiple values for argument 'a'"},
	}
	for i, tc := range tests {
		out := make([]Value, len(def.Names))
		err := def.Bind(tc.args, tc.kwnames, out)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("%d: error %v, want %s", i, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%d: unexpected error %v", i, err)
			continue
		}
		for j := range out {
			if out[j] != tc.want[j] {
				t.Errorf("%d: out[%d] = %v, want %v", i, j, out[j], tc.want[j])
			}
		}
	}
	// Two required parameters missing, and three.
	two := &PyDef{QualName: "g", Names: []string{"a", "b"}, NumPos: 2, NumRequired: 2}
	if err := two.Bind(nil, nil, make([]Value, 2)); err == nil || err.Error() != "TypeError: g() missing 2 required positional arguments: 'a' and 'b'" {
		t.Errorf("two missing: %v", err)
	}
	three := &PyDef{QualName: "h", Names: []string{"a", "b", "c"}, NumPos: 3, NumRequired: 3}
	if err := three.Bind(nil, nil, make([]Value, 3)); err == nil || err.Error() != "TypeError: h() missing 3 required positional arguments: 'a', 'b', and 'c'" {
		t.Errorf("three missing: %v", err)
	}
	one := &PyDef{QualName: "k", Names: []string{"self"}, NumPos: 1, NumRequired: 1}
	if err := one.Bind([]Value{self, x}, nil, make([]Value, 1)); err == nil || err.Error() != "TypeError: k() takes 1 positional argument but 2 were given" {
		t.Errorf("too many: %v", err)
	}
}
