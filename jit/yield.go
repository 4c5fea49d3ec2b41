// yield.go: runs suspended at a generator's yield.
//
// A loop of a generator that yields once per iteration (a generator
// expression, `for x in xs: yield f(x)`) would enter its trace at every
// resumption and leave it at every yield, and Go's part of an entry and
// an exit costs more than such an iteration. Its trace instead records
// the yield as a helper call, hYield, and loops (recorder.yieldCloses).
// At that call drive suspends the run: the generator's frame holds a
// yieldRun, the run's context goes with it (the thread's run at that
// depth takes a fresh one), and eval returns the yielded value as
// YIELD_VALUE does. The generator's next resumption re-enters the
// native code after the call (yieldRun.Resume). Until then the frame's
// slots are stale: whatever would look at them (a throw into the
// generator, its frame object) first has the run dropped
// (yieldRun.Drop), which writes them from the call's snapshot, as an
// exit would. Iterators the loop reads are written back before the call
// and read again after it (recorder.storeIters), and the call may run
// Python code for the optimizer, so what the consumer does between two
// items is seen as after any helper call.

package jit

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

// yieldRun is a run suspended at an hYield call: its trees, the trace
// and index of the call, the loop, its context and the bounds of the
// spill slots its trees use (see runState).
type yieldRun struct {
	j              *JIT
	tr, cur, xt    *trace
	ci             int
	loop           int
	ctx            *native.Context
	used, exitUsed int
}

// maxSpareContexts bounds the contexts the JIT keeps for runs to take
// when they suspend.
const maxSpareContexts = 8

// suspend suspends the run y at its yield, in f: the thread's run at
// this depth gets another context, the run ends for Go, and f holds y.
func (j *JIT) suspend(th *interp.Thread, f *interp.Frame, y *yieldRun) {
	site := &y.xt.sites[y.ci]
	v := spillValue(&y.ctx.Spill[site.argBase], site.args[0])
	runs := j.runsOf(th)
	d := runs.depth - 1
	ctx := j.spareContext(th)
	runs.ctxs[d], runs.syncs[d].ctx = ctx, ctx
	j.endRun(th)
	j.stats.Yields++
	snap := &y.xt.ir.Snaps[site.snap]
	th.SuspendInTrace(f, y, v, int(snap.PC), int(snap.SP)-1)
}

// Resume implements interp.Suspension: the run goes on natively after
// the yield, unless its tree was retired or the thread records (then
// the interpreter goes on after the yield).
func (y *yieldRun) Resume(th *interp.Thread, f *interp.Frame, sent object.Value) (int, int, error) {
	j := y.j
	if y.tr.retired || y.cur.retired || j.rec != nil {
		pc, sp := y.Drop(f)
		f.Slots()[sp] = sent
		return pc, sp + 1, nil
	}
	_, buf, hs := j.beginRun(th)
	runs := j.runsOf(th)
	d := runs.depth - 1
	j.keepSpare(runs.ctxs[d])
	ctx := y.ctx
	ctx.Interrupt = th.InterruptWord()
	runs.ctxs[d], hs.ctx = ctx, ctx
	ctx.Frame = frameAddr(f.Slots())
	j.stats.Resumes++
	// (The call has no result: the trace drops the value sent.)
	e := j.backend.Enter(y.xt.code, y.xt.code.Calls[y.ci].Resume, ctx)
	return j.drive(th, f, runState{tr: y.tr, cur: y.cur, loop: y.loop, ctx: ctx, buf: buf, hs: hs,
		used: y.used, exitUsed: y.exitUsed, resumed: y}, e)
}

// Drop implements interp.Suspension: it writes f's slots from the yield
// call's snapshot, without the value yielded, and gives back the
// context.
func (y *yieldRun) Drop(f *interp.Frame) (int, int) {
	site := &y.xt.sites[y.ci]
	slots := f.Slots()
	snapSlots(y.xt, int(site.snap), y.ctx, slots, false)
	snap := &y.xt.ir.Snaps[site.snap]
	sp := int(snap.SP) - 1
	slots[sp] = object.Null
	y.tr.iters += y.ctx.Scratch[native.IterCount] + y.ctx.Scratch[native.ItersBefore]
	y.j.stats.Drops++
	used := y.used
	if used == 0 {
		used = len(y.ctx.Spill)
	}
	clearContext(y.ctx, y.exitUsed, used)
	y.j.keepSpare(y.ctx)
	return int(snap.PC) + 1, sp
}

// spareContext returns a context for th's runs: a spare one or a new one.
func (j *JIT) spareContext(th *interp.Thread) *native.Context {
	n := len(j.spare)
	if n == 0 {
		return j.newContext(th)
	}
	ctx := j.spare[n-1]
	j.spare[n-1] = nil
	j.spare = j.spare[:n-1]
	ctx.Interrupt = th.InterruptWord()
	return ctx
}

// keepSpare keeps ctx, which holds no pointer, for spareContext.
func (j *JIT) keepSpare(ctx *native.Context) {
	if len(j.spare) < maxSpareContexts {
		j.spare = append(j.spare, ctx)
	}
}
