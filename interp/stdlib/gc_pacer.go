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
	p := &gcPacer{percent: percent, floor: floor, sample: []metrics.Sample{
		{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"}}}
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
//
// Go's heap goal is live + (live + stacks + globals) * GOGC/100: the
// stacks and globals it scans count in the growth too, which with the
// large GOGC a small live heap needs would put the goal well past the
// floor (measured: a 64 MB floor gave goals of 88 MB).
func (p *gcPacer) afterGC() {
	metrics.Read(p.sample)
	live := max(p.sampleBytes(0), 1)
	percent := pacedPercent(p.percent, p.floor, live, live+p.sampleBytes(1)+p.sampleBytes(2))
	gcState.Lock()
	if gcState.enabled {
		debug.SetGCPercent(percent)
	}
	gcState.percent = percent
	gcState.Unlock()
	p.arm()
}

// pacedPercent returns the GOGC that gives a heap goal of at least floor
// bytes, and percent when that does: live is the live heap, roots what
// the collector scans (the live heap, stacks and globals).
func pacedPercent(percent int, floor, live, roots uint64) int {
	if goal := live + roots*uint64(percent)/100; goal < floor {
		return int(min((floor-live)*100/roots, 1<<30))
	}
	return percent
}

// sampleBytes returns sample i of the last metrics.Read, 0 when the
// runtime does not report it.
func (p *gcPacer) sampleBytes(i int) uint64 {
	if v := p.sample[i].Value; v.Kind() == metrics.KindUint64 {
		return v.Uint64()
	}
	return 0
}
