// jit.go: plugging the tracing JIT into the interpreter, from the -X jit*
// options and ADDER_JITLOG.

package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/adderpy/adder/jit"
)

// jitSetup is the JIT of a run and what to print at its end.
type jitSetup struct {
	jit     *jit.JIT
	summary bool
	stats   bool
	log     io.Writer
	closer  io.Closer
}

// newJIT builds the JIT from the -X options (jit=off|on, jit-threshold=N,
// jit-functions=on|off, jit-log=summary|ir|asm|exits[,...][:file],
// jit-stats) and ADDER_JITLOG
// (the jit-log value, used when the option is absent). It returns nil
// with no error when the JIT is off or the architecture has no backend.
func newJIT(xopts map[string]string, getenv func(string) string) (*jitSetup, error) {
	switch xopts["jit"] {
	case "", "on", "True", "1":
	case "off", "0":
		return nil, nil
	default:
		return nil, fmt.Errorf("-X jit=%s: want on or off", xopts["jit"])
	}
	backend := newBackend()
	if backend == nil {
		return nil, nil
	}
	opts := jit.Options{}
	if s, ok := xopts["jit-threshold"]; ok {
		n, err := strconv.ParseUint(s, 10, 32)
		if err != nil || n == 0 {
			return nil, fmt.Errorf("-X jit-threshold=%s: want a positive integer", s)
		}
		opts.Threshold = uint32(n)
	}
	switch xopts["jit-functions"] {
	case "", "off", "0":
	case "on", "1":
		opts.FunctionTraces = true
	default:
		return nil, fmt.Errorf("-X jit-functions=%s: want on or off", xopts["jit-functions"])
	}
	setup := &jitSetup{stats: xopts["jit-stats"] != ""}
	spec, ok := xopts["jit-log"]
	if !ok {
		spec = getenv("ADDER_JITLOG")
	}
	if spec != "" {
		kinds, file, _ := strings.Cut(spec, ":")
		setup.log = os.Stderr
		if file != "" {
			f, err := os.Create(file)
			if err != nil {
				return nil, fmt.Errorf("-X jit-log: %v", err)
			}
			setup.log, setup.closer = f, f
		}
		for _, k := range strings.Split(kinds, ",") {
			switch k {
			case "summary":
				setup.summary = true
			case "ir":
				opts.LogIR = true
			case "asm":
				opts.LogAsm = true
			case "exits":
				opts.LogExits = true
			default:
				return nil, fmt.Errorf("-X jit-log=%s: unknown kind %q (summary, ir, asm, exits)", spec, k)
			}
		}
		opts.Log = setup.log
	}
	setup.jit = jit.New(backend, opts)
	return setup, nil
}

// finish writes the summary and statistics and closes the log.
func (s *jitSetup) finish() {
	if s == nil {
		return
	}
	if s.summary {
		s.jit.WriteSummary(s.log)
	}
	if s.stats {
		s.jit.WriteSummary(os.Stderr)
	}
	if s.closer != nil {
		s.closer.Close()
	}
}
