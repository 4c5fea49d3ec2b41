// builder.go: emitting instructions while recording, with folding and CSE
// (fold.go) applied to each, and the final layout of the trace.

package ir

import (
	"fmt"
	"math"
	"unsafe"
)

// headBit marks a Builder ref into the entry section (constants, SLOADs);
// refs without it index the body. Finish renumbers both.
const headBit Ref = 1 << 29

// Builder collects a trace's instructions as they are recorded.
type Builder struct {
	head, body []Inst
	inputs     []Input
	seen       map[int64]int64 // Trace.Seen
	snaps      []Snapshot
	snapValues int // the entries of snaps
	calls      []Call
	poolCalls  int // the calls of calls made by PoolCall
	syncCalls  int // the Sync ones
	cse        map[cseKey]Ref
	loads      map[cseKey]Ref // CSE of the loads stores and calls make stale (memoryLoad)
	sloads     map[Input]Ref
	// PC is stamped on the body instructions emitted next.
	PC int32
	// Snap returns the snapshot for guards emitted at the current bytecode
	// instruction (the recorder takes one per instruction, lazily).
	Snap func() int32
}

type cseKey struct {
	op   Op
	typ  Type
	a, b Ref
	aux  int64
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{cse: map[cseKey]Ref{}, loads: map[cseKey]Ref{}, sloads: map[Input]Ref{}}
}

// inst returns the instruction r refers to.
func (b *Builder) inst(r Ref) *Inst {
	if r&headBit != 0 {
		return &b.head[r&^headBit]
	}
	return &b.body[r]
}

// Type returns the type of r.
func (b *Builder) Type(r Ref) Type { return b.inst(r).Type }

// Const returns the payload of r if it is a constant.
func (b *Builder) Const(r Ref) (int64, bool) {
	in := b.inst(r)
	if in.Op == OpKInt || in.Op == OpKFloat || in.Op == OpKPtr {
		return in.Aux, true
	}
	return 0, false
}

// AddSnapshot records a snapshot and returns its index.
func (b *Builder) AddSnapshot(s Snapshot) int32 {
	b.snapValues += len(s.Entries)
	b.snaps = append(b.snaps, s)
	return int32(len(b.snaps) - 1)
}

// Snapshots returns the snapshots recorded so far (for patching at close).
func (b *Builder) Snapshots() []Snapshot { return b.snaps }

// SnapshotValues returns the number of entries of the snapshots so far.
func (b *Builder) SnapshotValues() int { return b.snapValues }

func (b *Builder) headConst(op Op, t Type, v int64) Ref {
	k := cseKey{op: op, typ: t, aux: v}
	if r, ok := b.cse[k]; ok {
		return r
	}
	b.head = append(b.head, Inst{Op: op, Type: t, A: None, B: None, Aux: v, Snap: -1, PC: -1})
	r := Ref(len(b.head)-1) | headBit
	b.cse[k] = r
	return r
}

// KInt returns the int constant v.
func (b *Builder) KInt(v int64) Ref { return b.headConst(OpKInt, Int, v) }

// KBool returns the bool constant v.
func (b *Builder) KBool(v bool) Ref {
	if v {
		return b.headConst(OpKInt, Bool, 1)
	}
	return b.headConst(OpKInt, Bool, 0)
}

// KFloat returns the float constant f.
func (b *Builder) KFloat(f float64) Ref {
	return b.headConst(OpKFloat, Float, int64(math.Float64bits(f)))
}

// KPtr returns the constant pointer p (0 for null).
func (b *Builder) KPtr(p uintptr) Ref { return b.headConst(OpKPtr, Ptr, int64(p)) }

// GuardWord emits a guard that the word at address addr equals v.
func (b *Builder) GuardWord(addr uintptr, v uint64) {
	k := b.KInt(int64(v))
	b.body = append(b.body, Inst{Op: OpGuardWord, A: k, B: None, Aux: int64(addr), Snap: b.Snap(), PC: b.PC})
}

// GuardWord32 emits a guard that the 32-bit word at address addr equals v.
func (b *Builder) GuardWord32(addr uintptr, v uint32) {
	k := b.KInt(int64(v))
	b.body = append(b.body, Inst{Op: OpGuardWord32, A: k, B: None, Aux: int64(addr), Snap: b.Snap(), PC: b.PC})
}

// SLoad returns the entry value of in, of type t.
func (b *Builder) SLoad(in Input, t Type) Ref {
	if r, ok := b.sloads[in]; ok {
		if b.Type(r) != t {
			panic(fmt.Sprintf("BUG: ir: input %v loaded as %v and %v", in, b.Type(r), t))
		}
		return r
	}
	b.inputs = append(b.inputs, in)
	b.head = append(b.head, Inst{Op: OpSLoad, Type: t, A: None, B: None, Aux: int64(len(b.inputs) - 1), Snap: -1, PC: -1})
	r := Ref(len(b.head)-1) | headBit
	b.sloads[in] = r
	return r
}

// Saw notes the value v that the recording saw for the int input that
// sload reads (Trace.Seen).
func (b *Builder) Saw(sload Ref, v int64) {
	if b.seen == nil {
		b.seen = map[int64]int64{}
	}
	b.seen[int64(b.InputOf(sload))] = v
}

// Inputs returns the inputs loaded so far.
func (b *Builder) Inputs() []Input { return b.inputs }

// InputOf returns the input index an SLOAD reads.
func (b *Builder) InputOf(sload Ref) int {
	in := b.inst(sload)
	if in.Op != OpSLoad {
		panic("BUG: ir: InputOf a " + in.Op.String())
	}
	return int(in.Aux)
}

// HasSLoad returns the SLOAD of in, if any.
func (b *Builder) HasSLoad(in Input) (Ref, bool) {
	r, ok := b.sloads[in]
	return r, ok
}

// EmitAux emits op(a, c) with constant Aux (ELEMADDR, LISTLEN): no
// folding, CSE for pure ops.
func (b *Builder) EmitAux(op Op, a, c Ref, aux int64) Ref {
	return b.emitAux(op, opInfo[op].typ, a, c, aux)
}

// LoadField emits a load of the word at a+off as a value of type t (Int
// or Ptr).
func (b *Builder) LoadField(a Ref, off int64, t Type) Ref {
	return b.emitAux(OpLoadField, t, a, None, off)
}

// Emit folds op(a, c) or emits it, and returns its value (None for a
// guard that folded away or has no value).
func (b *Builder) Emit(op Op, a, c Ref) Ref {
	if op.NArgs() < 2 {
		c = None
	}
	if op.NArgs() < 1 {
		a = None
	}
	return b.fold(op, a, c)
}

// emitRaw appends op(a, c) to the body, with CSE for pure ops.
func (b *Builder) emitRaw(op Op, a, c Ref) Ref {
	t := opInfo[op].typ
	if opInfo[op].same {
		t = b.Type(a)
	}
	return b.emitAux(op, t, a, c, 0)
}

// emitAux appends op(a, c) of type t with constant aux to the body, with
// CSE for pure ops.
func (b *Builder) emitAux(op Op, t Type, a, c Ref, aux int64) Ref {
	info := opInfo[op]
	key := cseKey{op: op, typ: t, a: a, b: c, aux: aux}
	cse := b.cse
	if memoryLoad(op) {
		cse = b.loads
	}
	if info.flags&fPure != 0 {
		if r, ok := cse[key]; ok {
			return r
		}
	}
	in := Inst{Op: op, Type: t, A: a, B: c, Aux: aux, Snap: -1, PC: b.PC}
	if info.flags&fGuard != 0 {
		in.Snap = b.Snap()
	}
	b.body = append(b.body, in)
	r := Ref(len(b.body) - 1)
	if info.flags&fPure != 0 {
		cse[key] = r
	}
	if op == OpSetAddInt {
		b.forgetLoads() // the set's fields and table
	}
	if op == OpStoreField || op == OpStorePtr {
		// Loads of that field, of any object, must read memory again, and
		// so must the lengths of the slices whose length it is.
		for k := range b.loads {
			if k.op == OpLoadField && k.aux == aux || k.op == OpListLen && k.aux+sliceLenOff == aux {
				delete(b.loads, k)
			}
		}
	}
	if t == Void {
		return None
	}
	return r
}

// FLoad emits a load of frame slot k as a value of type t (a guard: the
// slot must hold an immediate of that type).
func (b *Builder) FLoad(k int32, t Type) Ref {
	b.body = append(b.body, Inst{Op: OpFLoad, Type: t, A: None, B: None, Aux: int64(k), Snap: b.Snap(), PC: b.PC})
	return Ref(len(b.body) - 1)
}

// LoadElem emits a load of the item at addr (an ELEMADDR, FIELDADDR or
// such an address plus a constant) as a value of type t.
func (b *Builder) LoadElem(addr Ref, t Type) Ref {
	base, off := b.itemAddress(addr)
	b.body = append(b.body, Inst{Op: OpLoadElem, Type: t, A: base, B: None, Aux: off, Snap: b.Snap(), PC: b.PC})
	return Ref(len(b.body) - 1)
}

// GetElem returns the payload of the item at addr, an address as
// LoadElem's, as a value of immediate type t, without checking the
// item's kind: a guard emitted by SpecGuard ensures it holds an
// immediate of type t (OpGetElem). Its B holds the snapshot a LOADELEM
// would have, for Unspeculate.
func (b *Builder) GetElem(addr Ref, t Type) Ref {
	base, off := b.itemAddress(addr)
	b.body = append(b.body, Inst{Op: OpGetElem, Type: t, A: base, B: Ref(b.Snap()), Aux: off, Snap: -1, PC: b.PC})
	return Ref(len(b.body) - 1)
}

// specGuard is the Aux of a GUARDT emitted by SpecGuard.
const specGuard = 1

// SpecGuard emits a guard that cond holds which only GETELEMs rely on
// (Unspeculate removes it with them).
func (b *Builder) SpecGuard(cond Ref) {
	b.body = append(b.body, Inst{Op: OpGuardT, A: cond, B: None, Aux: specGuard, Snap: b.Snap(), PC: b.PC})
}

// StoreElem emits a store of v into the payload of the item at addr, an
// address as LoadElem's. The store guards that the item holds an
// immediate of v's type, unless a recent load or store of the same item
// and type checked that already (SETELEM).
func (b *Builder) StoreElem(addr, v Ref) {
	base, off := b.itemAddress(addr)
	op := OpStoreElem
	if b.itemChecked(base, off, b.Type(v)) {
		op = OpSetElem
	}
	in := Inst{Op: op, A: base, B: v, Aux: off, Snap: -1, PC: b.PC}
	if op == OpStoreElem {
		in.Snap = b.Snap()
	}
	b.body = append(b.body, in)
}

// itemAddress splits addr into a base and a constant offset that fits an
// amd64 or arm64 displacement (with the payload word's 8 more), when addr
// is such a sum: an item at a fixed index of a slot array.
func (b *Builder) itemAddress(addr Ref) (Ref, int64) {
	if addr&headBit == 0 {
		if in := b.inst(addr); in.Op == OpAdd {
			if k, ok := b.Const(in.B); ok && k >= 0 && k < 1<<12 {
				return in.A, k
			}
		}
	}
	return addr, 0
}

// itemScanLimit bounds how far back itemChecked looks.
const itemScanLimit = 64

// itemChecked reports whether the item at base+off is known to hold an
// immediate of type t: a LOADELEM, GETELEM or STOREELEM of it with that type comes
// shortly before, and no instruction between them can change a header.
// Payload stores (STOREELEM, SETELEM, FSTORE) keep headers, whatever
// they alias; calls and whole-Value or pointer stores may not.
func (b *Builder) itemChecked(base Ref, off int64, t Type) bool {
	for i := len(b.body) - 1; i >= 0 && i >= len(b.body)-itemScanLimit; i-- {
		in := &b.body[i]
		switch in.Op {
		case OpLoadElem, OpGetElem, OpStoreElem, OpSetElem:
			if in.A == base && in.Aux == off {
				typ := in.Type
				if in.Op == OpStoreElem || in.Op == OpSetElem {
					typ = b.Type(in.B)
				}
				return typ == t
			}
		case OpFLoad, OpFStore, OpGuardT, OpGuardF, OpGuardWord, OpGuardWord32:
		default:
			if !in.Op.IsPure() {
				return false
			}
		}
	}
	return false
}

// Call emits helper call helper with args, whose result has type t
// (Void: none; SetType may give it later), writing its snapshot when
// sync is set (Call.Sync). Values read from memory
// before the call are not reused after it: the helper may change any
// object.
func (b *Builder) Call(helper int32, args []Ref, t Type, sync bool) Ref {
	b.calls = append(b.calls, Call{Helper: helper, Args: append([]Ref(nil), args...), Sync: sync})
	if sync {
		b.syncCalls++
	}
	b.body = append(b.body, Inst{Op: OpCall, Type: t, A: None, B: None, Aux: int64(len(b.calls) - 1), Snap: b.Snap(), PC: b.PC})
	b.forgetLoads()
	return Ref(len(b.body) - 1)
}

// sliceLenOff is the offset of a slice header's length word: LISTLEN
// with Aux k reads the word at k+sliceLenOff.
const sliceLenOff = int64(unsafe.Sizeof(uintptr(0)))

// forgetLoads makes the loads of fields, lengths and item addresses
// emitted so far unavailable to CSE: an instruction that may change any
// object follows.
func (b *Builder) forgetLoads() { clear(b.loads) }

// memoryLoad reports whether op reads memory that stores and calls may
// change: a field, a slice's length, an item's address.
func memoryLoad(op Op) bool { return op == OpLoadField || op == OpListLen || op == OpElemAddr }

// PoolCall emits helper call helper with args, whose Ptr result comes
// from the instance pool at address pool while it has one (Call.Pool).
// The helper must change no object a trace reads (it only allocates):
// loads before the call stay valid after it, and it counts as no call
// for CallCost, as it leaves the trace only once per refill.
func (b *Builder) PoolCall(helper int32, args []Ref, pool uintptr) Ref {
	b.calls = append(b.calls, Call{Helper: helper, Args: append([]Ref(nil), args...), Pool: int64(pool)})
	b.poolCalls++
	b.body = append(b.body, Inst{Op: OpCall, Type: Ptr, A: None, B: None, Aux: int64(len(b.calls) - 1), Snap: b.Snap(), PC: b.PC})
	return Ref(len(b.body) - 1)
}

// SetNew records that pool call r makes the object n describes, whose
// allocation Sink may remove.
func (b *Builder) SetNew(r Ref, n NewObject) {
	b.calls[b.inst(r).Aux].New = &n
}

// CallCost returns what the trace's helper calls so far cost, in half
// calls: a plain call counts 2, a Sync call 3, a pool call (PoolCall) 0.
// The Sync weight was set when such calls wrote the frames before every
// call (chaos's loop, with 8 of them among 16 calls, ran 1.2x slower than
// interpreted; counting them 4, raytrace lost half its gain); they now
// write them only when Python code starts, and the weight awaits a
// re-measurement.
func (b *Builder) CallCost() int { return 2*(len(b.calls)-b.poolCalls) + b.syncCalls }

// SetType sets the result type of CALL r, known once the call ran while
// recording.
func (b *Builder) SetType(r Ref, t Type) {
	in := b.inst(r)
	if in.Op != OpCall {
		panic("BUG: ir: SetType of a " + in.Op.String())
	}
	in.Type = t
}

// FStore emits a store of v into frame slot k.
func (b *Builder) FStore(k int32, v Ref) {
	b.body = append(b.body, Inst{Op: OpFStore, A: v, B: None, Aux: int64(k), Snap: b.Snap(), PC: b.PC})
}

// Phi is a loop-carried value for Finish: the SLOAD Left takes Right at the
// back edge.
type Phi struct{ Left, Right Ref }

// Finish lays out the trace (entry section, LOOP, body, PHIs, BACK with
// snapshot back) and renumbers every reference.
func (b *Builder) Finish(phis []Phi, back int32) *Trace {
	nh := Ref(len(b.head))
	remap := b.remapper(nh)
	t := &Trace{Inputs: b.inputs, Seen: b.seen, Loop: nh}
	t.Insts = make([]Inst, 0, len(b.head)+len(b.body)+len(phis)+2)
	t.Insts = append(t.Insts, b.head...)
	t.Insts = append(t.Insts, Inst{Op: OpLoop, A: None, B: None, Snap: -1, PC: -1})
	for _, in := range b.body {
		remapOperands(&in, remap)
		t.Insts = append(t.Insts, in)
	}
	for _, p := range phis {
		l, r := remap(p.Left), remap(p.Right)
		t.Insts = append(t.Insts, Inst{Op: OpPhi, Type: t.Insts[l].Type, A: l, B: r, Snap: -1, PC: -1})
	}
	t.Insts = append(t.Insts, Inst{Op: OpBack, A: None, B: None, Snap: back, PC: -1})
	b.finishSnaps(t, remap)
	b.finishCalls(t, remap)
	return t
}

// FinishBridge lays out a bridge (entry section, LOOP marker, body, LINK
// with snapshot back); link gives the values handed to the root's input
// slots, firstHome the first spill slot free for the bridge's spills.
func (b *Builder) FinishBridge(link []LinkMove, back int32, firstHome int) *Trace {
	t, remap := b.finishOpen(OpLink, back, firstHome)
	for _, m := range link {
		t.Link = append(t.Link, LinkMove{Slot: m.Slot, Ref: remap(m.Ref)})
	}
	return t
}

// FinishExit lays out a trace that leaves its tree (entry section, LOOP
// marker, body, EXIT through snapshot s); firstHome is as for
// FinishBridge (0 for a root).
func (b *Builder) FinishExit(s int32, firstHome int) *Trace {
	t, _ := b.finishOpen(OpExit, s, firstHome)
	return t
}

// finishOpen lays out a trace that runs its body once: entry section,
// LOOP marker, body, then end (LINK or EXIT) with snapshot s.
func (b *Builder) finishOpen(end Op, s int32, firstHome int) (*Trace, func(Ref) Ref) {
	nh := Ref(len(b.head))
	remap := b.remapper(nh)
	t := &Trace{Inputs: b.inputs, Loop: nh, FirstHome: firstHome}
	t.Insts = make([]Inst, 0, len(b.head)+len(b.body)+2)
	t.Insts = append(t.Insts, b.head...)
	t.Insts = append(t.Insts, Inst{Op: OpLoop, A: None, B: None, Snap: -1, PC: -1})
	for _, in := range b.body {
		remapOperands(&in, remap)
		t.Insts = append(t.Insts, in)
	}
	t.Insts = append(t.Insts, Inst{Op: end, A: None, B: None, Snap: s, PC: -1})
	b.finishSnaps(t, remap)
	b.finishCalls(t, remap)
	return t, remap
}

// remapOperands renumbers the operands of in, a body instruction (but
// GETELEM's B, a snapshot number).
func remapOperands(in *Inst, remap func(Ref) Ref) {
	in.A = remap(in.A)
	if in.Op != OpGetElem {
		in.B = remap(in.B)
	}
}

// remapper returns the renumbering of Builder refs for an entry section
// of nh instructions followed by LOOP.
func (b *Builder) remapper(nh Ref) func(Ref) Ref {
	return func(r Ref) Ref {
		switch {
		case r == None:
			return None
		case r&headBit != 0:
			return r &^ headBit
		default:
			return nh + 1 + r
		}
	}
}

func (b *Builder) finishCalls(t *Trace, remap func(Ref) Ref) {
	t.Calls = make([]Call, len(b.calls))
	for i, c := range b.calls {
		args := make([]Ref, len(c.Args))
		for j, a := range c.Args {
			args[j] = remap(a)
		}
		t.Calls[i] = Call{Helper: c.Helper, Args: args, Sync: c.Sync, Pool: c.Pool, New: c.New}
	}
}

func (b *Builder) finishSnaps(t *Trace, remap func(Ref) Ref) {
	t.Snaps = make([]Snapshot, len(b.snaps))
	for i, s := range b.snaps {
		es := make([]SnapEntry, len(s.Entries))
		for j, e := range s.Entries {
			e.Ref = remap(e.Ref)
			es[j] = e
		}
		t.Snaps[i] = Snapshot{PC: s.PC, SP: s.SP, Entries: es, Frames: s.Frames}
	}
}
