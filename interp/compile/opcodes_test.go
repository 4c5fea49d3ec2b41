package compile

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestOpcodeTable checks the opcode table against the Opcode constants in
// opcodes.go: same names in the same order, each with a stack picture
// comment naming the opcode, and consistent flags.
func TestOpcodeTable(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "opcodes.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var consts []*ast.ValueSpec
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST || len(gd.Specs) == 0 {
			continue
		}
		if vs := gd.Specs[0].(*ast.ValueSpec); vs.Names[0].Name == "NOP" {
			for _, s := range gd.Specs {
				consts = append(consts, s.(*ast.ValueSpec))
			}
		}
	}
	if len(consts) != NumOpcodes+1 || consts[len(consts)-1].Names[0].Name != "numOpcodes" {
		t.Fatalf("found %d opcode constants, want %d followed by numOpcodes", len(consts), NumOpcodes)
	}
	seen := map[string]bool{}
	for i, vs := range consts[:NumOpcodes] {
		op := Opcode(i)
		name := vs.Names[0].Name
		if opTable[op].name != name {
			t.Errorf("opTable[%d].name = %q, constant is %s", i, opTable[op].name, name)
		}
		if seen[name] {
			t.Errorf("duplicate opcode name %s", name)
		}
		seen[name] = true
		if vs.Comment == nil || !strings.Contains(vs.Comment.Text(), " "+name) && !strings.HasPrefix(vs.Comment.Text(), name) {
			t.Errorf("%s: stack picture comment missing or does not name the opcode", name)
		}
		info := opTable[op]
		if (info.arg == ArgJump) != (info.flags&FlagJump != 0) {
			t.Errorf("%s: ArgJump and FlagJump disagree", name)
		}
		if info.flags&FlagCond != 0 && info.flags&FlagJump == 0 {
			t.Errorf("%s: FlagCond without FlagJump", name)
		}
		if info.flags&FlagJump == 0 && (info.jumpPops != 0 || info.jumpPushes != 0) {
			t.Errorf("%s: jump effect on a non-jump", name)
		}
		if info.effect != nil && (info.pops != 0 || info.pushes != 0) {
			t.Errorf("%s: both fixed and variable stack effects", name)
		}
		if info.effect != nil && info.arg == ArgNone {
			t.Errorf("%s: variable stack effect without an argument", name)
		}
	}
}

func TestInstrPacking(t *testing.T) {
	for _, arg := range []int{0, 1, 255, 256, MaxArg} {
		in := MakeInstr(CALL, arg)
		if in.Op() != CALL || in.Arg() != arg {
			t.Errorf("MakeInstr(CALL, %d) unpacks to %v %d", arg, in.Op(), in.Arg())
		}
	}
}
