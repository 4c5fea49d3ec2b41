// passes.go: optimization passes over a finished trace, and the liveness
// facts they and the register allocator share. Each pass keeps the
// invariants of the package comment (checked by Validate in the tests).

package ir

// Pass is one optimization pass.
type Pass struct {
	Name string
	Run  func(*Trace)
}

// Passes is the pass pipeline, in order.
var Passes = []Pass{
	{Name: "sink", Run: Sink},
	{Name: "unspeculate", Run: Unspeculate},
	{Name: "dce", Run: DCE},
	{Name: "hoist", Run: Hoist},
	{Name: "ranges", Run: Ranges},
}

// Optimize runs every pass on t.
func Optimize(t *Trace) {
	for _, p := range Passes {
		p.Run(t)
	}
}

// forEachUse calls use(r, at) for every use of a value r by the
// instruction at index at: its operands and its snapshot's entries.
func (t *Trace) forEachUse(use func(r Ref, at int)) {
	for i, in := range t.Insts {
		for _, a := range []Ref{in.A, in.B}[:in.Op.NArgs()] {
			use(a, i)
		}
		if in.Snap >= 0 {
			for _, e := range t.Snaps[in.Snap].Entries {
				use(e.Ref, i)
			}
		}
		if in.Op == OpLink {
			for _, m := range t.Link {
				use(m.Ref, i)
			}
		}
		if in.Op == OpCall {
			for _, a := range t.Calls[in.Aux].Args {
				use(a, i)
			}
		}
	}
}

// UseCounts returns the number of uses of each instruction's value.
func (t *Trace) UseCounts() []int {
	n := make([]int, len(t.Insts))
	t.forEachUse(func(r Ref, _ int) { n[r]++ })
	return n
}

// LiveEnd returns, for each value, the index of the last instruction that
// needs it, -1 for unused values. A value defined before LOOP and used
// inside the loop, and a PHI's right operand, live until BACK (the loop
// repeats); one used only before LOOP (by the pre-loop section) dies
// there. A PHI's left operand (the SLOAD of a loop-carried value) lives
// until its last use in an iteration, and at least until LOOP: BACK's
// moves write the next value into its location (which BACK's snapshot
// then reads), so between its last use and BACK that location may hold
// other values of the body.
func (t *Trace) LiveEnd() []int {
	end := make([]int, len(t.Insts))
	for i := range end {
		end[i] = -1
	}
	carried := make([]bool, len(t.Insts))
	for _, in := range t.Insts[max(t.Loop, 0):] {
		if in.Op == OpPhi {
			carried[in.A] = true
		}
	}
	back := len(t.Insts) - 1
	t.forEachUse(func(r Ref, at int) {
		switch {
		case t.Insts[at].Op == OpPhi && t.Insts[at].A == r && r != t.Insts[at].B,
			t.Insts[at].Op == OpBack && carried[r]:
			// BACK's snapshot reads the carried values' locations after
			// its moves.
			at = int(t.Loop)
		case t.Insts[at].Op == OpPhi, r < t.Loop && !carried[r] && at > int(t.Loop):
			at = back
		}
		end[r] = max(end[r], at)
	})
	return end
}

// CallsCrossed returns, for each value, whether it is live across a
// helper call: defined before a CALL and needed at or after it (the
// CALL's own snapshot included, which its failure path writes after
// the helper ran).
func (t *Trace) CallsCrossed(end []int) []bool {
	var calls []int
	for i, in := range t.Insts {
		if in.Op == OpCall {
			calls = append(calls, i)
		}
	}
	crossed := make([]bool, len(t.Insts))
	if len(calls) == 0 {
		return crossed
	}
	for i := range t.Insts {
		for _, c := range calls {
			if i < c && end[i] >= c {
				crossed[i] = true
				break
			}
		}
	}
	return crossed
}

// DCE removes pure, non-guard instructions whose values are unused, and
// then compacts the trace.
func DCE(t *Trace) {
	uses := t.UseCounts()
	dead := make([]bool, len(t.Insts))
	for i := len(t.Insts) - 1; i >= 0; i-- {
		in := t.Insts[i]
		if uses[i] > 0 || !in.Op.IsPure() || in.Op.IsGuard() {
			continue
		}
		dead[i] = true
		for _, a := range []Ref{in.A, in.B}[:in.Op.NArgs()] {
			uses[a]--
		}
	}
	t.compact(dead)
}

// compact drops the instructions marked in drop (none of which may be
// used) and renumbers the rest.
func (t *Trace) compact(drop []bool) {
	newRef := make([]Ref, len(t.Insts))
	out := t.Insts[:0]
	for i, in := range t.Insts {
		if drop[i] {
			newRef[i] = None
			continue
		}
		newRef[i] = Ref(len(out))
		for _, a := range []*Ref{&in.A, &in.B}[:in.Op.NArgs()] {
			*a = newRef[*a]
		}
		out = append(out, in)
	}
	t.Insts = out
	t.renumber(newRef)
}

// renumber replaces every reference r outside the instructions (LOOP,
// link moves, call arguments, snapshot entries) with newRef[r].
func (t *Trace) renumber(newRef []Ref) {
	t.Loop = newRef[t.Loop]
	for j := range t.Link {
		t.Link[j].Ref = newRef[t.Link[j].Ref]
	}
	for _, c := range t.Calls {
		for j := range c.Args {
			c.Args[j] = newRef[c.Args[j]]
		}
	}
	for si := range t.Snaps {
		for j := range t.Snaps[si].Entries {
			e := &t.Snaps[si].Entries[j]
			e.Ref = newRef[e.Ref]
		}
		for j := range t.Snaps[si].Virtuals {
			v := &t.Snaps[si].Virtuals[j]
			v.Ref = newRef[v.Ref]
		}
	}
}
