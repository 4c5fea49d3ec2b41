package stdlib

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The collector's pace. Python programs allocate many short-lived objects
// that CPython frees by reference counting; Go finds them only by
// collecting, and a collection costs about the same whatever the garbage,
// while the write barrier slows the program down all the while one runs.
// With a small live heap (a few MB, typical of benchmarks and scripts) Go's
// default goal of twice the live heap means a collection every few
// milliseconds. StartGCPacer sets GOGC to percent and keeps the heap goal
// at least floor bytes: after every collection it raises the effective
// GOGC for the live heap it sees so that the goal is never below the
// floor. gc.disable() and gc.enable() keep working: a disabled collector
// stays disabled, and enabling it restores the paced value.

// StartGCPacer starts the pacing described above (for cmd/adder, once).
func StartGCPacer(percent int, floor uint64) {
	p := &gcPacer{percent: percent, floor: floor, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	// Until a collection has measured the live heap, Go's goal is its
	// minimum heap, goHeapMinimum scaled by GOGC/100: start at the GOGC
	// that puts it at the floor, not at a first collection far below it
	// (which would only find the heap still growing to the floor).
	first := max(percent, int(floor*100/goHeapMinimum))
	gcState.Lock()
	gcState.percent = first
	gcState.Unlock()
	debug.SetGCPercent(first)
	p.arm()
}

// goHeapMinimum is the Go runtime's minimum heap goal at GOGC=100
// (runtime.defaultHeapMinimum; the Go GC guide's "4 MiB").
const goHeapMinimum = 4 << 20

type gcPacer struct {
	percent int
	floor   uint64
	sample  []metrics.Sample
}

// gcSentinel is garbage made for its finalizer, which runs after the
// collection that finds it: once per cycle.
type gcSentinel struct{ p *gcPacer }

func (p *gcPacer) arm() {
	runtime.SetFinalizer(&gcSentinel{p}, func(s *gcSentinel) { s.p.afterGC() })
}

// afterGC sets GOGC for the live heap the collection left, then waits for
// the next collection.
func (p *gcPacer) afterGC() {
	metrics.Read(p.sample)
	live := uint64(1)
	if p.sample[0].Value.Kind() == metrics.KindUint64 {
		live = max(p.sample[0].Value.Uint64(), 1)
	}
	percent := p.percent
	if goal := live * uint64(100+percent) / 100; goal < p.floor {
		percent = int(min(p.floor*100/live-100, 1<<30))
	}
	gcState.Lock()
	if gcState.enabled {
		debug.SetGCPercent(percent)
	}
	gcState.percent = percent
	gcState.Unlock()
	p.arm()
}
