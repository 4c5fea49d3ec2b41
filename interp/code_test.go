package interp

import (
	"testing"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/object"
)

// The runtime-only opcodes must not collide with compiled ones (that they
// fit in the opcode byte is checked by the compiler: the constants are
// Opcodes).
func TestRuntimeOpcodesRange(t *testing.T) {
	if opLoadFastLoadFast != compile.Opcode(compile.NumOpcodes) {
		t.Errorf("first runtime opcode is %d, want %d", opLoadFastLoadFast, compile.NumOpcodes)
	}
}

// quicken keeps every argument but the caching instructions' (their site
// indexes instead) and only changes opcodes of the pairs and operations
// it knows.
func TestQuicken(t *testing.T) {
	in := []compile.Instr{
		compile.MakeInstr(compile.LOAD_FAST, 1),
		compile.MakeInstr(compile.LOAD_FAST, 2),
		compile.MakeInstr(compile.COMPARE_OP, 3),
		compile.MakeInstr(compile.POP_JUMP_IF_FALSE, 9),
		compile.MakeInstr(compile.BINARY_OP, compile.InplaceOp+int(object.OpSub)),
		compile.MakeInstr(compile.BINARY_OP, int(object.OpMul)),
		compile.MakeInstr(compile.STORE_FAST, 4),
		compile.MakeInstr(compile.STORE_FAST, 5),
		compile.MakeInstr(compile.LOAD_FAST, 6),
		compile.MakeInstr(compile.PUSH_NULL, 0),
		compile.MakeInstr(compile.CALL, 0),
		compile.MakeInstr(compile.POP_TOP, 0),
		compile.MakeInstr(compile.LOAD_FAST, 6),
		compile.MakeInstr(compile.LOAD_METHOD, 7),
		compile.MakeInstr(compile.LOAD_FAST, 8),
		compile.MakeInstr(compile.LOAD_CONST, 9),
		compile.MakeInstr(compile.RETURN_VALUE, 0),
	}
	want := []compile.Opcode{
		opLoadFastLoadFast, compile.LOAD_FAST, opCompareOpJumpIfFalse, compile.POP_JUMP_IF_FALSE,
		opBinarySub, compile.BINARY_OP, opStoreFastStoreFast, opStoreFastLoadFast,
		opLoadFastPushNull, compile.PUSH_NULL, opCallPopTop, compile.POP_TOP,
		opLoadFastLoadMethod, opLoadMethodLoadFast, opLoadFastLoadConst, opReturnConst, compile.RETURN_VALUE,
	}
	siteOf := make([]int32, len(in))
	siteOf[13] = 42 // the LOAD_METHOD's
	out := quicken(in, siteOf)
	if len(out) != len(in) {
		t.Fatalf("quicken changed the length: %d, want %d", len(out), len(in))
	}
	for i := range in {
		arg := in[i].Arg()
		if i == 13 {
			arg = 42
		}
		if out[i].Op() != want[i] || out[i].Arg() != arg {
			t.Errorf("%d: got %v(%d), want %v(%d)", i, out[i].Op(), out[i].Arg(), want[i], arg)
		}
	}
}

// LOAD_GLOBAL+PUSH_NULL, CONTAINS_OP+POP_JUMP_IF_* and
// LOAD_FAST+RETURN_VALUE quicken to superinstructions; a CONTAINS_OP
// followed by anything else stays.
func TestQuickenGlobalsAndContains(t *testing.T) {
	in := []compile.Instr{
		compile.MakeInstr(compile.LOAD_FAST, 3),
		compile.MakeInstr(compile.RETURN_VALUE, 0),
		compile.MakeInstr(compile.LOAD_GLOBAL, 1),
		compile.MakeInstr(compile.PUSH_NULL, 0),
		compile.MakeInstr(compile.CONTAINS_OP, 0),
		compile.MakeInstr(compile.POP_JUMP_IF_FALSE, 9),
		compile.MakeInstr(compile.CONTAINS_OP, 1),
		compile.MakeInstr(compile.POP_JUMP_IF_TRUE, 2),
		compile.MakeInstr(compile.CONTAINS_OP, 0),
		compile.MakeInstr(compile.RETURN_VALUE, 0),
	}
	want := []compile.Opcode{
		opReturnFast, compile.RETURN_VALUE,
		opLoadGlobalPushNull, compile.PUSH_NULL, opContainsOpJumpIfFalse, compile.POP_JUMP_IF_FALSE,
		opContainsOpJumpIfTrue, compile.POP_JUMP_IF_TRUE, compile.CONTAINS_OP, compile.RETURN_VALUE,
	}
	siteOf := make([]int32, len(in))
	siteOf[2] = 5 // the LOAD_GLOBAL's
	for i, ins := range quicken(in, siteOf) {
		arg := in[i].Arg()
		if i == 2 {
			arg = 5
		}
		if ins.Op() != want[i] || ins.Arg() != arg {
			t.Errorf("%d: got %v(%d), want %v(%d)", i, ins.Op(), ins.Arg(), want[i], arg)
		}
	}
}

// FOR_ITER+STORE_FAST quickens to a superinstruction, and every
// JUMP_BACKWARD to the form that runs the LOOP_HEADER at its target.
func TestQuickenLoops(t *testing.T) {
	in := []compile.Instr{
		compile.MakeInstr(compile.LOOP_HEADER, 0),
		compile.MakeInstr(compile.FOR_ITER, 4),
		compile.MakeInstr(compile.STORE_FAST, 1),
		compile.MakeInstr(compile.JUMP_BACKWARD, 0),
		compile.MakeInstr(compile.RETURN_VALUE, 0),
	}
	want := []compile.Opcode{
		compile.LOOP_HEADER, opForIterStoreFast, compile.STORE_FAST, opJumpBackwardHeader, compile.RETURN_VALUE,
	}
	for i, ins := range quicken(in, make([]int32, len(in))) {
		if ins.Op() != want[i] || ins.Arg() != in[i].Arg() {
			t.Errorf("%d: got %v(%d), want %v(%d)", i, ins.Op(), ins.Arg(), want[i], in[i].Arg())
		}
	}
}

// LOAD_FAST+BINARY_SUBSCR, LOAD_FAST+LOAD_GLOBAL, LOAD_GLOBAL+LOAD_FAST,
// CALL+STORE_FAST, IS_OP+POP_JUMP_IF_*, LOAD_FAST+POP_JUMP_IF_(NOT_)NONE
// and LOAD_FAST+STORE_ATTR quicken to superinstructions; the caching
// instructions keep their site indexes for arguments.
func TestQuickenSubscrGlobalsCalls(t *testing.T) {
	in := []compile.Instr{
		compile.MakeInstr(compile.LOAD_FAST, 1),
		compile.MakeInstr(compile.BINARY_SUBSCR, 0),
		compile.MakeInstr(compile.LOAD_FAST, 2),
		compile.MakeInstr(compile.LOAD_GLOBAL, 3),
		compile.MakeInstr(compile.LOAD_FAST, 4),
		compile.MakeInstr(compile.CALL, 2),
		compile.MakeInstr(compile.STORE_FAST, 5),
		compile.MakeInstr(compile.IS_OP, 1),
		compile.MakeInstr(compile.POP_JUMP_IF_FALSE, 2),
		compile.MakeInstr(compile.IS_OP, 0),
		compile.MakeInstr(compile.POP_JUMP_IF_TRUE, 0),
		compile.MakeInstr(compile.LOAD_FAST, 6),
		compile.MakeInstr(compile.POP_JUMP_IF_NONE, 0),
		compile.MakeInstr(compile.LOAD_FAST, 7),
		compile.MakeInstr(compile.POP_JUMP_IF_NOT_NONE, 0),
		compile.MakeInstr(compile.LOAD_FAST, 8),
		compile.MakeInstr(compile.STORE_ATTR, 9),
		compile.MakeInstr(compile.RETURN_VALUE, 0),
	}
	want := []compile.Opcode{
		opLoadFastBinarySubscr, compile.BINARY_SUBSCR, opLoadFastLoadGlobal, opLoadGlobalLoadFast,
		compile.LOAD_FAST, opCallStoreFast, compile.STORE_FAST, opIsOpJumpIfFalse,
		compile.POP_JUMP_IF_FALSE, opIsOpJumpIfTrue, compile.POP_JUMP_IF_TRUE,
		opLoadFastJumpIfNone, compile.POP_JUMP_IF_NONE, opLoadFastJumpIfNotNone, compile.POP_JUMP_IF_NOT_NONE,
		opLoadFastStoreAttr, compile.STORE_ATTR, compile.RETURN_VALUE,
	}
	siteOf := make([]int32, len(in))
	siteOf[3] = 7  // the LOAD_GLOBAL's
	siteOf[16] = 1 // the STORE_ATTR's
	for i, ins := range quicken(in, siteOf) {
		arg := in[i].Arg()
		if i == 3 || i == 16 {
			arg = int(siteOf[i])
		}
		if ins.Op() != want[i] || ins.Arg() != arg {
			t.Errorf("%d: got %v(%d), want %v(%d)", i, ins.Op(), ins.Arg(), want[i], arg)
		}
	}
}
