// bridge.go: side traces. When a guard of a trace fails often, the
// interpreter records the path it takes from that exit back to the loop
// header; the compiled bridge is linked to the exit through the trace's
// exit table, so the exit jumps straight into it, and it ends by handing
// the loop-carried values to the root trace's input slots and jumping to
// the root's entry.
//
// # The frame invariant
//
// While a trace tree runs natively, every frame slot a snapshot does not
// list holds its true value in the frame; a slot the root reads without
// carrying it also sits unchanged in the root's input slot. Bridges keep
// the invariant at LINK: a slot they changed goes to the root's input
// slot if the root carries it, and to the frame otherwise (FSTORE, which
// writes only the payload word of a slot holding an immediate of the
// same type: no pointer is stored; an object goes whole by STOREVALUE,
// while the write barrier is off, DESIGN §4.3), plus the root's input
// slot if the root reads it.
//
// # Leaving the loop
//
// A bridge may leave the root's loop: by break, or at the end of its
// iterator (range, list or tuple iterator, enumerate over one; or one
// it does not track, advanced in place). The iterator's state, which
// the trees keep in registers and snapshots, is then stored into the
// iterator (it may live on), and the recording goes on after the loop:
// round an enclosing loop back to the root's header (handing the root
// the new iterator of the loop's next run), into another loop's tree
// (closeLink), or to the frame's return (EXIT).

package jit

import (
	"fmt"
	"math"
	"slices"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// hotExit is the number of times a guard exit is taken before a bridge is
// recorded from it (the loop threshold, when lower).
const hotExit = 10

// maxTreeTraces bounds the traces of one tree (the root and its bridges).
const maxTreeTraces = 64

// bridge is what a bridge recording knows of its tree.
type bridge struct {
	parent *trace
	snap   int // the parent's snapshot the bridge starts at
	root   *trace
	// rootIn maps each root input to its index.
	rootIn map[ir.Input]int
	// carried marks the frame slots the root carries (its PHIs).
	carried map[int32]bool
	// unchanged maps a slot to the value it held when the bridge first
	// read it (from the frame or the root's input slot).
	unchanged map[int]ir.Ref
	// link is set when the bridge reached the header of another loop of
	// its frame whose tree it jumps into (closeLink).
	link *trace
	// probeExit is set while the bridge has yet to record the set or
	// dict probe (SETHASINT, SETADDINT, DICTFIND: dicts.go) or list
	// append (listAppend) whose undecided
	// exit (or full list) it starts at: that one is a helper call, or
	// each bridge would grow another.
	probeExit bool
	// later is the loop whose compilation the bridge waits for (see
	// linkLater), or -1.
	later int
	// unbound maps the values of the bridge's start that hold a loop
	// frame slot's value at the header, where the root enters with the
	// int, float or bool slot maybe unbound (ir.Input.Unbound), to the
	// root's input; readsUnbound is set when the bridge reads one of
	// them (see read).
	unbound      map[ir.Ref]int
	readsUnbound bool
	// unsure lists the objects of unbound whose class the bridge has yet
	// to guard, at its first read (read).
	unsure []ir.Ref
	// iterated is set once the bridge guards that the loop ran an
	// iteration (guardNoSubstitute).
	iterated bool
}

// isUnchanged reports whether slot k still holds v, the value the bridge
// first read from it. (A slot the bridge never read is not in unchanged,
// whose zero Ref is the bridge's first body instruction.)
func (br *bridge) isUnchanged(k int, v ir.Ref) bool {
	u, ok := br.unchanged[k]
	return ok && u == v
}

// read notes that the bridge reads value v of the loop's frame. While
// the loop's first iteration runs, a value at the header is the frame's
// own, which the root may have entered unbound as 0 (ir.Input.Unbound).
// A bridge that reads it, or carries it into the next iteration, would
// take 0 for a value: JIT.boundForBridge stops the root from entering
// with that slot unbound. An object of bridge.unsure gets its guards
// here.
func (r *recorder) read(v ir.Ref) {
	br := r.br
	if _, ok := br.unbound[v]; ok {
		br.readsUnbound = true
	}
	if i := slices.Index(br.unsure, v); i >= 0 {
		br.unsure = slices.Delete(br.unsure, i, i+1)
		r.guardUnsure(v)
	}
}

// inputHeaders returns, for each input of t, the loop frame slot whose
// value at the loop's header it reads, or -1: a root's frame slot
// inputs; a bridge's spill slots of its parent's exit that hold one.
func inputHeaders(t *ir.Trace, br *bridge) []int32 {
	hs := make([]int32, len(t.Inputs))
	for i, in := range t.Inputs {
		hs[i] = -1
		switch in.Kind {
		case ir.InSlotInt, ir.InSlotFloat, ir.InSlotBool, ir.InSlotObj:
			if br == nil {
				hs[i] = in.Slot
			}
		case ir.InSpill:
			if br != nil && int(in.Slot) < len(br.parent.ir.Snaps[br.snap].Entries) {
				if e := br.parent.ir.Snaps[br.snap].Entries[in.Slot]; br.parent.holdsHeader(e) {
					hs[i] = e.Slot
				}
			}
		}
	}
	return hs
}

// holdsHeader reports whether snapshot entry e writes back the value its
// slot of the loop's frame held at the loop's header: while the loop's
// first iteration runs (Context.Scratch[IterCount] is 0), the value the
// slot still holds, which the exit need not write (and must not, when
// the root entered with the slot unbound).
func (xt *trace) holdsHeader(e ir.SnapEntry) bool {
	if e.Kind != ir.SnapSlot || e.Frame != 0 {
		return false
	}
	in := xt.ir.Insts[e.Ref]
	return in.Op == ir.OpSLoad && xt.inputHeader[in.Aux] == e.Slot
}

// reasonLinkLater is the abort reason of a bridge that reached another
// loop's header before that loop had a tree: the bridge is recorded
// again, without penalty, once the loop, made hot at once, has one.
const reasonLinkLater = "bridge waits for a loop's trace"

// linkLater reports whether the bridge, at the header (pc) of a loop its
// tree does not run, should wait for that loop's tree rather than run
// through it: the loop may still get one (it is not blacklisted), and
// it does not enclose the root's loop (which the bridge goes back to
// through its header: the stitching of nested loops).
func (r *recorder) linkLater(loop, pc int) bool {
	if ls := r.loopState(loop); ls != nil && (ls.blacklisted || ls.trace != nil) {
		return false
	}
	return r.header < pc || r.header > loopEnd(r.code.Instructions(), pc)
}

// loopEnd returns the last instruction of the body of the loop whose
// LOOP_HEADER is at pc: the last backward jump to a header inside the
// body (its own, or a nested loop's; the interpreter's loops are laid
// out nested, and only loop headers are jumped back to).
func loopEnd(code []compile.Instr, pc int) int {
	end := pc
	for grown := true; grown; {
		grown = false
		for i := end + 1; i < len(code); i++ {
			if ins := code[i]; ins.Op().IsJump() && ins.Arg() >= pc && ins.Arg() <= end && ins.Arg() < i {
				end, grown = i, true
			}
		}
	}
	return end
}

// newBridgeRecorder starts recording from snapshot snap of parent, whose
// exit has just written the snapshot into f, and into inl the slots of
// the calls it inlined (if the exit is inside one, the interpreter
// finishes them, recorded as calls the bridge inlines).
func newBridgeRecorder(f *interp.Frame, root, parent *trace, snap int, inl [][]object.Value) *recorder {
	s := parent.ir.Snaps[snap]
	r := newRecorder(f, root.loop, root.header, root.headerSP)
	r.entry = root.entry
	r.expectPC = int(s.PC)
	r.resumeInlined(s, parent)
	br := &bridge{parent: parent, snap: snap, root: root, rootIn: map[ir.Input]int{},
		carried: map[int32]bool{}, unchanged: map[int]ir.Ref{}, later: -1, unbound: map[ir.Ref]int{}}
	for i, in := range root.ir.Inputs {
		br.rootIn[in] = i
	}
	for _, e := range root.ir.Snaps[root.ir.Insts[len(root.ir.Insts)-1].Snap].Entries {
		br.carried[e.Slot] = true
	}
	for _, in := range parent.ir.Insts {
		if in.Snap == int32(snap) && (in.Op == ir.OpSetHasInt || in.Op == ir.OpSetAddInt || in.Op == ir.OpDictFind || isRoomGuard(parent.ir, in)) {
			br.probeExit = true
		}
	}
	r.br = br
	slots := f.Slots()
	var unsure []ir.Ref // objects whose class the parent does not guarantee
	for j, e := range s.Entries {
		if e.Kind == ir.SnapField {
			continue // a slot of a virtual object, which Go makes (enterVia)
		}
		var ref ir.Ref
		if parent.ir.ExitStores(e) || parent.ir.Insts[e.Ref].Op == ir.OpVirtual {
			ref = r.b.SLoad(ir.Input{Kind: ir.InSpill, Slot: int32(j)}, parent.ir.Insts[e.Ref].Type)
		} else {
			ref = r.parentConst(parent, parent.ir.Insts[e.Ref])
		}
		if e.Kind == ir.SnapSlot && e.Frame > 0 {
			// A slot of an inlined call.
			r.frames[e.Frame].vals[e.Slot] = ref
			if v := inl[e.Frame-1][e.Slot]; parent.ir.Insts[e.Ref].Type == ir.Ptr && !v.IsNull() {
				r.cls[ref] = v.Type()
				if !parentKnowsClass(parent, e.Ref) {
					unsure = append(unsure, ref)
				}
			}
			continue
		}
		switch e.Kind {
		case ir.SnapSlot:
			r.vals[e.Slot] = ref
			if i, ok := substituteInput(root, e.Slot); ok && parent.holdsHeader(e) {
				br.unbound[ref] = i
			}
			if pi := parent.ir.Insts[e.Ref]; pi.Type == ir.Ptr && !slots[e.Slot].IsNull() {
				// The parent guarded (or checked at entry) one class for
				// each Ptr value it computed: every exit here has that
				// class. An input may be unbound, or come from further up.
				r.cls[ref] = slots[e.Slot].Type()
				if !parentKnowsClass(parent, e.Ref) {
					unsure = append(unsure, ref)
				}
			}
			if int(e.Slot) < len(r.written) {
				r.written[e.Slot] = true
			}
		case ir.SnapSeqIndex:
			t := slots[e.Slot].Type()
			i, ok := br.rootIn[ir.Input{Kind: ir.InSeqIter, Slot: e.Slot, Class: classAddr(t)}]
			if !ok {
				panic("BUG: jit: a snapshot carries an iterator the root does not read")
			}
			iter := r.b.SLoad(ir.Input{Kind: ir.InSpill, Slot: int32(ir.InputSlot(i))}, ir.Ptr)
			r.cls[iter] = t
			r.iters[e.Slot] = &iterVals{seq: true, iter: iter, next: ref}
			r.iterList = append(r.iterList, e.Slot)
		case ir.SnapEnumInner, ir.SnapEnumCount:
			iv := r.iters[e.Slot]
			if iv == nil {
				t := enumOverSeq(slots[e.Slot]).Type()
				i, ok := br.rootIn[ir.Input{Kind: ir.InEnumIter, Slot: e.Slot, Class: classAddr(t)}]
				if !ok {
					panic("BUG: jit: a snapshot carries an enumerate the root does not read")
				}
				iv = &iterVals{seq: true, enum: true, iter: r.b.SLoad(ir.Input{Kind: ir.InSpill, Slot: int32(ir.InputSlot(i))}, ir.Ptr)}
				r.cls[iv.iter] = object.EnumerateType
				r.iters[e.Slot] = iv
				r.iterList = append(r.iterList, e.Slot)
			}
			if e.Kind == ir.SnapEnumInner {
				iv.next = ref
			} else {
				iv.left = ref
			}
		case ir.SnapRangeNext, ir.SnapRangeCount:
			iv := r.iters[e.Slot]
			if iv == nil {
				iv = &iterVals{step: int64(object.AsRangeIter(slots[e.Slot]).Step)}
				r.iters[e.Slot] = iv
				r.iterList = append(r.iterList, e.Slot)
			}
			if e.Kind == ir.SnapRangeNext {
				iv.next = ref
			} else {
				iv.left = ref
			}
		}
	}
	for k, sf := range s.Frames {
		c := r.frames[k+1]
		if sf.Construct {
			// The instance the class call returns, in the caller's slot.
			c.construct = r.frames[k].vals[c.base]
		}
		if r.funcs[c.fn].operator {
			// The operands of the operator whose method this is.
			vals := r.frames[k].vals
			c.operands = []ir.Ref{vals[c.base], vals[c.base+1]}
			vals[c.base], vals[c.base+1] = ir.None, ir.None
		}
	}
	// Guards at the bridge's start, with the parent's exit state as their
	// snapshot.
	r.pc, r.sp, r.snap, r.b.PC = int(s.PC), int(s.SP), -1, s.PC
	if d := len(s.Frames); d > 0 {
		// The recording goes on in the innermost call.
		in := r.frames[d]
		r.frame, r.code, r.vals = nil, in.code, in.vals
		r.pc, r.sp = int(s.Frames[d-1].PC), int(s.Frames[d-1].SP)
		r.expectPC = r.pc
	}
	for _, ref := range unsure {
		if _, ok := br.unbound[ref]; ok {
			// Maybe a substitute: the frame holds the value, which the
			// bridge guards if it reads it (after which the root never
			// enters with a substitute again: JIT.boundForBridge).
			br.unsure = append(br.unsure, ref)
			continue
		}
		r.guardUnsure(ref)
	}
	return r
}

// guardUnsure guards that object v, which the parent does not guarantee
// the class of, is bound and of the class the bridge recorded.
func (r *recorder) guardUnsure(v ir.Ref) {
	r.b.Emit(ir.OpGuardF, r.b.Emit(ir.OpEq, v, r.b.KPtr(0)), ir.None)
	r.guardClass(v, r.cls[v])
}

// parentConst returns the constant pi that a snapshot entry of parent
// writes to a frame slot: the bridge knows it too (a method its call
// makes, a null, a number), as the parent's recording did, and must, as
// the parent's exit does not store it (ir.Trace.ExitStores).
func (r *recorder) parentConst(parent *trace, pi ir.Inst) ir.Ref {
	switch pi.Op {
	case ir.OpKInt:
		if pi.Type == ir.Bool {
			return r.b.KBool(pi.Aux != 0)
		}
		return r.b.KInt(pi.Aux)
	case ir.OpKFloat:
		return r.b.KFloat(math.Float64frombits(uint64(pi.Aux)))
	case ir.OpKPtr:
		if pi.Aux == 0 {
			return r.b.KPtr(0)
		}
		k, err := r.constObject(parent.constValue(pi))
		if err != nil {
			panic("BUG: jit: the constant of a parent's exit is no constant here: " + err.reason)
		}
		return k
	}
	panic("BUG: jit: parentConst of a " + pi.Op.String())
}

// substituteInput returns the input of root whose value at entry may be
// a substitute for the slot of the loop's frame it reads: an int, float
// or bool slot unbound, or a slot of any kind (ir.Input.Free).
func substituteInput(root *trace, slot int32) (int, bool) {
	for i, in := range root.ir.Inputs {
		if in.Slot == slot && (in.Free || in.Unbound && isScalarInput(in.Kind)) {
			return i, true
		}
	}
	return 0, false
}

// isScalarInput reports whether k is the input kind of an int, float or
// bool frame slot.
func isScalarInput(k ir.InputKind) bool {
	return k == ir.InSlotInt || k == ir.InSlotFloat || k == ir.InSlotBool
}

// parentKnowsClass reports whether every exit of parent that lists value
// ref in its snapshot has one class for it, the one the recording saw:
// the parent guarded it, or it is an input whose class Go checks at
// entry. An input that may be unbound or of any class (guarded in the
// loop, maybe at the very exit) or a value from further up is not known.
func parentKnowsClass(parent *trace, ref ir.Ref) bool {
	pi := parent.ir.Insts[ref]
	if pi.Op != ir.OpSLoad {
		return true
	}
	in := parent.ir.Inputs[pi.Aux]
	return in.Kind != ir.InSlotObj && in.Kind != ir.InSpill
}

// resumeInlined sets up the calls of a bridge whose parent's exit s is
// inside calls the parent inlined: the bridge inlines them too, from
// where they stopped (their frames are bound when the interpreter, which
// finishes the calls, runs their next instructions).
func (r *recorder) resumeInlined(s ir.Snapshot, parent *trace) {
	callPC, base := int(s.PC)-1, int(s.SP)
	for _, sf := range s.Frames {
		fn := parent.funcs[sf.Func]
		code := fn.fn.Code()
		vals := make([]ir.Ref, fn.frameSize)
		for i := range vals {
			vals[i] = ir.None
		}
		r.funcs = append(r.funcs, fn)
		r.frames = append(r.frames, &frameRec{code: code, vals: vals, fn: int32(len(r.funcs) - 1), callPC: callPC, base: base,
			construct: ir.None})
		callPC, base = int(sf.PC)-1, int(sf.SP)
	}
}

// bridgeLocal returns the IR value of local k, which the parent's
// snapshot does not list: the root's input slot when the root reads it,
// else a guarded load from the frame.
func (r *recorder) bridgeLocal(k int, v object.Value) (ir.Ref, *abortError) {
	in := ir.Input{Slot: int32(k)}
	var t ir.Type
	switch {
	case v.IsInt():
		in.Kind, t = ir.InSlotInt, ir.Int
	case v.IsFloat():
		in.Kind, t = ir.InSlotFloat, ir.Float
	case v.IsBool():
		in.Kind, t = ir.InSlotBool, ir.Bool
	case v.IsNull():
		return ir.None, abort("unbound local", "")
	case immediateClass(v.Type()):
		return ir.None, abort("NYI: local of type big "+v.Type().Name, "")
	default:
		in.Kind, t = ir.InSlotObj, ir.Ptr // of any class: guarded below
	}
	var ref ir.Ref
	if i, ok := r.br.rootIn[in]; ok {
		ref = r.b.SLoad(ir.Input{Kind: ir.InSpill, Slot: int32(ir.InputSlot(i))}, t)
		if t == ir.Ptr {
			r.guardClass(ref, v.Type())
		}
	} else {
		ref = r.b.FLoad(int32(k), t)
		if t == ir.Ptr {
			r.guardClass(ref, v.Type())
		}
	}
	r.vals[k] = ref
	r.br.unchanged[k] = ref
	if t == ir.Ptr {
		r.cls[ref] = v.Type()
	}
	return ref, nil
}

// isIterInput reports whether inputs of kind k read an iterator's state.
func isIterInput(k ir.InputKind) bool {
	switch k {
	case ir.InSeqIter, ir.InSeqIndex, ir.InRangeNext, ir.InRangeCount, ir.InEnumIter, ir.InEnumInner, ir.InEnumCount:
		return true
	}
	return false
}

// newIterInput returns what the root's input in reads from the iterator
// a bridge created (GET_ITER) in the slot of the root's loop iterator,
// under guards that the root can run it: the iterator's class, a range
// iterator's step. The iterator goes into its frame slot, where the
// root's exits find it.
func (r *recorder) newIterInput(in ir.Input) (ir.Ref, *abortError) {
	it := r.vals[in.Slot]
	if it == ir.None || r.typeOf(it) != ir.Ptr || r.cls[it] == nil {
		return ir.None, abort("NYI: bridge ends without the root's iterator", "")
	}
	if !r.iterStored[in.Slot] {
		r.iterStored[in.Slot] = true
		r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpFrameAddr, ir.None, ir.None, int64(in.Slot)), it)
	}
	return r.iterInputOf(it, r.frame.Slots()[in.Slot], in)
}

// iterInputOf returns what iterator input in of a root reads from
// iterator object it (of known class, observed as v), under the guards
// Go's entry would check: the iterator's class, a range iterator's step
// and count, an enumerate's iterator's class.
func (r *recorder) iterInputOf(it ir.Ref, v object.Value, in ir.Input) (ir.Ref, *abortError) {
	cls := r.cls[it]
	switch in.Kind {
	case ir.InSeqIter:
		if classAddr(cls) != in.Class {
			return ir.None, abort("NYI: bridge's iterator of another class", "%s", cls.Name)
		}
		return it, nil
	case ir.InSeqIndex:
		return r.b.LoadField(it, seqIterIndexOff, ir.Int), nil
	case ir.InRangeNext, ir.InRangeCount:
		if cls != object.RangeIterType {
			return ir.None, abort("NYI: bridge's iterator of another class", "%s", cls.Name)
		}
		if in.Kind == ir.InRangeCount {
			// The count the root's entry would accept.
			left := r.b.LoadField(it, rangeLeftOff, ir.Int)
			r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpGe, left, r.b.KInt(0)), ir.None)
			r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpLe, left, r.b.KInt(1<<62)), ir.None)
			return left, nil
		}
		step := r.b.LoadField(it, rangeStepOff, ir.Int)
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, step, r.b.KInt(in.Step)), ir.None)
		return r.b.LoadField(it, rangeNextOff, ir.Int), nil
	case ir.InEnumIter, ir.InEnumInner, ir.InEnumCount:
		inner := enumOverSeq(v)
		if cls != object.EnumerateType || inner.IsNull() || in.Kind == ir.InEnumIter && classAddr(inner.Type()) != in.Class {
			return ir.None, abort("NYI: bridge's iterator of another class", "%s", cls.Name)
		}
		// An enumerate counting in ints, over a list or tuple iterator.
		big := r.b.LoadField(it, enumBigOff, ir.Ptr)
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, big, r.b.KPtr(0)), ir.None)
		innerIt := r.b.LoadField(it, enumItOff, ir.Ptr)
		r.guardClass(innerIt, inner.Type())
		switch in.Kind {
		case ir.InEnumInner:
			return r.b.LoadField(innerIt, seqIterIndexOff, ir.Int), nil
		case ir.InEnumCount:
			return r.b.LoadField(it, enumIndexOff, ir.Int), nil
		}
		return it, nil
	}
	panic(fmt.Sprintf("BUG: jit: iterInputOf of input kind %d", in.Kind))
}

// linkTarget returns the tree of loop, whose header the bridge reached,
// when the bridge can end by jumping into it: the loop is another of the
// root's frame, and its tree is compiled and in use.
func (r *recorder) linkTarget(loop int) *trace {
	if r.depth() > 0 {
		return nil
	}
	ls := r.loopState(loop)
	if ls == nil || ls.trace == nil || ls.trace == r.br.root || ls.trace.retired ||
		ls.trace.headerSP != r.sp || len(ls.trace.tree) >= maxTreeTraces {
		return nil
	}
	return ls.trace
}

// closeLink finishes a bridge at the header of another loop, whose tree
// it jumps into (linkTarget): the bridge leaves its own tree, so first
// everything it knows that the frame does not goes to the frame (every
// slot it holds a value of, the state of its tree's iterators), which
// makes the frame what the interpreter would have at that header. Then
// it computes the other root's inputs as Go's entry would, from its own
// values or with guarded loads from the frame, and hands them over.
// Guards here exit through the header's snapshot, where the interpreter
// runs on.
func (r *recorder) closeLink() (*ir.Trace, *abortError) {
	br, to := r.br, r.br.link
	back := r.snapshot()
	if _, err := r.storeIters(); err != nil {
		return nil, err
	}
	slots := r.frame.Slots()
	for k, v := range r.vals[:r.sp] {
		if v == ir.None || br.isUnchanged(k, v) {
			continue
		}
		r.guardNoSubstitute(v)
		r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpFrameAddr, ir.None, ir.None, int64(k)), v)
	}
	link := make([]ir.LinkMove, 0, len(to.ir.Inputs))
	iters := map[int32]ir.Ref{} // the iterator objects read, by slot
	var subs []int              // the inputs handed a substitute
	for i, in := range to.ir.Inputs {
		v, err := r.linkInput(in, slots[in.Slot], iters)
		if err != nil && in.Free && !isIterInput(in.Kind) {
			// The other root writes the slot before it reads it: it
			// takes a substitute, as from Go, and the frame holds the
			// value (the bridge starts its loop afresh).
			v, err = r.substitute(in.Kind), nil
			subs = append(subs, i)
		}
		if err != nil {
			// The other tree takes other kinds of values: the bridge
			// ends at the header instead, where the interpreter goes on
			// (the frame is up to date; the loads and guards made so
			// far exit there too).
			r.br.link, r.leaves = nil, true
			return r.closeExit()
		}
		link = append(link, ir.LinkMove{Slot: ir.InputSlot(i), Ref: v})
	}
	keepFree(to, subs)
	t := r.finishBridge(link, back)
	t.Restart = subs != nil
	return t, nil
}

// keepFree notes that a bridge hands root a substitute for its inputs
// subs: they stay free (trace.keptFree).
func keepFree(root *trace, subs []int) {
	if subs == nil {
		return
	}
	if root.keptFree == nil {
		root.keptFree = map[int]bool{}
	}
	for _, i := range subs {
		root.keptFree[i] = true
	}
}

// substitute returns the value a bridge hands the root for an input of
// kind k that takes a substitute (ir.Input.Free): 0, or the null pointer.
func (r *recorder) substitute(k ir.InputKind) ir.Ref {
	switch k {
	case ir.InSlotInt:
		return r.b.KInt(0)
	case ir.InSlotFloat:
		return r.b.KFloat(0)
	case ir.InSlotBool:
		return r.b.KBool(false)
	}
	return r.b.KPtr(0)
}

// restartLoop prepares a bridge to start the root's loop afresh
// (ir.Trace.Restart), handing the root a substitute for its inputs subs:
// the root's exits will write back no header value while its next
// iteration runs, so the values of the slots the root carries go to the
// frame, and the inputs subs stay free from now on.
func (r *recorder) restartLoop(subs []int) *abortError {
	br := r.br
	for _, in := range br.root.ir.Inputs {
		if !br.carried[in.Slot] || isIterInput(in.Kind) {
			continue
		}
		v := r.vals[in.Slot]
		if v == ir.None {
			return abort(reasonTypeUnstable, "bridge restarts the loop without local %d", in.Slot)
		}
		r.guardNoSubstitute(v)
		r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpFrameAddr, ir.None, ir.None, int64(in.Slot)), v)
	}
	keepFree(br.root, subs)
	return nil
}

// guardNoSubstitute guards, before the bridge writes v to the frame, that
// v is no substitute the root entered with for a value at the header
// (bridge.unbound), which the frame holds then: that the loop ran an
// iteration since. (Once per bridge: the count only grows.)
func (r *recorder) guardNoSubstitute(v ir.Ref) {
	br := r.br
	if _, ok := br.unbound[v]; ok && !br.iterated {
		r.b.Emit(ir.OpGuardIterated, ir.None, ir.None)
		br.iterated = true
	}
}

// finishBridge lays out the bridge recorded, ending in LINK with the
// given moves and snapshot; its spills stay above the root's inputs.
func (r *recorder) finishBridge(link []ir.LinkMove, back int32) *ir.Trace {
	t := r.b.FinishBridge(link, back, r.spillBase())
	if err := t.Validate(); err != nil {
		panic("BUG: jit: recorded bridge is invalid: " + err.Error() + "\n" + t.String())
	}
	return t
}

// spillBase returns the first spill slot a bridge's spills may use:
// above its root's input slots, which the root reads again at entry.
func (r *recorder) spillBase() int {
	if first := r.br.root.ir.FirstHome; first != 0 {
		return first
	}
	return ir.InputSlot(len(r.br.root.ir.Inputs))
}

// linkInput returns the value of input in of the tree closeLink jumps
// into, whose slot holds v (the frame is up to date): the bridge's own
// value when it has one of the input's kind, else a guarded load. iters
// holds the iterator objects loaded so far.
func (r *recorder) linkInput(in ir.Input, v object.Value, iters map[int32]ir.Ref) (ir.Ref, *abortError) {
	mismatch := abort("NYI: link to a tree of other input kinds", "slot %d", in.Slot)
	if isIterInput(in.Kind) {
		if r.iters[in.Slot] != nil {
			return ir.None, mismatch // an iterator of the bridge's own tree
		}
		it, ok := iters[in.Slot]
		if !ok {
			if v.IsNull() || immediateType(v) != ir.Void {
				return ir.None, mismatch
			}
			if it = r.vals[in.Slot]; it == ir.None {
				it = r.b.FLoad(in.Slot, ir.Ptr)
				r.guardClass(it, v.Type())
			}
			iters[in.Slot] = it
		}
		if r.cls[it] == nil {
			return ir.None, mismatch
		}
		return r.iterInputOf(it, v, in)
	}
	if ref := r.vals[in.Slot]; ref != ir.None {
		if r.slotInput(in.Slot, ref).Kind != in.Kind {
			return ir.None, mismatch
		}
		return ref, nil
	}
	if v.IsNull() {
		return ir.None, mismatch
	}
	var t ir.Type
	switch in.Kind {
	case ir.InSlotInt:
		t = ir.Int
	case ir.InSlotFloat:
		t = ir.Float
	case ir.InSlotBool:
		t = ir.Bool
	case ir.InSlotObj:
		if immediateClass(v.Type()) {
			return ir.None, mismatch
		}
		ref := r.b.FLoad(in.Slot, ir.Ptr)
		r.guardClass(ref, v.Type())
		return ref, nil
	default:
		return ir.None, mismatch
	}
	if immediateType(v) != t {
		return ir.None, mismatch
	}
	return r.b.FLoad(in.Slot, t), nil
}

// closeBridge finishes a bridge at the loop header: it hands the root its
// inputs and stores what else changed into the frame (see the frame
// invariant above).
func (r *recorder) closeBridge() (*ir.Trace, *abortError) {
	br := r.br
	if br.link != nil {
		return r.closeLink()
	}
	if r.leaves {
		return r.closeExit()
	}
	r.pc, r.sp, r.snap = r.header, r.headerSP, -1
	r.b.PC = int32(r.header)
	back := r.snapshot()
	var link []ir.LinkMove
	var subs []int // the inputs handed a substitute
	for i, in := range br.root.ir.Inputs {
		var v ir.Ref
		if r.iters[in.Slot] == nil && isIterInput(in.Kind) {
			// The bridge left the root's loop and came back to a new
			// iterator (an inner loop's next run).
			v, err := r.newIterInput(in)
			if err != nil {
				return nil, err
			}
			link = append(link, ir.LinkMove{Slot: ir.InputSlot(i), Ref: v})
			continue
		}
		switch in.Kind {
		case ir.InSeqIter, ir.InEnumIter:
			continue // the iterator itself never changes
		case ir.InRangeNext, ir.InRangeCount, ir.InSeqIndex, ir.InEnumInner, ir.InEnumCount:
			it := r.iters[in.Slot]
			if in.Kind == ir.InRangeNext || in.Kind == ir.InSeqIndex || in.Kind == ir.InEnumInner {
				v = it.next
			} else {
				v = it.left
			}
		default:
			v = r.vals[in.Slot]
			if v == ir.None || br.isUnchanged(int(in.Slot), v) {
				continue
			}
			if r.slotInput(in.Slot, v).Kind != in.Kind {
				if !in.Free {
					return nil, abort(reasonTypeUnstable, "bridge changes the type of local %d", in.Slot)
				}
				// The root writes the slot before it reads it: it takes
				// a substitute, and the frame the value (restartLoop).
				subs = append(subs, i)
				v = r.substitute(in.Kind)
			}
		}
		link = append(link, ir.LinkMove{Slot: ir.InputSlot(i), Ref: v})
	}
	if subs != nil {
		if err := r.restartLoop(subs); err != nil {
			return nil, err
		}
	}
	for k, v := range r.vals[:r.headerSP] {
		// The locals the bridge stored to, and the value stack below the
		// header: the iterators of enclosing loops the bridge began again.
		written := k >= len(r.written) || r.written[k]
		if !written || v == ir.None || br.carried[int32(k)] || br.isUnchanged(k, v) || r.iterStored[int32(k)] {
			continue
		}
		if r.b.Type(v) == ir.Ptr {
			// The whole Value, while the write barrier is off.
			r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpFrameAddr, ir.None, ir.None, int64(k)), v)
			continue
		}
		r.b.FStore(int32(k), v)
	}
	t := r.finishBridge(link, back)
	t.Restart = subs != nil
	return t, nil
}
