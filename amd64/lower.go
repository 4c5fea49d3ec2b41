// lower.go: lowering a jit/ir trace to amd64: register assignment from
// ir.Allocate, one code sequence per IR op, exit stubs that write the
// snapshot's values to the context's spill slots, and the back-edge
// parallel moves and poll.

package amd64

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/jit/native/goasm"
	"github.com/adderpy/adder/object"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Registers the allocator hands out, and DX too in a trace that does not
// divide (but by powers of two), copy lists nor probe sets or dicts
// (usesDX). AX, CX, DX (division, shift counts), R10 and R11, X14 and
// X15 are the code generator's scratch registers; R15 holds the
// context. AX and CX hold the poll's addresses in a trace that needs
// neither otherwise (lowering.pollRegs); the registers no value of a
// trace is given hold constants (pinConstants).
var (
	allocGPR = []int16{x86.REG_BX, x86.REG_SI, x86.REG_DI, x86.REG_R8, x86.REG_R9, x86.REG_R12, x86.REG_R13, x86.REG_R14}
	allocFPR = []int16{x86.REG_X0, x86.REG_X1, x86.REG_X2, x86.REG_X3, x86.REG_X4, x86.REG_X5, x86.REG_X6,
		x86.REG_X7, x86.REG_X8, x86.REG_X9, x86.REG_X10, x86.REG_X11, x86.REG_X12, x86.REG_X13}
)

const (
	xtmp0 = x86.REG_X14
	xtmp1 = x86.REG_X15
)

// CompileTrace lowers t, assembles it and installs it at its place in
// its trace tree, filling pl.ExitTable with the address of its return to
// Go. With listing set it also returns the assembly text.
func (b *Backend) CompileTrace(t *ir.Trace, pl native.Placement, listing bool) (*native.Compiled, string, error) {
	lw, err := LowerIR(t, pl, b.features, listing)
	if err != nil {
		return nil, "", err
	}
	blk, err := b.mem.Install(lw.Code)
	if err != nil {
		return nil, "", err
	}
	for i := range pl.ExitTable {
		pl.ExitTable[i] = blk.Addr() + uintptr(lw.Ret)
	}
	c := &native.Compiled{Entry: blk.Addr(), Size: len(lw.Code), Exits: make([]native.ExitSite, len(t.Snaps)), Impl: blk,
		Calls: make([]native.CallSite, len(lw.Calls)), SpillUsed: lw.SpillUsed}
	for i, cs := range lw.Calls {
		c.Calls[i] = native.CallSite{Resume: blk.Addr() + uintptr(cs[0]), Fail: blk.Addr() + uintptr(cs[1])}
	}
	return c, lw.Text, nil
}

// immediateHeader is the address of the static header of the immediates
// of type t (the p word of every int, float or bool Value).
func immediateHeader(t ir.Type) int64 {
	var v object.Value
	switch t {
	case ir.Int:
		v = object.Int(0)
	case ir.Float:
		v = object.Float(0)
	case ir.Bool:
		v = object.False
	default:
		panic("BUG: amd64: no immediate of type " + t.String())
	}
	return int64(uintptr(v.Pointer()))
}

// lowering is the state of LowerIR.
type lowering struct {
	a     *Asm
	t     *ir.Trace
	f     Features
	gprs  []int16 // the general registers of the allocation
	pl    native.Placement
	ret   *goasm.Label // the return to Go that exit table words start at
	reg   []int8
	home  []int
	homes []ir.Ref // homed
	uses  []int
	stubs []*goasm.Label // per snapshot, the guard exit stub
	// guardTail is the code every guard exit stub ends in (exit), or nil.
	guardTail *goasm.Label
	// barrierStubs holds, per snapshot, the label of a pointer store's
	// exit when the write barrier is on (barrierStub), or nil.
	barrierStubs []*goasm.Label
	header       *goasm.Label
	end          []int // ir.Trace.LiveEnd
	// calls holds each helper call's resume and failure labels.
	calls [][2]*goasm.Label
	// pinned lists the constants that live in registers no value of the
	// trace uses (pinnedReg, pinConstants), loaded at entry and after
	// each helper call (loadPinned).
	pinned    []ir.Ref
	pinnedReg map[ir.Ref]int16
	// frame, when not 0, is a general register holding the frame's
	// address (Context.Frame), pinned like a constant.
	frame int16
	// zero, when not 0, is a vector register holding 0.0 for the checks
	// of FDIV and FSQRT: a pinned 0.0, or one more register pinned so.
	zero int16
	// iters, when not 0, is a general register no value uses that counts
	// a loop trace's iterations in place of Context.Scratch[IterCount]
	// (a load, add and store at every back edge): loaded from it with
	// the pinned constants, stored to it before every exit and helper
	// call.
	iters int16
	// elemAt is an ELEMADDR whose only use, the next instruction, reads
	// the item at elemMem instead of at the ELEMADDR's value (elemBase).
	elemAt  ir.Ref
	elemMem obj.Addr
	// pollRegs is set when the code keeps the interrupt word's address in
	// AX and the g's in CX for the back-edge poll: when no instruction
	// uses those scratch registers (nor calls Go).
	pollRegs bool
	// barrierOff is set once the code has checked that the write
	// barrier is off, until the next place Go may run before the code
	// continues (a helper call, the loop header after a poll exit): the
	// flag changes only while the world is stopped, which needs Go.
	barrierOff bool
	// cur is the index of the instruction being lowered; frameAt, when
	// lowering.frame is 0, the last instruction whose code leaves the
	// frame's address in tmp0 (frameBase): the frame slot loads and
	// stores of a bridge, one after the other, load it once.
	cur, frameAt int
}

// Lowered is an assembled trace.
type Lowered struct {
	Code []byte
	// Ret is the offset of the return to Go that the exit table's words
	// start at; Calls holds the resume and failure offsets of each
	// helper call.
	Ret   int
	Calls [][2]int
	// SpillUsed bounds the spill slots the code uses.
	SpillUsed int
	Text      string // the listing, when asked for
}

// LowerIR assembles t. Every exit is an ExitGuard through its snapshot,
// leaving through pl.ExitTable (EXIT too), except the poll at BACK or LINK
// (ExitInterrupt, straight to Go) and helper calls (ExitHelper, resumed
// after the call; ExitCallFailed from the call's failure address). The
// code uses the extensions in f.
func LowerIR(t *ir.Trace, pl native.Placement, f Features, listing bool) (*Lowered, error) {
	gprs := allocGPR
	if !slices.ContainsFunc(t.Insts, func(in ir.Inst) bool { return usesDX(t, in) }) {
		gprs = append(gprs[:len(gprs):len(gprs)], x86.REG_DX)
	}
	alloc, err := ir.Allocate(t, len(gprs), len(allocFPR))
	if err != nil {
		return nil, err
	}
	used := max(ir.InputSlot(len(t.Inputs)), t.FirstHome)
	for _, s := range t.Snaps {
		if len(s.Entries) > ir.FirstInputSlot {
			return nil, fmt.Errorf("snapshot of %d values exceeds the spill area", len(s.Entries))
		}
	}
	for _, h := range alloc.Home {
		if h > 0 {
			used = max(used, h+1)
		}
	}
	for _, m := range t.Link {
		used = max(used, m.Slot+1)
	}
	if ir.InputSlot(len(t.Inputs)) > native.SpillSlots {
		return nil, fmt.Errorf("%d inputs exceed the spill area", len(t.Inputs))
	}
	if len(t.Snaps) > native.MaxSnapshots || len(pl.ExitTable) != len(t.Snaps) || len(t.Calls) > 0xffff {
		return nil, fmt.Errorf("%d snapshots for an exit table of %d words", len(t.Snaps), len(pl.ExitTable))
	}
	l := &lowering{a: NewAsm(), t: t, f: f, pl: pl, gprs: gprs, elemAt: -1, frameAt: -2, reg: alloc.Reg, home: alloc.Home, uses: t.UseCounts(),
		stubs: make([]*goasm.Label, len(t.Snaps)), end: alloc.End, calls: make([][2]*goasm.Label, len(t.Calls))}
	if listing {
		l.a.KeepListing()
	}
	l.ret = l.a.NewLabel()
	l.header = l.a.NewLabel()
	insts := t.Insts
	l.pinConstants()
	l.loadPinned()
	l.pollRegs = !slices.ContainsFunc(insts, l.usesAXCX)
	if l.pollRegs {
		l.a.Op(x86.AMOVQ, Mem(CtxReg, native.OffInterrupt), Reg(x86.REG_AX))
		l.a.Op(x86.AMOVQ, Mem(CtxReg, native.OffG), Reg(x86.REG_CX))
	}
	var phis []ir.Inst
	for i := 0; i < len(insts); i++ {
		in := insts[i]
		l.cur = i
		if listing {
			l.a.Comment(fmt.Sprintf("%04d %v %v", i, in.Op, in.Type))
		}
		switch {
		case in.Op == ir.OpPhi:
			phis = append(phis, in)
		case in.Op == ir.OpBack:
			l.back(phis, in)
		case in.Op == ir.OpLink:
			l.link(in)
		case in.Op == ir.OpExit:
			l.a.Branch(obj.AJMP, l.stub(in.Snap))
		case (in.Op == ir.OpLoadField || in.Op == ir.OpListLen) && l.uses[i] == 1 && l.guardedCompare(i+1) &&
			intConds[insts[i+1].Op] != [3]obj.As{} && insts[i+1].A == ir.Ref(i) && insts[i+1].B != ir.Ref(i):
			// The field is read once, by the compare: compare it in memory.
			if listing {
				l.a.Comment(fmt.Sprintf("%04d %v %v, %04d %v", i+1, insts[i+1].Op, insts[i+1].Type, i+2, insts[i+2].Op))
			}
			c := intConds[insts[i+1].Op]
			y := l.operand(insts[i+1].B, tmp1)
			if y.Type == obj.TYPE_MEM {
				y = Reg(l.inReg(insts[i+1].B, tmp1))
			}
			off := in.Aux
			if in.Op == ir.OpListLen {
				off += 8
			}
			l.a.Op(x86.ACMPQ, Mem(l.inReg(in.A, tmp0), off), y)
			l.guardBranch(c, insts[i+2])
			i += 2
		case l.guardedCompare(i):
			l.guardBranch(l.compare(in), insts[i+1])
			i++
		case in.Op == ir.OpFrameAddr && l.uses[i] == 1 && i+1 < len(insts) && insts[i+1].Op == ir.OpStoreValue &&
			insts[i+1].A == ir.Ref(i) && insts[i+1].B != ir.Ref(i):
			// The slot's address is the store's only use: store at the
			// frame's address plus the slot's offset.
			if listing {
				l.a.Comment(fmt.Sprintf("%04d %v %v", i+1, insts[i+1].Op, insts[i+1].Type))
			}
			l.checkBarrier(l.barrierStub(insts[i+1].Snap))
			l.storeValue(l.frameBase(), in.Aux*native.SlotSize, insts[i+1].B)
			i++
			l.frameAt = i
		default:
			l.inst(ir.Ref(i), in)
		}
	}
	for s, lab := range l.barrierStubs {
		if lab != nil {
			l.a.Bind(lab)
			l.a.Op(x86.AMOVQ, Imm(1), barrierExit)
			l.a.Branch(obj.AJMP, l.stub(int32(s)))
		}
	}
	for s, lab := range l.stubs {
		if lab != nil {
			l.a.Bind(lab)
			l.exit(int32(s), native.ExitGuard)
		}
	}
	for _, in := range insts {
		if in.Op == ir.OpCall {
			l.a.Bind(l.calls[in.Aux][1])
			l.exit(in.Snap, native.ExitCallFailed)
		}
	}
	if l.guardTail != nil {
		// The exit word (the ID from the snapshot in tmp0), and the jump
		// through the snapshot's exit table word: to Go, or to the side
		// trace linked there.
		l.a.Bind(l.guardTail)
		l.a.Op(x86.AMOVL, Imm(int64(native.ExitGuard)), Mem(CtxReg, native.OffExit))
		// (A 32-bit LEA: the displacement, sign-extended, is Index<<16
		// modulo 2^32.)
		l.a.Op(x86.ALEAL, Mem(tmp0, int64(int32(uint32(l.pl.Index)<<16))), Reg(tmp1))
		l.a.Op(x86.AMOVL, Reg(tmp1), Mem(CtxReg, native.OffExit+4))
		l.a.Op(x86.AMOVQ, Imm(int64(uintptr(unsafe.Pointer(unsafe.SliceData(l.pl.ExitTable))))), Reg(tmp1))
		p := l.a.Prog(obj.AJMP)
		p.To = MemIndex(tmp1, tmp0, 8, 0)
		l.a.Add(p)
	}
	l.a.Bind(l.ret)
	l.a.Ret()
	lw := &Lowered{SpillUsed: used}
	if lw.Code, err = l.a.Assemble(); err != nil {
		return nil, fmt.Errorf("amd64: %w", err)
	}
	if listing {
		lw.Text = l.a.Listing()
	}
	lw.Ret = l.ret.Offset()
	lw.Calls = make([][2]int, len(l.calls))
	for i, c := range l.calls {
		if c[0] != nil { // (a call Sink removed has no code)
			lw.Calls[i] = [2]int{c[0].Offset(), c[1].Offset()}
		}
	}
	return lw, nil
}

// call lowers a helper call: the arguments into spill slots 0..n-1 (or
// after the snapshot, for a call inside inlined calls), every value live
// across the call into its home (ir.Allocate), the p word of every object
// among them into its home's scanned word too, the ExitHelper exit, and
// at the resume address the registers of those still needed reloaded and
// the result from slot 0.
func (l *lowering) call(r ir.Ref, in ir.Inst) {
	var done *goasm.Label
	if pool := l.t.Calls[in.Aux].Pool; pool != 0 {
		done = l.a.NewLabel()
		l.takeFromPool(r, pool, done)
	}
	base := l.t.CallArgBase(r)
	if base > 0 {
		for j, e := range l.t.Snaps[in.Snap].Entries {
			if l.t.ExitStores(e) {
				l.storeSlot(e.Ref, j)
			}
		}
	}
	for j, arg := range l.t.Calls[in.Aux].Args {
		l.storeSlot(arg, base+j)
	}
	for _, v := range l.homed() {
		if v >= r {
			break
		}
		if l.end[v] < int(r) {
			continue
		}
		ptr := l.t.Insts[v].Type == ir.Ptr
		switch {
		case l.reg[v] == ir.Spilled && ptr:
			l.a.Op(x86.AMOVQ, slotN(l.home[v]), Reg(tmp0))
			l.a.Op(x86.AMOVQ, Reg(tmp0), slotP(l.home[v]))
		case l.reg[v] >= 0 && l.t.Insts[v].Type == ir.Float:
			l.a.Op(x86.AMOVSD, l.loc(v), slotN(l.home[v]))
		case l.reg[v] >= 0:
			l.a.Op(x86.AMOVQ, l.loc(v), slotN(l.home[v]))
			if ptr {
				l.a.Op(x86.AMOVQ, l.loc(v), slotP(l.home[v]))
			}
		}
	}
	resume, fail := l.a.NewLabel(), l.a.NewLabel()
	l.calls[in.Aux] = [2]*goasm.Label{resume, fail}
	l.storeIters()
	emitExit(l.a, native.ExitHelper, uint32(l.pl.Index)<<16|uint32(in.Aux))
	l.a.Bind(resume)
	l.loadPinned()
	for _, v := range l.homed() {
		if v >= r {
			break
		}
		if l.end[v] > int(r) && l.reg[v] >= 0 {
			if l.t.Insts[v].Type == ir.Float {
				l.a.Op(x86.AMOVSD, slotN(l.home[v]), l.loc(v))
			} else {
				l.a.Op(x86.AMOVQ, slotN(l.home[v]), l.loc(v))
			}
		}
	}
	switch {
	case in.Type == ir.Void || l.reg[r] == ir.NoReg:
	case in.Type == ir.Float:
		l.a.Op(x86.AMOVSD, slotN(0), Reg(xtmp0))
		l.defF(r, xtmp0)
	default:
		l.a.Op(x86.AMOVQ, slotN(0), Reg(tmp1))
		l.defG(r, tmp1)
	}
	if done != nil {
		l.a.Bind(done)
	}
	l.barrierOff = false // Go ran the helper
}

// homed returns the values with a home, in trace order (made on first
// use: a call saves and reloads only them).
func (l *lowering) homed() []ir.Ref {
	if l.homes == nil {
		l.homes = []ir.Ref{}
		for v, h := range l.home {
			if h != 0 {
				l.homes = append(l.homes, ir.Ref(v))
			}
		}
	}
	return l.homes
}

// takeFromPool lowers the fast path of a pool call (ir.Call.Pool): when
// the write barrier is off and the pool at address pool is not empty, r
// is its next item, whose entry is cleared (a raw pointer store, allowed
// while the barrier is off: DESIGN §4.3), and the code jumps to done;
// else it falls through to the helper call, which takes the instance in
// Go (and refills an empty pool).
func (l *lowering) takeFromPool(r ir.Ref, pool int64, done *goasm.Label) {
	a := l.a
	slow := a.NewLabel()
	l.checkBarrier(slow)
	a.Op(x86.AMOVQ, Imm(pool), Reg(tmp0))
	a.Op(x86.AMOVQ, Mem(tmp0, ir.PoolNext), Reg(tmp1))
	a.Op(x86.ACMPQ, Reg(tmp1), Mem(tmp0, ir.PoolLimit))
	a.Branch(x86.AJCC, slow)
	a.Op(x86.AMOVQ, MemIndex(tmp0, tmp1, 8, ir.PoolItems), Reg(x86.REG_AX))
	a.Op(x86.AMOVQ, Imm(0), MemIndex(tmp0, tmp1, 8, ir.PoolItems))
	a.Op(x86.AADDQ, Imm(1), Reg(tmp1))
	a.Op(x86.AMOVQ, Reg(tmp1), Mem(tmp0, ir.PoolNext))
	l.defG(r, x86.REG_AX)
	a.Branch(obj.AJMP, done)
	a.Bind(slow)
}

// stub returns the exit label of snapshot s.
func (l *lowering) stub(s int32) *goasm.Label {
	if l.stubs[s] == nil {
		l.stubs[s] = l.a.NewLabel()
	}
	return l.stubs[s]
}

// barrierStub returns the label a pointer store jumps to when the write
// barrier is on: it sets Context.Scratch[BarrierExit], for Go to tell
// this exit from a failed guard's, and goes on to snapshot s's exit.
func (l *lowering) barrierStub(s int32) *goasm.Label {
	if l.barrierStubs == nil {
		l.barrierStubs = make([]*goasm.Label, len(l.t.Snaps))
	}
	if l.barrierStubs[s] == nil {
		l.barrierStubs[s] = l.a.NewLabel()
	}
	return l.barrierStubs[s]
}

// loc returns the location of a non-constant value r: its register or,
// when spilled, its spill slot.
func (l *lowering) loc(r ir.Ref) obj.Addr {
	switch reg := l.reg[r]; {
	case reg == ir.Spilled:
		return slotN(l.home[r])
	case reg < 0:
		panic(fmt.Sprintf("BUG: amd64: value %04d has no location", r))
	case l.t.Insts[r].Type == ir.Float:
		return Reg(allocFPR[reg])
	default:
		return Reg(l.gprs[reg])
	}
}

// pinConstants gives the float constants, and the int and pointer
// constants that no immediate holds, which the loop body reads most the
// registers of their class that no value of the trace is assigned; with
// a general register left, it pins the frame's address, with a vector
// register left, zero for FDIV and FSQRT.
func (l *lowering) pinConstants() {
	l.pinnedReg = map[ir.Ref]int16{}
	freeF := l.pinClass(allocFPR, true, func(k ir.Inst) bool { return k.Op == ir.OpKFloat })
	freeG := l.pinClass(l.gprs, false, func(k ir.Inst) bool {
		return (k.Op == ir.OpKInt || k.Op == ir.OpKPtr) && k.Aux != int64(int32(k.Aux))
	})
	frameUses := 0
	for _, in := range l.t.Insts {
		if in.Op == ir.OpFLoad || in.Op == ir.OpFStore || in.Op == ir.OpFrameAddr {
			frameUses++
		}
	}
	if frameUses > 1 && len(freeG) > 0 {
		l.frame, freeG = freeG[0], freeG[1:]
	}
	if l.t.Insts[len(l.t.Insts)-1].Op == ir.OpBack && len(freeG) > 0 {
		l.iters = freeG[0]
	}
	for _, k := range l.pinned {
		if in := l.t.Insts[k]; in.Op == ir.OpKFloat && in.Aux == 0 {
			l.zero = l.pinnedReg[k]
		}
	}
	checksZero := slices.ContainsFunc(l.t.Insts[max(l.t.Loop, 0):], func(in ir.Inst) bool {
		return in.Op == ir.OpFDiv || in.Op == ir.OpFSqrt
	})
	if l.zero == 0 && checksZero && len(freeF) > 0 {
		l.zero = freeF[0]
	}
}

// pinClass pins the constants that want selects to the registers of regs
// (vector registers when float is set) that no value uses, most read
// first, and returns the registers left.
func (l *lowering) pinClass(regs []int16, float bool, want func(ir.Inst) bool) []int16 {
	used := make([]bool, len(regs))
	for r, reg := range l.reg {
		if reg >= 0 && (l.t.Insts[r].Type == ir.Float) == float {
			used[reg] = true
		}
	}
	var free []int16
	for i := len(regs) - 1; i >= 0; i-- {
		if !used[i] {
			free = append(free, regs[i])
		}
	}
	if len(free) == 0 {
		return nil
	}
	reads := map[ir.Ref]int{}
	for _, in := range l.t.Insts[max(l.t.Loop, 0):] {
		for _, x := range []ir.Ref{in.A, in.B}[:in.Op.NArgs()] {
			if want(l.t.Insts[x]) {
				reads[x]++
			}
		}
	}
	pinned := slices.Collect(maps.Keys(reads))
	// Most read first; ties in trace order, so that code is reproducible.
	slices.SortFunc(pinned, func(a, b ir.Ref) int {
		if c := cmp.Compare(reads[b], reads[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	pinned = pinned[:min(len(pinned), len(free))]
	for i, k := range pinned {
		l.pinnedReg[k] = free[i]
	}
	l.pinned = append(l.pinned, pinned...)
	return free[len(pinned):]
}

// zeroX returns a vector register holding 0.0: lowering.zero, or scratch
// cleared.
func (l *lowering) zeroX(scratch int16) int16 {
	if l.zero != 0 {
		return l.zero
	}
	l.a.Op(x86.AXORPS, Reg(scratch), Reg(scratch))
	return scratch
}

// loadPinned loads the pinned constants (and lowering.frame and .zero)
// into their registers.
func (l *lowering) loadPinned() {
	if l.frame != 0 {
		l.a.Op(x86.AMOVQ, Mem(CtxReg, native.OffFrame), Reg(l.frame))
	}
	if l.iters != 0 {
		l.a.Op(x86.AMOVQ, iterCount, Reg(l.iters))
	}
	if l.zero != 0 {
		l.a.Op(x86.AXORPS, Reg(l.zero), Reg(l.zero))
	}
	for _, k := range l.pinned {
		x, in := l.pinnedReg[k], l.t.Insts[k]
		switch {
		case in.Op != ir.OpKFloat:
			l.a.Op(x86.AMOVQ, Imm(in.Aux), Reg(x))
		case in.Aux == 0:
			if x != l.zero {
				l.a.Op(x86.AXORPS, Reg(x), Reg(x))
			}
		default:
			l.a.Op(x86.AMOVQ, Imm(in.Aux), Reg(tmp0))
			l.a.Op(x86.AMOVQ, Reg(tmp0), Reg(x))
		}
	}
}

// konst returns r's constant payload, if r is a constant.
func (l *lowering) konst(r ir.Ref) (int64, bool) {
	in := l.t.Insts[r]
	return in.Aux, in.Op == ir.OpKInt || in.Op == ir.OpKFloat || in.Op == ir.OpKPtr
}

// operand returns r as an operand of a general-register instruction: an
// immediate for a constant fitting in 32 bits, else a register (constants
// loaded into scratch).
func (l *lowering) operand(r ir.Ref, scratch int16) obj.Addr {
	if k, ok := l.konst(r); ok {
		if k == int64(int32(k)) {
			return Imm(k)
		}
		if x, ok := l.pinnedReg[r]; ok {
			return Reg(x)
		}
		l.a.Op(x86.AMOVQ, Imm(k), Reg(scratch))
		return Reg(scratch)
	}
	return l.loc(r)
}

// inReg returns a general register holding r.
func (l *lowering) inReg(r ir.Ref, scratch int16) int16 {
	if x, ok := l.pinnedReg[r]; ok {
		return x
	}
	if k, ok := l.konst(r); ok {
		l.a.Op(x86.AMOVQ, Imm(k), Reg(scratch))
		return scratch
	}
	if l.reg[r] == ir.Spilled {
		l.a.Op(x86.AMOVQ, l.loc(r), Reg(scratch))
		return scratch
	}
	return l.loc(r).Reg
}

// inXReg returns a vector register holding r.
func (l *lowering) inXReg(r ir.Ref, scratch int16) int16 {
	if x, ok := l.pinnedReg[r]; ok {
		return x
	}
	if k, ok := l.konst(r); ok {
		l.a.Op(x86.AMOVQ, Imm(k), Reg(tmp0))
		l.a.Op(x86.AMOVQ, Reg(tmp0), Reg(scratch))
		return scratch
	}
	if l.reg[r] == ir.Spilled {
		l.a.Op(x86.AMOVSD, l.loc(r), Reg(scratch))
		return scratch
	}
	return l.loc(r).Reg
}

// The conditions of the int compares: set on true, exit when a guard
// expecting true fails, exit when a guard expecting false fails.
var intConds = map[ir.Op][3]obj.As{
	ir.OpLt: {x86.ASETLT, x86.AJGE, x86.AJLT},
	ir.OpLe: {x86.ASETLE, x86.AJGT, x86.AJLE},
	ir.OpGt: {x86.ASETGT, x86.AJLE, x86.AJGT},
	ir.OpGe: {x86.ASETGE, x86.AJLT, x86.AJGE},
	ir.OpEq: {x86.ASETEQ, x86.AJNE, x86.AJEQ},
	ir.OpNe: {x86.ASETNE, x86.AJEQ, x86.AJNE},
}

// floatConds: UCOMISD compares "left" with "right" (swapped for < and <=,
// so that only above/above-or-equal, false when unordered, are needed).
var floatConds = map[ir.Op]struct {
	swap bool
	cond [3]obj.As
}{
	ir.OpFGt: {false, [3]obj.As{x86.ASETHI, x86.AJLS, x86.AJHI}},
	ir.OpFGe: {false, [3]obj.As{x86.ASETCC, x86.AJCS, x86.AJCC}},
	ir.OpFLt: {true, [3]obj.As{x86.ASETHI, x86.AJLS, x86.AJHI}},
	ir.OpFLe: {true, [3]obj.As{x86.ASETCC, x86.AJCS, x86.AJCC}},
}

// compare emits the flag-setting instruction of a compare and returns its
// conditions.
func (l *lowering) compare(in ir.Inst) [3]obj.As {
	if c, ok := intConds[in.Op]; ok {
		x, y := l.operand(in.A, tmp0), l.operand(in.B, tmp1)
		if x.Type != obj.TYPE_MEM || y.Type == obj.TYPE_MEM {
			x = Reg(l.inReg(in.A, tmp0))
		}
		if x.Type == obj.TYPE_REG && y.Type == obj.TYPE_CONST && y.Offset == 0 && (in.Op == ir.OpEq || in.Op == ir.OpNe) {
			l.a.Op(x86.ATESTQ, x, x)
		} else {
			l.a.Op(x86.ACMPQ, x, y)
		}
		return c
	}
	fc, ok := floatConds[in.Op]
	if !ok {
		panic("BUG: amd64: no compare " + in.Op.String())
	}
	left, right := in.A, in.B
	if fc.swap {
		left, right = right, left
	}
	// Go's UCOMISD right, left sets "above" when left > right.
	l.a.Op(x86.AUCOMISD, Reg(l.inXReg(right, xtmp1)), Reg(l.inXReg(left, xtmp0)))
	return fc.cond
}

// guardedCompare reports whether instruction i is a compare whose only
// use is the guard that follows it: the two are lowered as one compare
// and conditional exit (except float equality, which needs two flags).
func (l *lowering) guardedCompare(i int) bool {
	insts := l.t.Insts
	if i+1 >= len(insts) {
		return false
	}
	in, next := insts[i], insts[i+1]
	return in.Op.IsCompare() && l.uses[i] == 1 && (next.Op == ir.OpGuardT || next.Op == ir.OpGuardF) &&
		next.A == ir.Ref(i) && in.Op != ir.OpFEq && in.Op != ir.OpFNe
}

// guardBranch emits the conditional exit of guard on the flags of a
// compare with conditions c.
func (l *lowering) guardBranch(c [3]obj.As, guard ir.Inst) {
	if guard.Op == ir.OpGuardT {
		l.a.Branch(c[1], l.stub(guard.Snap))
	} else {
		l.a.Branch(c[2], l.stub(guard.Snap))
	}
}

// setBool materializes flags as r's value (0 or 1) with set.
func (l *lowering) setBool(set obj.As, r ir.Ref) {
	p := l.a.Prog(set)
	p.To = Reg(x86.REG_R11B)
	l.a.Add(p)
	l.a.Op(x86.AMOVBQZX, Reg(x86.REG_R11B), Reg(tmp1))
	l.defG(r, tmp1)
}

// intOps maps the two-operand int ops computed as "scratch op= b" to their
// instruction and whether they exit on overflow.
var intOps = map[ir.Op]struct {
	as obj.As
	ov bool
}{
	ir.OpAdd: {x86.AADDQ, false}, ir.OpSub: {x86.ASUBQ, false},
	ir.OpAddOv: {x86.AADDQ, true}, ir.OpSubOv: {x86.ASUBQ, true}, ir.OpMulOv: {x86.AIMULQ, true}, ir.OpMul: {x86.AIMULQ, false},
	ir.OpAnd: {x86.AANDQ, false}, ir.OpOr: {x86.AORQ, false}, ir.OpXor: {x86.AXORQ, false},
}

// floatOps maps the float arithmetic ops to their two-operand SSE2
// instruction (d op= y) and their three-operand AVX one (d = x op y).
var floatOps = map[ir.Op]struct{ sse, avx obj.As }{
	ir.OpFAdd: {x86.AADDSD, x86.AVADDSD}, ir.OpFSub: {x86.ASUBSD, x86.AVSUBSD},
	ir.OpFMul: {x86.AMULSD, x86.AVMULSD}, ir.OpFDiv: {x86.ADIVSD, x86.AVDIVSD},
}

// inst lowers one instruction. A result goes straight to its register
// unless an exit after the write may read that register (dstG,
// dstGuarded); then it is computed in a scratch register and moved last
// (see ir.Allocate).
func (l *lowering) inst(r ir.Ref, in ir.Inst) {
	a := l.a
	switch in.Op {
	case ir.OpNop, ir.OpKInt, ir.OpKFloat, ir.OpKPtr:
	case ir.OpLoop:
		a.Bind(l.header)
		l.barrierOff = false
	case ir.OpSLoad:
		src := l.t.InputHome(int(in.Aux))
		word := slotN(src)
		if in.Type == ir.Ptr && src < ir.FirstInputSlot {
			word = slotP(src) // an exit's slot (ir.InSpill)
		}
		switch {
		case l.reg[r] == ir.NoReg, l.reg[r] == ir.Spilled && l.home[r] == src:
			// unused, or spilled to its own input slot
		case l.reg[r] == ir.Spilled:
			a.Op(x86.AMOVQ, word, Reg(tmp0))
			a.Op(x86.AMOVQ, Reg(tmp0), l.loc(r))
		case in.Type == ir.Float:
			a.Op(x86.AMOVSD, word, l.loc(r))
		default:
			a.Op(x86.AMOVQ, word, l.loc(r))
		}
	case ir.OpElemAddr:
		// Unsigned compares: a negative index fails as well. The bounds
		// check comes first, so the result may go to r's register.
		list := l.inReg(in.A, tmp1)
		d := l.dstG(r, tmp0)
		// fuse: the next instruction, the only use, addresses the item
		// from the items pointer in d and the index (twice, in tmp0)
		// scaled by 8.
		fuse := l.reg[r] >= 0 && l.uses[r] == 1 && int(r)+1 < len(l.t.Insts) && l.t.Insts[r+1].A == r
		if fuse {
			switch l.t.Insts[r+1].Op {
			case ir.OpLoadElem, ir.OpStoreElem, ir.OpSetElem:
			default:
				fuse = false
			}
		}
		if k, ok := l.konst(in.B); ok && k >= 0 && k < 1<<27 {
			a.Op(x86.ACMPQ, Mem(list, in.Aux+8), Imm(k))
			a.Branch(x86.AJLS, l.stub(in.Snap))
			a.Op(x86.AMOVQ, Mem(list, in.Aux), Reg(d))
			if fuse {
				l.elemAt, l.elemMem = r, Mem(d, k*16)
				break
			}
			if k != 0 {
				a.Op(x86.AADDQ, Imm(k*16), Reg(d))
			}
			l.defG(r, d)
			break
		}
		idx := l.inReg(in.B, tmp0)
		a.Op(x86.ACMPQ, Reg(idx), Mem(list, in.Aux+8))
		a.Branch(x86.AJCC, l.stub(in.Snap))
		if fuse {
			a.Op(x86.ALEAQ, MemIndex(idx, idx, 1, 0), Reg(tmp0))
			a.Op(x86.AMOVQ, Mem(list, in.Aux), Reg(d))
			l.elemAt, l.elemMem = r, MemIndex(d, tmp0, 8, 0)
			break
		}
		if d == list {
			d = tmp0
		}
		if d != idx {
			a.Op(x86.AMOVQ, Reg(idx), Reg(d))
		}
		a.Op(x86.ASHLQ, Imm(4), Reg(d))
		a.Op(x86.AADDQ, Mem(list, in.Aux), Reg(d))
		l.defG(r, d)
	case ir.OpListLen:
		d := l.dstG(r, tmp1)
		a.Op(x86.AMOVQ, Mem(l.inReg(in.A, tmp1), in.Aux+8), Reg(d))
		l.defG(r, d)
	case ir.OpStoreValue:
		l.checkBarrier(l.barrierStub(in.Snap))
		l.storeValue(l.inReg(in.A, tmp0), 0, in.B)
	case ir.OpFieldAddr:
		a.Op(x86.AMOVQ, l.operand(in.A, tmp1), Reg(tmp1))
		a.Op(x86.AADDQ, Imm(in.Aux), Reg(tmp1))
		l.defG(r, tmp1)
	case ir.OpLoadField:
		d := l.dstG(r, tmp1)
		a.Op(x86.AMOVQ, Mem(l.inReg(in.A, tmp1), in.Aux), Reg(d))
		l.defG(r, d)
	case ir.OpGuardWord32:
		k, ok := l.konst(in.A)
		if !ok {
			panic("BUG: amd64: guardword32 of a non-constant")
		}
		a.Op(x86.AMOVQ, Imm(in.Aux), Reg(tmp0))
		a.Op(x86.ACMPL, Mem(tmp0, 0), Imm(int64(int32(uint32(k)))))
		a.Branch(x86.AJNE, l.stub(in.Snap))
	case ir.OpFMin, ir.OpFMax:
		// Python's order: the first argument unless the second is
		// strictly smaller (larger); NaNs and equal zeros keep the first.
		y := l.inXReg(in.B, xtmp1)
		x := l.inXReg(in.A, xtmp0)
		if in.Op == ir.OpFMax {
			a.Op(x86.AUCOMISD, Reg(x), Reg(y)) // above: y > x
		} else {
			a.Op(x86.AUCOMISD, Reg(y), Reg(x)) // above: x > y
		}
		a.Op(x86.AMOVAPS, Reg(x), Reg(xtmp0))
		keep := a.NewLabel()
		a.Branch(x86.AJLS, keep)
		a.Op(x86.AMOVAPS, Reg(y), Reg(xtmp0))
		a.Bind(keep)
		l.defF(r, xtmp0)
	case ir.OpFSqrt:
		// Negative operands exit (math.sqrt raises); -0.0 does not.
		x := l.inXReg(in.A, xtmp0)
		a.Op(x86.AUCOMISD, Reg(l.zeroX(xtmp1)), Reg(x))
		a.Branch(x86.AJCS, l.stub(in.Snap)) // x < 0, or NaN: the interpreter computes both
		// SQRTSD keeps the upper half of d: taking it from x (AVX) or a
		// cleared d spares the wait for d's last writer.
		d := l.dstF(r, xtmp0)
		switch {
		case l.f.AVX:
			a.Op3(x86.AVSQRTSD, Reg(x), Reg(x), Reg(d))
		case d != x:
			a.Op(x86.AXORPS, Reg(d), Reg(d))
			fallthrough
		default:
			a.Op(x86.ASQRTSD, Reg(x), Reg(d))
		}
		l.defF(r, d)
	case ir.OpAbsOv:
		// -x overflows only for MinInt64, whose absolute value is a big int.
		a.Op(x86.AMOVQ, l.operand(in.A, tmp1), Reg(tmp1))
		a.Op(x86.AMOVQ, Reg(tmp1), Reg(tmp0))
		p := a.Prog(x86.ANEGQ)
		p.To = Reg(tmp0)
		a.Add(p)
		a.Branch(x86.AJOS, l.stub(in.Snap))
		a.Op(x86.ATESTQ, Reg(tmp1), Reg(tmp1))
		a.Op(x86.ACMOVQLT, Reg(tmp0), Reg(tmp1))
		l.defG(r, tmp1)
	case ir.OpFAbs:
		a.Op(x86.AMOVQ, Imm(math.MaxInt64), Reg(tmp0))
		a.Op(x86.AMOVQ, Reg(tmp0), Reg(xtmp1))
		a.Op(x86.AMOVAPS, Reg(l.inXReg(in.A, xtmp0)), Reg(xtmp0))
		a.Op(x86.AANDPD, Reg(xtmp1), Reg(xtmp0))
		l.defF(r, xtmp0)
	case ir.OpMin, ir.OpMax:
		a.Op(x86.AMOVQ, l.operand(in.A, tmp1), Reg(tmp1))
		a.Op(x86.AMOVQ, l.operand(in.B, tmp0), Reg(tmp0))
		a.Op(x86.ACMPQ, Reg(tmp0), Reg(tmp1))
		if in.Op == ir.OpMin {
			a.Op(x86.ACMOVQLT, Reg(tmp0), Reg(tmp1)) // b < a: take b
		} else {
			a.Op(x86.ACMOVQGT, Reg(tmp0), Reg(tmp1)) // b > a: take b
		}
		l.defG(r, tmp1)
	case ir.OpGuardIterated:
		if l.iters != 0 {
			a.Op(x86.ATESTQ, Reg(l.iters), Reg(l.iters))
		} else {
			a.Op(x86.ACMPQ, iterCount, Imm(0))
		}
		a.Branch(x86.AJEQ, l.stub(in.Snap))
	case ir.OpGuardWord:
		a.Op(x86.AMOVQ, Imm(in.Aux), Reg(tmp0))
		a.Op(x86.ACMPQ, Mem(tmp0, 0), l.operand(in.A, tmp1))
		a.Branch(x86.AJNE, l.stub(in.Snap))
	case ir.OpLoadElem, ir.OpGetElem:
		item := l.elemBase(in.A, in.Aux)
		if in.Type == ir.Ptr {
			d := l.dstGuarded(r, in.Snap, tmp1)
			a.Op(x86.AMOVQ, item, Reg(d))
			a.Op(x86.ATESTQ, Reg(d), Reg(d))
			a.Branch(x86.AJEQ, l.stub(in.Snap))
			l.defG(r, d)
			break
		}
		if in.Op == ir.OpLoadElem {
			l.checkImmediate(item, in.Type, in.Snap)
		}
		item.Offset += 8
		if in.Type == ir.Float {
			d := l.dstF(r, xtmp0)
			a.Op(x86.AMOVSD, item, Reg(d))
			l.defF(r, d)
		} else {
			d := l.dstG(r, tmp1)
			a.Op(x86.AMOVQ, item, Reg(d))
			l.defG(r, d)
		}
	case ir.OpStoreElem:
		item := l.elemBase(in.A, in.Aux)
		l.checkImmediate(item, l.t.Insts[in.B].Type, in.Snap)
		item.Offset += 8
		l.storePayload(in.B, item)
	case ir.OpSetElem:
		item := l.elemBase(in.A, in.Aux+8)
		l.storePayload(in.B, item)
	case ir.OpFLoad:
		if in.Type == ir.Ptr {
			// The p word of an object: read only, never written.
			d := l.dstGuarded(r, in.Snap, tmp1)
			a.Op(x86.AMOVQ, Mem(l.frameBase(), in.Aux*native.SlotSize), Reg(d))
			a.Op(x86.ATESTQ, Reg(d), Reg(d))
			a.Branch(x86.AJEQ, l.stub(in.Snap))
			l.defG(r, d)
			break
		}
		payload := l.frameSlot(in.Aux, in.Type, in.Snap)
		payload.Offset += 8
		if in.Type == ir.Float {
			d := l.dstF(r, xtmp0)
			a.Op(x86.AMOVSD, payload, Reg(d))
			l.defF(r, d)
		} else {
			d := l.dstG(r, tmp1)
			a.Op(x86.AMOVQ, payload, Reg(d))
			l.defG(r, d)
		}
	case ir.OpFStore:
		payload := l.frameSlot(in.Aux, l.t.Insts[in.A].Type, in.Snap)
		payload.Offset += 8
		l.storePayload(in.A, payload)
	case ir.OpAdd, ir.OpSub, ir.OpAddOv, ir.OpSubOv, ir.OpMulOv, ir.OpMul, ir.OpAnd, ir.OpOr, ir.OpXor:
		op := intOps[in.Op]
		x, y := l.operand(in.A, tmp1), l.operand(in.B, tmp0)
		var d int16
		if op.ov {
			d = l.dstGuarded(r, in.Snap, tmp1)
		} else {
			d = l.dstG(r, tmp1)
		}
		if y == Reg(d) && x != Reg(d) {
			if in.Op == ir.OpSub || in.Op == ir.OpSubOv {
				d = tmp1
			} else {
				x, y = y, x
			}
		}
		if (in.Op == ir.OpAdd || in.Op == ir.OpSub && y.Offset != math.MinInt32) &&
			x.Type == obj.TYPE_REG && y.Type == obj.TYPE_CONST && x != Reg(d) {
			// d = x ± k in one instruction, x kept.
			k := y.Offset
			if in.Op == ir.OpSub {
				k = -k
			}
			a.Op(x86.ALEAQ, Mem(x.Reg, k), Reg(d))
			l.defG(r, d)
			break
		}
		if x != Reg(d) {
			a.Op(x86.AMOVQ, x, Reg(d))
		}
		a.Op(op.as, y, Reg(d))
		if op.ov {
			a.Branch(x86.AJOS, l.stub(in.Snap))
		}
		l.defG(r, d)
	case ir.OpNegOv:
		a.Op(x86.AMOVQ, l.operand(in.A, tmp1), Reg(tmp1))
		p := a.Prog(x86.ANEGQ)
		p.To = Reg(tmp1)
		a.Add(p)
		a.Branch(x86.AJOS, l.stub(in.Snap))
		l.defG(r, tmp1)
	case ir.OpFloorDiv, ir.OpMod:
		l.divmod(r, in)
	case ir.OpShl, ir.OpShr:
		l.shift(r, in)
	case ir.OpLt, ir.OpLe, ir.OpGt, ir.OpGe, ir.OpEq, ir.OpNe, ir.OpFLt, ir.OpFLe, ir.OpFGt, ir.OpFGe:
		c := l.compare(in)
		if l.reg[r] != ir.NoReg {
			l.setBool(c[0], r)
		}
	case ir.OpFEq, ir.OpFNe:
		// Equal: ZF set and PF clear; not equal: the opposite.
		a.Op(x86.AUCOMISD, Reg(l.inXReg(in.B, xtmp1)), Reg(l.inXReg(in.A, xtmp0)))
		set1, set2, comb := x86.ASETEQ, x86.ASETPC, x86.AANDL
		if in.Op == ir.OpFNe {
			set1, set2, comb = x86.ASETNE, x86.ASETPS, x86.AORL
		}
		for _, s := range []struct {
			as  obj.As
			reg int16
		}{{set1, x86.REG_R11B}, {set2, x86.REG_R10B}} {
			p := a.Prog(s.as)
			p.To = Reg(s.reg)
			a.Add(p)
		}
		a.Op(comb, Reg(tmp0), Reg(tmp1))
		a.Op(x86.AMOVBQZX, Reg(x86.REG_R11B), Reg(tmp1))
		l.defG(r, tmp1)
	case ir.OpFAdd, ir.OpFSub, ir.OpFMul, ir.OpFDiv:
		if in.Op == ir.OpFDiv {
			y := l.inXReg(in.B, xtmp1)
			a.Op(x86.AUCOMISD, Reg(l.zeroX(xtmp0)), Reg(y))
			a.Branch(x86.AJEQ, l.stub(in.Snap)) // zero, or NaN (the interpreter handles both)
		}
		y := l.inXReg(in.B, xtmp1)
		d := l.dstF(r, xtmp0)
		x := l.inXReg(in.A, xtmp0)
		if l.f.AVX {
			a.Op3(floatOps[in.Op].avx, Reg(y), Reg(x), Reg(d))
			l.defF(r, d)
			break
		}
		if y == d && x != d {
			if in.Op == ir.OpFAdd || in.Op == ir.OpFMul {
				x, y = y, x
			} else {
				d = xtmp0
			}
		}
		if x != d {
			l.movF(Reg(x), Reg(d))
		}
		a.Op(floatOps[in.Op].sse, Reg(y), Reg(d))
		l.defF(r, d)
	case ir.OpFNeg:
		a.Op(x86.AMOVQ, Imm(math.MinInt64), Reg(tmp0))
		a.Op(x86.AMOVQ, Reg(tmp0), Reg(xtmp1))
		a.Op(x86.AMOVAPS, Reg(l.inXReg(in.A, xtmp0)), Reg(xtmp0))
		a.Op(x86.AXORPD, Reg(xtmp1), Reg(xtmp0))
		l.defF(r, xtmp0)
	case ir.OpIToF:
		// CVTSQ2SD keeps the upper half of d: clearing d first spares the
		// wait for its last writer (in a loop, often the previous
		// iteration's use of the result).
		d := l.dstF(r, xtmp0)
		a.Op(x86.AXORPS, Reg(d), Reg(d))
		a.Op(x86.ACVTSQ2SD, Reg(l.inReg(in.A, tmp0)), Reg(d))
		l.defF(r, d)
	case ir.OpNot:
		a.Op(x86.AMOVQ, l.operand(in.A, tmp1), Reg(tmp1))
		a.Op(x86.AXORQ, Imm(1), Reg(tmp1))
		l.defG(r, tmp1)
	case ir.OpGuardT, ir.OpGuardF:
		if k, ok := l.konst(in.A); ok {
			if (k != 0) != (in.Op == ir.OpGuardT) {
				a.Branch(obj.AJMP, l.stub(in.Snap))
			}
			return
		}
		x := l.inReg(in.A, tmp0)
		a.Op(x86.ATESTQ, Reg(x), Reg(x))
		if in.Op == ir.OpGuardT {
			a.Branch(x86.AJEQ, l.stub(in.Snap))
		} else {
			a.Branch(x86.AJNE, l.stub(in.Snap))
		}
	case ir.OpCall:
		l.call(r, in)
	case ir.OpFrameAddr:
		d := l.dstG(r, tmp1)
		a.Op(x86.ALEAQ, Mem(l.frameBase(), in.Aux*native.SlotSize), Reg(d))
		l.defG(r, d)
	case ir.OpStoreField:
		base := l.inReg(in.A, tmp0)
		v := l.operand(in.B, tmp1)
		if v.Type == obj.TYPE_MEM {
			v = Reg(l.inReg(in.B, tmp1))
		}
		a.Op(x86.AMOVQ, v, Mem(base, in.Aux))
	case ir.OpStorePtr:
		// b is a constant (an immediate or in tmp1) or an INNERADDR
		// (ir.Validate).
		l.checkBarrier(l.barrierStub(in.Snap))
		src := l.operand(in.B, tmp1)
		if src.Type != obj.TYPE_REG && src.Type != obj.TYPE_CONST {
			a.Op(x86.AMOVQ, src, Reg(tmp1))
			src = Reg(tmp1)
		}
		a.Op(x86.AMOVQ, src, Mem(l.inReg(in.A, tmp0), in.Aux))
	case ir.OpInnerAddr:
		d := l.dstG(r, tmp1)
		a.Op(x86.ALEAQ, Mem(l.inReg(in.A, tmp1), in.Aux), Reg(d))
		l.defG(r, d)
	case ir.OpCopyInts:
		l.copyInts(in)
	case ir.OpReverseValues, ir.OpShiftValues:
		l.checkBarrier(l.barrierStub(in.Snap))
		l.moveValues(in)
	case ir.OpCopyList:
		l.checkBarrier(l.barrierStub(in.Snap))
		l.copyList(in)
	case ir.OpSetHasInt, ir.OpSetAddInt:
		l.setProbe(r, in)
	case ir.OpDictFind:
		l.dictFind(r, in)
	case ir.OpRandom:
		l.randomFloat(r, in)
	case ir.OpVirtual:
		// No code: exits make the object (Go, from the snapshot).
	case ir.OpFToI:
		// NaN, infinities and results out of range convert to MinInt64,
		// which exits (-2**63 itself too, harmlessly: the interpreter
		// converts it).
		a.Op(x86.ACVTTSD2SQ, Reg(l.inXReg(in.A, xtmp0)), Reg(tmp1))
		a.Op(x86.AMOVQ, Imm(math.MinInt64), Reg(tmp0))
		a.Op(x86.ACMPQ, Reg(tmp1), Reg(tmp0))
		a.Branch(x86.AJEQ, l.stub(in.Snap))
		l.defG(r, tmp1)
	default:
		panic("BUG: amd64: no lowering for " + in.Op.String())
	}
}

// elemBase returns the memory operand off(addr) of an item's address addr
// (an ELEMADDR), or its fused form (lowering.elemAt). It may use tmp0.
func (l *lowering) elemBase(addr ir.Ref, off int64) obj.Addr {
	if addr == l.elemAt {
		m := l.elemMem
		m.Offset += off
		return m
	}
	return Mem(l.inReg(addr, tmp0), off)
}

// checkBarrier jumps to target unless the runtime's write barrier is off:
// raw pointer stores are made only then (DESIGN §4.3). The flag changes
// only when the world stops, never while native code runs, so once
// checked it holds until Go next runs (lowering.barrierOff).
func (l *lowering) checkBarrier(target *goasm.Label) {
	if l.barrierOff {
		return
	}
	l.a.Op(x86.AMOVQ, Mem(CtxReg, native.OffWriteBarrier), Reg(tmp0))
	l.frameAt = -2
	l.a.Op(x86.ACMPL, Mem(tmp0, 0), Imm(0))
	l.a.Branch(x86.AJNE, target)
	l.barrierOff = true
}

// iterCount, itersBefore and barrierExit are Context.Scratch[IterCount],
// Scratch[ItersBefore] and Scratch[BarrierExit].
var (
	iterCount   = Mem(CtxReg, native.OffScratch+8*native.IterCount)
	itersBefore = Mem(CtxReg, native.OffScratch+8*native.ItersBefore)
	barrierExit = Mem(CtxReg, native.OffScratch+8*native.BarrierExit)
)

// storeIters writes the iteration count kept in lowering.iters to
// Context.Scratch[IterCount], where Go and the bridges an exit jumps to
// read it.
func (l *lowering) storeIters() {
	if l.iters != 0 {
		l.a.Op(x86.AMOVQ, Reg(l.iters), iterCount)
	}
}

// frameBase returns a register holding the frame's address: lowering.frame,
// or tmp0, loaded unless the instruction lowered last left it there. The
// caller must leave tmp0 alone for the rest of the instruction.
func (l *lowering) frameBase() int16 {
	if l.frame != 0 {
		return l.frame
	}
	if l.frameAt != l.cur-1 {
		l.a.Op(x86.AMOVQ, Mem(CtxReg, native.OffFrame), Reg(tmp0))
	}
	l.frameAt = l.cur
	return tmp0
}

// frameSlot exits through snapshot s unless frame slot k holds an
// immediate of type t, and returns the slot's p word as a memory operand
// based on frameBase. Only the payload word of such a slot is ever
// written: the p word keeps its static header, so no store of a pointer
// (and no write barrier, DESIGN §4.3) is involved.
func (l *lowering) frameSlot(k int64, t ir.Type, s int32) obj.Addr {
	pword := Mem(l.frameBase(), k*native.SlotSize)
	l.checkImmediate(pword, t, s)
	return pword
}

// checkImmediate exits through snapshot s unless the p word at pword is
// the header of immediates of type t. It uses tmp1.
func (l *lowering) checkImmediate(pword obj.Addr, t ir.Type, s int32) {
	if h := immediateHeader(t); h == int64(int32(h)) {
		// The headers are static Go data, below 2 GiB in a non-PIE binary.
		l.a.Op(x86.ACMPQ, pword, Imm(h))
	} else {
		l.a.Op(x86.AMOVQ, Imm(h), Reg(tmp1))
		l.a.Op(x86.ACMPQ, pword, Reg(tmp1))
	}
	l.a.Branch(x86.AJNE, l.stub(s))
}

// copyInts lowers COPYINTS: a pass that exits unless every source and
// destination item is an int, then a pass copying the payload words.
// DX holds the destination, AX the source items, CX their length in
// bytes, tmp1 the offset of the item, tmp0 the int header (first pass)
// or the payload (second).
func (l *lowering) copyInts(in ir.Inst) {
	a := l.a
	a.Op(x86.AMOVQ, l.operand(in.A, tmp0), Reg(x86.REG_DX))
	a.Op(x86.AMOVQ, l.operand(in.B, tmp1), Reg(tmp1))
	a.Op(x86.AMOVQ, Mem(tmp1, in.Aux), Reg(x86.REG_AX))
	a.Op(x86.AMOVQ, Mem(tmp1, in.Aux+8), Reg(x86.REG_CX))
	a.Op(x86.ASHLQ, Imm(4), Reg(x86.REG_CX))
	a.Op(x86.AMOVQ, Imm(immediateHeader(ir.Int)), Reg(tmp0))
	stub := l.stub(in.Snap)
	check, checked := a.NewLabel(), a.NewLabel()
	a.Op(x86.AXORL, Reg(tmp1), Reg(tmp1))
	a.Bind(check)
	a.Op(x86.ACMPQ, Reg(tmp1), Reg(x86.REG_CX))
	a.Branch(x86.AJCC, checked)
	a.Op(x86.ACMPQ, MemIndex(x86.REG_AX, tmp1, 1, 0), Reg(tmp0))
	a.Branch(x86.AJNE, stub)
	a.Op(x86.ACMPQ, MemIndex(x86.REG_DX, tmp1, 1, 0), Reg(tmp0))
	a.Branch(x86.AJNE, stub)
	a.Op(x86.AADDQ, Imm(16), Reg(tmp1))
	a.Branch(obj.AJMP, check)
	a.Bind(checked)
	l.copyItems(false)
}

// copyItems emits a loop over the CX bytes of Values from address AX on,
// copying each to address DX on: whole (the write barrier is off) or its
// payload word only. It uses tmp0, tmp1 and xtmp0.
func (l *lowering) copyItems(whole bool) {
	a := l.a
	a.Op(x86.AXORL, Reg(tmp1), Reg(tmp1))
	loop, done := a.NewLabel(), a.NewLabel()
	a.Bind(loop)
	a.Op(x86.ACMPQ, Reg(tmp1), Reg(x86.REG_CX))
	a.Branch(x86.AJCC, done)
	if whole {
		a.Op(x86.AMOVUPS, MemIndex(x86.REG_AX, tmp1, 1, 0), Reg(xtmp0))
		a.Op(x86.AMOVUPS, Reg(xtmp0), MemIndex(x86.REG_DX, tmp1, 1, 0))
	} else {
		a.Op(x86.AMOVQ, MemIndex(x86.REG_AX, tmp1, 1, 8), Reg(tmp0))
		a.Op(x86.AMOVQ, Reg(tmp0), MemIndex(x86.REG_DX, tmp1, 1, 8))
	}
	a.Op(x86.AADDQ, Imm(16), Reg(tmp1))
	a.Branch(obj.AJMP, loop)
	a.Bind(done)
}

// moveValues lowers REVERSEVALUES and SHIFTVALUES: a loop over the
// Values from address A to address B, 16 bytes at a time (the write
// barrier is off: pointer words are copied as they are).
func (l *lowering) moveValues(in ir.Inst) {
	a := l.a
	a.Op(x86.AMOVQ, l.operand(in.A, tmp0), Reg(tmp0))
	a.Op(x86.AMOVQ, l.operand(in.B, tmp1), Reg(tmp1))
	loop, done := a.NewLabel(), a.NewLabel()
	a.Bind(loop)
	a.Op(x86.ACMPQ, Reg(tmp0), Reg(tmp1))
	if in.Op == ir.OpReverseValues {
		a.Branch(x86.AJCC, done) // a >= b: met in the middle
		a.Op(x86.AMOVUPS, Mem(tmp0, 0), Reg(xtmp0))
		a.Op(x86.AMOVUPS, Mem(tmp1, 0), Reg(xtmp1))
		a.Op(x86.AMOVUPS, Reg(xtmp1), Mem(tmp0, 0))
		a.Op(x86.AMOVUPS, Reg(xtmp0), Mem(tmp1, 0))
		a.Op(x86.ASUBQ, Imm(16), Reg(tmp1))
	} else {
		a.Branch(x86.AJHI, done) // a > b: all moved
		a.Op(x86.AMOVUPS, Mem(tmp0, 16*in.Aux), Reg(xtmp0))
		a.Op(x86.AMOVUPS, Reg(xtmp0), Mem(tmp0, 0))
	}
	a.Op(x86.AADDQ, Imm(16), Reg(tmp0))
	a.Branch(obj.AJMP, loop)
	a.Bind(done)
}

// copyList lowers COPYLIST: the number of b's items it copies, checked
// against a's capacity, becomes a's length, and a loop copies them into
// a's items, 16 bytes at a time (the write barrier is off). It uses AX,
// CX and DX.
func (l *lowering) copyList(in ir.Inst) {
	a := l.a
	dst, src, before, after := ir.CopyListParts(in.Aux)
	a.Op(x86.AMOVQ, l.operand(in.A, tmp0), Reg(tmp0))
	a.Op(x86.AMOVQ, l.operand(in.B, tmp1), Reg(tmp1))
	a.Op(x86.AMOVQ, Mem(tmp1, src), Reg(x86.REG_AX))
	a.Op(x86.AMOVQ, Mem(tmp1, src+8), Reg(x86.REG_CX))
	if before+after > 0 {
		a.Op(x86.ASUBQ, Imm(int64(before+after)), Reg(x86.REG_CX))
		a.Op(x86.AADDQ, Imm(int64(16*before)), Reg(x86.REG_AX))
	}
	a.Op(x86.ACMPQ, Reg(x86.REG_CX), Mem(tmp0, dst+16))
	a.Branch(x86.AJHI, l.stub(in.Snap))
	a.Op(x86.AMOVQ, Reg(x86.REG_CX), Mem(tmp0, dst+8))
	a.Op(x86.AMOVQ, Mem(tmp0, dst), Reg(x86.REG_DX))
	a.Op(x86.ASHLQ, Imm(4), Reg(x86.REG_CX))
	l.copyItems(true)
}

// storePayload stores value r into the payload word dst of a Value whose
// p word already holds the header of r's type (checked by the caller):
// no pointer is written. It uses tmp1 (dst must not).
func (l *lowering) storePayload(r ir.Ref, dst obj.Addr) {
	if l.t.Insts[r].Type == ir.Float && l.reg[r] >= 0 {
		l.a.Op(x86.AMOVSD, l.loc(r), dst)
		return
	}
	v := l.operand(r, tmp1)
	if v.Type == obj.TYPE_MEM {
		l.a.Op(x86.AMOVQ, v, Reg(tmp1))
		v = Reg(tmp1)
	}
	l.a.Op(x86.AMOVQ, v, dst)
}

// storeValue stores v as a whole Value at address base+off: its p word
// (an object, or the static header of v's immediate kind) and payload.
// The caller has checked the write barrier (STOREVALUE's guard).
func (l *lowering) storeValue(base int16, off int64, v ir.Ref) {
	t := l.t.Insts[v].Type
	if t == ir.Ptr {
		src := l.operand(v, tmp1)
		if src.Type == obj.TYPE_MEM {
			l.a.Op(x86.AMOVQ, src, Reg(tmp1))
			src = Reg(tmp1)
		}
		l.a.Op(x86.AMOVQ, src, Mem(base, off))
		l.a.Op(x86.AMOVQ, Imm(0), Mem(base, off+8))
		return
	}
	if h := immediateHeader(t); h == int64(int32(h)) {
		l.a.Op(x86.AMOVQ, Imm(h), Mem(base, off))
	} else {
		l.a.Op(x86.AMOVQ, Imm(h), Reg(tmp1))
		l.a.Op(x86.AMOVQ, Reg(tmp1), Mem(base, off))
	}
	l.storePayload(v, Mem(base, off+8))
}

// defG and defF move a result from scratch to r's register (if it has one:
// an unused result has none).
func (l *lowering) defG(r ir.Ref, from int16) {
	if l.reg[r] != ir.NoReg && l.loc(r) != Reg(from) {
		l.a.Op(x86.AMOVQ, Reg(from), l.loc(r))
	}
}

// dstG returns the register an instruction that defines r may compute
// into: r's own register, or scratch when r has none (then defG stores
// it). Only an instruction whose guards all come before it writes the
// register may use r's own: the register may hold, until then, a value
// that dies at the instruction but that its snapshot still lists.
func (l *lowering) dstG(r ir.Ref, scratch int16) int16 {
	if reg := l.reg[r]; reg >= 0 {
		return l.gprs[reg]
	}
	return scratch
}

// dstF is dstG for a Float value.
func (l *lowering) dstF(r ir.Ref, scratch int16) int16 {
	if reg := l.reg[r]; reg >= 0 {
		return allocFPR[reg]
	}
	return scratch
}

func (l *lowering) defF(r ir.Ref, from int16) {
	if l.reg[r] != ir.NoReg && l.loc(r) != Reg(from) {
		l.movF(Reg(from), l.loc(r))
	}
}

// movF moves a float between vector registers and memory: MOVAPS between
// registers (the whole register, so no dependence on the destination's
// old value), else MOVSD.
func (l *lowering) movF(from, to obj.Addr) {
	if from.Type == obj.TYPE_REG && to.Type == obj.TYPE_REG {
		l.a.Op(x86.AMOVAPS, from, to)
	} else {
		l.a.Op(x86.AMOVSD, from, to)
	}
}

// dstGuarded is dstG for an instruction that may exit through snapshot s
// after writing its result: r's register unless an entry of s lives
// there (a value dying at the instruction), else scratch.
func (l *lowering) dstGuarded(r ir.Ref, s int32, scratch int16) int16 {
	reg := l.reg[r]
	if reg < 0 {
		return scratch
	}
	float := l.t.Insts[r].Type == ir.Float
	for _, e := range l.t.Snaps[s].Entries {
		if l.reg[e.Ref] == reg && (l.t.Insts[e.Ref].Type == ir.Float) == float {
			return scratch
		}
	}
	if float {
		return allocFPR[reg]
	}
	return l.gprs[reg]
}

// divmod lowers Python's floor division and modulo: IDIV truncates, so a
// nonzero remainder with the divisor's opposite sign moves the quotient
// down by one and the remainder up by the divisor.
func (l *lowering) divmod(r ir.Ref, in ir.Inst) {
	a := l.a
	k, kconst := l.konst(in.B)
	if !divides(l.t, in) {
		// A power of two: an arithmetic shift floors, and the low bits
		// are the (non-negative) modulus, for either sign of a.
		d := l.dstG(r, tmp1)
		if x := l.operand(in.A, tmp1); x != Reg(d) {
			a.Op(x86.AMOVQ, x, Reg(d))
		}
		if in.Op == ir.OpMod {
			a.Op(x86.AANDQ, Imm(k-1), Reg(d))
		} else {
			a.Op(x86.ASARQ, Imm(int64(bits.TrailingZeros64(uint64(k)))), Reg(d))
		}
		l.defG(r, d)
		return
	}
	if !kconst || k == 0 {
		a.Op(x86.ACMPQ, Reg(l.inReg(in.B, tmp0)), Imm(0))
		a.Branch(x86.AJEQ, l.stub(in.Snap))
	}
	if !kconst || k == -1 {
		// MinInt64 // -1 overflows (and IDIV would fault): exit.
		ok := a.NewLabel()
		a.Op(x86.ACMPQ, Reg(l.inReg(in.B, tmp0)), Imm(-1))
		a.Branch(x86.AJNE, ok)
		a.Op(x86.AMOVQ, Imm(math.MinInt64), Reg(tmp1))
		a.Op(x86.ACMPQ, Reg(l.inReg(in.A, tmp0)), Reg(tmp1))
		a.Branch(x86.AJEQ, l.stub(in.Snap))
		a.Bind(ok)
	}
	a.Op(x86.AMOVQ, l.operand(in.A, x86.REG_AX), Reg(x86.REG_AX))
	divisor := l.inReg(in.B, tmp0)
	a.Add(a.Prog(x86.ACQO))
	p := a.Prog(x86.AIDIVQ)
	p.From = Reg(divisor)
	a.Add(p)
	done := a.NewLabel()
	a.Op(x86.ATESTQ, Reg(x86.REG_DX), Reg(x86.REG_DX))
	a.Branch(x86.AJEQ, done)
	a.Op(x86.AMOVQ, Reg(x86.REG_DX), Reg(tmp1))
	a.Op(x86.AXORQ, Reg(divisor), Reg(tmp1))
	a.Branch(x86.AJGE, done)
	p = a.Prog(x86.ADECQ)
	p.To = Reg(x86.REG_AX)
	a.Add(p)
	a.Op(x86.AADDQ, Reg(divisor), Reg(x86.REG_DX))
	a.Bind(done)
	if in.Op == ir.OpMod {
		l.defG(r, x86.REG_DX)
	} else {
		l.defG(r, x86.REG_AX)
	}
}

// shift lowers << (exits when the count is negative or bits are lost) and
// >> (exits when the count is negative; counts over 63 act as 63).
func (l *lowering) shift(r ir.Ref, in ir.Inst) {
	a := l.a
	shl := in.Op == ir.OpShl
	count := Reg(x86.REG_CX)
	if k, ok := l.konst(in.B); ok {
		if k < 0 || shl && k > 63 {
			a.Branch(obj.AJMP, l.stub(in.Snap))
			return
		}
		count = Imm(min(k, 63))
	} else {
		a.Op(x86.AMOVQ, l.operand(in.B, tmp0), Reg(x86.REG_CX))
		if shl {
			a.Op(x86.ACMPQ, Reg(x86.REG_CX), Imm(63))
			a.Branch(x86.AJHI, l.stub(in.Snap)) // unsigned: negative counts too
		} else {
			a.Op(x86.ACMPQ, Reg(x86.REG_CX), Imm(0))
			a.Branch(x86.AJLT, l.stub(in.Snap))
			ok := a.NewLabel()
			a.Op(x86.ACMPQ, Reg(x86.REG_CX), Imm(63))
			a.Branch(x86.AJLE, ok)
			a.Op(x86.AMOVQ, Imm(63), Reg(x86.REG_CX))
			a.Bind(ok)
		}
	}
	x := l.inReg(in.A, tmp0)
	a.Op(x86.AMOVQ, Reg(x), Reg(tmp1))
	if !shl {
		a.Op(x86.ASARQ, count, Reg(tmp1))
		l.defG(r, tmp1)
		return
	}
	a.Op(x86.ASHLQ, count, Reg(tmp1))
	a.Op(x86.AMOVQ, Reg(tmp1), Reg(x86.REG_AX))
	a.Op(x86.ASARQ, count, Reg(x86.REG_AX))
	a.Op(x86.ACMPQ, Reg(x86.REG_AX), Reg(x))
	a.Branch(x86.AJNE, l.stub(in.Snap))
	l.defG(r, tmp1)
}

// move is one move of the back edge: to a register or spill slot, from
// a location or a constant.
type move struct {
	dst, src obj.Addr // src.Type == obj.TYPE_CONST for a constant
	float    bool
}

// back emits the PHI moves, the iteration count, the poll, and the jump to
// LOOP.
func (l *lowering) back(phis []ir.Inst, in ir.Inst) {
	var moves []move
	for _, p := range phis {
		if l.reg[p.A] == ir.NoReg {
			continue // the loop-carried value is never read
		}
		m := move{dst: l.loc(p.A), float: p.Type == ir.Float}
		if k, ok := l.konst(p.B); ok {
			m.src = Imm(k)
		} else {
			m.src = l.loc(p.B)
		}
		if m.src != m.dst {
			moves = append(moves, m)
		}
	}
	l.parallelMoves(moves)
	if l.iters != 0 {
		l.a.Op(x86.AADDQ, Imm(1), Reg(l.iters))
	} else {
		l.a.Op(x86.AADDQ, Imm(1), iterCount)
	}
	poll := l.a.NewLabel()
	l.poll(poll, l.header)
	l.a.Bind(poll)
	l.exit(in.Snap, native.ExitInterrupt)
}

// link ends a bridge: the Link values into the root's input slots, the
// iteration count (moved to Context.Scratch[ItersBefore] by a bridge that
// restarts the loop, ir.Trace.Restart), the poll, and the jump to the
// root's entry (of another tree, whose number goes to Context.Tree, when
// pl.LinkTree is set).
func (l *lowering) link(in ir.Inst) {
	var moves []move
	for _, m := range l.t.Link {
		mv := move{dst: slotN(m.Slot), float: l.t.Insts[m.Ref].Type == ir.Float}
		if k, ok := l.konst(m.Ref); ok {
			mv.src = Imm(k)
		} else {
			mv.src = l.loc(m.Ref)
		}
		if mv.src != mv.dst {
			moves = append(moves, mv)
		}
	}
	poll := l.a.NewLabel()
	l.poll(poll, nil)
	l.parallelMoves(moves)
	l.a.Op(x86.AADDQ, Imm(1), iterCount)
	if l.t.Restart {
		l.a.Op(x86.AMOVQ, iterCount, Reg(tmp0))
		l.a.Op(x86.AADDQ, Reg(tmp0), itersBefore)
		l.a.Op(x86.AMOVQ, Imm(0), iterCount)
	}
	if l.pl.LinkTree != 0 {
		l.a.Op(x86.AMOVQ, Imm(int64(l.pl.LinkTree)), Mem(CtxReg, native.OffTree))
	}
	l.a.Op(x86.AMOVQ, Imm(int64(l.pl.RootEntry)), Reg(tmp0))
	p := l.a.Prog(obj.AJMP)
	p.To = Reg(tmp0)
	l.a.Add(p)
	l.a.Bind(poll)
	l.exit(in.Snap, native.ExitInterrupt)
}

// usesAXCX reports whether the lowering of in uses AX or CX (or calls
// Go, which changes every register).
func (l *lowering) usesAXCX(in ir.Inst) bool {
	switch in.Op {
	case ir.OpFloorDiv, ir.OpMod:
		return divides(l.t, in)
	case ir.OpShr:
		_, ok := l.konst(in.B)
		return !ok
	case ir.OpShl, ir.OpCopyInts, ir.OpCopyList, ir.OpCall, ir.OpSetHasInt, ir.OpSetAddInt, ir.OpDictFind, ir.OpRandom:
		return true
	}
	return false
}

// usesDX reports whether the lowering of in uses DX as scratch: list
// copies, set and dict probes (the key's hash) and divisions.
func usesDX(t *ir.Trace, in ir.Inst) bool {
	switch in.Op {
	case ir.OpCopyInts, ir.OpCopyList, ir.OpSetHasInt, ir.OpSetAddInt, ir.OpDictFind:
		return true
	}
	return divides(t, in)
}

// divides reports whether in is a floor division or modulo that divides
// (with AX and DX): all but those by a constant power of two, which shift
// or mask.
func divides(t *ir.Trace, in ir.Inst) bool {
	if in.Op != ir.OpFloorDiv && in.Op != ir.OpMod {
		return false
	}
	k := t.Insts[in.B]
	return k.Op != ir.OpKInt || k.Aux <= 0 || k.Aux > 1<<30 || k.Aux&(k.Aux-1) != 0
}

// poll emits the back-edge checks of emitPoll, through the addresses in
// AX and CX when lowering.pollRegs is set. When one asks to stop, the
// code continues at exit; else it jumps to cont (falls through when cont
// is nil; else exit must follow).
func (l *lowering) poll(exit, cont *goasm.Label) {
	interrupt, g := Reg(tmp1), Reg(tmp1)
	if l.pollRegs {
		interrupt, g = Reg(x86.REG_AX), Reg(x86.REG_CX)
	} else {
		l.a.Op(x86.AMOVQ, Mem(CtxReg, native.OffInterrupt), interrupt)
	}
	l.a.Op(x86.ACMPL, Mem(interrupt.Reg, 0), Imm(0))
	l.a.Branch(x86.AJNE, exit)
	if !l.pollRegs {
		l.a.Op(x86.AMOVQ, Mem(CtxReg, native.OffG), g)
	}
	l.a.Op(x86.ACMPQ, Reg(x86.REG_SP), Mem(g.Reg, native.GStackGuard0))
	if cont == nil {
		l.a.Branch(x86.AJLS, exit)
	} else {
		l.a.Branch(x86.AJHI, cont)
	}
}

// parallelMoves performs moves as if all at once: a move whose
// destination no pending move reads goes first; a cycle is broken through
// a scratch register.
func (l *lowering) parallelMoves(moves []move) {
	emit := func(m move) {
		switch {
		case m.src.Type == obj.TYPE_CONST && m.float && m.dst.Type == obj.TYPE_REG && m.src.Offset == 0:
			l.a.Op(x86.AXORPS, m.dst, m.dst)
		case m.src.Type == obj.TYPE_CONST && (m.float && m.dst.Type == obj.TYPE_REG ||
			m.dst.Type == obj.TYPE_MEM && m.src.Offset != int64(int32(m.src.Offset))):
			l.a.Op(x86.AMOVQ, m.src, Reg(tmp0))
			l.a.Op(x86.AMOVQ, Reg(tmp0), m.dst)
		case m.src.Type == obj.TYPE_CONST:
			l.a.Op(x86.AMOVQ, m.src, m.dst)
		case m.src.Type == obj.TYPE_MEM && m.dst.Type == obj.TYPE_MEM:
			l.a.Op(x86.AMOVQ, m.src, Reg(tmp0))
			l.a.Op(x86.AMOVQ, Reg(tmp0), m.dst)
		case m.float:
			l.movF(m.src, m.dst)
		default:
			l.a.Op(x86.AMOVQ, m.src, m.dst)
		}
	}
	for len(moves) > 0 {
		progress := false
		for i := 0; i < len(moves); i++ {
			m := moves[i]
			blocked := false
			for j, o := range moves {
				if j != i && o.src == m.dst {
					blocked = true
					break
				}
			}
			if !blocked {
				emit(m)
				moves = append(moves[:i], moves[i+1:]...)
				i--
				progress = true
			}
		}
		if !progress {
			// Every pending move is on a cycle: save one source in scratch.
			m := &moves[0]
			s := Reg(tmp1)
			if m.float {
				s = Reg(xtmp0)
			}
			emit(move{dst: s, src: m.src, float: m.float})
			m.src = s
		}
	}
}

// storeSlot stores value r into spill slot j: a Ptr into the pointer
// word, which the collector scans (DESIGN §4.4), any other value into
// the payload word (ir.Trace.ExitStores).
func (l *lowering) storeSlot(r ir.Ref, j int) {
	ptr := l.t.Insts[r].Type == ir.Ptr
	if k, ok := l.konst(r); ok {
		v := Imm(k)
		if k != int64(int32(k)) {
			l.a.Op(x86.AMOVQ, v, Reg(tmp0))
			v = Reg(tmp0)
		}
		if ptr {
			l.a.Op(x86.AMOVQ, v, slotP(j))
		} else {
			l.a.Op(x86.AMOVQ, v, slotN(j))
		}
	} else if ptr {
		l.a.Op(x86.AMOVQ, Reg(l.inReg(r, tmp0)), slotP(j))
	} else if l.reg[r] == ir.Spilled {
		l.a.Op(x86.AMOVQ, l.loc(r), Reg(tmp0))
		l.a.Op(x86.AMOVQ, Reg(tmp0), slotN(j))
	} else if l.t.Insts[r].Type == ir.Float {
		l.a.Op(x86.AMOVSD, l.loc(r), slotN(j))
	} else {
		l.a.Op(x86.AMOVQ, l.loc(r), slotN(j))
	}
}

// exit emits a stub body: the snapshot's values into the spill slots
// (those the IR does not know, ir.Trace.ExitStores), the exit word,
// return. After a failed helper call no register holds a value any more:
// the values come from their homes, where the call saved them.
func (l *lowering) exit(s int32, code native.ExitCode) {
	for j, e := range l.t.Snaps[s].Entries {
		if !l.t.ExitStores(e) {
			continue
		}
		if code != native.ExitCallFailed || l.reg[e.Ref] < 0 {
			l.storeSlot(e.Ref, j)
			continue
		}
		if l.home[e.Ref] == 0 {
			panic(fmt.Sprintf("BUG: amd64: value %04d needed after a call has no home", e.Ref))
		}
		l.a.Op(x86.AMOVQ, slotN(l.home[e.Ref]), Reg(tmp0))
		if l.t.Insts[e.Ref].Type == ir.Ptr {
			l.a.Op(x86.AMOVQ, Reg(tmp0), slotP(j))
		} else {
			l.a.Op(x86.AMOVQ, Reg(tmp0), slotN(j))
		}
	}
	if code != native.ExitCallFailed {
		// (The failure address is entered from Go, which stored the
		// count before the call.)
		l.storeIters()
	}
	id := uint32(l.pl.Index)<<16 | uint32(s)
	if code != native.ExitGuard {
		emitExit(l.a, code, id)
		return
	}
	// A guard exit leaves through the trace's guard tail, with its
	// snapshot in tmp0 (a guard stub is most of a trace's code: what all
	// share is there once).
	if int(s) >= len(l.pl.ExitTable) {
		panic(fmt.Sprintf("BUG: amd64: snapshot %d has no exit table word", s))
	}
	if l.guardTail == nil {
		l.guardTail = l.a.NewLabel()
	}
	l.a.Op(x86.AMOVL, Imm(int64(s)), Reg(tmp0))
	l.a.Branch(obj.AJMP, l.guardTail)
}
