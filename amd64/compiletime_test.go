//go:build amd64 && linux

// compiletime_test.go: measuring trace compile time over the bench
// programs (issue #6: median under 200 µs).
//
// TestCompileTimes runs every bench/programs/*.py in this process with the
// JIT at its defaults and prints the distribution of the compile times the
// JIT measured (jit.Stats.CompileTimes: ir.Optimize through installation),
// per program and over the suite, and of the backend's share (CompileTrace:
// allocation, lowering, assembly, installation). It runs only when asked:
//
//	ADDER_COMPILE_TIMES=full go test -run TestCompileTimes -v ./amd64/
//
// (quick sizes with =quick). With ADDER_TRACES=FILE it also saves every
// trace the backend compiled (optimised IR and placement; saving adds to
// the times the JIT measures) for
// BenchmarkLowerIR, which lowers the saved traces again, free of the
// programs' noise, and logs a digest of all the code made: a change that
// claims to leave code generation alone must leave the digest alone.
//
//	go test -run - -bench LowerIR -benchtime 20x ./amd64/
//	ADDER_TRACES=FILE go test -run - -bench LowerIR ./amd64/
//
// Without ADDER_TRACES the benchmark captures the traces of the programs
// at their quick sizes first (a few seconds).
package amd64_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/adderpy/adder/alloc"
	"github.com/adderpy/adder/amd64"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/stdlib"
	"github.com/adderpy/adder/jit"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/object"
)

// savedTrace is a trace as the JIT handed it to the backend.
type savedTrace struct {
	Program   string
	Trace     *ir.Trace
	ExitTable int // the length of native.Placement.ExitTable
	Index     uint16
	RootEntry uintptr
	LinkTree  uint64
}

// capturing is the amd64 backend, saving what it compiles and timing it.
type capturing struct {
	*amd64.Backend
	program string
	save    bool // save the traces (which the JIT's compile times then include)
	mu      sync.Mutex
	traces  []savedTrace
	times   []time.Duration
}

func (c *capturing) CompileTrace(t *ir.Trace, pl native.Placement, listing bool) (*native.Compiled, string, error) {
	start := time.Now()
	code, text, err := c.Backend.CompileTrace(t, pl, listing)
	d := time.Since(start)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.times = append(c.times, d)
	if c.save {
		c.traces = append(c.traces, savedTrace{Program: c.program, Trace: cloneTrace(t), ExitTable: len(pl.ExitTable),
			Index: pl.Index, RootEntry: pl.RootEntry, LinkTree: pl.LinkTree})
	}
	return code, text, err
}

// cloneTrace returns a deep copy of t.
func cloneTrace(t *ir.Trace) *ir.Trace {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(t); err != nil {
		panic(err)
	}
	var c ir.Trace
	if err := gob.NewDecoder(&buf).Decode(&c); err != nil {
		panic(err)
	}
	return &c
}

var benchSize = regexp.MustCompile(`(?m)^# bench: quick=(\d+) full=(\d+)`)

// programRun is what running one bench program with the JIT measured.
type programRun struct {
	name    string
	compile []time.Duration // jit.Stats.CompileTimes
	backend []time.Duration // CompileTrace alone
	traces  []savedTrace
}

// runPrograms runs every bench program at its quick or full size, saving
// the traces compiled when save is set.
func runPrograms(t testing.TB, full, save bool) []programRun {
	files, err := filepath.Glob("../bench/programs/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bench programs: %v", err)
	}
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	saved := os.Stdout
	os.Stdout = devnull
	defer func() { os.Stdout = saved }()
	mem := alloc.New()
	var runs []programRun
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m := benchSize.FindSubmatch(src)
		if m == nil {
			t.Fatalf("%s: no '# bench:' line", path)
		}
		size := string(m[1])
		if full {
			size = string(m[2])
		}
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		be := &capturing{Backend: amd64.New(mem, amd64.HostFeatures()), program: name, save: save}
		j := jit.New(be, jit.Options{Threshold: jit.DefaultThreshold})
		in, err := interp.New(interp.Config{Argv: []string{path, size}, XOptions: map[string]string{}, Path: []string{interp.StdlibPath},
			DontWriteBytecode: true, Modules: stdlib.Modules(), Stdlib: stdlib.FS(), JIT: j})
		if err != nil {
			t.Fatal(err)
		}
		if status := in.RunSource(src, path); status != 0 {
			t.Errorf("%s %s: exit status %d", name, size, status)
		}
		in.Flush()
		runs = append(runs, programRun{name: name, compile: j.Stats().CompileTimes, backend: be.times, traces: be.traces})
	}
	return runs
}

// dist formats the distribution of ds.
func dist(ds []time.Duration) string {
	if len(ds) == 0 {
		return "no traces"
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	q := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	us := func(d time.Duration) string { return fmt.Sprintf("%.0fµs", float64(d)/1e3) }
	var total time.Duration
	for _, d := range ds {
		total += d
	}
	return fmt.Sprintf("n=%-4d median %-7s p90 %-7s max %-7s total %s", len(ds), us(q(0.5)), us(q(0.9)), us(ds[len(ds)-1]), us(total))
}

func TestCompileTimes(t *testing.T) {
	mode := os.Getenv("ADDER_COMPILE_TIMES")
	if mode != "quick" && mode != "full" {
		t.Skip("set ADDER_COMPILE_TIMES=quick or full to measure compile times")
	}
	path := os.Getenv("ADDER_TRACES")
	runs := runPrograms(t, mode == "full", path != "")
	var all, allBackend []time.Duration
	var traces []savedTrace
	for _, r := range runs {
		t.Logf("%-16s %s", r.name, dist(r.compile))
		all = append(all, r.compile...)
		allBackend = append(allBackend, r.backend...)
		traces = append(traces, r.traces...)
	}
	t.Logf("%-16s %s", "suite", dist(all))
	t.Logf("%-16s %s", "suite (backend)", dist(allBackend))
	if path != "" {
		t.Logf("(times include saving the traces)")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := gob.NewEncoder(f).Encode(traces); err != nil {
			t.Fatal(err)
		}
		t.Logf("saved %d traces to %s", len(traces), path)
	}
}

// loadTraces returns the traces saved in $ADDER_TRACES, or those of the
// bench programs at their quick sizes.
func loadTraces(b *testing.B) []savedTrace {
	path := os.Getenv("ADDER_TRACES")
	if path == "" {
		var traces []savedTrace
		for _, r := range runPrograms(b, false, true) {
			traces = append(traces, r.traces...)
		}
		return traces
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var traces []savedTrace
	if err := gob.NewDecoder(f).Decode(&traces); err != nil {
		b.Fatal(err)
	}
	return traces
}

// BenchmarkLowerIR lowers and assembles saved traces (ns/op is a whole
// pass over them); it logs the digest of the code and the distributions
// of each trace's first lowering (in program order, as a JIT would) and
// fastest lowering.
func BenchmarkLowerIR(b *testing.B) {
	traces := loadTraces(b)
	if len(traces) == 0 {
		b.Fatal("no traces")
	}
	// The code holds the addresses of its exit table's words: each trace
	// keeps one table, and the digest is of the code with those
	// addresses made relative (normalize).
	tables := make([][]uintptr, len(traces))
	lower := func(i int) []byte {
		s := traces[i]
		pl := native.Placement{ExitTable: tables[i], Index: s.Index, RootEntry: s.RootEntry, LinkTree: s.LinkTree}
		lw, err := amd64.LowerIR(s.Trace, pl, amd64.HostFeatures(), false)
		if err != nil {
			b.Fatalf("trace %d of %s: %v", i, s.Program, err)
		}
		return lw.Code
	}
	h := sha256.New()
	codes := make([][]byte, len(traces))
	size := 0
	first := make([]time.Duration, len(traces))
	for i := range traces {
		tables[i] = make([]uintptr, traces[i].ExitTable)
		start := time.Now()
		codes[i] = lower(i)
		first[i] = time.Since(start)
		h.Write(normalize(codes[i], tables[i]))
		size += len(codes[i])
	}
	best := make([]time.Duration, len(traces))
	b.ResetTimer()
	for range b.N {
		for i := range traces {
			start := time.Now()
			code := lower(i)
			if d := time.Since(start); best[i] == 0 || d < best[i] {
				best[i] = d
			}
			if !bytes.Equal(code, codes[i]) {
				b.Fatalf("trace %d of %s: lowering it again made other code", i, traces[i].Program)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(traces)), "ns/trace")
	b.Logf("%d traces, %d bytes of code, sha256 %x", len(traces), size, h.Sum(nil)[:12])
	b.Logf("first lowering per trace:   %s", dist(first))
	b.Logf("fastest lowering per trace: %s", dist(best))
}

// normalize returns a copy of code in which the addresses that differ
// from one build or run to another are replaced: every 8-byte word
// holding the address of a word of table holds its offset in table
// instead, and every 4- or 8-byte word holding the address of an
// immediate's static header holds the type's number.
func normalize(code []byte, table []uintptr) []byte {
	code = slices.Clone(code)
	var base uint64
	if len(table) > 0 {
		base = uint64(uintptr(unsafe.Pointer(&table[0])))
	}
	headers := []uint64{uint64(uintptr(object.Int(0).Pointer())), uint64(uintptr(object.Float(0).Pointer())),
		uint64(uintptr(object.False.Pointer()))}
	for i := 0; i+4 <= len(code); i++ {
		if i+8 <= len(code) {
			if w := binary.LittleEndian.Uint64(code[i:]); w >= base && w < base+8*uint64(len(table)) {
				binary.LittleEndian.PutUint64(code[i:], w-base)
				i += 7
				continue
			}
		}
		w := uint64(binary.LittleEndian.Uint32(code[i:]))
		if k := slices.Index(headers, w); k >= 0 {
			binary.LittleEndian.PutUint32(code[i:], uint32(k))
			i += 3
		}
	}
	return code
}
