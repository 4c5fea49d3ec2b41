// hoist.go: loop-invariant guards checked once, before the loop.

package ir

// Hoist moves the loop-invariant guards of a loop trace (one ending in
// BACK), and the pure values they read, out of the body into a
// pre-loop section between the entry section and LOOP, so that they run
// once per entry (and once per bridge linked to the trace) instead of
// once per iteration: the class and version guards of values the loop
// does not change, such as a module dict's version under a folded
// global, a type's version, an iterator's sequence.
//
// An instruction is invariant when its operands are constants, SLOADs no
// PHI carries, or hoisted instructions. Only instructions that read
// nothing the body may write are moved, and only from a body that writes
// no memory but Values (FSTORE, STOREELEM, SETELEM, STOREVALUE: the
// payloads and p words of frame slots, items and attributes, never a
// field, version or header a hoisted instruction reads) and calls no
// helper. A hoisted guard would have failed the same way at its place in
// the first iteration, so it exits before the loop instead, through
// BACK's snapshot (the loop header's state, in terms of the entry
// values) moved to the instruction after the header: the interpreter
// runs the iteration itself (resuming at the header would enter the
// trace again at once, and fail again), and a hot exit grows a bridge
// that runs the iteration under the guards it now passes.
//
// Hoisted instructions keep their order, so a load still follows the
// guards that make its address valid: what a load of an invariant
// address needs (the class of an object input, a pointer not null) is
// checked by invariant guards on invariant values, hoisted with it; an
// object input no PHI carries is never unbound (Input.Unbound is for
// locals the loop stores, which are carried).
func Hoist(t *Trace) {
	n := len(t.Insts)
	if !t.hoistable() {
		return
	}
	carried := make([]bool, n)
	end := Ref(n - 1)
	for i := t.Loop + 1; i < Ref(n); i++ {
		if in := t.Insts[i]; in.Op == OpPhi {
			carried[in.A] = true
			end = min(end, i)
		}
	}
	invariant := make([]bool, n)
	for i := range t.Loop {
		invariant[i] = !carried[i]
	}
	hoist, drop := make([]bool, n), make([]bool, n)
	count := 0
	// guards holds the hoisted guards: a second one of the same check
	// (GUARDWORD of one version word read at two places) is dropped.
	type check struct {
		op   Op
		a, b Ref
		aux  int64
	}
	guards := map[check]bool{}
	for i := t.Loop + 1; i < end; i++ {
		in := t.Insts[i]
		ok := hoistable[in.Op]
		for _, a := range []Ref{in.A, in.B}[:in.Op.NArgs()] {
			ok = ok && invariant[a]
		}
		if !ok {
			continue
		}
		hoist[i], invariant[i] = true, true
		count++
		if in.Type == Void {
			c := check{in.Op, in.A, in.B, in.Aux}
			drop[i] = guards[c]
			guards[c] = true
		}
	}
	if count == 0 {
		return
	}
	snap := t.preLoopSnapshot()
	// The new order: entry section, hoisted instructions, LOOP, the rest.
	order := make([]Ref, 0, n)
	for i := range t.Loop {
		order = append(order, i)
	}
	for i := t.Loop + 1; i < end; i++ {
		if hoist[i] && !drop[i] {
			order = append(order, i)
		}
	}
	order = append(order, t.Loop)
	for i := t.Loop + 1; i < Ref(n); i++ {
		if !hoist[i] {
			order = append(order, i)
		}
	}
	for _, i := range order {
		if hoist[i] && t.Insts[i].Op.IsGuard() {
			t.Insts[i].Snap = snap
		}
	}
	t.permute(order)
}

// hoistable reports whether Hoist moves t's invariant guards before the
// loop: t can exit there (canExitBeforeLoop) and its body writes no
// memory a hoisted instruction may read.
func (t *Trace) hoistable() bool {
	if !t.canExitBeforeLoop() {
		return false
	}
	for _, in := range t.Insts[t.Loop+1:] {
		switch in.Op {
		case OpCall, OpStoreField, OpStorePtr, OpCopyInts, OpSetAddInt, OpReverseValues, OpShiftValues, OpCopyList:
			return false
		}
	}
	return true
}

// Unspeculate undoes the speculation of GETELEMs in a trace whose guards
// Hoist would not move before the loop: their guards (Builder.SpecGuard)
// would then run in every iteration, costing more than the kind checks
// they spare, so each GETELEM becomes the LOADELEM it stands for (with
// the snapshot it kept) and the guards are removed (DCE drops what they
// read).
func Unspeculate(t *Trace) {
	if t.hoistable() {
		return
	}
	for i := range t.Insts {
		switch in := &t.Insts[i]; {
		case in.Op == OpGetElem:
			in.Op, in.Snap, in.B = OpLoadElem, int32(in.B), None
		case in.Op == OpGuardT && in.Aux == specGuard:
			*in = Inst{Op: OpNop, A: None, B: None, Snap: -1, PC: in.PC}
		}
	}
}

// canExitBeforeLoop reports whether t is a loop trace whose pre-loop
// section may have guards: BACK's snapshot, the loop header's state,
// refers to no body value (and so describes the state before LOOP too).
func (t *Trace) canExitBeforeLoop() bool {
	n := len(t.Insts)
	if t.Loop < 0 || t.Insts[n-1].Op != OpBack {
		return false
	}
	back := t.Snaps[t.Insts[n-1].Snap]
	for _, e := range back.Entries {
		if e.Ref >= t.Loop {
			return false
		}
	}
	return len(back.Frames) == 0
}

// preLoopSnapshot returns the snapshot the guards of the pre-loop
// section exit through (canExitBeforeLoop): that of a guard already
// there, or a new copy of BACK's at the instruction after the header.
func (t *Trace) preLoopSnapshot() int32 {
	for _, in := range t.Insts[:t.Loop] {
		if in.Snap >= 0 {
			return in.Snap
		}
	}
	back := t.Snaps[t.Insts[len(t.Insts)-1].Snap]
	t.Snaps = append(t.Snaps, Snapshot{PC: back.PC + 1, SP: back.SP, Entries: append([]SnapEntry(nil), back.Entries...)})
	return int32(len(t.Snaps) - 1)
}

// hoistable holds the ops Hoist may move: pure arithmetic and compares
// on ints, loads of fields the trace never writes, and guards.
var hoistable = [numOps]bool{
	OpLoadField: true, OpListLen: true, OpEq: true, OpNe: true, OpLt: true, OpLe: true, OpGt: true, OpGe: true,
	OpNot: true, OpAdd: true, OpSub: true, OpAnd: true, OpOr: true, OpXor: true, OpAddOv: true, OpSubOv: true,
	OpGuardT: true, OpGuardF: true, OpGuardWord: true, OpGuardWord32: true,
}

// permute lays the instructions out in order (a permutation of the
// trace's instructions, but for unused ones left out, in which every
// operand stays before its use) and renumbers every reference.
func (t *Trace) permute(order []Ref) {
	newRef := make([]Ref, len(t.Insts))
	for i := range newRef {
		newRef[i] = None
	}
	for at, i := range order {
		newRef[i] = Ref(at)
	}
	insts := make([]Inst, len(order))
	for at, i := range order {
		in := t.Insts[i]
		for _, a := range []*Ref{&in.A, &in.B}[:in.Op.NArgs()] {
			*a = newRef[*a]
		}
		insts[at] = in
	}
	t.Insts = insts
	t.renumber(newRef)
}
