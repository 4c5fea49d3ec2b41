// yield.go: runs suspended at a generator's yield.
//
// A loop of a generator that yields once per iteration (a generator
// expression, `for x in xs: yield f(x)`) would enter its trace at every
// resumption and leave it at every yield, and Go's part of an entry and
// an exit costs more than such an iteration. Its trace instead records
// the yield as a helper call, hYield, and loops (recorder.yieldCloses).
// At that call drive suspends the run: the generator's frame holds a
// yieldRun, the run's context keeps its state (the yieldRun owns it:
// threadRuns.owners), and eval returns the yielded value as YIELD_VALUE
// does. The generator's next resumption re-enters the native code after
// the call (yieldRun.Resume), on the context it left. Until then the
// frame's slots are stale: whatever would look at them (a throw into
// the generator, its frame object) first has the run dropped
// (yieldRun.Drop), which writes them from the call's snapshot, as an
// exit would, and so does a run that needs the context (beginRun; the
// generator's consumer ran another trace, or dropped the generator): the
// generator then goes on in the interpreter, and enters its loop's trace
// again at the loop's header. Iterators the loop reads are written back before the call
// and read again after it (recorder.storeIters), and the call may run
// Python code for the optimizer, so what the consumer does between two
// items is seen as after any helper call.

package jit

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

// yieldRun is a run suspended at an hYield call in frame f: its trees,
// the trace and index of the call, the loop, the bounds of the spill
// slots its trees use (see runState), and the context it owns, the one
// of depth d of runs.
type yieldRun struct {
	j              *JIT
	f              *interp.Frame
	tr, cur, xt    *trace
	ci             int
	loop           int
	used, exitUsed int
	runs           *threadRuns
	d              int
}

// suspend suspends the run y at its yield, in f: y owns the run's
// context (the last beginRun's), the run ends for Go, and f holds y.
func (j *JIT) suspend(th *interp.Thread, f *interp.Frame, y *yieldRun) {
	site := &y.xt.sites[y.ci]
	runs := j.runsOf(th)
	d := runs.depth - 1
	v := spillValue(&runs.ctxs[d].Spill[site.argBase], site.args[0])
	y.f, y.runs, y.d = f, runs, d
	runs.owners[d] = y
	j.endRun(th)
	j.stats.Yields++
	snap := &y.xt.ir.Snaps[site.snap]
	th.SuspendInTrace(f, y, v, int(snap.PC), int(snap.SP)-1)
}

// Resume implements interp.Suspension: the run goes on natively after
// the yield, on the context it left, unless that is not th's next one,
// the tree was retired, or the thread records: then the interpreter goes
// on after the yield.
func (y *yieldRun) Resume(th *interp.Thread, f *interp.Frame, sent object.Value) (int, int, error) {
	j := y.j
	runs := j.runsOf(th)
	if runs != y.runs || runs.depth != y.d || y.tr.retired || y.cur.retired || j.rec != nil {
		pc, sp := y.Drop(f)
		f.Slots()[sp] = sent
		return pc, sp + 1, nil
	}
	runs.owners[y.d] = nil
	ctx, buf, hs := j.beginRun(th)
	ctx.Frame = frameAddr(f.Slots())
	j.stats.Resumes++
	// (The call has no result: the trace drops the value sent.)
	e := j.backend.Enter(y.xt.code, y.xt.code.Calls[y.ci].Resume, ctx)
	return j.drive(th, f, runState{tr: y.tr, cur: y.cur, loop: y.loop, ctx: ctx, buf: buf, hs: hs,
		used: y.used, exitUsed: y.exitUsed, resumed: y}, e)
}

// Drop implements interp.Suspension: it writes f's slots from the yield
// call's snapshot, without the value yielded, and frees the context.
func (y *yieldRun) Drop(f *interp.Frame) (int, int) {
	ctx := y.runs.ctxs[y.d]
	y.runs.owners[y.d] = nil
	site := &y.xt.sites[y.ci]
	slots := f.Slots()
	snapSlots(y.xt, int(site.snap), ctx, slots, false)
	snap := &y.xt.ir.Snaps[site.snap]
	sp := int(snap.SP) - 1
	slots[sp] = object.Null
	y.tr.iters += ctx.Scratch[native.IterCount] + ctx.Scratch[native.ItersBefore]
	clearContext(ctx, y.exitUsed, y.used)
	y.j.stats.Drops++
	return int(snap.PC) + 1, sp
}

// DropSuspended implements interp.JIT.
func (j *JIT) DropSuspended() {
	for _, runs := range j.threads {
		for _, y := range runs.owners {
			if y != nil {
				y.f.DropSuspension()
			}
		}
	}
}
