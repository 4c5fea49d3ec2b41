// asm.go: building amd64 instructions for golang-asm.

package amd64

import (
	"github.com/adderpy/adder/jit/native/goasm"
	"github.com/twitchyliquid64/golang-asm/obj"
)

// Asm builds amd64 code. Operands are written in Go assembler order:
// source first, destination last (MOVQ from, to).
type Asm struct {
	*goasm.Assembler
}

// NewAsm returns an empty amd64 assembler.
func NewAsm() *Asm {
	a, err := goasm.New("amd64")
	if err != nil {
		panic("BUG: " + err.Error())
	}
	return &Asm{a}
}

// Reg is a register operand (x86.REG_AX, x86.REG_X0, ...).
func Reg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

// Imm is an immediate operand.
func Imm(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

// Mem is the memory operand off(base).
func Mem(base int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: off}
}

// MemIndex is the memory operand off(base)(index*scale).
func MemIndex(base, index int16, scale int16, off int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: index, Scale: scale, Offset: off}
}

// Op appends the instruction as from, to. An empty operand (obj.Addr{})
// is left out.
func (a *Asm) Op(as obj.As, from, to obj.Addr) {
	a.Inst(as, &from, &to, nil)
}

// Op3 appends a three-operand instruction as from, mid, to (for example
// ROUNDSD $mode, X1, X0 or SHLXQ CX, AX, DX).
func (a *Asm) Op3(as obj.As, from, mid, to obj.Addr) {
	a.Inst(as, &from, &to, &mid)
}

// Ret appends RET.
func (a *Asm) Ret() { a.Add(a.Prog(obj.ARET)) }
