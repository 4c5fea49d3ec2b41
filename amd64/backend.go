// backend.go: lowering a native.Trace to amd64, installing and entering it.

package amd64

import (
	"fmt"

	"github.com/adderpy/adder/alloc"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/jit/native/goasm"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// CtxReg holds the *native.Context while native code runs.
const CtxReg = x86.REG_R15

// VirtualRegs maps the trace's virtual registers to machine registers.
var VirtualRegs = [native.NumRegs]int16{
	x86.REG_AX, x86.REG_CX, x86.REG_DX, x86.REG_BX,
	x86.REG_SI, x86.REG_DI, x86.REG_R8, x86.REG_R9,
}

// Scratch registers of the code generator.
const (
	tmp0 = x86.REG_R10
	tmp1 = x86.REG_R11
)

// Backend is the amd64 native.Backend.
type Backend struct {
	mem      *alloc.Allocator
	features Features
}

var _ native.Backend = (*Backend)(nil)

// New returns a backend installing code in mem and using the extensions in
// f (HostFeatures() for the running CPU).
func New(mem *alloc.Allocator, f Features) *Backend {
	return &Backend{mem: mem, features: f}
}

// Arch returns "amd64".
func (b *Backend) Arch() string { return "amd64" }

// Features returns the extensions the backend uses.
func (b *Backend) Features() Features { return b.features }

// Compile lowers t, assembles it and installs it.
func (b *Backend) Compile(t *native.Trace) (*native.Compiled, error) {
	code, resume, err := Lower(t)
	if err != nil {
		return nil, err
	}
	blk, err := b.mem.Install(code)
	if err != nil {
		return nil, err
	}
	c := &native.Compiled{Entry: blk.Addr(), Size: len(code), Exits: make([]native.ExitSite, len(t.Exits)), Impl: blk}
	for id, off := range resume {
		if off >= 0 {
			c.Exits[id].Resume = blk.Addr() + uintptr(off)
		}
	}
	return c, nil
}

// Free releases c's memory.
func (b *Backend) Free(c *native.Compiled) {
	b.mem.Free(c.Impl.(alloc.Block))
}

// Enter runs c from at until it exits. See native's package comment for
// the protocol.
func (b *Backend) Enter(c *native.Compiled, at uintptr, ctx *native.Context) native.Exit {
	return Enter(at, ctx)
}

// Enter runs the native code at address code with ctx until it exits; it
// is Backend.Enter without the trace, for hand-written code.
//
// Enter is never inlined, so its prologue's stack check, where a running
// goroutine notices the runtime's request to stop, runs before every entry:
// a loop that exits on the poll and re-enters at once still lets a
// stop-the-world through.
//
//go:noinline
func Enter(code uintptr, ctx *native.Context) native.Exit {
	if native.WriteBarrierEnabled() {
		ctx.ShadeSpill()
	}
	ctx.Exit = 0
	e := enter(code, ctx)
	if e == 0 {
		panic(fmt.Sprintf("BUG: amd64: native code at %#x returned without an exit", code))
	}
	return e
}

// slotN and slotP are the memory operands of ctx.Spill[k].N and .P.
func slotN(k int) obj.Addr { return Mem(CtxReg, int64(native.OffSpill+k*native.SlotSize+8)) }
func slotP(k int) obj.Addr { return Mem(CtxReg, int64(native.OffSpill+k*native.SlotSize)) }

// Lower assembles t. It returns the code and, for each exit, the offset of
// its resume point or -1.
func Lower(t *native.Trace) (code []byte, resume []int, err error) {
	if err := t.Validate(); err != nil {
		return nil, nil, fmt.Errorf("amd64: %w", err)
	}
	a := NewAsm()
	vr := func(r native.Reg) obj.Addr { return Reg(VirtualRegs[r]) }
	header := a.NewLabel()
	stubs := make([]*goasm.Label, len(t.Exits))
	stub := func(id uint32) *goasm.Label {
		if stubs[id] == nil {
			stubs[id] = a.NewLabel()
		}
		return stubs[id]
	}
	for _, in := range t.Insts {
		switch in.Op {
		case native.OpConst:
			a.Op(x86.AMOVQ, Imm(in.Imm), vr(in.Dst))
		case native.OpLoadSlot:
			a.Op(x86.AMOVQ, slotN(int(in.Imm)), vr(in.Dst))
		case native.OpStoreSlot:
			a.Op(x86.AMOVQ, vr(in.A), slotN(int(in.Imm)))
		case native.OpAdd:
			// Add into a scratch register so that the exit sees the
			// operands unchanged.
			a.Op(x86.AMOVQ, vr(in.A), Reg(tmp0))
			a.Op(x86.AADDQ, vr(in.B), Reg(tmp0))
			a.Branch(x86.AJOS, stub(in.Exit))
			a.Op(x86.AMOVQ, Reg(tmp0), vr(in.Dst))
		case native.OpGuardLE:
			a.Op(x86.ACMPQ, vr(in.A), vr(in.B))
			a.Branch(x86.AJGT, stub(in.Exit))
		case native.OpLoop:
			a.Bind(header)
		case native.OpBackEdge:
			emitPoll(a, stub(in.Exit))
			a.Branch(obj.AJMP, header)
		case native.OpExit:
			a.Branch(obj.AJMP, stub(in.Exit))
		default:
			panic("BUG: amd64: no lowering for " + in.Op.String())
		}
	}
	// Exit stubs and resume points, out of the hot path.
	resumeLabels := make([]*goasm.Label, len(t.Exits))
	for id, l := range stubs {
		if l == nil {
			continue
		}
		e := t.Exits[id]
		a.Bind(l)
		for _, lv := range e.Live {
			a.Op(x86.AMOVQ, vr(lv.Reg), slotN(lv.Slot))
		}
		emitExit(a, e.Code, uint32(id))
		if t.Resumes(uint32(id)) {
			resumeLabels[id] = a.NewLabel()
			a.Bind(resumeLabels[id])
			for _, lv := range e.Live {
				a.Op(x86.AMOVQ, slotN(lv.Slot), vr(lv.Reg))
			}
			a.Branch(obj.AJMP, header)
		}
	}
	if code, err = a.Assemble(); err != nil {
		return nil, nil, fmt.Errorf("amd64: %w", err)
	}
	resume = make([]int, len(t.Exits))
	for id := range resume {
		resume[id] = -1
		if l := resumeLabels[id]; l != nil {
			resume[id] = l.Offset()
		}
	}
	return code, resume, nil
}

// emitPoll emits the back-edge checks (DESIGN §4.2): the interrupt word,
// then the runtime's stop request, compared like a Go function prologue
// does (SP <= g.stackguard0 means stop). Loads of words that are always
// mapped, and compares: no fault possible.
func emitPoll(a *Asm, exit *goasm.Label) {
	a.Op(x86.AMOVQ, Mem(CtxReg, native.OffInterrupt), Reg(tmp1))
	a.Op(x86.ACMPL, Mem(tmp1, 0), Imm(0))
	a.Branch(x86.AJNE, exit)
	a.Op(x86.AMOVQ, Mem(CtxReg, native.OffG), Reg(tmp1))
	a.Op(x86.ACMPQ, Reg(x86.REG_SP), Mem(tmp1, native.GStackGuard0))
	a.Branch(x86.AJLS, exit)
}

// emitExit stores the exit word and returns to the trampoline.
func emitExit(a *Asm, code native.ExitCode, id uint32) {
	a.Op(x86.AMOVL, Imm(int64(code)), Mem(CtxReg, native.OffExit))
	a.Op(x86.AMOVL, Imm(int64(id)), Mem(CtxReg, native.OffExit+4))
	a.Ret()
}
