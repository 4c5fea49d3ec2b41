// stats.go: counters of what the JIT did, for -X jit-log=summary,
// -X jit-stats and adder.jit.stats().

package jit

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/adderpy/adder/object"
)

// Stats counts the JIT's work.
type Stats struct {
	Recordings      int            // recordings started
	Traces          int            // traces compiled, bridges included
	Bridges         int            // side traces compiled and linked
	Aborts          map[string]int // failed recordings by reason
	Blacklisted     int            // loops given up on after failed recordings
	Retired         int            // traces given up on: too few iterations per entry
	Entries         uint64         // trace entries
	EntryMismatches uint64         // entries skipped: a slot's kind differed from the trace's inputs
	Exits           uint64         // trace exits
	HelperCalls     uint64         // helper calls run by traces (exits resumed)
	Made            uint64         // objects exits made, whose allocation traces removed (ir.Sink)
	ViaBridges      uint64         // bridges entered through Go, after it made such objects
	Yields          uint64         // runs suspended at a generator's yield (yieldRun)
	Resumes         uint64         // suspended runs resumed natively
	Drops           uint64         // suspended runs whose frame the interpreter took back
	CodeBytes       int            // machine code installed
	CompileTimes    []time.Duration
}

func (s *Stats) countAbort(reason string) {
	if s.Aborts == nil {
		s.Aborts = map[string]int{}
	}
	s.Aborts[reason]++
}

func (s *Stats) addTrace(d time.Duration, size int) {
	s.Traces++
	s.CodeBytes += size
	s.CompileTimes = append(s.CompileTimes, d)
}

func floatFromBits(n uint64) float64 { return math.Float64frombits(n) }

// Stats returns a copy of the JIT's counters.
func (j *JIT) Stats() Stats {
	s := j.stats
	s.Aborts = make(map[string]int, len(j.stats.Aborts))
	for k, v := range j.stats.Aborts {
		s.Aborts[k] = v
	}
	s.CompileTimes = slices.Clone(j.stats.CompileTimes)
	return s
}

// WriteSummary writes the summary log: traces, aborts by reason, entries
// skipped by tree and input (what the slot held instead of the input's
// kind), exits by site, compile times, code size.
func (j *JIT) WriteSummary(w io.Writer) {
	s := &j.stats
	fmt.Fprintf(w, "jit: %d recordings, %d traces (%d of them bridges, %d bytes of code), %d loops blacklisted, %d trace trees retired\n",
		s.Recordings, s.Traces, s.Bridges, s.CodeBytes, s.Blacklisted, s.Retired)
	if n := len(s.CompileTimes); n > 0 {
		ts := slices.Clone(s.CompileTimes)
		slices.Sort(ts)
		var total time.Duration
		for _, t := range ts {
			total += t
		}
		fmt.Fprintf(w, "jit: compile time total %v, min %v, median %v, max %v\n", total, ts[0], ts[n/2], ts[n-1])
	}
	fmt.Fprintf(w, "jit: %d trace entries, %d skipped on a kind mismatch, %d exits, %d helper calls\n", s.Entries, s.EntryMismatches,
		s.Exits, s.HelperCalls)
	if s.Made > 0 {
		fmt.Fprintf(w, "jit: %d objects made at exits (their allocations removed), %d bridges entered after making them\n", s.Made, s.ViaBridges)
	}
	if s.Yields > 0 {
		fmt.Fprintf(w, "jit: %d yields suspended runs, %d resumed them, %d gave their frame back\n", s.Yields, s.Resumes, s.Drops)
	}
	reasons := make([]string, 0, len(s.Aborts))
	for r := range s.Aborts {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(a, b int) bool {
		return s.Aborts[reasons[a]] > s.Aborts[reasons[b]] || s.Aborts[reasons[a]] == s.Aborts[reasons[b]] && reasons[a] < reasons[b]
	})
	for _, r := range reasons {
		fmt.Fprintf(w, "jit: abort %5d  %s\n", s.Aborts[r], r)
	}
	j.writeMismatches(w)
	type site struct {
		trace *trace
		snap  int
		n     uint64
	}
	type callCount struct {
		trace *trace
		site  *callSite
	}
	var sites []site
	var calls []callCount
	for _, ls := range j.loops {
		if ls.trace == nil {
			continue
		}
		for _, tr := range ls.trace.tree {
			for i, n := range tr.exits {
				if n > 0 {
					sites = append(sites, site{tr, i, n})
				}
			}
			for i := range tr.sites {
				if cs := &tr.sites[i]; cs.calls > 0 {
					calls = append(calls, callCount{tr, cs})
				}
			}
		}
	}
	sort.Slice(sites, func(a, b int) bool {
		if sites[a].n != sites[b].n {
			return sites[a].n > sites[b].n
		}
		return sites[a].trace.id < sites[b].trace.id || sites[a].trace.id == sites[b].trace.id && sites[a].snap < sites[b].snap
	})
	for _, st := range sites {
		fmt.Fprintf(w, "jit: exit  %5d  trace %d #%d (pc %d)\n", st.n, st.trace.id, st.snap, st.trace.ir.Snaps[st.snap].PC)
	}
	// The helper call sites that ran most often.
	sort.SliceStable(calls, func(a, b int) bool { return calls[a].site.calls > calls[b].site.calls })
	for _, c := range calls[:min(len(calls), maxCallSites)] {
		fmt.Fprintf(w, "jit: call  %5d  trace %d (pc %d): %s\n", c.site.calls, c.trace.id, c.site.pc, c.site.label)
	}
}

// maxCallSites bounds the helper call sites the summary lists.
const maxCallSites = 20

// StatsMap returns the counters as named numbers, for adder.jit.stats():
// the fields of Stats (compile times as a count, a total and a median in
// nanoseconds) and "abort: <reason>" for each abort reason.
func (j *JIT) StatsMap() map[string]int64 {
	s := &j.stats
	m := map[string]int64{
		"recordings": int64(s.Recordings), "traces": int64(s.Traces), "bridges": int64(s.Bridges),
		"blacklisted": int64(s.Blacklisted), "retired": int64(s.Retired), "entries": int64(s.Entries),
		"entry_mismatches": int64(s.EntryMismatches), "exits": int64(s.Exits), "helper_calls": int64(s.HelperCalls), "made": int64(s.Made), "via_bridges": int64(s.ViaBridges), "code_bytes": int64(s.CodeBytes),
		"yields": int64(s.Yields), "resumes": int64(s.Resumes), "drops": int64(s.Drops),
		"compiles": int64(len(s.CompileTimes)),
	}
	var total time.Duration
	for _, t := range s.CompileTimes {
		total += t
	}
	m["compile_ns_total"] = int64(total)
	if n := len(s.CompileTimes); n > 0 {
		ts := slices.Clone(s.CompileTimes)
		slices.Sort(ts)
		m["compile_ns_median"] = int64(ts[n/2])
	}
	for r, n := range s.Aborts {
		m["abort: "+r] = int64(n)
	}
	return m
}

// skipCount counts the entries of a tree skipped because its input
// did not match what the slot held: a value of type held (nil: unbound).
type skipCount struct {
	input int
	held  *object.Type
	n     uint64
}

// countMismatch counts an entry of tr skipped because input i's slot
// held v, for the summary. A tree skips at few inputs with few kinds: a
// linear search costs less than a map update (which, counting every
// skip, had cost more than the check that skipped).
func countMismatch(tr *trace, i int, v object.Value) {
	var held *object.Type
	if !v.IsNull() {
		held = v.Type()
	}
	for k := range tr.skips {
		if s := &tr.skips[k]; s.input == i && s.held == held {
			s.n++
			return
		}
	}
	tr.skips = append(tr.skips, skipCount{i, held, 1})
}

// heldKind names what a slot of type t (nil: unbound) holds, as the
// summary reports it.
func heldKind(t *object.Type) string {
	switch t {
	case nil:
		return "unbound"
	case object.NoneType:
		return "None"
	case object.IntType, object.FloatType, object.BoolType, object.RangeIterType:
		return t.Name
	}
	return "object " + t.Name
}

// writeMismatches writes the entries skipped, by tree and input, the
// most frequent first.
func (j *JIT) writeMismatches(w io.Writer) {
	type site struct {
		tree *trace
		skipCount
		kind string // heldKind(held)
	}
	var sites []site
	for _, tr := range j.trees {
		for _, s := range tr.skips {
			sites = append(sites, site{tr, s, heldKind(s.held)})
		}
	}
	sort.Slice(sites, func(a, b int) bool {
		x, y := sites[a], sites[b]
		if x.n != y.n {
			return x.n > y.n
		}
		return x.tree.id < y.tree.id || x.tree.id == y.tree.id && (x.input < y.input || x.input == y.input && x.kind < y.kind)
	})
	for _, s := range sites {
		in, c := s.tree.ir.Inputs[s.input], s.tree.loopCode
		name := ""
		if int(in.Slot) < c.NumLocals() {
			name = " (" + c.VarNames[in.Slot] + ")"
		}
		fmt.Fprintf(w, "jit: skip  %5d  trace %d (%s line %d): %v%s held %s\n", s.n, s.tree.id,
			c.Name, c.Line(s.tree.header), in, name, s.kind)
	}
}
