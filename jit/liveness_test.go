package jit

import (
	"slices"
	"testing"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/syntax"
)

// compileFunc compiles src, a module defining one function, and returns
// that function's code.
func compileFunc(t *testing.T, src string) *interp.Code {
	t.Helper()
	mod, err := syntax.Parse("test.py", []byte(src), syntax.ModeExec, nil)
	if err != nil {
		t.Fatal(err)
	}
	cc, err := compile.Compile(mod, "test.py", compile.Options{Source: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	c, err := interp.Link(cc)
	if err != nil {
		t.Fatal(err)
	}
	for i := range cc.Consts {
		if _, ok := cc.Consts[i].(*compile.Code); ok && c.Const(i).Type() == interp.CodeType {
			return (*interp.Code)(c.Const(i).Pointer())
		}
	}
	t.Fatal("no function in the module")
	return nil
}

// TestLiveness checks which locals are live at the LOOP_HEADER of a
// function's first loop.
func TestLiveness(t *testing.T) {
	for _, c := range []struct {
		src        string
		live, dead []string
	}{
		// The loop variable and a local each iteration stores first are
		// dead at the header; what the body reads before storing is live.
		{"def f(xs, n):\n    t = 0\n    for q in xs:\n        c = q * 2\n        t += c + n\n    return t\n",
			[]string{"t", "n"}, []string{"q", "c", "xs"}},
		// Read after the loop: live.
		{"def f(xs):\n    for q in xs:\n        pass\n    return q\n", []string{"q"}, nil},
		// Read by an exception handler around the loop: live.
		{"def f(xs):\n    try:\n        for q in xs:\n            y = 1 // q\n    except ZeroDivisionError:\n        return y\n",
			[]string{"y"}, []string{"q"}},
		// del reads the local (it raises when unbound).
		{"def f(xs):\n    for q in xs:\n        del c\n        c = q\n", []string{"c"}, []string{"q"}},
		// locals() sees every local: all live.
		{"def f(xs):\n    for q in xs:\n        c = q\n    return locals()\n", []string{"q", "c", "xs"}, nil},
	} {
		code := compileFunc(t, c.src)
		lv := newLiveness(code)
		header := slices.IndexFunc(code.Instructions(), func(in compile.Instr) bool { return in.Op() == compile.LOOP_HEADER })
		for _, names := range []struct {
			want bool
			list []string
		}{{true, c.live}, {false, c.dead}} {
			for _, name := range names.list {
				k := slices.Index(code.VarNames, name)
				if got := lv.live(header, k); got != names.want {
					t.Errorf("%q: %s live at the loop header: %v, want %v", c.src, name, got, names.want)
				}
			}
		}
	}
}
