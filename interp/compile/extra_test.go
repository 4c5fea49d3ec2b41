package compile

import (
	"bytes"
	"strings"
	"testing"

	"github.com/adderpy/adder/interp/syntax"
)

func name(id string, ctx syntax.ExprContext) *syntax.Name {
	return &syntax.Name{Pos: syntax.Pos{Lineno: 1, EndLineno: 1}, Id: id, Ctx: ctx}
}

func mustCompile(t *testing.T, mod syntax.ModNode, opts Options) *Code {
	t.Helper()
	code, err := Compile(mod, "<test>", opts)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	if err := Verify(code); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	return code
}

func hasOp(code *Code, op Opcode) bool {
	for _, c := range codes(code) {
		for _, in := range c.Code {
			if in.Op() == op {
				return true
			}
		}
	}
	return false
}

// TestGenerics compiles PEP 695 definitions (Python 3.12 syntax, built by
// hand since the oracle is 3.11): def f[T: int](x: T) -> T, class C[T](B),
// type A[T] = list[T].
func TestGenerics(t *testing.T) {
	pos := syntax.Pos{Lineno: 1, EndLineno: 1}
	fn := &syntax.FunctionDef{
		Pos:  pos,
		Name: "f",
		Args: &syntax.Arguments{
			Args:     []*syntax.Arg{{Pos: pos, Arg: "x", Annotation: name("T", syntax.Load)}},
			Defaults: []syntax.Expr{&syntax.Constant{Pos: pos, Value: int64(1)}},
		},
		Body:       []syntax.Stmt{&syntax.Return{Pos: pos, Value: name("x", syntax.Load)}},
		Returns:    name("T", syntax.Load),
		TypeParams: []syntax.TypeParam{&syntax.TypeVar{Pos: pos, Name: "T", Bound: name("int", syntax.Load)}},
	}
	cls := &syntax.ClassDef{
		Pos:        pos,
		Name:       "C",
		Bases:      []syntax.Expr{name("B", syntax.Load)},
		Body:       []syntax.Stmt{&syntax.FunctionDef{Pos: pos, Name: "m", Args: &syntax.Arguments{}, Body: []syntax.Stmt{&syntax.Return{Pos: pos, Value: name("T", syntax.Load)}}}},
		TypeParams: []syntax.TypeParam{&syntax.TypeVar{Pos: pos, Name: "T"}, &syntax.ParamSpec{Pos: pos, Name: "P"}},
	}
	alias := &syntax.TypeAlias{
		Pos:        pos,
		Name:       name("A", syntax.Store),
		TypeParams: []syntax.TypeParam{&syntax.TypeVarTuple{Pos: pos, Name: "Ts"}},
		Value:      &syntax.Subscript{Pos: pos, Value: name("list", syntax.Load), Slice: name("Ts", syntax.Load), Ctx: syntax.Load},
	}
	inClass := &syntax.ClassDef{Pos: pos, Name: "Outer", Body: []syntax.Stmt{
		&syntax.TypeAlias{Pos: pos, Name: name("X", syntax.Store), Value: name("Outer", syntax.Load)},
	}}
	code := mustCompile(t, &syntax.Module{Body: []syntax.Stmt{fn, cls, alias, inClass}}, Options{})
	for _, op := range []Opcode{CALL_INTRINSIC_1, CALL_INTRINSIC_2, LOAD_FROM_DICT_OR_GLOBALS} {
		if !hasOp(code, op) {
			t.Errorf("no %v in generic code", op)
		}
	}
	var b bytes.Buffer
	Disassemble(&b, code)
	for _, want := range []string{"INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS", "<generic parameters of f>"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("disassembly lacks %s", want)
		}
	}
}

func TestModes(t *testing.T) {
	pos := syntax.Pos{Lineno: 1, EndLineno: 1, EndColOffset: 5}
	sum := &syntax.BinOp{Pos: pos, Left: name("a", syntax.Load), Op: syntax.Add, Right: &syntax.Constant{Pos: pos, Value: int64(1)}}
	code := mustCompile(t, &syntax.Interactive{Body: []syntax.Stmt{&syntax.ExprStmt{Pos: pos, Value: sum}}}, Options{})
	if !hasOp(code, PRINT_EXPR) {
		t.Error("interactive expression statement does not print")
	}
	code = mustCompile(t, &syntax.Expression{Body: sum}, Options{})
	if n := len(code.Code); code.Code[n-1].Op() != RETURN_VALUE || code.Code[n-2].Op() != BINARY_OP {
		t.Errorf("expression mode code does not return the value: %v", code.Code)
	}
}

func TestOptimize(t *testing.T) {
	pos := syntax.Pos{Lineno: 1, EndLineno: 1}
	mod := &syntax.Module{Body: []syntax.Stmt{
		&syntax.Assert{Pos: pos, Test: name("x", syntax.Load)},
		&syntax.Assign{Pos: pos, Targets: []syntax.Expr{name("d", syntax.Store)}, Value: name("__debug__", syntax.Load)},
	}}
	plain := mustCompile(t, mod, Options{})
	opt := mustCompile(t, mod, Options{Optimize: 1})
	if !hasOp(plain, LOAD_ASSERTION_ERROR) || hasOp(opt, LOAD_ASSERTION_ERROR) {
		t.Error("assert not dropped under -O only")
	}
	if plain.Consts[0] != true || opt.Consts[0] != false {
		t.Errorf("__debug__ folded to %v / %v", plain.Consts[0], opt.Consts[0])
	}
}

func TestUnparse(t *testing.T) {
	pos := syntax.Pos{}
	for _, tc := range []struct {
		e    syntax.Expr
		want string
	}{
		{&syntax.BinOp{Pos: pos, Left: &syntax.BinOp{Pos: pos, Left: name("a", 1), Op: syntax.Add, Right: name("b", 1)}, Op: syntax.Mult, Right: name("c", 1)}, "(a + b) * c"},
		{&syntax.Subscript{Pos: pos, Value: name("Dict", 1), Slice: &syntax.Tuple{Pos: pos, Elts: []syntax.Expr{name("str", 1), &syntax.Constant{Pos: pos, Value: "X"}}}}, "Dict[str, 'X']"},
		{&syntax.Attribute{Pos: pos, Value: name("a", 1), Attr: "b"}, "a.b"},
		{&syntax.Constant{Pos: pos, Value: syntax.EllipsisConst{}}, "..."},
		{&syntax.BinOp{Pos: pos, Left: name("a", 1), Op: syntax.BitOr, Right: &syntax.Constant{Pos: pos, Value: syntax.NoneConst{}}}, "a | None"},
	} {
		if got := Unparse(tc.e); got != tc.want {
			t.Errorf("Unparse = %q, want %q", got, tc.want)
		}
	}
}

// FuzzUnmarshal checks that Unmarshal never panics and that whatever it
// accepts passes Verify and survives another round trip.
func FuzzUnmarshal(f *testing.F) {
	for _, tc := range loadCases(f) {
		if tc.Error != nil {
			continue
		}
		code, err := Compile(tc.module(f), "<test>", Options{})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(Marshal(code))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		code, err := Unmarshal(data)
		if err != nil {
			return
		}
		if err := Verify(code); err != nil {
			t.Fatalf("Unmarshal accepted code that fails Verify: %v", err)
		}
		var b bytes.Buffer
		Disassemble(&b, code)
		if _, err := Unmarshal(Marshal(code)); err != nil {
			t.Fatalf("round trip of accepted code fails: %v", err)
		}
	})
}

func TestUnmarshalRejects(t *testing.T) {
	cases := loadCases(t)
	code, err := Compile(cases[0].module(t), "<test>", Options{})
	if err != nil {
		t.Fatal(err)
	}
	good := Marshal(code)
	if _, err := Unmarshal(good[:len(good)-1]); err == nil {
		t.Error("truncated data accepted")
	}
	bad := append([]byte(nil), good...)
	bad[0] ^= 1
	if _, err := Unmarshal(bad); err != ErrBadMagic {
		t.Errorf("bad magic: err = %v", err)
	}
	// Point a jump out of range.
	c2 := *code
	c2.Code = append([]Instr(nil), code.Code...)
	c2.Code[len(c2.Code)-1] = MakeInstr(JUMP_FORWARD, len(c2.Code)+5)
	if _, err := Unmarshal(Marshal(&c2)); err == nil {
		t.Error("out-of-range jump accepted")
	}
	// Underflow the stack.
	c3 := *code
	c3.Code = []Instr{MakeInstr(RESUME, 0), MakeInstr(POP_TOP, 0), MakeInstr(RETURN_VALUE, 0)}
	c3.Positions = make([]Position, 3)
	c3.ExceptionTable = nil
	c3.NumLoops = 0
	if _, err := Unmarshal(Marshal(&c3)); err == nil {
		t.Error("stack underflow accepted")
	}
}

func BenchmarkCompile(b *testing.B) {
	var mods []*syntax.Module
	for _, tc := range loadCases(b) {
		if tc.Error == nil {
			mods = append(mods, tc.module(b))
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range mods {
			if _, err := Compile(m, "<bench>", Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
