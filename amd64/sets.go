// sets.go: native probes of a set's hash table for int keys (SETHASINT,
// SETADDINT), following the probe sequence of object.Set (CPython's).

package amd64

import (
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/jit/native/goasm"
	"github.com/adderpy/adder/object"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Registers and context words of a set probe: AX the table, CX its
// mask, DX the key's hash, R10 the probe's start index, R11 the entry
// looked at; the work words hold the perturbation, the end of the
// round's linear run (an entry's address: the loop compares with it,
// where counting down in memory made each probe wait for the last
// one's store), (SETADDINT) the first deleted entry seen, 0 while none,
// and the key.
const (
	probeTable = x86.REG_AX
	probeMask  = x86.REG_CX
	probeHash  = x86.REG_DX
	probeStart = tmp0
	probeEntry = tmp1
)

var (
	probePerturb = Mem(CtxReg, native.OffWork)
	probeEnd     = Mem(CtxReg, native.OffWork+8)
	probeFree    = Mem(CtxReg, native.OffWork+16)
	probeKey     = Mem(CtxReg, native.OffWork+24)
)

// maxSmallHash bounds the ints whose hash is themselves, but for -1,
// whose hash is -2: |k| < 2**61-1, the modulus of int hashing.
const maxSmallHash = 1<<61 - 2

// setProbe lowers SETHASINT (r its result) and SETADDINT. Each exits
// through the instruction's snapshot, before writing anything, when it
// cannot decide alone: a key beyond the small hashes, an entry of the
// key's hash that is not the int itself (a float or a bool equal to it,
// whose comparison the interpreter makes), or for SETADDINT a table not
// yet allocated or one that the new entry makes grow.
//
// The key is written as an immediate over a null or deleted entry,
// neither of which points into the heap: no write barrier is involved
// (DESIGN §4.3).
func (l *lowering) setProbe(r ir.Ref, in ir.Inst) {
	a := l.a
	add := in.Op == ir.OpSetAddInt
	stub := l.stub(in.Snap)
	lay := object.SetLayout

	a.Op(x86.AMOVQ, l.operand(in.B, probeHash), Reg(probeHash))
	a.Op(x86.AMOVQ, Reg(probeHash), probeKey)
	l.smallHash(probeHash, probeStart, probeEntry, stub)

	absent, match, found := a.NewLabel(), a.NewLabel(), a.NewLabel()
	set := l.inReg(in.A, probeEntry)
	a.Op(x86.AMOVQ, Mem(set, lay.TableLen), Reg(probeMask))
	a.Op(x86.ATESTQ, Reg(probeMask), Reg(probeMask))
	if add {
		a.Branch(x86.AJEQ, stub) // the first add allocates the table
	} else {
		a.Branch(x86.AJEQ, absent)
	}
	a.Op(x86.AMOVQ, Mem(set, lay.Table), Reg(probeTable))
	a.Op(x86.ASUBQ, Imm(1), Reg(probeMask))
	a.Op(x86.AMOVQ, Reg(probeHash), probePerturb)
	if add {
		a.Op(x86.AMOVQ, Imm(0), probeFree)
	}
	a.Op(x86.AMOVQ, Reg(probeHash), Reg(probeStart))
	a.Op(x86.AANDQ, Reg(probeMask), Reg(probeStart))

	// Each round looks at the entry at the start index and, when they
	// fit below the mask, the linear probes after it.
	round, short, run, entry, next, notEmpty := a.NewLabel(), a.NewLabel(), a.NewLabel(), a.NewLabel(), a.NewLabel(), a.NewLabel()
	a.Bind(round)
	a.Op(x86.ALEAQ, Mem(probeStart, object.SetLinearProbes), Reg(probeEntry))
	a.Op(x86.ACMPQ, Reg(probeEntry), Reg(probeMask))
	a.Branch(x86.AJHI, short)
	a.Op(x86.AADDQ, Imm(1), Reg(probeEntry))
	a.Branch(obj.AJMP, run)
	a.Bind(short)
	a.Op(x86.ALEAQ, Mem(probeStart, 1), Reg(probeEntry))
	a.Bind(run)
	a.Op(x86.ALEAQ, MemIndex(probeEntry, probeEntry, 2, 0), Reg(probeEntry))
	a.Op(x86.ALEAQ, MemIndex(probeTable, probeEntry, 8, 0), Reg(probeEntry))
	a.Op(x86.AMOVQ, Reg(probeEntry), probeEnd)
	a.Op(x86.ALEAQ, MemIndex(probeStart, probeStart, 2, 0), Reg(probeEntry))
	a.Op(x86.ALEAQ, MemIndex(probeTable, probeEntry, 8, 0), Reg(probeEntry))
	a.Bind(entry)
	a.Op(x86.ACMPQ, Mem(probeEntry, 0), Reg(probeHash))
	a.Branch(x86.AJEQ, match)
	a.Op(x86.ACMPQ, Mem(probeEntry, 0), Imm(0))
	a.Branch(x86.AJNE, notEmpty)
	a.Op(x86.ACMPQ, Mem(probeEntry, 8), Imm(0))
	a.Branch(x86.AJEQ, absent)
	a.Branch(obj.AJMP, next) // an entry of hash 0 (the key 0): not ours
	a.Bind(notEmpty)
	if add {
		// Remember the first deleted entry (hash -1) for reuse.
		a.Op(x86.ACMPQ, Mem(probeEntry, 0), Imm(-1))
		a.Branch(x86.AJNE, next)
		a.Op(x86.ACMPQ, probeFree, Imm(0))
		a.Branch(x86.AJNE, next)
		a.Op(x86.AMOVQ, Reg(probeEntry), probeFree)
	}
	a.Bind(next)
	a.Op(x86.AADDQ, Imm(lay.EntrySize), Reg(probeEntry))
	a.Op(x86.ACMPQ, Reg(probeEntry), probeEnd)
	a.Branch(x86.AJNE, entry)
	a.Op(x86.ASHRQ, Imm(object.SetPerturbShift), probePerturb)
	a.Op(x86.ALEAQ, MemIndex(probeStart, probeStart, 4, 1), Reg(probeStart))
	a.Op(x86.AADDQ, probePerturb, Reg(probeStart))
	a.Op(x86.AANDQ, Reg(probeMask), Reg(probeStart))
	a.Branch(obj.AJMP, round)

	// The entry has the key's hash: it is empty (the key 0 ends its probe
	// there), or it must hold the int itself (not -1 for -2).
	a.Bind(match)
	a.Op(x86.ACMPQ, Mem(probeEntry, 8), Imm(0))
	a.Branch(x86.AJEQ, absent)
	a.Op(x86.AMOVQ, Mem(probeEntry, 16), Reg(probeTable))
	a.Op(x86.ACMPQ, Reg(probeTable), probeKey)
	a.Branch(x86.AJNE, stub)
	a.Op(x86.AMOVQ, Imm(immediateHeader(ir.Int)), Reg(probeTable))
	a.Op(x86.ACMPQ, Mem(probeEntry, 8), Reg(probeTable))
	a.Branch(x86.AJNE, stub)
	a.Branch(obj.AJMP, found)

	a.Bind(absent)
	if add {
		l.setInsert(in, stub)
		a.Bind(found)
	} else {
		done := a.NewLabel()
		a.Op(x86.AXORL, Reg(probeTable), Reg(probeTable))
		a.Branch(obj.AJMP, done)
		a.Bind(found)
		a.Op(x86.AMOVL, Imm(1), Reg(probeTable))
		a.Bind(done)
		l.defG(r, probeTable)
	}
}

// setInsert is SETADDINT's insertion of an absent key: into the first
// deleted entry of the probe if there was one, or else into the empty
// entry the probe ended at, unless the table must then grow.
func (l *lowering) setInsert(in ir.Inst, stub *goasm.Label) {
	a := l.a
	lay := object.SetLayout
	fresh, write := a.NewLabel(), a.NewLabel()
	set := l.inReg(in.A, probeStart)
	a.Op(x86.AMOVQ, probeFree, Reg(probeTable))
	a.Op(x86.ATESTQ, Reg(probeTable), Reg(probeTable))
	a.Branch(x86.AJEQ, fresh)
	a.Op(x86.AMOVQ, Reg(probeTable), Reg(probeEntry))
	a.Branch(obj.AJMP, write)
	a.Bind(fresh)
	// Grow when (fill+1)*5 >= mask*3, as Set.addEntry does after adding.
	a.Op(x86.AMOVQ, Mem(set, lay.Fill), Reg(probeTable))
	a.Op(x86.ALEAQ, MemIndex(probeTable, probeTable, 4, 5), Reg(probeTable))
	a.Op(x86.ALEAQ, MemIndex(probeMask, probeMask, 2, 0), Reg(probeMask))
	a.Op(x86.ACMPQ, Reg(probeTable), Reg(probeMask))
	a.Branch(x86.AJCC, stub)
	a.Op(x86.AADDQ, Imm(1), Mem(set, lay.Fill))
	a.Bind(write)
	a.Op(x86.AADDQ, Imm(1), Mem(set, lay.Used))
	a.Op(x86.AMOVQ, Reg(probeHash), Mem(probeEntry, 0))
	a.Op(x86.AMOVQ, probeKey, Reg(probeTable))
	a.Op(x86.AMOVQ, Reg(probeTable), Mem(probeEntry, 16))
	a.Op(x86.AMOVQ, Imm(immediateHeader(ir.Int)), Reg(probeTable))
	a.Op(x86.AMOVQ, Reg(probeTable), Mem(probeEntry, 8))
}
