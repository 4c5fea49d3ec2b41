// dicts.go: native lookups in a dict's hash table (DICTFIND), following
// the probe sequence of object.Dict (CPython's), for int keys, exact str
// keys with a cached hash and exact tuples of small ints.

package amd64

import (
	"unsafe"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/jit/native/goasm"
	"github.com/adderpy/adder/object"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Registers and context words of a dict probe: AX the indices, DX the
// key's hash, R10 the index looked at, R11 the entry; CX is scratch.
// The work words hold the perturbation, the key (an int's payload, or
// a str's or tuple's address), the entries and the mask. A tuple
// comparison keeps AX and R10 in X14 and X15 meanwhile.
const (
	findIndices = x86.REG_AX
	findHash    = x86.REG_DX
	findIndex   = tmp0
	findEntry   = tmp1
	findScratch = x86.REG_CX
)

var (
	findPerturb = Mem(CtxReg, native.OffWork)
	findKey     = Mem(CtxReg, native.OffWork+8)
	findEntries = Mem(CtxReg, native.OffWork+16)
	findMask    = Mem(CtxReg, native.OffWork+24)
)

// tupleItemsOff is the offset of a tuple's items slice header.
const tupleItemsOff = int64(unsafe.Offsetof(object.Tuple{}.Items))

// xxHash constants of the tuple hash (internal/pyhash's TupleHasher).
const (
	xxPrime1   = -7046029288634856825 // 11400714785074694791 as an int64
	xxPrime2   = -4417276706812531889 // 14029467366897019727
	xxPrime5   = 2870177450012600261
	xxLenMix   = xxPrime5 ^ 3527539
	tupleMinus = 1546275796 // a tuple's hash in place of -1
)

// dictFind lowers DICTFIND r: it hashes the key (exiting for a str whose
// hash is not cached, an int beyond the small hashes, a tuple of another
// length or with an item that is not such an int), then probes the
// table. An entry holding the key itself is found; one of equal hash
// holding another int (for an int key), or another exact tuple of small
// ints (for a tuple key) that differs, is passed; any other entry of
// equal hash exits through the snapshot, where the interpreter compares
// the keys. The result is the address of the entry's value, or 0 when
// the probe reaches an empty index. Nothing is written but the work
// words.
func (l *lowering) dictFind(r ir.Ref, in ir.Inst) {
	a := l.a
	stub := l.stub(in.Snap)
	lay := object.DictLayout
	if lay.EntrySize != 40 {
		panic("BUG: amd64: dictFind assumes entries of 40 bytes")
	}
	kind, n := in.DictKey()
	switch kind {
	case ir.DictKeyInt:
		a.Op(x86.AMOVQ, l.operand(in.B, findHash), Reg(findHash))
		a.Op(x86.AMOVQ, Reg(findHash), findKey)
		l.smallHash(findHash, findIndex, findEntry, stub)
	case ir.DictKeyStr:
		s := l.inReg(in.B, findEntry)
		a.Op(x86.AMOVQ, Reg(s), findKey)
		a.Op(x86.ATESTB, Imm(int64(object.StrLayout.Hashed)), Mem(s, object.StrLayout.Flags))
		a.Branch(x86.AJEQ, stub)
		a.Op(x86.AMOVQ, Mem(s, object.StrLayout.Hash), Reg(findHash))
	case ir.DictKeyTuple:
		l.tupleHash(in.B, n, stub)
	}

	absent, found, next, vacant, done := a.NewLabel(), a.NewLabel(), a.NewLabel(), a.NewLabel(), a.NewLabel()
	d := l.inReg(in.A, findEntry)
	a.Op(x86.AMOVQ, Mem(d, lay.IndicesLen), Reg(findScratch))
	a.Op(x86.ATESTQ, Reg(findScratch), Reg(findScratch))
	a.Branch(x86.AJEQ, absent)
	a.Op(x86.ASUBQ, Imm(1), Reg(findScratch))
	a.Op(x86.AMOVQ, Reg(findScratch), findMask)
	a.Op(x86.AMOVQ, Mem(d, lay.Entries), Reg(findIndex))
	a.Op(x86.AMOVQ, Reg(findIndex), findEntries)
	a.Op(x86.AMOVQ, Mem(d, lay.Indices), Reg(findIndices))
	a.Op(x86.AMOVQ, Reg(findHash), findPerturb)
	a.Op(x86.AMOVQ, Reg(findHash), Reg(findIndex))
	a.Op(x86.AANDQ, Reg(findScratch), Reg(findIndex))

	round := a.NewLabel()
	a.Bind(round)
	a.Op(x86.AMOVLQSX, MemIndex(findIndices, findIndex, 4, 0), Reg(findEntry))
	a.Op(x86.ATESTQ, Reg(findEntry), Reg(findEntry))
	a.Branch(x86.AJLT, vacant)
	a.Op(x86.ALEAQ, MemIndex(findEntry, findEntry, 4, 0), Reg(findEntry))
	a.Op(x86.ASHLQ, Imm(3), Reg(findEntry))
	a.Op(x86.AADDQ, findEntries, Reg(findEntry))
	a.Op(x86.AMOVQ, findKey, Reg(findScratch))
	hashes := a.NewLabel()
	if kind == ir.DictKeyInt {
		a.Op(x86.ACMPQ, Mem(findEntry, lay.KeyOff+8), Reg(findScratch))
		a.Branch(x86.AJNE, hashes)
		a.Op(x86.AMOVQ, Imm(immediateHeader(ir.Int)), Reg(findScratch))
	}
	// A heap object's payload word is 0: its p word alone tells it.
	a.Op(x86.ACMPQ, Mem(findEntry, lay.KeyOff), Reg(findScratch))
	a.Branch(x86.AJEQ, found)
	a.Bind(hashes)
	a.Op(x86.ACMPQ, Mem(findEntry, 0), Reg(findHash))
	a.Branch(x86.AJNE, next)
	switch kind {
	case ir.DictKeyInt:
		// Another int of the key's hash (-2 for -1) differs.
		a.Op(x86.AMOVQ, Imm(immediateHeader(ir.Int)), Reg(findScratch))
		a.Op(x86.ACMPQ, Mem(findEntry, lay.KeyOff), Reg(findScratch))
		a.Branch(x86.AJEQ, next)
		a.Branch(obj.AJMP, stub)
	case ir.DictKeyStr:
		a.Branch(obj.AJMP, stub)
	case ir.DictKeyTuple:
		l.tupleCompare(n, found, next, stub)
	}

	a.Bind(vacant)
	a.Op(x86.ACMPQ, Reg(findEntry), Imm(int64(lay.Empty)))
	a.Branch(x86.AJEQ, absent)
	a.Bind(next)
	a.Op(x86.ASHRQ, Imm(int64(lay.PerturbShift)), findPerturb)
	a.Op(x86.ALEAQ, MemIndex(findIndex, findIndex, 4, 1), Reg(findIndex))
	a.Op(x86.AADDQ, findPerturb, Reg(findIndex))
	a.Op(x86.AANDQ, findMask, Reg(findIndex))
	a.Branch(obj.AJMP, round)

	a.Bind(found)
	a.Op(x86.AADDQ, Imm(lay.ValueOff), Reg(findEntry))
	a.Branch(obj.AJMP, done)
	a.Bind(absent)
	a.Op(x86.AXORL, Reg(findEntry), Reg(findEntry))
	a.Bind(done)
	l.defG(r, findEntry)
}

// tupleHash computes into DX the hash of tuple key k of n items, as
// object's tupleHash does, exiting to stub unless k has n items, each
// an int of a small hash. It uses AX, CX, R10 and R11 and leaves k's
// address in findKey.
func (l *lowering) tupleHash(k ir.Ref, n int, stub *goasm.Label) {
	a := l.a
	t := l.inReg(k, findIndices)
	a.Op(x86.AMOVQ, Reg(t), findKey)
	a.Op(x86.ACMPQ, Mem(t, tupleItemsOff+8), Imm(int64(n)))
	a.Branch(x86.AJNE, stub)
	a.Op(x86.AMOVQ, Mem(t, tupleItemsOff), Reg(findIndices))
	a.Op(x86.AMOVQ, Imm(xxPrime5), Reg(findHash))
	for j := range int64(n) {
		a.Op(x86.AMOVQ, Imm(immediateHeader(ir.Int)), Reg(findScratch))
		a.Op(x86.ACMPQ, Mem(findIndices, 16*j), Reg(findScratch))
		a.Branch(x86.AJNE, stub)
		a.Op(x86.AMOVQ, Mem(findIndices, 16*j+8), Reg(findIndex))
		l.smallHash(findIndex, findEntry, findScratch, stub)
		a.Op(x86.AMOVQ, Imm(xxPrime2), Reg(findScratch))
		a.Op(x86.AIMULQ, Reg(findScratch), Reg(findIndex))
		a.Op(x86.AADDQ, Reg(findIndex), Reg(findHash))
		a.Op(x86.AROLQ, Imm(31), Reg(findHash))
		a.Op(x86.AMOVQ, Imm(xxPrime1), Reg(findScratch))
		a.Op(x86.AIMULQ, Reg(findScratch), Reg(findHash))
	}
	a.Op(x86.AMOVQ, Imm(int64(n)^xxLenMix), Reg(findScratch))
	a.Op(x86.AADDQ, Reg(findScratch), Reg(findHash))
	hashed := a.NewLabel()
	a.Op(x86.ACMPQ, Reg(findHash), Imm(-1))
	a.Branch(x86.AJNE, hashed)
	a.Op(x86.AMOVQ, Imm(tupleMinus), Reg(findHash))
	a.Bind(hashed)
}

// tupleCompare compares the tuple key (of n small ints, in findKey)
// with the key of the entry at R11, whose hash is the key's: it jumps to
// found when they are equal, to next when they differ (the entry's key
// is an exact tuple of another length, or its first item unlike the
// key's is an int of another value) and to stub when an item is not an
// int or the entry's key not an exact tuple.
func (l *lowering) tupleCompare(n int, found, next, stub *goasm.Label) {
	a := l.a
	differ := a.NewLabel()
	a.Op(x86.AMOVQ, Reg(findIndices), Reg(xtmp0))
	a.Op(x86.AMOVQ, Reg(findIndex), Reg(xtmp1))
	a.Op(x86.AMOVQ, Mem(findEntry, object.DictLayout.KeyOff), Reg(findScratch))
	a.Op(x86.AMOVQ, Imm(int64(uintptr(unsafe.Pointer(object.TupleType)))), Reg(findIndices))
	a.Op(x86.ACMPQ, Mem(findScratch, 0), Reg(findIndices))
	a.Branch(x86.AJNE, stub)
	a.Op(x86.ACMPQ, Mem(findScratch, tupleItemsOff+8), Imm(int64(n)))
	a.Branch(x86.AJNE, differ)
	a.Op(x86.AMOVQ, Mem(findScratch, tupleItemsOff), Reg(findScratch))
	a.Op(x86.AMOVQ, findKey, Reg(findIndex))
	a.Op(x86.AMOVQ, Mem(findIndex, tupleItemsOff), Reg(findIndex))
	for j := range int64(n) {
		a.Op(x86.AMOVQ, Mem(findIndex, 16*j), Reg(findIndices))
		a.Op(x86.ACMPQ, Mem(findScratch, 16*j), Reg(findIndices))
		a.Branch(x86.AJNE, stub)
		a.Op(x86.AMOVQ, Mem(findIndex, 16*j+8), Reg(findIndices))
		a.Op(x86.ACMPQ, Mem(findScratch, 16*j+8), Reg(findIndices))
		a.Branch(x86.AJNE, differ)
	}
	a.Branch(obj.AJMP, found)
	a.Bind(differ)
	a.Op(x86.AMOVQ, Reg(xtmp0), Reg(findIndices))
	a.Op(x86.AMOVQ, Reg(xtmp1), Reg(findIndex))
	a.Branch(obj.AJMP, next)
}

// smallHash turns int k in register h into its hash, exiting to stub
// for an int beyond the small hashes (maxSmallHash): k itself, but -2
// for -1. It uses s0 and s1.
func (l *lowering) smallHash(h, s0, s1 int16, stub *goasm.Label) {
	a := l.a
	a.Op(x86.AMOVQ, Imm(maxSmallHash), Reg(s0))
	a.Op(x86.AMOVQ, Reg(h), Reg(s1))
	a.Op(x86.AADDQ, Reg(s0), Reg(s1))
	a.Op(x86.AADDQ, Reg(s0), Reg(s0))
	a.Op(x86.ACMPQ, Reg(s1), Reg(s0))
	a.Branch(x86.AJHI, stub) // unsigned: k+max outside [0, 2*max]
	hashed := a.NewLabel()
	a.Op(x86.ACMPQ, Reg(h), Imm(-1))
	a.Branch(x86.AJNE, hashed)
	a.Op(x86.AMOVQ, Imm(-2), Reg(h))
	a.Bind(hashed)
}
