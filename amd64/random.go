// random.go: random.Random.random() computed natively from the
// generator's state (RANDOM), as mt19937.MT.Random computes it.

package amd64

import (
	"math"

	"github.com/adderpy/adder/internal/mt19937"
	"github.com/adderpy/adder/jit/ir"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// randomFloat lowers RANDOM (r its result): it tempers the generator's
// next two state words into a and b, and makes the float
// ((a>>5)*2**26 + (b>>6)) * 2**-53, exact in every step. It exits,
// before writing anything, when fewer than two words are left before the
// state regenerates (the interpreter's call regenerates it). AX and CX
// are its scratch registers (usesAXCX), with tmp1.
func (l *lowering) randomFloat(r ir.Ref, in ir.Inst) {
	a := l.a
	g := l.inReg(in.A, tmp0)
	state, index := in.Aux+mt19937.StateOffset, in.Aux+mt19937.IndexOffset
	a.Op(x86.AMOVQ, Mem(g, index), Reg(x86.REG_CX))
	a.Op(x86.ACMPQ, Reg(x86.REG_CX), Imm(mt19937.N-2))
	a.Branch(x86.AJHI, l.stub(in.Snap))
	a.Op(x86.AMOVL, MemIndex(g, x86.REG_CX, 4, state), Reg(x86.REG_AX))
	a.Op(x86.AMOVL, MemIndex(g, x86.REG_CX, 4, state+4), Reg(tmp1))
	a.Op(x86.AADDQ, Imm(2), Reg(x86.REG_CX))
	a.Op(x86.AMOVQ, Reg(x86.REG_CX), Mem(g, index))
	l.temper(x86.REG_AX)
	l.temper(tmp1)
	a.Op(x86.ASHRL, Imm(5), Reg(x86.REG_AX))
	a.Op(x86.ASHRL, Imm(6), Reg(tmp1))
	a.Op(x86.ASHLQ, Imm(26), Reg(x86.REG_AX))
	a.Op(x86.AADDQ, Reg(tmp1), Reg(x86.REG_AX))
	d := l.dstF(r, xtmp0)
	a.Op(x86.AXORPS, Reg(d), Reg(d))
	a.Op(x86.ACVTSQ2SD, Reg(x86.REG_AX), Reg(d))
	a.Op(x86.AMOVQ, Imm(int64(math.Float64bits(0x1p-53))), Reg(x86.REG_AX))
	a.Op(x86.AMOVQ, Reg(x86.REG_AX), Reg(xtmp1))
	a.Op(x86.AMULSD, Reg(xtmp1), Reg(d))
	l.defF(r, d)
}

// temper applies the Mersenne Twister's tempering to the 32-bit word in
// register y, with CX as scratch.
func (l *lowering) temper(y int16) {
	a := l.a
	for _, step := range [...]struct {
		shift int64
		left  bool
		mask  int64
	}{{11, false, 0}, {7, true, 0x9d2c5680}, {15, true, 0xefc60000}, {18, false, 0}} {
		a.Op(x86.AMOVL, Reg(y), Reg(x86.REG_CX))
		if step.left {
			a.Op(x86.ASHLL, Imm(step.shift), Reg(x86.REG_CX))
			a.Op(x86.AANDL, Imm(int64(int32(uint32(step.mask)))), Reg(x86.REG_CX))
		} else {
			a.Op(x86.ASHRL, Imm(step.shift), Reg(x86.REG_CX))
		}
		a.Op(x86.AXORL, Reg(x86.REG_CX), Reg(y))
	}
}
