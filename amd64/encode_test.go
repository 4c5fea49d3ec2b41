// encode_test.go: instruction encodings as a table, cross-checked once
// against GNU objdump. Runs on every host.

package amd64

import (
	"bytes"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/adderpy/adder/jit/native"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// encodings: Go assembler text, how to build it, the bytes, and the
// instruction as objdump prints it (AT&T syntax, spaces squeezed).
var encodings = []struct {
	text    string
	build   func(a *Asm)
	hex     string
	objdump string
}{
	{"MOVQ CX, AX", func(a *Asm) { a.Op(x86.AMOVQ, Reg(x86.REG_CX), Reg(x86.REG_AX)) }, "4889c8", "mov %rcx,%rax"},
	{"MOVQ 72(R15), AX", func(a *Asm) { a.Op(x86.AMOVQ, slotN(0), Reg(x86.REG_AX)) }, "498b4748", "mov 0x48(%r15),%rax"},
	{"MOVQ R9, 4072(R15)", func(a *Asm) { a.Op(x86.AMOVQ, Reg(x86.REG_R9), slotN(250)) }, "4d898fe80f0000", "mov %r9,0xfe8(%r15)"},
	{"MOVQ $1, BX", func(a *Asm) { a.Op(x86.AMOVQ, Imm(1), Reg(x86.REG_BX)) }, "48c7c301000000", "mov $0x1,%rbx"},
	{"MOVQ $-1, BX", func(a *Asm) { a.Op(x86.AMOVQ, Imm(-1), Reg(x86.REG_BX)) }, "48c7c3ffffffff", "mov $0xffffffffffffffff,%rbx"},
	{"MOVQ $0x123456789, R8", func(a *Asm) { a.Op(x86.AMOVQ, Imm(0x123456789), Reg(x86.REG_R8)) }, "49b88967452301000000", "movabs $0x123456789,%r8"},
	{"MOVL $2, 0(R15)", func(a *Asm) { a.Op(x86.AMOVL, Imm(2), Mem(CtxReg, native.OffExit)) }, "41c70702000000", "movl $0x2,(%r15)"},
	{"MOVL $5, 4(R15)", func(a *Asm) { a.Op(x86.AMOVL, Imm(5), Mem(CtxReg, native.OffExit+4)) }, "41c7470405000000", "movl $0x5,0x4(%r15)"},
	{"MOVQ DX, (AX)(CX*8)", func(a *Asm) { a.Op(x86.AMOVQ, Reg(x86.REG_DX), MemIndex(x86.REG_AX, x86.REG_CX, 8, 0)) }, "488914c8", "mov %rdx,(%rax,%rcx,8)"},
	{"ADDQ AX, R10", func(a *Asm) { a.Op(x86.AADDQ, Reg(x86.REG_AX), Reg(x86.REG_R10)) }, "4901c2", "add %rax,%r10"},
	{"SUBQ $8, SI", func(a *Asm) { a.Op(x86.ASUBQ, Imm(8), Reg(x86.REG_SI)) }, "4883ee08", "sub $0x8,%rsi"},
	{"IMULQ CX, DX", func(a *Asm) { a.Op(x86.AIMULQ, Reg(x86.REG_CX), Reg(x86.REG_DX)) }, "480fafd1", "imul %rcx,%rdx"},
	{"CMPQ AX, DX", func(a *Asm) { a.Op(x86.ACMPQ, Reg(x86.REG_AX), Reg(x86.REG_DX)) }, "4839d0", "cmp %rdx,%rax"},
	{"CMPL (R11), $0", func(a *Asm) { a.Op(x86.ACMPL, Mem(x86.REG_R11, 0), Imm(0)) }, "41833b00", "cmpl $0x0,(%r11)"},
	{"CMPQ SP, 16(R11)", func(a *Asm) { a.Op(x86.ACMPQ, Reg(x86.REG_SP), Mem(x86.REG_R11, native.GStackGuard0)) }, "493b6310", "cmp 0x10(%r11),%rsp"},
	{"TESTQ AX, AX", func(a *Asm) { a.Op(x86.ATESTQ, Reg(x86.REG_AX), Reg(x86.REG_AX)) }, "4885c0", "test %rax,%rax"},
	{"LEAQ 8(AX)(BX*2), CX", func(a *Asm) { a.Op(x86.ALEAQ, MemIndex(x86.REG_AX, x86.REG_BX, 2, 8), Reg(x86.REG_CX)) }, "488d4c5808", "lea 0x8(%rax,%rbx,2),%rcx"},
	{"MOVSD 72(R15), X0", func(a *Asm) { a.Op(x86.AMOVSD, slotN(0), Reg(x86.REG_X0)) }, "f2410f104748", "movsd 0x48(%r15),%xmm0"},
	{"ADDSD X1, X0", func(a *Asm) { a.Op(x86.AADDSD, Reg(x86.REG_X1), Reg(x86.REG_X0)) }, "f20f58c1", "addsd %xmm1,%xmm0"},
	{"CVTSQ2SD AX, X2", func(a *Asm) { a.Op(x86.ACVTSQ2SD, Reg(x86.REG_AX), Reg(x86.REG_X2)) }, "f2480f2ad0", "cvtsi2sd %rax,%xmm2"},
	{"ROUNDSD $1, X1, X0", func(a *Asm) { a.Op3(x86.AROUNDSD, Imm(1), Reg(x86.REG_X1), Reg(x86.REG_X0)) }, "660f3a0bc101", "roundsd $0x1,%xmm1,%xmm0"},
	{"POPCNTQ AX, CX", func(a *Asm) { a.Op(x86.APOPCNTQ, Reg(x86.REG_AX), Reg(x86.REG_CX)) }, "f3480fb8c8", "popcnt %rax,%rcx"},
	{"LZCNTQ AX, CX", func(a *Asm) { a.Op(x86.ALZCNTQ, Reg(x86.REG_AX), Reg(x86.REG_CX)) }, "f3480fbdc8", "lzcnt %rax,%rcx"},
	{"SHLXQ CX, AX, DX", func(a *Asm) { a.Op3(x86.ASHLXQ, Reg(x86.REG_CX), Reg(x86.REG_AX), Reg(x86.REG_DX)) }, "c4e2f1f7d0", "shlx %rcx,%rax,%rdx"},
	{"MOVAPS X9, X2", func(a *Asm) { a.Op(x86.AMOVAPS, Reg(x86.REG_X9), Reg(x86.REG_X2)) }, "410f28d1", "movaps %xmm9,%xmm2"},
	{"LEAQ -3(BX), R8", func(a *Asm) { a.Op(x86.ALEAQ, Mem(x86.REG_BX, -3), Reg(x86.REG_R8)) }, "4c8d43fd", "lea -0x3(%rbx),%r8"},
	{"CMPQ 16(R11), $2", func(a *Asm) { a.Op(x86.ACMPQ, Mem(x86.REG_R11, 16), Imm(2)) }, "49837b1002", "cmpq $0x2,0x10(%r11)"},
	{"VADDSD X1, X2, X3", func(a *Asm) { a.Op3(x86.AVADDSD, Reg(x86.REG_X1), Reg(x86.REG_X2), Reg(x86.REG_X3)) }, "c5eb58d9", "vaddsd %xmm1,%xmm2,%xmm3"},
	{"VSUBSD X9, X0, X13", func(a *Asm) { a.Op3(x86.AVSUBSD, Reg(x86.REG_X9), Reg(x86.REG_X0), Reg(x86.REG_X13)) }, "c4417b5ce9", "vsubsd %xmm9,%xmm0,%xmm13"},
	{"VMULSD X15, X12, X0", func(a *Asm) { a.Op3(x86.AVMULSD, Reg(x86.REG_X15), Reg(x86.REG_X12), Reg(x86.REG_X0)) }, "c4c11b59c7", "vmulsd %xmm15,%xmm12,%xmm0"},
	{"VDIVSD X2, X1, X1", func(a *Asm) { a.Op3(x86.AVDIVSD, Reg(x86.REG_X2), Reg(x86.REG_X1), Reg(x86.REG_X1)) }, "c5f35eca", "vdivsd %xmm2,%xmm1,%xmm1"},
	{"LEAQ (BX)(BX*1), R10", func(a *Asm) { a.Op(x86.ALEAQ, MemIndex(x86.REG_BX, x86.REG_BX, 1, 0), Reg(x86.REG_R10)) }, "4c8d141b", "lea (%rbx,%rbx,1),%r10"},
	{"MOVSD 8(R12)(R10*8), X1", func(a *Asm) { a.Op(x86.AMOVSD, MemIndex(x86.REG_R12, x86.REG_R10, 8, 8), Reg(x86.REG_X1)) }, "f2430f104cd408", "movsd 0x8(%r12,%r10,8),%xmm1"},
	{"UCOMISD X13, X2", func(a *Asm) { a.Op(x86.AUCOMISD, Reg(x86.REG_X13), Reg(x86.REG_X2)) }, "66410f2ed5", "ucomisd %xmm13,%xmm2"},
	{"VSQRTSD X4, X4, X8", func(a *Asm) { a.Op3(x86.AVSQRTSD, Reg(x86.REG_X4), Reg(x86.REG_X4), Reg(x86.REG_X8)) }, "c55b51c4", "vsqrtsd %xmm4,%xmm4,%xmm8"},
	{"XORPS X2, X2", func(a *Asm) { a.Op(x86.AXORPS, Reg(x86.REG_X2), Reg(x86.REG_X2)) }, "0f57d2", "xorps %xmm2,%xmm2"},
	{"MOVL 8(R10)(CX*4), R11", func(a *Asm) { a.Op(x86.AMOVL, MemIndex(x86.REG_R10, x86.REG_CX, 4, 8), Reg(x86.REG_R11)) }, "458b5c8a08", "mov 0x8(%r10,%rcx,4),%r11d"},
	{"SHRL $11, CX", func(a *Asm) { a.Op(x86.ASHRL, Imm(11), Reg(x86.REG_CX)) }, "c1e90b", "shr $0xb,%ecx"},
	{"SHLL $7, CX", func(a *Asm) { a.Op(x86.ASHLL, Imm(7), Reg(x86.REG_CX)) }, "c1e107", "shl $0x7,%ecx"},
	{"ANDL $0x9d2c5680, CX", func(a *Asm) { a.Op(x86.AANDL, Imm(-0x62d3a980), Reg(x86.REG_CX)) }, "81e180562c9d", "and $0x9d2c5680,%ecx"},
	{"XORL CX, R11", func(a *Asm) { a.Op(x86.AXORL, Reg(x86.REG_CX), Reg(x86.REG_R11)) }, "4131cb", "xor %ecx,%r11d"},
	{"RET", func(a *Asm) { a.Ret() }, "c3", "ret"},
}

func assembleOne(t *testing.T, build func(*Asm)) []byte {
	t.Helper()
	a := NewAsm()
	build(a)
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func TestEncodings(t *testing.T) {
	for _, e := range encodings {
		if got := hex.EncodeToString(assembleOne(t, e.build)); got != e.hex {
			t.Errorf("%s: got %s, want %s", e.text, got, e.hex)
		}
	}
}

// TestEncodingsObjdump disassembles the table's bytes with GNU objdump and
// compares with the table's text.
func TestEncodingsObjdump(t *testing.T) {
	objdump, err := exec.LookPath("objdump")
	if err != nil {
		t.Skip("objdump not found: encodings not cross-checked")
	}
	var all bytes.Buffer
	for _, e := range encodings {
		b, _ := hex.DecodeString(e.hex)
		all.Write(b)
	}
	file := filepath.Join(t.TempDir(), "code.bin")
	if err := os.WriteFile(file, all.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(objdump, "-D", "-b", "binary", "-m", "i386:x86-64", file).CombinedOutput()
	if err != nil {
		t.Skipf("objdump cannot disassemble x86-64 here: %v\n%s", err, out)
	}
	line := regexp.MustCompile(`^\s*[0-9a-f]+:\t[0-9a-f ]+\t(.*)$`)
	var got []string
	for _, l := range strings.Split(string(out), "\n") {
		if m := line.FindStringSubmatch(l); m != nil {
			got = append(got, strings.Join(strings.Fields(m[1]), " "))
		}
	}
	if len(got) != len(encodings) {
		t.Fatalf("objdump printed %d instructions for %d encodings:\n%s", len(got), len(encodings), out)
	}
	for i, e := range encodings {
		if got[i] != e.objdump {
			t.Errorf("%s (%s): objdump says %q, table says %q", e.text, e.hex, got[i], e.objdump)
		}
	}
}

// TestBranches checks label resolution: short and long forward jumps, a
// backward jump, and label offsets.
func TestBranches(t *testing.T) {
	a := NewAsm()
	top, fwd := a.NewLabel(), a.NewLabel()
	a.Bind(top)
	a.Branch(x86.AJNE, fwd)
	for range 40 { // 40 x 4 bytes: the forward jump needs rel32
		a.Op(x86.AADDQ, Imm(1), Reg(x86.REG_AX))
	}
	a.Bind(fwd)
	a.Branch(obj.AJMP, top)
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	// JNE rel32 (6 bytes) + 160 bytes + JMP rel32 back to 0.
	if len(code) != 6+160+5 || fwd.Offset() != 166 || top.Offset() != 0 {
		t.Fatalf("code %d bytes, labels at %d and %d", len(code), top.Offset(), fwd.Offset())
	}
	if want := "0f85a0000000"; hex.EncodeToString(code[:6]) != want {
		t.Errorf("forward JNE = %x, want %s", code[:6], want)
	}
	if want := "e955ffffff"; hex.EncodeToString(code[166:]) != want { // -171
		t.Errorf("backward JMP = %x, want %s", code[166:], want)
	}
}

func TestAssemblerErrors(t *testing.T) {
	a := NewAsm()
	a.Op(x86.AMOVQ, Mem(x86.REG_AX, 0), Mem(x86.REG_BX, 0)) // no memory-to-memory move
	if _, err := a.Assemble(); err == nil {
		t.Error("memory-to-memory MOVQ assembled")
	}
	a = NewAsm()
	a.Branch(obj.AJMP, a.NewLabel())
	if _, err := a.Assemble(); err == nil {
		t.Error("jump to an unbound label assembled")
	}
	a = NewAsm()
	p := a.Prog(obj.ACALL)
	p.To = obj.Addr{Type: obj.TYPE_MEM, Name: obj.NAME_EXTERN, Sym: &obj.LSym{Name: "runtime.gcWriteBarrier"}}
	a.Add(p)
	if _, err := a.Assemble(); err == nil || !strings.Contains(err.Error(), "relocation") {
		t.Errorf("call of a symbol: err = %v, want a relocation error", err)
	}
}
